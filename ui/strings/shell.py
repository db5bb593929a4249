"""The app shell: sidebar, navigation and Home. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "app.language": {
        "en": "Language",
        "zh": "语言",
    },
    "app.seed": {
        "en": "Random seed",
        "zh": "随机种子",
    },
    "app.seed_help": {
        "en": "Used by every page for data splits, initial weights and shuffling.",
        "zh": "所有页面的数据划分、初始权重和打乱顺序都用这个种子。",
    },
    "app.section.start": {
        "en": "Start",
        "zh": "开始",
    },
    "app.section.basics": {
        "en": "Basics",
        "zh": "基础",
    },
    "app.section.networks": {
        "en": "Networks",
        "zh": "网络",
    },
    "home.title": {
        "en": "Deep Learning Playground",
        "zh": "深度学习游乐场",
    },
    "home.intro": {
        "en": "Touch each idea of *Dive into Deep Learning* and Liu Er's PyTorch course: drag a weight and watch the loss, train a model and watch it learn. Every result comes with the real PyTorch code that made it.",
        "zh": "亲手摸一摸《动手学深度学习》和刘二大人 PyTorch 课程里的每个概念：拖动权重看损失变化，训练模型看它学习。每个结果旁边都附有生成它的真实 PyTorch 代码。",
    },
    "home.topics": {
        "en": "Topics",
        "zh": "主题",
    },
    "home.howto": {
        "en": "Pick a topic in the sidebar. The language and the random seed there apply to every page.",
        "zh": "在侧边栏选择主题。侧边栏中的语言和随机种子对所有页面生效。",
    },
    "app.section.foundations": {
        "en": "Foundations",
        "zh": "基础概念",
    },
}

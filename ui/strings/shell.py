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

# ---------------------------------------------------------------- class mode (ui/progress.py)
STRINGS.update(
    {
        "class.code": {"en": "Class code", "zh": "班级代码"},
        "class.name": {"en": "Your name (as the teacher should see it)", "zh": "你的名字（老师看到的名字）"},
        "class.join": {"en": "Join the class", "zh": "加入班级"},
        "class.joined": {"en": "You are {name} in class {code}.", "zh": "你是班级 {code} 中的 {name}。"},
        "class.resume": {"en": "Your resume link", "zh": "你的续学链接"},
        "class.resume_help": {
            "en": "Bookmark this link to continue on another device or browser. It is yours alone: do not share it.",
            "zh": "收藏这个链接，就能在其他设备或浏览器上继续。它只属于你：不要分享给别人。",
        },
        "class.wrong_code": {"en": "That is not this class's code.", "zh": "这不是本班的班级代码。"},
        "class.no_name": {"en": "Type a name to join.", "zh": "请输入名字后再加入。"},
        "class.taken": {
            "en": "This name is already taken in this class. If it is you, open the resume link you were shown when you joined (or ask your teacher); otherwise choose another name.",
            "zh": "这个名字在本班已经有人用了。如果那是你，请打开加入时显示的续学链接（或询问老师）；否则请换一个名字。",
        },
        "class.away": {
            "en": "The class list cannot be reached right now; the pages keep working.",
            "zh": "暂时无法连接班级名单；页面照常可用。",
        },
    }
)

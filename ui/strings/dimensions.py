"""The curse of dimensionality page. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "cd.title": {"en": "The curse of dimensionality", "zh": "维度灾难"},
    "cd.blurb": {
        "en": "As dimensions grow, all distances look alike, a cube's volume moves to its surface, and nearest neighbours stop meaning anything.",
        "zh": "维度升高后，所有距离都差不多，立方体的体积集中到表面，“最近邻”也不再有意义。",
    },
    "cd.intro": {
        "en": "The course notes open with dimensions: with more features every sample is far from every other, data becomes sparse, and a model needs far more examples not to over-fit. Three experiments show why, each computed live from random points.",
        "zh": "课程笔记一开头就讲维度：特征越多，每个样本离其他样本都很远，数据变得稀疏，模型需要多得多的样本才能不过拟合。下面三个实验说明原因，每个都用随机点实时计算。",
    },
    "cd.distances": {"en": "1 · Distances concentrate", "zh": "1 · 距离趋于集中"},
    "cd.d": {"en": "dimensions d", "zh": "维度 d"},
    "cd.n": {"en": "random points", "zh": "随机点个数"},
    "cd.ratio": {"en": "farthest / nearest pair (d = {d})", "zh": "最远 / 最近点对之比（d = {d}）"},
    "cd.contrast": {"en": "relative contrast (d = {d})", "zh": "相对对比度（d = {d}）"},
    "cd.axis.d": {"en": "dimensions d", "zh": "维度 d"},
    "cd.axis.contrast": {"en": "(farthest − nearest) / nearest", "zh": "（最远 − 最近）/ 最近"},
    "cd.axis.dims": {"en": "dimensions", "zh": "维度"},
    "cd.axis.scaled": {"en": "pairwise distance / mean distance", "zh": "两两距离 / 平均距离"},
    "cd.axis.share": {"en": "share of pairs", "zh": "点对占比"},
    "cd.contrast_note": {
        "en": "Points uniform in the unit cube: the gap between the nearest and the farthest pair shrinks towards nothing as d grows (dashed: your d).",
        "zh": "单位立方体中均匀分布的点：随着 d 增大，最近点对与最远点对之间的差距趋于消失（虚线：你选的 d）。",
    },
    "cd.histogram_note": {
        "en": "Every pairwise distance divided by the mean: in 2 dimensions they spread widely; in many dimensions almost all are close to the mean.",
        "zh": "每个两两距离除以平均距离：二维时分布很宽；高维时几乎都接近平均值。",
    },
    "cd.volume": {"en": "2 · Volume moves to the surface", "zh": "2 · 体积集中到表面"},
    "cd.eps": {"en": "shell thickness ε", "zh": "外壳厚度 ε"},
    "cd.shell_metric": {
        "en": "volume within {eps:g} of the surface (d = {d})",
        "zh": "距表面 {eps:g} 以内的体积（d = {d}）",
    },
    "cd.axis.shell": {"en": "share of the cube's volume in the shell", "zh": "外壳所占立方体体积的比例"},
    "cd.volume_note": {
        "en": "The inner cube that stays {eps:g} away from every face has side {inner:g}, so volume {inner:g}^d, which vanishes as d grows: 1 − (1 − 2ε)^d of the volume lies in a thin shell.",
        "zh": "距每个面都超过 {eps:g} 的内部立方体边长为 {inner:g}，体积为 {inner:g}^d，随 d 增大而趋于零：1 − (1 − 2ε)^d 的体积都在一层薄壳里。",
    },
    "cd.knn": {"en": "3 · Nearest neighbours drown in irrelevant features", "zh": "3 · 最近邻淹没在无关特征中"},
    "cd.irrelevant": {"en": "irrelevant features added", "zh": "加入的无关特征数"},
    "cd.k": {"en": "neighbours k", "zh": "近邻数 k"},
    "cd.knn_metric": {
        "en": "k-NN test accuracy with {m} irrelevant features",
        "zh": "加入 {m} 个无关特征时 k 近邻的测试准确率",
    },
    "cd.axis.irrelevant": {"en": "irrelevant features + 1 (log scale)", "zh": "无关特征数 + 1（对数坐标）"},
    "cd.axis.acc": {"en": "test accuracy", "zh": "测试准确率"},
    "cd.yours": {"en": "yours", "zh": "你的设置"},
    "cd.knn_note": {
        "en": "Two classes differ only in 2 informative features; each added feature is noise of the same spread. Distances become dominated by noise, and accuracy falls towards chance (dashed, 50%). 200 training and 200 test points.",
        "zh": "两个类别只在 2 个有信息的特征上不同；每加一个特征就是同样幅度的噪声。距离被噪声主导，准确率逐渐降到随机猜测水平（虚线，50%）。训练点和测试点各 200 个。",
    },
}

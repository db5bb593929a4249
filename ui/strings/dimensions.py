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

# ---------------------------------------------------------------- exercises (core/exercises/dimensions.py)
STRINGS.update(
    {
        "cd.ex.shell.text": {
            "en": "What share of the unit cube's volume in **d = {d}** dimensions lies within **ε = {eps}** of its surface? (A fraction like 0.23, or a percentage like 23%.)",
            "zh": "在 **d = {d}** 维中，单位立方体有多大比例的体积位于距表面 **ε = {eps}** 以内？（用 0.23 这样的小数或 23% 这样的百分数作答。）",
        },
        "cd.ex.shell.solution": {
            "en": "The inside, at least ε from every face, is a cube of side 1 − 2ε, with volume (1 − 2ε)^d. The shell is the rest: 1 − (1 − 2·{eps})^{d} = **{answer}**.",
            "zh": "离每个面都至少 ε 的内部是边长 1 − 2ε 的立方体，体积为 (1 − 2ε)^d。外壳就是剩下的部分：1 − (1 − 2·{eps})^{d} = **{answer}**。",
        },
        "cd.ex.shell.hint.one_side": {
            "en": "Every dimension has two faces: the inner cube's side is 1 − 2ε, not 1 − ε.",
            "zh": "每个维度都有两个面：内部立方体的边长是 1 − 2ε，而不是 1 − ε。",
        },
        "cd.ex.shell.hint.inside": {
            "en": "That is the inner cube's share. The shell is everything else.",
            "zh": "那是内部立方体所占的比例。外壳是剩下的全部。",
        },
        "cd.ex.shell.hint.linear": {
            "en": "2εd adds up the faces as if they did not overlap; it only holds for tiny ε·d. Use the inner cube's volume instead.",
            "zh": "2εd 是把各个面当作不重叠直接相加，只在 ε·d 很小时成立。改用内部立方体的体积来算。",
        },
        "cd.ex.ratio.text": {
            "en": "In section 1, find a number of dimensions d at which the farthest pair of random points is less than **{target}** times as far apart as the nearest pair.",
            "zh": "在第 1 节中找到一个维度 d，使最远的一对随机点之间的距离小于最近一对的 **{target}** 倍。",
        },
        "cd.ex.ratio.solution": {
            "en": "Move d up: in 2 dimensions the ratio is in the hundreds, at 100 dimensions about 1.6, and it keeps falling towards 1, because every distance sums many independent squared differences and concentrates around its mean.",
            "zh": "把 d 调大：在 2 维时这个比值有几百，100 维时约为 1.6，并且继续向 1 下降，因为每个距离都是许多独立平方差之和，会集中在均值附近。",
        },
        "cd.ex.ratio.hint.high": {
            "en": "At d = {d} the max/min ratio is {ratio:.3g}; it needs to be below {target}.",
            "zh": "d = {d} 时最大/最小距离之比为 {ratio:.3g}，需要低于 {target}。",
        },
        "cd.ex.ratio.right": {
            "en": "At d = {d} the farthest pair is only {ratio:.3g} times the nearest: distances have concentrated.",
            "zh": "d = {d} 时最远的一对只是最近一对的 {ratio:.3g} 倍：距离已经集中了。",
        },
        "cd.ex.knn.text": {
            "en": "Section 3 adds irrelevant features to a k-nearest-neighbour classifier, and its accuracy falls towards 50%. Why?",
            "zh": "第 3 节给 k 近邻分类器加入无关特征，它的准确率会降到接近 50%。为什么？",
        },
        "cd.ex.knn.solution": {
            "en": "The distance sums squared differences over all features. With many irrelevant ones, their noise dominates the sum, so the nearest neighbours are near in noise, not in the two features that carry the class.",
            "zh": "距离是所有特征上平方差之和。无关特征很多时，它们的噪声主导了这个和，于是最近邻只是在噪声上相近，而不是在携带类别信息的两个特征上相近。",
        },
        "cd.ex.knn.o.drowned": {
            "en": "The irrelevant features' noise dominates the distances, so the neighbours are no longer near in the features that matter",
            "zh": "无关特征的噪声主导了距离，最近邻在有用的特征上不再相近",
        },
        "cd.ex.knn.o.k": {
            "en": "k is too small for high dimensions",
            "zh": "对高维来说 k 太小了",
        },
        "cd.ex.knn.o.labels": {
            "en": "Adding features makes the labels noisier",
            "zh": "加入特征让标签变得更嘈杂",
        },
        "cd.ex.knn.w.drowned": {
            "en": "Right: this is why distance-based methods need feature selection or a learned representation.",
            "zh": "对：这就是基于距离的方法需要特征选择或学习表示的原因。",
        },
        "cd.ex.knn.w.k": {
            "en": "Try it: a larger k on the page does not bring the accuracy back. Voting among more neighbours does not help when none of them is really near.",
            "zh": "试试看：在页面上加大 k 并不能把准确率找回来。当没有一个邻居真正相近时，更多邻居投票也无济于事。",
        },
        "cd.ex.knn.w.labels": {
            "en": "The labels do not change at all; only the features used to measure distance do.",
            "zh": "标签完全没有变；变的只是用来度量距离的特征。",
        },
    }
)

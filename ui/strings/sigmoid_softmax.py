"""Sigmoid & softmax page. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "ss.title": {
        "en": "Sigmoid & softmax",
        "zh": "Sigmoid 与 softmax",
    },
    "ss.blurb": {
        "en": "Sigmoid, logistic regression and BCE; softmax with temperature, shift invariance, stability, cross-entropy.",
        "zh": "Sigmoid、逻辑回归与 BCE；带温度的 softmax、平移不变性、数值稳定性与交叉熵。",
    },
    "ss.intro": {
        "en": "From one probability to many: Liu Er lecture 6 (logistic regression) and lecture 9 / D2L 4.1 (softmax, cross-entropy).",
        "zh": "从一个概率到多个概率：刘二大人第 6 讲（逻辑回归）和第 9 讲 / D2L 4.1（softmax、交叉熵）。",
    },
    "ss.sigmoid": {
        "en": "1 · Sigmoid",
        "zh": "1 · Sigmoid 函数",
    },
    "ss.w": {
        "en": "w",
        "zh": "w",
    },
    "ss.b": {
        "en": "b",
        "zh": "b",
    },
    "ss.compare": {
        "en": "Compare with tanh and ReLU",
        "zh": "与 tanh 和 ReLU 对比",
    },
    "ss.sat_note": {
        "en": "Shaded: where σ′(wx + b) is below 5% of its peak 0.25 — the gradient has nearly vanished, so learning through a saturated sigmoid is slow.",
        "zh": "阴影区：σ′(wx + b) 低于其峰值 0.25 的 5%——梯度几乎消失，经过饱和 sigmoid 的学习会很慢。",
    },
    "ss.logreg": {
        "en": "2 · Logistic regression, the course's example",
        "zh": "2 · 逻辑回归：课程示例",
    },
    "ss.logreg_note": {
        "en": "x = [1, 2, 3], y = [0, 0, 1]; `Linear(1, 1)` + sigmoid, `BCELoss` (summed, as the course's `size_average=False`), SGD.",
        "zh": "x = [1, 2, 3]，y = [0, 0, 1]；`Linear(1, 1)` + sigmoid，`BCELoss`（求和，即课程中的 `size_average=False`），SGD。",
    },
    "ss.data": {
        "en": "Data",
        "zh": "数据",
    },
    "ss.data.course": {
        "en": "Course: hours [1, 2, 3], passed [0, 0, 1]",
        "zh": "课程：学习时长 [1, 2, 3]，是否通过 [0, 0, 1]",
    },
    "ss.data.own": {
        "en": "Your data (labels 0 and 1)",
        "zh": "你的数据（标签为 0 和 1）",
    },
    "ss.overlap": {
        "en": "The two classes overlap along x: no threshold classifies every point right, so the BCE has a finite minimum and w and b settle there.",
        "zh": "两类点在 x 轴上有重叠：没有一个阈值能把所有点都分对，所以 BCE 有有限的最小值，w 和 b 会停在那里。",
    },
    "ss.separable": {
        "en": "**These points are separable**: any threshold between x = {lo:g} and x = {hi:g} classifies every one of them right. Then the BCE never reaches its minimum: a steeper sigmoid (a larger |w|, with b following) always lowers it a little more, so gradient descent keeps growing the weights without bound — here w went from {w0:.3f} to {w:.3f} in {epochs} epochs and is still growing. The curve turns into a step. Weight decay or stopping early keeps the weights finite.",
        "zh": "**这些点是线性可分的**：x = {lo:g} 与 x = {hi:g} 之间的任何阈值都能把每个点分对。于是 BCE 永远达不到最小值：更陡的 sigmoid（更大的 |w|，b 随之变化）总能让它再降低一点，所以梯度下降会让权重无限增大——这里 w 在 {epochs} 轮中从 {w0:.3f} 增长到 {w:.3f}，而且仍在增长。曲线逐渐变成阶跃函数。权重衰减或提前停止可以让权重保持有限。",
    },
    "ss.axis.weight": {
        "en": "weight",
        "zh": "权重",
    },
    "ss.lr": {
        "en": "learning rate",
        "zh": "学习率",
    },
    "ss.epochs": {
        "en": "epochs",
        "zh": "训练轮数",
    },
    "ss.p4": {
        "en": "p(y=1 | x=4.0)",
        "zh": "p(y=1 | x=4.0)",
    },
    "ss.crossing": {
        "en": "0.5 crossing at x",
        "zh": "0.5 分界点 x",
    },
    "ss.wb": {
        "en": "learned w, b",
        "zh": "学到的 w, b",
    },
    "ss.prob_curve": {
        "en": "Probability curve over x ∈ [0, 10]; dots: the training data; dashed: the 0.5 crossing.",
        "zh": "x ∈ [0, 10] 上的概率曲线；圆点：训练数据；虚线：0.5 分界点。",
    },
    "ss.bce": {
        "en": "3 · Binary cross-entropy",
        "zh": "3 · 二元交叉熵",
    },
    "ss.bce_note": {
        "en": "BCE = −[y log p + (1 − y) log(1 − p)]: the cross-entropy between the true distribution (y, 1 − y) and the predicted one (p, 1 − p). It grows without bound as the prediction becomes confidently wrong.",
        "zh": "BCE = −[y log p + (1 − y) log(1 − p)]：真实分布 (y, 1 − y) 与预测分布 (p, 1 − p) 之间的交叉熵。预测越自信地错，损失越趋于无穷大。",
    },
    "ss.bce_table": {
        "en": "For target y = 1 in float32: `sigmoid` rounds to exactly 0 or 1 for large |z|. `BCELoss` then clamps log(0) to −100 (wrong loss at z = −200) and its gradient is 0 (no learning), while `BCEWithLogitsLoss` works from z with log-sum-exp and stays exact. Use the logits form.",
        "zh": "目标 y = 1，float32：|z| 很大时 `sigmoid` 恰好舍入为 0 或 1。此时 `BCELoss` 把 log(0) 截断为 −100（z = −200 时损失错误），梯度为 0（无法学习）；而 `BCEWithLogitsLoss` 直接用 z 与 log-sum-exp 计算，始终精确。请使用 logits 形式。",
    },
    "ss.softmax": {
        "en": "4 · Softmax",
        "zh": "4 · Softmax",
    },
    "ss.logits_help": {
        "en": "Edit the logits (2–10 classes). The default is D2L's example o = (0.1, 10, 0.1).",
        "zh": "编辑 logits（2–10 个类别）。默认值为 D2L 的例子 o = (0.1, 10, 0.1)。",
    },
    "ss.temperature": {
        "en": "temperature T",
        "zh": "温度 T",
    },
    "ss.argmax": {
        "en": "argmax of the logits: **{logit}**; argmax of the probabilities: **{prob}** — softmax never changes the winner.",
        "zh": "logits 的 argmax：**{logit}**；概率的 argmax：**{prob}**——softmax 从不改变最大者。",
    },
    "ss.terms": {
        "en": "Each bar is exp(oᵢ/T − max) / Σⱼ exp(oⱼ/T − max); hover a bar or read the table.",
        "zh": "每根柱子是 exp(oᵢ/T − max) / Σⱼ exp(oⱼ/T − max)；悬停查看或阅读表格。",
    },
    "ss.shift": {
        "en": "5 · Shift invariance and numerical stability",
        "zh": "5 · 平移不变性与数值稳定性",
    },
    "ss.shift_q": {
        "en": "The notes ask: softmax is shift-invariant — can we subtract the mean or the max before softmax? Yes: softmax(o + c) = softmax(o) because exp(oᵢ + c) = e^c · exp(oᵢ) and e^c cancels.",
        "zh": "笔记中的问题：softmax 具有平移不变性——能否在 softmax 前减去均值或最大值？可以：softmax(o + c) = softmax(o)，因为 exp(oᵢ + c) = e^c · exp(oᵢ)，e^c 会被约掉。",
    },
    "ss.c": {
        "en": "add a constant c",
        "zh": "加上常数 c",
    },
    "ss.sub_max": {
        "en": "c = −max",
        "zh": "c = −max",
    },
    "ss.sub_mean": {
        "en": "c = −mean",
        "zh": "c = −mean",
    },
    "ss.same": {
        "en": "Largest difference between softmax(o) and softmax(o + c): {diff:.2e}",
        "zh": "softmax(o) 与 softmax(o + c) 的最大差：{diff:.2e}",
    },
    "ss.overflow": {
        "en": "Why subtract the max: logits [1000, 1001, 1002] in float32. exp(1000) overflows to inf, and inf/inf is NaN; after subtracting the max, exp only sees numbers ≤ 0.",
        "zh": "为什么要减去最大值：float32 下的 logits [1000, 1001, 1002]。exp(1000) 溢出为 inf，inf/inf 得到 NaN；减去最大值后，exp 的输入都 ≤ 0。",
    },
    "ss.ce": {
        "en": "6 · Cross-entropy",
        "zh": "6 · 交叉熵",
    },
    "ss.true_class": {
        "en": "true class",
        "zh": "真实类别",
    },
    "ss.ce_note": {
        "en": "CE = −log p_y = {ce:.4f}. Three ways to compute it, by class index or one-hot target, agree:",
        "zh": "CE = −log p_y = {ce:.4f}。按类别索引或独热目标，三种计算方式结果一致：",
    },
    "ss.classes": {
        "en": "class names, comma-separated",
        "zh": "类别名称（逗号分隔）",
    },
    "ss.logits": {
        "en": "logits o, comma-separated",
        "zh": "logits o（逗号分隔）",
    },
    "ss.default_names": {
        "en": "dog, cat, chicken",
        "zh": "狗, 猫, 鸡",
    },
    "ss.class_n": {
        "en": "class {{i}}",
        "zh": "类别 {{i}}",
    },
    "ss.axis.curve": {
        "en": "curve",
        "zh": "曲线",
    },
    "ss.axis.value": {
        "en": "value",
        "zh": "数值",
    },
    "ss.axis.p1": {
        "en": "p(pass | x)",
        "zh": "p(通过 | x)",
    },
    "ss.axis.hours": {
        "en": "x (hours studied)",
        "zh": "x（学习小时数）",
    },
    "ss.axis.bce_sum": {
        "en": "BCE, summed over the 3 points",
        "zh": "BCE（3 个点求和）",
    },
    "ss.axis.target": {
        "en": "target",
        "zh": "目标",
    },
    "ss.axis.predicted_p": {
        "en": "predicted p",
        "zh": "预测概率 p",
    },
    "ss.axis.softmax_p": {
        "en": "softmax probability p",
        "zh": "softmax 概率 p",
    },
    "ss.col.exact": {
        "en": "exact (float64)",
        "zh": "精确值（float64）",
    },
    "ss.col.grad_bce": {
        "en": "∂loss/∂z via BCELoss",
        "zh": "经 BCELoss 的 ∂loss/∂z",
    },
    "ss.col.grad_logits": {
        "en": "∂loss/∂z via BCEWithLogitsLoss",
        "zh": "经 BCEWithLogitsLoss 的 ∂loss/∂z",
    },
    "ss.col.class": {
        "en": "class",
        "zh": "类别",
    },
    "ss.col.form": {
        "en": "form",
        "zh": "写法",
    },
    "ss.col.value": {
        "en": "value",
        "zh": "数值",
    },
    "ss.row.naive": {
        "en": "naive",
        "zh": "直接按公式",
    },
    "ss.row.stable": {
        "en": "stable (max subtracted)",
        "zh": "稳定版（先减最大值）",
    },
    "ss.row.reference": {
        "en": "reference (float64)",
        "zh": "参考值（float64）",
    },
    "ss.dl_history": {
        "en": "Download the loss history (CSV)",
        "zh": "下载损失历史（CSV）",
    },
    "ss.dl_params": {
        "en": "Download w, b and p(x = 4) (CSV)",
        "zh": "下载 w、b 与 p(x = 4)（CSV）",
    },
}

# ---------------------------------------------------------------- exercises (core/exercises/sigmoid_softmax.py)
STRINGS.update(
    {
        "ss.ex.soft.text": {
            "en": "Logits **{logits}**, temperature **T = {T}**. What probability does softmax(o / T) give to class **{i}** (counting from 0)?",
            "zh": "logits 为 **{logits}**，温度 **T = {T}**。softmax(o / T) 给第 **{i}** 类（从 0 开始数）的概率是多少？",
        },
        "ss.ex.soft.solution": {
            "en": "Divide every logit by T, take exp of each, and divide class {i}'s term by their sum: **{answer}**. Type the logits into section 4 and set T to check every term.",
            "zh": "把每个 logit 除以 T，逐个取 exp，再用第 {i} 类的项除以它们的和：**{answer}**。在第 4 节输入这些 logits 并设置 T，可以核对每一项。",
        },
        "ss.ex.soft.hint.no_t": {
            "en": "That is softmax at T = 1: divide the logits by T = {T} first.",
            "zh": "那是 T = 1 时的 softmax：先把 logits 除以 T = {T}。",
        },
        "ss.ex.soft.hint.times": {
            "en": "You multiplied the logits by T; the temperature divides them (a high T flattens the distribution).",
            "zh": "你把 logits 乘以了 T；温度是去除 logits 的（T 越高分布越平）。",
        },
        "ss.ex.soft.hint.exp": {
            "en": "Softmax exponentiates each logit before normalising; dividing the logits by their sum is not it.",
            "zh": "softmax 在归一化之前要对每个 logit 取指数；直接用 logits 除以它们的和不对。",
        },
        "ss.ex.soft.hint.uniform": {
            "en": "1/3 is the limit for a very large T; at T = {T} the logits still matter.",
            "zh": "1/3 是 T 非常大时的极限；在 T = {T} 时 logits 仍然起作用。",
        },
        "ss.ex.bce.text": {
            "en": "The model predicts p = **{p}** that the label is 1; the true label is **y = {y}**. What is the binary cross-entropy loss (natural log)?",
            "zh": "模型预测标签为 1 的概率 p = **{p}**；真实标签 **y = {y}**。二元交叉熵损失（自然对数）是多少？",
        },
        "ss.ex.bce.solution": {
            "en": "BCE = −[y·log p + (1 − y)·log(1 − p)]; with y = {y} only one term is left, so the loss is **{answer}**.",
            "zh": "BCE = −[y·log p + (1 − y)·log(1 − p)]；y = {y} 时只剩一项，损失为 **{answer}**。",
        },
        "ss.ex.bce.hint.which_p": {
            "en": "You took the log of the other class's probability. For y = 1 use log p; for y = 0 use log(1 − p).",
            "zh": "你取了另一类概率的对数。y = 1 时用 log p；y = 0 时用 log(1 − p)。",
        },
        "ss.ex.bce.hint.minus": {
            "en": "The sign: a log of a probability is negative, and the loss is its negative, so the loss is positive.",
            "zh": "符号错了：概率的对数是负的，损失是它的相反数，所以损失为正。",
        },
        "ss.ex.bce.hint.ln": {
            "en": "That is log base 10; the loss uses the natural log (`torch.log`).",
            "zh": "那是以 10 为底的对数；损失用的是自然对数（`torch.log`）。",
        },
        "ss.ex.pass.text": {
            "en": "Train the course's logistic regression in section 2 (1, 2, 3 hours → fail, fail, pass) so that it predicts **p(pass | 4 hours) above {target}**.",
            "zh": "在第 2 节训练课程的逻辑回归（学习 1、2、3 小时 → 不及格、不及格、及格），使它预测的 **p(及格 | 4 小时) 高于 {target}**。",
        },
        "ss.ex.pass.solution": {
            "en": "The data are separable, so BCE keeps falling as w grows: more epochs or a larger learning rate push σ(4w + b) towards 1. For example 5,000 epochs at learning rate 0.1.",
            "zh": "这些数据线性可分，所以 w 越大 BCE 越小：更多轮数或更大的学习率会把 σ(4w + b) 推向 1。例如学习率 0.1、训练 5000 轮。",
        },
        "ss.ex.pass.hint.diverged": {
            "en": "The training diverged: lower the learning rate.",
            "zh": "训练发散了：调低学习率。",
        },
        "ss.ex.pass.hint.low": {
            "en": "p(pass | 4 hours) is {p4:.4f}; it needs to be above {target}. Train longer or with a larger learning rate.",
            "zh": "p(及格 | 4 小时) 为 {p4:.4f}，需要高于 {target}。训练更久或用更大的学习率。",
        },
        "ss.ex.pass.right": {
            "en": "p(pass | 4 hours) = {p4:.4f}.",
            "zh": "p(及格 | 4 小时) = {p4:.4f}。",
        },
        "ss.ex.shift.text": {
            "en": "softmax(o − max(o)) gives exactly the same probabilities as softmax(o). Why does every library subtract the max anyway?",
            "zh": "softmax(o − max(o)) 给出的概率和 softmax(o) 完全相同。为什么各个库还是都要先减去最大值？",
        },
        "ss.ex.shift.solution": {
            "en": "exp(1000) is inf in float32, and inf/inf is NaN (section 5's table). After the shift the largest exponent is exp(0) = 1, and the others are smaller: nothing overflows, and the result is unchanged because the factor exp(−max) cancels.",
            "zh": "在 float32 中 exp(1000) 是 inf，inf/inf 得到 NaN（见第 5 节的表）。减去最大值后，最大的指数项是 exp(0) = 1，其余更小：不会溢出，而结果不变，因为因子 exp(−max) 被约掉了。",
        },
        "ss.ex.shift.o.overflow": {
            "en": "So that exp() never sees a large positive number and cannot overflow",
            "zh": "让 exp() 永远不会遇到很大的正数，从而不会溢出",
        },
        "ss.ex.shift.o.normalise": {
            "en": "So that the probabilities sum to 1",
            "zh": "为了让概率之和为 1",
        },
        "ss.ex.shift.o.winner": {
            "en": "So that the largest logit wins",
            "zh": "为了让最大的 logit 胜出",
        },
        "ss.ex.shift.w.overflow": {
            "en": "Right: shift invariance makes the safe version free.",
            "zh": "对：平移不变性让这个安全版本毫无代价。",
        },
        "ss.ex.shift.w.normalise": {
            "en": "They sum to 1 with or without the shift: the division by the sum does that.",
            "zh": "无论是否平移，概率之和都为 1：这是除以总和做到的。",
        },
        "ss.ex.shift.w.winner": {
            "en": "The ranking of the classes is the same with or without the shift; exp is increasing.",
            "zh": "无论是否平移，各类的排序都一样；exp 是单调递增的。",
        },
    }
)

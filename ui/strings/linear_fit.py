"""Linear fit page. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "lin.title": {
        "en": "Linear fit",
        "zh": "线性回归",
    },
    "lin.blurb": {
        "en": "Fit y = Xw + b: look at the loss landscape, then train from scratch and with nn.Linear.",
        "zh": "拟合 y = Xw + b：先看损失曲面，再分别从零实现和用 nn.Linear 训练。",
    },
    "lin.intro": {
        "en": "Linear regression as D2L 3.2/3.3 and Liu Er lectures 2–5 teach it: the data, the loss as a function of the weights, gradient descent written by hand and with `torch.nn`, and the exact least-squares answer.",
        "zh": "按照 D2L 3.2/3.3 和刘二大人第 2–5 讲学习线性回归：数据、作为权重函数的损失、手写与 `torch.nn` 实现的梯度下降，以及最小二乘的精确解。",
    },
    "lin.data": {
        "en": "1 · Data",
        "zh": "1 · 数据",
    },
    "lin.dataset": {
        "en": "Data set",
        "zh": "数据集",
    },
    "lin.ds.synthetic": {
        "en": "Synthetic (D2L): y = Xw + b + ε",
        "zh": "合成数据（D2L）：y = Xw + b + ε",
    },
    "lin.ds.course": {
        "en": "Course: x=[1,2,3], y=[2,4,6]",
        "zh": "课程：x=[1,2,3], y=[2,4,6]",
    },
    "lin.ds.course_bias": {
        "en": "Course with bias: y=[3,5,7]",
        "zh": "课程（带偏置）：y=[3,5,7]",
    },
    "lin.ds.own": {
        "en": "Your data",
        "zh": "你的数据",
    },
    "lin.true_w1": {
        "en": "true w₁",
        "zh": "真实 w₁",
    },
    "lin.true_w2": {
        "en": "true w₂",
        "zh": "真实 w₂",
    },
    "lin.true_b": {
        "en": "true b",
        "zh": "真实 b",
    },
    "lin.noise": {
        "en": "noise σ",
        "zh": "噪声 σ",
    },
    "lin.n": {
        "en": "examples n",
        "zh": "样本数 n",
    },
    "lin.scatter_note": {
        "en": "Scatter of y against the first feature; the line is the true relation (other features at 0).",
        "zh": "y 对第一个特征的散点图；直线是真实关系（其他特征取 0）。",
    },
    "lin.landscape": {
        "en": "2 · The loss as a function of the weights",
        "zh": "2 · 损失是权重的函数",
    },
    "lin.landscape_note": {
        "en": "The course's exhaustive search: MSE = mean((x·w + b − y)²) for w from {lo} to {hi} in steps of 0.1, other weights at their least-squares values. Move w (and b) to see the point move.",
        "zh": "课程中的穷举法：w 从 {lo} 到 {hi}、步长 0.1，计算 MSE = mean((x·w + b − y)²)，其余权重取最小二乘值。拖动 w（和 b）看点的移动。",
    },
    "lin.w": {
        "en": "w (weight being explored)",
        "zh": "w（正在探索的权重）",
    },
    "lin.b": {
        "en": "b (bias)",
        "zh": "b（偏置）",
    },
    "lin.mse_here": {
        "en": "MSE at this (w, b)",
        "zh": "此 (w, b) 处的 MSE",
    },
    "lin.contour": {
        "en": "MSE over (w, b), log colour scale; ◆ least squares, ● your point, line: the SGD path",
        "zh": "MSE 随 (w, b) 的分布（对数色标）；◆ 最小二乘解，● 你的点，折线：SGD 的路径",
    },
    "lin.train": {
        "en": "3 · Train two ways, side by side",
        "zh": "3 · 两种训练方式并排对比",
    },
    "lin.lr": {
        "en": "learning rate",
        "zh": "学习率",
    },
    "lin.epochs": {
        "en": "epochs",
        "zh": "训练轮数",
    },
    "lin.batch": {
        "en": "batch size",
        "zh": "批量大小",
    },
    "lin.scratch": {
        "en": "From scratch (D2L 3.2)",
        "zh": "从零实现（D2L 3.2）",
    },
    "lin.concise": {
        "en": "Concise: nn.Linear + optim.SGD (D2L 3.3)",
        "zh": "简洁实现：nn.Linear + optim.SGD（D2L 3.3）",
    },
    "lin.same": {
        "en": "Same initial weights, same batches, same learning rate: the two agree to {diff:.1e} (largest difference of any parameter after any update).",
        "zh": "相同的初始权重、相同的小批量、相同的学习率：两者在任何一次更新后的任一参数之差最大为 {diff:.1e}。",
    },
    "lin.err_w": {
        "en": "error in w (true_w − w)",
        "zh": "w 的估计误差（真实 w − 学到的 w）",
    },
    "lin.err_b": {
        "en": "error in b (true_b − b)",
        "zh": "b 的估计误差（真实 b − 学到的 b）",
    },
    "lin.fitted": {
        "en": "Fitted line against the data",
        "zh": "拟合直线与数据",
    },
    "lin.closed": {
        "en": "4 · Closed form",
        "zh": "4 · 解析解",
    },
    "lin.closed_note": {
        "en": "Least squares solves the normal equations XᵀX θ = Xᵀy directly: w = {w}, b = {b:.4f}. SGD ended at w = {sw}, b = {sb:.4f}.",
        "zh": "最小二乘直接求解正规方程 XᵀX θ = Xᵀy：w = {w}，b = {b:.4f}。SGD 最终为 w = {sw}，b = {sb:.4f}。",
    },
    "lin.lrs": {
        "en": "5 · Learning rates",
        "zh": "5 · 学习率",
    },
    "lin.lrs_note": {
        "en": "Loss per epoch for lr ∈ {{0.01, 0.02, 0.03, 0.04}} and your own lr (try 5 to see divergence).",
        "zh": "lr ∈ {{0.01, 0.02, 0.03, 0.04}} 以及你自己的学习率下每轮的损失（试试 5，看看发散）。",
    },
    "lin.own_lr": {
        "en": "your learning rate",
        "zh": "你的学习率",
    },
    "lin.loss": {
        "en": "squared loss ½(ŷ−y)², mean over all examples",
        "zh": "平方损失 ½(ŷ−y)²，对全部样本取平均",
    },
    "lin.axis.x1": {
        "en": "x₁ (first feature)",
        "zh": "x₁（第一个特征）",
    },
    "lin.axis.y": {
        "en": "y (label)",
        "zh": "y（标签）",
    },
    "lin.legend.true": {
        "en": "true line",
        "zh": "真实直线",
    },
    "lin.legend.fit": {
        "en": "fitted by SGD",
        "zh": "SGD 拟合的直线",
    },
    "lin.least_squares": {
        "en": "least squares",
        "zh": "最小二乘解",
    },
    "lin.you": {
        "en": "your (w, b)",
        "zh": "你选的 (w, b)",
    },
    "lin.update": {
        "en": "update",
        "zh": "更新次数",
    },
    "lin.lr_legend": {
        "en": "learning rate",
        "zh": "学习率",
    },
    "lin.course_bias_note": {
        "en": "This model has a bias b, as D2L's `linreg` does; the lecture's `y = x * w` has none. With b to fit as well, SGD at lr 0.01 reaches only w ≈ 1.78, b ≈ 0.50 after 100 epochs: on three points w and b trade off along a long, shallow valley. Least squares below gives exactly w = 2, b = 0; more epochs get there too.",
        "zh": "这个模型和 D2L 的 `linreg` 一样带偏置 b，而课程里的 `y = x * w` 没有偏置。由于还要拟合 b，学习率 0.01 训练 100 轮后只到 w ≈ 1.78、b ≈ 0.50：只有三个点时，w 和 b 沿着一条又长又平的山谷此消彼长。下面的最小二乘解正好是 w = 2、b = 0；多训练几轮也能到达。",
    },
    "lin.underdetermined": {
        "en": "{n} example(s) cannot pin down {p} parameters (rank {rank}): infinitely many (w, b) fit them exactly. The least-squares point shown is the one with the smallest norm.",
        "zh": "{n} 个样本无法确定 {p} 个参数（秩为 {rank}）：有无穷多组 (w, b) 都能完全拟合。图中的最小二乘点是其中范数最小的那个。",
    },
    "lin.closed_only": {
        "en": "Least squares solves the normal equations XᵀX θ = Xᵀy directly: w = {w}, b = {b:.4f}.",
        "zh": "最小二乘直接求解正规方程 XᵀX θ = Xᵀy：w = {w}，b = {b:.4f}。",
    },
    "lin.dl_history": {
        "en": "Download the loss histories (CSV)",
        "zh": "下载损失历史（CSV）",
    },
    "lin.dl_params": {
        "en": "Download the fitted parameters (CSV)",
        "zh": "下载拟合得到的参数（CSV）",
    },
}

# ---------------------------------------------------------------- exercises (core/exercises/linear_fit.py)
STRINGS.update(
    {
        "lin.ex.mse.text": {
            "en": "The course's points are (1, 2), (2, 4), (3, 6). With the model ŷ = x·w (no bias) at **w = {w}**, what is the mean squared error?",
            "zh": "课程中的三个点是 (1, 2)、(2, 4)、(3, 6)。模型 ŷ = x·w（无偏置），在 **w = {w}** 时均方误差是多少？",
        },
        "lin.ex.mse.solution": {
            "en": "The errors are x·w − y = {w}·1 − 2, {w}·2 − 4, {w}·3 − 6. Square each and take the mean (divide by 3): **{answer}**. This is one point of the course's exhaustive search over w.",
            "zh": "误差为 x·w − y = {w}·1 − 2、{w}·2 − 4、{w}·3 − 6。逐个平方后取平均（除以 3）：**{answer}**。这正是课程中对 w 穷举搜索时的一个点。",
        },
        "lin.ex.mse.hint.mean": {
            "en": "That is the sum of squared errors; the mean divides it by n = 3.",
            "zh": "那是误差平方和；均值还要除以 n = 3。",
        },
        "lin.ex.mse.hint.square": {
            "en": "The errors must be squared, not taken as absolute values.",
            "zh": "误差要平方，而不是取绝对值。",
        },
        "lin.ex.mse.hint.half": {
            "en": "That has D2L's extra 1/2 (its `squared_loss`). The mean squared error itself has no 1/2.",
            "zh": "这里多了 D2L `squared_loss` 中的 1/2。均方误差本身没有 1/2。",
        },
        "lin.ex.mse.hint.signed": {
            "en": "Square each error before averaging: positive and negative errors must not cancel.",
            "zh": "先把每个误差平方再取平均：正负误差不能相互抵消。",
        },
        "lin.ex.const.text": {
            "en": "D2L asks: for the numbers **{xs}**, which constant b minimises Σ(xᵢ − b)²?",
            "zh": "D2L 的题目：对于 **{xs}** 这几个数，哪个常数 b 能使 Σ(xᵢ − b)² 最小？",
        },
        "lin.ex.const.solution": {
            "en": "Set the derivative to zero: −2 Σ(xᵢ − b) = 0, so b = (1/n) Σ xᵢ, the mean: **{answer}**. It is the closed form of a model with only a bias, which the code computes with least squares.",
            "zh": "令导数为零：−2 Σ(xᵢ − b) = 0，于是 b = (1/n) Σ xᵢ，也就是均值：**{answer}**。这就是只有偏置的模型的闭式解，代码用最小二乘算出它。",
        },
        "lin.ex.const.hint.median": {
            "en": "The median minimises Σ|xᵢ − b|, the absolute error. For squared error, set the derivative to zero.",
            "zh": "中位数最小化的是 Σ|xᵢ − b|（绝对误差）。对平方误差，令导数为零。",
        },
        "lin.ex.const.hint.sum": {
            "en": "The 1/n is missing: Σ(xᵢ − b) = 0 gives n·b = Σ xᵢ.",
            "zh": "少了 1/n：Σ(xᵢ − b) = 0 得到 n·b = Σ xᵢ。",
        },
        "lin.ex.const.hint.midrange": {
            "en": "The middle of the smallest and the largest only looks at two numbers; every xᵢ counts in the sum.",
            "zh": "最小值和最大值的中点只看了两个数；和式里每个 xᵢ 都要算。",
        },
        "lin.ex.bottom.text": {
            "en": "Liu Er's homework draws the cost surface of y = w·x + b. Find its bottom by hand: move w and b in section 2 until the MSE there is within **{within}** of the least-squares minimum.",
            "zh": "刘二大人的作业要画出 y = w·x + b 的代价曲面。用手找到它的最低点：在第 2 节移动 w 和 b，直到那里的 MSE 与最小二乘的最小值相差不超过 **{within}**。",
        },
        "lin.ex.bottom.solution": {
            "en": "Follow the contour plot downhill: move w until the sweep's minimum lines up with your marker, then b, and repeat. Section 4 prints the exact minimum (the closed form) to compare with.",
            "zh": "沿着等高线图往下走：先移动 w，让扫描曲线的最低点对准你的标记，再移动 b，如此反复。第 4 节给出了精确的最小值（闭式解），可以对照。",
        },
        "lin.ex.bottom.hint.gap": {
            "en": "The MSE at your (w, b) is {mse:.4g}; the minimum is {best:.4g}. Get within {need}.",
            "zh": "你的 (w, b) 处 MSE 为 {mse:.4g}；最小值是 {best:.4g}。需要相差不超过 {need}。",
        },
        "lin.ex.bottom.right": {
            "en": "At w = {w}, b = {b} the MSE is {mse:.4g}: the bottom of the bowl.",
            "zh": "在 w = {w}、b = {b} 处 MSE 为 {mse:.4g}：碗底到了。",
        },
        "lin.ex.iter.text": {
            "en": "D2L asks: if the number of examples cannot be divided by the batch size, what does `data_iter` do?",
            "zh": "D2L 的题目：如果样本数不能被批量大小整除，`data_iter` 会怎样？",
        },
        "lin.ex.iter.solution": {
            "en": "`order[i : i + batch_size]` simply stops at the end of the list, so the last batch holds the remainder. `sgd` divides by the full batch_size, so that last step is a little smaller; `DataLoader(drop_last=True)` would skip it.",
            "zh": "`order[i : i + batch_size]` 到列表末尾就停止，所以最后一批是剩下的样本。`sgd` 仍除以完整的 batch_size，因此最后一步会稍小一些；`DataLoader(drop_last=True)` 会直接跳过这一批。",
        },
        "lin.ex.iter.o.smaller": {"en": "The last batch is smaller", "zh": "最后一批会小一些"},
        "lin.ex.iter.o.dropped": {"en": "The leftover examples are never used", "zh": "剩下的样本永远不会被用到"},
        "lin.ex.iter.o.error": {"en": "It raises an IndexError", "zh": "它会抛出 IndexError"},
        "lin.ex.iter.w.smaller": {
            "en": "Right: slicing past the end of a list just stops there.",
            "zh": "对：对列表切片超过末尾时只会在末尾停下。",
        },
        "lin.ex.iter.w.dropped": {
            "en": "That is `DataLoader(drop_last=True)`. `data_iter` slices to the end, so every example is used once per epoch.",
            "zh": "那是 `DataLoader(drop_last=True)` 的行为。`data_iter` 会一直切到末尾，所以每轮每个样本都会被用到一次。",
        },
        "lin.ex.iter.w.error": {
            "en": "Python slices never raise for an end past the list; they stop at its end.",
            "zh": "Python 切片的终点超出列表时不会报错，而是停在末尾。",
        },
    }
)

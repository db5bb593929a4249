"""Under- and over-fitting page. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "of.title": {"en": "Under- and over-fitting", "zh": "欠拟合与过拟合"},
    "of.blurb": {
        "en": "Fit polynomials of any degree to D2L's noisy cubic: training and test loss, the U over degree, and weight decay shrinking the coefficients.",
        "zh": "用任意阶的多项式拟合 D2L 的带噪三次函数：训练与测试损失、随阶数变化的 U 形曲线，以及权重衰减如何收缩系数。",
    },
    "of.intro": {
        "en": "D2L's experiment: y = 5 + 1.2x − 3.4x²/2! + 5.6x³/3! + noise, with features xⁱ/i!. A degree below 3 cannot follow the curve (**under-fitting**); a high degree with few examples follows the noise (**over-fitting**): its training loss falls while its test loss on 100 fresh points rises.",
        "zh": "D2L 的实验：y = 5 + 1.2x − 3.4x²/2! + 5.6x³/3! + 噪声，特征为 xⁱ/i!。阶数低于 3 时跟不上曲线（**欠拟合**）；阶数高而样本少时会去拟合噪声（**过拟合**）：训练损失下降，而在 100 个新点上的测试损失上升。",
    },
    "of.data": {"en": "1 · The data and the best fit", "zh": "1 · 数据与最优拟合"},
    "of.degree": {"en": "polynomial degree", "zh": "多项式阶数"},
    "of.n": {"en": "training examples", "zh": "训练样本数"},
    "of.noise": {"en": "noise σ", "zh": "噪声 σ"},
    "of.wd": {"en": "weight decay λ", "zh": "权重衰减 λ"},
    "of.epochs": {"en": "epochs", "zh": "训练轮数"},
    "of.lr": {"en": "learning rate", "zh": "学习率"},
    "of.too_few": {
        "en": "{n} examples cannot pin down {p} coefficients: many polynomials pass through the training points exactly. The one shown has the smallest coefficients. Weight decay makes the answer unique.",
        "zh": "{n} 个样本无法确定 {p} 个系数：有许多多项式恰好穿过所有训练点。图中的是系数最小的那个。加入权重衰减后答案唯一。",
    },
    "of.true_curve": {"en": "true curve", "zh": "真实曲线"},
    "of.exact_fit": {"en": "closed-form fit", "zh": "闭式解拟合"},
    "of.train_points": {"en": "training examples", "zh": "训练样本"},
    "of.test_points": {"en": "test examples", "zh": "测试样本"},
    "of.axis.set": {"en": "data", "zh": "数据"},
    "of.axis.curve": {"en": "curve", "zh": "曲线"},
    "of.axis.loss": {"en": "loss (mean squared error / 2)", "zh": "损失（均方误差 / 2）"},
    "of.axis.norm": {"en": "‖w‖ (size of the coefficients)", "zh": "‖w‖（系数的大小）"},
    "of.fit_note": {
        "en": "The closed form minimises the training loss (plus λ/2‖w‖² with weight decay) exactly; below, SGD gets there by training.",
        "zh": "闭式解精确地最小化训练损失（有权重衰减时再加上 λ/2‖w‖²）；下面用 SGD 训练去逼近它。",
    },
    "of.col.power": {"en": "feature", "zh": "特征"},
    "of.col.true": {"en": "true coefficient", "zh": "真实系数"},
    "of.col.fit": {"en": "fitted coefficient", "zh": "拟合系数"},
    "of.train": {"en": "2 · Train it as D2L does", "zh": "2 · 像 D2L 一样训练"},
    "of.sgd_vs_exact": {
        "en": "After training: training loss {train:.4g}, test loss {test:.4g}; the largest difference from the closed-form coefficients is {gap:.3g} (high powers have tiny features and learn slowly).",
        "zh": "训练结束：训练损失 {train:.4g}，测试损失 {test:.4g}；与闭式解系数的最大差为 {gap:.3g}（高次幂的特征很小，学得很慢）。",
    },
    "of.u": {"en": "3 · Loss against degree", "zh": "3 · 损失随阶数的变化"},
    "of.u_note": {
        "en": "Closed-form fits of every degree on the same data: training loss only falls as the degree grows; test loss falls, then rises. The dashed line marks your degree. Fewer examples push the rise to lower degrees.",
        "zh": "在同一份数据上对每个阶数求闭式解：训练损失随阶数增加只降不升；测试损失先降后升。虚线标出你选的阶数。样本越少，上升出现得越早。",
    },
    "of.decay": {"en": "4 · Weight decay", "zh": "4 · 权重衰减"},
    "of.decay_note": {
        "en": "Degree {degree}: the size of the closed-form coefficients as λ grows (λ = 0 is drawn at the left edge). Weight decay trades a little training loss for smaller, smoother polynomials.",
        "zh": "阶数为 {degree}：闭式解系数的大小随 λ 增大的变化（λ = 0 画在最左边）。权重衰减以少许训练损失换取更小、更平滑的多项式。",
    },
}

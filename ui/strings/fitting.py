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
    "of.source": {
        "en": "Training data",
        "zh": "训练数据",
    },
    "of.src.synthetic": {
        "en": "D2L's noisy cubic",
        "zh": "D2L 的带噪三次多项式",
    },
    "of.src.own": {
        "en": "Your points",
        "zh": "你的数据点",
    },
    "of.own_train": {
        "en": "Your training points (|x| ≤ 10)",
        "zh": "你的训练点（|x| ≤ 10）",
    },
    "of.test_source": {
        "en": "Test points",
        "zh": "测试点",
    },
    "of.test.synthetic": {
        "en": "D2L's cubic (100 noisy points)",
        "zh": "D2L 的三次多项式（100 个带噪点）",
    },
    "of.test.own": {
        "en": "Your second table",
        "zh": "你的第二张表",
    },
    "of.own_test": {
        "en": "Your test points (|x| ≤ 10)",
        "zh": "你的测试点（|x| ≤ 10）",
    },
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

# ---------------------------------------------------------------- exercises (core/exercises/fitting.py)
STRINGS.update(
    {
        "of.ex.overfit.text": {
            "en": "Find settings in section 1 for which the closed-form fit **overfits**: its training loss is below a tenth of its test loss.",
            "zh": "在第 1 节中找到让闭式解**过拟合**的设置：训练损失低于测试损失的十分之一。",
        },
        "of.ex.overfit.solution": {
            "en": "Raise the degree well past the true cubic (say 15) with λ = 0, or leave fewer training examples: the polynomial then bends through the noise of the training points and the test loss shoots up. Section 3's U shows the same over every degree.",
            "zh": "把阶数调到远高于真实的三次（比如 15），并令 λ = 0，或者减少训练样本：多项式会弯曲着穿过训练点的噪声，测试损失随之飙升。第 3 节的 U 形曲线在每个阶数上展示了同样的现象。",
        },
        "of.ex.overfit.hint.broken": {
            "en": "The losses on the page are not finite numbers: change the settings first.",
            "zh": "页面上的损失不是有限的数：先改一下设置。",
        },
        "of.ex.overfit.hint.gap": {
            "en": "Training loss {train:.4g}, test loss {test:.4g}: the ratio is {ratio:.3g}, it needs to be below 0.1.",
            "zh": "训练损失 {train:.4g}，测试损失 {test:.4g}：比值为 {ratio:.3g}，需要低于 0.1。",
        },
        "of.ex.overfit.right": {
            "en": "Degree {degree}: the training loss is {ratio:.2g} times the test loss. The fit has learned the noise.",
            "zh": "阶数 {degree}：训练损失只有测试损失的 {ratio:.2g} 倍。模型学到的是噪声。",
        },
        "of.ex.decay.text": {
            "en": "Set the degree to **15**, then find a weight decay λ that brings the test loss of the closed-form fit **below {target}**.",
            "zh": "把阶数设为 **15**，然后找一个权重衰减 λ，使闭式解的测试损失**低于 {target}**。",
        },
        "of.ex.decay.solution": {
            "en": "Without decay the degree-15 fit chases the noise and its high coefficients explode. A small λ such as 0.001 or 0.01 pulls them towards 0 and brings the test loss close to the cubic's; too large a λ (10) pulls the true coefficients down too and the test loss rises again. Section 4 plots exactly this.",
            "zh": "没有衰减时，15 阶拟合会追逐噪声，高阶系数爆炸。较小的 λ（如 0.001 或 0.01）把它们拉向 0，使测试损失接近三次多项式的水平；λ 太大（10）会把真实系数也压下去，测试损失又会上升。第 4 节画的正是这一点。",
        },
        "of.ex.decay.hint.degree": {
            "en": "The degree is {degree}; this exercise is about degree 15.",
            "zh": "当前阶数是 {degree}；本题针对的是 15 阶。",
        },
        "of.ex.decay.hint.no_decay": {
            "en": "λ is 0, and the test loss is {test:.4g}. Raise the weight decay.",
            "zh": "λ 为 0，测试损失是 {test:.4g}。把权重衰减调大。",
        },
        "of.ex.decay.hint.test": {
            "en": "With λ = {wd:g} the test loss is {test:.4g}; it needs to be below {need}. Try other values (section 4 shows the whole curve).",
            "zh": "λ = {wd:g} 时测试损失是 {test:.4g}，需要低于 {need}。试试别的值（第 4 节给出了整条曲线）。",
        },
        "of.ex.decay.right": {
            "en": "λ = {wd:g} brings the degree-15 test loss down to {test:.4g}.",
            "zh": "λ = {wd:g} 把 15 阶的测试损失降到了 {test:.4g}。",
        },
        "of.ex.feature.text": {
            "en": "This page's features are D2L's rescaled powers: feature i of x is xⁱ / i!. What is feature **i = {i}** of **x = {x}**?",
            "zh": "本页使用 D2L 的缩放幂特征：x 的第 i 个特征是 xⁱ / i!。**x = {x}** 的第 **i = {i}** 个特征是多少？",
        },
        "of.ex.feature.solution": {
            "en": "{x}^{i} / {i}! = **{answer}**. Dividing by i! keeps high powers from dominating the gradient (D2L's Γ(i + 1)); without it, degree 15 at x = 3 would be 14 million.",
            "zh": "{x}^{i} / {i}! = **{answer}**。除以 i! 可以防止高次幂主导梯度（D2L 中的 Γ(i + 1)）；不除的话，x = 3 时的 15 次幂约为一千四百万。",
        },
        "of.ex.feature.hint.power": {
            "en": "That is xⁱ alone: the page divides it by i! (the factorial).",
            "zh": "那只是 xⁱ：页面还要把它除以 i!（阶乘）。",
        },
        "of.ex.feature.hint.times_i": {
            "en": "You divided by i, not by i! = 1·2·…·i.",
            "zh": "你除以的是 i，而不是 i! = 1·2·…·i。",
        },
        "of.ex.feature.hint.index": {
            "en": "Off by one: features count from x⁰/0! = 1, so feature i is xⁱ/i!.",
            "zh": "差了一位：特征从 x⁰/0! = 1 开始数，所以第 i 个特征是 xⁱ/i!。",
        },
        "of.ex.unique.text": {
            "en": "With 5 training examples and degree 7, the page warns that the closed form is not unique. Why?",
            "zh": "只有 5 个训练样本而阶数为 7 时，页面会提示闭式解不唯一。为什么？",
        },
        "of.ex.unique.solution": {
            "en": "Degree 7 has 8 weights but only 5 equations: infinitely many weight vectors pass exactly through the 5 points. The least-squares solver returns the one with the smallest norm; weight decay (λ > 0) makes the answer unique.",
            "zh": "7 阶有 8 个权重，却只有 5 个方程：有无穷多个权重向量恰好穿过这 5 个点。最小二乘求解器返回范数最小的那一个；权重衰减（λ > 0）能让解唯一。",
        },
        "of.ex.unique.o.unknowns": {
            "en": "There are more weights (8) than equations (5), so many weight vectors fit the points exactly",
            "zh": "权重（8 个）比方程（5 个）多，所以有很多权重向量能恰好拟合这些点",
        },
        "of.ex.unique.o.noise": {
            "en": "The noise in the labels makes the solution random",
            "zh": "标签中的噪声让解变得随机",
        },
        "of.ex.unique.o.steps": {
            "en": "Gradient descent has not run long enough to converge",
            "zh": "梯度下降运行的时间不够长，还没收敛",
        },
        "of.ex.unique.w.unknowns": {
            "en": "Right: XᵀX is singular; λ > 0 adds λI and makes it invertible.",
            "zh": "对：XᵀX 是奇异的；λ > 0 会加上 λI，使它可逆。",
        },
        "of.ex.unique.w.noise": {
            "en": "Noise changes which solution is best, not how many there are: with 8 unknowns and 5 equations even noise-free data has many exact fits.",
            "zh": "噪声改变的是哪个解最好，而不是解有多少个：8 个未知数、5 个方程时，即使没有噪声也有很多精确解。",
        },
        "of.ex.unique.w.steps": {
            "en": "The closed form involves no gradient descent at all: it solves the normal equations directly.",
            "zh": "闭式解完全不用梯度下降：它直接求解正规方程。",
        },
    }
)

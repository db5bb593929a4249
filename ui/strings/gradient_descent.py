"""Gradient descent page. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "gd.title": {
        "en": "Gradient descent",
        "zh": "梯度下降",
    },
    "gd.blurb": {
        "en": "Step gradient descent by hand, find the learning-rate regimes, race optimizers, see what backward() does.",
        "zh": "手动单步执行梯度下降，认识学习率的几种情形，让优化器赛跑，看看 backward() 做了什么。",
    },
    "gd.intro": {
        "en": "Liu Er lectures 3–4 and D2L 12.3–12.10: cost(w) = mean((x·w − y)²) with x = [1, 2, 3], y = [2, 4, 6], then 2-D surfaces where SGD, momentum, RMSprop and Adam race.",
        "zh": "刘二大人第 3–4 讲与 D2L 12.3–12.10：cost(w) = mean((x·w − y)²)，x = [1, 2, 3]，y = [2, 4, 6]；然后在二维曲面上让 SGD、动量法、RMSprop 和 Adam 赛跑。",
    },
    "gd.stepper": {
        "en": "1 · Step by hand",
        "zh": "1 · 手动单步",
    },
    "gd.w0": {
        "en": "start w",
        "zh": "初始 w",
    },
    "gd.lr": {
        "en": "learning rate α",
        "zh": "学习率 α",
    },
    "gd.bias": {
        "en": "also learn b",
        "zh": "同时学习 b",
    },
    "gd.n": {
        "en": "N steps",
        "zh": "步数 N",
    },
    "gd.step": {
        "en": "Step",
        "zh": "单步",
    },
    "gd.run_n": {
        "en": "Run N steps",
        "zh": "运行 N 步",
    },
    "gd.play": {
        "en": "Play",
        "zh": "播放",
    },
    "gd.pause": {
        "en": "Pause",
        "zh": "暂停",
    },
    "gd.reset": {
        "en": "Reset",
        "zh": "重置",
    },
    "gd.w_now": {
        "en": "w",
        "zh": "w",
    },
    "gd.b_now": {
        "en": "b",
        "zh": "b",
    },
    "gd.cost_now": {
        "en": "cost",
        "zh": "损失",
    },
    "gd.steps_done": {
        "en": "steps",
        "zh": "步数",
    },
    "gd.no_step": {
        "en": "Press Step to take the first step.",
        "zh": "点击“单步”迈出第一步。",
    },
    "gd.curve": {
        "en": "cost(w) at the current b; ● now, ○ earlier steps, dashed: the tangent (slope = gradient).",
        "zh": "当前 b 下的 cost(w)；● 当前点，○ 之前的步，虚线：切线（斜率 = 梯度）。",
    },
    "gd.regimes": {
        "en": "2 · Learning-rate regimes",
        "zh": "2 · 学习率的几种情形",
    },
    "gd.regime_text": {
        "en": "On this quadratic every step multiplies the error w − w* by (1 − αL), where L = {L:.3f} is the curvature. Thresholds: 1/L = **{inv:.4f}** (one step lands on the minimum) and 2/L = **{inv2:.4f}** (beyond it, the steps grow). At α = {lr:g}: 1 − αL = {factor:.3f}.",
        "zh": "在这个二次函数上，每一步都把误差 w − w* 乘以 (1 − αL)，其中 L = {L:.3f} 是曲率。阈值：1/L = **{inv:.4f}**（一步到达最小值），2/L = **{inv2:.4f}**（超过它步长会越来越大）。当 α = {lr:g} 时：1 − αL = {factor:.3f}。",
    },
    "gd.r.too_slow": {
        "en": "Too slow: α < 0.1/L, the error shrinks by less than 10% per step.",
        "zh": "太慢：α < 0.1/L，误差每步缩小不到 10%。",
    },
    "gd.r.converging": {
        "en": "Converging: 0.1/L ≤ α ≤ 1/L, w approaches w* from one side.",
        "zh": "收敛：0.1/L ≤ α ≤ 1/L，w 从一侧逼近 w*。",
    },
    "gd.r.oscillating": {
        "en": "Oscillating: 1/L < α < 2/L, w overshoots w* each step but still converges.",
        "zh": "振荡：1/L < α < 2/L，w 每步都越过 w*，但仍然收敛。",
    },
    "gd.r.diverging": {
        "en": "Diverging: α ≥ 2/L, every step overshoots further than the last.",
        "zh": "发散：α ≥ 2/L，每一步都比上一步越过得更远。",
    },
    "gd.sgd": {
        "en": "3 · GD vs SGD",
        "zh": "3 · 梯度下降 vs 随机梯度下降",
    },
    "gd.sgd_note": {
        "en": "GD takes one step per epoch with the mean gradient; the course's SGD takes one step per sample. Loss after every update (x axis counts samples seen), log scale: SGD's path is noisier but it updates three times as often.",
        "zh": "GD 每轮用平均梯度走一步；课程中的 SGD 每个样本走一步。横轴为已见样本数，纵轴为每次更新后的损失（对数坐标）：SGD 的路径更嘈杂，但更新次数是 GD 的三倍。",
    },
    "gd.sgd_lr": {
        "en": "learning rate (both)",
        "zh": "学习率（两者相同）",
    },
    "gd.surfaces": {
        "en": "4 · Optimizers on 2-D surfaces",
        "zh": "4 · 二维曲面上的优化器",
    },
    "gd.surface": {
        "en": "surface",
        "zh": "曲面",
    },
    "gd.s.bowl": {
        "en": "elongated bowl",
        "zh": "狭长碗形",
    },
    "gd.s.rosenbrock": {
        "en": "Rosenbrock",
        "zh": "Rosenbrock 函数",
    },
    "gd.s.saddle": {
        "en": "saddle x² − y²",
        "zh": "鞍点 x² − y²",
    },
    "gd.s.himmelblau": {
        "en": "several minima (Himmelblau)",
        "zh": "多个极小值（Himmelblau）",
    },
    "gd.condition": {
        "en": "condition number κ",
        "zh": "条件数 κ",
    },
    "gd.start_x": {
        "en": "start x",
        "zh": "起点 x",
    },
    "gd.start_y": {
        "en": "start y",
        "zh": "起点 y",
    },
    "gd.perturb": {
        "en": "perturbation added to start y",
        "zh": "加到起点 y 上的扰动",
    },
    "gd.steps": {
        "en": "steps",
        "zh": "步数",
    },
    "gd.optimizers": {
        "en": "optimizers",
        "zh": "优化器",
    },
    "gd.opt_settings": {
        "en": "{name} settings",
        "zh": "{name} 参数",
    },
    "gd.loss_steps": {
        "en": "f after each step (symlog scale)",
        "zh": "每一步后的 f（对称对数坐标）",
    },
    "gd.opt_diverged": {
        "en": "{name} diverged at step {k}: its trajectory is cut there. Lower its learning rate.",
        "zh": "{name} 在第 {k} 步发散：轨迹在此截断。请降低它的学习率。",
    },
    "gd.left_plot": {
        "en": "{name} left the plotted area at step {k} (it keeps going downhill).",
        "zh": "{name} 在第 {k} 步离开了绘图区域（它还在继续下降）。",
    },
    "gd.saddle_note": {
        "en": "Start exactly on the ridge (perturbation 0) and every optimizer slides into the saddle point and stalls: the gradient has no y-component. A tiny perturbation lets momentum and Adam escape quickly while plain GD lingers.",
        "zh": "起点恰好在脊线上（扰动为 0）时，所有优化器都滑入鞍点并停滞：梯度没有 y 分量。加一个微小扰动，动量法和 Adam 很快逃离，而普通 GD 仍在附近徘徊。",
    },
    "gd.scratch": {
        "en": "5 · From scratch = torch.optim",
        "zh": "5 · 从零实现 = torch.optim",
    },
    "gd.scratch_note": {
        "en": "Each optimizer's update written from scratch in core, against the real `torch.optim` class from the same start.",
        "zh": "每个优化器的更新都在 `core/` 中从零实现，并与真实的 `torch.optim` 类从同一起点对比。",
    },
    "gd.backward": {
        "en": "6 · What backward() does",
        "zh": "6 · backward() 做了什么",
    },
    "gd.backward_note": {
        "en": "The graph of cost at the current w = {w:.3f}: each node shows its forward value and the gradient of the loss with respect to it, flowing back (red). The gradient at w is {g:.4f}, which is exactly `w.grad` after `loss.backward()`; the hand-derived formula gives {hand:.4f}.",
        "zh": "当前 w = {w:.3f} 时损失的计算图：每个节点显示其前向值，以及损失对它的梯度（红色，反向流动）。w 处的梯度为 {g:.4f}，正是 `loss.backward()` 之后的 `w.grad`；手推公式给出 {hand:.4f}。",
    },
    "gd.accumulate": {
        "en": "Call backward() three times without grad.zero_()",
        "zh": "不调用 `grad.zero_()`，连续调用三次 `backward()`",
    },
    "gd.accumulate_note": {
        "en": "Gradients accumulate: each backward() adds to w.grad. That is why the course calls `w.grad.data.zero_()` after every update.",
        "zh": "梯度会累加：每次 backward() 都加到 w.grad 上。这就是课程在每次更新后调用 `w.grad.data.zero_()` 的原因。",
    },
    "gd.call": {
        "en": "backward() call",
        "zh": "第几次 backward()",
    },
    "gd.p.lr": {
        "en": "learning rate",
        "zh": "学习率",
    },
    "gd.p.momentum": {
        "en": "momentum β",
        "zh": "动量 β",
    },
    "gd.p.alpha": {
        "en": "smoothing α",
        "zh": "平滑系数 α",
    },
    "gd.p.beta1": {
        "en": "β₁ (first moment)",
        "zh": "β₁（一阶矩）",
    },
    "gd.p.beta2": {
        "en": "β₂ (second moment)",
        "zh": "β₂（二阶矩）",
    },
    "gd.axis.cost": {
        "en": "cost",
        "zh": "代价",
    },
    "gd.axis.samples": {
        "en": "samples seen",
        "zh": "已看过的样本数",
    },
    "gd.axis.method": {
        "en": "method",
        "zh": "方法",
    },
    "gd.axis.optimizer": {
        "en": "optimizer",
        "zh": "优化器",
    },
    "gd.axis.diverged_at": {
        "en": "diverged at step",
        "zh": "发散于第几步",
    },
    "gd.now": {
        "en": "now",
        "zh": "当前",
    },
    "gd.start": {
        "en": "start",
        "zh": "起点",
    },
    "gd.col.step": {
        "en": "step",
        "zh": "步",
    },
    "gd.col.new_w": {
        "en": "new w",
        "zh": "新的 w",
    },
    "gd.col.new_b": {
        "en": "new b",
        "zh": "新的 b",
    },
    "gd.col.cost": {
        "en": "cost after",
        "zh": "更新后的代价",
    },
    "gd.col.scratch_x": {
        "en": "from scratch x",
        "zh": "手写 x",
    },
    "gd.col.scratch_y": {
        "en": "from scratch y",
        "zh": "手写 y",
    },
    "gd.col.max_diff": {
        "en": "largest |difference|",
        "zh": "最大 |差值|",
    },
    "gd.node.value": {
        "en": "value",
        "zh": "值",
    },
    "gd.node.grad": {
        "en": "grad",
        "zh": "梯度",
    },
    "gd.node.square": {
        "en": "square",
        "zh": "平方",
    },
    "gd.node.mean": {
        "en": "mean",
        "zh": "平均",
    },
    "gd.table": {
        "en": "Every step so far ({n}), the latest last",
        "zh": "到目前为止的每一步（{n} 步），最新的在最后",
    },
    "gd.contour": {
        "en": "Contour of f (log colour), trajectories from the same start; ✕ marks a minimum. Click the contour to start there.",
        "zh": "f 的等高线图（对数色标），各优化器从同一起点出发；✕ 标出极小值。点击等高线图即可把起点设在那里。",
    },
    "gd.col.grad_w": {
        "en": "∂cost/∂w",
        "zh": "∂代价/∂w",
    },
    "gd.col.grad_b": {
        "en": "∂cost/∂b",
        "zh": "∂代价/∂b",
    },
    "gd.dl_steps": {
        "en": "Download every step (CSV)",
        "zh": "下载每一步（CSV）",
    },
}

# ---------------------------------------------------------------- exercises (core/exercises/gradient_descent.py)
STRINGS.update(
    {
        "gd.ex.step.text": {
            "en": "cost(w) = mean((x·w − y)²) on the course's points (1, 2), (2, 4), (3, 6). From **w = {w}**, take one gradient descent step with **α = {lr}**. What is the new w?",
            "zh": "在课程的三个点 (1, 2)、(2, 4)、(3, 6) 上，cost(w) = mean((x·w − y)²)。从 **w = {w}** 出发，以 **α = {lr}** 做一步梯度下降。新的 w 是多少？",
        },
        "gd.ex.step.solution": {
            "en": "∂cost/∂w = mean(2x(x·w − y)) = (28/3)(w − 2) at w = {w}; the update is w − α·∂cost/∂w = **{answer}**. Step on the page from the same w with the same α to see the formula written out.",
            "zh": "`∂cost/∂w` = mean(2x(x·w − y)) = (28/3)(w − 2)，在 w = {w} 处求值；更新为 w − α·`∂cost/∂w` = **{answer}**。在页面上从同一个 w 用同一个 α 走一步，可以看到写出来的公式。",
        },
        "gd.ex.step.hint.sign": {
            "en": "You went uphill: gradient descent subtracts α times the gradient.",
            "zh": "你往上坡走了：梯度下降是减去 α 乘以梯度。",
        },
        "gd.ex.step.hint.lr": {
            "en": "The learning rate is missing: the step is α·∂cost/∂w, not the whole gradient.",
            "zh": "少了学习率：步长是 α·`∂cost/∂w`，而不是整个梯度。",
        },
        "gd.ex.step.hint.mean": {
            "en": "That uses the sum over the three points; the cost is their mean, so its gradient is the mean too.",
            "zh": "这里用的是三个点的和；代价是平均值，所以梯度也要取平均。",
        },
        "gd.ex.step.hint.gradient": {
            "en": "That is the gradient itself; the question asks where w lands after the step.",
            "zh": "那是梯度本身；题目问的是走完一步后 w 的位置。",
        },
        "gd.ex.osc.text": {
            "en": "In section 1, find a learning rate at which gradient descent **oscillates yet converges**: w jumps across the minimum at every step, and the cost still falls. Take at least **{steps}** steps with that one rate (Reset first).",
            "zh": "在第 1 节中找到一个让梯度下降**振荡但仍收敛**的学习率：w 每一步都跳过最小值，但代价仍在下降。用这一个学习率走至少 **{steps}** 步（先点重置）。",
        },
        "gd.ex.osc.solution": {
            "en": "Each step multiplies the distance to the minimum by (1 − α·L). It flips sign and still shrinks when 1 < α·L < 2, that is 1/L < α < 2/L; section 2 prints both bounds for the current surface.",
            "zh": "每一步都把到最小值的距离乘以 (1 − α·L)。当 1 < α·L < 2，即 1/L < α < 2/L 时，它会变号但仍在缩小；第 2 节给出了当前曲面的这两个界。",
        },
        "gd.ex.osc.hint.diverged": {
            "en": "This descent diverged: the rate is too large. Reset and choose a smaller one.",
            "zh": "这次下降发散了：学习率太大。点重置并选一个小一些的。",
        },
        "gd.ex.osc.hint.steps": {
            "en": "{steps} step(s) so far; take at least {need}.",
            "zh": "目前走了 {steps} 步；至少要走 {need} 步。",
        },
        "gd.ex.osc.hint.one_lr": {
            "en": "These steps used several learning rates. Reset, then step with one rate only.",
            "zh": "这些步用了多个学习率。点重置，然后只用一个学习率来走。",
        },
        "gd.ex.osc.hint.too_slow": {
            "en": "α = {lr:g} creeps towards the minimum without ever crossing it. Oscillation needs α between {lo:.4g} and {hi:.4g}.",
            "zh": "α = {lr:g} 时只是慢慢靠近最小值，从不越过它。振荡需要 α 在 {lo:.4g} 与 {hi:.4g} 之间。",
        },
        "gd.ex.osc.hint.converging": {
            "en": "α = {lr:g} approaches the minimum from one side. Oscillation needs α between {lo:.4g} and {hi:.4g}.",
            "zh": "α = {lr:g} 时从一侧逼近最小值。振荡需要 α 在 {lo:.4g} 与 {hi:.4g} 之间。",
        },
        "gd.ex.osc.hint.diverging": {
            "en": "α = {lr:g} overshoots more every step: it diverges. Oscillation that converges needs α below {hi:.4g} (and above {lo:.4g}).",
            "zh": "α = {lr:g} 每一步都越冲越远：它会发散。收敛的振荡需要 α 低于 {hi:.4g}（且高于 {lo:.4g}）。",
        },
        "gd.ex.osc.right": {
            "en": "α = {lr:g}: w jumps across the minimum and the cost is down to {cost:.4g}.",
            "zh": "α = {lr:g}：w 在最小值两侧来回跳，代价已降到 {cost:.4g}。",
        },
        "gd.ex.div.text": {
            "en": "In section 1, find a learning rate at which gradient descent **diverges**, and step until the page's divergence rule stops it.",
            "zh": "在第 1 节中找到一个让梯度下降**发散**的学习率，并一直走到页面的发散规则把它停下。",
        },
        "gd.ex.div.solution": {
            "en": "Any α above 2/L makes |1 − α·L| > 1, so the distance to the minimum grows geometrically. Once the cost is a million times its start (or not finite), the rule stops the descent and the page shows no more numbers.",
            "zh": "任何大于 2/L 的 α 都使 |1 − α·L| > 1，于是到最小值的距离按几何级数增长。一旦代价达到起始值的一百万倍（或不再是有限数），规则就会停止下降，页面也不再显示数字。",
        },
        "gd.ex.div.hint.still": {
            "en": "After {steps} step(s) with α up to {lr:g} the descent has not diverged. α must exceed 2/L = {hi:.4g}, and the blow-up takes some steps: Run more.",
            "zh": "用不超过 {lr:g} 的 α 走了 {steps} 步，下降还没有发散。α 必须大于 2/L = {hi:.4g}，而且爆炸需要一些步数：多运行几步。",
        },
        "gd.ex.div.right": {
            "en": "With α = {lr:g} the cost blew up and the divergence rule stopped the descent.",
            "zh": "α = {lr:g} 时代价爆炸，发散规则停止了下降。",
        },
        "gd.ex.why.text": {
            "en": "On this quadratic cost, why does gradient descent diverge once α > 2/L?",
            "zh": "在这个二次代价上，为什么 α > 2/L 时梯度下降会发散？",
        },
        "gd.ex.why.solution": {
            "en": "The update gives w_new − w* = (1 − α·L)(w − w*). With α > 2/L the factor is below −1: every step overshoots by more than it started, and the error grows geometrically.",
            "zh": "更新后 w_new − w* = (1 − α·L)(w − w*)。α > 2/L 时这个因子小于 −1：每一步越过的距离都比原来更大，误差按几何级数增长。",
        },
        "gd.ex.why.o.factor": {
            "en": "Each step multiplies the distance to the minimum by |1 − α·L|, which is then above 1",
            "zh": "每一步都把到最小值的距离乘以 |1 − α·L|，而此时它大于 1",
        },
        "gd.ex.why.o.gradient": {
            "en": "The gradient is computed wrongly for large steps",
            "zh": "步子大时梯度算错了",
        },
        "gd.ex.why.o.overflow": {
            "en": "Floating-point numbers overflow at large learning rates",
            "zh": "学习率大时浮点数溢出",
        },
        "gd.ex.why.w.factor": {
            "en": "Right: the factor is exact for a quadratic; L is its curvature.",
            "zh": "对：对二次函数这个因子是精确的；L 是它的曲率。",
        },
        "gd.ex.why.w.gradient": {
            "en": "The gradient is exact at every point (the page checks it against autograd); the trouble is how far each step goes.",
            "zh": "每个点上的梯度都是精确的（页面用 autograd 校验过）；问题在于每一步走多远。",
        },
        "gd.ex.why.w.overflow": {
            "en": "Overflow comes only at the very end, after the error has grown for many steps; the growth starts with the first step.",
            "zh": "溢出只在最后才出现，此前误差已经增长了很多步；增长从第一步就开始了。",
        },
    }
)

"""The one table of learner-facing strings, English and 简体中文.

Keys are grouped by page prefix. `t(key, **params)` formats the string in the sidebar's language.
"""

import streamlit as st

LANGS = {"en": "English", "zh": "简体中文"}

TABLE: dict[str, tuple[str, str]] = {
    # app shell
    "app.title": ("Deep Learning Playground", "深度学习游乐场"),
    "app.language": ("Language", "语言"),
    "app.seed": ("Random seed", "随机种子"),
    "app.seed_help": (
        "Used by every page for data splits, initial weights and shuffling.",
        "所有页面的数据划分、初始权重和打乱顺序都用这个种子。",
    ),
    "app.section.start": ("Start", "开始"),
    "app.section.basics": ("Basics", "基础"),
    "app.section.networks": ("Networks", "网络"),
    "app.threads": ("CPU threads for torch: {n}", "torch 使用的 CPU 线程数：{n}"),
    # common
    "code.title": ("The code that produced this", "生成这个结果的代码"),
    "share.button": ("Share these settings", "分享这些设置"),
    "share.help": (
        "This link opens the page with the current settings.",
        "用这个链接打开页面即可恢复当前设置。",
    ),
    "epoch": ("epoch", "轮次 (epoch)"),
    "train.stop": ("Stop", "停止"),
    "train.starting": ("Starting…", "开始训练…"),
    "train.progress": (
        "Epoch {step}/{total} · loss {loss:.4f}",
        "第 {step}/{total} 轮 · 损失 {loss:.4f}",
    ),
    "train.done": ("Done", "完成"),
    "train.busy": (
        "Another session is training right now; the CPU runs one training at a time. Try again in a moment.",
        "另一个会话正在训练；CPU 一次只运行一个训练。请稍后再试。",
    ),
    "train.stopped": (
        "Stopped at epoch {step}; the partial result is kept.",
        "已在第 {step} 轮停止，保留了部分结果。",
    ),
    "diverged": (
        "Diverged at epoch {epoch}: the loss became NaN/inf. Try a smaller learning rate.",
        "在第 {epoch} 轮发散：损失变成了 NaN/inf。请尝试更小的学习率。",
    ),
    # errors raised by core (keyed by InputError.key)
    "err.not_int": (
        "{name} must be a whole number, got {value}",
        "{name} 必须是整数，当前为 {value}",
    ),
    "err.too_small": (
        "{name} must be at least {low}, got {value}",
        "{name} 至少为 {low}，当前为 {value}",
    ),
    "err.too_large": (
        "{name} must be at most {high}, got {value}",
        "{name} 至多为 {high}，当前为 {value}",
    ),
    "err.not_finite": (
        "{name} must be a finite number, got {value}",
        "{name} 必须是有限数，当前为 {value}",
    ),
    "err.out_of_range": (
        "{name} must be {op} {bound}, got {value}",
        "{name} 必须 {op} {bound}，当前为 {value}",
    ),
    "err.empty_data": ("There is no data to train on.", "没有可用于训练的数据。"),
    "err.batch_gt_n": (
        "Batch size {batch_size} is larger than the {n} examples.",
        "批量大小 {batch_size} 大于样本数 {n}。",
    ),
    "err.data_missing": (
        "Data file '{filename}' is not in '{directory}' and could not be downloaded. "
        "Put it there or set PLAYGROUND_DATA_DIR.",
        "数据文件 '{filename}' 不在 '{directory}' 中，且无法下载。请把文件放到那里，或设置 PLAYGROUND_DATA_DIR。",
    ),
    # home
    "home.title": ("Deep Learning Playground", "深度学习游乐场"),
    "home.intro": (
        "Touch each idea of *Dive into Deep Learning* and Liu Er's PyTorch course: drag a weight and watch "
        "the loss, train a model and watch it learn. Every result comes with the real PyTorch code that made it.",
        "亲手摸一摸《动手学深度学习》和刘二大人 PyTorch 课程里的每个概念：拖动权重看损失变化，训练模型看它学习。"
        "每个结果旁边都附有生成它的真实 PyTorch 代码。",
    ),
    "home.topics": ("Topics", "主题"),
    "home.howto": (
        "Pick a topic in the sidebar. The language and the random seed there apply to every page.",
        "在侧边栏选择主题。侧边栏中的语言和随机种子对所有页面生效。",
    ),
    # linear fit
    "lin.title": ("Linear fit", "线性回归"),
    "lin.blurb": (
        "Fit y = Xw + b: look at the loss landscape, then train from scratch and with nn.Linear.",
        "拟合 y = Xw + b：先看损失曲面，再分别从零实现和用 nn.Linear 训练。",
    ),
    "lin.intro": (
        "Linear regression as D2L 3.2/3.3 and Liu Er lectures 2–5 teach it: the data, the loss as a function of "
        "the weights, gradient descent written by hand and with `torch.nn`, and the exact least-squares answer.",
        "按照 D2L 3.2/3.3 和刘二大人第 2–5 讲学习线性回归：数据、作为权重函数的损失、手写与 `torch.nn` 实现的梯度下降，以及最小二乘的精确解。",
    ),
    "lin.data": ("1 · Data", "1 · 数据"),
    "lin.dataset": ("Data set", "数据集"),
    "lin.ds.synthetic": ("Synthetic (D2L): y = Xw + b + ε", "合成数据（D2L）：y = Xw + b + ε"),
    "lin.ds.course": ("Course: x=[1,2,3], y=[2,4,6]", "课程：x=[1,2,3], y=[2,4,6]"),
    "lin.ds.course_bias": ("Course with bias: y=[3,5,7]", "课程（带偏置）：y=[3,5,7]"),
    "lin.true_w1": ("true w₁", "真实 w₁"),
    "lin.true_w2": ("true w₂", "真实 w₂"),
    "lin.true_b": ("true b", "真实 b"),
    "lin.noise": ("noise σ", "噪声 σ"),
    "lin.n": ("examples n", "样本数 n"),
    "lin.scatter_note": (
        "Scatter of y against the first feature; the line is the true relation (other features at 0).",
        "y 对第一个特征的散点图；直线是真实关系（其他特征取 0）。",
    ),
    "lin.landscape": ("2 · The loss as a function of the weights", "2 · 损失是权重的函数"),
    "lin.landscape_note": (
        "The course's exhaustive search: MSE = mean((x·w + b − y)²) for w from {lo} to {hi} in steps of 0.1, "
        "other weights at their least-squares values. Move w (and b) to see the point move.",
        "课程中的穷举法：w 从 {lo} 到 {hi}、步长 0.1，计算 MSE = mean((x·w + b − y)²)，其余权重取最小二乘值。拖动 w（和 b）看点的移动。",
    ),
    "lin.w": ("w (weight being explored)", "w（正在探索的权重）"),
    "lin.b": ("b (bias)", "b（偏置）"),
    "lin.mse_here": ("MSE at this (w, b)", "此 (w, b) 处的 MSE"),
    "lin.contour": (
        "MSE over (w, b), log colour scale; ◆ least squares, ● your point, line: the SGD path",
        "MSE 随 (w, b) 的分布（对数色标）；◆ 最小二乘解，● 你的点，折线：SGD 的路径",
    ),
    "lin.train": ("3 · Train two ways, side by side", "3 · 两种训练方式并排对比"),
    "lin.lr": ("learning rate", "学习率"),
    "lin.epochs": ("epochs", "训练轮数"),
    "lin.batch": ("batch size", "批量大小"),
    "lin.scratch": ("From scratch (D2L 3.2)", "从零实现（D2L 3.2）"),
    "lin.concise": (
        "Concise: nn.Linear + optim.SGD (D2L 3.3)",
        "简洁实现：nn.Linear + optim.SGD（D2L 3.3）",
    ),
    "lin.same": (
        "Same initial weights, same batches, same learning rate: the two agree to {diff:.1e} "
        "(largest difference of any parameter after any update).",
        "相同的初始权重、相同的小批量、相同的学习率：两者在任何一次更新后的任一参数之差最大为 {diff:.1e}。",
    ),
    "lin.err_w": ("error in w (true_w − w)", "w 的估计误差（true_w − w）"),
    "lin.err_b": ("error in b (true_b − b)", "b 的估计误差（true_b − b）"),
    "lin.fitted": ("Fitted line against the data", "拟合直线与数据"),
    "lin.closed": ("4 · Closed form", "4 · 解析解"),
    "lin.closed_note": (
        "Least squares solves the normal equations XᵀX θ = Xᵀy directly: w = {w}, b = {b:.4f}. "
        "SGD ended at w = {sw}, b = {sb:.4f}.",
        "最小二乘直接求解正规方程 XᵀX θ = Xᵀy：w = {w}，b = {b:.4f}。SGD 最终为 w = {sw}，b = {sb:.4f}。",
    ),
    "lin.lrs": ("5 · Learning rates", "5 · 学习率"),
    "lin.lrs_note": (
        "Loss per epoch for lr ∈ {{0.01, 0.02, 0.03, 0.04}} and your own lr (try 5 to see divergence).",
        "lr ∈ {{0.01, 0.02, 0.03, 0.04}} 以及你自己的学习率下每轮的损失（试试 5，看看发散）。",
    ),
    "lin.own_lr": ("your learning rate", "你的学习率"),
    "lin.loss": (
        "squared loss ½(ŷ−y)², mean over all examples",
        "平方损失 ½(ŷ−y)²，对全部样本取平均",
    ),
    # rnn
    "rnn.title": ("RNN: hello → ohlol", "RNN：hello → ohlol"),
    "rnn.blurb": (
        "Watch a recurrent network learn to turn one string into another, step by step.",
        "看循环神经网络一步步学会把一个字符串变成另一个。",
    ),
    "rnn.intro": (
        "Liu Er lectures 12–13: one-hot characters go in, the network must output the target character at every "
        "time step. Three versions, as the course writes them: (a) `RNNCell` looped by hand, (b) `nn.RNN` over "
        "the whole sequence, (c) `nn.Embedding` + a two-layer `nn.RNN(batch_first=True)` + `nn.Linear`.",
        "刘二大人第 12–13 讲：输入独热编码的字符，网络需要在每个时间步输出目标字符。课程中的三个版本："
        "(a) 手动循环的 `RNNCell`，(b) 处理整个序列的 `nn.RNN`，(c) `nn.Embedding` + 两层 `nn.RNN(batch_first=True)` + `nn.Linear`。",
    ),
    "rnn.version": ("Version", "版本"),
    "rnn.v.cell": ("(a) RNNCell, looped", "(a) RNNCell，手动循环"),
    "rnn.v.rnn": ("(b) nn.RNN", "(b) nn.RNN"),
    "rnn.v.embedding": ("(c) Embedding + RNN + Linear", "(c) Embedding + RNN + Linear"),
    "rnn.source": ("input string", "输入字符串"),
    "rnn.target": ("target string", "目标字符串"),
    "rnn.epochs": ("epochs", "训练轮数"),
    "rnn.lr": ("Adam learning rate", "Adam 学习率"),
    "rnn.seed_note": (
        "Weights are initialised with seed {seed} (this version's pinned seed {pinned} + the sidebar seed {g}).",
        "权重用种子 {seed} 初始化（该版本固定的种子 {pinned} + 侧边栏种子 {g}）。",
    ),
    "rnn.vocab": ("Vocabulary (idx2char): {vocab}", "词表 (idx2char)：{vocab}"),
    "rnn.train": ("Train", "训练"),
    "rnn.press_train": (
        "Press Train to run the course's loop with these settings.",
        "点击“训练”用这些设置运行课程的训练循环。",
    ),
    "rnn.stale": (
        "Settings changed since this run; press Train to run again.",
        "设置已在本次运行后修改；点击“训练”重新运行。",
    ),
    "rnn.result": (
        "Predicted string after epoch {epochs}: **{pred}**",
        "第 {epochs} 轮后的预测字符串：**{pred}**",
    ),
    "rnn.first_correct": (
        "First equal to the target at epoch {epoch}.",
        "在第 {epoch} 轮首次与目标一致。",
    ),
    "rnn.never": (
        "Never equal to the target within {epochs} epochs: try more epochs or another seed.",
        "在 {epochs} 轮内从未与目标一致：试试更多轮数或换一个种子。",
    ),
    "rnn.printout": ("The course's printout", "课程中的输出"),
    "rnn.loss_chart": (
        "Loss per epoch (dashed line: first correct epoch)",
        "每轮损失（虚线：首次预测正确的轮次）",
    ),
    "rnn.inside": ("Inside the network", "网络内部"),
    "rnn.epoch_slider": ("epoch to inspect", "查看的轮次"),
    "rnn.hidden": ("Hidden state per time step", "每个时间步的隐藏状态"),
    "rnn.probs": ("Softmax probabilities per time step", "每个时间步的 softmax 概率"),
    "rnn.unrolled": ("Unrolled over time", "按时间展开"),
    "rnn.shapes": ("Tensor shapes of this run", "本次运行的张量形状"),
    "rnn.batch_first": (
        "`nn.RNN` expects input of shape (seq_len, batch, input_size) by default; with `batch_first=True` (version c) "
        "it is (batch, seq_len, input_size). The hidden state is always (num_layers, batch, hidden_size).",
        "`nn.RNN` 默认输入形状为 (seq_len, batch, input_size)；设置 `batch_first=True`（版本 c）后为 (batch, seq_len, input_size)。"
        "隐藏状态始终是 (num_layers, batch, hidden_size)。",
    ),
    "rnn.same_as_cell": (
        "Versions (a) and (b) compute the same thing: with the same seed they make identical predictions "
        "every epoch (their losses differ only by the sum-vs-mean over time steps, which Adam ignores).",
        "版本 (a) 和 (b) 计算的是同一件事：同一个种子下它们每轮的预测完全相同（损失只差在对时间步求和还是求平均，Adam 对此不敏感）。",
    ),
    "rnn.seeds": ("Across seeds: initialisation and luck", "不同种子：初始化与运气"),
    "rnn.seeds_note": (
        "Train this version from 20 seeds for 100 epochs each and see when (and whether) each reaches the target.",
        "用 20 个种子各训练该版本 100 轮，看每个种子何时（以及是否）达到目标。",
    ),
    "rnn.seeds_run": ("Run 20 seeds", "运行 20 个种子"),
    "rnn.seeds_median": ("median first-correct epoch", "首次正确轮次的中位数"),
    "rnn.seeds_stable": ("stably correct by epoch 15", "第 15 轮前稳定正确"),
    "rnn.seeds_never": ("never within 100 epochs", "100 轮内从未正确"),
    "rnn.seed_axis": ("seed", "种子"),
    "rnn.first_axis": ("first correct epoch", "首次正确的轮次"),
    "err.rnn_empty": ("Input and target strings must not be empty.", "输入和目标字符串不能为空。"),
    "err.rnn_length": (
        "Input ({a} characters) and target ({b} characters) must have the same length.",
        "输入（{a} 个字符）和目标（{b} 个字符）的长度必须相同。",
    ),
    "err.rnn_too_long": (
        "Strings may have at most {max} characters, got {n}.",
        "字符串最多 {max} 个字符，当前为 {n}。",
    ),
    # sigmoid / softmax
    "ss.title": ("Sigmoid & softmax", "Sigmoid 与 softmax"),
    "ss.blurb": (
        "Sigmoid, logistic regression and BCE; softmax with temperature, shift invariance, stability, cross-entropy.",
        "Sigmoid、逻辑回归与 BCE；带温度的 softmax、平移不变性、数值稳定性与交叉熵。",
    ),
    "ss.intro": (
        "From one probability to many: Liu Er lecture 6 (logistic regression) and lecture 9 / D2L 4.1 (softmax, cross-entropy).",
        "从一个概率到多个概率：刘二大人第 6 讲（逻辑回归）和第 9 讲 / D2L 4.1（softmax、交叉熵）。",
    ),
    "ss.sigmoid": ("1 · Sigmoid", "1 · Sigmoid 函数"),
    "ss.w": ("w", "w"),
    "ss.b": ("b", "b"),
    "ss.compare": ("Compare with tanh and ReLU", "与 tanh 和 ReLU 对比"),
    "ss.sat_note": (
        "Shaded: where σ′(wx + b) is below 5% of its peak 0.25 — the gradient has nearly vanished, so "
        "learning through a saturated sigmoid is slow.",
        "阴影区：σ′(wx + b) 低于其峰值 0.25 的 5%——梯度几乎消失，经过饱和 sigmoid 的学习会很慢。",
    ),
    "ss.logreg": ("2 · Logistic regression, the course's example", "2 · 逻辑回归：课程示例"),
    "ss.logreg_note": (
        "x = [1, 2, 3], y = [0, 0, 1]; `Linear(1, 1)` + sigmoid, `BCELoss` (summed, as the course's "
        "`size_average=False`), SGD.",
        "x = [1, 2, 3]，y = [0, 0, 1]；`Linear(1, 1)` + sigmoid，`BCELoss`（求和，即课程中的 `size_average=False`），SGD。",
    ),
    "ss.lr": ("learning rate", "学习率"),
    "ss.epochs": ("epochs", "训练轮数"),
    "ss.train": ("Train live", "实时训练"),
    "ss.p4": ("p(y=1 | x=4.0)", "p(y=1 | x=4.0)"),
    "ss.crossing": ("0.5 crossing at x", "0.5 分界点 x"),
    "ss.wb": ("learned w, b", "学到的 w, b"),
    "ss.prob_curve": (
        "Probability curve over x ∈ [0, 10]; dots: the training data; dashed: the 0.5 crossing.",
        "x ∈ [0, 10] 上的概率曲线；圆点：训练数据；虚线：0.5 分界点。",
    ),
    "ss.bce": ("3 · Binary cross-entropy", "3 · 二元交叉熵"),
    "ss.bce_note": (
        "BCE = −[y log p + (1 − y) log(1 − p)]: the cross-entropy between the true distribution (y, 1 − y) "
        "and the predicted one (p, 1 − p). It grows without bound as the prediction becomes confidently wrong.",
        "BCE = −[y log p + (1 − y) log(1 − p)]：真实分布 (y, 1 − y) 与预测分布 (p, 1 − p) 之间的交叉熵。预测越自信地错，损失越趋于无穷大。",
    ),
    "ss.bce_table": (
        "For target y = 1 in float32: `sigmoid` rounds to exactly 0 or 1 for large |z|. `BCELoss` then clamps "
        "log(0) to −100 (wrong loss at z = −200) and its gradient is 0 (no learning), while `BCEWithLogitsLoss` "
        "works from z with log-sum-exp and stays exact. Use the logits form.",
        "目标 y = 1，float32：|z| 很大时 `sigmoid` 恰好舍入为 0 或 1。此时 `BCELoss` 把 log(0) 截断为 −100"
        "（z = −200 时损失错误），梯度为 0（无法学习）；而 `BCEWithLogitsLoss` 直接用 z 与 log-sum-exp 计算，始终精确。请使用 logits 形式。",
    ),
    "ss.softmax": ("4 · Softmax", "4 · Softmax"),
    "ss.logits_help": (
        "Edit the logits (2–10 classes). The default is D2L's example o = (0.1, 10, 0.1).",
        "编辑 logits（2–10 个类别）。默认值为 D2L 的例子 o = (0.1, 10, 0.1)。",
    ),
    "ss.temperature": ("temperature T", "温度 T"),
    "ss.argmax": (
        "argmax of the logits: **{logit}**; argmax of the probabilities: **{prob}** — softmax never changes the winner.",
        "logits 的 argmax：**{logit}**；概率的 argmax：**{prob}**——softmax 从不改变最大者。",
    ),
    "ss.terms": (
        "Each bar is exp(oᵢ/T − max) / Σⱼ exp(oⱼ/T − max); hover a bar or read the table.",
        "每根柱子是 exp(oᵢ/T − max) / Σⱼ exp(oⱼ/T − max)；悬停查看或阅读表格。",
    ),
    "ss.shift": ("5 · Shift invariance and numerical stability", "5 · 平移不变性与数值稳定性"),
    "ss.shift_q": (
        "The notes ask: softmax is shift-invariant — can we subtract the mean or the max before softmax? "
        "Yes: softmax(o + c) = softmax(o) because exp(oᵢ + c) = e^c · exp(oᵢ) and e^c cancels.",
        "笔记中的问题：softmax 具有平移不变性——能否在 softmax 前减去均值或最大值？可以：softmax(o + c) = softmax(o)，"
        "因为 exp(oᵢ + c) = e^c · exp(oᵢ)，e^c 会被约掉。",
    ),
    "ss.c": ("add a constant c", "加上常数 c"),
    "ss.sub_max": ("c = −max", "c = −max"),
    "ss.sub_mean": ("c = −mean", "c = −mean"),
    "ss.same": (
        "Largest difference between softmax(o) and softmax(o + c): {diff:.2e}",
        "softmax(o) 与 softmax(o + c) 的最大差：{diff:.2e}",
    ),
    "ss.overflow": (
        "Why subtract the max: logits [1000, 1001, 1002] in float32. exp(1000) overflows to inf, and inf/inf is NaN; "
        "after subtracting the max, exp only sees numbers ≤ 0.",
        "为什么要减去最大值：float32 下的 logits [1000, 1001, 1002]。exp(1000) 溢出为 inf，inf/inf 得到 NaN；减去最大值后，exp 的输入都 ≤ 0。",
    ),
    "ss.ce": ("6 · Cross-entropy", "6 · 交叉熵"),
    "ss.true_class": ("true class", "真实类别"),
    "ss.ce_note": (
        "CE = −log p_true = {ce:.4f}. Three ways to compute it, by class index or one-hot target, agree:",
        "CE = −log p_true = {ce:.4f}。按类别索引或独热目标，三种计算方式结果一致：",
    ),
    "err.n_classes": ("Give between 2 and {max} logits.", "请给出 2 到 {max} 个 logits。"),
    "err.bad_target": (
        "The true class must be between 0 and {last}.",
        "真实类别必须在 0 到 {last} 之间。",
    ),
    "ss.classes": ("class names, comma-separated", "类别名称（逗号分隔）"),
    "ss.logits": ("logits o, comma-separated", "logits o（逗号分隔）"),
    "err.bad_logits": (
        "Logits must be numbers separated by commas, got '{text}'.",
        "logits 必须是用逗号分隔的数字，当前为“{text}”。",
    ),
    # gradient descent
    "gd.title": ("Gradient descent", "梯度下降"),
    "gd.blurb": (
        "Step gradient descent by hand, find the learning-rate regimes, race optimizers, see what backward() does.",
        "手动单步执行梯度下降，认识学习率的几种情形，让优化器赛跑，看看 backward() 做了什么。",
    ),
    "gd.intro": (
        "Liu Er lectures 3–4 and D2L 12.3–12.10: cost(w) = mean((x·w − y)²) with x = [1, 2, 3], y = [2, 4, 6], "
        "then 2-D surfaces where SGD, momentum, RMSprop and Adam race.",
        "刘二大人第 3–4 讲与 D2L 12.3–12.10：cost(w) = mean((x·w − y)²)，x = [1, 2, 3]，y = [2, 4, 6]；"
        "然后在二维曲面上让 SGD、动量法、RMSprop 和 Adam 赛跑。",
    ),
    "gd.stepper": ("1 · Step by hand", "1 · 手动单步"),
    "gd.w0": ("start w", "初始 w"),
    "gd.lr": ("learning rate α", "学习率 α"),
    "gd.bias": ("also learn b", "同时学习 b"),
    "gd.n": ("N steps", "步数 N"),
    "gd.step": ("Step", "单步"),
    "gd.run_n": ("Run N steps", "运行 N 步"),
    "gd.play": ("Play", "播放"),
    "gd.pause": ("Pause", "暂停"),
    "gd.reset": ("Reset", "重置"),
    "gd.w_now": ("w", "w"),
    "gd.b_now": ("b", "b"),
    "gd.cost_now": ("cost", "损失"),
    "gd.steps_done": ("steps", "步数"),
    "gd.no_step": ("Press Step to take the first step.", "点击“单步”迈出第一步。"),
    "gd.curve": (
        "cost(w) at the current b; ● now, ○ earlier steps, dashed: the tangent (slope = gradient).",
        "当前 b 下的 cost(w)；● 当前点，○ 之前的步，虚线：切线（斜率 = 梯度）。",
    ),
    "gd.diverged": (
        "Diverged at step {k}: |w| grew past 10¹². Lower the learning rate and press Reset.",
        "在第 {k} 步发散：|w| 超过 10¹²。请降低学习率并点击“重置”。",
    ),
    "gd.regimes": ("2 · Learning-rate regimes", "2 · 学习率的几种情形"),
    "gd.regime_text": (
        "On this quadratic every step multiplies the error w − w* by (1 − αL), where L = {L:.3f} is the "
        "curvature. Thresholds: 1/L = **{inv:.4f}** (one step lands on the minimum) and 2/L = **{inv2:.4f}** "
        "(beyond it, the steps grow). At α = {lr:g}: 1 − αL = {factor:.3f}.",
        "在这个二次函数上，每一步都把误差 w − w* 乘以 (1 − αL)，其中 L = {L:.3f} 是曲率。阈值：1/L = **{inv:.4f}**"
        "（一步到达最小值），2/L = **{inv2:.4f}**（超过它步长会越来越大）。当 α = {lr:g} 时：1 − αL = {factor:.3f}。",
    ),
    "gd.r.too_slow": (
        "Too slow: α < 0.1/L, the error shrinks by less than 10% per step.",
        "太慢：α < 0.1/L，误差每步缩小不到 10%。",
    ),
    "gd.r.converging": (
        "Converging: 0.1/L ≤ α ≤ 1/L, w approaches w* from one side.",
        "收敛：0.1/L ≤ α ≤ 1/L，w 从一侧逼近 w*。",
    ),
    "gd.r.oscillating": (
        "Oscillating: 1/L < α < 2/L, w overshoots w* each step but still converges.",
        "振荡：1/L < α < 2/L，w 每步都越过 w*，但仍然收敛。",
    ),
    "gd.r.diverging": (
        "Diverging: α ≥ 2/L, every step overshoots further than the last.",
        "发散：α ≥ 2/L，每一步都比上一步越过得更远。",
    ),
    "gd.sgd": ("3 · GD vs SGD", "3 · 梯度下降 vs 随机梯度下降"),
    "gd.sgd_note": (
        "GD takes one step per epoch with the mean gradient; the course's SGD takes one step per sample. Loss after every "
        "update (x axis counts samples seen), log scale: SGD's path is noisier but it updates three times as often.",
        "GD 每轮用平均梯度走一步；课程中的 SGD 每个样本走一步。横轴为已见样本数，纵轴为每次更新后的损失（对数坐标）："
        "SGD 的路径更嘈杂，但更新次数是 GD 的三倍。",
    ),
    "gd.sgd_lr": ("learning rate (both)", "学习率（两者相同）"),
    "gd.surfaces": ("4 · Optimizers on 2-D surfaces", "4 · 二维曲面上的优化器"),
    "gd.surface": ("surface", "曲面"),
    "gd.s.bowl": ("elongated bowl", "狭长碗形"),
    "gd.s.rosenbrock": ("Rosenbrock", "Rosenbrock 函数"),
    "gd.s.saddle": ("saddle x² − y²", "鞍点 x² − y²"),
    "gd.s.himmelblau": ("several minima (Himmelblau)", "多个极小值（Himmelblau）"),
    "gd.condition": ("condition number κ", "条件数 κ"),
    "gd.start_x": ("start x", "起点 x"),
    "gd.start_y": ("start y", "起点 y"),
    "gd.perturb": ("perturbation added to start y", "加到起点 y 上的扰动"),
    "gd.steps": ("steps", "步数"),
    "gd.optimizers": ("optimizers", "优化器"),
    "gd.opt_settings": ("{name} settings", "{name} 参数"),
    "gd.contour": (
        "Contour of f (log colour), trajectories from the same start; ✕ marks a minimum.",
        "f 的等高线（对数色标），从同一起点出发的轨迹；✕ 标出极小值。",
    ),
    "gd.loss_steps": ("f after each step (symlog scale)", "每一步后的 f（symlog 坐标）"),
    "gd.opt_diverged": (
        "{name} diverged at step {k}: its trajectory is cut there. Lower its learning rate.",
        "{name} 在第 {k} 步发散：轨迹在此截断。请降低它的学习率。",
    ),
    "gd.left_plot": (
        "{name} left the plotted area at step {k} (it keeps going downhill).",
        "{name} 在第 {k} 步离开了绘图区域（它还在继续下降）。",
    ),
    "gd.saddle_note": (
        "Start exactly on the ridge (perturbation 0) and every optimizer slides into the saddle point and stalls: the "
        "gradient has no y-component. A tiny perturbation lets momentum and Adam escape quickly while plain GD lingers.",
        "起点恰好在脊线上（扰动为 0）时，所有优化器都滑入鞍点并停滞：梯度没有 y 分量。加一个微小扰动，动量法和 Adam 很快逃离，而普通 GD 仍在附近徘徊。",
    ),
    "gd.scratch": ("5 · From scratch = torch.optim", "5 · 从零实现 = torch.optim"),
    "gd.scratch_note": (
        "Each optimizer's update written from scratch in core, against the real `torch.optim` class from the same start.",
        "每个优化器的更新都在 core 中从零实现，并与真实的 `torch.optim` 类从同一起点对比。",
    ),
    "gd.backward": ("6 · What backward() does", "6 · backward() 做了什么"),
    "gd.backward_note": (
        "The graph of cost at the current w = {w:.3f}: each node shows its forward value and the gradient of the "
        "loss with respect to it, flowing back (red). The gradient at w is {g:.4f}, which is exactly `w.grad` after "
        "`loss.backward()`; the hand-derived formula gives {hand:.4f}.",
        "当前 w = {w:.3f} 时损失的计算图：每个节点显示其前向值，以及损失对它的梯度（红色，反向流动）。w 处的梯度为 {g:.4f}，"
        "正是 `loss.backward()` 之后的 `w.grad`；手推公式给出 {hand:.4f}。",
    ),
    "gd.accumulate": (
        "Call backward() three times without grad.zero_()",
        "不调用 grad.zero_()，连续调用三次 backward()",
    ),
    "gd.accumulate_note": (
        "Gradients accumulate: each backward() adds to w.grad. That is why the course calls "
        "`w.grad.data.zero_()` after every update.",
        "梯度会累加：每次 backward() 都加到 w.grad 上。这就是课程在每次更新后调用 `w.grad.data.zero_()` 的原因。",
    ),
    "gd.call": ("backward() call", "第几次 backward()"),
    "err.lr_positive": (
        "The learning rate must be positive, got {value}.",
        "学习率必须为正数，当前为 {value}。",
    ),
    "err.surface": ("Unknown surface {name}.", "未知曲面 {name}。"),
    "err.optimizer": ("Unknown optimizer {name}.", "未知优化器 {name}。"),
    # diabetes MLP
    "dm.title": ("Diabetes MLP", "糖尿病 MLP"),
    "dm.blurb": (
        "The course's 8→6→4→1 network on real patient data: trained live, evaluated honestly, looked inside.",
        "课程中的 8→6→4→1 网络用于真实病人数据：实时训练、诚实评估、观察内部。",
    ),
    "dm.intro": (
        "Liu Er lectures 7–8 on the Pima Indians diabetes data (768 patients, 8 measurements): will the patient develop "
        "diabetes within five years? `Linear(8,6)` → `Linear(6,4)` → `Linear(4,1)` with sigmoids, BCE loss, SGD, "
        "`Dataset` + `DataLoader` minibatches.",
        "刘二大人第 7–8 讲，使用 Pima 印第安人糖尿病数据（768 位病人，8 项测量）：病人五年内是否会患糖尿病？"
        "`Linear(8,6)` → `Linear(6,4)` → `Linear(4,1)` 加 sigmoid，BCE 损失，SGD，`Dataset` + `DataLoader` 小批量。",
    ),
    "dm.data": ("1 · The data", "1 · 数据"),
    "dm.balance": (
        "Class balance: {neg:.1%} without diabetes (0), {pos:.1%} with (1). Always predicting 0 is right {neg:.1%} "
        "of the time: that is the baseline to beat.",
        "类别比例：{neg:.1%} 未患病 (0)，{pos:.1%} 患病 (1)。永远预测 0 的准确率就是 {neg:.1%}：这是要超越的基线。",
    ),
    "dm.feature": ("feature", "特征"),
    "dm.hist": ("Distribution of {feature} by outcome", "{feature} 按结果的分布"),
    "dm.missing": (
        "Zeros that mean “not measured”: {counts}. A glucose or BMI of 0 is impossible.",
        "表示“未测量”的 0：{counts}。血糖或 BMI 为 0 是不可能的。",
    ),
    "dm.impute": ("Replace those zeros with the training-set median", "用训练集中位数替换这些 0"),
    "dm.impute_help": (
        "The median is computed on the training rows only, like the standardisation, so nothing about the test "
        "rows leaks into training.",
        "中位数只在训练行上计算（标准化也是），因此测试行的任何信息都不会泄漏到训练中。",
    ),
    "dm.split": (
        "Stratified split with the sidebar seed: {train} training and {test} test patients; features standardised "
        "with the training rows' mean and standard deviation.",
        "按侧边栏种子分层划分：{train} 位训练病人、{test} 位测试病人；特征用训练行的均值和标准差标准化。",
    ),
    "dm.model": ("2 · Model and training", "2 · 模型与训练"),
    "dm.hidden": (
        "hidden layer sizes (empty = logistic regression)",
        "隐藏层大小（留空 = 逻辑回归）",
    ),
    "dm.activation": ("activation", "激活函数"),
    "dm.optimizer": ("optimizer", "优化器"),
    "dm.opt.sgd": ("SGD", "SGD"),
    "dm.opt.momentum": ("SGD + momentum 0.9", "SGD + 动量 0.9"),
    "dm.opt.adam": ("Adam", "Adam"),
    "dm.lr": ("learning rate", "学习率"),
    "dm.batch": ("batch size (0 = full batch)", "批量大小（0 = 全批量）"),
    "dm.epochs": ("epochs", "训练轮数"),
    "dm.train": ("Train", "训练"),
    "dm.lr_note": (
        "With the course's lr 0.01 and full batches, the sigmoid network sits at the majority-class accuracy for "
        "thousands of epochs (measured: 65.6% train after 20,000 steps): the gradients through two sigmoid layers are "
        "tiny. lr 0.1 with minibatches of 32 gets to about 77%.",
        "使用课程的 lr 0.01 和全批量时，sigmoid 网络会在几千轮内一直停留在多数类准确率（实测：20,000 步后训练准确率 65.6%）："
        "穿过两层 sigmoid 的梯度非常小。lr 0.1、小批量 32 可以达到约 77%。",
    ),
    "dm.loss_note": (
        "`forward` returns logits and the loss is `BCEWithLogitsLoss`: the course's `Sigmoid` + `BCELoss`, fused so "
        "it stays exact when the sigmoid saturates.",
        "`forward` 返回 logits，损失为 `BCEWithLogitsLoss`：即课程中的 `Sigmoid` + `BCELoss`，融合后在 sigmoid 饱和时依然精确。",
    ),
    "dm.press_train": (
        "Press Train to train the network with these settings.",
        "点击“训练”用这些设置训练网络。",
    ),
    "dm.stale": (
        "The data settings or seed changed since this model was trained; press Train again.",
        "模型训练后数据设置或种子已改变；请重新点击“训练”。",
    ),
    "dm.results": ("3 · Results on the test patients", "3 · 测试病人上的结果"),
    "dm.test_acc": ("test accuracy", "测试准确率"),
    "dm.baseline": ("majority baseline", "多数类基线"),
    "dm.precision": ("precision", "精确率"),
    "dm.recall": ("recall", "召回率"),
    "dm.auc": ("ROC AUC", "ROC AUC"),
    "dm.overfit": (
        "Train accuracy ({train:.1%}) is running away from test accuracy ({test:.1%}): the network is starting to "
        "memorise the training patients. Fewer epochs or a smaller network would generalise better.",
        "训练准确率（{train:.1%}）明显高于测试准确率（{test:.1%}）：网络开始记住训练病人。更少的轮数或更小的网络会泛化得更好。",
    ),
    "dm.confusion": (
        "Confusion matrix (rows: truth, columns: prediction)",
        "混淆矩阵（行：真实，列：预测）",
    ),
    "dm.roc": (
        "ROC curve: every threshold, true positive rate against false positive rate",
        "ROC 曲线：每个阈值下的真正例率对假正例率",
    ),
    "dm.inside": ("4 · Inside the network", "4 · 网络内部"),
    "dm.source": ("patient", "病人"),
    "dm.src.row": ("a test patient", "一位测试病人"),
    "dm.src.form": ("fill in the form", "填写表单"),
    "dm.row": ("test patient #", "测试病人编号"),
    "dm.prob": ("predicted probability of diabetes", "预测患病概率"),
    "dm.truth": ("truth: {y}", "真实值：{y}"),
    "dm.diagram": (
        "Every neuron's activation for this patient (colour = value; inputs are standardised).",
        "该病人每个神经元的激活值（颜色 = 数值；输入已标准化）。",
    ),
    "dm.upload": ("5 · Your own CSV", "5 · 上传你自己的 CSV"),
    "dm.upload_help": (
        "A CSV with the 8 feature columns (Outcome optional), at most 1 MB. The trained model predicts every row.",
        "包含 8 个特征列的 CSV（Outcome 可选），不超过 1 MB。训练好的模型会预测每一行。",
    ),
    "dm.upload_acc": (
        "Accuracy on your file's {n} rows: {acc:.1%}",
        "在你文件的 {n} 行上的准确率：{acc:.1%}",
    ),
    "dm.download": ("6 · Download", "6 · 下载"),
    "dm.dl_model": ("model state_dict (.pt)", "模型 state_dict (.pt)"),
    "dm.dl_history": ("training history (.csv)", "训练历史 (.csv)"),
    "err.csv_missing": ("Missing columns: {cols}.", "缺少列：{cols}。"),
    "err.csv_extra": ("Unexpected columns: {cols}.", "多余的列：{cols}。"),
    "err.csv_empty": ("The file has a header but no rows.", "文件只有表头，没有数据行。"),
    "err.csv_not_numeric": (
        "Column {col}, row {row}: '{value}' is not a number.",
        "第 {row} 行 {col} 列：“{value}”不是数字。",
    ),
    "err.csv_blank": ("Column {col} has empty cells.", "{col} 列有空单元格。"),
    "err.csv_range": (
        "Column {col}, row {row}: {value} is outside {low}–{high}.",
        "第 {row} 行 {col} 列：{value} 超出范围 {low}–{high}。",
    ),
    "err.csv_target": ("Outcome must be 0 or 1.", "Outcome 必须是 0 或 1。"),
    "err.csv_empty_file": ("The file is empty.", "文件是空的。"),
    "err.csv_too_big": (
        "The file has {size} bytes; the limit is {limit}.",
        "文件大小为 {size} 字节；上限为 {limit}。",
    ),
    "err.csv_unreadable": (
        "This is not a readable CSV file ({reason}).",
        "这不是可读取的 CSV 文件（{reason}）。",
    ),
    "err.activation": ("Unknown activation {name}.", "未知激活函数 {name}。"),
    "err.too_many_layers": ("At most 4 hidden layers.", "最多 4 个隐藏层。"),
    "err.bad_hidden": (
        "Hidden sizes must be whole numbers separated by commas, got '{text}'.",
        "隐藏层大小必须是用逗号分隔的整数，当前为“{text}”。",
    ),
    # mnist
    "mn.title": ("MNIST CNN", "MNIST 卷积网络"),
    "mn.blurb": (
        "Draw a digit and see what the CNN sees and thinks; train it live in seconds.",
        "画一个数字，看看 CNN 看到了什么、想到了什么；几秒钟内实时训练它。",
    ),
    "mn.intro": (
        "Liu Er lectures 9–11: the fully connected 784-512-256-128-64-10 network and the CNN "
        "`Conv2d(1,10,5)` → `MaxPool2d(2)` → `Conv2d(10,20,5)` → `MaxPool2d(2)` → `Linear(320,10)`. "
        "Both come pretrained, so the canvas works at once.",
        "刘二大人第 9–11 讲：全连接网络 784-512-256-128-64-10，以及 CNN "
        "`Conv2d(1,10,5)` → `MaxPool2d(2)` → `Conv2d(10,20,5)` → `MaxPool2d(2)` → `Linear(320,10)`。两者都已预训练，画板立即可用。",
    ),
    "mn.draw": ("1 · Draw a digit", "1 · 画一个数字"),
    "mn.stroke": ("stroke width", "笔画宽度"),
    "mn.clear": ("Clear", "清除"),
    "mn.model": ("model", "模型"),
    "mn.m.cnn": ("CNN (pretrained, {acc:.2%} test)", "CNN（预训练，测试准确率 {acc:.2%}）"),
    "mn.m.fc": (
        "fully connected (pretrained, {acc:.2%} test)",
        "全连接（预训练，测试准确率 {acc:.2%}）",
    ),
    "mn.m.session": ("the model you trained ({kind})", "你训练的模型（{kind}）"),
    "mn.empty": (
        "Draw a digit on the black square (the canvas is empty or nearly so).",
        "请在黑色方块上画一个数字（画板是空的或几乎是空的）。",
    ),
    "mn.seen": (
        "What the network receives: 28×28, cropped, scaled to 20 px, centred by centre of mass",
        "网络接收到的图像：28×28，裁剪、缩放到 20 像素、按质心居中",
    ),
    "mn.prediction": ("prediction", "预测"),
    "mn.confidence": ("{p:.1%} sure", "置信度 {p:.1%}"),
    "mn.inside": ("2 · Inside the CNN for your digit", "2 · 你的数字在 CNN 内部"),
    "mn.conv1_maps": ("conv1: 10 feature maps, 24×24", "conv1：10 个特征图，24×24"),
    "mn.conv2_maps": ("conv2: 20 feature maps, 8×8", "conv2：20 个特征图，8×8"),
    "mn.kernels": (
        "conv1's 10 kernels, 5×5 (red positive, blue negative)",
        "conv1 的 10 个卷积核，5×5（红正蓝负）",
    ),
    "mn.fc_inside": ("Pick the CNN to see its feature maps.", "选择 CNN 以查看其特征图。"),
    "mn.arch": ("3 · The two architectures", "3 · 两种网络结构"),
    "mn.conv": ("4 · Convolution and pooling by hand", "4 · 手算卷积与池化"),
    "mn.n": ("input size n", "输入大小 n"),
    "mn.k": ("kernel size k", "卷积核大小 k"),
    "mn.p": ("padding p", "填充 p"),
    "mn.s": ("stride s", "步幅 s"),
    "mn.formula": (
        "Output size ⌊(n + 2p − k) / s⌋ + 1 = ⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = **{out}**",
        "输出大小 ⌊(n + 2p − k) / s⌋ + 1 = ⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = **{out}**",
    ),
    "mn.example": (
        "The course's example: a 5×5 input and the 3×3 kernel 1…9, with your padding and stride (n = 5, k = 3).",
        "课程中的例子：5×5 输入与 3×3 卷积核 1…9，使用你选的填充与步幅（n = 5，k = 3）。",
    ),
    "mn.pool": (
        "MaxPool2d(2) on the top-left 4×4: each output is the largest value of its 2×2 block.",
        "对左上角 4×4 做 MaxPool2d(2)：每个输出是其 2×2 块中的最大值。",
    ),
    "mn.train": ("5 · Train live", "5 · 实时训练"),
    "mn.why_preload": (
        "Why this trains fast: the course's `DataLoader` applies `ToTensor` + `Normalize` to every image in every "
        "batch, and that per-sample work is about half of each step. Here the normalised tensors are made once "
        "and batches are slices of them; with Adam + OneCycle one epoch reaches ~98.7% in a few seconds.",
        "为什么训练这么快：课程中的 `DataLoader` 在每个批次对每张图片执行 `ToTensor` + `Normalize`，这些逐样本的工作约占每步时间的一半。"
        "这里标准化后的张量只生成一次，批次直接从中切片；配合 Adam + OneCycle，一轮约几秒即可达到约 98.7%。",
    ),
    "mn.recipe": ("recipe", "训练方案"),
    "mn.r.course": ("course: SGD lr 0.01, momentum 0.5", "课程：SGD lr 0.01，动量 0.5"),
    "mn.r.fast": (
        "fast: Adam + OneCycle (+ bfloat16 where supported)",
        "快速：Adam + OneCycle（硬件支持时使用 bfloat16）",
    ),
    "mn.train_model": ("model to train", "要训练的模型"),
    "mn.k.cnn": ("CNN", "CNN"),
    "mn.k.fc": ("fully connected", "全连接"),
    "mn.epochs": ("epochs", "训练轮数"),
    "mn.batch": ("batch size", "批量大小"),
    "mn.train_btn": ("Train", "训练"),
    "mn.device": (
        "Training on {device} with {threads} CPU threads; bfloat16 for the fast recipe: {bf16}.",
        "在 {device} 上训练，使用 {threads} 个 CPU 线程；快速方案使用 bfloat16：{bf16}。",
    ),
    "mn.loading": ("Loading MNIST (once per server)…", "正在加载 MNIST（每个服务器只加载一次）…"),
    "mn.result": (
        "Test accuracy {acc:.2%} after {seconds:.1f} s of training.",
        "训练 {seconds:.1f} 秒后测试准确率 {acc:.2%}。",
    ),
    "mn.confusion": ("Confusion matrix on the 10,000 test digits", "10,000 张测试数字上的混淆矩阵"),
    "mn.truth": ("true digit", "真实数字"),
    "mn.pred": ("predicted digit", "预测数字"),
    "mn.wrong": ("Misclassified test digits (true → predicted)", "被分错的测试数字（真实 → 预测）"),
    "mn.download": ("Download this model's state_dict", "下载该模型的 state_dict"),
    "mn.no_data": (
        "Training needs the MNIST files; the canvas above still works with the shipped weights.",
        "训练需要 MNIST 数据文件；上面的画板仍可使用内置权重。",
    ),
    "err.canvas_shape": ("Expected an H × W × RGBA image.", "需要一张 H × W × RGBA 图像。"),
    "err.model_kind": ("Unknown model {name}.", "未知模型 {name}。"),
    "err.recipe": ("Unknown recipe {name}.", "未知训练方案 {name}。"),
    "err.kernel_too_big": (
        "The kernel ({k}) is larger than the padded input ({size}).",
        "卷积核（{k}）大于填充后的输入（{size}）。",
    ),
}


def lang() -> str:
    return st.session_state.get("lang", "en")


def t(key: str, **params) -> str:
    en, zh = TABLE[key]
    text = zh if lang() == "zh" else en
    return text.format(**params) if params else text


def translate_error(exc: Exception) -> str:
    key = f"err.{getattr(exc, 'key', '')}"
    if key in TABLE:
        try:
            return t(key, **getattr(exc, "params", {}))
        except (KeyError, IndexError):
            pass
    return str(exc)

"""RNN hello→ohlol page. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "rnn.title": {
        "en": "RNN: hello → ohlol",
        "zh": "RNN：hello → ohlol",
    },
    "rnn.blurb": {
        "en": "Watch a recurrent network learn to turn one string into another, step by step.",
        "zh": "看循环神经网络一步步学会把一个字符串变成另一个。",
    },
    "rnn.intro": {
        "en": "Liu Er lectures 12–13: one-hot characters go in, the network must output the target character at every time step. Three versions, as the course writes them: (a) `RNNCell` looped by hand, (b) `nn.RNN` over the whole sequence, (c) `nn.Embedding` + a two-layer `nn.RNN(batch_first=True)` + `nn.Linear`.",
        "zh": "刘二大人第 12–13 讲：输入独热编码的字符，网络需要在每个时间步输出目标字符。课程中的三个版本：(a) 手动循环的 `RNNCell`，(b) 处理整个序列的 `nn.RNN`，(c) `nn.Embedding` + 两层 `nn.RNN(batch_first=True)` + `nn.Linear`。",
    },
    "rnn.version": {
        "en": "Version",
        "zh": "版本",
    },
    "rnn.v.cell": {
        "en": "(a) RNNCell, looped",
        "zh": "(a) RNNCell，手动循环",
    },
    "rnn.v.rnn": {
        "en": "(b) nn.RNN",
        "zh": "(b) nn.RNN",
    },
    "rnn.v.embedding": {
        "en": "(c) Embedding + RNN + Linear",
        "zh": "(c) Embedding + RNN + Linear",
    },
    "rnn.source": {
        "en": "input string",
        "zh": "输入字符串",
    },
    "rnn.target": {
        "en": "target string",
        "zh": "目标字符串",
    },
    "rnn.epochs": {
        "en": "epochs",
        "zh": "训练轮数",
    },
    "rnn.lr": {
        "en": "Adam learning rate",
        "zh": "Adam 学习率",
    },
    "rnn.seed_note": {
        "en": "Weights are initialised with seed {seed} (this version's pinned seed {pinned} + the sidebar seed {g}).",
        "zh": "权重用种子 {seed} 初始化（该版本固定的种子 {pinned} + 侧边栏种子 {g}）。",
    },
    "rnn.vocab": {
        "en": "Vocabulary (idx2char): {vocab}",
        "zh": "词表（`idx2char`）：{vocab}",
    },
    "rnn.train": {
        "en": "Train",
        "zh": "训练",
    },
    "rnn.press_train": {
        "en": "Press Train to run the course's loop with these settings.",
        "zh": "点击“训练”用这些设置运行课程的训练循环。",
    },
    "rnn.stale": {
        "en": "Settings changed since this run; press Train to run again.",
        "zh": "设置已在本次运行后修改；点击“训练”重新运行。",
    },
    "rnn.result": {
        "en": "Predicted string after epoch {epochs}: **{pred}**",
        "zh": "第 {epochs} 轮后的预测字符串：**{pred}**",
    },
    "rnn.first_correct": {
        "en": "First equal to the target at epoch {epoch}.",
        "zh": "在第 {epoch} 轮首次与目标一致。",
    },
    "rnn.never": {
        "en": "Never equal to the target within {epochs} epochs: try more epochs or another seed.",
        "zh": "在 {epochs} 轮内从未与目标一致：试试更多轮数或换一个种子。",
    },
    "rnn.printout": {
        "en": "The course's printout",
        "zh": "课程中的输出",
    },
    "rnn.loss_chart": {
        "en": "Loss per epoch (dashed line: first correct epoch)",
        "zh": "每轮损失（虚线：首次预测正确的轮次）",
    },
    "rnn.inside": {
        "en": "Inside the network",
        "zh": "网络内部",
    },
    "rnn.epoch_slider": {
        "en": "epoch to inspect",
        "zh": "查看的轮次",
    },
    "rnn.hidden": {
        "en": "Hidden state per time step",
        "zh": "每个时间步的隐藏状态",
    },
    "rnn.probs": {
        "en": "Softmax probabilities per time step",
        "zh": "每个时间步的 softmax 概率",
    },
    "rnn.unrolled": {
        "en": "Unrolled over time",
        "zh": "按时间展开",
    },
    "rnn.shapes": {
        "en": "Tensor shapes of this run",
        "zh": "本次运行的张量形状",
    },
    "rnn.batch_first": {
        "en": "`nn.RNN` expects input of shape `(seq_len, batch, input_size)` by default; with `batch_first=True` (version c) it is `(batch, seq_len, input_size)`. The hidden state is always `(num_layers, batch, hidden_size)`.",
        "zh": "`nn.RNN` 默认输入形状为 `(seq_len, batch, input_size)`；设置 `batch_first=True`（版本 c）后为 `(batch, seq_len, input_size)`。隐藏状态始终是 `(num_layers, batch, hidden_size)`。",
    },
    "rnn.same_as_cell": {
        "en": "Versions (a) and (b) compute the same thing: with the same seed they make identical predictions every epoch (their losses differ only by the sum-vs-mean over time steps, which Adam ignores).",
        "zh": "版本 (a) 和 (b) 计算的是同一件事：同一个种子下它们每轮的预测完全相同（损失只差在对时间步求和还是求平均，Adam 对此不敏感）。",
    },
    "rnn.seeds": {
        "en": "Across seeds: initialisation and luck",
        "zh": "不同种子：初始化与运气",
    },
    "rnn.seeds_note": {
        "en": "Train this version from 20 seeds for 100 epochs each and see when (and whether) each reaches the target.",
        "zh": "用 20 个种子各训练该版本 100 轮，看每个种子何时（以及是否）达到目标。",
    },
    "rnn.seeds_run": {
        "en": "Run 20 seeds",
        "zh": "运行 20 个种子",
    },
    "rnn.seeds_median": {
        "en": "median first-correct epoch",
        "zh": "首次正确轮次的中位数",
    },
    "rnn.seeds_stable": {
        "en": "stably correct by epoch 15",
        "zh": "第 15 轮前稳定正确",
    },
    "rnn.seeds_never": {
        "en": "never within 100 epochs",
        "zh": "100 轮内从未正确",
    },
    "rnn.seed_axis": {
        "en": "seed",
        "zh": "种子",
    },
    "rnn.first_axis": {
        "en": "first correct epoch",
        "zh": "首次正确的轮次",
    },
    "rnn.predicted": {
        "en": "predicted",
        "zh": "预测",
    },
    "rnn.axis.time": {
        "en": "time step: input→target",
        "zh": "时间步：输入→目标",
    },
    "rnn.axis.unit": {
        "en": "hidden unit",
        "zh": "隐藏单元",
    },
    "rnn.axis.char": {
        "en": "character",
        "zh": "字符",
    },
    "rnn.col.tensor": {
        "en": "tensor",
        "zh": "张量",
    },
    "rnn.col.shape": {
        "en": "shape",
        "zh": "形状",
    },
    "rnn.dot.after_embedding": {
        "en": "(1, 10) after Embedding",
        "zh": "(1, 10)，经过 Embedding",
    },
    "rnn.dot.rnn_layer": {
        "en": "RNN layer",
        "zh": "RNN 层",
    },
    "rnn.dot.rnn_stack": {
        "en": "RNN ×2 + Linear",
        "zh": "RNN ×2 + Linear",
    },
    "rnn.dot.logits": {
        "en": "(1, {v}) logits",
        "zh": "(1, {v}) 未归一化分数",
    },
    "rnn.dot.zeros": {
        "en": "zeros",
        "zh": "全零",
    },
    "rnn.yes": {
        "en": "yes",
        "zh": "是",
    },
    "rnn.no": {
        "en": "no",
        "zh": "否",
    },
    "rnn.epoch_pred": {
        "en": "epoch {epoch}: {source} → **{pred}** (target {target})",
        "zh": "第 {epoch} 轮：{source} → **{pred}**（目标 {target}）",
    },
}

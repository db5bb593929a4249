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

# ---------------------------------------------------------------- exercises (core/exercises/rnn_hello.py)
STRINGS.update(
    {
        "rnn.ex.shape.text": {
            "en": "The RNNCell version learns `{source}` → `{target}`. Its vocabulary is the distinct letters of both words, and each letter is one-hot. What is the shape of `inputs`?",
            "zh": "RNNCell 版本学习 `{source}` → `{target}`。词表是两个词中所有不同的字母，每个字母用独热编码。`inputs` 的形状是什么？",
        },
        "rnn.ex.shape.solution": {
            "en": "(seq_len, batch_size, input_size): `{source}` has as many steps as letters, the batch is 1, and input_size is the vocabulary's size, so **{answer}**. The loop feeds `inputs[t]` of shape (1, input_size) to the cell.",
            "zh": "(seq_len, batch_size, input_size)：`{source}` 的字母数就是步数，批量为 1，input_size 是词表大小，所以是 **{answer}**。循环每次把形状为 (1, input_size) 的 `inputs[t]` 送进单元。",
        },
        "rnn.ex.shape.hint.batch_first": {
            "en": "The course's RNN tensors are not batch-first: the sequence comes first, `(seq_len, batch, input_size)`.",
            "zh": "课程中的 RNN 张量不是批量维在前：序列维在最前面，`(seq_len, batch, input_size)`。",
        },
        "rnn.ex.shape.hint.no_batch": {
            "en": "The batch dimension is missing: the course keeps a batch of 1 between the steps and the letters.",
            "zh": "少了批量维：课程在步数和字母之间保留了大小为 1 的批量维。",
        },
        "rnn.ex.shape.hint.vocab": {
            "en": "input_size is the number of **distinct** letters in both words together, the length of a one-hot vector.",
            "zh": "input_size 是两个词中**不同**字母的个数，也就是独热向量的长度。",
        },
        "rnn.ex.shape.hint.alphabet": {
            "en": "The one-hot vectors cover this task's vocabulary only, not the whole alphabet.",
            "zh": "独热向量只覆盖本任务的词表，而不是整个字母表。",
        },
        "rnn.ex.own.text": {
            "en": "Liu Er's homework: make the network learn a pair of **your own** words. Type them on the page (not hello → ohlol) and train until the prediction is right **within 15 epochs**.",
            "zh": "刘二大人的作业：让网络学会**你自己的**一对词。在页面上输入它们（不要用 hello → ohlol），训练到**15 轮以内**预测正确。",
        },
        "rnn.ex.own.solution": {
            "en": "Pick two words of the same length, for example `deep` → `peed`, and press Train. Short words with few distinct letters are learned in a few epochs; if yours takes longer, raise the learning rate or try the embedding version.",
            "zh": "选两个长度相同的词，例如 `deep` → `peed`，然后点训练。字母少、不同字母也少的短词几轮就能学会；如果你的词学得慢，调大学习率或试试 embedding 版本。",
        },
        "rnn.ex.own.hint.course": {
            "en": "That is the course's own pair: type a pair of your own words first.",
            "zh": "这是课程自带的那一对：先输入你自己的一对词。",
        },
        "rnn.ex.own.hint.never": {
            "en": "In {epochs} epochs the prediction was never right. Raise the learning rate or the epochs, or try the embedding version.",
            "zh": "{epochs} 轮里预测从来没对过。调大学习率或轮数，或试试 embedding 版本。",
        },
        "rnn.ex.own.hint.slow": {
            "en": "First right at epoch {first}; it must be by epoch {most}. Try a larger learning rate.",
            "zh": "第 {first} 轮才第一次预测正确；必须在第 {most} 轮之前。试试更大的学习率。",
        },
        "rnn.ex.own.right": {
            "en": "`{source}` → `{target}`, right from epoch {first} on.",
            "zh": "`{source}` → `{target}`，从第 {first} 轮起就对了。",
        },
        "rnn.ex.emb.text": {
            "en": "The third version replaces the one-hot input with `nn.Embedding`. What does that change?",
            "zh": "第三个版本用 `nn.Embedding` 取代了独热输入。这改变了什么？",
        },
        "rnn.ex.emb.solution": {
            "en": "A one-hot vector is as long as the vocabulary and all zeros but one; `nn.Embedding` looks up a short dense vector per letter and learns it with the rest of the network. With a large vocabulary this saves memory and lets similar tokens get similar vectors.",
            "zh": "独热向量和词表一样长，除了一个位置其余全是 0；`nn.Embedding` 为每个字母查出一个短的稠密向量，并和网络其余部分一起学习它。词表很大时这能节省内存，也能让相似的词元得到相似的向量。",
        },
        "rnn.ex.emb.o.dense": {
            "en": "Each letter becomes a short learned dense vector instead of a sparse vector as long as the vocabulary",
            "zh": "每个字母变成一个可学习的短稠密向量，而不是和词表一样长的稀疏向量",
        },
        "rnn.ex.emb.o.cannot": {
            "en": "An RNN cannot read one-hot vectors, so it needs an embedding",
            "zh": "RNN 读不了独热向量，所以需要 embedding",
        },
        "rnn.ex.emb.o.seed": {
            "en": "Training no longer depends on the random seed",
            "zh": "训练不再依赖随机种子",
        },
        "rnn.ex.emb.w.dense": {
            "en": "Right: the lookup is the same as multiplying the one-hot vector by a learned matrix, done without the zeros.",
            "zh": "对：查表等价于用独热向量乘一个可学习的矩阵，只是省掉了那些 0。",
        },
        "rnn.ex.emb.w.cannot": {
            "en": "The first two versions on this page do read one-hot vectors, and learn the task.",
            "zh": "本页的前两个版本读的就是独热向量，而且学会了这个任务。",
        },
        "rnn.ex.emb.w.seed": {
            "en": "The embedding's own weights start random too; the 20-seed study below shows the spread.",
            "zh": "embedding 自己的权重也是随机初始化的；下面的 20 个种子实验展示了结果的分散程度。",
        },
    }
)

"""MNIST CNN page. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "mn.title": {
        "en": "MNIST CNN",
        "zh": "MNIST 卷积网络",
    },
    "mn.blurb": {
        "en": "Draw a digit and see what the CNN sees and thinks; train it live in seconds.",
        "zh": "画一个数字，看看 CNN 看到了什么、想到了什么；几秒钟内实时训练它。",
    },
    "mn.intro": {
        "en": "Liu Er lectures 9–11: the fully connected 784-512-256-128-64-10 network and the CNN `Conv2d(1,10,5)` → `MaxPool2d(2)` → `Conv2d(10,20,5)` → `MaxPool2d(2)` → `Linear(320,10)`. Both come pretrained, so the canvas works at once.",
        "zh": "刘二大人第 9–11 讲：全连接网络 784-512-256-128-64-10，以及 CNN `Conv2d(1,10,5)` → `MaxPool2d(2)` → `Conv2d(10,20,5)` → `MaxPool2d(2)` → `Linear(320,10)`。两者都已预训练，画板立即可用。",
    },
    "mn.draw": {
        "en": "1 · Draw a digit",
        "zh": "1 · 画一个数字",
    },
    "mn.stroke": {
        "en": "stroke width",
        "zh": "笔画宽度",
    },
    "mn.clear": {
        "en": "Clear",
        "zh": "清除",
    },
    "mn.model": {
        "en": "model",
        "zh": "模型",
    },
    "mn.m.cnn": {
        "en": "CNN (pretrained, {acc:.2%} test)",
        "zh": "CNN（预训练，测试准确率 {acc:.2%}）",
    },
    "mn.m.fc": {
        "en": "fully connected (pretrained, {acc:.2%} test)",
        "zh": "全连接（预训练，测试准确率 {acc:.2%}）",
    },
    "mn.m.session": {
        "en": "the model you trained ({kind})",
        "zh": "你训练的模型（{kind}）",
    },
    "mn.empty": {
        "en": "Draw a digit on the black square (the canvas is empty or nearly so).",
        "zh": "请在黑色方块上画一个数字（画板是空的或几乎是空的）。",
    },
    "mn.seen": {
        "en": "What the network receives: 28×28, cropped, scaled to 20 px, centred by centre of mass",
        "zh": "网络接收到的图像：28×28，裁剪、缩放到 20 像素、按质心居中",
    },
    "mn.prediction": {
        "en": "prediction",
        "zh": "预测",
    },
    "mn.confidence": {
        "en": "{p:.1%} sure",
        "zh": "置信度 {p:.1%}",
    },
    "mn.inside": {
        "en": "2 · Inside the CNN for your digit",
        "zh": "2 · 你的数字在 CNN 内部",
    },
    "mn.conv1_maps": {
        "en": "conv1: 10 feature maps, 24×24",
        "zh": "conv1：10 个特征图，24×24",
    },
    "mn.conv2_maps": {
        "en": "conv2: 20 feature maps, 8×8",
        "zh": "conv2：20 个特征图，8×8",
    },
    "mn.kernels": {
        "en": "conv1's 10 kernels, 5×5 (red positive, blue negative)",
        "zh": "conv1 的 10 个卷积核，5×5（红正蓝负）",
    },
    "mn.fc_inside": {
        "en": "Pick the CNN to see its feature maps.",
        "zh": "选择 CNN 以查看其特征图。",
    },
    "mn.arch": {
        "en": "3 · The two architectures",
        "zh": "3 · 两种网络结构",
    },
    "mn.conv": {
        "en": "4 · Convolution and pooling by hand",
        "zh": "4 · 手算卷积与池化",
    },
    "mn.n": {
        "en": "input size n",
        "zh": "输入大小 n",
    },
    "mn.k": {
        "en": "kernel size k",
        "zh": "卷积核大小 k",
    },
    "mn.p": {
        "en": "padding p",
        "zh": "填充 p",
    },
    "mn.s": {
        "en": "stride s",
        "zh": "步幅 s",
    },
    "mn.formula": {
        "en": "Output size ⌊(n + 2p − k) / s⌋ + 1 = ⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = **{out}**",
        "zh": "输出大小 ⌊(n + 2p − k) / s⌋ + 1 = ⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = **{out}**",
    },
    "mn.example": {
        "en": "The course's example: a 5×5 input and the 3×3 kernel 1…9, with your padding and stride (n = 5, k = 3).",
        "zh": "课程中的例子：5×5 输入与 3×3 卷积核 1…9，使用你选的填充与步幅（n = 5，k = 3）。",
    },
    "mn.pool": {
        "en": "MaxPool2d(2) on the top-left 4×4: each output is the largest value of its 2×2 block.",
        "zh": "对左上角 4×4 做 MaxPool2d(2)：每个输出是其 2×2 块中的最大值。",
    },
    "mn.train": {
        "en": "5 · Train live",
        "zh": "5 · 实时训练",
    },
    "mn.why_preload": {
        "en": "Why this trains fast: the course's `DataLoader` applies `ToTensor` + `Normalize` to every image in every batch; here the images are kept as one tensor and each batch is a slice, normalised at once. The fast recipe also starts conv1 at the data's principal 5×5 patterns (PCA), starts the last layer at zero and smooths the labels, so one pass counts for more. The fastest recipe keeps conv1 fixed at those patterns, so backpropagation stops at conv2: 40,000 images reach about 98.6% in one to two seconds. These settings were chosen on 10,000 training images held out for it, never on the test set.",
        "zh": "为什么训练这么快：课程中的 `DataLoader` 在每个批次对每张图片执行 `ToTensor` + `Normalize`；这里所有图片存为一个张量，每个批次是它的一个切片，并一次完成标准化。快速方案还让 conv1 从数据的 5×5 主成分模式（PCA）开始，让最后一层从零开始，并对标签做平滑，使每一遍数据更有效。最快方案让 conv1 固定在这些模式上，反向传播在 conv2 处停止：用 40,000 张图片一到两秒即可达到约 98.6%。这些设置是在专门留出的 10,000 张训练图片上选出的，从未使用测试集。",
    },
    "mn.recipe": {
        "en": "recipe",
        "zh": "训练方案",
    },
    "mn.r.course": {
        "en": "course: SGD lr 0.01, momentum 0.5",
        "zh": "课程：SGD lr 0.01，动量 0.5",
    },
    "mn.r.fast": {
        "en": "fast: Adam + OneCycle, conv1 from PCA (+ bfloat16 where supported)",
        "zh": "快速：Adam + OneCycle，conv1 从主成分（PCA）开始（支持时用 bfloat16）",
    },
    "mn.train_model": {
        "en": "model to train",
        "zh": "要训练的模型",
    },
    "mn.k.cnn": {
        "en": "CNN",
        "zh": "CNN",
    },
    "mn.k.fc": {
        "en": "fully connected",
        "zh": "全连接",
    },
    "mn.epochs": {
        "en": "epochs",
        "zh": "训练轮数",
    },
    "mn.batch": {
        "en": "batch size",
        "zh": "批量大小",
    },
    "mn.train_btn": {
        "en": "Train",
        "zh": "训练",
    },
    "mn.device": {
        "en": "Training on {device} with {threads} CPU threads; bfloat16 for the fast recipes: {bf16}.",
        "zh": "在 {device} 上训练，使用 {threads} 个 CPU 线程；快速与最快方案使用 bfloat16：{bf16}。",
    },
    "mn.loading": {
        "en": "Loading MNIST (once per server)…",
        "zh": "正在加载 MNIST（每个服务器只加载一次）…",
    },
    "mn.result": {
        "en": "Test accuracy {acc:.2%} after {seconds:.1f} s of training.",
        "zh": "训练 {seconds:.1f} 秒后测试准确率 {acc:.2%}。",
    },
    "mn.confusion": {
        "en": "Confusion matrix on the 10,000 test digits",
        "zh": "10,000 张测试数字上的混淆矩阵",
    },
    "mn.truth": {
        "en": "true digit",
        "zh": "真实数字",
    },
    "mn.pred": {
        "en": "predicted digit",
        "zh": "预测数字",
    },
    "mn.wrong": {
        "en": "Misclassified test digits (true → predicted)",
        "zh": "被分错的测试数字（真实 → 预测）",
    },
    "mn.download": {
        "en": "Download this model's state_dict",
        "zh": "下载该模型的 state_dict",
    },
    "mn.digit": {
        "en": "digit",
        "zh": "数字",
    },
    "mn.probability": {
        "en": "probability",
        "zh": "概率",
    },
    "mn.count": {
        "en": "count",
        "zh": "数量",
    },
    "mn.step": {
        "en": "update step",
        "zh": "更新步数",
    },
    "mn.ex_p": {
        "en": "padding p (example)",
        "zh": "填充 p（示例）",
    },
    "mn.ex_s": {
        "en": "stride s (example)",
        "zh": "步幅 s（示例）",
    },
    "mn.m_input": {
        "en": "input {size}",
        "zh": "输入 {size}",
    },
    "mn.m_kernel": {
        "en": "kernel {size}",
        "zh": "卷积核 {size}",
    },
    "mn.m_output": {
        "en": "output {size}",
        "zh": "输出 {size}",
    },
    "mn.col.layer": {
        "en": "layer",
        "zh": "层",
    },
    "mn.col.shape": {
        "en": "output shape",
        "zh": "输出形状",
    },
    "mn.col.params": {
        "en": "parameters",
        "zh": "参数量",
    },
    "mn.col.total": {
        "en": "total",
        "zh": "合计",
    },
    "mn.r.frozen": {
        "en": "fastest: fast + conv1 frozen (PCA)",
        "zh": "最快：快速 + 固定 conv1（PCA）",
    },
    "mn.r.hardest": {
        "en": "hardest: fast, then epochs over each batch's hardest quarter",
        "zh": "难例：快速方案，之后几轮只练每批最难的四分之一",
    },
    "mn.recipe_help": {
        "en": "Course: the lecture's SGD. Fast: Adam with a one-cycle learning rate, label smoothing 0.1, the first layer started at the principal patterns of the data and held there for the first 30% of the steps (cheaper steps, no gradient for it), the last at zero. Fastest: the same, but the first layer never changes, so no gradient is computed for it or below conv2. Freezing suits the CNN, whose 5×5 patches have few directions; the FC net's whole images have many more, and it loses accuracy. Hardest: the fast recipe's first epoch, which remembers the quarter of each batch with the highest loss; every later epoch goes over only those, the digits still being got wrong. Give it 3 epochs: on held-out images that reached 99% sooner than 2 epochs of the fast recipe, and revisiting a random quarter instead fell short.",
        "zh": "课程：讲座中的 SGD。快速：Adam 配合 one-cycle 学习率、0.1 的标签平滑，第一层从数据的主要模式开始，并在前 30% 的步数中保持不变（这些步更省时，不为它计算梯度），最后一层从零开始。最快：同上，但第一层始终不变，因此不为它计算梯度，梯度也不会传到 conv2 以下。固定第一层适合 CNN，因为 5×5 图块的方向很少；全连接网络的整张图片方向多得多，准确率会下降。难例：第一轮与快速方案相同，并记下每个批次中损失最高的四分之一图片；之后每一轮只训练这些仍被认错的数字。请选 3 轮：在留出的图片上，它比快速方案的 2 轮更早达到 99%，而改为随机重练四分之一则达不到。",
    },
    "mn.images": {
        "en": "training images per epoch",
        "zh": "每轮训练图片数",
    },
    "mn.images_help": {
        "en": "Each epoch passes over the first N of the 60,000 training images (the hardest recipe's later epochs: the quarter of them it found hardest). Fewer images: faster, usually a little less accurate.",
        "zh": "每轮使用 60,000 张训练图片中的前 N 张（难例方案之后的几轮：其中它认为最难的四分之一）。图片越少训练越快，准确率通常略低。",
    },
}

# ---------------------------------------------------------------- exercises (core/exercises/mnist_cnn.py)
STRINGS.update(
    {
        "mn.ex.conv.text": {
            "en": "A {n}×{n} input, kernel ({kh}, {kw}), padding ({ph}, {pw}), stride ({sh}, {sw}), like D2L's last example. What is the output's shape (height, width)?",
            "zh": "输入为 {n}×{n}，卷积核 ({kh}, {kw})，填充 ({ph}, {pw})，步幅 ({sh}, {sw})，与 D2L 的最后一个例子同类。输出的形状（高，宽）是什么？",
        },
        "mn.ex.conv.solution": {
            "en": "Per dimension ⌊(n + 2p − k) / s⌋ + 1: height ⌊({n} + 2·{ph} − {kh}) / {sh}⌋ + 1, width ⌊({n} + 2·{pw} − {kw}) / {sw}⌋ + 1, so **{answer}**. The convolution widget above computes each one.",
            "zh": "每一维为 ⌊(n + 2p − k) / s⌋ + 1：高 ⌊({n} + 2·{ph} − {kh}) / {sh}⌋ + 1，宽 ⌊({n} + 2·{pw} − {kw}) / {sw}⌋ + 1，所以是 **{answer}**。上面的卷积小工具可以逐个计算。",
        },
        "mn.ex.conv.hint.pad_once": {
            "en": "Padding is added on both sides: n + 2p, not n + p.",
            "zh": "填充加在两侧：是 n + 2p，不是 n + p。",
        },
        "mn.ex.conv.hint.plus_one": {
            "en": "The +1 is missing: the first window sits at position 0, and the formula counts the further steps.",
            "zh": "少了 +1：第一个窗口在位置 0，公式数的是之后还能走几步。",
        },
        "mn.ex.conv.hint.stride": {
            "en": "The stride is missing: with stride s the window moves s pixels at a time, so divide by s (rounding down).",
            "zh": "少了步幅：步幅为 s 时窗口一次移动 s 个像素，所以要除以 s（向下取整）。",
        },
        "mn.ex.params.text": {
            "en": "How many parameters has `nn.Conv2d({c_in}, {c_out}, kernel_size={k})`?",
            "zh": "`nn.Conv2d({c_in}, {c_out}, kernel_size={k})` 有多少个参数？",
        },
        "mn.ex.params.solution": {
            "en": "Each of the {c_out} output channels has a {k}×{k} kernel for every one of the {c_in} input channels, plus one bias: {c_out}·{c_in}·{k}·{k} + {c_out} = **{answer}**. The architecture table above counts the course CNN's layers the same way.",
            "zh": "{c_out} 个输出通道中的每一个，对 {c_in} 个输入通道都各有一个 {k}×{k} 的卷积核，再加一个偏置：{c_out}·{c_in}·{k}·{k} + {c_out} = **{answer}**。上面的结构表也是这样统计课程 CNN 各层的。",
        },
        "mn.ex.params.hint.bias": {
            "en": "Those are the kernel weights only: each output channel also has a bias.",
            "zh": "那只是卷积核的权重：每个输出通道还有一个偏置。",
        },
        "mn.ex.params.hint.in": {
            "en": "Each output channel has one kernel per input channel, not one kernel in all.",
            "zh": "每个输出通道对每个输入通道都有一个卷积核，而不是总共一个。",
        },
        "mn.ex.params.hint.area": {
            "en": "A kernel of size k covers k×k pixels: k² weights per input channel.",
            "zh": "大小为 k 的卷积核覆盖 k×k 个像素：每个输入通道有 k² 个权重。",
        },
        "mn.ex.unsure.text": {
            "en": "Draw a digit on the pad that the selected model reads with **less than {below:.0%} confidence**.",
            "zh": "在画板上画一个数字，让所选模型读它时的**置信度低于 {below:.0%}**。",
        },
        "mn.ex.unsure.solution": {
            "en": "Draw something between two digits: a 4 whose top nearly closes (a 9?), a 7 with a bar (a 1?), or a 3 with a left stroke (an 8?). The probability bars show where the model hesitates; the feature maps show which strokes it found.",
            "zh": "画一个介于两个数字之间的形状：上方几乎封口的 4（像 9？）、带横杠的 7（像 1？）、或左边多一笔的 3（像 8？）。概率条显示模型在哪里犹豫；特征图显示它找到了哪些笔画。",
        },
        "mn.ex.unsure.hint.sure": {
            "en": "The model reads a {digit} with {p:.0%}; it needs to be below {below:.0%}. Make the digit more ambiguous.",
            "zh": "模型以 {p:.0%} 的置信度读成 {digit}；需要低于 {below:.0%}。把数字画得更模棱两可些。",
        },
        "mn.ex.unsure.right": {
            "en": "Read as a {digit}, but only with {p:.0%}.",
            "zh": "读成了 {digit}，但置信度只有 {p:.0%}。",
        },
        "mn.ex.flat.text": {
            "en": "The course CNN ends in `nn.Linear(320, 10)`. Where does 320 come from?",
            "zh": "课程的 CNN 最后是 `nn.Linear(320, 10)`。320 是怎么来的？",
        },
        "mn.ex.flat.solution": {
            "en": "28 → conv 5×5 → 24 → pool → 12 → conv 5×5 → 8 → pool → 4. The second convolution has 20 channels, so the flattened tensor has 20·4·4 = 320 values per image.",
            "zh": "28 → 5×5 卷积 → 24 → 池化 → 12 → 5×5 卷积 → 8 → 池化 → 4。第二个卷积有 20 个通道，所以每张图展平后有 20·4·4 = 320 个值。",
        },
        "mn.ex.flat.o.shrink": {
            "en": "20 channels × 4 × 4 after two rounds of conv 5×5 and pool 2",
            "zh": "经过两轮 5×5 卷积和 2×2 池化后的 20 个通道 × 4 × 4",
        },
        "mn.ex.flat.o.pixels": {
            "en": "The 784 pixels, pooled down to 320",
            "zh": "784 个像素池化后剩下 320 个",
        },
        "mn.ex.flat.o.free": {
            "en": "It is a free choice, like the number of hidden units",
            "zh": "它可以随便选，就像隐藏单元个数一样",
        },
        "mn.ex.flat.w.shrink": {
            "en": "Right: the course computes it by hand; `x.view(batch_size, -1)` flattens it.",
            "zh": "对：课程是手算出来的；`x.view(batch_size, -1)` 负责展平。",
        },
        "mn.ex.flat.w.pixels": {
            "en": "Pooling halves each side, so it divides the count by 4: 784 never becomes 320. The channels count too.",
            "zh": "池化让每条边减半，数量除以 4：784 不会变成 320。而且还要算上通道数。",
        },
        "mn.ex.flat.w.free": {
            "en": "It is fixed by the layers before it: any other number raises a shape error in `self.fc(x)`.",
            "zh": "它由前面的层决定：换成别的数，`self.fc(x)` 会报形状错误。",
        },
    }
)

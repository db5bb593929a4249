"""Diabetes MLP page. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "dm.title": {
        "en": "Diabetes MLP",
        "zh": "糖尿病 MLP",
    },
    "dm.blurb": {
        "en": "The course's 8→6→4→1 network on real patient data: trained live, evaluated honestly, looked inside.",
        "zh": "课程中的 8→6→4→1 网络用于真实病人数据：实时训练、诚实评估、观察内部。",
    },
    "dm.intro": {
        "en": "Liu Er lectures 7–8 on the Pima Indians diabetes data (768 patients, 8 measurements): will the patient develop diabetes within five years? `Linear(8,6)` → `Linear(6,4)` → `Linear(4,1)` with sigmoids, BCE loss, SGD, `Dataset` + `DataLoader` minibatches.",
        "zh": "刘二大人第 7–8 讲，使用 Pima 印第安人糖尿病数据（768 位病人，8 项测量）：病人五年内是否会患糖尿病？`Linear(8,6)` → `Linear(6,4)` → `Linear(4,1)` 加 sigmoid，BCE 损失，SGD，`Dataset` + `DataLoader` 小批量。",
    },
    "dm.data": {
        "en": "1 · The data",
        "zh": "1 · 数据",
    },
    "dm.balance": {
        "en": "Class balance: {neg:.1%} without diabetes (0), {pos:.1%} with (1). Always predicting 0 is right {neg:.1%} of the time: that is the baseline to beat.",
        "zh": "类别比例：{neg:.1%} 未患病 (0)，{pos:.1%} 患病 (1)。永远预测 0 的准确率就是 {neg:.1%}：这是要超越的基线。",
    },
    "dm.feature": {
        "en": "feature",
        "zh": "特征",
    },
    "dm.hist": {
        "en": "Distribution of {feature} by outcome",
        "zh": "{feature} 按结果的分布",
    },
    "dm.missing": {
        "en": "Zeros that mean “not measured”: {counts}. A glucose or BMI of 0 is impossible.",
        "zh": "表示“未测量”的 0：{counts}。血糖或 BMI 为 0 是不可能的。",
    },
    "dm.impute": {
        "en": "Replace those zeros with the training-set median",
        "zh": "用训练集中位数替换这些 0",
    },
    "dm.impute_help": {
        "en": "The median is computed on the training rows only, like the standardisation, so nothing about the test rows leaks into training.",
        "zh": "中位数只在训练行上计算（标准化也是），因此测试行的任何信息都不会泄漏到训练中。",
    },
    "dm.split": {
        "en": "Stratified split with the sidebar seed: {train} training and {test} test patients; features standardised with the training rows' mean and standard deviation.",
        "zh": "按侧边栏种子分层划分：{train} 位训练病人、{test} 位测试病人；特征用训练行的均值和标准差标准化。",
    },
    "dm.model": {
        "en": "2 · Model and training",
        "zh": "2 · 模型与训练",
    },
    "dm.hidden": {
        "en": "hidden layer sizes (empty = logistic regression)",
        "zh": "隐藏层大小（留空 = 逻辑回归）",
    },
    "dm.activation": {
        "en": "activation",
        "zh": "激活函数",
    },
    "dm.optimizer": {
        "en": "optimizer",
        "zh": "优化器",
    },
    "dm.opt.sgd": {
        "en": "SGD",
        "zh": "SGD",
    },
    "dm.opt.momentum": {
        "en": "SGD + momentum 0.9",
        "zh": "SGD + 动量 0.9",
    },
    "dm.opt.adam": {
        "en": "Adam",
        "zh": "Adam",
    },
    "dm.lr": {
        "en": "learning rate",
        "zh": "学习率",
    },
    "dm.batch": {
        "en": "batch size (0 = full batch)",
        "zh": "批量大小（0 = 全批量）",
    },
    "dm.epochs": {
        "en": "epochs",
        "zh": "训练轮数",
    },
    "dm.train": {
        "en": "Train",
        "zh": "训练",
    },
    "dm.lr_note": {
        "en": "With the course's lr 0.01 and full batches, the sigmoid network sits at the majority-class accuracy for thousands of epochs (measured: 65.6% train after 20,000 steps): the gradients through two sigmoid layers are tiny. lr 0.1 with minibatches of 32 gets to about 77%.",
        "zh": "使用课程的 lr 0.01 和全批量时，sigmoid 网络会在几千轮内一直停留在多数类准确率（实测：20,000 步后训练准确率 65.6%）：穿过两层 sigmoid 的梯度非常小。lr 0.1、小批量 32 可以达到约 77%。",
    },
    "dm.loss_note": {
        "en": "`forward` returns logits and the loss is `BCEWithLogitsLoss`: the course's `Sigmoid` + `BCELoss`, fused so it stays exact when the sigmoid saturates.",
        "zh": "`forward` 返回 logits，损失为 `BCEWithLogitsLoss`：即课程中的 `Sigmoid` + `BCELoss`，融合后在 sigmoid 饱和时依然精确。",
    },
    "dm.press_train": {
        "en": "Press Train to train the network with these settings.",
        "zh": "点击“训练”用这些设置训练网络。",
    },
    "dm.stale": {
        "en": "The data settings or seed changed since this model was trained; press Train again.",
        "zh": "模型训练后数据设置或种子已改变；请重新点击“训练”。",
    },
    "dm.results": {
        "en": "3 · Results on the test patients",
        "zh": "3 · 测试病人上的结果",
    },
    "dm.test_acc": {
        "en": "test accuracy",
        "zh": "测试准确率",
    },
    "dm.baseline": {
        "en": "majority baseline",
        "zh": "多数类基线",
    },
    "dm.precision": {
        "en": "precision",
        "zh": "精确率",
    },
    "dm.recall": {
        "en": "recall",
        "zh": "召回率",
    },
    "dm.auc": {
        "en": "ROC AUC",
        "zh": "ROC AUC",
    },
    "dm.overfit": {
        "en": "Train accuracy ({train:.1%}) is running away from test accuracy ({test:.1%}): the network is starting to memorise the training patients. Fewer epochs or a smaller network would generalise better.",
        "zh": "训练准确率（{train:.1%}）明显高于测试准确率（{test:.1%}）：网络开始记住训练病人。更少的轮数或更小的网络会泛化得更好。",
    },
    "dm.confusion": {
        "en": "Confusion matrix (rows: truth, columns: prediction)",
        "zh": "混淆矩阵（行：真实，列：预测）",
    },
    "dm.roc": {
        "en": "ROC curve: every threshold, true positive rate against false positive rate",
        "zh": "ROC 曲线：每个阈值下的真正例率对假正例率",
    },
    "dm.inside": {
        "en": "4 · Inside the network",
        "zh": "4 · 网络内部",
    },
    "dm.source": {
        "en": "patient",
        "zh": "病人",
    },
    "dm.src.row": {
        "en": "a test patient",
        "zh": "一位测试病人",
    },
    "dm.src.form": {
        "en": "fill in the form",
        "zh": "填写表单",
    },
    "dm.row": {
        "en": "test patient #",
        "zh": "测试病人编号",
    },
    "dm.prob": {
        "en": "predicted probability of diabetes",
        "zh": "预测患病概率",
    },
    "dm.truth": {
        "en": "truth: {y}",
        "zh": "真实值：{y}",
    },
    "dm.diagram": {
        "en": "Every neuron's activation for this patient (colour = value; inputs are standardised).",
        "zh": "该病人每个神经元的激活值（颜色 = 数值；输入已标准化）。",
    },
    "dm.upload": {
        "en": "5 · Your own CSV",
        "zh": "5 · 上传你自己的 CSV",
    },
    "dm.upload_help": {
        "en": "A CSV with the 8 feature columns (Outcome optional), at most 1 MB. The trained model predicts every row.",
        "zh": "包含 8 个特征列的 CSV（Outcome 可选），不超过 1 MB。训练好的模型会预测每一行。",
    },
    "dm.upload_acc": {
        "en": "Accuracy on your file's {n} rows: {acc:.1%}",
        "zh": "在你文件的 {n} 行上的准确率：{acc:.1%}",
    },
    "dm.download": {
        "en": "6 · Download",
        "zh": "6 · 下载",
    },
    "dm.dl_model": {
        "en": "model state_dict (.pt)",
        "zh": "模型 state_dict (.pt)",
    },
    "dm.dl_history": {
        "en": "training history (.csv)",
        "zh": "训练历史 (.csv)",
    },
    "dm.f.Pregnancies": {
        "en": "Pregnancies",
        "zh": "怀孕次数",
    },
    "dm.f.Glucose": {
        "en": "Glucose",
        "zh": "血糖",
    },
    "dm.f.BloodPressure": {
        "en": "Blood pressure",
        "zh": "血压",
    },
    "dm.f.SkinThickness": {
        "en": "Skin thickness",
        "zh": "皮褶厚度",
    },
    "dm.f.Insulin": {
        "en": "Insulin",
        "zh": "胰岛素",
    },
    "dm.f.BMI": {
        "en": "BMI",
        "zh": "体质指数 BMI",
    },
    "dm.f.DiabetesPedigreeFunction": {
        "en": "Diabetes pedigree",
        "zh": "糖尿病家族谱系",
    },
    "dm.f.Age": {
        "en": "Age",
        "zh": "年龄",
    },
    "dm.u.Pregnancies": {
        "en": "count",
        "zh": "次",
    },
    "dm.u.Glucose": {
        "en": "mg/dL, 2 h OGTT",
        "zh": "mg/dL，2 小时糖耐量试验",
    },
    "dm.u.BloodPressure": {
        "en": "mm Hg, diastolic",
        "zh": "mm Hg，舒张压",
    },
    "dm.u.SkinThickness": {
        "en": "mm, triceps",
        "zh": "mm，肱三头肌",
    },
    "dm.u.Insulin": {
        "en": "µU/mL, 2 h serum",
        "zh": "µU/mL，2 小时血清",
    },
    "dm.u.BMI": {
        "en": "kg/m²",
        "zh": "kg/m²",
    },
    "dm.u.DiabetesPedigreeFunction": {
        "en": "score",
        "zh": "分值",
    },
    "dm.u.Age": {
        "en": "years",
        "zh": "岁",
    },
    "dm.outcome": {
        "en": "Outcome (1 = diabetes)",
        "zh": "结果（1 = 糖尿病）",
    },
    "dm.patients": {
        "en": "patients",
        "zh": "患者人数",
    },
    "dm.truth0": {
        "en": "truth 0",
        "zh": "真实 0",
    },
    "dm.truth1": {
        "en": "truth 1",
        "zh": "真实 1",
    },
    "dm.pred0": {
        "en": "predicted 0",
        "zh": "预测 0",
    },
    "dm.pred1": {
        "en": "predicted 1",
        "zh": "预测 1",
    },
    "dm.fpr": {
        "en": "false positive rate",
        "zh": "假阳性率",
    },
    "dm.tpr": {
        "en": "true positive rate",
        "zh": "真阳性率",
    },
}

# ---------------------------------------------------------------- exercises (core/exercises/diabetes_mlp.py)
STRINGS.update(
    {
        "dm.ex.params.text": {
            "en": "The course's network is 8 → 6 → 4 → 1 with `nn.Linear` layers. How many parameters (weights and biases) has **8 → {h1} → {h2} → 1**?",
            "zh": "课程的网络是由 `nn.Linear` 组成的 8 → 6 → 4 → 1。**8 → {h1} → {h2} → 1** 有多少个参数（权重加偏置）？",
        },
        "dm.ex.params.solution": {
            "en": "Each `nn.Linear(a, b)` has a·b weights and b biases: (8·{h1} + {h1}) + ({h1}·{h2} + {h2}) + ({h2}·1 + 1) = **{answer}**.",
            "zh": "每个 `nn.Linear(a, b)` 有 a·b 个权重和 b 个偏置：(8·{h1} + {h1}) + ({h1}·{h2} + {h2}) + ({h2}·1 + 1) = **{answer}**。",
        },
        "dm.ex.params.hint.bias": {
            "en": "Those are the weights only: every `nn.Linear` also has one bias per output.",
            "zh": "那只是权重：每个 `nn.Linear` 还为每个输出配一个偏置。",
        },
        "dm.ex.params.hint.neurons": {
            "en": "That counts neurons. Parameters live on the connections: a·b weights between layers of sizes a and b.",
            "zh": "那数的是神经元个数。参数在连接上：大小为 a 和 b 的两层之间有 a·b 个权重。",
        },
        "dm.ex.params.hint.product": {
            "en": "Layers are not all connected to each other: add the parameters of each `nn.Linear`, do not multiply the sizes.",
            "zh": "各层并不是两两全部相连：把每个 `nn.Linear` 的参数加起来，而不是把各层大小相乘。",
        },
        "dm.ex.beat.text": {
            "en": "Liu Er's homework: try another activation. Train a model with an activation **other than sigmoid** whose test accuracy beats the majority baseline by **at least 5 points**.",
            "zh": "刘二大人的作业：换一种激活函数。训练一个激活函数**不是 sigmoid** 的模型，使其测试准确率比多数类基线**至少高 5 个百分点**。",
        },
        "dm.ex.beat.solution": {
            "en": "Choose ReLU or tanh. With SGD, give it enough epochs (a few hundred) or switch to Adam with learning rate 0.01; both usually reach 74–78% against a baseline of about 65%. Compare the loss curves with sigmoid's: the sigmoid network sits on a plateau much longer.",
            "zh": "选择 ReLU 或 tanh。用 SGD 时给足轮数（几百轮），或改用学习率 0.01 的 Adam；两者通常能达到 74–78%，而基线约为 65%。与 sigmoid 的损失曲线比较：sigmoid 网络在平台期停留得久得多。",
        },
        "dm.ex.beat.hint.diverged": {
            "en": "This training diverged: lower the learning rate.",
            "zh": "这次训练发散了：调低学习率。",
        },
        "dm.ex.beat.hint.sigmoid": {
            "en": "This model uses sigmoid, the course's choice. The homework is to try another.",
            "zh": "这个模型用的是课程原本的 sigmoid。作业是换一种试试。",
        },
        "dm.ex.beat.hint.low": {
            "en": "Test accuracy {acc:.1%}, baseline {base:.1%}: it needs {need:.1%}. Train longer, or try Adam.",
            "zh": "测试准确率 {acc:.1%}，基线 {base:.1%}：需要达到 {need:.1%}。训练更久，或者试试 Adam。",
        },
        "dm.ex.beat.right": {
            "en": "Test accuracy {acc:.1%} against a baseline of {base:.1%}.",
            "zh": "测试准确率 {acc:.1%}，基线为 {base:.1%}。",
        },
        "dm.ex.base.text": {
            "en": "Why does the page compare the test accuracy with the majority baseline?",
            "zh": "为什么页面要把测试准确率与多数类基线比较？",
        },
        "dm.ex.base.solution": {
            "en": "About 65% of the patients are not diabetic, so a “model” that always answers “no” scores about 65% without learning anything. Only accuracy above that says the network learned from the features.",
            "zh": "约 65% 的患者不是糖尿病患者，所以一个永远回答“不是”的“模型”不用学任何东西就能得到约 65%。只有高于这个数的准确率才说明网络从特征中学到了东西。",
        },
        "dm.ex.base.o.majority": {
            "en": "Always answering the most common class already scores about 65%",
            "zh": "总是回答最常见的类别就已经能得到约 65%",
        },
        "dm.ex.base.o.linear": {
            "en": "It is what a linear model reaches",
            "zh": "它是线性模型能达到的准确率",
        },
        "dm.ex.base.o.train": {
            "en": "It is the accuracy on the training set",
            "zh": "它是训练集上的准确率",
        },
        "dm.ex.base.w.majority": {
            "en": "Right: with unbalanced classes, accuracy alone flatters a model; recall and AUC tell more.",
            "zh": "对：类别不平衡时，仅看准确率会高估模型；召回率和 AUC 更能说明问题。",
        },
        "dm.ex.base.w.linear": {
            "en": "No model is trained for it: the baseline only counts the labels of the test set.",
            "zh": "基线不需要训练任何模型：它只统计测试集的标签。",
        },
        "dm.ex.base.w.train": {
            "en": "It never looks at predictions: it is the share of the most common label among the test rows.",
            "zh": "它根本不看预测：它是测试集中最常见标签所占的比例。",
        },
    }
)

"""Strings every page shares: training, sharing, errors raised by core. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "code.title": {
        "en": "The code that produced this",
        "zh": "生成这个结果的代码",
    },
    "share.button": {
        "en": "Share these settings",
        "zh": "分享这些设置",
    },
    "share.help": {
        "en": "This link opens the page with the current settings.",
        "zh": "用这个链接打开页面即可恢复当前设置。",
    },
    "epoch": {
        "en": "epoch",
        "zh": "轮次 (epoch)",
    },
    "train.stop": {
        "en": "Stop",
        "zh": "停止",
    },
    "train.starting": {
        "en": "Starting…",
        "zh": "开始训练…",
    },
    "train.progress": {
        "en": "{unit} {step}/{total} · loss {loss:.4f}",
        "zh": "{unit} {step}/{total} · 损失 {loss:.4f}",
    },
    "train.stopped": {
        "en": "Stopped at {unit} {step}; the partial result is kept.",
        "zh": "已在{unit} {step} 处停止，保留了部分结果。",
    },
    "err.not_int": {
        "en": "{name} must be a whole number, got {value}",
        "zh": "{name} 必须是整数，当前为 {value}",
    },
    "err.too_small": {
        "en": "{name} must be at least {low}, got {value}",
        "zh": "{name} 至少为 {low}，当前为 {value}",
    },
    "err.too_large": {
        "en": "{name} must be at most {high}, got {value}",
        "zh": "{name} 至多为 {high}，当前为 {value}",
    },
    "err.not_finite": {
        "en": "{name} must be a finite number, got {value}",
        "zh": "{name} 必须是有限数，当前为 {value}",
    },
    "err.out_of_range": {
        "en": "{name} must be {op} {bound}, got {value}",
        "zh": "{name} 必须 {op} {bound}，当前为 {value}",
    },
    "err.empty_data": {
        "en": "There is no data to train on.",
        "zh": "没有可用于训练的数据。",
    },
    "err.batch_gt_n": {
        "en": "Batch size {batch_size} is larger than the {n} examples.",
        "zh": "批量大小 {batch_size} 大于样本数 {n}。",
    },
    "err.data_missing": {
        "en": "Data file '{filename}' is not in '{directory}' and could not be downloaded. Put it there or set PLAYGROUND_DATA_DIR.",
        "zh": "数据文件 '{filename}' 不在 '{directory}' 中，且无法下载。请把文件放到那里，或设置 PLAYGROUND_DATA_DIR。",
    },
    "err.rnn_empty": {
        "en": "Input and target strings must not be empty.",
        "zh": "输入和目标字符串不能为空。",
    },
    "err.rnn_length": {
        "en": "Input ({a} characters) and target ({b} characters) must have the same length.",
        "zh": "输入（{a} 个字符）和目标（{b} 个字符）的长度必须相同。",
    },
    "err.rnn_too_long": {
        "en": "Strings may have at most {max} characters, got {n}.",
        "zh": "字符串最多 {max} 个字符，当前为 {n}。",
    },
    "err.n_classes": {
        "en": "Give between 2 and {max} logits.",
        "zh": "请给出 2 到 {max} 个 logits。",
    },
    "err.bad_target": {
        "en": "The true class must be between 0 and {last}.",
        "zh": "真实类别必须在 0 到 {last} 之间。",
    },
    "err.bad_logits": {
        "en": "Logits must be numbers separated by commas, got '{text}'.",
        "zh": "logits 必须是用逗号分隔的数字，当前为“{text}”。",
    },
    "err.lr_positive": {
        "en": "The learning rate must be positive, got {value}.",
        "zh": "学习率必须为正数，当前为 {value}。",
    },
    "err.surface": {
        "en": "Unknown surface {name}.",
        "zh": "未知曲面 {name}。",
    },
    "err.optimizer": {
        "en": "Unknown optimizer {name}.",
        "zh": "未知优化器 {name}。",
    },
    "err.csv_missing": {
        "en": "Missing columns: {cols}.",
        "zh": "缺少列：{cols}。",
    },
    "err.csv_extra": {
        "en": "Unexpected columns: {cols}.",
        "zh": "多余的列：{cols}。",
    },
    "err.csv_empty": {
        "en": "The file has a header but no rows.",
        "zh": "文件只有表头，没有数据行。",
    },
    "err.csv_not_numeric": {
        "en": "Column {col}, row {row}: '{value}' is not a number.",
        "zh": "第 {row} 行 {col} 列：“{value}”不是数字。",
    },
    "err.csv_blank": {
        "en": "Column {col} has empty cells.",
        "zh": "{col} 列有空单元格。",
    },
    "err.csv_range": {
        "en": "Column {col}, row {row}: {value} is outside {low}–{high}.",
        "zh": "第 {row} 行 {col} 列：{value} 超出范围 {low}–{high}。",
    },
    "err.csv_target": {
        "en": "Outcome must be 0 or 1.",
        "zh": "Outcome 必须是 0 或 1。",
    },
    "err.csv_empty_file": {
        "en": "The file is empty.",
        "zh": "文件是空的。",
    },
    "err.csv_too_big": {
        "en": "The file has {size} bytes; the limit is {limit}.",
        "zh": "文件大小为 {size} 字节；上限为 {limit}。",
    },
    "err.csv_unreadable": {
        "en": "This is not a readable CSV file ({reason}).",
        "zh": "这不是可读取的 CSV 文件（{reason}）。",
    },
    "err.activation": {
        "en": "Unknown activation {name}.",
        "zh": "未知激活函数 {name}。",
    },
    "err.too_many_layers": {
        "en": "At most 4 hidden layers.",
        "zh": "最多 4 个隐藏层。",
    },
    "err.bad_hidden": {
        "en": "Hidden sizes must be whole numbers separated by commas, got '{text}'.",
        "zh": "隐藏层大小必须是用逗号分隔的整数，当前为“{text}”。",
    },
    "err.canvas_shape": {
        "en": "Expected an H × W × RGBA image.",
        "zh": "需要一张 H × W × RGBA 图像。",
    },
    "err.model_kind": {
        "en": "Unknown model {name}.",
        "zh": "未知模型 {name}。",
    },
    "err.recipe": {
        "en": "Unknown recipe {name}.",
        "zh": "未知训练方案 {name}。",
    },
    "err.kernel_too_big": {
        "en": "The kernel ({k}) is larger than the padded input ({size}).",
        "zh": "卷积核（{k}）大于填充后的输入（{size}）。",
    },
    "metric.loss": {
        "en": "loss",
        "zh": "损失",
    },
    "metric.train_loss": {
        "en": "training loss",
        "zh": "训练损失",
    },
    "metric.test_loss": {
        "en": "test loss",
        "zh": "测试损失",
    },
    "metric.accuracy": {
        "en": "accuracy",
        "zh": "准确率",
    },
    "metric.train_acc": {
        "en": "training accuracy",
        "zh": "训练准确率",
    },
    "metric.test_acc": {
        "en": "test accuracy",
        "zh": "测试准确率",
    },
    "metric.correct": {
        "en": "prediction correct (1 = yes)",
        "zh": "预测正确（1 = 是）",
    },
    "metric.series": {
        "en": "series",
        "zh": "曲线",
    },
    "metric.value": {
        "en": "value",
        "zh": "数值",
    },
    "train.diverged": {
        "en": "Diverged at step {step}: the loss became NaN/inf or grew a million-fold. Nothing from that step on is shown. Try a smaller learning rate.",
        "zh": "在第 {step} 步发散：损失变成了 NaN/inf，或增大到一百万倍以上。从这一步起的结果都不显示。请尝试更小的学习率。",
    },
    "train.run": {
        "en": "Train",
        "zh": "训练",
    },
    "train.large": {
        "en": "This run makes {updates:,} updates, too many to redo on every change. Press Train to run it with progress and a Stop button.",
        "zh": "这次训练要做 {updates:,} 次更新，不适合每次改动都重算。按“训练”运行，可看到进度并随时停止。",
    },
    "settings.link_notes": {
        "en": "Some values in this link could not be used:",
        "zh": "链接中的部分取值无法使用：",
    },
    "settings.not_a_number": {
        "en": "`{key}` = `{value}` is not a finite number: the default is used.",
        "zh": "`{key}` = `{value}` 不是有限数：改用默认值。",
    },
    "settings.not_a_choice": {
        "en": "`{key}` = `{value}` is not one of the choices: the default is used.",
        "zh": "`{key}` = `{value}` 不在可选项中：改用默认值。",
    },
    "settings.not_a_flag": {
        "en": "`{key}` = `{value}` is neither on nor off: the default is used.",
        "zh": "`{key}` = `{value}` 既不是开也不是关：改用默认值。",
    },
    "settings.too_long": {
        "en": "`{key}` is longer than a setting can be: the default is used.",
        "zh": "`{key}` 的取值过长：改用默认值。",
    },
    "settings.not_points": {
        "en": "`{key}` does not hold valid points (at most 50, two numbers each): the default is used.",
        "zh": "`{key}` 不是有效的数据点（至多 50 个，每个两个数）：改用默认值。",
    },
    "share.points_left_out": {
        "en": "Your {n} points are not in this link: a link carries at most {max}. Download them as CSV below the table and share the file.",
        "zh": "你的 {n} 个数据点不在这个链接里：链接至多携带 {max} 个。请在表格下方下载 CSV 文件并分享该文件。",
    },
    "own.label": {
        "en": "Your points",
        "zh": "你的数据点",
    },
    "own.tab.table": {
        "en": "Table",
        "zh": "表格",
    },
    "own.tab.paste": {
        "en": "Paste",
        "zh": "粘贴",
    },
    "own.tab.file": {
        "en": "CSV file",
        "zh": "CSV 文件",
    },
    "own.col.label": {
        "en": "label",
        "zh": "标签",
    },
    "own.paste": {
        "en": "One point a line",
        "zh": "每行一个点",
    },
    "own.paste_help": {
        "en": "Two numbers a line, separated by a comma, a semicolon, a tab or spaces; a decimal comma works too (1,5; 2). A first line of column names is skipped.",
        "zh": "每行两个数，用逗号、分号、制表符或空格分隔；也可以用小数逗号（1,5; 2）。第一行若是列名会被跳过。",
    },
    "own.use": {
        "en": "Use these points",
        "zh": "使用这些点",
    },
    "own.file": {
        "en": "A CSV file with two columns",
        "zh": "含两列的 CSV 文件",
    },
    "own.file_help": {
        "en": "Comma, semicolon or tab separated, with or without a header row, at most {mb:.0f} MB (2,000 points). Saved from Excel in UTF-8 or GBK both work.",
        "zh": "以逗号、分号或制表符分隔，可有或没有表头，至多 {mb:.0f} MB（2000 个点）。Excel 以 UTF-8 或 GBK 保存的文件都可以。",
    },
    "own.count": {
        "en": "{n} points (at most {max:,})",
        "zh": "{n} 个点（至多 {max:,} 个）",
    },
    "own.download": {
        "en": "Download the points (CSV)",
        "zh": "下载数据点（CSV）",
    },
    "own.click": {
        "en": "Click or tap the chart to add a point there (it snaps to a grid of {dx} × {dy}); click a point to remove it.",
        "zh": "点击或轻触图表即可在该处添加一个点（对齐到 {dx} × {dy} 的网格）；点击已有的点可删除它。",
    },
    "err.own_empty": {
        "en": "There are no points: add at least one. The last valid points are kept.",
        "zh": "没有数据点：请至少添加一个。保留上一次有效的数据点。",
    },
    "err.own_too_many": {
        "en": "{n} points is more than {max}, the most this page takes. The last valid points are kept.",
        "zh": "{n} 个点超过了本页上限 {max} 个。保留上一次有效的数据点。",
    },
    "err.own_same_x": {
        "en": "Every point has x = {x:g}: no line or curve over x can be fitted to them. Give at least two different x. The last valid points are kept.",
        "zh": "所有点的 x 都等于 {x:g}：无法拟合关于 x 的直线或曲线。请至少给出两个不同的 x。保留上一次有效的数据点。",
    },
    "err.own_missing": {
        "en": "Row {row} needs both {a} and {b}. The last valid points are kept.",
        "zh": "第 {row} 行需要同时填写 {a} 和 {b}。保留上一次有效的数据点。",
    },
    "err.own_x_limit": {
        "en": "Row {row}: x = {value:g} lies outside ±{limit:g}, the range this page takes (x²⁰ would overflow); rescale your x. The last valid points are kept.",
        "zh": "第 {row} 行：x = {value:g} 超出本页接受的范围 ±{limit:g}（x²⁰ 会溢出）；请缩放你的 x。保留上一次有效的数据点。",
    },
    "err.own_label": {
        "en": "Row {row}: a label must be 0 or 1, not {value:g}. The last valid points are kept.",
        "zh": "第 {row} 行：标签必须是 0 或 1，而不是 {value:g}。保留上一次有效的数据点。",
    },
    "err.own_not_number": {
        "en": "Row {row}: {name} = “{value}” is not a number. The last valid points are kept.",
        "zh": "第 {row} 行：{name} = “{value}” 不是数字。保留上一次有效的数据点。",
    },
    "err.own_too_big": {
        "en": "Row {row}: {name} = {value} is not a finite number within ±{max:g}. The last valid points are kept.",
        "zh": "第 {row} 行：{name} = {value} 不是 ±{max:g} 以内的有限数。保留上一次有效的数据点。",
    },
    "err.own_fields": {
        "en": "Line {line}: expected 2 values ({a}, {b}), found {n}. The last valid points are kept.",
        "zh": "第 {line} 行：应有 2 个值（{a}, {b}），实际有 {n} 个。保留上一次有效的数据点。",
    },
    "err.own_file_size": {
        "en": "The file has {mb:.1f} MB; at most {max:.0f} MB is read. The last valid points are kept.",
        "zh": "文件大小为 {mb:.1f} MB；至多读取 {max:.0f} MB。保留上一次有效的数据点。",
    },
    "err.own_not_text": {
        "en": "This file is not text; a CSV file is. The last valid points are kept.",
        "zh": "这个文件不是文本；CSV 文件应当是文本。保留上一次有效的数据点。",
    },
    "err.own_bad_edit": {
        "en": "That change to the table could not be applied; the table shows the last valid points again.",
        "zh": "无法应用对表格的这次修改；表格重新显示上一次有效的数据点。",
    },
    "err.own_link_long": {
        "en": "The link's points are {n} characters long, more than {max}.",
        "zh": "链接中的数据点长 {n} 个字符，超过了 {max}。",
    },
    "settings.clamped": {
        "en": "`{key}` = `{value}` is outside the allowed range: the nearest allowed value is used.",
        "zh": "`{key}` = `{value}` 超出允许范围：改用最接近的允许值。",
    },
    "course.d2l": {
        "en": "Dive into Deep Learning: this section",
        "zh": "《动手学深度学习》本节",
    },
    "course.d2l_other": {
        "en": "中文版",
        "zh": "英文版",
    },
    "course.lecture": {
        "en": "Liu Er's PyTorch course, lecture {n}",
        "zh": "刘二大人《PyTorch深度学习实践》第 {n} 讲",
    },
    "err.bad_shape": {
        "en": "A shape is whole numbers separated by commas, got '{text}'.",
        "zh": "形状应是用逗号分隔的整数，当前为 '{text}'。",
    },
    "err.shape_range": {
        "en": "Use at most {dims} dimensions of size 1 to {size}.",
        "zh": "最多 {dims} 个维度，每个维度大小为 1 到 {size}。",
    },
    "err.bad_values": {
        "en": "Values are numbers separated by commas, got '{text}'.",
        "zh": "取值应是用逗号分隔的数字，当前为 '{text}'。",
    },
    "err.value_count": {
        "en": "A tensor of shape {shape} needs {n} values, got {got}.",
        "zh": "形状为 {shape} 的张量需要 {n} 个值，当前有 {got} 个。",
    },
    "err.bad_op": {
        "en": "Unknown operation {op}.",
        "zh": "未知运算 {op}。",
    },
    "err.expr_empty": {
        "en": "Type an expression, for example (w * x + b) ** 2.",
        "zh": "请输入一个表达式，例如 (w * x + b) ** 2。",
    },
    "err.expr_long": {
        "en": "An expression is at most {n} characters.",
        "zh": "表达式最多 {n} 个字符。",
    },
    "err.expr_syntax": {
        "en": "'{text}' is not a complete expression.",
        "zh": "'{text}' 不是一个完整的表达式。",
    },
    "err.expr_not_allowed": {
        "en": "'{part}' is not allowed here: use numbers, {leaves}, + − * / ** and {functions}.",
        "zh": "这里不允许使用 '{part}'：请只用数字、{leaves}、+ − * / ** 以及 {functions}。",
    },
    "nb.download": {
        "en": "Download as Jupyter notebook",
        "zh": "下载为 Jupyter 笔记本",
    },
    "nb.download_help": {
        "en": "The core code this page ran, with your current settings, as a notebook that runs top to bottom in a plain Jupyter kernel (install requirements.txt; MNIST and diabetes.csv are read from PLAYGROUND_DATA_DIR or ./data).",
        "zh": "本页运行的核心代码和你当前的设置，打包成一个可在普通 Jupyter 内核中从头运行到尾的笔记本（先安装 requirements.txt；MNIST 和 diabetes.csv 从 PLAYGROUND_DATA_DIR 或 ./data 读取）。",
    },
    "nb.about": {
        "en": "*Exported from the Deep Learning Playground.* The cells below hold the exact code the page ran and the settings you had chosen: change a setting, run all cells again, and compare with the page.",
        "zh": "*从深度学习游乐场导出。* 下面的单元格包含页面实际运行的代码和你选定的设置：改一个设置，重新运行全部单元格，再和页面对照。",
    },
    "nb.setup": {
        "en": "## Setup\n\nInstall the packages once with `pip install -r requirements.txt` (from the playground's repository). The next cell says where data files are read from and puts the playground's code in a folder `playground_code/` beside this notebook.",
        "zh": "## 准备\n\n先用 `pip install -r requirements.txt`（在游乐场的代码仓库里）安装一次依赖。下一个单元格指定数据文件的读取位置，并把游乐场的代码放进本笔记本旁边的 `playground_code/` 文件夹。",
    },
    "nb.core_code": {
        "en": "## The code the page ran\n\nEach cell writes one module of the playground's `core` package, unchanged: models, data and training in plain PyTorch. Read them here, or run them to write the files.",
        "zh": "## 页面运行的代码\n\n每个单元格原样写出游乐场 `core` 包中的一个模块：用纯 PyTorch 写的模型、数据和训练。可以在这里阅读，运行它们即可写出这些文件。",
    },
    "nb.settings": {
        "en": "## Your settings\n\nThe values you had on the page (the same names, without the page's prefix). `seed` is the sidebar's random seed.",
        "zh": "## 你的设置\n\n你在页面上选定的值（名称相同，去掉了页面前缀）。`seed` 是侧边栏中的随机种子。",
    },
    "train.queued": {
        "en": "Waiting for the trainer: you are number {place} in line, about {seconds} s to go. This server trains one model at a time so each run gets every core; Stop leaves the line.",
        "zh": "正在排队等待训练：你排在第 {place} 位，大约还要 {seconds} 秒。服务器一次只训练一个模型，好让每次训练都用上全部 CPU 核心；点“停止”即可离开队列。",
    },
    "train.paused": {
        "en": "Paused at {step}/{total} so that others in line can train too: you are number {place} in line, about {seconds} s to go. Your training goes on from here at its next turn; Stop keeps what it has learnt.",
        "zh": "已在 {step}/{total} 处暂停，让排队的其他同学也能训练：你排在第 {place} 位，大约还要 {seconds} 秒。轮到你时，训练会从这里继续；点“停止”会保留目前学到的结果。",
    },
    "train.left_line": {
        "en": "You left the line before your training started.",
        "zh": "你在训练开始前离开了队列。",
    },
    "train.ending": {
        "en": "Stopping the training: it ends at its next report, and this page then shows the model as it left it…",
        "zh": "正在停止训练：训练会在下一次报告时结束，随后本页显示它停下时的模型…",
    },
}

# ---------------------------------------------------------------- exercises on every page (ui/exercises.py)
STRINGS.update(
    {
        "ex.title": {"en": "Exercises", "zh": "练习"},
        "ex.progress": {"en": "{done}/{total} done", "zh": "已完成 {done}/{total}"},
        "ex.intro": {
            "en": "Questions from the course, with numbers drawn for you: your neighbour gets other ones. Answers are checked by the same code that draws this page.",
            "zh": "来自课程的题目，数字为你单独抽取：旁边的同学拿到的是另一组。答案由绘制本页的同一份代码检查。",
        },
        "ex.kind.compute": {"en": "Compute or predict", "zh": "计算或预测"},
        "ex.kind.on_page": {"en": "Do it on the page", "zh": "在页面上动手做"},
        "ex.kind.choice": {"en": "Explain by choosing", "zh": "选择并解释"},
        "ex.src.d2l": {"en": "D2L {section}, exercise {n}", "zh": "D2L {section} 节，练习 {n}"},
        "ex.src.d2l_section": {"en": "D2L {section}, exercises", "zh": "D2L {section} 节练习"},
        "ex.src.liu": {"en": "Liu Er, lecture {n}", "zh": "刘二大人，第 {n} 讲"},
        "ex.src.liu_homework": {"en": "Liu Er, lecture {n} homework", "zh": "刘二大人，第 {n} 讲作业"},
        "ex.answer": {"en": "Your answer", "zh": "你的答案"},
        "ex.answer_help": {
            "en": "Numbers as 0.5, 0,5, .5, 1/2 or 50%; shapes as (3, 4), 3,4, [3 4] or 3×4.",
            "zh": "数字可写成 0.5、0,5、.5、1/2 或 50%；形状可写成 (3, 4)、3,4、[3 4] 或 3×4。",
        },
        "ex.tolerance": {
            "en": "Numbers within {rel} of the exact value count as right.",
            "zh": "与精确值相差不超过 {rel} 的数都算对。",
        },
        "ex.choose": {"en": "Your choice", "zh": "你的选择"},
        "ex.on_page_note": {
            "en": "Check reads your latest result on this page, as it is shown above.",
            "zh": "“检查”读取的是你在本页上方最新显示的结果。",
        },
        "ex.check": {"en": "Check", "zh": "检查"},
        "ex.show_solution": {"en": "Show solution", "zh": "显示解答"},
        "ex.another": {"en": "Another variant", "zh": "换一组题"},
        "ex.correct": {"en": "Correct.", "zh": "正确。"},
        "ex.not_yet": {"en": "Not yet.", "zh": "还不对。"},
        "ex.tries": {"en": "tries: {n}", "zh": "尝试次数：{n}"},
        "ex.done": {"en": "done", "zh": "已完成"},
        "ex.solution": {"en": "Solution", "zh": "解答"},
        "ex.solution_open": {
            "en": "Two tries without the answer: the solution is open below.",
            "zh": "两次尝试都没答对：解答已在下方展开。",
        },
        "ex.hint.right": {"en": "The answer is {answer}.", "zh": "答案是 {answer}。"},
        "ex.hint.wrong": {
            "en": "{given} is not it, nor one of the usual slips: go through the steps again.",
            "zh": "{given} 不对，也不是常见的错误：再把步骤过一遍。",
        },
        "ex.hint.close": {
            "en": "{given} is close, but not within the tolerance: keep more digits until the end (four significant ones are enough).",
            "zh": "{given} 很接近，但不在允许的误差内：计算到最后再取整（保留四位有效数字即可）。",
        },
        "ex.hint.nothing_yet": {
            "en": "There is no result on the page for this yet: use the widgets above first.",
            "zh": "页面上还没有可供检查的结果：先使用上方的控件。",
        },
        "ex.parse.empty": {"en": "Type an answer first.", "zh": "请先输入答案。"},
        "ex.parse.too_long": {
            "en": "That answer is longer than {limit} characters; no answer here needs that.",
            "zh": "这个答案超过了 {limit} 个字符；这里没有哪道题需要这么长。",
        },
        "ex.parse.not_a_number": {
            "en": "That is not a number: write it as 0.5, 1/2, 50% or 1e-3 (no formulas).",
            "zh": "这不是一个数：请写成 0.5、1/2、50% 或 1e-3 的形式（不要写公式）。",
        },
        "ex.parse.not_finite": {
            "en": "The answer must be a finite number, not NaN or infinity.",
            "zh": "答案必须是有限数，不能是 NaN 或无穷大。",
        },
        "ex.parse.divide_by_zero": {"en": "That fraction divides by zero.", "zh": "这个分数的分母为零。"},
        "ex.parse.not_a_shape": {
            "en": "That is not a shape: write whole numbers like (3, 4), or “error” if torch refuses.",
            "zh": "这不是一个形状：请写成 (3, 4) 这样的整数，若 torch 拒绝计算则写“报错”。",
        },
        "ex.parse.shape_too_big": {
            "en": "That shape has too many or too large dimensions for any question here.",
            "zh": "这个形状的维数太多或太大，这里没有哪道题会是它。",
        },
        "ex.parse.no_choice": {"en": "Choose one of the options first.", "zh": "请先选择一个选项。"},
        "home.exercises": {"en": "Exercises: {done}/{total} done", "zh": "练习：已完成 {done}/{total}"},
    }
)

# ---------------------------------------------------------------- saving progress (ui/progress.py)
STRINGS.update(
    {
        "progress.saved": {"en": "✓ Saved to your progress.", "zh": "✓ 已保存到你的进度。"},
        "progress.queued": {
            "en": "Not saved yet: it will be saved as soon as the database is back.",
            "zh": "尚未保存：数据库恢复后会立即保存。",
        },
        "progress.full": {
            "en": "Not saved: too many answers are waiting for the database. Your verdict above still holds.",
            "zh": "未保存：等待写入数据库的答案太多了。上面的判定结果仍然有效。",
        },
        "progress.away": {
            "en": "Progress is not being saved right now (the database does not answer). The page keeps working; what you do is kept here and saved when the database is back.",
            "zh": "目前无法保存进度（数据库没有响应）。页面照常可用；你的操作会先保留在这里，等数据库恢复后再保存。",
        },
        "ex.hint.slow_down": {
            "en": "That is a lot of checks in a minute: take a moment to think, then try again.",
            "zh": "一分钟内检查的次数太多了：先想一想，稍后再试。",
        },
    }
)

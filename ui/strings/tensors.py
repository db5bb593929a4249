"""Tensors & broadcasting page. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "tb.title": {"en": "Tensors & broadcasting", "zh": "张量与广播"},
    "tb.blurb": {
        "en": "Type two shapes and watch the broadcasting rule line them up, stretch the 1s, or refuse with torch's own error; three traps from the course code.",
        "zh": "输入两个形状，看广播规则如何右对齐、拉伸大小为 1 的维度，或以 torch 自己的报错拒绝；以及课程代码中的三个陷阱。",
    },
    "tb.intro": {
        "en": "Element-wise operations on tensors of different shapes do not fail: torch **broadcasts** them. The course notes call it very easy to get wrong. Every shape and number below is computed by torch itself.",
        "zh": "形状不同的张量做逐元素运算时并不会报错：torch 会对它们进行**广播**。课程笔记说这一点非常容易出错。下面的每个形状和数字都由 torch 亲自算出。",
    },
    "tb.operands": {"en": "1 · Two tensors", "zh": "1 · 两个张量"},
    "tb.a_shape": {"en": "shape of a", "zh": "a 的形状"},
    "tb.b_shape": {"en": "shape of b", "zh": "b 的形状"},
    "tb.op": {"en": "operation", "zh": "运算"},
    "tb.values_help": {
        "en": "Values (optional: leave empty for 0, 1, 2, … and 10, 11, 12, …)",
        "zh": "取值（可选：留空则为 0, 1, 2, … 与 10, 11, 12, …）",
    },
    "tb.a_values": {"en": "values of a, comma-separated", "zh": "a 的取值，用逗号分隔"},
    "tb.b_values": {"en": "values of b, comma-separated", "zh": "b 的取值，用逗号分隔"},
    "tb.rule": {"en": "2 · The rule, step by step", "zh": "2 · 广播规则，一步一步"},
    "tb.rule_text": {
        "en": "Align the shapes on the **right**; pad the shorter one with 1s on the left. Then, dimension by dimension, the sizes must be **equal**, or one of them **1**, which is stretched (repeated, without copying memory) to the other's size.",
        "zh": "把两个形状**右对齐**，较短的在左边补 1。然后逐个维度比较：大小要么**相等**，要么其中之一为 **1**，它会被拉伸（重复，但不复制内存）到另一方的大小。",
    },
    "tb.col.dim": {"en": "dimension", "zh": "维度"},
    "tb.col.result": {"en": "result", "zh": "结果"},
    "tb.col.rule": {"en": "why", "zh": "原因"},
    "tb.rule.equal": {"en": "equal sizes", "zh": "大小相等"},
    "tb.rule.stretch": {"en": "a 1 is stretched", "zh": "大小为 1 的一方被拉伸"},
    "tb.rule.clash": {"en": "different, and neither is 1: torch refuses", "zh": "大小不同且都不为 1：torch 拒绝"},
    "tb.padded": {"en": "(a 1 padded on the left)", "zh": "（左侧补的 1）"},
    "tb.refused": {
        "en": "These shapes do not broadcast. This is the error torch raises for `a {op} b`:",
        "zh": "这两个形状无法广播。下面是 torch 对 `a {op} b` 给出的报错：",
    },
    "tb.result_shape": {
        "en": "`a {op} b`: {a} and {b} broadcast to **{out}**.",
        "zh": "`a {op} b`：{a} 与 {b} 广播为 **{out}**。",
    },
    "tb.picture": {
        "en": "Both operands as torch sees them after broadcasting: dark cells are the tensor's own elements, pale ones are stretched repeats.",
        "zh": "广播后 torch 眼中的两个操作数：深色格子是张量自己的元素，浅色格子是拉伸出来的重复。",
    },
    "tb.no_picture": {
        "en": "The picture is drawn for results of at most two dimensions.",
        "zh": "只为不超过二维的结果画图。",
    },
    "tb.a_stretched": {"en": "a, broadcast", "zh": "广播后的 a"},
    "tb.b_stretched": {"en": "b, broadcast", "zh": "广播后的 b"},
    "tb.kind": {"en": "element", "zh": "元素"},
    "tb.value": {"en": "value", "zh": "值"},
    "tb.original": {"en": "its own", "zh": "自身元素"},
    "tb.copy": {"en": "stretched repeat", "zh": "拉伸的重复"},
    "tb.col.row": {"en": "row", "zh": "行"},
    "tb.col.column": {"en": "column", "zh": "列"},
    "tb.traps": {"en": "3 · Traps from the course code", "zh": "3 · 课程代码中的陷阱"},
    "tb.trap_loss": {"en": "y_hat − y with shapes (n, 1) and (n,)", "zh": "形状为 (n, 1) 与 (n,) 的 y_hat − y"},
    "tb.n": {"en": "number of examples n", "zh": "样本数 n"},
    "tb.trap_loss_text": {
        "en": "`y_hat` has shape {y_hat} (what `nn.Linear` returns) and `y` has shape {y}. `y_hat - y` silently broadcasts to **{wrong}**: every prediction minus every label. Its mean squared loss is {wrong_loss:.4f}; the right one, after `y.reshape(y_hat.shape)` gives {right}, is {right_loss:.4f}. This is why D2L's `squared_loss` reshapes `y`.",
        "zh": "`y_hat` 的形状是 {y_hat}（`nn.Linear` 的输出），`y` 的形状是 {y}。`y_hat - y` 会悄无声息地广播成 **{wrong}**：每个预测减去每个标签。这样算出的均方损失为 {wrong_loss:.4f}；正确做法是先 `y.reshape(y_hat.shape)` 得到 {right}，损失为 {right_loss:.4f}。这就是 D2L 的 `squared_loss` 要先 `reshape` `y` 的原因。",
    },
    "tb.trap_keepdim": {"en": "sum(dim, keepdim) when normalising", "zh": "归一化时的 sum(dim, keepdim)"},
    "tb.dim": {"en": "sum over dim", "zh": "求和的维度 dim"},
    "tb.keepdim": {"en": "keepdim=True", "zh": "keepdim=True"},
    "tb.keepdim_fails": {
        "en": "The sum has shape {shape}: it lines up with X's last dimension, not its rows, and torch refuses.",
        "zh": "求和结果的形状是 {shape}：它和 X 的最后一维对齐，而不是和行对齐，torch 拒绝计算。",
    },
    "tb.keepdim_rows": {
        "en": "The sum has shape {shape}: each row is divided by its own sum, so every row sums to 1, as softmax needs.",
        "zh": "求和结果的形状是 {shape}：每一行除以它自己的和，于是每行之和为 1，正是 softmax 需要的。",
    },
    "tb.keepdim_wrong": {
        "en": "The sum has shape {shape}: it broadcasts without an error, but divides by column sums, so the rows do not sum to 1.",
        "zh": "求和结果的形状是 {shape}：它能广播、不报错，但除的是列和，所以每行之和不为 1。",
    },
    "tb.trap_view": {"en": "view and reshape after transpose", "zh": "转置之后的 view 与 reshape"},
    "tb.view_text": {
        "en": "`x = torch.arange(6).view(2, 3)` has strides {s}; `x.t()` only swaps them to {st}, so its elements are no longer in memory order (`is_contiguous()` = {c}). `view` needs memory order and fails; `reshape` copies when it must and gives {r}.",
        "zh": "`x = torch.arange(6).view(2, 3)` 的步长（stride）是 {s}；`x.t()` 只是把步长交换成 {st}，元素在内存中不再按顺序排列（`is_contiguous()` = {c}）。`view` 要求内存顺序，因此失败；`reshape` 在必要时会复制，得到 {r}。",
    },
}

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

# ---------------------------------------------------------------- exercises (core/exercises/tensors.py)
STRINGS.update(
    {
        "tb.ex.shape.text": {
            "en": "`a` has shape **{a}** and `b` has shape **{b}**. What is the shape of `a + b`? (If torch refuses, answer `error`.)",
            "zh": "`a` 的形状是 **{a}**，`b` 的形状是 **{b}**。`a + b` 的形状是什么？（如果 torch 拒绝计算，请回答 `error` 或“不能广播”。）",
        },
        "tb.ex.shape.solution": {
            "en": "Align {a} and {b} on the **right** and pad the shorter with 1s on the left. Then per dimension the sizes are equal or one is 1, which stretches: the result is **{answer}**.",
            "zh": "把 {a} 和 {b} **右对齐**，较短的在左边补 1。然后逐维比较：大小相等，或其中一个为 1 并被拉伸，结果是 **{answer}**。",
        },
        "tb.ex.shape.hint.left": {
            "en": "You lined the shapes up on the left (padding the shorter one on the right). Broadcasting aligns them on the **right**.",
            "zh": "你把形状左对齐了（在较短形状的右边补 1）。广播是**右对齐**的。",
        },
        "tb.ex.shape.hint.refused": {
            "en": "They do broadcast: a size of 1, or a missing leading dimension, stretches to the other operand's size.",
            "zh": "它们可以广播：大小为 1 的维度，或左边缺少的维度，会被拉伸到另一个操作数的大小。",
        },
        "tb.ex.shape.hint.operand": {
            "en": "{given} is one operand's shape, but both get stretched: take the larger size in every aligned dimension.",
            "zh": "{given} 只是其中一个操作数的形状，但两者都会被拉伸：每个对齐的维度取较大的那个大小。",
        },
        "tb.ex.trap.text": {
            "en": "`y_hat` has shape ({n}, 1), as `nn.Linear` returns it, and `y` has shape ({n},). How many elements does `y_hat - y` have?",
            "zh": "`y_hat` 的形状是 ({n}, 1)（`nn.Linear` 的输出），`y` 的形状是 ({n},)。`y_hat - y` 有多少个元素？",
        },
        "tb.ex.trap.solution": {
            "en": "Aligned on the right, ({n}, 1) and (1, {n}) stretch to ({n}, {n}): every prediction minus every label, **{answer}** elements. That is why D2L's `squared_loss` reshapes `y` first.",
            "zh": "右对齐后，({n}, 1) 与 (1, {n}) 被拉伸为 ({n}, {n})：每个预测减去每个标签，共 **{answer}** 个元素。这就是 D2L 的 `squared_loss` 要先 `reshape` `y` 的原因。",
        },
        "tb.ex.trap.hint.lined_up": {
            "en": "{given} is what you would get after `y.reshape(y_hat.shape)`. Without it, `y` of shape ({n},) lines up with the last dimension of `y_hat`.",
            "zh": "{given} 是先做 `y.reshape(y_hat.shape)` 之后才有的结果。不做 reshape 时，形状为 ({n},) 的 `y` 会和 `y_hat` 的最后一维对齐。",
        },
        "tb.ex.trap.hint.added": {
            "en": "Shapes do not add up when tensors broadcast: each size-1 dimension is stretched to the other's size.",
            "zh": "广播时形状不会相加：每个大小为 1 的维度会被拉伸到另一方的大小。",
        },
        "tb.ex.trap.hint.loss": {
            "en": "One number is what `.mean()` gives at the end; the question is about `y_hat - y` itself.",
            "zh": "一个数是最后 `.mean()` 的结果；这里问的是 `y_hat - y` 本身。",
        },
        "tb.ex.both.text": {
            "en": "In section 1, choose two shapes whose sum has **three dimensions** and in which **both** `a` and `b` are stretched (each has a 1, or a missing dimension, where the result is wider).",
            "zh": "在第 1 节中选两个形状，使它们的和有**三个维度**，并且 `a` 和 `b` **都**被拉伸（各自在结果更宽的某一维上大小为 1，或缺少该维）。",
        },
        "tb.ex.both.solution": {
            "en": "For example `a` of shape (2, 1, 4) and `b` of shape (3, 1): aligned on the right they give (2, 3, 4); `a` is stretched along the middle dimension, `b` along the first and the last.",
            "zh": "例如 `a` 的形状为 (2, 1, 4)，`b` 的形状为 (3, 1)：右对齐后得到 (2, 3, 4)；`a` 沿中间一维被拉伸，`b` 沿第一维和最后一维被拉伸。",
        },
        "tb.ex.both.hint.refused": {
            "en": "Your shapes do not broadcast at all: the page shows torch's error. Make every aligned pair equal or 1.",
            "zh": "你的形状根本无法广播：页面显示了 torch 的报错。让每一对对齐的大小相等或其中一个为 1。",
        },
        "tb.ex.both.hint.dims": {
            "en": "The result has {dims} dimension(s); it needs 3. Give one operand three dimensions.",
            "zh": "结果有 {dims} 个维度，需要 3 个。让其中一个操作数有三个维度。",
        },
        "tb.ex.both.hint.one": {
            "en": "Only `{who}` is stretched. Give the other operand a 1 where the result is wider.",
            "zh": "只有 `{who}` 被拉伸了。让另一个操作数在结果更宽的地方大小为 1。",
        },
        "tb.ex.both.right": {
            "en": "{a} and {b} broadcast to {out}, and both are stretched.",
            "zh": "{a} 和 {b} 广播为 {out}，而且两者都被拉伸了。",
        },
        "tb.ex.keepdim.text": {
            "en": "`A` has shape (2, 3). `A / A.sum(dim=1)` raises an error, while `A / A.sum(dim=1, keepdim=True)` divides each row by its sum. Why?",
            "zh": "`A` 的形状是 (2, 3)。`A / A.sum(dim=1)` 会报错，而 `A / A.sum(dim=1, keepdim=True)` 会让每一行除以它自己的和。为什么？",
        },
        "tb.ex.keepdim.solution": {
            "en": "`A.sum(dim=1)` has shape (2,): aligned on the right it meets the dimension of size 3 and clashes. With `keepdim=True` it has shape (2, 1), which lines up with the rows and stretches along the columns.",
            "zh": "`A.sum(dim=1)` 的形状是 (2,)：右对齐时它对上大小为 3 的那一维，发生冲突。加上 `keepdim=True` 后形状为 (2, 1)，与行对齐，并沿列被拉伸。",
        },
        "tb.ex.keepdim.o.aligned": {
            "en": "The sum of shape (2,) lines up with the last dimension (3); keepdim keeps it as (2, 1), lined up with the rows",
            "zh": "形状为 (2,) 的和会与最后一维 (3) 对齐；keepdim 把它保留为 (2, 1)，与行对齐",
        },
        "tb.ex.keepdim.o.columns": {
            "en": "`sum(dim=1)` adds up the columns, so the sums belong to the wrong axis",
            "zh": "`sum(dim=1)` 是按列求和，所以和属于错误的轴",
        },
        "tb.ex.keepdim.o.division": {
            "en": "Division by a tensor is not element-wise unless keepdim is set",
            "zh": "除以张量时，除非设置 keepdim，否则不是逐元素运算",
        },
        "tb.ex.keepdim.w.aligned": {
            "en": "Right: broadcasting aligns shapes on the right, and (2,) meets the 3.",
            "zh": "对：广播按右对齐，(2,) 对上的是 3。",
        },
        "tb.ex.keepdim.w.columns": {
            "en": "`sum(dim=1)` sums along dimension 1, within each row: it gives the row sums, shape (2,). The trouble is how (2,) lines up.",
            "zh": "`sum(dim=1)` 沿第 1 维、在每一行内求和，得到的是行和，形状 (2,)。问题出在 (2,) 如何对齐。",
        },
        "tb.ex.keepdim.w.division": {
            "en": "Division is always element-wise; keepdim only changes the sum's shape, and so how it broadcasts.",
            "zh": "除法始终是逐元素的；keepdim 只改变和的形状，从而改变它如何广播。",
        },
    }
)

"""Autograd and the dynamic graph page. Each key: {"en": English, "zh": 简体中文}."""

STRINGS = {
    "ag.title": {"en": "Autograd and the dynamic graph", "zh": "自动求导与动态计算图"},
    "ag.blurb": {
        "en": "Type an expression over x, w and b: see the graph torch builds as it runs, call backward() and read each .grad.",
        "zh": "输入一个关于 x、w、b 的表达式：看 torch 在运行时搭起的计算图，调用 backward() 并读出每个 .grad。",
    },
    "ag.intro": {
        "en": "PyTorch builds the computation graph **while your code runs** (a dynamic graph): every operation on a tensor that requires a gradient records a `grad_fn` that knows how to send gradients back. `backward()` walks that record from the output to the leaves and **frees it** as it goes.",
        "zh": "PyTorch 在**代码运行的同时**搭建计算图（动态图）：对需要梯度的张量做的每个运算，都会记下一个 `grad_fn`，它知道如何把梯度传回去。`backward()` 从输出沿着这份记录走回叶子节点，并一边走一边**释放**它。",
    },
    "ag.expression": {"en": "1 · Your expression", "zh": "1 · 你的表达式"},
    "ag.expr": {"en": "expression over x, w and b", "zh": "关于 x、w、b 的表达式"},
    "ag.expr_help": {
        "en": "Numbers, x, w, b, + − * / ** (or ^) and the functions {functions}. The text is parsed, never run as Python.",
        "zh": "可用数字、x、w、b、+ − * / **（或 ^）以及函数 {functions}。输入的文字只会被解析，绝不会作为 Python 执行。",
    },
    "ag.value_x": {"en": "x =", "zh": "x ="},
    "ag.value_w": {"en": "w =", "zh": "w ="},
    "ag.value_b": {"en": "b =", "zh": "b ="},
    "ag.rg_x": {"en": "x requires_grad", "zh": "x 的 requires_grad"},
    "ag.rg_w": {"en": "w requires_grad", "zh": "w 的 requires_grad"},
    "ag.rg_b": {"en": "b requires_grad", "zh": "b 的 requires_grad"},
    "ag.not_finite": {
        "en": "The result is not a finite number (a log of a negative, a division by zero, an overflow): no value computed from it is shown.",
        "zh": "结果不是有限数（对负数取对数、除以零或溢出）：由它算出的值一律不显示。",
    },
    "ag.graph": {"en": "2 · The graph torch built", "zh": "2 · torch 搭建的计算图"},
    "ag.no_graph": {
        "en": "No input requires a gradient, so torch recorded no graph: `out.grad_fn` is None. Switch on requires_grad for a leaf.",
        "zh": "没有任何输入需要梯度，所以 torch 没有记录计算图：`out.grad_fn` 为 None。请为某个叶子节点打开 requires_grad。",
    },
    "ag.graph_note": {
        "en": "Each box is a `grad_fn` with the forward value of the tensor it produced; arrows run the way `backward()` goes, from the output to `AccumulateGrad`, which adds into a leaf's `.grad`. A leaf without requires_grad, and every constant, is not in the graph at all.",
        "zh": "每个方框是一个 `grad_fn`，并标出它所产生张量的前向值；箭头方向就是 `backward()` 的方向：从输出走到 `AccumulateGrad`，后者把梯度累加进叶子的 `.grad`。没有 requires_grad 的叶子和所有常数根本不在图中。",
    },
    "ag.forward": {"en": "forward", "zh": "前向值"},
    "ag.backward": {"en": "3 · out.backward()", "zh": "3 · out.backward()"},
    "ag.backward_refused": {
        "en": "backward() needs something that requires a gradient; torch says:",
        "zh": "backward() 需要至少一个需要梯度的输入；torch 报错：",
    },
    "ag.col.leaf": {"en": "leaf", "zh": "叶子节点"},
    "ag.col.value": {"en": "value", "zh": "值"},
    "ag.col.call": {"en": "backward() call", "zh": "第几次 backward()"},
    "ag.leaves_note": {
        "en": "requires_grad spreads forward: a result requires a gradient if any input does. Leaves have no grad_fn; their gradients land in .grad, which stays None for a leaf that does not require one. The tests check every value here against torch.autograd.grad.",
        "zh": "requires_grad 会向前传播：只要有一个输入需要梯度，结果就需要梯度。叶子节点没有 grad_fn；它们的梯度存进 .grad，不需要梯度的叶子其 .grad 保持为 None。测试会用 torch.autograd.grad 核对这里的每个值。",
    },
    "ag.surprises": {"en": "4 · What surprises learners", "zh": "4 · 初学者常被什么吓一跳"},
    "ag.accumulate": {"en": "Gradients add up until you zero them", "zh": "不清零，梯度就会累加"},
    "ag.accumulate_note": {
        "en": "Three backward() calls (with retain_graph=True) and no zero_grad(): each .grad grows by the same amount every time. This is why every training loop calls `optimizer.zero_grad()` (or `w.grad.data.zero_()` in the course).",
        "zh": "连续调用三次 backward()（retain_graph=True）且不调用 zero_grad()：每个 .grad 每次都增加同样的量。所以每个训练循环都要调用 `optimizer.zero_grad()`（课程里写作 `w.grad.data.zero_()`）。",
    },
    "ag.twice": {"en": "A second backward() without retain_graph", "zh": "不带 retain_graph 的第二次 backward()"},
    "ag.twice_note": {
        "en": "The first backward() freed the values the graph had saved, so torch refuses the second. The training loop builds a new graph every iteration: that is what dynamic means.",
        "zh": "第一次 backward() 已经释放了计算图保存的中间值，所以 torch 拒绝第二次。训练循环每次迭代都会重新搭一张图：这正是“动态”的含义。",
    },
    "ag.twice_ok": {
        "en": "This expression saves no intermediate values for its backward pass (like w + b), so torch allows a second backward(); try a product or a power to see the error.",
        "zh": "这个表达式的反向传播不需要保存中间值（例如 w + b），所以 torch 允许第二次 backward()；换成乘法或幂运算就能看到报错。",
    },
    "ag.detach": {"en": ".detach() and .data leave the graph", "zh": ".detach() 与 .data 会离开计算图"},
    "ag.detach_text": {
        "en": "With y = w·w and w = {w:g}: z = y·w gives dz/dw = 3w² = **{full}**. With u = y.detach() (or y.data), z = u·w gives **{cut}** = w²: u is the same number but autograd no longer sees it depends on w. The course updates weights through `.data` for exactly this reason.",
        "zh": "设 y = w·w，w = {w:g}：z = y·w 的 dz/dw = 3w² = **{full}**。若 u = y.detach()（或 y.data），z = u·w 得到 **{cut}** = w²：u 数值不变，但自动求导不再知道它依赖于 w。课程用 `.data` 更新权重正是为此。",
    },
    "ag.constant": {
        "en": "This expression uses none of x, w, b: it is a constant, so there is no graph and no gradient to accumulate.",
        "zh": "这个表达式没有用到 x、w、b：它是常数，因此没有计算图，也没有梯度可以累加。",
    },
}

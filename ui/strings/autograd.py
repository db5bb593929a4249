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

# ---------------------------------------------------------------- exercises (core/exercises/autograd.py)
STRINGS.update(
    {
        "ag.ex.grad.text": {
            "en": "The course's loss of one example is `out = (x * w - b) ** 2`, with `b` as the label y. At x = {x}, w = {w}, b = {b}: what is ∂out/∂w, the `w.grad` after `out.backward()`?",
            "zh": "课程中单个样本的损失是 `out = (x * w - b) ** 2`，这里 `b` 充当标签 y。在 x = {x}、w = {w}、b = {b} 时，`∂out/∂w`（即 `out.backward()` 之后的 `w.grad`）是多少？",
        },
        "ag.ex.grad.solution": {
            "en": "By the chain rule, ∂out/∂w = 2(x·w − b)·x = 2·({x}·{w} − {b})·{x} = **{answer}**. Type the expression on the page with these values and torch gives the same number.",
            "zh": "由链式法则，`∂out/∂w` = 2(x·w − b)·x = 2·({x}·{w} − {b})·{x} = **{answer}**。在页面上输入这个表达式和这些值，torch 给出的是同一个数。",
        },
        "ag.ex.grad.hint.chain": {
            "en": "You stopped at the outer derivative 2(x·w − b). The chain rule multiplies by the inner one, ∂(x·w − b)/∂w = x.",
            "zh": "你只算到外层导数 2(x·w − b)。链式法则还要乘上内层导数 ∂(x·w − b)/∂w = x。",
        },
        "ag.ex.grad.hint.power": {
            "en": "The factor 2 from the square is missing: d(u²)/du = 2u.",
            "zh": "少了平方带来的因子 2：d(u²)/du = 2u。",
        },
        "ag.ex.grad.hint.wrt": {
            "en": "That is ∂out/∂x. The question asks for the gradient with respect to w.",
            "zh": "那是 `∂out/∂x`。题目问的是对 w 的梯度。",
        },
        "ag.ex.grad.hint.value": {
            "en": "That is the value of `out` (the forward pass), not its gradient.",
            "zh": "那是 `out` 的值（前向计算的结果），不是它的梯度。",
        },
        "ag.ex.acc.text": {
            "en": "`out = w * x` with x = {x}. You call `out.backward(retain_graph=True)` **{k} times** and never `w.grad.zero_()`. What is `w.grad` now?",
            "zh": "`out = w * x`，x = {x}。你调用了 **{k} 次** `out.backward(retain_graph=True)`，一次也没有调用 `w.grad.zero_()`。现在 `w.grad` 是多少？",
        },
        "ag.ex.acc.solution": {
            "en": "Each `backward()` **adds** ∂out/∂w = x = {x} into `w.grad`, so after {k} calls it holds {k}·{x} = **{answer}**. That is why the course's loop calls `w.grad.data.zero_()` after every update.",
            "zh": "每次 `backward()` 都会把 `∂out/∂w` = x = {x} **累加**到 `w.grad` 里，所以 {k} 次之后它是 {k}·{x} = **{answer}**。这就是课程的循环在每次更新后调用 `w.grad.data.zero_()` 的原因。",
        },
        "ag.ex.acc.hint.once": {
            "en": "That is the gradient of one call. Without `zero_()`, gradients accumulate: each call adds to `w.grad`.",
            "zh": "那是一次调用的梯度。不调用 `zero_()` 时梯度会累加：每次调用都加到 `w.grad` 上。",
        },
        "ag.ex.acc.hint.power": {
            "en": "Gradients add up across calls; they do not multiply.",
            "zh": "多次调用的梯度是相加的，不是相乘的。",
        },
        "ag.ex.acc.hint.zero": {
            "en": "Nothing resets `w.grad` between the calls; only `w.grad.zero_()` (or `optimizer.zero_grad()`) would.",
            "zh": "两次调用之间没有任何东西把 `w.grad` 清零；只有 `w.grad.zero_()`（或 `optimizer.zero_grad()`）才会。",
        },
        "ag.ex.acc.hint.count": {
            "en": "Count again: the first call already puts x into `w.grad`, and each of the {k} calls adds it.",
            "zh": "再数一次：第一次调用就已经把 x 放进 `w.grad`，{k} 次调用每次都会加上它。",
        },
        "ag.ex.twice.text": {
            "en": "Section 4 of this page runs `out.backward()` twice. Why does the second call fail for most expressions?",
            "zh": "本页第 4 节连续调用两次 `out.backward()`。为什么对大多数表达式，第二次调用会失败？",
        },
        "ag.ex.twice.solution": {
            "en": "To save memory, the first `backward()` frees the tensors the graph saved for the backward pass (like x for `w * x`). A second pass has nothing to multiply with; `backward(retain_graph=True)` keeps them. An expression that saves nothing, like `w + b`, can go backward twice.",
            "zh": "为了节省内存，第一次 `backward()` 会释放计算图为反向传播保存的张量（例如 `w * x` 中的 x）。第二次反向传播就没有东西可乘了；`backward(retain_graph=True)` 会保留它们。像 `w + b` 这样不保存张量的表达式可以反向传播两次。",
        },
        "ag.ex.twice.o.freed": {
            "en": "The first backward() freed the values the graph saved for it",
            "zh": "第一次 backward() 释放了计算图为它保存的值",
        },
        "ag.ex.twice.o.full": {
            "en": "w.grad already holds a gradient and cannot take another",
            "zh": "w.grad 已经存了一个梯度，不能再接收另一个",
        },
        "ag.ex.twice.o.scalar": {
            "en": "After backward(), out is no longer a scalar",
            "zh": "调用 backward() 之后 `out` 不再是标量",
        },
        "ag.ex.twice.w.freed": {
            "en": "Right: `retain_graph=True` keeps the saved tensors for a second pass.",
            "zh": "对：`retain_graph=True` 会为第二次反向传播保留这些张量。",
        },
        "ag.ex.twice.w.full": {
            "en": "A `.grad` can take any number of gradients: they accumulate (section 4 shows it). The error is about the graph.",
            "zh": "`.grad` 可以接收任意多次梯度：它们会累加（第 4 节就展示了）。报错与计算图有关。",
        },
        "ag.ex.twice.w.scalar": {
            "en": "`backward()` does not change `out`; it is still the same scalar. The error is about what the graph saved.",
            "zh": "`backward()` 不会改变 `out`，它仍是同一个标量。报错与计算图保存的东西有关。",
        },
        "ag.ex.sin.text": {
            "en": "D2L asks: let f(x) = sin(x) and find f′(x) **without** using that f′(x) = cos(x). Make this page's `x.grad` equal cos(x) at your x: type an expression without `cos`, and switch on `x requires_grad`.",
            "zh": "D2L 的题目：令 f(x) = sin(x)，**不要**利用 f′(x) = cos(x) 这一事实求 f′(x)。让本页的 `x.grad` 在你的 x 处等于 cos(x)：输入一个不含 `cos` 的表达式，并打开“x 的 requires_grad”。",
        },
        "ag.ex.sin.solution": {
            "en": "Type `sin(x)` and switch on “x requires_grad”. After `out.backward()`, `x.grad` is the derivative that autograd found by going backward through `SinBackward0`, which equals cos(x) at every x.",
            "zh": "输入 `sin(x)` 并打开“x 的 requires_grad”。`out.backward()` 之后，`x.grad` 就是 autograd 沿 `SinBackward0` 反向求出的导数，它在每个 x 处都等于 cos(x)。",
        },
        "ag.ex.sin.hint.cos": {
            "en": "No `cos` in the expression: the point is to let autograd find the derivative.",
            "zh": "表达式里不能有 `cos`：重点是让 autograd 求出导数。",
        },
        "ag.ex.sin.hint.no_grad": {
            "en": "`x.grad` is None: switch on “x requires_grad” and use x in the expression.",
            "zh": "`x.grad` 是 None：打开“x 的 requires_grad”，并在表达式中使用 x。",
        },
        "ag.ex.sin.hint.flat": {
            "en": "At x = {x}, cos(x) is almost 0, so almost anything would match: move x away from there.",
            "zh": "在 x = {x} 处 cos(x) 几乎为 0，几乎什么都能对上：把 x 移开一些。",
        },
        "ag.ex.sin.hint.differs": {
            "en": "At x = {x}, `x.grad` is {got:.4g} but cos(x) is {want:.4g}.",
            "zh": "在 x = {x} 处，`x.grad` 是 {got:.4g}，而 cos(x) 是 {want:.4g}。",
        },
        "ag.ex.sin.right": {
            "en": "At x = {x}, `x.grad` = {got:.4g} = cos(x), found by autograd alone.",
            "zh": "在 x = {x} 处，`x.grad` = {got:.4g} = cos(x)，完全由 autograd 求出。",
        },
    }
)

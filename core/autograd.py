"""Autograd and the dynamic graph (D2L 2.5, seeds 002/004): the graph torch builds for *your* expression.

The learner's text is never evaluated: `ast.parse` reads it, a whitelist admits numbers, the leaf
names, + - * / ** and a few functions, and `build` turns the tree into torch operations itself.
"""

import ast
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import torch

from core.errors import InputError

LEAVES = ("x", "w", "b")
FUNCTIONS: dict[str, Callable[[torch.Tensor], torch.Tensor]] = {"exp": torch.exp, "log": torch.log, "sin": torch.sin, "cos": torch.cos, "tanh": torch.tanh,
             "sigmoid": torch.sigmoid, "relu": torch.relu, "sqrt": torch.sqrt, "abs": torch.abs}  # fmt: skip
BINARY: dict[type, Callable[..., torch.Tensor]] = {
    ast.Add: torch.add,
    ast.Sub: torch.sub,
    ast.Mult: torch.mul,
    ast.Div: torch.div,
    ast.Pow: torch.pow,
}
MAX_CHARS, MAX_NODES = 120, 60


def parse(text: str) -> ast.expr:
    """The expression's syntax tree, admitted only if every node is on the whitelist."""
    text = text.strip().replace("^", "**").replace("−", "-").replace("×", "*")
    if not text:
        raise InputError("expr_empty", "type an expression, for example (w * x + b) ** 2")
    if len(text) > MAX_CHARS:
        raise InputError("expr_long", "an expression is at most {n} characters", n=MAX_CHARS)
    try:
        tree = ast.parse(text, mode="eval").body
    except SyntaxError:
        raise InputError("expr_syntax", "'{text}' is not a complete expression", text=text) from None
    nodes = list(ast.walk(tree))
    if len(nodes) > MAX_NODES:
        raise InputError("expr_long", "an expression is at most {n} characters", n=MAX_CHARS)
    called = {id(node.func) for node in nodes if isinstance(node, ast.Call)}  # a function's name, where it is called
    for node in nodes:
        if isinstance(node, ast.Name) and node.id not in LEAVES and id(node) not in called:
            raise InputError(
                "expr_not_allowed",
                "'{part}' is not allowed here: use numbers, {leaves}, + − * / ** and {functions}",
                part=node.id,
                leaves=", ".join(LEAVES),
                functions=", ".join(FUNCTIONS),
            )
        if not _allowed(node):
            raise InputError(
                "expr_not_allowed",
                "'{part}' is not allowed here: use numbers, {leaves}, + − * / ** and {functions}",
                part=ast.unparse(node)[:30],
                leaves=", ".join(LEAVES),
                functions=", ".join(FUNCTIONS),
            )
    return tree


def _allowed(node) -> bool:
    if isinstance(node, ast.BinOp):
        return type(node.op) in BINARY
    if isinstance(node, ast.UnaryOp):
        return isinstance(node.op, ast.USub | ast.UAdd)
    if isinstance(node, ast.Call):
        return (
            isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS and len(node.args) == 1 and not node.keywords
        )
    if isinstance(node, ast.Name):
        return node.id in LEAVES or node.id in FUNCTIONS
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int | float) and not isinstance(node.value, bool) and abs(node.value) <= 1e6
    return isinstance(node, ast.operator | ast.unaryop | ast.expr_context)


@dataclass
class Graph:
    """Forward pass of the learner's expression, and what autograd recorded for it."""

    text: str
    leaves: dict  # name -> leaf tensor (requires_grad as chosen)
    output: torch.Tensor
    values: dict = field(default_factory=dict)  # id(grad_fn) -> forward value of the tensor it made


def build(text: str, values: dict, requires_grad: dict) -> Graph:
    """Run the expression with torch on fresh leaf tensors; every operation is a real torch call."""
    tree = parse(text)
    leaves = {name: torch.tensor(float(values[name]), requires_grad=bool(requires_grad[name])) for name in LEAVES}
    graph = Graph(ast.unparse(tree), leaves, torch.tensor(0.0))

    def run(node) -> torch.Tensor:
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return torch.tensor(float(node.value))
        if isinstance(node, ast.Name):
            return leaves[node.id]
        if isinstance(node, ast.UnaryOp):
            inner = run(node.operand)
            out = -inner if isinstance(node.op, ast.USub) else inner
        elif isinstance(node, ast.BinOp):
            out = BINARY[type(node.op)](run(node.left), run(node.right))
        else:
            out = FUNCTIONS[node.func.id](run(node.args[0]))
        if out.grad_fn is not None:
            graph.values[id(out.grad_fn)] = out.item()
        return out

    graph.output = run(tree)
    return graph


def graph_nodes(graph: Graph) -> tuple[list[dict], list[tuple[str, str]]]:
    """Walk grad_fn.next_functions from the output, as backward() will: nodes and edges (child -> parent).

    AccumulateGrad nodes are where gradients land in a leaf's .grad; a None next function is an
    input that needs no gradient (a constant, or a leaf with requires_grad=False).
    """
    names = {id(t): n for n, t in graph.leaves.items()}
    nodes, edges, seen = [], [], set()
    root = graph.output.grad_fn
    stack = [root] if root is not None else []
    while stack:
        fn = stack.pop()
        if id(fn) in seen:
            continue
        seen.add(id(fn))
        leaf = getattr(fn, "variable", None)
        nodes.append(
            {
                "id": str(id(fn)),
                "name": type(fn).__name__,
                "leaf": names.get(id(leaf)) if leaf is not None else None,
                "value": graph.values.get(id(fn)),
            }
        )
        for child, _ in fn.next_functions:
            if child is not None:
                edges.append((str(id(child)), str(id(fn))))
                stack.append(child)
    return nodes, edges


def gradients(graph: Graph) -> tuple[dict, str | None]:
    """Each leaf's .grad after output.backward() (None where it needs none), or torch's error when
    nothing in the expression requires a gradient."""
    try:
        graph.output.backward()
    except RuntimeError as exc:
        return {name: None for name in LEAVES}, str(exc)
    return {name: (t.grad.item() if t.grad is not None else None) for name, t in graph.leaves.items()}, None


def finite(value) -> bool:
    return value is not None and math.isfinite(value)


# ---------------------------------------------------------------- what surprises learners


def accumulation(text: str, values: dict, times: int = 3) -> list[dict]:
    """w.grad, x.grad, b.grad after each of several backward() calls without zero_grad: they add up.
    A leaf the expression does not use gets no .grad at all (None), as in torch."""
    graph = build(text, values, {n: True for n in LEAVES})
    rows: list[dict] = []
    if not graph.output.requires_grad:  # a constant expression: no leaf, no graph, nothing to add up
        return rows
    for k in range(1, times + 1):
        graph.output.backward(retain_graph=True)
        rows.append({"call": k, **{n: None if t.grad is None else t.grad.item() for n, t in graph.leaves.items()}})
    return rows


def second_backward_error(text: str, values: dict) -> str | None:
    """The error torch raises on a second backward() once the first freed the graph (None if it does not:
    an expression whose backward saves no tensors, like w + b, can be run backward twice)."""
    graph = build(text, values, {n: True for n in LEAVES})
    if not graph.output.requires_grad:
        return None
    graph.output.backward()
    try:
        graph.output.backward()
    except RuntimeError as exc:
        return str(exc).split("\n")[0]
    return None


def detach_demo(value: float = 2.0) -> dict:
    """y = w * w; u = y.detach(): u is the same number but outside the graph, so z = u * w sends no
    gradient through u. Compare z = y * w, which does."""
    w = torch.tensor(float(value), requires_grad=True)
    y = w * w
    u = y.detach()
    (through_detach,) = torch.autograd.grad(u * w, w, retain_graph=True)
    (full,) = torch.autograd.grad(y * w, w)
    return {
        "u_requires_grad": u.requires_grad,
        "u_grad_fn": u.grad_fn is None,
        "data_requires_grad": y.data.requires_grad,
        "grad_detached": through_detach.item(),
        "grad_full": full.item(),
    }

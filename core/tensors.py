"""Tensors and broadcasting (D2L 2.1, seed 000: "very easy to get wrong").

Every result shown is computed by torch; the rule's steps are written out beside it, and a test
checks they agree with torch.broadcast_shapes for every pair of small shapes.
"""

from collections.abc import Callable
from dataclasses import dataclass

import torch

from core.errors import InputError

MAX_DIMS = 4
MAX_SIZE = 8  # per dimension: small enough to show every element
MAX_VALUES = 64
OPS: dict[str, Callable[[torch.Tensor, torch.Tensor], torch.Tensor]] = {"+": torch.add, "-": torch.sub, "*": torch.mul}


def parse_shape(text: str) -> tuple[int, ...]:
    """'3, 1' -> (3, 1); '' -> () (a scalar). Sizes 1..MAX_SIZE, at most MAX_DIMS dimensions."""
    parts = [p.strip() for p in text.replace("，", ",").replace("(", "").replace(")", "").split(",") if p.strip()]
    try:
        shape = tuple(int(p) for p in parts)
    except ValueError:
        raise InputError("bad_shape", "a shape is whole numbers separated by commas, got '{text}'", text=text) from None
    if len(shape) > MAX_DIMS or any(not 1 <= s <= MAX_SIZE for s in shape):
        raise InputError(
            "shape_range", "use at most {dims} dimensions of size 1 to {size}", dims=MAX_DIMS, size=MAX_SIZE
        )
    return shape


def make_tensor(shape: tuple[int, ...], values_text: str = "", offset: int = 0) -> torch.Tensor:
    """A tensor of this shape from comma-separated values, or 0, 1, 2, ... (+ offset) when none are given."""
    numel = 1
    for s in shape:
        numel *= s
    if not values_text.strip():
        return (torch.arange(numel, dtype=torch.float32) + offset).reshape(shape)
    parts = [p for p in values_text.replace("，", ",").split(",") if p.strip()]
    try:
        values = [float(p) for p in parts]
    except ValueError:
        raise InputError(
            "bad_values", "values are numbers separated by commas, got '{text}'", text=values_text
        ) from None
    if len(values) != numel or numel > MAX_VALUES:
        raise InputError(
            "value_count",
            "a tensor of shape {shape} needs {n} values, got {got}",
            shape=shape,
            n=numel,
            got=len(values),
        )
    return torch.tensor(values).reshape(shape)


@dataclass
class Broadcast:
    steps: list  # per aligned dimension: {"dim", "a", "b", "result" or None, "rule"}
    shape: tuple | None  # torch.broadcast_shapes, or None when torch refuses
    error: str | None  # torch's own message when it refuses
    result: torch.Tensor | None  # a (op) b, computed by torch


def rule_steps(a_shape, b_shape) -> list[dict]:
    """The rule written out: align the shapes on the right, pad with 1s, then per dimension the sizes
    must be equal or one of them 1 (which is stretched)."""
    n = max(len(a_shape), len(b_shape))
    a = (1,) * (n - len(a_shape)) + tuple(a_shape)
    b = (1,) * (n - len(b_shape)) + tuple(b_shape)
    steps = []
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        padded = i < n - len(a_shape) or i < n - len(b_shape)
        if x == y:
            rule, out = "equal", x
        elif x == 1 or y == 1:
            rule, out = "stretch", max(x, y)
        else:
            rule, out = "clash", None
        steps.append({"dim": i - n, "a": x, "b": y, "result": out, "rule": rule, "padded": padded})
    return steps


def broadcast(a: torch.Tensor, b: torch.Tensor, op: str = "+") -> Broadcast:
    if op not in OPS:
        raise InputError("bad_op", "unknown operation {op}", op=op)
    steps = rule_steps(a.shape, b.shape)
    try:
        result = OPS[op](a, b)  # the error, if any, is the one the learner's own code would raise
    except RuntimeError as exc:
        return Broadcast(steps, None, str(exc), None)
    return Broadcast(steps, tuple(result.shape), None, result)


def stretched(t: torch.Tensor, shape: tuple) -> list[dict]:
    """Each element of t broadcast to `shape` (2-D at most), and whether it is a stretched copy:
    along a dimension where t has size 1, every position after the first repeats it."""
    if len(shape) > 2:
        return []
    src = (1,) * (len(shape) - t.dim()) + tuple(t.shape)
    grid = t.reshape(src).expand(shape).reshape((1,) * (2 - len(shape)) + tuple(shape))
    src2 = (1,) * (2 - len(src)) + src
    return [
        {"row": i, "col": j, "value": grid[i, j].item(), "copy": (src2[0] == 1 and i > 0) or (src2[1] == 1 and j > 0)}
        for i in range(grid.shape[0])
        for j in range(grid.shape[1])
    ]


# ---------------------------------------------------------------- traps from the course code


def loss_shape_trap(n: int = 3) -> dict:
    """y_hat of shape (n, 1) minus y of shape (n,) broadcasts to (n, n): why D2L's squared_loss reshapes."""
    gen = torch.Generator().manual_seed(0)
    y = torch.randn(n, generator=gen)
    y_hat = (y + 0.1 * torch.randn(n, generator=gen)).reshape(n, 1)
    wrong = y_hat - y
    right = y_hat - y.reshape(y_hat.shape)
    return {
        "y_hat": tuple(y_hat.shape),
        "y": tuple(y.shape),
        "wrong": tuple(wrong.shape),
        "right": tuple(right.shape),
        "wrong_loss": (wrong**2 / 2).mean().item(),
        "right_loss": (right**2 / 2).mean().item(),
    }


def keepdim_trap(dim: int = 1, keepdim: bool = False) -> dict:
    """X / X.sum(dim, keepdim): the softmax normalisation. Without keepdim the sum loses the axis that
    lets it line up with X's rows."""
    X = torch.arange(1.0, 7.0).reshape(2, 3)
    s = X.sum(dim=dim, keepdim=keepdim)
    try:
        q = X / s
        return {
            "sum_shape": tuple(s.shape),
            "result_shape": tuple(q.shape),
            "rows_sum_to_1": bool(torch.allclose(q.sum(dim=1), torch.ones(2))),
            "error": None,
        }
    except RuntimeError as exc:
        return {"sum_shape": tuple(s.shape), "result_shape": None, "rows_sum_to_1": False, "error": str(exc)}


def contiguity_trap() -> dict:
    """view() needs memory laid out in order; transpose() only swaps strides, so view fails and reshape copies."""
    x = torch.arange(6).view(2, 3)
    xt = x.t()
    try:
        xt.view(6)
        error = None
    except RuntimeError as exc:
        error = str(exc)
    return {
        "x_stride": x.stride(),
        "xt_stride": xt.stride(),
        "xt_contiguous": xt.is_contiguous(),
        "view_error": error,
        "reshape": xt.reshape(6).tolist(),
        "reshape_shares_memory": xt.reshape(6).data_ptr() == x.data_ptr(),
    }

"""Exercises of the Tensors & broadcasting page (D2L 2.1, 2.3)."""

import math
from random import Random

from core import tensors
from core.exercises.answers import NO_BROADCAST, parse_number, parse_shape
from core.exercises.base import Exercise, Kind, Mistake, Option, Verdict, d2l


def _result_shape(a_shape, b_shape):
    """What torch says a + b has, or NO_BROADCAST: the oracle is the page's own broadcast()."""
    a, b = tensors.make_tensor(tuple(a_shape)), tensors.make_tensor(tuple(b_shape), offset=10)
    result = tensors.broadcast(a, b, "+")
    return result.shape if result.error is None else NO_BROADCAST


def _left_aligned(p: dict):
    """The usual mistake: line the shapes up on the left (pad the shorter one on the right)."""
    n = max(len(p["a"]), len(p["b"]))
    a = tuple(p["a"]) + (1,) * (n - len(p["a"]))
    b = tuple(p["b"]) + (1,) * (n - len(p["b"]))
    return _result_shape(a, b)


def _broadcast_params(rng: Random) -> dict:
    """A 3-D a with a 1 inside and a 2-D b: they broadcast on the right, and lining them up on the
    left gives another answer (or none)."""
    p, q, r = rng.sample(range(2, 7), 3)
    a, b = rng.choice([((p, 1, r), (q, r)), ((p, q, 1), (q, r)), ((p, 1, 1), (q, r))])
    return {"a": list(a), "b": list(b)}


BROADCAST_SHAPE = Exercise(
    id="tb.broadcast_shape",
    kind=Kind.COMPUTE,
    source=d2l("2.1", 2),
    text="tb.ex.shape.text",
    solution="tb.ex.shape.solution",
    code=(tensors.rule_steps, tensors.broadcast),
    params=_broadcast_params,
    parse=parse_shape,
    oracle=lambda p: _result_shape(p["a"], p["b"]),
    mistakes=(
        Mistake("tb.ex.shape.hint.left", _left_aligned),
        Mistake("tb.ex.shape.hint.refused", lambda p: NO_BROADCAST),
        Mistake("tb.ex.shape.hint.operand", lambda p: tuple(p["a"])),
        Mistake("tb.ex.shape.hint.operand", lambda p: tuple(p["b"])),
    ),
)


def _trap_elements(p: dict) -> int:
    return math.prod(tensors.loss_shape_trap(p["n"])["wrong"])


TRAP_SIZE = Exercise(
    id="tb.trap_size",
    kind=Kind.COMPUTE,
    source=d2l("3.2", 5),
    text="tb.ex.trap.text",
    solution="tb.ex.trap.solution",
    code=(tensors.loss_shape_trap,),
    params=lambda rng: {"n": rng.randint(3, 12)},
    parse=parse_number,
    oracle=_trap_elements,
    mistakes=(
        Mistake("tb.ex.trap.hint.lined_up", lambda p: p["n"]),
        Mistake("tb.ex.trap.hint.added", lambda p: 2 * p["n"]),
        Mistake("tb.ex.trap.hint.loss", lambda p: 1),
    ),
)


def _stretched(operand: tuple, out: tuple) -> bool:
    """Does broadcasting to `out` repeat this operand along some dimension (a 1, or a missing one)?"""
    padded = (1,) * (len(out) - len(operand)) + tuple(operand)
    return any(size == 1 and wide > 1 for size, wide in zip(padded, out, strict=True))


def _stretch_both(params: dict, held: dict) -> Verdict:
    """held: {"a": a's shape, "b": b's shape, "out": the result's shape or None} from the page."""
    a, b, out = tuple(held["a"]), tuple(held["b"]), held["out"]
    if out is None:
        return Verdict(False, "tb.ex.both.hint.refused")
    out = tuple(out)
    if len(out) != 3:
        return Verdict(False, "tb.ex.both.hint.dims", {"dims": len(out)})
    if not (_stretched(a, out) and _stretched(b, out)):
        return Verdict(False, "tb.ex.both.hint.one", {"who": "a" if _stretched(a, out) else "b"})
    return Verdict(True, "tb.ex.both.right", {"a": str(a), "b": str(b), "out": str(out)})


STRETCH_BOTH = Exercise(
    id="tb.stretch_both",
    kind=Kind.ON_PAGE,
    source=d2l("2.1", 2),
    text="tb.ex.both.text",
    solution="tb.ex.both.solution",
    code=(tensors.rule_steps, tensors.stretched),
    goal=_stretch_both,
    held_code='{"a": tuple(a.shape), "b": tuple(b.shape), "out": tensors.broadcast(a, b, op).shape}',
)

KEEPDIM = Exercise(
    id="tb.keepdim",
    kind=Kind.CHOICE,
    source=d2l("2.3", 6),
    text="tb.ex.keepdim.text",
    solution="tb.ex.keepdim.solution",
    code=(tensors.keepdim_trap,),
    options=(
        Option("aligned", "tb.ex.keepdim.o.aligned", "tb.ex.keepdim.w.aligned", correct=True),
        Option("columns", "tb.ex.keepdim.o.columns", "tb.ex.keepdim.w.columns"),
        Option("division", "tb.ex.keepdim.o.division", "tb.ex.keepdim.w.division"),
    ),
)

EXERCISES = (BROADCAST_SHAPE, TRAP_SIZE, STRETCH_BOTH, KEEPDIM)

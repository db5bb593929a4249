"""Exercises of the Autograd page (D2L 2.5, Liu Er lecture 4)."""

import math
from random import Random

from core import autograd
from core.exercises.answers import parse_number
from core.exercises.base import Exercise, Kind, Mistake, Option, Verdict, d2l, liu

LOSS = "(x * w - b) ** 2"  # Liu Er's loss of one example, (x·w − y)², with b standing for the label y


def _grad(text: str, values: dict, leaf: str) -> float:
    """What torch puts in leaf.grad after out.backward(): the page's own autograd.gradients."""
    graph = autograd.build(text, values, {name: True for name in autograd.LEAVES})
    grads, _ = autograd.gradients(graph)
    return grads[leaf]


def _loss_params(rng: Random) -> dict:
    return {
        "x": rng.choice([2, 3, 4, -2, 1.5]),
        "w": rng.choice([0.5, 1, 1.5, -1, 2.5]),
        "b": rng.choice([1, 2, 5, -3]),
    }


def _residual(p: dict) -> float:
    return p["x"] * p["w"] - p["b"]


GRAD_AT = Exercise(
    id="ag.grad_at",
    kind=Kind.COMPUTE,
    source=liu(4, homework=True),
    text="ag.ex.grad.text",
    solution="ag.ex.grad.solution",
    code=(autograd.build, autograd.gradients),
    params=_loss_params,
    parse=parse_number,
    oracle=lambda p: _grad(LOSS, p, "w"),
    mistakes=(
        Mistake("ag.ex.grad.hint.chain", lambda p: 2 * _residual(p)),
        Mistake("ag.ex.grad.hint.power", lambda p: p["x"] * _residual(p)),
        Mistake("ag.ex.grad.hint.wrt", lambda p: _grad(LOSS, p, "x")),
        Mistake("ag.ex.grad.hint.value", lambda p: _residual(p) ** 2),
    ),
)


def _accumulated(p: dict) -> float:
    rows = autograd.accumulation("w * x", {"x": p["x"], "w": 1.0, "b": 0.0}, times=p["k"])
    return rows[-1]["w"]


ACCUMULATE = Exercise(
    id="ag.accumulate",
    kind=Kind.COMPUTE,
    source=liu(4),
    text="ag.ex.acc.text",
    solution="ag.ex.acc.solution",
    code=(autograd.accumulation,),
    params=lambda rng: {"x": rng.randint(2, 9), "k": rng.randint(3, 6)},
    parse=parse_number,
    oracle=_accumulated,
    mistakes=(
        Mistake("ag.ex.acc.hint.once", lambda p: p["x"]),
        Mistake("ag.ex.acc.hint.power", lambda p: p["x"] ** p["k"]),
        Mistake("ag.ex.acc.hint.zero", lambda p: 0),
        Mistake("ag.ex.acc.hint.count", lambda p: (p["k"] - 1) * p["x"]),
    ),
)

TWICE = Exercise(
    id="ag.second_backward",
    kind=Kind.CHOICE,
    source=d2l("2.5", 2),
    text="ag.ex.twice.text",
    solution="ag.ex.twice.solution",
    code=(autograd.second_backward_error,),
    options=(
        Option("freed", "ag.ex.twice.o.freed", "ag.ex.twice.w.freed", correct=True),
        Option("full", "ag.ex.twice.o.full", "ag.ex.twice.w.full"),
        Option("scalar", "ag.ex.twice.o.scalar", "ag.ex.twice.w.scalar"),
    ),
)


def _derivative_of_sin(params: dict, held: dict) -> Verdict:
    """held: {"text": the expression, "x": its value, "x_grad": x.grad after backward() or None}."""
    if "cos" in held["text"]:
        return Verdict(False, "ag.ex.sin.hint.cos")
    if held["x_grad"] is None:
        return Verdict(False, "ag.ex.sin.hint.no_grad")
    want, got = math.cos(held["x"]), held["x_grad"]
    if math.sin(held["x"]) == 0 or abs(want) < 1e-3:
        return Verdict(False, "ag.ex.sin.hint.flat", {"x": held["x"]})
    if not math.isclose(got, want, rel_tol=1e-4, abs_tol=1e-6):
        return Verdict(False, "ag.ex.sin.hint.differs", {"x": held["x"], "got": got, "want": want})
    return Verdict(True, "ag.ex.sin.right", {"x": held["x"], "got": got})


SIN = Exercise(
    id="ag.derivative_of_sin",
    kind=Kind.ON_PAGE,
    source=d2l("2.5", 4),
    text="ag.ex.sin.text",
    solution="ag.ex.sin.solution",
    code=(autograd.build, autograd.gradients),
    goal=_derivative_of_sin,
    held_code='{"text": graph.text, "x": x, "x_grad": grads.get("x")}',
)

EXERCISES = (GRAD_AT, ACCUMULATE, TWICE, SIN)

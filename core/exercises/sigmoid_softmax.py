"""Exercises of the Sigmoid & softmax page (Liu Er lectures 6 and 9, D2L 4.1)."""

import math
from random import Random

import torch

from core import logistic, softmax
from core.exercises.answers import parse_number
from core.exercises.base import Exercise, Kind, Mistake, Option, Verdict, d2l, liu


def _softmax_params(rng: Random) -> dict:
    logits = [float(rng.randint(-2, 4)) for _ in range(3)]
    return {"logits": logits, "T": rng.choice([0.5, 2.0, 4.0]), "i": rng.randrange(3)}


def _p(logits: list, T: float, i: int) -> float:
    """The page's stable_softmax at temperature T."""
    return softmax.stable_softmax(torch.tensor(logits), T)[i].item()


def _no_exp(p: dict) -> float | None:
    total = sum(p["logits"])
    return p["logits"][p["i"]] / total if total else None


SOFTMAX_T = Exercise(
    id="ss.softmax_t",
    kind=Kind.COMPUTE,
    source=d2l("4.1", 7),
    text="ss.ex.soft.text",
    solution="ss.ex.soft.solution",
    code=(softmax.stable_softmax,),
    params=_softmax_params,
    parse=parse_number,
    oracle=lambda p: _p(p["logits"], p["T"], p["i"]),
    rel_tol=5e-3,
    abs_tol=5e-4,
    mistakes=(
        Mistake("ss.ex.soft.hint.no_t", lambda p: _p(p["logits"], 1.0, p["i"])),
        Mistake("ss.ex.soft.hint.times", lambda p: _p(p["logits"], 1 / p["T"], p["i"])),
        Mistake("ss.ex.soft.hint.exp", _no_exp),
        Mistake("ss.ex.soft.hint.uniform", lambda p: 1 / 3),
    ),
)


def _bce(p: dict) -> float:
    """The page's bce_curve: −[y log p + (1 − y) log(1 − p)]."""
    return logistic.bce_curve(torch.tensor(p["p"], dtype=torch.float64), p["y"]).item()


def _other_side(p: dict) -> float:
    return -math.log(1 - p["p"]) if p["y"] == 1 else -math.log(p["p"])


BCE = Exercise(
    id="ss.bce",
    kind=Kind.COMPUTE,
    source=liu(6),
    text="ss.ex.bce.text",
    solution="ss.ex.bce.solution",
    code=(logistic.bce_curve,),
    params=lambda rng: {"p": rng.choice([0.1, 0.2, 0.3, 0.6, 0.7, 0.8, 0.9]), "y": rng.choice([0, 1])},
    parse=parse_number,
    oracle=_bce,
    rel_tol=5e-3,
    mistakes=(
        Mistake("ss.ex.bce.hint.which_p", _other_side),
        Mistake("ss.ex.bce.hint.minus", lambda p: -_bce(p)),
        Mistake("ss.ex.bce.hint.ln", lambda p: _bce(p) / math.log(10)),
    ),
)


def _passes(params: dict, held: dict) -> Verdict:
    """held: {"p4": p(pass | 4 hours), "diverged"}: the logistic regression the page trained."""
    target = params["target"]
    if held["diverged"]:
        return Verdict(False, "ss.ex.pass.hint.diverged")
    if not held["p4"] > target:
        return Verdict(False, "ss.ex.pass.hint.low", {"p4": held["p4"], "target": target})
    return Verdict(True, "ss.ex.pass.right", {"p4": held["p4"]})


PASS = Exercise(
    id="ss.pass",
    kind=Kind.ON_PAGE,
    source=liu(6, homework=True),
    text="ss.ex.pass.text",
    solution="ss.ex.pass.solution",
    code=(logistic.train_logistic,),
    params=lambda rng: {"target": rng.choice([0.9, 0.95, 0.97])},
    goal=_passes,
    held_code='{"p4": run.predict(4.0), "diverged": run.history.diverged}',
)

SHIFT = Exercise(
    id="ss.shift",
    kind=Kind.CHOICE,
    source=liu(9),
    text="ss.ex.shift.text",
    solution="ss.ex.shift.solution",
    code=(softmax.naive_softmax, softmax.stable_softmax),
    options=(
        Option("overflow", "ss.ex.shift.o.overflow", "ss.ex.shift.w.overflow", correct=True),
        Option("normalise", "ss.ex.shift.o.normalise", "ss.ex.shift.w.normalise"),
        Option("winner", "ss.ex.shift.o.winner", "ss.ex.shift.w.winner"),
    ),
)

EXERCISES = (SOFTMAX_T, BCE, PASS, SHIFT)

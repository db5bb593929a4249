"""Exercises of the Under/over-fitting page (D2L 4.4 model selection, 4.5 weight decay)."""

import math

import torch

from core import fitting
from core.exercises.answers import parse_number
from core.exercises.base import Exercise, Kind, Mistake, Option, Verdict, d2l

OVERFIT_RATIO = 0.1  # training loss below a tenth of the test loss
DECAY_DEGREE = 15


def _overfit(params: dict, held: dict) -> Verdict:
    """held: {"degree", "wd", "train_loss", "test_loss"}: the closed-form fit the page shows."""
    train, test = held["train_loss"], held["test_loss"]
    if not (math.isfinite(train) and math.isfinite(test)) or test <= 0:
        return Verdict(False, "of.ex.overfit.hint.broken")
    ratio = train / test
    if ratio >= OVERFIT_RATIO:
        return Verdict(False, "of.ex.overfit.hint.gap", {"train": train, "test": test, "ratio": ratio})
    return Verdict(True, "of.ex.overfit.right", {"degree": held["degree"], "ratio": ratio})


OVERFIT = Exercise(
    id="of.overfit",
    kind=Kind.ON_PAGE,
    source=d2l("4.4", 2),
    text="of.ex.overfit.text",
    solution="of.ex.overfit.solution",
    code=(fitting.closed_form, fitting.errors),
    goal=_overfit,
    held_code='{"degree": degree, "wd": wd, "train_loss": train_loss, "test_loss": test_loss}',
)


def _decay(params: dict, held: dict) -> Verdict:
    """held: as for of.overfit; the goal is degree 15 tamed by weight decay alone."""
    need = params["target"]
    if held["degree"] != DECAY_DEGREE:
        return Verdict(False, "of.ex.decay.hint.degree", {"degree": held["degree"]})
    if held["wd"] <= 0:
        return Verdict(False, "of.ex.decay.hint.no_decay", {"test": held["test_loss"]})
    if not held["test_loss"] < need:
        return Verdict(False, "of.ex.decay.hint.test", {"test": held["test_loss"], "need": need, "wd": held["wd"]})
    return Verdict(True, "of.ex.decay.right", {"test": held["test_loss"], "wd": held["wd"]})


DECAY = Exercise(
    id="of.decay",
    kind=Kind.ON_PAGE,
    source=d2l("4.5", 1),
    text="of.ex.decay.text",
    solution="of.ex.decay.solution",
    code=(fitting.closed_form, fitting.decay_sweep),
    params=lambda rng: {"target": rng.choice([0.05, 0.03, 0.02])},
    goal=_decay,
    held_code=OVERFIT.held_code,
)


def _feature(p: dict) -> float:
    """The page's own feature: x^i / i! (D2L scales by Γ(i + 1) to keep large powers in range)."""
    return fitting.poly_features(torch.tensor([float(p["x"])]), p["i"])[0, p["i"]].item()


FEATURE = Exercise(
    id="of.feature",
    kind=Kind.COMPUTE,
    source=d2l("4.4", 3),
    text="of.ex.feature.text",
    solution="of.ex.feature.solution",
    code=(fitting.poly_features,),
    params=lambda rng: {"x": rng.choice([1.5, 2, 2.5, 3, -2]), "i": rng.randint(3, 6)},
    parse=parse_number,
    oracle=_feature,
    rel_tol=1e-3,
    mistakes=(
        Mistake("of.ex.feature.hint.power", lambda p: float(p["x"]) ** p["i"]),
        Mistake("of.ex.feature.hint.times_i", lambda p: float(p["x"]) ** p["i"] / p["i"]),
        Mistake("of.ex.feature.hint.index", lambda p: float(p["x"]) ** (p["i"] - 1) / math.factorial(p["i"] - 1)),
    ),
)

UNIQUE = Exercise(
    id="of.unique",
    kind=Kind.CHOICE,
    source=d2l("4.4", 1),
    text="of.ex.unique.text",
    solution="of.ex.unique.solution",
    code=(fitting.closed_form,),
    options=(
        Option("unknowns", "of.ex.unique.o.unknowns", "of.ex.unique.w.unknowns", correct=True),
        Option("noise", "of.ex.unique.o.noise", "of.ex.unique.w.noise"),
        Option("steps", "of.ex.unique.o.steps", "of.ex.unique.w.steps"),
    ),
)

EXERCISES = (OVERFIT, DECAY, FEATURE, UNIQUE)

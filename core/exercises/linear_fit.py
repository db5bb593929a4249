"""Exercises of the Linear fit page (D2L 3.1-3.2, Liu Er lectures 2-3)."""

import torch

from core import linear
from core.exercises.answers import parse_number
from core.exercises.base import Exercise, Kind, Mistake, Option, Verdict, d2l, liu

COURSE_X, COURSE_Y = (1.0, 2.0, 3.0), (2.0, 4.0, 6.0)  # Liu Er's three points, y = 2x


def _residuals(p: dict) -> list[float]:
    return [x * p["w"] - y for x, y in zip(COURSE_X, COURSE_Y, strict=True)]


def _mse(p: dict) -> float:
    """The page's own mse_at on the course's points, at (w, b = 0)."""
    X, y = linear.course_data()
    return linear.mse_at(X, y, torch.tensor([[p["w"], 0.0]])).item()


MSE = Exercise(
    id="lin.mse",
    kind=Kind.COMPUTE,
    source=liu(2),
    text="lin.ex.mse.text",
    solution="lin.ex.mse.solution",
    code=(linear.mse_at,),
    params=lambda rng: {"w": rng.choice([0.0, 0.5, 1.0, 1.5, 2.5, 3.0, 3.5, 4.0])},
    parse=parse_number,
    oracle=_mse,
    mistakes=(
        Mistake("lin.ex.mse.hint.mean", lambda p: sum(r * r for r in _residuals(p))),
        Mistake("lin.ex.mse.hint.square", lambda p: sum(abs(r) for r in _residuals(p)) / 3),
        Mistake("lin.ex.mse.hint.half", lambda p: sum(r * r for r in _residuals(p)) / 6),
        Mistake("lin.ex.mse.hint.signed", lambda p: sum(_residuals(p)) / 3),
    ),
)


def _best_constant(p: dict) -> float:
    """argmin_b Σ(x_i − b)²: the page's closed form with no feature but the bias column."""
    ys = torch.tensor(p["xs"], dtype=torch.float32)
    _, b = linear.closed_form(torch.zeros(len(ys), 0), ys)
    return b


def _median(xs: list) -> float:
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


BEST_CONSTANT = Exercise(
    id="lin.best_constant",
    kind=Kind.COMPUTE,
    source=d2l("3.1", 1),
    text="lin.ex.const.text",
    solution="lin.ex.const.solution",
    code=(linear.closed_form,),
    params=lambda rng: {"xs": sorted(rng.sample(range(-5, 30), 5))},
    parse=parse_number,
    oracle=_best_constant,
    mistakes=(
        Mistake("lin.ex.const.hint.median", lambda p: _median(p["xs"])),
        Mistake("lin.ex.const.hint.sum", lambda p: sum(p["xs"])),
        Mistake("lin.ex.const.hint.midrange", lambda p: (min(p["xs"]) + max(p["xs"])) / 2),
    ),
)


def landscape_facts(X, y, land: linear.Landscape, w: float, b: float) -> dict:
    """What lin.bottom reads from the landscape section: the sliders, the MSE there, and the least-squares
    minimum over the same window (the other weights held at their fit, as the section holds them)."""
    theta_here = [w, *land.theta_star[1:-1], b]
    mse = linear.sweep(X, y, theta_here, w, w)[1][0]
    mse_min = linear.sweep(X, y, land.theta_star, land.theta_star[0], land.theta_star[0])[1][0]
    return {"w": w, "b": b, "mse": mse, "mse_min": mse_min}


def _bottom(params: dict, held: dict) -> Verdict:
    """held: {"w", "b", "mse", "mse_min"}: the landscape section's sliders, its MSE and the closed form's."""
    gap = held["mse"] - held["mse_min"]
    need = params["within"]
    if not gap <= need:
        return Verdict(False, "lin.ex.bottom.hint.gap", {"mse": held["mse"], "best": held["mse_min"], "need": need})
    return Verdict(True, "lin.ex.bottom.right", {"w": held["w"], "b": held["b"], "mse": held["mse"]})


BOTTOM = Exercise(
    id="lin.bottom",
    kind=Kind.ON_PAGE,
    source=liu(2, homework=True),
    text="lin.ex.bottom.text",
    solution="lin.ex.bottom.solution",
    code=(linear.mse_at, linear.closed_form),
    params=lambda rng: {"within": rng.choice([0.5, 0.2, 0.1])},
    goal=_bottom,
    held_code="page_exercises.landscape_facts(X, y, land, w, b)",
)

DATA_ITER = Exercise(
    id="lin.data_iter",
    kind=Kind.CHOICE,
    source=d2l("3.2", 7),
    text="lin.ex.iter.text",
    solution="lin.ex.iter.solution",
    code=(linear.data_iter,),
    options=(
        Option("smaller", "lin.ex.iter.o.smaller", "lin.ex.iter.w.smaller", correct=True),
        Option("dropped", "lin.ex.iter.o.dropped", "lin.ex.iter.w.dropped"),
        Option("error", "lin.ex.iter.o.error", "lin.ex.iter.w.error"),
    ),
)

EXERCISES = (MSE, BEST_CONSTANT, BOTTOM, DATA_ITER)

"""Exercises of the Curse of dimensionality page (Liu Er lecture 1, seed 004 §1)."""

import math

from core import dimensions
from core.exercises.answers import parse_number
from core.exercises.base import Exercise, Kind, Mistake, Option, Verdict, liu

SHELL = Exercise(
    id="cd.shell",
    kind=Kind.COMPUTE,
    source=liu(1),
    text="cd.ex.shell.text",
    solution="cd.ex.shell.solution",
    code=(dimensions.shell_share,),
    params=lambda rng: {"d": rng.choice([3, 5, 10, 20, 50]), "eps": rng.choice([0.01, 0.02, 0.05, 0.1])},
    parse=parse_number,
    oracle=lambda p: dimensions.shell_share(p["d"], p["eps"]),
    rel_tol=0.01,
    abs_tol=5e-4,
    mistakes=(
        Mistake("cd.ex.shell.hint.one_side", lambda p: 1 - (1 - p["eps"]) ** p["d"]),
        Mistake("cd.ex.shell.hint.inside", lambda p: (1 - 2 * p["eps"]) ** p["d"]),
        Mistake("cd.ex.shell.hint.linear", lambda p: 2 * p["eps"] * p["d"]),
    ),
)


def _ratio(params: dict, held: dict) -> Verdict:
    """held: {"d", "n", "ratio"}: the max/min distance ratio the page shows for its d and n points."""
    target, ratio = params["target"], held["ratio"]
    if not math.isfinite(ratio) or ratio >= target:
        return Verdict(False, "cd.ex.ratio.hint.high", {"d": held["d"], "ratio": ratio, "target": target})
    return Verdict(True, "cd.ex.ratio.right", {"d": held["d"], "ratio": ratio})


RATIO = Exercise(
    id="cd.ratio",
    kind=Kind.ON_PAGE,
    source=liu(1),
    text="cd.ex.ratio.text",
    solution="cd.ex.ratio.solution",
    code=(dimensions.distances, dimensions.concentration),
    params=lambda rng: {"target": rng.choice([1.5, 1.4, 1.3, 1.25])},  # the default d = 100 gives 1.59
    goal=_ratio,
    held_code='{"d": d, "n": n, "ratio": here["ratio"]}',
)

KNN = Exercise(
    id="cd.knn",
    kind=Kind.CHOICE,
    source=liu(1),
    text="cd.ex.knn.text",
    solution="cd.ex.knn.solution",
    code=(dimensions.knn_accuracy,),
    options=(
        Option("drowned", "cd.ex.knn.o.drowned", "cd.ex.knn.w.drowned", correct=True),
        Option("k", "cd.ex.knn.o.k", "cd.ex.knn.w.k"),
        Option("labels", "cd.ex.knn.o.labels", "cd.ex.knn.w.labels"),
    ),
)

EXERCISES = (SHELL, RATIO, KNN)

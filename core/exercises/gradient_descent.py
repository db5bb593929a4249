"""Exercises of the Gradient descent page (Liu Er lecture 3, D2L 12.3)."""

from core import descent
from core.exercises.answers import parse_number
from core.exercises.base import Exercise, Kind, Mistake, Option, Verdict, d2l, liu


def _step(p: dict) -> float:
    """One update w − lr·∂cost/∂w on the course's points: the page's own gd_step."""
    return descent.gd_step(p["w"], 0.0, p["lr"]).new_w


def _grad(p: dict) -> float:
    return descent.gradient(p["w"])[0]


ONE_STEP = Exercise(
    id="gd.one_step",
    kind=Kind.COMPUTE,
    source=liu(3),
    text="gd.ex.step.text",
    solution="gd.ex.step.solution",
    code=(descent.gradient, descent.gd_step),
    params=lambda rng: {"w": rng.choice([0.0, 0.5, 1.0, 3.0, 4.0]), "lr": rng.choice([0.01, 0.02, 0.05, 0.1])},
    parse=parse_number,
    oracle=_step,
    mistakes=(
        Mistake("gd.ex.step.hint.sign", lambda p: p["w"] + p["lr"] * _grad(p)),
        Mistake("gd.ex.step.hint.lr", lambda p: p["w"] - _grad(p)),
        Mistake("gd.ex.step.hint.mean", lambda p: p["w"] - p["lr"] * 3 * _grad(p)),
        Mistake("gd.ex.step.hint.gradient", _grad),
    ),
)


def stepper_facts(stepper: descent.Stepper) -> dict:
    """What the exercises read from the hand-stepped descent: plain data, so a notebook can pass it too."""
    good = [s for s in stepper.steps if not s.diverged]
    return {
        "with_bias": stepper.with_bias,
        "lrs": sorted({s.lr for s in stepper.steps}),
        "steps": len(good),
        "diverged": stepper.diverged,
        "costs": [s.cost for s in good],
    }


def _oscillates(params: dict, held: dict) -> Verdict:
    """held: stepper_facts(the page's stepper). One learning rate, in the oscillating regime, and
    enough steps to see the cost fall while w jumps across the minimum."""
    if held["diverged"]:
        return Verdict(False, "gd.ex.osc.hint.diverged")
    if held["steps"] < params["steps"]:
        return Verdict(False, "gd.ex.osc.hint.steps", {"steps": held["steps"], "need": params["steps"]})
    if len(held["lrs"]) != 1:
        return Verdict(False, "gd.ex.osc.hint.one_lr")
    lr = held["lrs"][0]
    regime = descent.regime(lr, held["with_bias"])
    if regime != "oscillating":
        L = descent.curvature(held["with_bias"])
        return Verdict(False, f"gd.ex.osc.hint.{regime}", {"lr": lr, "lo": 1 / L, "hi": 2 / L})
    return Verdict(True, "gd.ex.osc.right", {"lr": lr, "cost": held["costs"][-1]})


OSCILLATE = Exercise(
    id="gd.oscillate",
    kind=Kind.ON_PAGE,
    source=d2l("12.3", 1),
    text="gd.ex.osc.text",
    solution="gd.ex.osc.solution",
    code=(descent.regime, descent.Stepper.advance),
    params=lambda rng: {"steps": rng.choice([5, 8, 10])},
    goal=_oscillates,
    held_code="page_exercises.stepper_facts(stepper)",
)


def _diverges(params: dict, held: dict) -> Verdict:
    """held: stepper_facts(the page's stepper); the page's divergence rule decides."""
    if held["diverged"]:
        return Verdict(True, "gd.ex.div.right", {"lr": max(held["lrs"])})
    if not held["lrs"]:
        return Verdict(False, "ex.hint.nothing_yet")
    L = descent.curvature(held["with_bias"])
    return Verdict(False, "gd.ex.div.hint.still", {"lr": max(held["lrs"]), "hi": 2 / L, "steps": held["steps"]})


DIVERGE = Exercise(
    id="gd.diverge",
    kind=Kind.ON_PAGE,
    source=d2l("12.3", 1),
    text="gd.ex.div.text",
    solution="gd.ex.div.solution",
    code=(descent.run_steps,),
    goal=_diverges,
    held_code="page_exercises.stepper_facts(stepper)",
)

WHY_DIVERGE = Exercise(
    id="gd.why_diverge",
    kind=Kind.CHOICE,
    source=liu(3),
    text="gd.ex.why.text",
    solution="gd.ex.why.solution",
    code=(descent.regime,),
    options=(
        Option("factor", "gd.ex.why.o.factor", "gd.ex.why.w.factor", correct=True),
        Option("gradient", "gd.ex.why.o.gradient", "gd.ex.why.w.gradient"),
        Option("overflow", "gd.ex.why.o.overflow", "gd.ex.why.w.overflow"),
    ),
)

EXERCISES = (ONE_STEP, OSCILLATE, DIVERGE, WHY_DIVERGE)

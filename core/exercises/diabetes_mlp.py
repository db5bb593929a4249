"""Exercises of the Diabetes MLP page (Liu Er lectures 7-8)."""

from core import diabetes
from core.exercises.answers import parse_number
from core.exercises.base import Exercise, Kind, Mistake, Option, Verdict, liu

MARGIN = 0.05  # five percentage points over the majority baseline


def _parameters(p: dict) -> int:
    """Counted on the page's own model: every weight and bias of 8 → h1 → h2 → 1."""
    model = diabetes.build_model((p["h1"], p["h2"]))
    return sum(t.numel() for t in model.parameters())


def _weights_only(p: dict) -> int:
    return 8 * p["h1"] + p["h1"] * p["h2"] + p["h2"]


PARAMETERS = Exercise(
    id="dm.parameters",
    kind=Kind.COMPUTE,
    source=liu(7),
    text="dm.ex.params.text",
    solution="dm.ex.params.solution",
    code=(diabetes.Model,),
    params=lambda rng: {"h1": rng.randint(3, 12), "h2": rng.randint(2, 8)},
    parse=parse_number,
    oracle=_parameters,
    mistakes=(
        Mistake("dm.ex.params.hint.bias", _weights_only),
        Mistake("dm.ex.params.hint.neurons", lambda p: 8 + p["h1"] + p["h2"] + 1),
        Mistake("dm.ex.params.hint.product", lambda p: 8 * p["h1"] * p["h2"]),
    ),
)


def _beats_baseline(params: dict, held: dict) -> Verdict:
    """held: {"activation", "test_acc", "baseline", "diverged"}: the model the page trained and tested."""
    if held["diverged"]:
        return Verdict(False, "dm.ex.beat.hint.diverged")
    if held["activation"] == "sigmoid":
        return Verdict(False, "dm.ex.beat.hint.sigmoid")
    need = held["baseline"] + MARGIN
    if not held["test_acc"] >= need:
        return Verdict(False, "dm.ex.beat.hint.low", {"acc": held["test_acc"], "base": held["baseline"], "need": need})
    return Verdict(True, "dm.ex.beat.right", {"acc": held["test_acc"], "base": held["baseline"]})


def trained_facts(model: diabetes.Model, report: dict, diverged: bool) -> dict:
    """What dm.beat_baseline reads from the page: the trained model's own activation (not the
    widget's, which the learner may have changed since) and its test report."""
    activation = next(name for name, cls in diabetes.ACTIVATIONS.items() if isinstance(model.activation, cls))
    return {
        "activation": activation,
        "test_acc": report["confusion"]["accuracy"],
        "baseline": report["baseline"],
        "diverged": diverged,
    }


BEAT = Exercise(
    id="dm.beat_baseline",
    kind=Kind.ON_PAGE,
    source=liu(7, homework=True),
    text="dm.ex.beat.text",
    solution="dm.ex.beat.solution",
    code=(diabetes.train, diabetes.majority_baseline),
    goal=_beats_baseline,
    held_code="page_exercises.trained_facts(model, report, history.diverged)",
)

BASELINE = Exercise(
    id="dm.baseline",
    kind=Kind.CHOICE,
    source=liu(7),
    text="dm.ex.base.text",
    solution="dm.ex.base.solution",
    code=(diabetes.majority_baseline,),
    options=(
        Option("majority", "dm.ex.base.o.majority", "dm.ex.base.w.majority", correct=True),
        Option("linear", "dm.ex.base.o.linear", "dm.ex.base.w.linear"),
        Option("train", "dm.ex.base.o.train", "dm.ex.base.w.train"),
    ),
)

EXERCISES = (PARAMETERS, BEAT, BASELINE)

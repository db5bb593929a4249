"""Exercises of the MNIST CNN page (D2L 6.3, Liu Er lectures 10-11)."""

from random import Random

from torch import nn

from core import mnist
from core.exercises.answers import parse_number, parse_shape
from core.exercises.base import Exercise, Kind, Mistake, Option, Verdict, d2l, liu


def _conv_params(rng: Random) -> dict:
    """D2L's last example is an 8×8 input, kernel (3, 5), padding (0, 1), stride (3, 4): draw its kind."""
    return {
        "n": rng.choice([8, 9, 10, 12, 14]),
        "kh": rng.choice([3, 5]),
        "kw": rng.choice([2, 3, 5]),
        "ph": rng.choice([0, 1, 2]),
        "pw": rng.choice([0, 1, 2]),
        "sh": rng.choice([2, 3]),
        "sw": rng.choice([2, 3, 4]),
    }


def _size(p: dict, formula) -> tuple:
    return formula(p["n"], p["kh"], p["ph"], p["sh"]), formula(p["n"], p["kw"], p["pw"], p["sw"])


CONV_SHAPE = Exercise(
    id="mn.conv_shape",
    kind=Kind.COMPUTE,
    source=d2l("6.3", 1),
    text="mn.ex.conv.text",
    solution="mn.ex.conv.solution",
    code=(mnist.conv_output_size,),
    params=_conv_params,
    parse=parse_shape,
    oracle=lambda p: _size(p, mnist.conv_output_size),
    mistakes=(
        Mistake("mn.ex.conv.hint.pad_once", lambda p: _size(p, lambda n, k, pad, s: (n + pad - k) // s + 1)),
        Mistake("mn.ex.conv.hint.plus_one", lambda p: _size(p, lambda n, k, pad, s: (n + 2 * pad - k) // s)),
        Mistake("mn.ex.conv.hint.stride", lambda p: _size(p, lambda n, k, pad, s: n + 2 * pad - k + 1)),
    ),
)


def _conv_parameters(p: dict) -> int:
    layer = nn.Conv2d(p["c_in"], p["c_out"], kernel_size=p["k"])
    return sum(t.numel() for t in layer.parameters())


CONV_PARAMETERS = Exercise(
    id="mn.conv_parameters",
    kind=Kind.COMPUTE,
    source=liu(10),
    text="mn.ex.params.text",
    solution="mn.ex.params.solution",
    code=(mnist.summary,),
    params=lambda rng: {"c_in": rng.choice([1, 3, 10]), "c_out": rng.choice([8, 16, 20]), "k": rng.choice([3, 5])},
    parse=parse_number,
    oracle=_conv_parameters,
    mistakes=(
        Mistake("mn.ex.params.hint.bias", lambda p: p["c_out"] * p["c_in"] * p["k"] ** 2),
        Mistake("mn.ex.params.hint.in", lambda p: p["c_out"] * p["k"] ** 2 + p["c_out"]),
        Mistake("mn.ex.params.hint.area", lambda p: p["c_out"] * p["c_in"] * p["k"] + p["c_out"]),
    ),
)


def _unsure(params: dict, held: dict) -> Verdict:
    """held: {"digit", "p"}: the page's latest reading of the drawing pad (the prediction and its probability)."""
    if not held["p"] < params["below"]:
        return Verdict(
            False, "mn.ex.unsure.hint.sure", {"digit": held["digit"], "p": held["p"], "below": params["below"]}
        )
    return Verdict(True, "mn.ex.unsure.right", {"digit": held["digit"], "p": held["p"]})


UNSURE = Exercise(
    id="mn.unsure",
    kind=Kind.ON_PAGE,
    source=liu(10),
    text="mn.ex.unsure.text",
    solution="mn.ex.unsure.solution",
    code=(mnist.preprocess_canvas, mnist.predict),
    params=lambda rng: {"below": 0.5},
    goal=_unsure,
    held_code="None",  # a notebook has no drawing pad: this one is done on the page
)

FLATTEN = Exercise(
    id="mn.flatten",
    kind=Kind.CHOICE,
    source=liu(10),
    text="mn.ex.flat.text",
    solution="mn.ex.flat.solution",
    code=(mnist.Net,),
    options=(
        Option("shrink", "mn.ex.flat.o.shrink", "mn.ex.flat.w.shrink", correct=True),
        Option("pixels", "mn.ex.flat.o.pixels", "mn.ex.flat.w.pixels"),
        Option("free", "mn.ex.flat.o.free", "mn.ex.flat.w.free"),
    ),
)

EXERCISES = (CONV_SHAPE, CONV_PARAMETERS, UNSURE, FLATTEN)

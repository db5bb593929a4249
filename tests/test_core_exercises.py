"""Exercises in core, without Streamlit: the declarations, every variant's answer, the usual mistakes
and their hints, the lenient parsers, and each "do it on the page" goal against results core computes.

Oracles: an independent closed form or torch call for every COMPUTE exercise (not the function the
exercise itself calls), torch.autograd for gradients, and for ON_PAGE goals the page's own core
functions run with settings a learner would choose.
"""

import math
import statistics

import pytest
import torch
from torch import nn

from core import autograd, descent, diabetes, dimensions, fitting, linear, logistic, mnist, rnn, tensors
from core.exercises import gradient_descent as gd_exercises
from core.exercises import linear_fit as lin_exercises
from core.exercises.answers import MAX_ANSWER, NO_BROADCAST, AnswerError, parse_number, parse_shape
from core.exercises.base import Kind, Verdict, answer_of, checker, draw, grade, shown, wrong_answers
from core.exercises.catalog import BY_ID, PAGES
from core.exercises.diabetes_mlp import trained_facts

VARIANTS = range(20)
ALL = list(BY_ID.values())
COMPUTE = [ex for ex in ALL if ex.kind is Kind.COMPUTE]
CHOICE = [ex for ex in ALL if ex.kind is Kind.CHOICE]
HOSTILE = [
    "",
    "   ",
    "x" * 10_000,
    "nan",
    "inf",
    "-inf",
    "1e400",
    "<img src=x onerror=alert(1)>",
    "__import__('os').system('id')",
    "1/0",
    "2 + 3",
    "[[1, 2]]",
    "(3, 4) + 1e400",
    "None",
    "\x00\x1b[31m",
]


def test_ten_pages_three_to_five_exercises_every_kind_on_every_page():
    assert len(PAGES) == 10 and len(ALL) >= 35
    for course, exercises in PAGES.items():
        assert 3 <= len(exercises) <= 5, course
        assert {ex.kind for ex in exercises} == set(Kind), course
        prefix = exercises[0].id.split(".")[0]
        assert all(ex.id.startswith(prefix + ".") for ex in exercises), course
    assert all(ex.source.key in ("ex.src.d2l", "ex.src.d2l_section", "ex.src.liu", "ex.src.liu_homework") for ex in ALL)


def test_a_variant_is_the_same_numbers_every_time_and_variants_differ():
    for ex in ALL:
        assert draw(ex, 7) == draw(ex, 7)
    for ex in COMPUTE:  # neighbours in a class compute with other numbers
        assert len({repr(draw(ex, v)) for v in VARIANTS}) >= 4, ex.id


# ---------------------------------------------------------------- compute: oracles and mistakes


def _conv_shape(p):
    x = torch.zeros(1, 1, p["n"], p["n"])
    conv = nn.Conv2d(1, 1, (p["kh"], p["kw"]), padding=(p["ph"], p["pw"]), stride=(p["sh"], p["sw"]))
    return tuple(conv(x).shape[2:])


def _loss_grad(p):
    x, w, b = (torch.tensor(float(p[k]), requires_grad=True) for k in "xwb")
    (grad,) = torch.autograd.grad((x * w - b) ** 2, w)
    return grad.item()


INDEPENDENT = {
    "tb.broadcast_shape": lambda p: tuple(torch.broadcast_shapes(tuple(p["a"]), tuple(p["b"]))),
    "tb.trap_size": lambda p: p["n"] ** 2,
    "ag.grad_at": _loss_grad,
    "ag.accumulate": lambda p: p["k"] * p["x"],
    "of.feature": lambda p: p["x"] ** p["i"] / math.factorial(p["i"]),
    "cd.shell": lambda p: 1 - (1 - 2 * p["eps"]) ** p["d"],
    "lin.mse": lambda p: statistics.fmean((x * p["w"] - 2 * x) ** 2 for x in (1, 2, 3)),
    "lin.best_constant": lambda p: statistics.fmean(p["xs"]),
    "gd.one_step": lambda p: p["w"] - p["lr"] * 28 / 3 * (p["w"] - 2),
    "ss.softmax_t": lambda p: torch.softmax(torch.tensor(p["logits"]) / p["T"], 0)[p["i"]].item(),
    "ss.bce": lambda p: nn.functional.binary_cross_entropy(torch.tensor(p["p"]), torch.tensor(float(p["y"]))).item(),
    "dm.parameters": lambda p: 8 * p["h1"] + p["h1"] + p["h1"] * p["h2"] + p["h2"] + p["h2"] + 1,
    "mn.conv_shape": _conv_shape,
    "mn.conv_parameters": lambda p: p["c_out"] * (p["c_in"] * p["k"] ** 2 + 1),
    "rnn.input_shape": lambda p: (len(p["source"]), 1, len(set(p["source"] + p["target"]))),
}


def test_every_compute_exercise_has_an_independent_oracle():
    assert set(INDEPENDENT) == {ex.id for ex in COMPUTE}


def spellings(value) -> list[str]:
    """Ways a learner writes the right answer."""
    if isinstance(value, tuple):
        inner = ", ".join(map(str, value))
        full_width = "（" + "，".join(chr(0xFF10 + int(d)) if d.isdigit() else d for d in map(str, value)) + "）"
        return [
            f"({inner})",
            inner.replace(" ", ""),
            "[" + " ".join(map(str, value)) + "]",
            "×".join(map(str, value)),
            f"torch.Size([{inner}])",
            full_width,
        ]
    text = f"{value:.6g}"
    out = [text, " " + text + " ", "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in text)]
    if "." in text and "e" not in text:
        out.append(text.replace(".", ","))  # a decimal comma
        if text.startswith("0."):
            out.append(text[1:])  # ".5"
    if float(value) == int(value) and value:
        out.append(f"{2 * int(value)}/2")
    return out


@pytest.mark.parametrize("ex", COMPUTE, ids=lambda ex: ex.id)
def test_the_right_answer_passes_in_every_spelling_and_each_usual_mistake_gets_its_hint(ex):
    for variant in VARIANTS:
        params = draw(ex, variant)
        right = ex.oracle(params)
        expected = INDEPENDENT[ex.id](params)
        if isinstance(expected, tuple):
            assert right == expected, (params, right, expected)
        else:
            assert math.isclose(right, expected, rel_tol=1e-4, abs_tol=1e-6), (params, right, expected)
        for text in spellings(right):
            verdict = grade(ex, params, text)
            assert verdict.correct and verdict.hint == "ex.hint.right", (params, text, verdict)
        wrong = wrong_answers(ex, params)
        assert len(wrong) >= 3, (params, wrong)
        for value, hint in wrong:
            verdict = grade(ex, params, shown(value))
            assert not verdict.correct and verdict.hint == hint, (params, value, verdict)
        assert grade(ex, params, "12345").hint in ("ex.hint.wrong", "ex.parse.not_a_shape")


def test_a_number_within_the_stated_tolerance_counts_and_one_outside_does_not():
    ex = BY_ID["cd.shell"]
    params = draw(ex, 3)
    right = ex.oracle(params)
    assert grade(ex, params, f"{right * (1 + ex.rel_tol / 2)}").correct
    assert not grade(ex, params, f"{right * (1 + 3 * ex.rel_tol) + 3 * ex.abs_tol}").correct


@pytest.mark.parametrize("ex", ALL, ids=lambda ex: ex.id)
def test_hostile_answers_are_verdicts_never_exceptions(ex):
    params = draw(ex, 1)
    for raw in [*HOSTILE, None, 3.5, ["a"]]:
        verdict = grade(ex, params, raw, held=None)
        assert isinstance(verdict, Verdict) and not verdict.correct, (raw, verdict)
        if ex.kind is Kind.COMPUTE and isinstance(raw, str) and raw.strip() in ("", "nan", "inf", "-inf", "1e400"):
            assert verdict.hint.startswith("ex.parse."), (raw, verdict)


# ---------------------------------------------------------------- the parsers


@pytest.mark.parametrize("text", ["0.5", "0,5", ".5", "1/2", "50%", "０．５", "½", " 0.50 ", "5e-1", "+0.5", "2/4"])
def test_numbers_are_read_leniently(text):
    assert parse_number(text) == pytest.approx(0.5)


@pytest.mark.parametrize("text", ["(3, 4)", "3,4", "[3 4]", "3×4", "3x4", "3 * 4", "torch.Size([3, 4])", "（3，4）"])
def test_shapes_are_read_leniently(text):
    assert parse_shape(text) == (3, 4)


def test_shape_words_for_no_broadcast_and_scalars():
    for text in ("error", "Error", "no", "不能广播", "报错", "✗"):
        assert parse_shape(text) == NO_BROADCAST
    assert parse_shape("()") == () and parse_shape("(5,)") == (5,)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "empty"),
        ("x" * (MAX_ANSWER + 1), "too_long"),
        ("nan", "not_finite"),
        ("inf", "not_finite"),
        ("1e400", "not_finite"),
        ("1/0", "divide_by_zero"),
        ("2 + 3", "not_a_number"),
        ("sqrt(2)", "not_a_number"),
        ("<b>1</b>", "not_a_number"),
        ("__import__('os')", "not_a_number"),
    ],
)
def test_numbers_that_cannot_be_read_say_why(text, key):
    with pytest.raises(AnswerError) as caught:
        parse_number(text)
    assert caught.value.key == key


@pytest.mark.parametrize(
    ("text", "key"), [("(3, a)", "not_a_shape"), ("3.5, 4", "not_a_shape"), ("9" * 9, "shape_too_big")]
)
def test_shapes_that_cannot_be_read_say_why(text, key):
    with pytest.raises(AnswerError) as caught:
        parse_shape(text)
    assert caught.value.key == key


# ---------------------------------------------------------------- choice


@pytest.mark.parametrize("ex", CHOICE, ids=lambda ex: ex.id)
def test_the_right_option_passes_and_every_wrong_one_says_why(ex):
    right = answer_of(ex, {})
    verdict = grade(ex, {}, right)
    assert verdict.correct and verdict.hint == next(o.why for o in ex.options if o.correct)
    for option in ex.options:
        if not option.correct:
            assert grade(ex, {}, option.id) == Verdict(False, option.why)
    assert len({o.why for o in ex.options}) == len(ex.options)
    assert grade(ex, {}, "no such option").hint == "ex.parse.no_choice"


# ---------------------------------------------------------------- do it on the page: held results from core


def _broadcast_held(a, b):
    result = tensors.broadcast(tensors.make_tensor(a), tensors.make_tensor(b, offset=10), "+")
    return {"a": a, "b": b, "out": result.shape}


def _sin_held(text, x, x_requires_grad=True):
    graph = autograd.build(text, {"x": x, "w": 1.0, "b": 0.0}, {"x": x_requires_grad, "w": True, "b": True})
    grads, _ = autograd.gradients(graph)
    return {"text": graph.text, "x": x, "x_grad": grads.get("x")}


def _fit_held(degree, wd=0.0, n=100):
    data = fitting.make_data(n, 0.1, 0)
    train, test = fitting.errors(data, degree, fitting.closed_form(data, degree, wd))
    return {"degree": degree, "wd": wd, "train_loss": train, "test_loss": test}


def _ratio_held(d):
    return {"d": d, "n": 200, "ratio": dimensions.concentration((d,), 200, 0)[0]["ratio"]}


def _landscape_held(w, b):
    X, y = linear.synthetic_data([2.0, -3.4], 4.2, 1000, 0.01, 0)
    return lin_exercises.landscape_facts(X, y, linear.landscape(X, y), w, b)


def _stepper_held(*runs):
    stepper = descent.Stepper(1.0)
    for lr, n in runs:
        stepper.advance(lr, n)
    return gd_exercises.stepper_facts(stepper)


def _logistic_held(epochs, lr):
    run = logistic.train_logistic(epochs, lr, 0)
    return {"p4": run.predict(4.0), "diverged": run.history.diverged}


def _diabetes_held(activation, optimizer, lr, epochs):
    split = diabetes.prepare(diabetes.load_frame(), seed=0)
    model = diabetes.build_model((6, 4), activation, 0)
    history = diabetes.train(model, split, optimizer, lr, 32, epochs, 0)
    return trained_facts(model, diabetes.test_report(model, split), history.diverged)


def _reading(images):
    model = mnist.load_pretrained("cnn")
    probs = mnist.predict(model, mnist.normalise(images.reshape(1, 28, 28)))
    return {"digit": int(probs.argmax()), "p": probs.max().item()}


def _unsure_reading():
    """Two test digits blended until the course CNN hesitates: a drawing a learner could make."""
    x, y = mnist.load_split(False)
    for i in range(200):
        j = next(k for k in range(i + 1, len(y)) if y[k] != y[i])
        held = _reading(((x[i].float() + x[j].float()) / 2).to(torch.uint8))
        if held["p"] < 0.5:
            return held
    raise AssertionError("no blend of two digits left the CNN unsure")


def _rnn_held(source, target, lr, epochs=15):
    run = rnn.train("cell", source, target, epochs, lr, 3)
    return {"source": run.source, "target": run.target, "first_correct": run.first_correct, "epochs": len(run.losses)}


def on_page_cases():
    """exercise id -> (a held result that reaches the goal, [(held, the hint it must get), …])."""
    x, _ = mnist.load_split(False)
    return {
        "tb.stretch_both": (
            _broadcast_held((2, 1, 4), (3, 1)),
            [
                (_broadcast_held((2, 3), (4,)), "tb.ex.both.hint.refused"),
                (_broadcast_held((3, 1), (1, 4)), "tb.ex.both.hint.dims"),
                (_broadcast_held((2, 3, 4), (4,)), "tb.ex.both.hint.one"),
            ],
        ),
        "ag.derivative_of_sin": (
            _sin_held("sin(x)", 1.5),
            [
                (_sin_held("cos(x - 1.5707963)", 1.5), "ag.ex.sin.hint.cos"),
                (_sin_held("sin(x)", 1.5, x_requires_grad=False), "ag.ex.sin.hint.no_grad"),
                (_sin_held("x * x", 1.5), "ag.ex.sin.hint.differs"),
                (_sin_held("sin(x)", 1.5707963), "ag.ex.sin.hint.flat"),
            ],
        ),
        "of.overfit": (
            _fit_held(15),
            [
                (_fit_held(3), "of.ex.overfit.hint.gap"),
                (_fit_held(1), "of.ex.overfit.hint.gap"),
                ({**_fit_held(3), "test_loss": math.inf}, "of.ex.overfit.hint.broken"),
            ],
        ),
        "of.decay": (
            _fit_held(15, 0.001),
            [
                (_fit_held(3, 0.001), "of.ex.decay.hint.degree"),
                (_fit_held(15, 0.0), "of.ex.decay.hint.no_decay"),
                (_fit_held(15, 10.0), "of.ex.decay.hint.test"),
            ],
        ),
        "cd.ratio": (
            _ratio_held(1000),
            [
                (_ratio_held(2), "cd.ex.ratio.hint.high"),
                (_ratio_held(10), "cd.ex.ratio.hint.high"),
                (_ratio_held(20), "cd.ex.ratio.hint.high"),
            ],
        ),
        "lin.bottom": (
            _landscape_held(2.0, 4.2),
            [
                (_landscape_held(0.0, 4.2), "lin.ex.bottom.hint.gap"),
                (_landscape_held(2.0, 0.0), "lin.ex.bottom.hint.gap"),
                (_landscape_held(-5.0, 10.0), "lin.ex.bottom.hint.gap"),
            ],
        ),
        "gd.oscillate": (
            _stepper_held((0.15, 10)),
            [
                (_stepper_held((0.05, 10)), "gd.ex.osc.hint.converging"),
                (_stepper_held((0.001, 10)), "gd.ex.osc.hint.too_slow"),
                (_stepper_held((0.3, 100)), "gd.ex.osc.hint.diverged"),
                (_stepper_held((0.15, 2)), "gd.ex.osc.hint.steps"),
                (_stepper_held((0.15, 5), (0.16, 5)), "gd.ex.osc.hint.one_lr"),
            ],
        ),
        "gd.diverge": (
            _stepper_held((0.3, 100)),
            [
                (_stepper_held((0.15, 100)), "gd.ex.div.hint.still"),
                (_stepper_held((0.25, 3)), "gd.ex.div.hint.still"),
                (_stepper_held(), "ex.hint.nothing_yet"),
            ],
        ),
        "ss.pass": (
            _logistic_held(5000, 0.1),
            [
                (_logistic_held(1000, 0.01), "ss.ex.pass.hint.low"),
                (_logistic_held(10, 0.01), "ss.ex.pass.hint.low"),
                ({"p4": math.nan, "diverged": True}, "ss.ex.pass.hint.diverged"),
            ],
        ),
        "dm.beat_baseline": (
            _diabetes_held("relu", "adam", 0.01, 100),
            [
                (_diabetes_held("sigmoid", "adam", 0.01, 100), "dm.ex.beat.hint.sigmoid"),
                (_diabetes_held("relu", "sgd", 0.0001, 1), "dm.ex.beat.hint.low"),
                ({"diverged": True}, "dm.ex.beat.hint.diverged"),
            ],
        ),
        "mn.unsure": (
            _unsure_reading(),
            [
                (_reading(x[0]), "mn.ex.unsure.hint.sure"),
                (_reading(x[1]), "mn.ex.unsure.hint.sure"),
                (_reading(x[2]), "mn.ex.unsure.hint.sure"),
            ],
        ),
        "rnn.own_words": (
            _rnn_held("abc", "cba", 0.1),
            [
                (_rnn_held("hello", "ohlol", 0.1), "rnn.ex.own.hint.course"),
                (_rnn_held("abcd", "dcba", 0.0001, epochs=3), "rnn.ex.own.hint.never"),
                (_rnn_held("abcd", "dcba", 0.01, epochs=40), "rnn.ex.own.hint.slow"),
            ],
        ),
    }


@pytest.fixture(scope="module")
def cases():
    return on_page_cases()


def test_every_on_page_exercise_has_cases(cases):
    assert set(cases) == {ex.id for ex in ALL if ex.kind is Kind.ON_PAGE}


@pytest.mark.parametrize("ex", [ex for ex in ALL if ex.kind is Kind.ON_PAGE], ids=lambda ex: ex.id)
def test_a_goal_reached_on_the_page_passes_and_each_miss_gets_its_hint(ex, cases):
    reached, misses = cases[ex.id]
    assert len(misses) >= 3
    for variant in VARIANTS:
        params = draw(ex, variant)
        verdict = grade(ex, params, held=reached)
        assert verdict.correct, (params, reached, verdict)
        for held, hint in misses:
            verdict = grade(ex, params, held=held)
            assert not verdict.correct and verdict.hint == hint, (params, held, verdict)
        assert grade(ex, params, held=None).hint == "ex.hint.nothing_yet"


# ---------------------------------------------------------------- the notebook's check()


def test_the_notebook_checker_grades_as_the_page_and_prints_words(capsys):
    ex = BY_ID["tb.trap_size"]
    messages = {
        "ex.correct": "Correct.",
        "ex.not_yet": "Not yet.",
        "ex.hint.right": "It is {answer}.",
        "tb.ex.trap.hint.lined_up": "After reshape: **{given}** for n = {n}.",
        "ex.parse.empty": "Type.",
    }
    check = checker(PAGES["tensors"], {ex.id: 5}, messages)
    n = draw(ex, 5)["n"]
    assert check(ex.id, str(n * n)) is True
    assert check(ex.id, str(n)) is False
    assert check(ex.id, "") is False
    assert capsys.readouterr().out.splitlines() == [
        f"Correct. It is {n * n}.",
        f"Not yet. After reshape: {n} for n = {n}.",
        "Not yet. Type.",
    ]


def test_an_answer_rounded_too_early_is_called_close_not_wrong():
    ex = BY_ID["gd.one_step"]
    for variant in VARIANTS:
        params = draw(ex, variant)
        right = ex.oracle(params)
        rounded = right * (1 + 5 * ex.rel_tol)  # a learner who kept two or three digits
        if all(not math.isclose(rounded, wrong, rel_tol=ex.rel_tol) for wrong, _ in wrong_answers(ex, params)):
            assert grade(ex, params, f"{rounded:.6g}").hint == "ex.hint.close"
    assert grade(ex, params, f"{right * 2 + 7}").hint == "ex.hint.wrong"

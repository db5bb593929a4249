"""The Exercises section on every page, driven as a learner would in AppTest.

Oracles: the answer and the usual mistakes come from core (core.exercises.base.draw with the variant the
session drew, answer_of, wrong_answers); "do it on the page" exercises pass only after the test moves the
page's own widgets to settings that reach the goal.
"""

import pytest

from conftest import open_page, start
from core.exercises.base import Kind, answer_of, draw, shown, wrong_answers
from core.exercises.catalog import BY_ID
from core.progress import variant_of
from ui.nav import TOPICS
from ui.strings import STRINGS


def key_of(at, exercise_id: str) -> str:
    state = at.session_state["ex.state"][exercise_id]
    return f"ex.{exercise_id}.{state['variant']}"


def params_of(at, exercise_id: str) -> dict:
    return draw(BY_ID[exercise_id], at.session_state["ex.state"][exercise_id]["variant"])


def click(at, key: str):
    next(b for b in at.button if b.key == key).click().run()
    assert not at.exception, [e.value for e in at.exception]


def answer(at, exercise_id: str, text: str):
    key = key_of(at, exercise_id)
    at.text_input(key=f"{key}.answer").set_value(text)
    click(at, f"{key}.check")


def choose(at, exercise_id: str, option: str):
    key = key_of(at, exercise_id)
    at.radio(key=f"{key}.choice").set_value(option)
    click(at, f"{key}.check")


def check(at, exercise_id: str):
    click(at, f"{key_of(at, exercise_id)}.check")


def last(at, exercise_id: str) -> dict:
    return at.session_state["ex.state"][exercise_id]["last"]


def shows(at, hint: str, kind="warning") -> bool:
    """The hint's text is on the page (its words before the first placeholder)."""
    start = STRINGS[hint]["en"].split("{")[0].replace("**", "")[:40]
    return any(start in el.value.replace("**", "") for el in getattr(at, kind))


def heading(at) -> str:
    return next(h.value for h in at.header if h.value.startswith("Exercises"))


def first(topic, kind: Kind):
    return next(ex for ex in topic.exercises if ex.kind is kind)


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_wrong_then_right_marks_done_and_the_solution_shows_its_code(app, topic):
    at = open_page(app, topic.path)
    total = len(topic.exercises)
    assert heading(at) == f"Exercises · 0/{total} done"
    ex = first(topic, Kind.COMPUTE)
    params = params_of(at, ex.id)
    value, hint = wrong_answers(ex, params)[0]
    answer(at, ex.id, shown(value))
    assert last(at, ex.id)["hint"] == hint and shows(at, hint)
    assert not at.session_state["ex.state"][ex.id]["done"]
    answer(at, ex.id, answer_of(ex, params))
    assert last(at, ex.id)["correct"] and any(s.value.startswith("Correct.") for s in at.success)
    assert heading(at) == f"Exercises · 1/{total} done"

    choice = first(topic, Kind.CHOICE)
    wrong = next(o for o in choice.options if not o.correct)
    choose(at, choice.id, wrong.id)
    assert last(at, choice.id)["hint"] == wrong.why and shows(at, wrong.why)
    choose(at, choice.id, answer_of(choice, {}))
    assert heading(at) == f"Exercises · 2/{total} done"

    code_panels = len([e for e in at.expander if e.label == STRINGS["code.title"]["en"]])
    click(at, f"{key_of(at, ex.id)}.show")
    assert any(m.value.startswith("**Solution.**") for m in at.markdown)
    assert len([e for e in at.expander if e.label == STRINGS["code.title"]["en"]]) > code_panels


def test_two_wrong_tries_open_the_solution_and_a_repeat_is_not_a_try(app):
    at = open_page(app, "views/gradient_descent.py")
    ex = BY_ID["gd.one_step"]
    (first_wrong, _), (second_wrong, _) = wrong_answers(ex, params_of(at, ex.id))[:2]
    answer(at, ex.id, shown(first_wrong))
    answer(at, ex.id, shown(first_wrong))
    assert at.session_state["ex.state"][ex.id]["tries"] == 1
    assert not any(m.value.startswith("**Solution.**") for m in at.markdown)
    answer(at, ex.id, shown(second_wrong))
    assert at.session_state["ex.state"][ex.id]["shown"]
    assert any(m.value.startswith("**Solution.**") for m in at.markdown)
    assert shows(at, "ex.solution_open", "info")


def test_an_unreadable_answer_says_so_and_is_not_a_try(app):
    at = open_page(app, "views/mnist_cnn.py")
    answer(at, "mn.conv_shape", "<b>five</b>")
    assert last(at, "mn.conv_shape")["hint"] == "ex.parse.not_a_shape" and shows(at, "ex.parse.not_a_shape")
    assert at.session_state["ex.state"]["mn.conv_shape"]["tries"] == 0


def test_another_variant_draws_new_numbers(app):
    at = open_page(app, "views/tensors.py")
    before = params_of(at, "tb.broadcast_shape")
    for _ in range(5):  # a new variant can repeat the numbers by chance; five in a row cannot all repeat
        click(at, f"{key_of(at, 'tb.broadcast_shape')}.another")
        if params_of(at, "tb.broadcast_shape") != before:
            break
    assert params_of(at, "tb.broadcast_shape") != before
    statement = next(m.value for m in at.markdown if "What is the shape of `a + b`" in m.value)
    assert str(params_of(at, "tb.broadcast_shape")["a"][0]) in statement


def test_home_lists_progress_per_page(app):
    at = open_page(app, "views/autograd.py")
    choose(at, "ag.second_backward", "freed")
    at.switch_page("views/home.py")
    at.run()
    captions = [c.value for c in at.caption]
    assert "Exercises: 1/4 done" in captions and captions.count("Exercises: 0/4 done") >= 1


def test_the_variant_is_the_learners_not_the_seed(app):
    """Two learners who both leave the sidebar seed at 0 get their own variants."""
    at = open_page(app, "views/tensors.py")
    other = open_page(type(app).from_file(app._script_path, default_timeout=120).run(), "views/tensors.py")
    assert at.session_state["seed"] == other.session_state["seed"] == 0
    variants = [session.session_state["ex.state"]["tb.trap_size"]["variant"] for session in (at, other)]
    assert variants[0] != variants[1]
    assert variants == [variant_of(session.session_state["progress.token"]) for session in (at, other)]


# ---------------------------------------------------------------- do it on the page, with the page's widgets


def test_tensors_stretch_both(app):
    at = open_page(app, "views/tensors.py")
    check(at, "tb.stretch_both")
    assert last(at, "tb.stretch_both")["hint"] == "tb.ex.both.hint.dims"
    at.text_input(key="tb_a_shape").set_value("2, 1, 4")
    at.text_input(key="tb_b_shape").set_value("3, 1")
    check(at, "tb.stretch_both")
    assert last(at, "tb.stretch_both")["correct"]


def test_autograd_derivative_of_sin(app):
    at = open_page(app, "views/autograd.py")
    at.text_input(key="ag_expr").set_value("sin(x)")
    check(at, "ag.derivative_of_sin")
    assert last(at, "ag.derivative_of_sin")["hint"] == "ag.ex.sin.hint.no_grad"
    at.toggle(key="ag_rg_x").set_value(True)
    check(at, "ag.derivative_of_sin")
    assert last(at, "ag.derivative_of_sin")["correct"]


def test_fitting_overfit_and_weight_decay(app):
    at = open_page(app, "views/fitting.py")
    check(at, "of.overfit")
    assert last(at, "of.overfit")["hint"] == "of.ex.overfit.hint.gap"
    at.slider(key="of_degree").set_value(15).run()
    check(at, "of.overfit")
    assert last(at, "of.overfit")["correct"]
    check(at, "of.decay")
    assert last(at, "of.decay")["hint"] == "of.ex.decay.hint.no_decay"
    at.number_input(key="of_wd").set_value(0.001)
    check(at, "of.decay")
    assert last(at, "of.decay")["correct"]


def test_dimensions_ratio(app):
    at = open_page(app, "views/dimensions.py")
    at.slider(key="cd_d").set_value(2).run()
    check(at, "cd.ratio")
    assert last(at, "cd.ratio")["hint"] == "cd.ex.ratio.hint.high"
    at.slider(key="cd_d").set_value(1000).run()
    check(at, "cd.ratio")
    assert last(at, "cd.ratio")["correct"]


def test_linear_fit_bottom_of_the_bowl(app):
    at = open_page(app, "views/linear_fit.py")
    at.slider(key="lin_w").set_value(0.0).run()
    check(at, "lin.bottom")
    assert last(at, "lin.bottom")["hint"] == "lin.ex.bottom.hint.gap"
    at.slider(key="lin_w").set_value(2.0).run()
    at.slider(key="lin_b").set_value(4.2).run()
    check(at, "lin.bottom")
    assert last(at, "lin.bottom")["correct"]


def test_gradient_descent_oscillate_then_diverge(app):
    at = open_page(app, "views/gradient_descent.py")
    at.number_input(key="gd_lr").set_value(0.15).run()
    next(b for b in at.button if b.label == "Run N steps").click().run()
    check(at, "gd.oscillate")
    assert last(at, "gd.oscillate")["correct"]
    check(at, "gd.diverge")
    assert last(at, "gd.diverge")["hint"] == "gd.ex.div.hint.still"
    next(b for b in at.button if b.label == "Reset").click().run()
    at.number_input(key="gd_lr").set_value(0.3).run()
    at.number_input(key="gd_n").set_value(200).run()
    next(b for b in at.button if b.label == "Run N steps").click().run()
    check(at, "gd.diverge")
    assert last(at, "gd.diverge")["correct"]


def test_logistic_regression_passes_at_four_hours(app):
    at = open_page(app, "views/sigmoid_softmax.py")
    check(at, "ss.pass")
    assert last(at, "ss.pass")["hint"] == "ex.hint.nothing_yet"
    start(at, "ss.run")
    check(at, "ss.pass")
    assert last(at, "ss.pass")["hint"] == "ss.ex.pass.hint.low"
    at.number_input(key="ss_lr").set_value(0.1).run()
    at.number_input(key="ss_epochs").set_value(5000).run()
    check(at, "ss.pass")
    assert last(at, "ss.pass")["correct"]


def test_diabetes_beats_the_baseline_with_another_activation(app):
    at = open_page(app, "views/diabetes_mlp.py")
    check(at, "dm.beat_baseline")
    assert last(at, "dm.beat_baseline")["hint"] == "ex.hint.nothing_yet"
    at.selectbox(key="dm_act").set_value("relu")
    at.selectbox(key="dm_opt").set_value("adam")
    at.number_input(key="dm_lr").set_value(0.01)
    at.number_input(key="dm_epochs").set_value(20).run()  # ReLU + Adam: 13.6 points over the baseline at seed 0
    next(b for b in at.button if b.label == "Train").click().run()
    check(at, "dm.beat_baseline")
    assert last(at, "dm.beat_baseline")["correct"], last(at, "dm.beat_baseline")


def test_mnist_unsure_needs_a_drawing(app):
    """AppTest cannot draw on the canvas component; the browser test draws (tests/test_browser.py)."""
    at = open_page(app, "views/mnist_cnn.py")
    check(at, "mn.unsure")
    assert last(at, "mn.unsure")["hint"] == "ex.hint.nothing_yet" and shows(at, "ex.hint.nothing_yet")


def test_rnn_learns_the_learners_own_words(app):
    at = open_page(app, "views/rnn_hello.py")
    next(b for b in at.button if b.label == "Train").click().run()
    check(at, "rnn.own_words")
    assert last(at, "rnn.own_words")["hint"] == "rnn.ex.own.hint.course"
    at.text_input(key="rnn_source").set_value("abc")
    at.text_input(key="rnn_target").set_value("cba").run()
    next(b for b in at.button if b.label == "Train").click().run()
    check(at, "rnn.own_words")
    assert last(at, "rnn.own_words")["correct"]

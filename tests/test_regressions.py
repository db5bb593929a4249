"""One test per failure measured on main before the page contract (issue: one page contract)."""

import os
import subprocess

from conftest import ROOT, open_page, start
from ui.strings import STRINGS


def test_one_or_two_examples_explain_the_underdetermined_fit(app):
    open_page(app, "views/linear_fit.py")
    for n in (1, 2):
        app.number_input(key="lin_n").set_value(n).run()
        assert not app.exception
        assert any("cannot pin down 3 parameters" in w.value for w in app.warning), n


def test_renaming_classes_while_a_true_class_is_chosen(app):
    open_page(app, "views/sigmoid_softmax.py")
    app.selectbox(key="ss_true").set_value(2).run()
    app.text_input(key="ss_names").set_value("ant, bee").run()
    assert not app.exception
    assert app.selectbox(key="ss_true").value == 2  # still the third class, now named "class 2"
    assert any("class 2" in str(o) for o in app.selectbox(key="ss_true").options)


def test_the_stepper_after_divergence_shows_no_numbers_and_takes_no_steps(app):
    open_page(app, "views/gradient_descent.py")
    app.number_input(key="gd_lr").set_value(1.0).run()
    app.number_input(key="gd_n").set_value(500).run()
    next(b for b in app.button if b.label == "Run N steps").click().run()
    assert any("Diverged at step" in e.value for e in app.error)
    values = {m.label: m.value for m in app.metric}
    assert values["w"] == values["b"] == values["cost"] == "—"
    steps = values["steps"]
    assert next(b for b in app.button if b.label == "Step").disabled
    app.run()
    assert {m.label: m.value for m in app.metric}["steps"] == steps


def test_the_backward_graph_follows_the_stepper(app):
    open_page(app, "views/gradient_descent.py")
    before = app.get("graphviz_chart")[0].proto.spec
    next(b for b in app.button if b.label == "Step").click().run()
    assert app.get("graphviz_chart")[0].proto.spec != before


def test_language_and_seed_come_from_the_link():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params.update({"lang": "zh", "seed": "7"})
    at.run()
    assert at.title[0].value == STRINGS["home.title"]["zh"]
    assert at.session_state["seed"] == 7 and at.query_params["lang"] == "zh"


def test_doubled_braces_always_render_single():
    from ui.i18n import t

    assert "{{" not in t("ss.class_n") and "{" not in t("ss.class_n").replace("{i}", "")


def test_make_run_does_not_point_at_the_shared_folder():
    env = {k: v for k, v in os.environ.items() if k != "PLAYGROUND_DATA_DIR"}
    out = subprocess.run(
        ["make", "-s", "--eval", 'show-data-dir: ; @echo "[$$PLAYGROUND_DATA_DIR]"', "show-data-dir"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]"  # only test, bench and weights get ../shared/data


def test_basics_pages_offer_their_results_as_csv(app):
    open_page(app, "views/linear_fit.py")
    start(app, "lin.both")
    labels = [b.proto.label for b in app.get("download_button")]
    assert STRINGS["lin.dl_history"]["en"] in labels and STRINGS["lin.dl_params"]["en"] in labels
    open_page(app, "views/sigmoid_softmax.py")
    start(app, "ss.run")
    assert STRINGS["ss.dl_history"]["en"] in [b.proto.label for b in app.get("download_button")]
    open_page(app, "views/gradient_descent.py")
    next(b for b in app.button if b.label == "Step").click().run()
    assert STRINGS["gd.dl_steps"]["en"] in [b.proto.label for b in app.get("download_button")]


def test_a_long_linear_fit_waits_for_train_then_shows_its_result(app):
    open_page(app, "views/linear_fit.py")
    app.number_input(key="lin_n").set_value(5000).run()
    app.number_input(key="lin_epochs").set_value(30).run()  # ~1 s per loop: no longer retrained on every change
    assert any("30,000 updates" in i.value for i in app.info) and not app.success
    next(b for b in app.button if b.label == "Train").click().run()
    assert not app.exception
    assert any("agree to" in s.value for s in app.success)  # the held result is shown after the rerun

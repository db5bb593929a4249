"""The router, the sidebar and Home, through AppTest."""

import ast
import subprocess
import sys
from pathlib import Path

import torch

from conftest import ROOT, open_page, start
from core import linear
from ui.nav import TOPICS
from ui.strings import STRINGS


def test_home_renders_and_links_every_topic(app):
    assert app.title[0].value == STRINGS["home.title"]["en"]
    assert len(TOPICS) >= 1
    assert not app.exception


def test_language_switch_changes_title_and_survives_page_change(app):
    # AppTest drops sidebar elements from its tree after the first run of a file-based st.Page,
    # so this sets what the sidebar's callback sets; the browser test clicks the real widget.
    app.selectbox(key="_lang").set_value("zh")
    app.session_state["lang"] = "zh"
    app.run()
    assert app.title[0].value == STRINGS["home.title"]["zh"]
    open_page(app, "views/linear_fit.py")
    assert app.title[0].value == STRINGS["lin.title"]["zh"]
    assert any(e.label == STRINGS["code.title"]["zh"] for e in app.expander)


def test_a_code_panel_sends_its_source_only_once_opened(app):
    from ui.widgets import source

    open_page(app, "views/linear_fit.py")
    closed_form = source(linear.closed_form).rstrip()  # the oracle: the function's own text, from inspect
    assert "def closed_form" in closed_form
    assert any(e.label == STRINGS["code.title"]["en"] for e in app.expander)
    assert not any(c.value == closed_form for c in app.code)
    app.session_state["code:core.linear.closed_form"] = True  # what a click on the panel sets
    app.run()
    assert any(c.value == closed_form for c in app.code)
    assert not app.exception


def test_every_topic_page_runs(app):
    for topic in TOPICS:
        open_page(app, topic.path)
        assert app.title[0].value == STRINGS[topic.title]["en"]


def test_linear_fit_slider_sets_the_right_mse(app):
    open_page(app, "views/linear_fit.py")
    app.radio(key="lin_ds").set_value("course").run()
    app.slider(key="lin_w").set_value(3.0).run()
    assert app.metric[0].value == f"{14 / 3:.4f}"  # mean((3x - 2x)^2) over x = 1, 2, 3
    app.slider(key="lin_b").set_value(1.0).run()
    X, y = linear.course_data()
    expected = linear.mse_at(X, y, torch.tensor([[3.0, 1.0]])).item()
    assert app.metric[0].value == f"{expected:.4f}"


def test_linear_fit_divergent_lr_shows_message_not_exception(app):
    open_page(app, "views/linear_fit.py")
    start(app, "lin.both")
    app.number_input(key="lin_lr").set_value(5.0).run()  # trained once: a changed setting retrains at once
    assert not app.exception
    assert any("Diverged at step 1" in e.value for e in app.error)
    assert not app.success  # no "the two agree" computed from NaN


def test_opening_linear_fit_trains_nothing_below_the_fold_until_asked(app):
    """Sections 3 and 5 hold cheap runs (two loops, five learning rates: ~70% of a new learner's page
    opening on the server); the page opens without them, each starts on its Train button, and after
    that a changed setting retrains at once. The oracle: what session state holds."""
    open_page(app, "views/linear_fit.py")
    assert "lin.both" not in app.session_state and "lin.lrs" not in app.session_state
    assert not app.exception and not any("agree to" in s.value for s in app.success)
    start(app, "lin.both")
    assert "lin.both" in app.session_state and "lin.lrs" not in app.session_state
    assert [b.key for b in app.button if b.key.endswith(".start")] == ["lin.lrs.start"], "a pressed one is gone"
    epochs = app.session_state["lin.both"].result[0].history.rows
    app.number_input(key="lin_epochs").set_value(2).run()
    assert len(app.session_state["lin.both"].result[0].history.rows) == 2 != len(epochs)
    start(app, "lin.lrs")
    assert sorted(app.session_state["lin.lrs"].result) == [0.01, 0.02, 0.03, 0.04, 0.05]


def test_linear_fit_batch_size_is_bounded_by_the_data(app):
    open_page(app, "views/linear_fit.py")
    app.radio(key="lin_ds").set_value("course").run()
    app.number_input(key="lin_batch").set_value(5).run()
    assert not app.exception
    assert 1 <= app.number_input(key="lin_batch").value <= 3  # the widget allows no more than the 3 examples


def test_linear_fit_states_agreement_and_shares_settings(app):
    open_page(app, "views/linear_fit.py")
    start(app, "lin.both")
    agreement = [s.value for s in app.success if "agree to" in s.value]
    assert agreement and float(agreement[0].split("agree to ")[1].split(" ")[0]) <= 1e-5
    app.slider(key="lin_w").set_value(2.5).run()
    assert app.query_params["lin_w"] == "2.5"


def test_shared_link_restores_settings(app):
    app.query_params.update({"lin_ds": "course", "lin_w": "1.5"})
    open_page(app, "views/linear_fit.py")
    assert app.radio(key="lin_ds").value == "course"
    assert app.slider(key="lin_w").value == 1.5
    assert app.metric[0].value == f"{(0.25 * 14 / 3):.4f}"  # mean((1.5x - 2x)^2)


def test_the_router_and_home_import_no_heavy_library():
    """A fresh server's first page shows before torch, pandas and altair load (they take ~2 s here):
    every module app.py and views/home.py import is imported in a new interpreter, which must not
    have loaded them. The oracle is sys.modules there."""
    modules = sorted({name for script in ("app.py", "views/home.py") for name in imported_modules(ROOT / script)})
    heavy = ("torch", "pandas", "altair", "numpy", "nbformat")
    probe = f"import sys; import {', '.join(modules)}; print([m for m in {heavy!r} if m in sys.modules])"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "ui.link" in modules and "ui.nav" in modules, modules
    assert done.stdout.strip() == "[]"


def imported_modules(script: Path) -> set[str]:
    tree = ast.parse(script.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.update(f"{node.module}.{alias.name}" if node.module == "ui" else node.module for alias in node.names)
    return names

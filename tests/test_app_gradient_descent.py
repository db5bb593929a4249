import pytest

from conftest import open_page
from core import descent


@pytest.fixture
def page(app):
    return open_page(app, "views/gradient_descent.py")


def press(at, label):
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, [e.value for e in at.exception]


def w_shown(at):
    return float(at.metric[0].value)


def test_step_updates_w_by_the_formula_and_reset_restores(page):
    press(page, "Step")
    expected = descent.gd_step(1.0, 0.0, 0.05).new_w
    assert w_shown(page) == pytest.approx(expected, abs=1e-4)
    assert any(c.value.endswith(f"= {expected:.4g}".replace("-", "−")) for c in page.code)
    press(page, "Run N steps")
    assert page.metric[3].value == "11"
    press(page, "Reset")
    assert w_shown(page) == 1.0 and page.metric[3].value == "0"


def test_divergent_lr_shows_the_message(page):
    page.number_input(key="gd_lr").set_value(1.0).run()
    assert any(e.value.startswith("Diverging") for e in page.error)
    page.number_input(key="gd_n").set_value(500).run()
    press(page, "Run N steps")
    assert any("Diverged at step" in e.value for e in page.error)


def test_zero_lr_is_clamped_to_the_declared_minimum(page):
    page.number_input(key="gd_lr").set_value(0.0).run()
    assert not page.exception
    assert page.number_input(key="gd_lr").value == 0.0001


def test_switching_surface_and_optimizers(page):
    for surface in ("rosenbrock", "saddle", "himmelblau", "bowl"):
        page.selectbox(key="gd_surface").set_value(surface).run()
        assert not page.exception, surface
    page.multiselect(key="gd_opts").set_value(["Adam"]).run()
    assert not page.exception
    page.selectbox(key="gd_surface").set_value("rosenbrock").run()
    page.multiselect(key="gd_opts").set_value(["SGD"]).run()
    assert not any("diverged" in e.value for e in page.error)  # Rosenbrock's defaults suit each optimizer
    page.number_input(key="gd_rosenbrock_SGD_lr").set_value(0.01).run()
    assert any("SGD diverged at step" in e.value for e in page.error)


def test_accumulation_toggle(page):
    page.toggle(key="gd_accumulate").set_value(True).run()
    assert any("accumulate" in w.value for w in page.warning)

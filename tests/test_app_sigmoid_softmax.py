import pytest

from conftest import open_page, start

PAGE = "views/sigmoid_softmax.py"


@pytest.fixture
def page(app):
    return open_page(app, PAGE)


def test_logistic_regression_metrics(page):
    assert not page.metric, "the section below the fold waits for its Train button"
    start(page, "ss.run")
    p4, crossing, _ = (m.value for m in page.metric)
    assert float(p4) > 0.5 and 2 < float(crossing) < 4


def test_every_control_reruns_cleanly(page):
    page.slider(key="ss_w").set_value(3.0).run()
    page.slider(key="ss_b").set_value(-2.0).run()
    page.toggle(key="ss_compare").set_value(True).run()
    page.number_input(key="ss_lr").set_value(0.05).run()
    page.number_input(key="ss_epochs").set_value(200).run()
    page.slider(key="ss_T").set_value(0.5).run()
    page.text_input(key="ss_names").set_value("a, b, c").run()
    page.slider(key="ss_c").set_value(7.0).run()
    page.selectbox(key="ss_true").set_value(2).run()
    assert not page.exception, [e.value for e in page.exception]


def test_subtract_max_button_and_invariance(page):
    next(b for b in page.button if b.label == "c = −max").click().run()
    assert page.slider(key="ss_c").value == -10.0
    assert any("0.00e+00" in s.value for s in page.success)


def test_bad_logits_show_a_message(page):
    page.text_input(key="ss_logits").set_value("1, two").run()
    assert not page.exception
    assert any("numbers separated by commas" in e.value for e in page.error)


def test_fewer_classes_keep_the_true_class_valid(page):
    page.selectbox(key="ss_true").set_value(2).run()
    page.text_input(key="ss_logits").set_value("3, 1").run()
    assert not page.exception
    assert page.selectbox(key="ss_true").value in (0, 1)

import sys

import numpy as np
import pytest

from conftest import open_page


class FakeCanvas:
    def __init__(self, image):
        self.image_data = image


def show_canvas(app, monkeypatch, image):
    """Open the page, then replace the canvas component (its module registers itself on first import
    inside a Streamlit run, so it is patched after the page has imported it)."""
    open_page(app, "views/mnist_cnn.py")
    monkeypatch.setattr(sys.modules["streamlit_drawable_canvas"], "st_canvas", lambda *a, **k: FakeCanvas(image))
    app.run()
    assert not app.exception, [e.value for e in app.exception]


def one_stroke():
    img = np.zeros((280, 280, 4), np.uint8)
    img[..., 3] = 255
    img[40:240, 160:178, :3] = 255
    return img


@pytest.fixture
def page(app):
    return open_page(app, "views/mnist_cnn.py")


def test_renders_with_pretrained_models_and_hint(page):
    assert page.radio(key="mn_model").options[0].startswith("CNN (pretrained, 99.")
    assert any("Draw a digit" in i.value for i in page.info)
    assert any("Linear(320,10)" in m.value for m in page.markdown)


def test_empty_canvas_shows_the_hint(monkeypatch, app):
    empty = np.zeros((280, 280, 4), np.uint8)
    show_canvas(app, monkeypatch, empty)
    assert any("Draw a digit" in i.value for i in app.info)
    assert not [m for m in app.metric if m.label == "prediction"]


def test_drawn_one_is_predicted(monkeypatch, app):
    show_canvas(app, monkeypatch, one_stroke())
    assert next(m for m in app.metric if m.label == "prediction").value == "1"
    app.radio(key="mn_model").set_value("fc").run()
    assert next(m for m in app.metric if m.label == "prediction").value == "1"
    assert any("Pick the CNN" in c.value for c in app.caption)


def test_convolution_widget(page):
    page.slider(key="mn_p").set_value(2).run()
    page.slider(key="mn_s").set_value(2).run()
    assert any("= **14**" in m.value for m in page.markdown)  # floor((28 + 4 - 5) / 2) + 1
    page.slider(key="mn_n").set_value(2).run()
    assert not page.exception
    assert any("larger than the padded input" in e.value for e in page.error) or any(
        "Output size" in m.value for m in page.markdown
    )
    page.slider(key="mn_ex_p").set_value(1).run()
    assert any(c.value.startswith("output 5×5") for c in page.code)


def test_train_a_short_run(page):
    page.selectbox(key="mn_kind").set_value("fc").run()
    page.number_input(key="mn_batch").set_value(4096).run()
    next(b for b in page.button if b.label == "Train").click().run()
    assert not page.exception, [e.value for e in page.exception]
    assert any(s.value.startswith("Test accuracy") for s in page.success)
    assert any(o.startswith("the model you trained") for o in page.radio(key="mn_model").options)


def test_the_batch_is_never_larger_than_the_training_images(page):
    """The batch widget's maximum follows the images slider (as linear fit's follows its data), so
    fewer images pull a larger batch down with them. Oracle: 1,000 images in batches of 1,000 make
    one step per epoch, and the run reports after each epoch's last step."""
    page.number_input(key="mn_epochs").set_value(3).run()
    page.number_input(key="mn_batch").set_value(4096).run()
    page.slider(key="mn_images").set_value(1000).run()
    assert page.number_input(key="mn_batch").value == 1000 and page.number_input(key="mn_batch").max == 1000
    next(b for b in page.button if b.label == "Train").click().run()
    assert not page.exception, [e.value for e in page.exception]
    assert not page.error
    assert any(s.value.startswith("Test accuracy") for s in page.success)
    history = page.session_state["mn.training"].history
    assert [row["step"] for row in history.rows] == [1, 2, 3] and history.total == 3
    assert all("test_acc" in row for row in history.rows)  # each step ended an epoch

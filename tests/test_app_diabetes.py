import pytest

from conftest import open_page


@pytest.fixture
def page(app):
    return open_page(app, "views/diabetes_mlp.py")


def train(at, epochs=5):
    at.number_input(key="dm_epochs").set_value(epochs).run()
    next(b for b in at.button if b.label == "Train").click().run()
    assert not at.exception, [e.value for e in at.exception]


def test_data_section_shows_balance(page):
    assert any("65.1% without diabetes" in m.value for m in page.markdown)
    assert any("Press Train" in i.value for i in page.info)


def test_train_a_few_epochs_and_see_metrics(page):
    train(page, 5)
    labels = [m.label for m in page.metric]
    assert {"test accuracy", "majority baseline", "precision", "recall", "ROC AUC"} <= set(labels)
    assert next(m for m in page.metric if m.label == "majority baseline").value == "64.9%"
    page.radio(key="dm_source").set_value("form").run()
    assert not page.exception
    assert next(m for m in page.metric if m.label == "predicted probability of diabetes").value.endswith("%")


def test_bad_csv_upload_shows_the_error(page):
    train(page, 2)
    uploader = page.get("file_uploader")[0]
    uploader.set_value(("bad.csv", b"Glucose,BMI\n1,2\n", "text/csv")).run()
    assert not page.exception
    assert any("Missing columns" in e.value for e in page.error)


def test_good_csv_upload_predicts(page):
    from core import diabetes

    train(page, 2)
    good = diabetes.load_frame().head(20).to_csv(index=False).encode()
    page.get("file_uploader")[0].set_value(("good.csv", good, "text/csv")).run()
    assert not page.exception and not page.error
    assert any("Accuracy on your file's 20 rows" in c.value for c in page.caption)


def test_bad_hidden_sizes_are_explained(page):
    page.text_input(key="dm_hidden").set_value("6, four").run()
    next(b for b in page.button if b.label == "Train").click().run()
    assert any("whole numbers" in e.value for e in page.error)


def test_missing_data_shows_where_it_looked(monkeypatch, tmp_path):
    from streamlit.testing.v1 import AppTest

    from conftest import ROOT

    monkeypatch.setenv("PLAYGROUND_DATA_DIR", str(tmp_path))
    monkeypatch.setattr("core.diabetes.URL", "http://127.0.0.1:9/diabetes.csv")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    open_page(at, "views/diabetes_mlp.py")
    assert any(str(tmp_path) in e.value and "diabetes.csv" in e.value for e in at.error)

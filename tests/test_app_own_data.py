"""Your own data on the linear-fit, sigmoid & softmax and fitting pages, in AppTest: every way in (table,
paste, CSV file, a click on the chart), the link, the share popover, the notebook and the CSV download.

Oracles: the least-squares line of the points typed (w = 2, b = 1 for y = 2x + 1), the separating gap the
points have, a parabola fitted exactly by degree 2, and core/own_data.py's own encoding and CSV reading.
"""

import re

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT, start
from core import own_data
from ui import notebook
from ui.nav import TOPICS
from ui.strings import STRINGS

LINE = ((1.0, 3.0), (2.0, 5.0), (3.0, 7.0), (4.0, 9.0))  # y = 2x + 1
# page path, source setting, points setting, the value that shows own points
PAGES = {
    "linear": ("views/linear_fit.py", "lin_ds", "lin_pts"),
    "logistic": ("views/sigmoid_softmax.py", "ss_source", "ss_pts"),
    "fitting": ("views/fitting.py", "of_source", "of_pts"),
}
POINTS = {"linear": LINE, "logistic": ((1.0, 0.0), (2.0, 1.0), (3.0, 0.0), (4.0, 1.0)), "fitting": LINE}


def own_page(name: str, lang: str = "en") -> AppTest:
    path, source, _ = PAGES[name]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["lang"] = lang
    at.run()
    at.switch_page(path)
    at.run()
    at.radio(key=source).set_value("own").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def points_of(at, name):
    return at.session_state[PAGES[name][2]]


def version(at, key):
    return at.session_state[f"{key}.v"]


def errors(at) -> list[str]:
    return [e.value for e in at.error]


def paste(at, key, text):
    at.text_area(key=f"{key}.paste").input(text)
    at.button(key=f"{key}.use").click().run()
    assert not at.exception, [e.value for e in at.exception]


def upload(at, key, data: bytes, name="points.csv"):
    uploader = next(u for u in at.file_uploader if u.key == f"{key}.file.{version(at, key)}")
    uploader.set_value((name, data, "text/csv")).run()
    assert not at.exception, [e.value for e in at.exception]


def edit_table(at, key, edits: dict):
    at.session_state[f"{key}.table.{version(at, key)}"] = {
        "edited_rows": {},
        "added_rows": [],
        "deleted_rows": [],
    } | edits
    at.run()
    assert not at.exception, [e.value for e in at.exception]


def click_chart(at, key, x, y):
    at.session_state[f"{key}.chart.{version(at, key)}"] = {"selection": {"pick": [{"x": x, "y": y}]}}
    at.run()
    assert not at.exception, [e.value for e in at.exception]


def csv_of(points, names=("x", "y")) -> bytes:
    return ("\n".join([",".join(names), *(f"{x},{y}" for x, y in points)]) + "\n").encode()


def least_squares_text(at) -> str:
    return next(m.value for m in at.markdown if "Least squares" in m.value)


# ---------------------------------------------------------------- every way in, on every page


@pytest.mark.parametrize("name", PAGES)
def test_a_paste_replaces_the_points(name):
    at = own_page(name)
    key = PAGES[name][2]
    paste(at, key, "\n".join(f"{x}, {y}" for x, y in POINTS[name]))
    assert points_of(at, name) == POINTS[name] and not errors(at)
    assert at.dataframe and any(len(df.value) == len(POINTS[name]) for df in at.data_editor)


@pytest.mark.parametrize("name", PAGES)
def test_a_csv_file_replaces_the_points(name):
    at = own_page(name)
    key = PAGES[name][2]
    names = ("x", "label") if name == "logistic" else ("x", "y")
    upload(at, key, b"\xef\xbb\xbf" + csv_of(POINTS[name], names).replace(b",", b";"))
    assert points_of(at, name) == POINTS[name] and not errors(at)


@pytest.mark.parametrize("name", PAGES)
def test_the_table_adds_edits_and_deletes_rows(name):
    at = own_page(name)
    key = PAGES[name][2]
    start = points_of(at, name)
    label = "label" if name == "logistic" else "y"
    edit_table(at, key, {"added_rows": [{"x": 5.0, label: 1.0}]})
    assert points_of(at, name) == (*start, (5.0, 1.0))
    edit_table(
        at, key, {"added_rows": [{"x": 5.0, label: 1.0}], "edited_rows": {"0": {"x": -1.0}}, "deleted_rows": [1]}
    )
    assert points_of(at, name) == ((-1.0, start[0][1]), *start[2:], (5.0, 1.0))


@pytest.mark.parametrize("name", PAGES)
def test_a_click_on_the_chart_adds_a_point_and_a_click_on_it_removes_it(name):
    at = own_page(name)
    key = PAGES[name][2]
    start = points_of(at, name)
    dx, dy = at.session_state[f"{key}.grid"]  # the chart's click targets lie on this grid
    x, y = 7 * dx, 4 * dy
    click_chart(at, key, x + 1e-13, y - 1e-13)  # as the browser sends a grid node
    label = 1.0 if y > 0.5 else 0.0  # a labelled point takes the label nearest the click
    assert points_of(at, name) == (*start, (round(x, 10), label if name == "logistic" else round(y, 10)))
    click_chart(at, key, x, y)
    assert points_of(at, name) == start


def test_edits_taken_back_restore_the_points_and_a_refusal_stays_on_screen():
    at = own_page("linear")
    start = points_of(at, "linear")
    edit_table(at, "lin_pts", {"edited_rows": {"0": {"x": 9.0}}})
    assert points_of(at, "linear") == ((9.0, start[0][1]), *start[1:])
    edit_table(at, "lin_pts", {})  # the edit undone: the browser's edit state is empty again
    assert points_of(at, "linear") == start
    at.file_uploader[0].set_value(("bad.csv", b"x,y\n1,nan\n", "text/csv")).run()
    at.run()  # a later rerun (another widget) keeps the file's refusal on screen
    assert errors(at) == [STRINGS["err.own_too_big"]["en"].format(row=2, name="y", value="nan", max=1e5)]


def test_the_last_point_cannot_be_clicked_away():
    at = own_page("linear")
    paste(at, "lin_pts", "1, 2")
    click_chart(at, "lin_pts", 1.0, 2.0)
    assert points_of(at, "linear") == ((1.0, 2.0),)
    assert errors(at) == [STRINGS["err.own_empty"]["en"]]
    start(at, "lin.both")
    assert "lin.both" in at.session_state  # one point still trains (the page explains why it is not unique)


def test_a_bad_table_keeps_the_last_valid_points_and_says_why_in_the_learners_language():
    at = own_page("linear", lang="zh")
    before = points_of(at, "linear")
    edit_table(at, "lin_pts", {"deleted_rows": list(range(len(before)))})
    assert points_of(at, "linear") == before
    assert errors(at) == [STRINGS["err.own_empty"]["zh"]]
    paste(at, "lin_pts", "1, 2\n1, 3")
    assert points_of(at, "linear") == before
    assert errors(at) == [STRINGS["err.own_same_x"]["zh"].format(x=1.0)]


# ---------------------------------------------------------------- what each page does with them


def test_linear_fit_uses_the_points_in_every_section():
    at = own_page("linear")
    paste(at, "lin_pts", "\n".join(f"{x}, {y}" for x, y in LINE))
    assert "w = [2.0000], b = 1.0000" in least_squares_text(at)
    sliders = {s.key: s for s in at.slider}
    assert sliders["lin_b"].min <= 1.0 <= sliders["lin_b"].max  # the bowl's bottom is within reach
    sliders["lin_w"].set_value(2.0)
    sliders["lin_b"].set_value(1.0)
    at.run()
    assert at.metric[0].value == "0.0000"  # MSE at the least-squares line
    start(at, "lin.both")
    start(at, "lin.lrs")
    assert "lin.both" in at.session_state and "lin.lrs" in at.session_state  # both trainings ran on them
    scratch, concise = at.session_state["lin.both"].result
    assert len(scratch.history.rows) == 100 and scratch.history.losses[-1] < scratch.history.losses[0]


def test_logistic_regression_says_why_separable_points_grow_their_weights():
    at = own_page("logistic")
    paste(at, "ss_pts", "1, 0\n2, 0\n3, 1\n4, 1")
    start(at, "ss.run")
    assert any("separable" in i.value and "x = 2 and x = 3" in i.value for i in at.info)
    paste(at, "ss_pts", "1, 0\n2, 1\n3, 0\n4, 1")
    assert not any("separable" in i.value for i in at.info)
    assert any(c.value.startswith("The two classes overlap") for c in at.caption)


def test_fitting_takes_own_training_and_test_points():
    at = own_page("fitting")
    parabola = ((-2.0, 4.0), (-1.0, 1.0), (0.0, 0.0), (1.0, 1.0), (2.0, 4.0))
    paste(at, "of_pts", "\n".join(f"{x}, {y}" for x, y in parabola))
    at.radio(key="of_test").set_value("own").run()
    paste(at, "of_test_pts", "3, 9\n-3, 9\n0.5, 0.25")
    at.slider(key="of_degree").set_value(2).run()
    train_loss, test_loss = (float(m.value) for m in at.metric[:2])
    assert train_loss < 1e-6 and test_loss < 1e-4  # y = x² is degree 2 exactly
    assert "of_n" not in [w.key for w in at.number_input]  # n is the number of points


# ---------------------------------------------------------------- the link, the share popover, downloads


def test_up_to_fifty_points_travel_in_the_link_and_more_do_not():
    at = own_page("linear")
    paste(at, "lin_pts", "\n".join(f"{x}, {y}" for x, y in LINE))
    assert at.query_params["lin_pts"] == own_data.encode(LINE)
    link = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    link.run()
    link.switch_page("views/linear_fit.py")
    link.query_params.update(lin_ds="own", lin_pts=own_data.encode(LINE))
    link.run()
    assert link.session_state["lin_pts"] == LINE
    assert "w = [2.0000], b = 1.0000" in least_squares_text(link)
    many = [(k / 10, k % 3) for k in range(51)]
    paste(at, "lin_pts", "\n".join(f"{x}, {y}" for x, y in many))
    assert len(points_of(at, "linear")) == 51 and "lin_pts" not in at.query_params
    expected = STRINGS["share.points_left_out"]["en"].format(n=51, max=own_data.MAX_SHARED)
    assert expected in [w.value for w in at.warning]


def test_a_link_with_bad_points_is_named_and_the_default_points_are_used():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("views/linear_fit.py")
    at.query_params.update(lin_ds="own", lin_pts="1_nan~2_3")
    at.run()
    assert not at.exception
    assert any("`lin_pts`" in w.value for w in at.warning)
    assert at.session_state["lin_pts"] == own_data.check(((1, 2), (2, 4), (3, 6)), own_data.XY)


def test_the_notebook_and_the_csv_download_carry_the_points():
    at = own_page("logistic")
    points = POINTS["logistic"]
    paste(at, "ss_pts", "\n".join(f"{x}, {y}" for x, y in points))
    labels = [d.proto.label for d in at.get("download_button")]
    assert STRINGS["own.download"]["en"] in labels
    topic = next(topic for topic in TOPICS if topic.url_path == "sigmoid-softmax")
    state = {s.key: at.session_state[s.key] for s in topic.settings if s.key in at.session_state}
    values = notebook.values_for(topic.settings, state)
    nb = notebook.build(topic.notebook, values, "en")
    source = "\n".join(cell.source for cell in nb.cells)
    assert re.search(r"^source = 'own'$", source, re.M)
    assert "pts = [[1.0, 0.0], [2.0, 1.0], [3.0, 0.0], [4.0, 1.0]]" in source

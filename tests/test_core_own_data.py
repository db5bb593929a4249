"""A learner's own points (core/own_data.py): every way in reads the same numbers, and every bad input is
refused with its own message key. Oracles: the numbers as written, Python's csv module for what a CSV file
holds, and the closed forms the pages compute from the points."""

import csv
import io

import pytest
import torch

from core import fitting, linear, logistic, own_data
from core.errors import InputError

XY, LABELLED, POLY = own_data.XY, own_data.LABELLED, own_data.POLYNOMIAL
HOMEWORK = ((1.0, 2.0), (2.0, 4.0), (3.0, 6.0))


@pytest.mark.parametrize(
    "text",
    [
        "1, 2\n2, 4\n3, 6",
        "1,2\n2,4\n3,6",
        "1;2\n2;4\n3;6",
        "1\t2\n2\t4\n3\t6",
        "1 2\n2   4\n3 6",
        "x, y\n1, 2\n2, 4\n3, 6",
        "# my homework\n\n1, 2\n\n2, 4\n3, 6\n",
        "１，２\n２，４\n３，６",  # full-width digits and commas, as a Chinese keyboard types them
        '"1","2"\n"2","4"\n"3","6"',
        "1.0, 2e0\n+2, 4.\n3, .6e1",
        "1,0; 2,0\n2,0; 4,0\n3,0; 6,0",  # decimal commas
        "\r\n1, 2\r\n2, 4\r\n3, 6\r\n",
    ],
)
def test_every_spelling_of_the_homework_points_reads_the_same(text):
    assert own_data.parse_text(text, XY) == HOMEWORK


def test_a_decimal_comma_is_a_decimal_point_where_the_separator_is_not_a_bare_comma():
    assert own_data.parse_text("1,5; 2,25\n2,5 3,75", XY) == ((1.5, 2.25), (2.5, 3.75))
    assert own_data.parse_text("1,5", XY) == ((1.0, 5.0),)  # "x,y": the comma separates


HOSTILE = {
    "": "own_empty",
    "x, y": "own_empty",
    "1": "own_fields",
    "1, 2, 3": "own_fields",
    "1; 2; 3": "own_fields",
    "a, b\nc, d": "own_not_number",
    "1, two": "own_not_number",
    "1_000, 2": "own_not_number",  # Python's float() reads it; a learner did not mean it
    "0x10, 2": "own_not_number",
    "1e5e5, 2": "own_not_number",
    "__import__('os').system('id'), 1": "own_not_number",
    "<img src=x onerror=alert(1)>, 1": "own_not_number",
    "=cmd|' /C calc'!A0, 1": "own_not_number",
    "nan, 1": "own_too_big",
    "1, inf": "own_too_big",
    "-Infinity, 1": "own_too_big",
    "1e300, 1": "own_too_big",
    "1e400, 1": "own_too_big",
    "1, -100001": "own_too_big",
    "2, 1\n2, 5\n2, 3": "own_same_x",
    "1, 2\n" * (own_data.MAX_POINTS + 1): "own_too_many",
}


@pytest.mark.parametrize("text, key", HOSTILE.items(), ids=range(len(HOSTILE)))
def test_every_bad_paste_is_refused_with_its_own_message(text, key):
    with pytest.raises(InputError) as caught:
        own_data.parse_text(text, XY)
    assert caught.value.key == key, caught.value


def test_the_message_names_the_line_the_learner_wrote():
    with pytest.raises(InputError) as caught:
        own_data.parse_text("x, y\n1, 2\n\n3, abc", XY)
    assert caught.value.params["row"] == 4 and "abc" in str(caught.value)


def test_labels_must_be_0_or_1_and_the_polynomial_page_bounds_x():
    assert own_data.parse_text("1, 0\n2, 1", LABELLED) == ((1.0, 0.0), (2.0, 1.0))
    for text in ("1, 2", "1, 0.5", "1, -1"):
        with pytest.raises(InputError) as caught:
            own_data.parse_text(text, LABELLED)
        assert caught.value.key == "own_label"
    with pytest.raises(InputError) as caught:
        own_data.parse_text("10.5, 1", POLY)
    assert caught.value.key == "own_x_limit"
    assert own_data.parse_text("-10, 1\n10, 2", POLY) == ((-10.0, 1.0), (10.0, 2.0))


def test_the_largest_dataset_is_accepted():
    points = [(k / 10, k % 7) for k in range(own_data.MAX_POINTS)]
    text = "\n".join(f"{x}, {y}" for x, y in points)
    assert len(own_data.parse_text(text, XY)) == own_data.MAX_POINTS
    assert len(own_data.parse_csv(text.encode(), XY)) == own_data.MAX_POINTS


# ---------------------------------------------------------------- CSV files


def csv_bytes(rows, delimiter=",", encoding="utf-8", bom=False) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return (("\ufeff" if bom else "") + out.getvalue()).encode(encoding)


@pytest.mark.parametrize(
    "data",
    [
        csv_bytes([["x", "y"], [1, 2], [2, 4], [3, 6]]),
        csv_bytes([[1, 2], [2, 4], [3, 6]]),
        csv_bytes([["x", "y"], [1, 2], [2, 4], [3, 6]], bom=True),  # Excel's "CSV UTF-8"
        csv_bytes([["x", "y"], [1, 2], [2, 4], [3, 6]], delimiter=";"),  # Excel in a decimal-comma locale
        csv_bytes([["x", "y"], ["1,0", "2,0"], ["2,0", "4,0"], ["3,0", "6,0"]], delimiter=";"),
        csv_bytes([["x", "y"], [1, 2], [2, 4], [3, 6]], delimiter="\t"),
        csv_bytes([["学时", "分数"], [1, 2], [2, 4], [3, 6]], encoding="gb18030"),  # Excel on a Chinese system
        csv_bytes([["id", "y", "note", "x"], [7, 2, "a", 1], [8, 4, "b", 2], [9, 6, "c", 3]]),  # named columns
    ],
)
def test_a_csv_file_as_spreadsheets_write_it(data):
    assert own_data.parse_csv(data, XY) == HOMEWORK


@pytest.mark.parametrize(
    "data, key",
    [
        (b"", "own_empty"),
        (b"x,y\n", "own_empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "own_not_text"),
        (b"\xff\xfe\x00\x00" + b"\x00" * 64, "own_not_text"),
        (b"x,y\n1,\n", "own_missing"),
        (b"a,b,c\n1,2,3\n", "own_fields"),
        (b"x,y\n1,nan\n", "own_too_big"),
        (b"1,2\n" * (own_data.MAX_BYTES // 4 + 1), "own_file_size"),
        (b"1,2\n" * 12_500_000, "own_file_size"),  # 50 MB
    ],
)
def test_a_bad_csv_file_is_refused_with_its_own_message(data, key):
    with pytest.raises(InputError) as caught:
        own_data.parse_csv(data, XY)
    assert caught.value.key == key


def test_the_downloaded_csv_reads_back_the_same_points():
    points = ((0.1, -2.5), (1 / 3, 1e-4), (99999.0, -7.0))
    text = own_data.to_csv(points, XY)
    assert list(csv.reader(io.StringIO(text)))[0] == ["x", "y"]
    assert own_data.parse_csv(text.encode(), XY) == points
    labelled = own_data.to_csv(((1.0, 0.0), (2.0, 1.0)), LABELLED)
    assert own_data.parse_csv(labelled.encode(), LABELLED) == ((1.0, 0.0), (2.0, 1.0))


# ---------------------------------------------------------------- in a link


def test_fifty_points_fit_in_a_link_and_come_back_to_six_digits():
    gen = torch.Generator().manual_seed(0)
    values = (torch.rand(50, 2, generator=gen) * 2e5 - 1e5).tolist()
    points = tuple((x, y) for x, y in values)
    text = own_data.encode(points)
    assert len(text) <= own_data.MAX_LINK
    assert set(text) <= set("0123456789.-+e_~")  # characters a URL keeps as they are
    back = own_data.decode(text, XY)
    assert len(back) == 50
    for (x, y), (bx, by) in zip(points, back, strict=True):
        assert bx == pytest.approx(x, rel=1e-5) and by == pytest.approx(y, rel=1e-5)
    assert own_data.shareable(points) and not own_data.shareable(points + ((0.0, 0.0),))


@pytest.mark.parametrize(
    "text, key",
    [
        ("", "own_empty"),
        ("1", "own_missing"),
        ("1_x", "own_not_number"),
        ("-_2", "own_not_number"),
        ("1_nan", "own_too_big"),
        ("1_1e300", "own_too_big"),
        ("~".join(["1_2"] * 51), "own_too_many"),
        ("1_2~" * 400, "own_link_long"),
        ("2_1~2_3", "own_same_x"),
    ],
)
def test_a_bad_link_value_is_refused(text, key):
    with pytest.raises(InputError) as caught:
        own_data.decode(text, XY)
    assert caught.value.key == key


# ---------------------------------------------------------------- what the pages compute from them


def test_the_linear_page_fits_the_homework_points_with_the_closed_form():
    X, y = own_data.tensors(HOMEWORK)
    assert X.shape == (3, 1) and y.shape == (3,)
    w, b = linear.closed_form(X, y)
    assert w.item() == pytest.approx(2.0, abs=1e-5) and b == pytest.approx(0.0, abs=1e-5)


def test_logistic_regression_on_separable_points_grows_its_weights_and_on_overlapping_ones_settles():
    separable = ((1.0, 0.0), (2.0, 0.0), (3.0, 1.0), (4.0, 1.0))
    assert own_data.separating_gap(separable) == (2.0, 3.0)
    run = logistic.train_logistic(4000, 0.5, 0, points=separable)
    ws = [row["w"] for row in run.history.rows]
    assert ws[999] < ws[1999] < ws[3999]  # still growing after 4,000 epochs
    overlapping = ((1.0, 0.0), (2.0, 1.0), (3.0, 0.0), (4.0, 1.0))
    assert own_data.separating_gap(overlapping) is None
    run = logistic.train_logistic(4000, 0.5, 0, points=overlapping)
    ws = [row["w"] for row in run.history.rows]
    assert abs(ws[-1] - ws[1999]) < 1e-3  # converged to the finite minimum
    assert own_data.separating_gap(((1.0, 1.0), (2.0, 1.0))) is None  # one class only


def test_the_fitting_page_takes_own_points_and_an_own_or_synthetic_test_set():
    train = ((-1.0, 1.0), (0.0, 0.0), (1.0, 1.0), (2.0, 4.0))
    data = fitting.points_data(train, ((3.0, 9.0),))
    w = fitting.closed_form(data, 2)  # y = x²: features 1, x, x²/2 → weights 0, 0, 2
    assert w.tolist() == pytest.approx([0.0, 0.0, 2.0], abs=1e-4)
    train_loss, test_loss = fitting.errors(data, 2, w)
    assert train_loss == pytest.approx(0.0, abs=1e-6) and test_loss == pytest.approx(0.0, abs=1e-4)
    synthetic_test = fitting.points_data(train, None, 0.1, 0)
    assert len(synthetic_test.x_test) == fitting.N_TEST

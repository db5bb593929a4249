"""The fuzz layer: every page, every declared setting, hostile links and hostile session values.

Oracle: no page ever raises (AppTest records no exception), and every link value that cannot be
used is named on the page. Pages come from ui.nav.TOPICS and settings from their declarations,
so a new page or setting is fuzzed without touching this file.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from core import own_data
from core.exercises.base import Kind
from ui.nav import TOPICS
from ui.settings import Choice, Flag, Many, Number, Points, Text
from ui.strings import STRINGS

HOSTILE = ["abc", "nan", "inf", "-1e308", "1e20", "", "-1", "<img src=x onerror=alert(1)>"]
EXAMPLES = 15  # per page; each is a fresh session (two script runs)


def open_with(topic, query=None, state=None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.switch_page(topic.path)
    for key, value in (state or {}).items():
        at.session_state[key] = value
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert at.title and at.title[0].value == STRINGS[topic.title]["en"], "the page did not render"
    return at


def url_values(s):
    """Text a link could carry for this setting: valid, out of range, malformed."""
    junk = st.sampled_from(HOSTILE) | st.text(max_size=12)
    if isinstance(s, Number):
        inside = st.floats(s.lo, s.hi).map(lambda v: f"{v:g}")
        return inside | st.floats(allow_nan=True, allow_infinity=True).map(repr) | st.integers().map(str) | junk
    if isinstance(s, Choice):
        return st.sampled_from([str(o) for o in s.options]) | junk
    if isinstance(s, Many):
        return st.lists(st.sampled_from(s.options), unique=True).map(",".join) | junk
    if isinstance(s, Flag):
        return st.sampled_from(["1", "0", "true", "off"]) | junk
    if isinstance(s, Text):
        return st.text(max_size=s.max_chars + 5) | junk
    if isinstance(s, Points):
        number = st.floats(-2e5, 2e5).map(lambda v: f"{v:.6g}") | st.sampled_from(["nan", "1e300", "", "x", "-"])
        point = st.tuples(number, number).map("_".join)
        return st.lists(point, max_size=60).map("~".join) | junk
    raise TypeError(s)


def state_values(s):
    """Numbers a session could hold for this key (a callback, an older page version): inside and
    outside the bounds. (A widget's own state never holds NaN or text: the browser cannot send it.)"""
    kind = st.integers if s.integer else st.floats
    lo, hi = (int(s.lo), int(s.hi)) if s.integer else (s.lo, s.hi)
    span = 10 * (abs(hi) + abs(lo) + 1)
    return kind(lo, hi) | kind(hi, hi + span) | kind(lo - span, lo)


def notes(at) -> str:
    return "\n".join(w.value for w in at.warning)


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
@pytest.mark.parametrize("raw", HOSTILE)
def test_every_setting_in_a_hostile_link_at_once(topic, raw):
    at = open_with(topic, query={s.key: raw for s in topic.settings})
    assert not at.exception, [e.value for e in at.exception]
    for s in topic.settings:
        named = f"`{s.key}`" in notes(at)
        if s.parse(raw)[1]:  # unusable: the page must say so
            assert named, (s.key, raw)
        elif isinstance(s, Number) and not s.slider and s.lo <= float(raw) <= s.hi:  # used as it is: no notice
            assert not named, (s.key, raw)


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_random_links_and_session_values(topic):
    query = st.fixed_dictionaries({}, optional={s.key: url_values(s) for s in topic.settings})
    numbers = [s for s in topic.settings if isinstance(s, Number)]
    state = st.fixed_dictionaries({}, optional={s.key: state_values(s) for s in numbers})

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(query=query, state=state)
    def run(query, state):
        at = open_with(topic, query=query, state=state)
        assert not at.exception, (query, state, [e.value for e in at.exception])
        for key, raw in query.items():
            if key not in state and topic.settings[key].parse(raw)[1]:  # a session value wins over the link
                assert f"`{key}`" in notes(at), (key, raw)

    run()


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_every_number_widget_at_and_beyond_its_bounds(topic):
    """One session per page; every number widget on screen set at once to its low, its high and
    past each bound, as a learner typing or dragging would."""
    at = open_with(topic)
    numbers = [s for s in topic.settings if isinstance(s, Number)]
    for edge in (lambda s: s.lo, lambda s: s.hi, lambda s: s.lo - 1, lambda s: s.hi * 2 + 1):
        for s in numbers:
            widgets = [w for w in [*at.number_input, *at.slider] if w.key == s.key]
            if widgets:
                value = edge(s)
                widgets[0].set_value(int(value) if s.integer else float(value))
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        for s in numbers:  # whatever was set, the page holds a value its declaration allows
            if s.key in at.session_state:
                assert s.lo <= at.session_state[s.key] <= s.hi, (s.key, at.session_state[s.key])


# ---------------------------------------------------------------- exercises: hostile answers into every input

HOSTILE_ANSWERS = [
    "",
    "x" * 10_000,
    "nan",
    "inf",
    "<img src=x onerror=alert(1)>",
    "__import__('os').system('id')",
    "1/0",
    "[[1e400]]",
]


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_hostile_answers_into_every_exercise_input(topic):
    """Every exercise answered with each hostile text (and every choice and page goal checked with nothing
    chosen or done): no exception, and each gets a message, never a verdict of correct."""
    at = open_with(topic)
    messages = 0
    for ex in topic.exercises:
        state = at.session_state["ex.state"][ex.id]
        key = f"ex.{ex.id}.{state['variant']}"
        answers = HOSTILE_ANSWERS if ex.kind is Kind.COMPUTE else [None]
        for raw in answers:
            if raw is not None:
                at.text_input(key=f"{key}.answer").set_value(raw)
            next(b for b in at.button if b.key == f"{key}.check").click().run()
            assert not at.exception, (ex.id, raw[:20] if raw else raw, [e.value for e in at.exception])
            verdict = at.session_state["ex.state"][ex.id]["last"]
            assert verdict and not verdict["correct"] and verdict["hint"], (ex.id, raw)
            messages += 1
        assert not at.session_state["ex.state"][ex.id]["done"]
    assert messages == sum(len(HOSTILE_ANSWERS) if ex.kind is Kind.COMPUTE else 1 for ex in topic.exercises)


# ---------------------------------------------------------------- own data: hostile tables, pastes and CSV files

MANY = "\n".join(f"{k}, 1" for k in range(own_data.MAX_POINTS + 1))
HOSTILE_PASTES = [
    "",
    "   \n\t\n",
    "x, y",
    "1",
    "1, 2, 3",
    "1; 2; 3",
    "a, b\nc, d",
    "1, two",
    "1_000, 2",
    "0x10, 2",
    "1e5e5, 2",
    "__import__('os').system('id'), 1",
    "<img src=x onerror=alert(1)>, 1",
    "=cmd|' /C calc'!A0, 1",
    "nan, 1",
    "1, inf",
    "-Infinity, 1",
    "1e300, 1",
    "1e400, 1",
    "1, -100001",
    "2, 1\n2, 1\n2, 1",
    MANY,
    "x" * 10_000,
    "1, 2\n3",
    "１，二",
    "\x00, \x01",
]
HOSTILE_CSVS = [
    b"",
    b"x,y\n",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"\xff\xfe\x00\x00" + b"\x00" * 64,
    b"x,y\n1,\n",
    b"a,b,c\n1,2,3\n",
    b"x,y\n1,nan\n",
    b"1,2\n" * 12_500_000,
    b"x;y\n1;abc\n",
    "\ufeffx,y\n1,1e999\n".encode(),
    ("x,y\n" + MANY).encode(),
    b"x\n1\n2\n",
    b"<html><script>alert(1)</script></html>",
    b"=1+1,2\n",
    b"x,y\n1,-inf\n",
    b"x,y\n1e5e5,2\n",
    "一,二\n三,四\n".encode("gb18030"),
    b"x,y\n2,1\n2,1\n",
    b"\x00\x00",
    b"x,y\n1,2\n3\n",
    b"x,y\n1,1000000\n",
    b"x,y\n" + b"9" * 400 + b",1\n",
]


def hostile_tables(columns: tuple[str, str], rows: int) -> list[dict]:
    """Edit states a table could be sent (the browser's own, and forged ones): each must be refused."""
    x, y = columns
    edit = lambda changes: {"edited_rows": changes, "added_rows": [], "deleted_rows": []}  # noqa: E731
    add = lambda added: {"edited_rows": {}, "added_rows": added, "deleted_rows": []}  # noqa: E731
    return [
        {"edited_rows": {}, "added_rows": [], "deleted_rows": list(range(rows))},
        edit({"0": {x: None}}),
        edit({"0": {y: None}}),
        add([{x: 1.5}]),
        add([{}]),
        edit({"0": {x: 1e300}}),
        edit({"0": {x: -1e300}}),
        edit({"0": {y: float("nan")}}),
        edit({"0": {y: float("inf")}}),
        edit({"0": {x: "abc"}}),
        edit({"0": {x: "<script>alert(1)</script>"}}),
        edit({"0": {y: "1e400"}}),
        edit({"999": {x: 1.0}}),
        edit({"abc": {x: 1.0}}),
        edit({"0": 5}),
        add([{"z": 1.0}]),
        add([{x: [1, 2], y: 1.0}]),
        edit({str(k): {x: 5.0} for k in range(rows)}),
        add([{x: float(k), y: 1.0} for k in range(own_data.MAX_POINTS)]),
        edit({"0": {y: 1e6}}),
        edit({"0": {x: 2e5}}),
    ]


def own_data_page(topic) -> AppTest:
    """The page with every "Your data" choice on, so every points table is on screen."""
    at = open_with(topic)
    for s in topic.settings:
        if isinstance(s, Choice) and "own" in s.options:
            at.radio(key=s.key).set_value("own").run()
    return at


OWN_DATA_TOPICS = [topic for topic in TOPICS if any(isinstance(s, Points) for s in topic.settings)]


@pytest.mark.parametrize("topic", OWN_DATA_TOPICS, ids=lambda topic: topic.url_path)
@pytest.mark.parametrize("way", ["paste", "csv", "table"])
def test_hostile_tables_pastes_and_files_are_refused_with_a_message_and_the_points_kept(topic, way):
    """Every table of the page, each in a fresh session (a message stays until its own table changes)."""
    refused = 0
    for s in (s for s in topic.settings if isinstance(s, Points)):
        at = own_data_page(topic)
        before = at.session_state[s.key]
        names = [s.columns.names[0], STRINGS["own.col.label"]["en"] if s.columns.labels else s.columns.names[1]]
        inputs = {"paste": HOSTILE_PASTES, "csv": HOSTILE_CSVS, "table": hostile_tables(names, len(before))}[way]
        assert len(inputs) >= 20
        for raw in inputs:
            version = at.session_state[f"{s.key}.v"]
            at.session_state[f"{s.key}.error"] = None  # so the message seen is this input's
            if way == "paste":
                at.text_area(key=f"{s.key}.paste").input(raw)
                at.button(key=f"{s.key}.use").click().run()
            elif way == "csv":
                uploader = next(u for u in at.file_uploader if u.key == f"{s.key}.file.{version}")
                uploader.set_value(("hostile.csv", raw, "text/csv")).run()
            else:
                at.session_state[f"{s.key}.table.{version}"] = raw
                at.run()
            shown = repr(raw)[:40]
            assert not at.exception, (s.key, shown, [e.value for e in at.exception])
            assert at.session_state[s.key] == before, (s.key, shown)
            assert len(at.error) == 1, (s.key, shown, [e.value for e in at.error])
            refused += 1
    assert refused >= 20

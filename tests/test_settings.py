"""Settings declared once: URL parsing, clamping, defaults and the share link (ui/settings.py)."""

import math
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.nav import TOPICS
from ui.settings import Choice, Flag, Many, Number, Text, page, query_for, read_query, share_url

SETTINGS = page(
    Number(key="n", label="lin.n", default=10, lo=1, hi=100, step=1, integer=True),
    Number(key="lr", label="lin.lr", default=0.03, lo=0.0001, hi=10.0, step=0.01),
    Number(key="w", label="lin.w", default=0.0, lo=-2.0, hi=2.0, step=0.1, slider=True),
    Choice(key="ds", label="lin.dataset", default="a", options=("a", "b")),
    Flag(key="on", label="ss.compare", default=False),
    Text(key="name", label="ss.classes", default="x", max_chars=10),
    Many(key="opts", label="gd.optimizers", default=("SGD", "Adam"), options=("SGD", "Momentum", "Adam")),
)
HOSTILE = ["abc", "nan", "inf", "-1e308", "1e20", "", "-1", "<script>alert(1)</script>"]


def test_out_of_range_numbers_are_clamped_and_noted():
    values, ignored = read_query(SETTINGS, {"n": "1e20", "lr": "-1", "w": "0.34"})
    assert values == {"n": 100, "lr": 0.0001, "w": 0.3}  # the slider value snaps to its 0.1 grid
    assert {key for key, _, reason in ignored if reason == "settings.clamped"} == {"n", "lr", "w"}


@pytest.mark.parametrize("raw", ["abc", "nan", "inf", "-inf", "", "<b>1</b>"])
def test_non_numbers_fall_back_to_the_default_and_are_named(raw):
    values, ignored = read_query(SETTINGS, {"n": raw})
    assert values["n"] == 10 and ignored == [("n", raw, "settings.not_a_number")]


def test_choices_flags_text_and_lists():
    values, ignored = read_query(SETTINGS, {"ds": "c", "on": "maybe", "name": "x" * 11, "opts": "Adam,Nope"})
    assert values == {"ds": "a", "on": False, "name": "x", "opts": ["SGD", "Adam"]}
    assert [reason for _, _, reason in ignored] == [
        "settings.not_a_choice",
        "settings.not_a_flag",
        "settings.too_long",
        "settings.not_a_choice",
    ]
    values, ignored = read_query(SETTINGS, {"ds": "b", "on": "1", "name": "dog", "opts": "Adam,SGD", "other": "1"})
    assert values == {"ds": "b", "on": True, "name": "dog", "opts": ["SGD", "Adam"]} and not ignored


def test_the_share_query_round_trips_and_is_url_encoded():
    state = {"n": 7, "lr": 0.5, "w": 0.0, "ds": "b", "on": True, "name": "猫 & dog=1?", "opts": ["Adam"]}
    query = query_for(SETTINGS, state)
    assert "w" not in query  # defaults are left out of the link
    url = share_url("http://h/page", query)
    assert " " not in url and "&dog" not in url and "猫" not in url
    parsed = {k: v[0] for k, v in parse_qs(urlsplit(url).query, keep_blank_values=True).items()}
    values, ignored = read_query(SETTINGS, parsed)
    assert not ignored and values == {k: v for k, v in state.items() if k != "w"}


@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30)))
def test_repair_always_yields_a_value_the_widget_accepts(value):
    for s in SETTINGS:
        fixed = s.repair(value)
        if isinstance(s, Number):
            assert math.isfinite(fixed) and s.lo <= fixed <= s.hi
        elif isinstance(s, Choice):
            assert fixed in s.options
        elif isinstance(s, Flag):
            assert isinstance(fixed, bool)


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_every_declared_default_is_valid_and_every_label_exists(topic):
    from ui.strings import STRINGS

    for s in topic.settings:
        assert s.repair(s.default) == s.default or list(s.repair(s.default)) == list(s.default), s.key
        assert s.label in STRINGS, s.key
        for raw in HOSTILE:
            value, _ = s.parse(raw)
            assert s.repair(value) == value or isinstance(s, Many), (s.key, raw)

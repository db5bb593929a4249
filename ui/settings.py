"""Settings declared once: each declaration builds its widget, reads the URL and writes the share link.

A page lists its settings as data (`PageSettings`). From that one list the app derives
1. the widget, with bounds, step and choices from the declaration, never repeated at the call site;
2. reading a shared link: parse, then clamp a number into its bounds; a value that is no finite
   number, no choice or no text falls back to the default, and the page says which one it ignored;
3. the share link: this page's settings that differ from their defaults, plus language and seed,
   URL-encoded and rewritten on every run (fragments included), so the address bar is the link.
Tests walk the declarations to fuzz every page (tests/test_fuzz_pages.py).

Declarations are plain data and import no streamlit; the functions that touch the page do.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from core import own_data
from core.errors import InputError

MAX_TEXT = 200  # a URL value longer than this is not a learner's setting


@dataclass(frozen=True, kw_only=True)
class Setting:
    key: str  # session_state key and URL parameter
    label: str  # string-catalog key of the widget's label
    default: Any
    help: str | None = None  # string-catalog key
    max_len: int = MAX_TEXT  # a longer URL value is not read

    def parse(self, raw: str) -> tuple[Any, str | None]:
        """(value, None) for a usable URL value, else (default, reason key)."""
        raise NotImplementedError

    def repair(self, value: Any) -> Any:
        """A value of the right type and range for the widget (session state may hold anything)."""
        raise NotImplementedError

    def to_text(self, value: Any) -> str:
        return str(value)

    def shareable(self, value: Any) -> bool:
        """Whether the value travels in a share link."""
        return True


@dataclass(frozen=True, kw_only=True)
class Number(Setting):
    lo: float
    hi: float
    step: float | None = None
    integer: bool = False
    slider: bool = False
    fmt: str | None = None

    def parse(self, raw):
        try:
            value = float(raw.strip())
        except (ValueError, AttributeError):
            return self.default, "settings.not_a_number"
        if not math.isfinite(value):
            return self.default, "settings.not_a_number"
        return self.repair(value), None

    def repair(self, value, lo=None, hi=None):
        lo = self.lo if lo is None else lo
        hi = self.hi if hi is None else hi
        try:
            value = float(value)
        except (TypeError, ValueError):
            value = float(self.default)
        if not math.isfinite(value):
            value = float(self.default)
        value = min(max(value, lo), hi)
        if self.integer:
            return int(round(value))
        if self.slider and self.step:  # snap to the slider's grid so the slider accepts it
            value = lo + round((value - lo) / self.step) * self.step
            value = round(min(max(value, lo), hi), 10)
        return float(value)

    def to_text(self, value):
        return str(int(value)) if self.integer else f"{float(value):g}"


@dataclass(frozen=True, kw_only=True)
class Choice(Setting):
    options: tuple
    labels: dict | None = None  # option -> string-catalog key; None shows the option itself
    radio: bool = False

    def parse(self, raw):
        for option in self.options:
            if str(option) == raw:
                return option, None
        return self.default, "settings.not_a_choice"

    def repair(self, value, options=None):
        options = self.options if options is None else options
        if value in options:
            return value
        return self.default if self.default in options else options[0]


@dataclass(frozen=True, kw_only=True)
class Flag(Setting):
    def parse(self, raw):
        text = raw.strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True, None
        if text in ("0", "false", "no", "off"):
            return False, None
        return self.default, "settings.not_a_flag"

    def repair(self, value):
        return value if isinstance(value, bool) else self.default

    def to_text(self, value):
        return "1" if value else "0"


@dataclass(frozen=True, kw_only=True)
class Text(Setting):
    max_chars: int = 60

    def parse(self, raw):
        if len(raw) > self.max_chars:
            return self.default, "settings.too_long"
        return raw, None

    def repair(self, value):
        return value[: self.max_chars] if isinstance(value, str) else self.default


@dataclass(frozen=True, kw_only=True)
class Many(Setting):
    """A multiselect: the URL holds the chosen options joined by commas."""

    options: tuple

    def parse(self, raw):
        chosen = [part for part in raw.split(",") if part]
        if not all(part in self.options for part in chosen):
            return list(self.default), "settings.not_a_choice"
        return [o for o in self.options if o in chosen], None

    def repair(self, value):
        if not isinstance(value, list | tuple):
            return list(self.default)
        return [o for o in self.options if o in value]

    def to_text(self, value):
        return ",".join(value)


@dataclass(frozen=True, kw_only=True)
class Points(Setting):
    """A learner's own points (core/own_data.py): up to 50 travel in the link as "x_y~x_y"; a link
    value is checked like a typed table, and a table that fails the check is never stored."""

    columns: own_data.Columns
    max_len: int = own_data.MAX_LINK

    def parse(self, raw):
        try:
            return own_data.decode(raw, self.columns), None
        except InputError:
            return self.default, "settings.not_points"

    def repair(self, value):
        if value == self.default:
            return self.default
        try:
            return _checked(tuple(map(tuple, value)), self.columns)
        except (InputError, TypeError):
            return self.default

    def to_text(self, value):
        return own_data.encode(value)

    def shareable(self, value):
        return own_data.shareable(value)


@functools.lru_cache(maxsize=64)
def _checked(points: tuple, columns: own_data.Columns) -> own_data.Points:
    """check() once per distinct table: repair runs on every rerun of the page."""
    return own_data.check(points, columns)


@dataclass(frozen=True)
class PageSettings:
    """Every setting of one page, by key."""

    items: tuple[Setting, ...]
    by_key: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "by_key", {s.key: s for s in self.items})
        assert len(self.by_key) == len(self.items), "duplicate setting key"

    def __getitem__(self, key: str) -> Setting:
        return self.by_key[key]

    def __iter__(self):
        return iter(self.items)


def page(*items: Setting) -> PageSettings:
    return PageSettings(tuple(items))


def read_query(settings: PageSettings, query: dict[str, str]) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """Values from a URL's query for the declared keys, and (key, raw value, reason) for each one ignored."""
    values, ignored = {}, []
    for key, raw in query.items():
        if key not in settings.by_key:
            continue  # another page's parameter, or none of ours: not read
        setting = settings[key]
        if len(raw) > setting.max_len:
            value, reason = setting.default, "settings.too_long"
        else:
            value, reason = setting.parse(raw)
        values[key] = value
        if reason:
            ignored.append((key, raw, reason))
        elif isinstance(setting, Number) and setting.to_text(value) != setting.to_text(_as_float(raw)):
            ignored.append((key, raw, "settings.clamped"))
    return values, ignored


def _as_float(raw: str):
    try:
        return float(raw)
    except ValueError:
        return raw


def query_for(settings: PageSettings, state: dict[str, Any]) -> dict[str, str]:
    """The query that restores `state`: settings that differ from their defaults, in declared order."""
    query = {}
    for s in settings:
        if s.key in state and s.shareable(state[s.key]) and s.to_text(state[s.key]) != s.to_text(s.default):
            query[s.key] = s.to_text(state[s.key])
    return query


def share_url(base: str, query: dict[str, str]) -> str:
    return f"{base}?{urlencode(query)}" if query else base


def clip(text: str, n: int = 40) -> str:
    """A URL value as the page may quote it: short, and without markdown's code delimiter."""
    text = text.replace("`", "'")
    return text if len(text) <= n else text[: n - 1] + "…"

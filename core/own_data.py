"""A learner's own points: read from a table, a paste or a CSV file, checked, and carried in a link.

Every way in ends in `check`, so a table, a paste, a file and a link obey the same rules and fail
with the same messages (an `InputError` whose key the page translates). Nothing is `eval`-ed: a
value is a number only if it matches `NUMBER` after Unicode normalisation (full-width digits) and a
decimal comma became a point.
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.errors import InputError

if TYPE_CHECKING:
    import torch

MAX_POINTS = 2_000  # more than a learner types or clicks; the pages stay interactive at this size
MAX_SHARED = 50  # points that travel in a share link
MAX_ABS = 1e5  # larger values make float32 losses meaningless (1e5² · n) before any lesson starts
MAX_BYTES = 1_000_000  # a CSV of 2,000 points is under 100 KB
MAX_LINK = 1_400  # characters of an encoded link value: 50 points of 6 significant digits fit

NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
POINT_SEP, VALUE_SEP = "~", "_"  # characters a URL carries unescaped


@dataclass(frozen=True)
class Columns:
    """What a page's points are: two named columns, labels 0/1 or not, and the largest |x| it takes."""

    names: tuple[str, str]
    labels: bool = False
    x_limit: float = MAX_ABS


XY = Columns(("x", "y"))
LABELLED = Columns(("x", "label"), labels=True)
# Features x^i / i! up to degree 20: beyond |x| = 10 the top power outgrows float32 and the fit is noise.
POLYNOMIAL = Columns(("x", "y"), x_limit=10.0)

Points = tuple[tuple[float, float], ...]


# ---------------------------------------------------------------- the one check every way in ends in


def check(rows, cols: Columns, numbers=None) -> Points:
    """Pairs (x, y), read as numbers, as points the page can use; else an InputError naming the row
    (as `numbers` counts rows: a paste's line numbers; by default 1, 2, …)."""
    rows = list(rows)
    if not rows:
        raise InputError("own_empty", "there are no points: add at least one")
    if len(rows) > MAX_POINTS:
        raise InputError(
            "own_too_many", "{n} points is more than {max} (the largest dataset here)", n=len(rows), max=MAX_POINTS
        )
    numbers = numbers or range(1, len(rows) + 1)
    points = tuple(_check_row(number, row, cols) for number, row in zip(numbers, rows, strict=False))
    xs = [x for x, _ in points]
    if len(points) > 1 and max(xs) - min(xs) <= 1e-9 * max(1.0, max(abs(x) for x in xs)):
        raise InputError("own_same_x", "every point has x = {x:g}: a line through them has no slope to find", x=xs[0])
    return points


def refused_edit() -> InputError:
    """A change to the table that could not be applied at all (no table of ours sends one: a forged message)."""
    return InputError("own_bad_edit", "that change to the table could not be applied")


def _check_row(row_number: int, row, cols: Columns) -> tuple[float, float]:
    try:
        values = list(row)
    except TypeError:
        values = [row]
    if len(values) < 2 or any(v is None or v == "" for v in values[:2]):
        raise InputError(
            "own_missing", "row {row} needs both {a} and {b}", row=row_number, a=cols.names[0], b=cols.names[1]
        )
    x, y = (_number(row_number, name, v) for name, v in zip(cols.names, values[:2], strict=True))
    if abs(x) > cols.x_limit:
        raise InputError(
            "own_x_limit",
            "row {row}: x = {value:g} is outside ±{limit:g}, which this page takes",
            row=row_number,
            value=x,
            limit=cols.x_limit,
        )
    if cols.labels and y not in (0.0, 1.0):
        raise InputError("own_label", "row {row}: the label must be 0 or 1, got {value:g}", row=row_number, value=y)
    return x, y


def _number(row_number: int, name: str, value) -> float:
    number = _as_float(value)
    if number is None:
        raise InputError(
            "own_not_number",
            "row {row}: {name} = “{value}” is not a number",
            row=row_number,
            name=name,
            value=_quote(value),
        )
    if not math.isfinite(number) or abs(number) > MAX_ABS:
        raise InputError(
            "own_too_big",
            "row {row}: {name} = {value} is not a finite number within ±{max:g}",
            row=row_number,
            name=name,
            value=_quote(value),
            max=MAX_ABS,
        )
    return number


def _as_float(value) -> float | None:
    """A number, or text that reads as one, as float; None for anything else (True and "1_000" included)."""
    if isinstance(value, str):
        value = read_number(value)
        return value if isinstance(value, float) else None
    if isinstance(value, bool | bytes):
        return None
    try:
        return float(value)  # int, float, numpy and pandas numbers
    except (TypeError, ValueError):
        return None


def _quote(value) -> str:
    text = str(value)
    return text if len(text) <= 20 else text[:19] + "…"


def read_number(text: str) -> float | str:
    """A typed number as float, or the text back when it is none. Full-width digits, a decimal comma,
    a leading "+" and spaces are accepted; "nan", "inf" and "1e400" are numbers that `check` refuses."""
    plain = unicodedata.normalize("NFKC", text).strip().strip("\"'").replace(",", ".")
    if NUMBER.fullmatch(plain):
        return float(plain)
    if plain.lower().lstrip("+-") in ("nan", "inf", "infinity"):
        return float(plain)
    return text


# ---------------------------------------------------------------- a paste and a CSV file


def parse_text(text: str, cols: Columns) -> Points:
    """One point a line: "x, y", "x; y", "x<tab>y" or "x y"; a decimal comma where the separator is not
    a bare comma ("1,5; 2" or "1,5 2"); a first line of column names and lines starting with # skipped.
    Messages name the line as the learner counts them."""
    rows, lines = [], []
    first = True
    for line_number, line in enumerate(text.splitlines(), start=1):
        line = unicodedata.normalize("NFKC", line).strip()
        if not line or line.startswith("#"):
            continue
        fields = split_line(line)
        header = first and not any(isinstance(read_number(f), float) for f in fields)
        first = False
        if header:
            continue  # column names
        if len(fields) != 2:
            raise InputError(
                "own_fields",
                "line {line}: expected 2 values ({a}, {b}), found {n}",
                line=line_number,
                a=cols.names[0],
                b=cols.names[1],
                n=len(fields),
            )
        rows.append(fields)
        lines.append(line_number)
        if len(rows) > MAX_POINTS:
            break  # check() says so; reading 50 MB of lines first would only keep the learner waiting
    return check(rows, cols, lines)


def split_line(line: str) -> list[str]:
    """The fields of a line, by the strongest separator in it."""
    if ";" in line or "\t" in line:
        return [f for f in re.split(r"\s*[;\t]\s*", line) if f != ""]
    if re.search(r",\s", line):
        return re.split(r"\s*,\s+", line)
    if " " in line:
        return line.split()
    return next(csv.reader([line]))


def parse_csv(data: bytes, cols: Columns) -> Points:
    """A CSV file: UTF-8 with or without a BOM, or GB18030 (what Excel writes on a Chinese system);
    commas, semicolons or tabs; with or without a header. Too large a file is refused unread."""
    if len(data) > MAX_BYTES:
        raise InputError(
            "own_file_size",
            "the file has {mb:.1f} MB; at most {max:.0f} MB is read",
            mb=len(data) / 1e6,
            max=MAX_BYTES / 1e6,
        )
    if b"\x00" in data[:4096]:
        raise InputError("own_not_text", "this file is not text (a CSV is)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError("own_not_text", "this file is not text (a CSV is)")
    return parse_text(_by_header(text, cols), cols)


def _by_header(text: str, cols: Columns) -> str:
    """A CSV whose header names our two columns among others: just those two, in our order."""
    lines = text.splitlines()
    if not lines:
        return text
    header = [h.strip().strip("\"'").lower() for h in split_line(lines[0].strip())]
    if len(header) <= 2 or not all(name in header for name in cols.names):
        return text
    picks = [header.index(name) for name in cols.names]
    kept = []
    for line in lines[1:]:
        fields = split_line(line.strip()) if line.strip() else []
        if len(fields) == len(header):
            kept.append("; ".join(fields[i] for i in picks))
        elif fields:
            kept.append(line)  # wrong field count: parse_text names the line
    return "\n".join(kept)


def to_csv(points: Points, cols: Columns) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(cols.names)
    writer.writerows((repr(x), repr(y)) for x, y in points)  # the shortest text that reads back exactly
    return out.getvalue()


# ---------------------------------------------------------------- in a link


def encode(points: Points) -> str:
    """ "1_2~2_4.5": six significant digits each, with characters a URL keeps as they are."""
    return POINT_SEP.join(f"{x:.6g}{VALUE_SEP}{y:.6g}" for x, y in points)


def decode(text: str, cols: Columns) -> Points:
    if len(text) > MAX_LINK:
        raise InputError(
            "own_link_long", "the link's points are {n} characters, more than {max}", n=len(text), max=MAX_LINK
        )
    rows = [part.split(VALUE_SEP) for part in text.split(POINT_SEP)] if text else []
    if len(rows) > MAX_SHARED:
        raise InputError(
            "own_too_many", "{n} points is more than {max} (the largest dataset here)", n=len(rows), max=MAX_SHARED
        )
    return check(rows, cols)


def shareable(points: Points) -> bool:
    return len(points) <= MAX_SHARED


# ---------------------------------------------------------------- what pages compute with


def tensors(points: Points) -> tuple[torch.Tensor, torch.Tensor]:
    """X of shape (n, 1) and y of shape (n,), as the pages' core functions take them."""
    import torch  # here, not above: the router reads links through this module before torch has loaded

    data = torch.tensor(points, dtype=torch.float32).reshape(-1, 2)
    return data[:, :1].contiguous(), data[:, 1].contiguous()


def separating_gap(points: Points) -> tuple[float, float] | None:
    """For labelled points: (lo, hi) when every x of one class is below every x of the other, i.e. a
    threshold anywhere in (lo, hi) classifies all of them right; None when the classes overlap or one
    is missing."""
    zeros = [x for x, label in points if label == 0]
    ones = [x for x, label in points if label == 1]
    if not zeros or not ones:
        return None
    if max(zeros) < min(ones):
        return max(zeros), min(ones)
    if max(ones) < min(zeros):
        return max(ones), min(zeros)
    return None

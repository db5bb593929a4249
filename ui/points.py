"""Your own data: the one widget a `Points` setting builds, on every page that takes the learner's points.

Four ways in, all writing the same setting: an editable table, a paste box, a CSV file and clicks (or
taps) on the page's chart. Each goes through `core.own_data.check`; a failure shows its message in the
learner's language and keeps the last valid points.

Session state, under the setting's key `k`:
- `k`: the valid points (a tuple of (x, y)), what the page computes with and the link carries;
- `k.base`, `k.v`: the points the table started from and their version. The table returns its edits on top
  of `k.base`, so `k.base` changes only when another way in (or a link) replaced the points, and `k.v`
  then gives the table, the file box and the chart fresh keys;
- `k.error`: the last refusal, shown until the next change.
Whenever `k.v` moves on, `k.base` is the valid points, so a table without edits always shows `k`.
"""

import math
from collections.abc import Callable

import altair as alt
import pandas as pd
import streamlit as st

from core import own_data
from core.errors import InputError
from ui import charts
from ui.i18n import t
from ui.settings import Points
from ui.widgets import show_error

GRID = (60, 40)  # click targets across and up the chart: a click lands on the nearest one


def editor(s: Points, where=None) -> own_data.Points:
    """The table, paste box and file box for setting `s`; returns the points now valid."""
    state = st.session_state
    key = s.key
    if state.get(f"{key}.shown") != state[key]:  # first run, a link, or a page callback replaced them
        _store(s, state[key])
    _apply_click(s)
    box = (where or st).container()
    box.markdown(f"**{t(s.label)}**")
    table, paste, upload = box.tabs([t("own.tab.table"), t("own.tab.paste"), t("own.tab.file")])
    with table:
        _table(s)
    with paste:
        _paste(s)
    with upload:
        _upload(s)
    error = state.get(f"{key}.error")
    if error is not None:
        show_error(error)
    points = state[key]
    left, right = box.columns(2)
    left.caption(t("own.count", n=len(points), max=own_data.MAX_POINTS))
    csv_name = f"{key.split('_', 1)[0]}_points.csv"
    csv_text = own_data.to_csv(points, s.columns)
    icon = ":material/download:"
    right.download_button(t("own.download"), csv_text, csv_name, mime="text/csv", icon=icon, key=f"{key}.download")
    return points


def _store(s: Points, points, error: InputError | None = None) -> None:
    """New points from a way other than the table: the table, file box and chart start again from them."""
    state = st.session_state
    state[s.key] = points
    state[f"{s.key}.shown"] = points
    state[f"{s.key}.base"] = points
    state[f"{s.key}.v"] = state.get(f"{s.key}.v", 0) + 1
    state[f"{s.key}.error"] = error


def _table(s: Points) -> None:
    state = st.session_state
    key = s.key
    names = column_names(s)
    base = pd.DataFrame(list(state[f"{key}.base"]), columns=names, dtype="float64")
    config = {name: st.column_config.NumberColumn(name, format="%.6g") for name in names}
    table_key = f"{key}.table.{state[f'{key}.v']}"
    try:
        edited = st.data_editor(base, num_rows="dynamic", hide_index=True, column_config=config, key=table_key)
    except Exception:  # noqa: BLE001 - edits no table of ours sends (a forged message) fail anywhere in Streamlit
        _store(s, state[key], own_data.refused_edit())  # a fresh table, without the edits
        st.rerun()
    edits = state.get(table_key)  # what the learner did to this table, as the browser sent it
    seen = (table_key, repr(edits))
    if seen == state.get(f"{key}.table_seen"):
        return  # nothing new in the table: a message from another way in stays
    state[f"{key}.table_seen"] = seen
    if not _has_edits(edits):  # a fresh table, or every edit taken back: the table shows its base
        if state[key] != state[f"{key}.base"]:
            state[key] = state[f"{key}.shown"] = state[f"{key}.base"]
            state[f"{key}.error"] = None
        return
    rows = [[_cell(v) for v in row] for row in edited.itertuples(index=False)]
    try:
        points = own_data.check(rows, s.columns)
    except InputError as exc:
        state[f"{key}.error"] = exc
        return
    state[key] = state[f"{key}.shown"] = points
    state[f"{key}.error"] = None


def _has_edits(edits) -> bool:
    return isinstance(edits, dict) and any(edits.get(part) for part in ("edited_rows", "added_rows", "deleted_rows"))


def _cell(value):
    """An empty cell of the table (NaN in pandas) is a missing value, not a number that failed."""
    return None if value != value else value


def _paste(s: Points) -> None:
    key = s.key
    example = "\n".join(f"{x:g}, {y:g}" for x, y in s.default[:3])
    hint = t("own.paste_help")
    st.text_area(t("own.paste"), key=f"{key}.paste", placeholder=example, height=140, max_chars=200_000, help=hint)
    st.button(t("own.use"), key=f"{key}.use", on_click=_use_paste, args=(s,), icon=":material/check:")


def _use_paste(s: Points) -> None:
    try:
        _store(s, own_data.parse_text(st.session_state.get(f"{s.key}.paste") or "", s.columns))
    except InputError as exc:
        st.session_state[f"{s.key}.error"] = exc


def _upload(s: Points) -> None:
    state = st.session_state
    key = s.key
    hint = t("own.file_help", mb=own_data.MAX_BYTES / 1e6)
    file_key = f"{key}.file.{state[f'{key}.v']}"
    # The browser refuses a larger file before sending it (a class's uploads stay off the server); a file
    # sent some other way is refused by parse_csv, with the same limit.
    max_mb = math.ceil(own_data.MAX_BYTES / 1e6)
    file = st.file_uploader(t("own.file"), type=["csv", "txt", "tsv"], key=file_key, help=hint, max_upload_size=max_mb)
    if file is None or state.get(f"{key}.file_done") == file.file_id:
        return
    state[f"{key}.file_done"] = file.file_id  # a refused file is read once, not on every rerun
    try:
        points = own_data.parse_csv(file.getvalue(), s.columns)
    except InputError as exc:
        state[f"{key}.error"] = exc
        return
    _store(s, points)
    st.rerun()  # the table above shows the file's points


def domain(values, pad: float = 0.15) -> tuple[float, float]:
    """A chart's range over `values`, with room around them to click new points into."""
    lo, hi = min(values), max(values)
    margin = max(pad * (hi - lo), 0.5 if hi == lo else 0.0, 1e-3 * max(abs(lo), abs(hi)))
    return lo - margin, hi + margin


def column_names(s: Points) -> list[str]:
    """Column headers as the learner reads them (a label column is named in their language)."""
    x_name, y_name = s.columns.names
    return [x_name, t("own.col.label") if s.columns.labels else y_name]


# ---------------------------------------------------------------- clicks and taps on the chart


def chart(s: Points, template: Callable[..., alt.TopLevelMixin], args: tuple, layers: dict, x_domain, y_domain) -> None:
    """Draw the page's chart of the points, `template(*args)` over the named datasets `layers` (as
    `charts.spec` takes them), with click targets over it: a click or tap adds a point where it lands, or
    removes the point it lands on. Labelled points take the label nearest the click's height (0 or 1)."""
    (x_lo, x_hi), (y_lo, y_hi) = x_domain, y_domain
    dx, dy = nice_step(x_hi - x_lo, GRID[0]), nice_step(y_hi - y_lo, GRID[1])
    x0, y0 = math.floor(x_lo / dx) * dx, math.floor(y_lo / dy) * dy
    nx, ny = math.ceil((x_hi - x0) / dx) + 1, math.ceil((y_hi - y0) / dy) + 1
    st.session_state[f"{s.key}.grid"] = (dx, dy)  # how near a click must land to remove a point
    grid = (x0, dx, nx, y0, dy, ny, tuple(x_domain), tuple(y_domain))
    # Compiled (and validated) once per chart shape: an edit that keeps the points' range only attaches data
    figure = charts.spec(_clickable, template, args, grid, **layers)
    st.vega_lite_chart(figure, on_select="rerun", selection_mode="pick", key=_chart_key(s), width="stretch")
    st.caption(t("own.click", dx=f"{dx:g}", dy=f"{dy:g}"))


def _clickable(template: Callable[..., alt.TopLevelMixin], args: tuple, grid: tuple) -> alt.LayerChart:
    """The page's chart under an invisible grid of points that a click selects (the nearest one)."""
    x0, dx, nx, y0, dy, ny, x_domain, y_domain = grid
    # The grid is generated in the browser (a Vega sequence), so no extra data is sent for it.
    cells = alt.Chart(alt.sequence(0, nx * ny, as_="i")).transform_calculate(
        x=f"{x0} + (datum.i % {nx}) * {dx}", y=f"{y0} + floor(datum.i / {nx}) * {dy}"
    )
    pick = alt.selection_point(name="pick", nearest=True, on="click", fields=["x", "y"], clear=False)
    x = alt.X("x:Q", scale=alt.Scale(domain=list(x_domain), nice=False))
    y = alt.Y("y:Q", scale=alt.Scale(domain=list(y_domain), nice=False))
    targets = cells.mark_point(opacity=0, size=1).encode(x=x, y=y).add_params(pick)
    return alt.layer(template(*args), targets)


def nice_step(span: float, count: int) -> float:
    """The smallest of 1, 2 or 5 × 10^k that divides `span` into at most `count` steps: clicked points
    land on round numbers."""
    raw = max(span, 1e-9) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def _on_grid(value: float, step: float) -> float:
    """A clicked coordinate as the grid's round number (the browser sends 2.5000000000000004)."""
    return round(round(value / step) * step, max(0, 1 - math.floor(math.log10(step))))


def _chart_key(s: Points) -> str:
    return f"{s.key}.chart.{st.session_state.get(f'{s.key}.v', 0)}"


def _apply_click(s: Points) -> None:
    """A click on the chart's last drawing: add a point there, or remove the one within a grid step."""
    event = st.session_state.get(_chart_key(s)) or {}
    picked = (event.get("selection") or {}).get("pick")
    try:
        x, y = float(picked[0]["x"]), float(picked[0]["y"])
    except (TypeError, KeyError, IndexError, ValueError):
        return  # no click yet (or nothing a chart of ours sends)
    points = list(st.session_state[s.key])
    spec = st.session_state.get(f"{s.key}.grid")
    near = _nearest(points, x, y, spec, s.columns.labels) if spec else None
    if near is not None:
        del points[near]  # the last one cannot go: check() refuses an empty table
    else:
        dx, dy = spec or (1e-6, 1e-6)
        points.append((_on_grid(x, dx), _label(y) if s.columns.labels else _on_grid(y, dy)))
    try:
        _store(s, own_data.check(points, s.columns))
    except InputError as exc:
        _store(s, st.session_state[s.key], exc)  # the click is used up: a fresh chart, the points as they were


def _nearest(points, x, y, grid, labels: bool) -> int | None:
    """The last point within half a grid step of (x, y); a labelled point only needs the label's row."""
    dx, dy = grid
    for k in range(len(points) - 1, -1, -1):
        px, py = points[k]
        same_row = py == _label(y) if labels else abs(py - y) <= dy / 2 + 1e-12
        if abs(px - x) <= dx / 2 + 1e-12 and same_row:
            return k
    return None


def _label(y: float) -> float:
    """The label (0 or 1) nearest a click's height on a chart of labelled points."""
    return float(round(min(max(y, 0.0), 1.0)))

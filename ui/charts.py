"""Altair chart builders that every page reuses, so axes, tooltips and legends look alike.

Every title is passed in by the caller, already in the learner's language.

A chart that redraws on every slider move is a template: an Altair chart over named datasets
(`alt.NamedData`), compiled to Vega-Lite once per language and shape by `spec`, which then only attaches
the new data as Arrow tables. Building and validating an Altair chart took about 15 ms of the server's
CPU per chart and move; attaching data to a compiled template takes well under 1 ms.
"""

import functools
import json
from collections.abc import Callable, Mapping

import altair as alt
import numpy as np
import pandas as pd
import pyarrow as pa

from ui import i18n
from ui.i18n import t

Data = pd.DataFrame | str  # rows, or the name of a dataset that `spec` attaches
Rows = pd.DataFrame | Mapping[str, list] | list[dict]
# Altair's default theme sizes every view 300 x 300; Streamlit compiles with no theme and sizes charts itself
_DEFAULT_THEME_VIEW = {"continuousWidth": 300, "continuousHeight": 300}


def spec(
    template: Callable[..., alt.TopLevelMixin], *args, params: Mapping[str, float] | None = None, **data: Rows
) -> dict:
    """The Vega-Lite spec of `template(*args)` with `data` attached to its named datasets, for
    `st.vega_lite_chart`. `args` shape the chart (titles, scales, which layers), so they must be hashable
    and few: values that change with a slider go in `data`, and numbers the template reads as Vega-Lite
    parameters (an axis's domain that depends on the data) in `params`."""
    figure = json.loads(_compiled(template, i18n.lang(), args))  # a fresh dict: Streamlit edits the spec it gets
    figure["datasets"] = {name: arrow(rows) for name, rows in data.items()}
    values = dict(params or {})
    for param in figure.get("params", ()):
        if param["name"] in values:
            param["value"] = values.pop(param["name"])
    if values:
        raise KeyError(f"the template declares no parameter {sorted(values)}")
    return figure


@functools.lru_cache(maxsize=512)  # immutable JSON text shared by every session; the language is in the key
def _compiled(template: Callable[..., alt.TopLevelMixin], lang: str, args: tuple) -> str:
    figure = template(*args).to_dict()  # validated here, once
    view = figure.get("config", {}).get("view", {})
    for name, value in _DEFAULT_THEME_VIEW.items():
        if view.get(name) == value:
            del view[name]
    if figure.get("config") == {"view": {}}:
        del figure["config"]
    return json.dumps(figure)


def named(layers: Mapping[str, object], *names: str) -> tuple[str | None, ...]:
    """For a template whose layers are optional: each name when `layers` has rows for it, else None."""
    return tuple(name if name in layers else None for name in names)


def arrow(rows: Rows) -> pa.Table:
    """Rows as an Arrow table, the form Streamlit sends a chart's data in."""
    if isinstance(rows, pd.DataFrame):
        return pa.Table.from_pandas(rows, preserve_index=False)
    if isinstance(rows, list):
        return pa.Table.from_pylist(rows)
    return pa.table(dict(rows))


def source(data: Data):
    return alt.NamedData(data) if isinstance(data, str) else data


def lines(
    df: Data,
    x: str,
    y: str,
    color: str | None = None,
    *,
    x_title: str,
    y_title: str,
    color_title: str | None = None,
    log_y=False,
    height=260,
    points=False,
):
    """Line chart; titles are required so every axis is named in the learner's language."""
    scale = alt.Scale(type="log") if log_y else alt.Scale(zero=False)
    enc = {
        "x": alt.X(f"{x}:Q", title=x_title, axis=alt.Axis(format="~g")),
        "y": alt.Y(f"{y}:Q", title=y_title, scale=scale, axis=alt.Axis(format=".3~g")),
        "tooltip": [alt.Tooltip(f"{x}:Q", title=x_title), alt.Tooltip(f"{y}:Q", title=y_title, format=".5~g")],
    }
    if color:
        enc["color"] = alt.Color(f"{color}:N", title=color_title)
        enc["tooltip"].append(alt.Tooltip(f"{color}:N", title=color_title))
    return alt.Chart(source(df)).mark_line(point=points).encode(**enc).properties(height=height)


METRICS = {  # History metric -> (string key of its series, string key of its panel)
    "loss": ("metric.train_loss", "metric.loss"),
    "test_loss": ("metric.test_loss", "metric.loss"),
    "train_acc": ("metric.train_acc", "metric.accuracy"),
    "test_acc": ("metric.test_acc", "metric.accuracy"),
    "correct": ("metric.correct", "metric.correct"),
}


def history(rows: list[dict], x="step", x_title="epoch", height=240) -> dict:
    """One panel per kind of metric (loss, accuracy, ...) from a History's rows."""
    df = pd.DataFrame(rows)
    columns = [c for c in df.columns if c in METRICS]
    if df.empty or not columns:
        return spec(_empty_history, history={"x": []})
    long = df.melt(id_vars=[x], value_vars=columns, var_name="metric", value_name="value")
    long["series"] = long["metric"].map(lambda m: t(METRICS[m][0]))
    long["kind"] = long["metric"].map(lambda m: t(METRICS[m][1]))
    return spec(_history_template, x, x_title, height, len(df) < 40, history=long)


def _empty_history():
    return alt.Chart(alt.NamedData("history")).mark_line()


def _history_template(x: str, x_title: str, height: int, points: bool):
    base = (
        alt.Chart(alt.NamedData("history"))
        .mark_line(point=points)
        .encode(
            x=alt.X(f"{x}:Q", title=x_title, axis=alt.Axis(format="~g")),
            y=alt.Y("value:Q", title=None, scale=alt.Scale(zero=False), axis=alt.Axis(format=".3~g")),
            color=alt.Color("series:N", title=None),
            tooltip=[
                alt.Tooltip(f"{x}:Q", title=x_title),
                alt.Tooltip("series:N", title=t("metric.series")),
                alt.Tooltip("value:Q", title=t("metric.value"), format=".4f"),
            ],
        )
        .properties(height=height, width=260)
    )
    return base.facet(column=alt.Column("kind:N", title=None)).resolve_scale(y="independent")


def heatmap(
    df: Data,
    x: str,
    y: str,
    value: str,
    *,
    x_title: str,
    y_title: str,
    value_title: str,
    scheme="viridis",
    height=300,
    sort_y="ascending",
):
    return (
        alt.Chart(source(df))
        .mark_rect()
        .encode(
            x=alt.X(f"{x}:O", title=x_title, sort=None),
            y=alt.Y(f"{y}:O", title=y_title, sort=sort_y),
            color=alt.Color(f"{value}:Q", scale=alt.Scale(scheme=scheme), title=value_title),
            tooltip=[
                alt.Tooltip(f"{x}:O", title=x_title),
                alt.Tooltip(f"{y}:O", title=y_title),
                alt.Tooltip(f"{value}:Q", title=value_title, format=".4f"),
            ],
        )
        .properties(height=height)
    )


def contour_cells(xs, ys, values) -> tuple[pd.DataFrame, tuple[float, float], tuple[float, float]]:
    """A grid's cells for `contour`, with the x and y domains they tile.

    Each grid point gets a rectangle reaching halfway to its neighbours, so the cells tile the
    plane exactly: binning a grid into a different number of bins leaves empty stripes.
    """
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    x_edges, y_edges = _edges(xs), _edges(ys)
    gx, gy = np.meshgrid(np.arange(len(xs)), np.arange(len(ys)), indexing="ij")
    cells = pd.DataFrame(
        {
            "x": xs[gx.ravel()],
            "y": ys[gy.ravel()],
            "z": np.asarray(values, dtype=float).ravel(),
            "x0": x_edges[gx.ravel()],
            "x1": x_edges[gx.ravel() + 1],
            "y0": y_edges[gy.ravel()],
            "y1": y_edges[gy.ravel() + 1],
        }
    )
    return cells, (float(x_edges[0]), float(x_edges[-1])), (float(y_edges[0]), float(y_edges[-1]))


# The contour's axes span its cells exactly, whatever the data: Vega-Lite parameters, so one compiled
# template serves every learner's landscape (spec(..., params=contour_domains(...))).
DOMAIN_PARAMS = ("x_lo", "x_hi", "y_lo", "y_hi")


def contour_domains(x_domain, y_domain) -> dict[str, float]:
    return dict(zip(DOMAIN_PARAMS, (*x_domain, *y_domain), strict=True))


def contour(cells: Data, *, x_title: str, y_title: str, z_title: str, height=360, log=True):
    """A filled-contour look from a heatmap of `contour_cells` (Altair has no contour mark); its domains
    are the parameters `contour_domains` gives values to."""
    scale = alt.Scale(type="symlog", scheme="viridis") if log else alt.Scale(scheme="viridis")
    x_scale = alt.Scale(domainMin=alt.ExprRef("x_lo"), domainMax=alt.ExprRef("x_hi"), nice=False)
    y_scale = alt.Scale(domainMin=alt.ExprRef("y_lo"), domainMax=alt.ExprRef("y_hi"), nice=False)
    domains = [alt.param(name=name, value=0.0) for name in DOMAIN_PARAMS]
    return (
        alt.Chart(source(cells))
        .mark_rect()
        .encode(
            x=alt.X("x0:Q", title=x_title, scale=x_scale),
            x2="x1:Q",
            y=alt.Y("y0:Q", title=y_title, scale=y_scale),
            y2="y1:Q",
            color=alt.Color("z:Q", scale=scale, title=z_title, legend=alt.Legend(format=".3~g")),
            tooltip=[
                alt.Tooltip("x:Q", title=x_title, format=".2f"),
                alt.Tooltip("y:Q", title=y_title, format=".2f"),
                alt.Tooltip("z:Q", title=z_title, format=".4g"),
            ],
        )
        .add_params(*domains)
        .properties(height=height)
    )


def _edges(centres: np.ndarray) -> np.ndarray:
    mid = (centres[1:] + centres[:-1]) / 2
    return np.concatenate([[2 * centres[0] - mid[0]], mid, [2 * centres[-1] - mid[-1]]])


def path(df: Data, x: str, y: str, color: str | None = None, order: str = "step", color_title=None):
    """A trajectory in visiting order; columns are named for tooltips by the caller."""
    enc = {
        "x": f"{x}:Q",
        "y": f"{y}:Q",
        "order": f"{order}:Q",
        "tooltip": [alt.Tooltip(f"{c}:Q", format=".4~g") for c in (order, x, y)]
        + ([alt.Tooltip(f"{color}:N", title=color_title)] if color else []),
    }
    if color:
        enc["color"] = alt.Color(f"{color}:N", title=color_title, scale=alt.Scale(scheme="set1"))
    else:
        enc["color"] = alt.value("#e4572e")
    return alt.Chart(source(df)).mark_line(point=alt.OverlayMarkDef(size=18), strokeWidth=2).encode(**enc)


def marker(x: float | str, y: float = 0.0, label: str = "", color="#ffffff", shape="diamond", size=160):
    """One labelled point (the label shows in its tooltip); `marker(name, ...)` draws the dataset `name`,
    whose row `point` makes."""
    df = x if isinstance(x, str) else pd.DataFrame(point(x, y, label))
    return (
        alt.Chart(source(df))
        .mark_point(shape=shape, size=size, filled=True, color=color, stroke="black")
        .encode(
            x="x:Q",
            y="y:Q",
            tooltip=[
                alt.Tooltip("label:N", title=" "),
                alt.Tooltip("x:Q", title="x", format=".4f"),
                alt.Tooltip("y:Q", title="y", format=".4f"),
            ],
        )
    )


def point(x: float, y: float, label: str) -> dict[str, list]:
    """The one row of a `marker`."""
    return {"x": [x], "y": [y], "label": [label]}

"""Altair chart builders that every page reuses, so axes, tooltips and legends look alike.

Every title is passed in by the caller, already in the learner's language.
"""

import altair as alt
import numpy as np
import pandas as pd

from ui.i18n import t


def lines(
    df: pd.DataFrame,
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
    return alt.Chart(df).mark_line(point=points).encode(**enc).properties(height=height)


METRICS = {  # History metric -> (string key of its series, string key of its panel)
    "loss": ("metric.train_loss", "metric.loss"),
    "test_loss": ("metric.test_loss", "metric.loss"),
    "train_acc": ("metric.train_acc", "metric.accuracy"),
    "test_acc": ("metric.test_acc", "metric.accuracy"),
    "correct": ("metric.correct", "metric.correct"),
}


def history(rows: list[dict], x="step", x_title="epoch", height=240):
    """One panel per kind of metric (loss, accuracy, ...) from a History's rows."""
    df = pd.DataFrame(rows)
    columns = [c for c in df.columns if c in METRICS]
    if df.empty or not columns:
        return alt.Chart(pd.DataFrame({"x": []})).mark_line()
    long = df.melt(id_vars=[x], value_vars=columns, var_name="metric", value_name="value")
    long["series"] = long["metric"].map(lambda m: t(METRICS[m][0]))
    long["kind"] = long["metric"].map(lambda m: t(METRICS[m][1]))
    base = (
        alt.Chart(long)
        .mark_line(point=len(df) < 40)
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
    df: pd.DataFrame,
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
        alt.Chart(df)
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


def contour(xs, ys, values, *, x_title: str, y_title: str, z_title: str, height=360, log=True):
    """A filled-contour look from a heatmap of the grid's own cells (Altair has no contour mark).

    Each grid point gets a rectangle reaching halfway to its neighbours, so the cells tile the
    plane exactly: binning a grid into a different number of bins leaves empty stripes.
    """
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    x_edges, y_edges = _edges(xs), _edges(ys)
    gx, gy = np.meshgrid(np.arange(len(xs)), np.arange(len(ys)), indexing="ij")
    df = pd.DataFrame(
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
    scale = alt.Scale(type="symlog", scheme="viridis") if log else alt.Scale(scheme="viridis")
    return (
        alt.Chart(df)
        .mark_rect()
        .encode(
            x=alt.X("x0:Q", title=x_title, scale=alt.Scale(domain=[x_edges[0], x_edges[-1]], nice=False)),
            x2="x1:Q",
            y=alt.Y("y0:Q", title=y_title, scale=alt.Scale(domain=[y_edges[0], y_edges[-1]], nice=False)),
            y2="y1:Q",
            color=alt.Color("z:Q", scale=scale, title=z_title, legend=alt.Legend(format=".3~g")),
            tooltip=[
                alt.Tooltip("x:Q", title=x_title, format=".2f"),
                alt.Tooltip("y:Q", title=y_title, format=".2f"),
                alt.Tooltip("z:Q", title=z_title, format=".4g"),
            ],
        )
        .properties(height=height)
    )


def _edges(centres: np.ndarray) -> np.ndarray:
    mid = (centres[1:] + centres[:-1]) / 2
    return np.concatenate([[2 * centres[0] - mid[0]], mid, [2 * centres[-1] - mid[-1]]])


def path(df: pd.DataFrame, x: str, y: str, color: str | None = None, order: str = "step", color_title=None):
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
    return alt.Chart(df).mark_line(point=alt.OverlayMarkDef(size=18), strokeWidth=2).encode(**enc)


def marker(x: float, y: float, label: str, color="#ffffff", shape="diamond", size=160):
    """One labelled point (the label shows in its tooltip)."""
    df = pd.DataFrame({"x": [x], "y": [y], "label": [label]})
    return (
        alt.Chart(df)
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

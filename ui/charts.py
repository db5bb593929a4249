"""Altair chart builders that every page reuses, so axes, tooltips and legends look alike."""

import altair as alt
import pandas as pd


def lines(
    df: pd.DataFrame,
    x: str,
    y: str,
    color: str | None = None,
    *,
    x_title=None,
    y_title=None,
    log_y=False,
    height=260,
    points=False,
):
    scale = alt.Scale(type="log") if log_y else alt.Scale(zero=False)
    enc = {
        "x": alt.X(x, title=x_title or x),
        "y": alt.Y(y, title=y_title or y, scale=scale),
        "tooltip": [c for c in (x, y, color) if c],
    }
    if color:
        enc["color"] = alt.Color(f"{color}:N", title=color)
    return alt.Chart(df).mark_line(point=points).encode(**enc).properties(height=height)


def history(rows: list[dict], x="step", x_title="epoch", height=240):
    """One panel per metric (loss, accuracy, ...) from the rows a training callback collected."""
    df = pd.DataFrame(rows)
    if df.empty:
        return alt.Chart(pd.DataFrame({"x": []})).mark_line()
    long = df.melt(id_vars=[x], var_name="metric", value_name="value")
    long["series"] = long["metric"]
    long["kind"] = long["metric"].str.replace(r"^(train|test)_", "", regex=True)
    base = (
        alt.Chart(long)
        .mark_line(point=len(df) < 40)
        .encode(
            x=alt.X(f"{x}:Q", title=x_title),
            y=alt.Y("value:Q", title=None, scale=alt.Scale(zero=False)),
            color=alt.Color("series:N", title=None),
            tooltip=[x, "series", alt.Tooltip("value:Q", format=".4f")],
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
    x_title=None,
    y_title=None,
    scheme="viridis",
    height=300,
    sort_y="ascending",
):
    return (
        alt.Chart(df)
        .mark_rect()
        .encode(
            x=alt.X(f"{x}:O", title=x_title or x),
            y=alt.Y(f"{y}:O", title=y_title or y, sort=sort_y),
            color=alt.Color(f"{value}:Q", scale=alt.Scale(scheme=scheme), title=value),
            tooltip=[x, y, alt.Tooltip(f"{value}:Q", format=".4f")],
        )
        .properties(height=height)
    )


def contour(
    grid_df: pd.DataFrame,
    x: str,
    y: str,
    z: str,
    *,
    x_title=None,
    y_title=None,
    height=360,
    log=True,
):
    """A filled-contour look from a dense heatmap (Altair has no contour mark)."""
    scale = alt.Scale(type="symlog", scheme="viridis") if log else alt.Scale(scheme="viridis")
    return (
        alt.Chart(grid_df)
        .mark_rect()
        .encode(
            x=alt.X(f"{x}:Q", bin=alt.Bin(maxbins=60), title=x_title or x),
            y=alt.Y(f"{y}:Q", bin=alt.Bin(maxbins=60), title=y_title or y),
            color=alt.Color(f"mean({z}):Q", scale=scale, title=z),
            tooltip=[
                alt.Tooltip(f"mean({x}):Q", title=x_title or x, format=".2f"),
                alt.Tooltip(f"mean({y}):Q", title=y_title or y, format=".2f"),
                alt.Tooltip(f"mean({z}):Q", title=z, format=".4f"),
            ],
        )
        .properties(height=height)
    )


def path(df: pd.DataFrame, x: str, y: str, color: str | None = None, order: str = "step"):
    enc = {
        "x": f"{x}:Q",
        "y": f"{y}:Q",
        "order": f"{order}:Q",
        "tooltip": [c for c in (order, x, y, color) if c],
    }
    if color:
        enc["color"] = alt.Color(f"{color}:N", title=color, scale=alt.Scale(scheme="set1"))
    else:
        enc["color"] = alt.value("#e4572e")
    return alt.Chart(df).mark_line(point=alt.OverlayMarkDef(size=18), strokeWidth=2).encode(**enc)


def marker(x: float, y: float, label: str, color="#ffffff", shape="diamond", size=160):
    df = pd.DataFrame({"x": [x], "y": [y], "label": [label]})
    return (
        alt.Chart(df)
        .mark_point(shape=shape, size=size, filled=True, color=color, stroke="black")
        .encode(
            x="x:Q",
            y="y:Q",
            tooltip=["label", alt.Tooltip("x:Q", format=".4f"), alt.Tooltip("y:Q", format=".4f")],
        )
    )

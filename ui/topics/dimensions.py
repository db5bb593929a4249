"""The curse of dimensionality: declared settings and the page's charts."""

import altair as alt

from core import dimensions
from ui import charts
from ui.i18n import t
from ui.notebook import Cell, Code, Md, Notebook
from ui.settings import Number, page

SETTINGS = page(
    Number(key="cd_d", label="cd.d", default=100, lo=1, hi=dimensions.MAX_DIMS, step=1, integer=True, slider=True),
    Number(key="cd_n", label="cd.n", default=200, lo=10, hi=1000, step=10, integer=True),
    Number(key="cd_eps", label="cd.eps", default=0.05, lo=0.0, hi=0.5, step=0.01, slider=True),
    Number(key="cd_irrelevant", label="cd.irrelevant", default=20, lo=0, hi=dimensions.MAX_DIMS, step=1, integer=True,
           slider=True),
    Number(key="cd_k", label="cd.k", default=5, lo=1, hi=51, step=2, integer=True),
)  # fmt: skip


def _contrast_template():
    line = charts.lines(
        "contrast", "d", "contrast", x_title=t("cd.axis.d"), y_title=t("cd.axis.contrast"), log_y=True, points=True
    ).encode(x=alt.X("d:Q", title=t("cd.axis.d"), scale=alt.Scale(type="log")))
    return line + alt.Chart(alt.NamedData("d")).mark_rule(strokeDash=[4, 4]).encode(x="d:Q")


def contrast_chart(rows, d: int) -> dict:
    return charts.spec(_contrast_template, contrast=rows, d={"d": [d]})


def _histogram_template():
    dim_t, share_t = t("cd.axis.dims"), t("cd.axis.share")
    return (
        alt.Chart(alt.NamedData("bins"))
        .mark_bar(opacity=0.6, binSpacing=0)
        .encode(
            x=alt.X("start:Q", title=t("cd.axis.scaled")),
            x2="end:Q",
            y=alt.Y("share:Q", title=share_t, stack=None),
            y2=alt.datum(0),  # bars rise from 0: with x and x2 both given, Vega-Lite drew them as flat ticks
            color=alt.Color("dims:N", title=dim_t),
            tooltip=[alt.Tooltip("dims:N", title=dim_t), alt.Tooltip("share:Q", title=share_t, format=".1%")],
        )
        .properties(height=260)
    )


def histogram_chart(bins_low, bins_high, d_low: int, d_high: int) -> dict:
    bins = [{**row, "dims": f"d = {d_low}"} for row in bins_low] + [
        {**row, "dims": f"d = {d_high}"} for row in bins_high
    ]
    return charts.spec(_histogram_template, bins=bins)


def _shell_template(here: str | None):
    line = charts.lines("shell", "d", "share", x_title=t("cd.axis.d"), y_title=t("cd.axis.shell"))
    return line if here is None else line + charts.marker(here, color="#e4572e", shape="circle")


def shell_chart(eps: float, d: int) -> dict:
    ds = list(range(1, 201))
    shell = {"d": ds, "share": [dimensions.shell_share(k, eps) for k in ds]}
    layers: dict = {"shell": shell}
    if d <= 200:  # the chart's last d
        layers["here"] = charts.point(d, dimensions.shell_share(d, eps), f"d = {d}")
    return charts.spec(_shell_template, *charts.named(layers, "here"), **layers)


def _knn_template():
    line = charts.lines(
        "knn", "irrelevant", "accuracy", x_title=t("cd.axis.irrelevant"), y_title=t("cd.axis.acc"), points=True
    ).encode(x=alt.X("irrelevant:Q", title=t("cd.axis.irrelevant"), scale=alt.Scale(type="log")))
    chance = alt.Chart(alt.NamedData("chance")).mark_rule(strokeDash=[4, 4], color="gray").encode(y="y:Q")
    return line + chance + charts.marker("yours", color="#e4572e", shape="circle")


def knn_chart(rows, irrelevant: int, accuracy: float) -> dict:
    knn = [{**row, "irrelevant": row["irrelevant"] + 1} for row in rows]  # log axis: 0 drawn at 1
    yours = charts.point(irrelevant + 1, accuracy, t("cd.yours"))
    return charts.spec(_knn_template, knn=knn, chance={"y": [0.5]}, yours=yours)


def notebook_cells(v) -> list[Cell]:
    return [
        Md(("cd.distances", "cd.contrast_note")),
        Code("""
from core import dimensions
import altair as alt
import pandas as pd

rows = pd.DataFrame(dimensions.concentration(n=n, seed=seed))
display(rows)
here = dimensions.concentration((d,), n, seed)[0]
print(f"d = {d}: max/min distance {here['ratio']:.3g}, contrast {here['contrast']:.3g}")"""),
        Md(("cd.histogram_note",), level=0),
        Code("""
hist = pd.concat([pd.DataFrame(dimensions.histogram(dims, n, seed)).assign(d=dims) for dims in (2, d)])
alt.Chart(hist).mark_bar(opacity=0.6).encode(x="start", x2="end", y="share", color="d:N")"""),
        Md(("cd.volume",)),
        Code(
            'print(f"share of the volume within {eps} of the surface in {d} dimensions: '
            '{dimensions.shell_share(d, eps):.4%}")'
        ),
        Md(("cd.knn", "cd.knn_note")),
        Code("""
print(f"accuracy with {irrelevant} irrelevant features: {dimensions.knn_accuracy(irrelevant, k, seed=seed):.1%}")
pd.DataFrame(dimensions.knn_curve(k, seed=seed))"""),
    ]


NOTEBOOK = Notebook("cd.title", "cd.intro", "dimensions", notebook_cells)

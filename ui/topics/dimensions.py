"""The curse of dimensionality: declared settings and the page's charts."""

import altair as alt
import pandas as pd

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


def contrast_chart(rows, d: int):
    df = pd.DataFrame(rows)
    line = charts.lines(
        df, "d", "contrast", x_title=t("cd.axis.d"), y_title=t("cd.axis.contrast"), log_y=True, points=True
    ).encode(x=alt.X("d:Q", title=t("cd.axis.d"), scale=alt.Scale(type="log")))
    return line + alt.Chart(pd.DataFrame({"d": [d]})).mark_rule(strokeDash=[4, 4]).encode(x="d:Q")


def histogram_chart(bins_low, bins_high, d_low: int, d_high: int):
    dim_t, share_t = t("cd.axis.dims"), t("cd.axis.share")
    df = pd.concat(
        [pd.DataFrame(bins_low).assign(dims=f"d = {d_low}"), pd.DataFrame(bins_high).assign(dims=f"d = {d_high}")]
    )
    return (
        alt.Chart(df)
        .mark_bar(opacity=0.6, binSpacing=0)
        .encode(
            x=alt.X("start:Q", title=t("cd.axis.scaled")),
            x2="end:Q",
            y=alt.Y("share:Q", title=share_t, stack=None),
            color=alt.Color("dims:N", title=dim_t),
            tooltip=[alt.Tooltip("dims:N", title=dim_t), alt.Tooltip("share:Q", title=share_t, format=".1%")],
        )
        .properties(height=260)
    )


def shell_chart(eps: float, d: int):
    ds = list(range(1, 201))
    df = pd.DataFrame({"d": ds, "share": [dimensions.shell_share(k, eps) for k in ds]})
    line = charts.lines(df, "d", "share", x_title=t("cd.axis.d"), y_title=t("cd.axis.shell"))
    if d <= 200:
        line += charts.marker(d, dimensions.shell_share(d, eps), f"d = {d}", color="#e4572e", shape="circle")
    return line


def knn_chart(rows, irrelevant: int, accuracy: float):
    df = pd.DataFrame(rows).assign(irrelevant=lambda f: f["irrelevant"] + 1)  # log axis: 0 drawn at 1
    line = charts.lines(
        df, "irrelevant", "accuracy", x_title=t("cd.axis.irrelevant"), y_title=t("cd.axis.acc"), points=True
    ).encode(x=alt.X("irrelevant:Q", title=t("cd.axis.irrelevant"), scale=alt.Scale(type="log")))
    chance = alt.Chart(pd.DataFrame({"y": [0.5]})).mark_rule(strokeDash=[4, 4], color="gray").encode(y="y:Q")
    return line + chance + charts.marker(irrelevant + 1, accuracy, t("cd.yours"), color="#e4572e", shape="circle")


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

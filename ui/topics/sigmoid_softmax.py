"""Sigmoid & softmax: declared settings and the page's charts and tables."""

import altair as alt
import pandas as pd

from core import logistic, own_data, softmax
from ui import charts
from ui.i18n import t
from ui.notebook import Cell, Code, Md, Notebook
from ui.settings import Choice, Flag, Number, Points, Text, page

AUTO_EPOCHS = 5_000  # logistic runs up to this long retrain on every change (1.4 s warm on a 2-core EPYC)

SETTINGS = page(
    Number(key="ss_w", label="ss.w", default=1.0, lo=-5.0, hi=5.0, step=0.1, slider=True),
    Number(key="ss_b", label="ss.b", default=0.0, lo=-10.0, hi=10.0, step=0.1, slider=True),
    Flag(key="ss_compare", label="ss.compare", default=False),
    Choice(
        key="ss_source",
        label="ss.data",
        default="course",
        options=("course", "own"),
        radio=True,
        labels={"course": "ss.data.course", "own": "ss.data.own"},
    ),
    Points(key="ss_pts", label="own.label", default=logistic.COURSE_POINTS, columns=own_data.LABELLED),
    Number(key="ss_lr", label="ss.lr", default=0.01, lo=0.0001, hi=10.0, step=0.01, fmt="%.4f"),
    Number(key="ss_epochs", label="ss.epochs", default=1000, lo=1, hi=100_000, step=100, integer=True),
    Text(key="ss_names", label="ss.classes", default="", max_chars=120),
    Text(key="ss_logits", label="ss.logits", default="0.1, 10, 0.1", max_chars=120),
    Number(key="ss_T", label="ss.temperature", default=1.0, lo=0.05, hi=10.0, step=0.05, slider=True),
    Number(key="ss_c", label="ss.c", default=0.0, lo=-100.0, hi=100.0, step=0.01, slider=True),
    Choice(key="ss_true", label="ss.true_class", default=1, options=tuple(range(softmax.MAX_CLASSES))),
)


def labels(names_text: str, n: int) -> list[str]:
    return softmax.class_labels(names_text or t("ss.default_names"), n, unnamed=t("ss.class_n"))


def activation_chart(x, curves, regions) -> dict:
    """Each activation and its derivative over x; grey bands where sigmoid' has almost vanished."""
    rows = {
        "x": [v for _ in curves for v in x],
        "value": [v for _, values in curves for v in values],
        "curve": [name for name, values in curves for _ in values],
    }
    layers: dict = {"curves": rows}
    if regions:
        layers["bands"] = {"start": [start for start, _ in regions], "end": [end for _, end in regions]}
    return charts.spec(_activation_template, *charts.named(layers, "bands"), **layers)


def _activation_template(bands: str | None):
    curve_t = t("ss.axis.curve")
    chart = charts.lines(
        "curves", "x", "value", color="curve", x_title="x", y_title=t("ss.axis.value"), color_title=curve_t, height=300
    )
    if bands is None:
        return chart
    shade = alt.Chart(alt.NamedData(bands)).mark_rect(opacity=0.15, color="gray")
    return shade.encode(x="start:Q", x2="end:Q") + chart


def x_domain(points) -> tuple[float, float]:
    """The course's 0–10 hours, or room around the learner's points."""
    if points == logistic.COURSE_POINTS:
        return 0.0, 10.0
    xs = [x for x, _ in points]
    margin = max(0.15 * (max(xs) - min(xs)), 1.0)
    return min(xs) - margin, max(xs) + margin


def probability_layers(run: logistic.LogisticRun | None, points, x_domain) -> dict[str, pd.DataFrame]:
    """The points at their labels; with a run, p(x) = σ(wx + b) across the chart and the boundary p = 0.5
    (none when w = 0 leaves no crossing)."""
    layers = {"dots": pd.DataFrame(points, columns=["x", "p"])}
    if run is None:
        return layers
    lo, hi = x_domain
    xs = [lo + (hi - lo) * k / 200 for k in range(201)]
    layers["curve"] = pd.DataFrame({"x": xs, "p": [run.predict(v) for v in xs]})
    if run.crossing == run.crossing:  # NaN when w = 0
        layers["boundary"] = pd.DataFrame({"x": [run.crossing]})
    return layers


def probability_template(
    dots: charts.Data = "dots", curve: charts.Data | None = None, boundary: charts.Data | None = None
):
    """The probability chart over named datasets (`probability_layers`); the own-data chart takes clicks over it."""
    prob_t = t("ss.axis.p1")
    chart = (
        alt.Chart(charts.source(dots))
        .mark_circle(size=90, color="black")
        .encode(x=alt.X("x:Q", title=t("ss.axis.hours")), y=alt.Y("p:Q", title=prob_t))
    )
    if curve is not None:
        chart = charts.lines(curve, "x", "p", x_title=t("ss.axis.hours"), y_title=prob_t) + chart
    if boundary is not None:
        chart += alt.Chart(charts.source(boundary)).mark_rule(strokeDash=[5, 4], color="green").encode(x="x:Q")
    return chart


def probability_chart(run: logistic.LogisticRun | None, points, x_domain) -> dict:
    layers = probability_layers(run, points, x_domain)
    return charts.spec(probability_template, *probability_shape(layers), **layers)


def probability_shape(layers: dict) -> tuple:
    """`probability_template`'s arguments for these layers: the names of the layers drawn."""
    return charts.named(layers, "dots", "curve", "boundary")


def weights_chart(history) -> dict:
    """w and b per epoch: on separable data they keep growing."""
    rows = [{"epoch": r["step"], "value": r[name], "weight": name} for r in history.rows for name in ("w", "b")]
    return charts.spec(_weights_template, weights=rows)


def _weights_template():
    weight_t = t("ss.axis.weight")
    return charts.lines(
        "weights", "epoch", "value", color="weight", x_title=t("epoch"), y_title=weight_t, color_title=weight_t
    )


def loss_chart(history) -> dict:
    return charts.spec(_loss_template, losses=[{"step": r["step"], "loss": r["loss"]} for r in history.rows])


def _loss_template():
    return charts.lines("losses", "step", "loss", x_title=t("epoch"), y_title=t("ss.axis.bce_sum"))


def bce_chart(p, curves) -> dict:
    rows = {
        "p": [v for _ in curves for v in p],
        "bce": [v for _, values in curves for v in values],
        "target": [f"y = {y}" for y, values in curves for _ in values],
    }
    return charts.spec(_bce_template, bce=rows)


def _bce_template():
    return charts.lines(
        "bce",
        "p",
        "bce",
        color="target",
        x_title=t("ss.axis.predicted_p"),
        y_title="BCE",
        color_title=t("ss.axis.target"),
    )


BCE_COLUMNS = {"exact (float64)": "ss.col.exact", "grad via BCELoss": "ss.col.grad_bce",
               "grad via BCEWithLogits": "ss.col.grad_logits"}  # fmt: skip


def bce_table(rows) -> pd.DataFrame:
    """Values as short text (4 significant digits), so the wide table fits its column."""
    df = pd.DataFrame(rows).map(lambda v: f"{v:.4g}".replace("-", "−"))
    return df.rename(columns={k: t(v) for k, v in BCE_COLUMNS.items()})


def softmax_bars(terms, names) -> dict:
    """One bar per class; the most probable in the accent colour."""
    top = max(term["p"] for term in terms)
    bars = [{**term, "label": name, "top": term["p"] == top} for term, name in zip(terms, names, strict=True)]
    return charts.spec(_softmax_template, bars=bars)


def _softmax_template():
    class_t = t("ss.col.class")
    return (
        alt.Chart(alt.NamedData("bars"))
        .mark_bar()
        .encode(
            x=alt.X("label:N", sort=alt.EncodingSortField(field="class", op="min"), title=None),  # in class order
            y=alt.Y("p:Q", title=t("ss.axis.softmax_p"), scale=alt.Scale(domain=[0, 1])),
            color=alt.condition(alt.datum.top, alt.value("#e4572e"), alt.value("#8aa1c1")),
            tooltip=[
                alt.Tooltip("label:N", title=class_t),
                "o:Q",
                alt.Tooltip("o/T:Q", format=".3f"),
                alt.Tooltip("exp(o/T − max):Q", format=".4g"),
                alt.Tooltip("p:Q", format=".4f"),
            ],
        )
        .properties(height=260)
    )


def terms_table(terms, names) -> pd.DataFrame:
    return pd.DataFrame(terms).drop(columns="class").assign(**{t("ss.col.class"): names}).set_index(t("ss.col.class"))


def shift_table(logits, c, before, after, names) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("ss.col.class"): names,
            "o": logits,
            "o + c": [v + c for v in logits],
            "softmax(o)": before,
            "softmax(o + c)": after,
        }
    )


OVERFLOW_ROWS = {"naive": "ss.row.naive", "stable": "ss.row.stable", "reference (float64, shifted)": "ss.row.reference"}


def overflow_table(demo) -> pd.DataFrame:
    return pd.DataFrame(
        {t(OVERFLOW_ROWS[k]): [f"{v:.4f}" for v in val.tolist()] for k, val in demo.items()},
        index=["o = 1000", "o = 1001", "o = 1002"],
    )


def cross_entropy_table(forms) -> pd.DataFrame:
    return pd.DataFrame({t("ss.col.form"): list(forms), t("ss.col.value"): list(forms.values())})


def notebook_cells(v) -> list[Cell]:
    return [
        Md(("ss.sigmoid", "ss.sat_note")),
        Code("""
from core import logistic, softmax
import altair as alt
import pandas as pd

x, curves = logistic.activation_view(w, b, ("sigmoid", "tanh", "relu") if compare else ("sigmoid",))
print("saturated where |slope| < 0.05:", logistic.saturated_regions(w, b, -10, 10))
frames = pd.concat([pd.DataFrame({"x": x, "value": values, "curve": name}) for name, values in curves])
alt.Chart(frames).mark_line().encode(x="x", y="value", color="curve")"""),
        Md(("ss.logreg", "ss.logreg_note")),
        Code("""
points = pts if source == "own" else logistic.COURSE_POINTS  # your points, or the course's
run = logistic.train_logistic(epochs, lr, seed, points=points)
print(f"w = {run.w:.3f}, b = {run.b:.3f}, P(pass | 4 hours) = {run.predict(4.0):.4f}, "
      f"diverged at {run.history.diverged_at}")
alt.Chart(pd.DataFrame(run.history.rows)).mark_line().encode(x="step", y="loss")"""),
        Md(("ss.bce", "ss.bce_note")),
        Code("pd.DataFrame(logistic.bce_vs_logits())"),
        Md(("ss.softmax", "ss.terms")),
        Code("""
logit_values = softmax.parse_logits(logits)
pd.DataFrame(softmax.softmax_terms(logit_values, T))"""),
        Md(("ss.shift", "ss.shift_q")),
        Code("""
before, after = softmax.shift_demo(logit_values, c)
print("softmax(o):    ", before.tolist())
print(f"softmax(o{c:+g}):", after.tolist())
softmax.overflow_demo()"""),
        Md(("ss.ce",)),
        Code("softmax.cross_entropy_three_ways(logit_values, true)"),
    ]


NOTEBOOK = Notebook("ss.title", "ss.intro", "sigmoid-softmax", notebook_cells)

"""Under- and over-fitting: declared settings and the page's charts."""

import altair as alt
import pandas as pd

from core import fitting, own_data
from ui import charts
from ui.i18n import t
from ui.notebook import Cell, Code, Md, Notebook
from ui.settings import Choice, Number, Points, page

AUTO_UPDATES = 400  # SGD runs up to this many minibatch updates retrain on every change (~0.15 s)

# Where "Your data" starts: twelve of D2L's noisy cubic points, to edit, and ten more as a test table.
OWN_TRAIN_X = (-2.2, -1.7, -1.3, -0.9, -0.5, -0.2, 0.2, 0.6, 1.0, 1.4, 1.8, 2.3)
OWN_TRAIN_Y = (-4.9, -0.8, 1.2, 2.4, 3.3, 5.1, 5.3, 5.5, 4.9, 4.6, 4.9, 6.8)
OWN_TEST_X = (-2.0, -1.5, -1.0, -0.6, -0.1, 0.4, 0.8, 1.2, 1.6, 2.1)
OWN_TEST_Y = (-2.6, 0.4, 2.1, 3.3, 4.8, 5.6, 5.2, 4.8, 4.6, 5.6)
OWN_TRAIN = tuple(zip(OWN_TRAIN_X, OWN_TRAIN_Y, strict=True))
OWN_TEST = tuple(zip(OWN_TEST_X, OWN_TEST_Y, strict=True))
SOURCES = {"synthetic": "of.src.synthetic", "own": "of.src.own"}

SETTINGS = page(
    Choice(key="of_source", label="of.source", default="synthetic", options=tuple(SOURCES), radio=True, labels=SOURCES),
    Number(key="of_degree", label="of.degree", default=3, lo=0, hi=fitting.MAX_DEGREE, step=1, integer=True,
           slider=True),
    Number(key="of_n", label="of.n", default=100, lo=2, hi=fitting.MAX_TRAIN, step=1, integer=True),
    Number(key="of_noise", label="of.noise", default=0.1, lo=0.0, hi=2.0, step=0.05, slider=True),
    Number(key="of_wd", label="of.wd", default=0.0, lo=0.0, hi=10.0, step=0.001, fmt="%.3f"),
    Number(key="of_epochs", label="of.epochs", default=400, lo=1, hi=fitting.MAX_EPOCHS, step=50, integer=True),
    Number(key="of_lr", label="of.lr", default=0.01, lo=0.0001, hi=1.0, step=0.005, fmt="%.4f"),
    Points(key="of_pts", label="of.own_train", default=OWN_TRAIN, columns=own_data.POLYNOMIAL),
    Choice(key="of_test", label="of.test_source", default="synthetic", options=tuple(SOURCES), radio=True,
           labels={"synthetic": "of.test.synthetic", "own": "of.test.own"}),
    Points(key="of_test_pts", label="of.own_test", default=OWN_TEST, columns=own_data.POLYNOMIAL),
)  # fmt: skip


def x_domain(data: fitting.PolyData) -> tuple[float, float]:
    """D2L's −3…3, widened to hold every point."""
    xs = data.x_train.tolist() + data.x_test.tolist()
    return min(-3.0, min(xs) - 0.3), max(3.0, max(xs) + 0.3)


def fit_layers(data: fitting.PolyData, curves: dict) -> dict[str, pd.DataFrame]:
    """The rows of the fit chart: training and test points, the true curve and the fitted ones."""
    points = pd.concat(
        [
            pd.DataFrame({"x": data.x_train.tolist(), "y": data.y_train.tolist(), "set": t("of.train_points")}),
            pd.DataFrame({"x": data.x_test.tolist(), "y": data.y_test.tolist(), "set": t("of.test_points")}),
        ]
    )
    lines = pd.DataFrame(
        [{"x": x, "y": y, "curve": name} for name, (xs, ys) in curves.items() for x, y in zip(xs, ys, strict=True)]
    )
    return {"points": points, "curves": lines}


def fit_template(y_dom, points: charts.Data = "points", curves: charts.Data = "curves"):
    """The fit chart over named datasets (`fit_layers` names them); the own-data chart takes clicks over it."""
    x_t, y_t, set_t = "x", "y", t("of.axis.set")
    dots = (
        alt.Chart(charts.source(points))
        .mark_circle(size=30, opacity=0.6)
        .encode(
            x=alt.X("x:Q", title=x_t),
            y=alt.Y("y:Q", title=y_t, scale=alt.Scale(domain=list(y_dom))),
            color=alt.Color("set:N", title=set_t, scale=alt.Scale(range=["#2e86ab", "#aaaaaa"])),
        )
    )
    curve_t = t("of.axis.curve")
    drawn = (
        alt.Chart(charts.source(curves))
        .mark_line(clip=True)
        .encode(
            x="x:Q",
            y="y:Q",
            color=alt.Color("curve:N", title=curve_t, scale=alt.Scale(range=["#e4572e", "#222222", "#4daf4a"])),
        )
    )
    return (dots + drawn).resolve_scale(color="independent").properties(height=300)


def fit_chart(data: fitting.PolyData, curves: dict) -> dict:
    return charts.spec(fit_template, y_domain(data), **fit_layers(data, curves))


def y_domain(data) -> tuple[float, float]:
    y = data.y_train.tolist() + data.y_test.tolist()
    pad = max((max(y) - min(y)) * 0.2, 0.5)
    return min(y) - pad, max(y) + pad


def history_chart(history) -> dict:
    return charts.history(history.rows, x_title=t("epoch"))


def _u_template():
    line = charts.lines(
        "sweep",
        "degree",
        "loss",
        color="set",
        x_title=t("of.degree"),
        y_title=t("of.axis.loss"),
        color_title=t("of.axis.set"),
        log_y=True,
        points=True,
    )
    rule = alt.Chart(alt.NamedData("degree")).mark_rule(strokeDash=[4, 4]).encode(x="degree:Q")
    return line + rule


def u_rows(rows) -> pd.DataFrame:
    """The degree sweep's rows, one per degree and set, for `u_chart`."""
    df = pd.DataFrame(rows).melt(id_vars="degree", var_name="set", value_name="loss")
    df["set"] = df["set"].map({"train": t("metric.train_loss"), "test": t("metric.test_loss")})
    return df


def u_chart(sweep: pd.DataFrame, degree: int) -> dict:
    return charts.spec(_u_template, sweep=sweep, degree={"degree": [degree]})


def _decay_template():
    line = charts.lines("decay", "wd", "norm", x_title=t("of.wd"), y_title=t("of.axis.norm"), log_y=True, points=True)
    return line.encode(x=alt.X("wd:Q", title=t("of.wd"), scale=alt.Scale(type="log")))


def decay_chart(rows) -> dict:
    decay = {"wd": [r["wd"] or 1e-5 for r in rows], "norm": [r["norm"] for r in rows]}
    return charts.spec(_decay_template, decay=decay)


def coef_table(w, degree, with_true: bool = True) -> pd.DataFrame:
    """The fitted weights beside D2L's true ones (the learner's own points have no true weights)."""
    columns = {t("of.col.power"): [f"x^{i}/{i}!" for i in range(degree + 1)]}
    if with_true:
        true = list(fitting.TRUE_W) + [0.0] * (degree + 1 - len(fitting.TRUE_W))
        columns[t("of.col.true")] = true[: degree + 1]
    columns[t("of.col.fit")] = [round(v, 4) for v in w.tolist()]
    return pd.DataFrame(columns)


def notebook_cells(v) -> list[Cell]:
    return [
        Md(("of.data",)),
        Code("""
from core import fitting
import altair as alt
import pandas as pd

if source == "own":  # your points; the test points yours too, or D2L's cubic
    data = fitting.points_data(pts, test_pts if test == "own" else None, noise, seed)
else:
    data = fitting.make_data(n, noise, seed)
w_exact = fitting.closed_form(data, degree, wd)
train_loss, test_loss = fitting.errors(data, degree, w_exact)
print(f"closed form, degree {degree}: train loss {train_loss:.4g}, test loss {test_loss:.4g}")
print("weights:", [round(w, 4) for w in w_exact.tolist()])"""),
        Md(("of.train",)),
        Code("""
w_sgd, history = fitting.train(data, degree, wd, epochs, lr, seed=seed)
print(f"SGD after {len(history.rows)} epochs: train loss {history.last['loss']:.4g}, "
      f"test loss {history.last['test_loss']:.4g}, diverged at {history.diverged_at}")
losses = pd.DataFrame(history.rows).melt("step", ["loss", "test_loss"], var_name="set")
alt.Chart(losses).mark_line().encode(x="step", y=alt.Y("value", scale=alt.Scale(type="log")), color="set")"""),
        Md(("of.u", "of.u_note")),
        Code("""
sweep = pd.DataFrame(fitting.degree_sweep(data, wd))
alt.Chart(sweep.melt("degree", var_name="set", value_name="loss")).mark_line(point=True).encode(
    x="degree", y=alt.Y("loss", scale=alt.Scale(type="log")), color="set")"""),
        Md(("of.decay",)),
        Code("pd.DataFrame(fitting.decay_sweep(data, degree))"),
    ]


NOTEBOOK = Notebook("of.title", "of.intro", "fitting", notebook_cells)

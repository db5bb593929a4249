"""Linear fit: declared settings and the page's charts."""

import altair as alt
import pandas as pd

from core import linear, own_data
from ui import charts
from ui.i18n import t
from ui.notebook import Cell, Code, Md, Notebook
from ui.settings import Choice, Number, Points, page

# dataset -> (lr, epochs, batch size): D2L's for synthetic data, Liu Er's for his three points
DEFAULTS = {"synthetic": (0.03, 3, 10), "course": (0.01, 100, 1), "course_bias": (0.01, 100, 1), "own": (0.01, 100, 10)}
COURSE_POINTS = ((1.0, 2.0), (2.0, 4.0), (3.0, 6.0))  # where "Your data" starts: the course's points, to edit
AUTO_SECONDS = 0.3  # runs estimated to take longer wait for the Train button (with progress and Stop)

SETTINGS = page(
    Choice(key="lin_ds", label="lin.dataset", default="synthetic", options=tuple(DEFAULTS), radio=True,
           labels={"synthetic": "lin.ds.synthetic", "course": "lin.ds.course", "course_bias": "lin.ds.course_bias",
                   "own": "lin.ds.own"}),
    Number(key="lin_tw1", label="lin.true_w1", default=2.0, lo=-10.0, hi=10.0, step=0.1),
    Number(key="lin_tw2", label="lin.true_w2", default=-3.4, lo=-10.0, hi=10.0, step=0.1),
    Number(key="lin_tb", label="lin.true_b", default=4.2, lo=-10.0, hi=10.0, step=0.1),
    Number(key="lin_noise", label="lin.noise", default=0.01, lo=0.0, hi=5.0, step=0.01),
    Number(key="lin_n", label="lin.n", default=1000, lo=1, hi=linear.MAX_EXAMPLES, step=100, integer=True),
    Number(key="lin_w", label="lin.w", default=2.0, lo=-20.0, hi=20.0, step=0.1, slider=True),
    Number(key="lin_b", label="lin.b", default=0.0, lo=-20.0, hi=20.0, step=0.1, slider=True),
    Number(key="lin_lr", label="lin.lr", default=0.03, lo=0.0001, hi=100.0, step=0.01, fmt="%.4f"),
    Number(key="lin_epochs", label="lin.epochs", default=3, lo=1, hi=linear.MAX_EPOCHS, step=1, integer=True),
    Number(key="lin_batch", label="lin.batch", default=10, lo=1, hi=linear.MAX_EXAMPLES, step=1, integer=True),
    Number(key="lin_own_lr", label="lin.own_lr", default=0.05, lo=0.0001, hi=100.0, step=0.01, fmt="%.4f"),
    Points(key="lin_pts", label="own.label", default=COURSE_POINTS, columns=own_data.XY),
)  # fmt: skip

FIT_COLOUR, TRUE_COLOUR, YOU_COLOUR = "#2e86ab", "#e4572e", "#e4572e"


def data_layers(X, y, true_line, fit_line=None, fit_label=None) -> dict[str, pd.DataFrame]:
    """The data (first 2,000 points), the true line (none for the learner's data) and, when given, a fitted one."""
    layers = {"points": pd.DataFrame({"x": X[:2000, 0].tolist(), "y": y[:2000].tolist()})}
    if true_line is not None:
        layers["true"] = _line_rows(*true_line, t("lin.legend.true"))
    if fit_line is not None:
        layers["fit"] = _line_rows(*fit_line, fit_label or t("lin.legend.fit"))
    return layers


def data_template(height=260, points: charts.Data = "points", true=None, fit=None):
    """The data chart over named datasets (`data_layers` names them); the own-data chart takes clicks over it."""
    xt, yt = t("lin.axis.x1"), t("lin.axis.y")
    dot = {"size": 28, "opacity": 0.5} if true is not None else {"size": 70, "opacity": 0.85}  # own: few, big
    layers = (
        alt.Chart(charts.source(points))
        .mark_circle(**dot)
        .encode(
            x=alt.X("x:Q", title=xt),
            y=alt.Y("y:Q", title=yt),
            tooltip=[alt.Tooltip("x:Q", title=xt, format=".3f"), alt.Tooltip("y:Q", title=yt, format=".3f")],
        )
    )
    if true is not None:
        layers += _line(true, TRUE_COLOUR)
    if fit is not None:
        layers += _line(fit, FIT_COLOUR, dash=True)
    return layers.properties(height=height)


def data_chart(X, y, true_line, fit_line=None, height=260, fit_label=None) -> dict:
    layers = data_layers(X, y, true_line, fit_line, fit_label)
    return charts.spec(data_template, *data_shape(layers, height), **layers)


def data_shape(layers: dict, height=260) -> tuple:
    """`data_template`'s arguments for these layers: its height and the names of the layers drawn."""
    return (height, *charts.named(layers, "points", "true", "fit"))


def least_squares_line(land: linear.Landscape) -> tuple[float, float]:
    """(w₁, b) of the least-squares fit, the line a learner's points pull on."""
    return land.theta_star[0], land.theta_star[-1]


def _line_rows(xs, ys, label) -> pd.DataFrame:
    return pd.DataFrame({"x": xs, "y": ys, "line": label})


def _line(rows: charts.Data, colour, dash=False):
    mark = alt.Chart(charts.source(rows)).mark_line(color=colour, strokeDash=[6, 3] if dash else [1, 0])
    return mark.encode(x="x:Q", y="y:Q", tooltip=[alt.Tooltip("line:N", title=" ")])


def landscape_contour(land: linear.Landscape, height=360) -> dict:
    """The MSE over (w₁, b) with the least-squares point: the data a contour chart of the landscape draws."""
    cells, w_domain, b_domain = charts.contour_cells(land.grid_w, land.grid_b, land.mse)
    least = charts.point(land.theta_star[0], land.theta_star[-1], t("lin.least_squares"))
    return {"cells": cells, "least": least, "height": height, "domains": charts.contour_domains(w_domain, b_domain)}


def _contour_template(height):
    surface = charts.contour("cells", x_title="w₁", y_title="b", z_title="MSE", height=height)
    return surface + charts.marker("least")


def _sweep_template():
    line = charts.lines("sweep", "w", "mse", x_title="w₁", y_title="MSE", points=True)
    return line + charts.marker("you", color=YOU_COLOUR, shape="circle")


def sweep_chart(ws, mses, w, mse_here) -> dict:
    sweep = {"w": ws, "mse": mses}
    return charts.spec(_sweep_template, sweep=sweep, you=charts.point(w, mse_here, t("lin.you")))


def _you_on_contour_template(height):
    you = charts.marker("you", color=YOU_COLOUR, shape="circle", size=120)
    return _contour_template(height) + you


def you_on_contour(contour: dict, w, b) -> dict:
    you = charts.point(w, b, t("lin.you"))
    layers = {"cells": contour["cells"], "least": contour["least"], "you": you}
    return charts.spec(_you_on_contour_template, contour["height"], params=contour["domains"], **layers)


def loss_chart(history) -> dict:
    return charts.spec(_loss_template, losses=[{"step": r["step"], "loss": r["loss"]} for r in history.rows])


def _loss_template():
    return charts.lines("losses", "step", "loss", x_title=t("epoch"), y_title=t("lin.loss"), points=True, log_y=True)


def _path_on_contour_template(height):
    path = charts.path("path", "w", "b", order=t("lin.update"))
    return (_contour_template(height) + path).interactive()


def sgd_path_chart(contour: dict, land: linear.Landscape, path, max_points=400) -> dict:
    """The SGD path over the contour; points far outside the window are left out so the window holds."""
    (w_lo, w_hi), (b_lo, b_hi) = land.w_range, land.b_range
    stride = max(1, len(path) // max_points)
    rows = [{"step": k, "w": p[0], "b": p[-1]} for k, p in enumerate(path)][::stride]
    rows = [r for r in rows if w_lo - 5 <= r["w"] <= w_hi + 5 and b_lo - 5 <= r["b"] <= b_hi + 5]
    df = pd.DataFrame(rows, columns=["step", "w", "b"]).rename(columns={"step": t("lin.update")})
    layers = {"cells": contour["cells"], "least": contour["least"], "path": df}
    return charts.spec(_path_on_contour_template, contour["height"], params=contour["domains"], **layers)


def lr_chart(runs: dict) -> dict:
    rows = [
        {"epoch": row["step"], "loss": row["loss"], "lr": f"{lr:g}"}
        for lr, res in runs.items()
        for row in res.history.rows
    ]
    return charts.spec(_lr_template, losses=pd.DataFrame(rows, columns=["epoch", "loss", "lr"]))


def _lr_template():
    return charts.lines(
        "losses",
        "epoch",
        "loss",
        color="lr",
        x_title=t("epoch"),
        y_title=t("lin.loss"),
        color_title=t("lin.lr_legend"),
        points=True,
        log_y=True,
    )


def vector(values) -> str:
    return "[" + ", ".join(f"{tidy(v):.4f}" for v in values) + "]"


def tidy(value: float) -> float:
    """A value as the page prints it to 4 decimals, without the "-0.0000" of a tiny negative."""
    return round(value, 4) + 0.0


def notebook_cells(v) -> list[Cell]:
    return [
        Md(("lin.data",)),
        Code("""
from core import linear, own_data
import altair as alt
import pandas as pd

if ds == "synthetic":
    X, y = linear.synthetic_data([tw1, tw2], tb, n, noise, seed)
elif ds == "own":  # your points, as on the page
    X, y = own_data.tensors(pts)
else:  # the course's three points, without or with a bias in the data
    X, y = linear.course_data(with_bias=ds == "course_bias")
print(X.shape, y.shape)"""),
        Md(("lin.landscape",)),
        Code("""
land = linear.landscape(X, y, around_fit=ds in ("synthetic", "own"))
theta_here = [w, *land.theta_star[1:-1], b]
ws, mses = linear.sweep(X, y, theta_here, *land.w_range)
print(f"MSE at w = {w}, b = {b}: {linear.sweep(X, y, theta_here, w, w)[1][0]:.4f}")
alt.Chart(pd.DataFrame({"w": ws, "mse": mses})).mark_line().encode(x="w", y="mse")"""),
        Md(("lin.train",)),
        Code("""
linear.check_training(X, lr, epochs, batch)
scratch, concise = linear.train_both(X, y, lr, epochs, batch, seed)
print("from scratch:", scratch.parameters(), " diverged at", scratch.diverged_at)
print("nn.Linear + torch.optim.SGD:", concise.parameters())
print("largest difference between the two:", linear.agreement(scratch, concise))
pd.DataFrame({"epoch": [r["step"] for r in scratch.history.rows],
              "scratch_loss": scratch.history.losses, "concise_loss": concise.history.losses})"""),
        Md(("lin.closed",)),
        Code('print("least squares [w..., b]:", land.theta_star)'),
        Md(("lin.lrs", "lin.lrs_note")),
        Code("""
runs = linear.lr_comparison(X, y, sorted({0.01, 0.02, 0.03, 0.04, own_lr}), epochs, batch, seed)
curves = pd.DataFrame([{"lr": str(lr_), "epoch": row["step"], "loss": row["loss"]}
                       for lr_, run in runs.items() for row in run.history.rows])
alt.Chart(curves).mark_line(point=True).encode(x="epoch", y=alt.Y("loss", scale=alt.Scale(type="log")), color="lr")"""),
    ]


NOTEBOOK = Notebook("lin.title", "lin.intro", "linear-fit", notebook_cells)

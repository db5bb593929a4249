"""Gradient descent: declared settings, the stepper's and the race's charts, the backward() graph."""

import altair as alt
import numpy as np
import pandas as pd

from core import descent, optimizers
from ui import charts
from ui.i18n import t
from ui.notebook import Cell, Code, Md, Notebook
from ui.settings import Choice, Flag, Many, Number, page

PLAY_INTERVAL_S = 0.4
PARAM_BOUNDS = {"lr": (0.0001, 100.0, 0.001), "momentum": (0.0, 0.9999, 0.01), "alpha": (0.0, 0.9999, 0.01),
                "beta1": (0.0, 0.9999, 0.01), "beta2": (0.0, 0.9999, 0.001)}  # fmt: skip
PARAM_LABELS = {"lr": "gd.p.lr", "momentum": "gd.p.momentum", "alpha": "gd.p.alpha", "beta1": "gd.p.beta1",
                "beta2": "gd.p.beta2"}  # fmt: skip
SURFACE_LABELS = {"bowl": "gd.s.bowl", "rosenbrock": "gd.s.rosenbrock", "saddle": "gd.s.saddle",
                  "himmelblau": "gd.s.himmelblau"}  # fmt: skip


def start_keys(surface):
    return f"gd_x0_{surface}", f"gd_y0_{surface}"


def param_key(surface, name, param):
    return f"gd_{surface}_{name}_{param}"


def _per_surface():
    """Start point and every optimizer's settings, declared once per surface (their defaults differ)."""
    for surface, (_, _, start, _) in optimizers.SURFACES.items():
        kx, ky = start_keys(surface)
        yield Number(key=kx, label="gd.start_x", default=start[0], lo=-10.0, hi=10.0, step=0.1)
        yield Number(key=ky, label="gd.start_y", default=start[1], lo=-10.0, hi=10.0, step=0.1)
        for name, params in optimizers.defaults_for(surface).items():
            for param, value in params.items():
                lo, hi, step = PARAM_BOUNDS[param]
                yield Number(
                    key=param_key(surface, name, param),
                    label=PARAM_LABELS[param],
                    default=value,
                    lo=lo,
                    hi=hi,
                    step=step,
                    fmt="%.4f",
                )


SETTINGS = page(
    Number(key="gd_w0", label="gd.w0", default=1.0, lo=-100.0, hi=100.0, step=0.1),
    Number(key="gd_lr", label="gd.lr", default=0.05, lo=0.0001, hi=10.0, step=0.01, fmt="%.4f"),
    Flag(key="gd_bias", label="gd.bias", default=False),
    Number(key="gd_n", label="gd.n", default=10, lo=1, hi=descent.MAX_STEPS, step=1, integer=True),
    Number(key="gd_sgd_lr", label="gd.sgd_lr", default=0.01, lo=0.001, hi=0.05, step=0.001, slider=True, fmt="%.3f"),
    Choice(key="gd_surface", label="gd.surface", default="bowl", options=tuple(optimizers.SURFACES),
           labels=SURFACE_LABELS),
    Number(key="gd_kappa", label="gd.condition", default=10.0, lo=1.0, hi=100.0, step=1.0, slider=True),
    Number(key="gd_eps", label="gd.perturb", default=0.0, lo=-1.0, hi=1.0, step=0.001, fmt="%.4f"),
    Number(key="gd_steps", label="gd.steps", default=200, lo=10, hi=optimizers.MAX_STEPS, step=10, integer=True,
           slider=True),
    Many(key="gd_opts", label="gd.optimizers", default=tuple(optimizers.DEFAULTS), options=tuple(optimizers.DEFAULTS)),
    *_per_surface(),
)  # fmt: skip


# ---------------------------------------------------------------- stepper


def stepper_chart(stepper: descent.Stepper) -> dict:
    """cost(w) at the current b, the tangent at w, the trail of earlier steps and the point now."""
    w, b = stepper.w, stepper.b
    trail = [(row["new_w"], row["cost"]) for row in stepper.table()][-60:]
    seen = [p[0] for p in trail] + [w, 2.0, stepper.w0]
    lo, hi = min(seen) - 0.5, max(seen) + 0.5
    ws = np.linspace(lo, hi, 200).tolist()
    curve = {"w": ws, "cost": [descent.cost(v, b) for v in ws]}
    slope, c0 = descent.gradient(w, b)[0], descent.cost(w, b)
    span = (hi - lo) / 6
    tangent = {"w": [w - span, w + span], "cost": [c0 - slope * span, c0 + slope * span]}
    layers = {"curve": curve, "tangent": tangent, "now": charts.point(w, c0, t("gd.now"))}
    if trail:
        layers["trail"] = [{"step": k + 1, "w": p[0], "cost": p[1]} for k, p in enumerate(trail)]
    return charts.spec(_stepper_template, *charts.named(layers, "trail"), **layers)


def _stepper_template(trail: str | None):
    chart = charts.lines("curve", "w", "cost", x_title="w", y_title=t("gd.axis.cost"), height=300)
    chart += alt.Chart(alt.NamedData("tangent")).mark_line(strokeDash=[6, 4], color="gray").encode(x="w:Q", y="cost:Q")
    if trail is not None:
        chart += charts.path(trail, "w", "cost").mark_line(point=alt.OverlayMarkDef(filled=False, size=60), opacity=0.6)
    return chart + charts.marker("now", color="#e4572e", shape="circle", size=180)


def formula(step: descent.Step, with_bias: bool) -> str:
    text = f"w ← w − α·grad = {step.w:.4g} − {step.lr:g} × ({step.grad_w:.4g}) = {step.new_w:.4g}"
    if with_bias:
        text += f"\nb ← b − α·grad_b = {step.b:.4g} − {step.lr:g} × ({step.grad_b:.4g}) = {step.new_b:.4g}"
    return text.replace("-", "−")  # one minus sign throughout: U+2212, as in the operators


def steps_table(stepper: descent.Stepper, last=200) -> pd.DataFrame:
    rows = stepper.table()[-last:]
    columns = {
        "k": t("gd.col.step"),
        "w": "w",
        "grad_w": t("gd.col.grad_w"),
        "lr": "α",
        "new_w": t("gd.col.new_w"),
        "cost": t("gd.col.cost"),
    }
    if stepper.with_bias:
        columns.update({"b": "b", "grad_b": t("gd.col.grad_b"), "new_b": t("gd.col.new_b")})
    return pd.DataFrame(rows, columns=list(columns)).rename(columns=columns).set_index(t("gd.col.step"))


def gd_vs_sgd_chart(rows) -> dict:
    return charts.spec(_gd_vs_sgd_template, costs=[r for r in rows if r["cost"] > 0])


def _gd_vs_sgd_template():
    return charts.lines(
        "costs",
        "update",
        "cost",
        color="method",
        log_y=True,
        x_title=t("gd.axis.samples"),
        y_title=t("gd.axis.cost"),
        color_title=t("gd.axis.method"),
    )


# ---------------------------------------------------------------- optimizer race


def surface_cells(surface, kappa):
    """The surface's contour cells on a 60 x 60 grid, with their domains."""
    xs, ys, grid = optimizers.surface_grid(surface, kappa, n=60)
    return charts.contour_cells(xs.tolist(), ys.tolist(), grid.tolist())


def race_layers(surface, kappa, start, results, cells):
    """Contour, every trajectory inside the plot box, minima, divergence marks, the start; and the f chart.

    `cells` is the surface's `charts.contour_cells`. Returns (contour chart, loss chart,
    [(name, diverged_at)], [(name, step it left the box)]); the charts are Vega-Lite specs.
    """
    bx0, bx1, by0, by1 = optimizers.SURFACES[surface][1]
    paths, losses, cuts, diverged, left = [], [], [], [], []
    for name, (path, diverged_at) in results.items():
        exit_k = next((k for k, (x, y, _) in enumerate(path) if not (bx0 <= x <= bx1 and by0 <= y <= by1)), None)
        shown = path[: exit_k + 1] if exit_k is not None else path
        paths += [{"step": k, "x": x, "y": y, "optimizer": name} for k, (x, y, _) in enumerate(shown)]
        losses += [{"step": k, "f": f, "optimizer": name} for k, (_, _, f) in enumerate(path)]
        if diverged_at:
            diverged.append((name, diverged_at))
            x, y, _ = shown[-1]  # clamped into the box so the mark stays visible
            cuts.append(
                {"x": min(max(x, bx0), bx1), "y": min(max(y, by0), by1), "optimizer": name, "step": diverged_at}
            )
        elif exit_k is not None:
            left.append((name, exit_k))
    table, x_domain, y_domain = cells
    minima = optimizers.SURFACES[surface][3]
    layers = {"cells": table, "start": charts.point(start[0], start[1], t("gd.start"))}
    if paths:
        layers["paths"] = paths
    if minima:
        layers["minima"] = {"x": [x for x, _ in minima], "y": [y for _, y in minima]}
    if cuts:
        layers["cuts"] = cuts
    shape = charts.named(layers, "paths", "minima", "cuts")
    contour = charts.spec(_race_template, *shape, params=charts.contour_domains(x_domain, y_domain), **layers)
    loss_chart = charts.spec(_race_loss_template, losses=pd.DataFrame(losses, columns=["step", "f", "optimizer"]))
    return contour, loss_chart, diverged, left


def _race_template(paths: str | None, minima: str | None, cuts: str | None):
    opt_t = t("gd.axis.optimizer")
    pick = alt.selection_point(name="pick", on="click", fields=["x", "y"])  # a click sets the start point
    surface = charts.contour("cells", x_title="x", y_title="y", z_title="f(x, y)", height=420)
    layers = surface.add_params(pick)
    if paths is not None:
        layers += charts.path(paths, "x", "y", color="optimizer", color_title=opt_t)
    if minima is not None:
        crosses = alt.Chart(alt.NamedData(minima)).mark_point(shape="cross", size=150, color="white", strokeWidth=3)
        layers += crosses.encode(x="x:Q", y="y:Q")
    if cuts is not None:
        cut_tooltip = [
            alt.Tooltip("optimizer:N", title=opt_t),
            alt.Tooltip("step:Q", title=t("gd.axis.diverged_at")),
        ]
        cuts = alt.Chart(alt.NamedData("cuts")).mark_point(
            shape="cross", size=260, color="red", strokeWidth=4, angle=45
        )
        layers += cuts.encode(x="x:Q", y="y:Q", tooltip=cut_tooltip)
    return layers + charts.marker("start", color="#ffffff", shape="circle", size=120)


def _race_loss_template():
    opt_t, step_t = t("gd.axis.optimizer"), t("gd.col.step")
    return (
        alt.Chart(alt.NamedData("losses"))
        .mark_line()
        .encode(
            x=alt.X("step:Q", title=step_t),
            y=alt.Y("f:Q", title="f(x, y)", scale=alt.Scale(type="symlog"), axis=alt.Axis(format=".3~g")),
            color=alt.Color("optimizer:N", title=opt_t, scale=alt.Scale(scheme="set1")),
            tooltip=[
                alt.Tooltip("optimizer:N", title=opt_t),
                alt.Tooltip("step:Q", title=step_t),
                alt.Tooltip("f:Q", format=".4g"),
            ],
        )
        .properties(height=420)
    )


def scratch_table(rows) -> pd.DataFrame:
    columns = {
        "step": t("gd.col.step"),
        "scratch x": t("gd.col.scratch_x"),
        "scratch y": t("gd.col.scratch_y"),
        "torch.optim x": "torch.optim x",
        "torch.optim y": "torch.optim y",
        "max |difference|": t("gd.col.max_diff"),
    }
    df = pd.DataFrame(rows, columns=list(columns))
    df["max |difference|"] = df["max |difference|"].map(lambda v: f"{v:.1e}")  # ~1e-16: fits its column
    return df.rename(columns=columns).set_index(t("gd.col.step"))


# ---------------------------------------------------------------- backward()


def graph_dot(w) -> str:
    """Graphviz DOT of cost's graph: forward values on nodes (black), gradients on back edges (red)."""
    g = descent.graph_values(w)

    def fmt(v):
        return "[" + ", ".join(f"{e:.2f}" for e in v) + "]" if isinstance(v, list) else f"{v:.3f}"

    value, grad = t("gd.node.value"), t("gd.node.grad")
    nodes = [("w", "w"), ("mul", "x·w"), ("sub", "− y"), ("sq", "square"), ("mean", "mean")]
    names = {"w": "w", "x·w": "x·w", "− y": "− y", "square": t("gd.node.square"), "mean": t("gd.node.mean")}
    lines = [
        "digraph G {",
        "rankdir=LR; node [shape=box, style=rounded, fontname=Helvetica];",
        f'x [label="x\\n{fmt(list(descent.X_DATA))}", shape=plaintext];',
        f'y [label="y\\n{fmt(list(descent.Y_DATA))}", shape=plaintext];',
    ]
    for node, key in nodes:
        v, gr = g[key]
        lines.append(f'{node} [label="{names[key]}\\n{value} {fmt(v)}\\n{grad} {fmt(gr)}"];')
    lines += ["x -> mul; y -> sub;"]
    for (a, _), (b, _) in zip(nodes, nodes[1:], strict=False):
        lines.append(f"{a} -> {b};")
        lines.append(f'{b} -> {a} [color="#e4572e", fontcolor="#e4572e", style=dashed, constraint=false, label="∂"];')
    lines.append("}")
    return "\n".join(lines)


def accumulation_table(grads) -> pd.DataFrame:
    return pd.DataFrame({t("gd.call"): range(1, len(grads) + 1), "w.grad": grads})


def notebook_variables(v) -> dict:
    """Only the chosen surface's start and optimizer settings, gathered as the race takes them."""
    surface = v["surface"]
    kx, ky = (key.removeprefix("gd_") for key in start_keys(surface))
    chosen = {
        name: {param: v[param_key(surface, name, param).removeprefix("gd_")] for param in params}
        for name, params in optimizers.defaults_for(surface).items()
        if name in v["opts"]
    }
    keep = ("w0", "lr", "bias", "n", "sgd_lr", "surface", "kappa", "eps", "steps", "seed")
    return {**{key: v[key] for key in keep}, "start": [v[kx], v[ky] + v["eps"]], "optimizer_settings": chosen}


def notebook_cells(v) -> list[Cell]:
    return [
        Md(("gd.stepper",)),
        Code("""
from core import descent, optimizers
import altair as alt
import pandas as pd

stepper = descent.Stepper(w0, bias)
stepper.advance(lr, n)
print(f"after {len(stepper.history.rows)} steps: w = {stepper.w:.4f}, b = {stepper.b:.4f}, "
      f"diverged: {stepper.diverged}, regime: {descent.regime(lr, bias)}")
pd.DataFrame(stepper.table())"""),
        Md(("gd.sgd", "gd.sgd_note")),
        Code("""
alt.Chart(pd.DataFrame(descent.gd_vs_sgd(1.0, sgd_lr, 30))).mark_line().encode(
    x="update", y=alt.Y("cost", scale=alt.Scale(type="log")), color="method")"""),
        Md(("gd.surfaces",)),
        Code("""
race = optimizers.race(surface, start, optimizer_settings, steps, kappa)
for name, (path, diverged_at) in race.items():
    x, y, f = path[-1]
    print(f"{name:9s} after {len(path) - 1} steps: ({x:.4f}, {y:.4f}), f = {f:.4g}, diverged at {diverged_at}")
paths = pd.DataFrame([{"optimizer": name, "step": k, "x": x, "y": y}
                      for name, (path, _) in race.items() for k, (x, y, _) in enumerate(path)])
alt.Chart(paths).mark_line(point=True).encode(x="x", y="y", order="step", color="optimizer")"""),
    ]


NOTEBOOK = Notebook("gd.title", "gd.intro", "gradient-descent", notebook_cells, notebook_variables)

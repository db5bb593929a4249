"""RNN hello→ohlol: declared settings, the loss and heatmap charts, the unrolled diagram, the seed study."""

import altair as alt
import pandas as pd

from core import rnn
from ui import charts
from ui.i18n import t
from ui.notebook import Cell, Code, Md, Notebook
from ui.settings import Choice, Number, Text, page

SETTINGS = page(
    Choice(key="rnn_version", label="rnn.version", default="cell", options=rnn.VERSIONS, radio=True,
           labels={"cell": "rnn.v.cell", "rnn": "rnn.v.rnn", "embedding": "rnn.v.embedding"}),
    Text(key="rnn_source", label="rnn.source", default="hello", max_chars=rnn.MAX_LEN + 8),
    Text(key="rnn_target", label="rnn.target", default="ohlol", max_chars=rnn.MAX_LEN + 8),
    Number(key="rnn_epochs", label="rnn.epochs", default=15, lo=1, hi=rnn.MAX_EPOCHS, step=1, integer=True),
    Number(key="rnn_lr", label="rnn.lr", default=0.1, lo=0.001, hi=10.0, step=0.01, fmt="%.3f"),
    Number(key="rnn_epoch_view", label="rnn.epoch_slider", default=rnn.MAX_EPOCHS, lo=1, hi=rnn.MAX_EPOCHS, step=1,
           integer=True, slider=True),
)  # fmt: skip


def loss_chart(run: rnn.RNNRun) -> dict:
    epochs = [r["step"] for r in run.history.rows]
    layers = {"losses": {"epoch": epochs, "loss": run.losses, "predicted": run.predicted}}
    if run.first_correct:
        layers["first"] = {"epoch": [run.first_correct]}
    return charts.spec(_loss_template, *charts.named(layers, "first"), **layers)


def _loss_template(first: str | None):
    epoch_t, pred_t = t("epoch"), t("rnn.predicted")
    chart = charts.lines("losses", "epoch", "loss", x_title=epoch_t, y_title=t("metric.loss"), points=True, log_y=True)
    chart = chart.encode(
        tooltip=[
            alt.Tooltip("epoch:Q", title=epoch_t),
            alt.Tooltip("loss:Q", format=".4f"),
            alt.Tooltip("predicted:N", title=pred_t),
        ]
    )
    if first is not None:
        rule = alt.Chart(alt.NamedData(first)).mark_rule(strokeDash=[5, 4], color="green")
        chart += rule.encode(x="epoch:Q")
    return chart


def _steps(run):
    return [f"{i}:{a}→{b}" for i, (a, b) in enumerate(zip(run.source, run.target, strict=True))]


def hidden_heatmap(run: rnn.RNNRun, epoch: int):
    hidden = run.hidden[epoch - 1]
    units = list(range(len(hidden[0])))
    return _per_step(run, hidden, "unit", units, "h", t("rnn.axis.unit"), "redblue")


def probs_heatmap(run: rnn.RNNRun, epoch: int):
    return _per_step(run, run.probs[epoch - 1], "char", run.vocab, "p", t("rnn.axis.char"), "greens")


def _per_step(run: rnn.RNNRun, matrix, row: str, row_names, value: str, y_title: str, scheme: str) -> dict:
    """One value per time step and row (a hidden unit, a character) as a heatmap over the steps."""
    steps = _steps(run)
    cells = [
        {"step": steps[i], row: row_names[j], value: v} for i, values in enumerate(matrix) for j, v in enumerate(values)
    ]
    return charts.spec(_per_step_template, row, value, y_title, scheme, cells=cells)


def _per_step_template(row: str, value: str, y_title: str, scheme: str):
    time_title = t("rnn.axis.time")
    return charts.heatmap(
        "cells", "step", row, value, x_title=time_title, y_title=y_title, value_title=value, scheme=scheme, height=220
    )


def shapes_table(shapes) -> pd.DataFrame:
    return pd.DataFrame([{t("rnn.col.tensor"): name, t("rnn.col.shape"): str(tuple(shape))} for name, shape in shapes])


def unrolled_dot(version, source, predicted=None):
    """Graphviz DOT of the RNN unrolled over time, arrows labelled with this run's tensor shapes."""
    vocab = rnn.build_vocab(source, source if predicted is None else predicted)
    v, n = len(vocab), len(source)
    hidden = {"cell": v, "rnn": v, "embedding": 8}[version]
    x_shape = {"cell": f"(1, {v})", "rnn": f"(1, {v})", "embedding": t("rnn.dot.after_embedding")}[version]
    cell = {"cell": "RNNCell", "rnn": t("rnn.dot.rnn_layer"), "embedding": t("rnn.dot.rnn_stack")}[version]
    logits = t("rnn.dot.logits", v=v)
    lines = [
        "digraph G {",
        "rankdir=LR; node [shape=box, style=rounded, fontname=Helvetica];",
        f'h0 [label="h_0\\n{t("rnn.dot.zeros")}", shape=ellipse];',
    ]
    for k, ch in enumerate(source):
        out = predicted[k] if predicted else "?"
        lines += [
            f"x{k} [label=\"x_{k}\\n'{_quote(ch)}'\", shape=plaintext];",
            f'c{k} [label="{cell}\\nt={k}"];',
            f"o{k} [label=\"'{_quote(out)}'\", shape=plaintext];",
            f'x{k} -> c{k} [label="{x_shape}"];',
            f'c{k} -> o{k} [label="{logits}"];',
            f'{"h0" if k == 0 else f"c{k - 1}"} -> c{k} [label="h (1, {hidden})", color="#e4572e"];',
        ]
    lines.append(f"{{rank=same; {'; '.join(f'c{k}' for k in range(n))}}}")
    lines.append("}")
    return "\n".join(lines)


def _quote(ch: str) -> str:
    """A character as a DOT label may hold it."""
    return ch.replace("\\", "\\\\").replace('"', '\\"')


def seeds_chart(rows):
    seed_t, first_t, stable_t = t("rnn.seed_axis"), t("rnn.first_axis"), t("rnn.seeds_stable")
    df = pd.DataFrame(rows)
    df["first_correct"] = df["first_correct"].fillna(101)
    df["stable"] = df["stable_by"].map({True: t("rnn.yes"), False: t("rnn.no")})
    bars = (
        alt.Chart(df)
        .mark_bar()
        .encode(
            x=alt.X("seed:O", title=seed_t),
            y=alt.Y("first_correct:Q", title=first_t, scale=alt.Scale(domain=[0, 101])),
            color=alt.Color("stable:N", title=stable_t),
            tooltip=[
                alt.Tooltip("seed:O", title=seed_t),
                alt.Tooltip("first_correct:Q", title=first_t),
                alt.Tooltip("stable:N", title=stable_t),
            ],
        )
        .properties(height=240)
    )
    return bars + alt.Chart(pd.DataFrame({"y": [15]})).mark_rule(strokeDash=[4, 4]).encode(y="y:Q")


def seeds_summary(rows):
    """(median first-correct epoch or None, stable count, never count, number of seeds)."""
    firsts = sorted(r["first_correct"] for r in rows if r["first_correct"] is not None)
    median = None
    if firsts:
        mid = len(firsts) // 2
        median = firsts[mid] if len(firsts) % 2 else (firsts[mid - 1] + firsts[mid]) / 2
    return median, sum(r["stable_by"] for r in rows), sum(r["first_correct"] is None for r in rows), len(rows)


def notebook_variables(v) -> dict:
    return {key: value for key, value in v.items() if key != "epoch_view"}


def notebook_cells(v) -> list[Cell]:
    return [
        Md(("rnn.printout",)),
        Code("""
from core import rnn

run = rnn.train(version, source, target, epochs, lr, rnn.PINNED_SEEDS[version] + seed)
print("\\n".join(run.printout()))
print("first epoch predicting", repr(target), ":", run.first_correct)"""),
        Md(("rnn.unrolled",)),
        Code("rnn.stage_shapes(version, run.source, run.target)"),
    ]


NOTEBOOK = Notebook("rnn.title", "rnn.intro", "rnn", notebook_cells, notebook_variables)

"""Diabetes MLP: declared settings, feature names in both languages, charts and the network diagram."""

import altair as alt
import pandas as pd

from core import diabetes
from ui import charts
from ui.i18n import t
from ui.notebook import Cell, Code, Md, Notebook
from ui.settings import Choice, Flag, Number, Text, page

FEATURE_LABELS = {f: f"dm.f.{f}" for f in diabetes.FEATURES}  # display names of the CSV's columns
OPTIMIZER_LABELS = {"sgd": "dm.opt.sgd", "momentum": "dm.opt.momentum", "adam": "dm.opt.adam"}

SETTINGS = page(
    Choice(key="dm_feature", label="dm.feature", default="Glucose", options=tuple(diabetes.FEATURES),
           labels=FEATURE_LABELS),
    Flag(key="dm_impute", label="dm.impute", default=False, help="dm.impute_help"),
    Text(key="dm_hidden", label="dm.hidden", default="6, 4", max_chars=40),
    Choice(key="dm_act", label="dm.activation", default="sigmoid", options=tuple(diabetes.ACTIVATIONS)),
    Choice(key="dm_opt", label="dm.optimizer", default="sgd", options=tuple(OPTIMIZER_LABELS),
           labels=OPTIMIZER_LABELS),
    Number(key="dm_lr", label="dm.lr", default=0.1, lo=0.0001, hi=10.0, step=0.01, fmt="%.4f"),
    Number(key="dm_batch", label="dm.batch", default=32, lo=0, hi=10_000, step=16, integer=True),
    Number(key="dm_epochs", label="dm.epochs", default=100, lo=1, hi=diabetes.MAX_EPOCHS, step=50, integer=True),
    Choice(key="dm_source", label="dm.source", default="row", options=("row", "form"), radio=True,
           labels={"row": "dm.src.row", "form": "dm.src.form"}),
    Number(key="dm_row", label="dm.row", default=0, lo=0, hi=10_000, step=1, integer=True),
    *(Number(key=f"dm_form_{f}", label=FEATURE_LABELS[f], default=float(lo), lo=float(lo), hi=float(hi), step=1.0)
      for f, (_, lo, hi) in diabetes.UNITS.items()),
)  # fmt: skip


def feature_name(feature: str) -> str:
    return t(FEATURE_LABELS[feature])


def feature_with_unit(feature: str) -> str:
    return f"{feature_name(feature)} ({t(f'dm.u.{feature}')})"


def display_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The CSV with its columns named in the learner's language."""
    return df.rename(columns={**{f: feature_name(f) for f in diabetes.FEATURES}, diabetes.TARGET: t("dm.outcome")})


def histogram(df: pd.DataFrame, feature: str):
    outcome_t, count_t = t("dm.outcome"), t("dm.patients")
    data = pd.DataFrame({"value": df[feature], "outcome": df[diabetes.TARGET].astype(int).astype(str)})
    return (
        alt.Chart(data)
        .mark_bar(opacity=0.6)
        .encode(
            x=alt.X("value:Q", bin=alt.Bin(maxbins=40), title=feature_with_unit(feature)),
            y=alt.Y("count():Q", stack=None, title=count_t),
            color=alt.Color("outcome:N", title=outcome_t, scale=alt.Scale(range=["#2e86ab", "#e4572e"])),
            tooltip=[alt.Tooltip("outcome:N", title=outcome_t), alt.Tooltip("count():Q", title=count_t)],
        )
        .properties(height=220, title=t("dm.hist", feature=feature_name(feature)))
    )


def missing_counts(df: pd.DataFrame) -> str:
    return ", ".join(f"{feature_name(c)} {int((df[c] == 0).sum())}" for c in diabetes.ZERO_MEANS_MISSING)


def history_chart(history):
    return charts.history(history.rows, x_title=t("epoch"))


def confusion_table(cm) -> pd.DataFrame:
    return pd.DataFrame(
        [[cm["tn"], cm["fp"]], [cm["fn"], cm["tp"]]],
        index=[t("dm.truth0"), t("dm.truth1")],
        columns=[t("dm.pred0"), t("dm.pred1")],
    )


def roc_chart(fpr, tpr):
    df = pd.DataFrame({"fpr": fpr, "tpr": tpr})
    diagonal = alt.Chart(pd.DataFrame({"x": [0, 1], "y": [0, 1]})).mark_line(strokeDash=[4, 4], color="gray")
    return charts.lines(df, "fpr", "tpr", x_title=t("dm.fpr"), y_title=t("dm.tpr"), height=240) + diagonal.encode(
        x="x:Q", y="y:Q"
    )


def upload_table(uploaded: pd.DataFrame, probs) -> pd.DataFrame:
    return display_frame(uploaded.assign(probability=probs)).rename(columns={"probability": t("dm.prob")})


def history_csv(history) -> str:
    return pd.DataFrame(history.rows).rename(columns={"step": "epoch", "loss": "train_loss"}).to_csv(index=False)


def network_dot(activations) -> str:
    """Graphviz DOT of the network, each neuron filled by its activation (blue negative, red positive)."""
    lines = [
        "digraph G {",
        "rankdir=LR; splines=false; nodesep=0.08; ranksep=1.1;",
        "node [shape=circle, style=filled, fixedsize=true, width=0.42, fontsize=8, fontname=Helvetica];",
    ]
    names = [[f"l{i}n{j}" for j in range(len(layer))] for i, layer in enumerate(activations)]
    last = len(activations) - 1
    for i, layer in enumerate(activations):
        for j, value in enumerate(layer):
            label = feature_name(diabetes.FEATURES[j])[:7] if i == 0 else ("p" if i == last else "")
            lines.append(
                f'{names[i][j]} [fillcolor="{_colour(value, i == last)}", '
                f'label="{label}\\n{value:.2f}", tooltip="{value:.4f}"];'
            )
    for left, right in zip(names, names[1:], strict=False):
        lines += [f'{a} -> {b} [arrowsize=0.3, color="#00000022"];' for a in left for b in right]
    lines.append("}")
    return "\n".join(lines)


def _colour(value: float, probability: bool) -> str:
    v = (value - 0.5) * 2 if probability else value
    v = max(-1.0, min(1.0, v))
    r, g, b = (255, int(255 * (1 - v)), int(255 * (1 - v))) if v >= 0 else (int(255 * (1 + v)), int(255 * (1 + v)), 255)
    return f"#{r:02x}{g:02x}{b:02x}"


def notebook_variables(v) -> dict:
    """The form's eight values as one dict, as `activations_for` takes them."""
    form = {key.removeprefix("form_"): value for key, value in v.items() if key.startswith("form_")}
    return {**{key: value for key, value in v.items() if not key.startswith("form_")}, "form": form}


def notebook_cells(v) -> list[Cell]:
    return [
        Md(("dm.data",)),
        Code("""
from core import diabetes
import altair as alt
import pandas as pd

df = diabetes.load_frame()  # from PLAYGROUND_DATA_DIR (see the setup cell)
split = diabetes.prepare(df, seed=seed, impute=impute)
print(f"{len(df)} rows; {len(split.x_train)} to train on, {len(split.x_test)} held out")
df.head()"""),
        Md(("dm.model",)),
        Code("""
model = diabetes.build_model(diabetes.parse_hidden(hidden), act, seed)
history = diabetes.train(model, split, opt, lr, batch, epochs, seed)
print(model)
print("last epoch:", history.last, " diverged at", history.diverged_at)
curves = pd.DataFrame(history.rows).melt("step", ["train_acc", "test_acc"], var_name="set", value_name="accuracy")
alt.Chart(curves).mark_line().encode(x="step", y="accuracy", color="set")"""),
        Md(("dm.results",)),
        Code("""
report = diabetes.test_report(model, split)
print(f"ROC AUC {report['auc']:.3f}; always guessing the majority class: {report['baseline']:.3f}")
report["confusion"]"""),
        Md(("dm.inside",)),
        Code("""
activations, truth = (diabetes.activations_for(model, split, row=row) if source == "row"
                      else diabetes.activations_for(model, split, values=form))
activations"""),
    ]


NOTEBOOK = Notebook("dm.title", "dm.intro", "diabetes-mlp", notebook_cells, notebook_variables)

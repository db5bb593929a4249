import statistics

import altair as alt
import pandas as pd
import streamlit as st

from core import rnn
from core.errors import InputError
from ui import charts
from ui.i18n import t
from ui.widgets import LiveTraining, code_panel, setting, share_settings, show_error, stopped_note

SETTINGS = ["rnn_version", "rnn_source", "rnn_target", "rnn_epochs", "rnn_lr"]
MODEL_CODE = {
    "cell": (rnn.CellModel, rnn.epoch_cell),
    "rnn": (rnn.SeqModel, rnn.epoch_sequence),
    "embedding": (rnn.EmbeddingModel, rnn.epoch_sequence),
}

st.title(t("rnn.title"))
st.markdown(t("rnn.intro"))

version = st.radio(
    t("rnn.version"),
    rnn.VERSIONS,
    format_func=lambda v: t(f"rnn.v.{v}"),
    horizontal=True,
    key=setting("rnn_version", "cell"),
)
c1, c2, c3, c4 = st.columns(4)
source = c1.text_input(t("rnn.source"), max_chars=rnn.MAX_LEN + 8, key=setting("rnn_source", "hello"))
target = c2.text_input(t("rnn.target"), max_chars=rnn.MAX_LEN + 8, key=setting("rnn_target", "ohlol"))
epochs = c3.number_input(t("rnn.epochs"), 1, rnn.MAX_EPOCHS, key=setting("rnn_epochs", 15))
lr = c4.number_input(t("rnn.lr"), 0.001, 10.0, step=0.01, format="%.3f", key=setting("rnn_lr", 0.1))
pinned, global_seed = rnn.PINNED_SEEDS[version], st.session_state.seed
seed = pinned + global_seed
st.caption(t("rnn.seed_note", seed=seed, pinned=pinned, g=global_seed))

try:
    rnn.check_pair(source, target)
except InputError as exc:
    show_error(exc)
    share_settings(SETTINGS)
    st.stop()
st.caption(t("rnn.vocab", vocab=rnn.build_vocab(source, target)))

# ---------------------------------------------------------------- train live
config = (version, source, target, int(epochs), float(lr), seed)
if st.button(t("rnn.train"), type="primary", icon=":material/play_arrow:"):
    live = LiveTraining("rnn")
    run = live.run(lambda cb: rnn.train(version, source, target, epochs, lr, seed, callback=cb))
    if run is not None:
        st.session_state["rnn.run"] = (config, run)
stopped_note("rnn")

config_run, run = st.session_state.get("rnn.run", (None, None))
if run is None:
    st.info(t("rnn.press_train"), icon=":material/info:")
else:
    if config_run != config:
        st.warning(t("rnn.stale"), icon=":material/history:")
    st.markdown(t("rnn.result", epochs=len(run.losses), pred=run.predicted[-1]))
    if run.first_correct:
        st.success(t("rnn.first_correct", epoch=run.first_correct), icon=":material/check_circle:")
    else:
        st.warning(t("rnn.never", epochs=len(run.losses)))
    left, right = st.columns([3, 2])
    with left:
        history = pd.DataFrame({"epoch": range(1, len(run.losses) + 1), "loss": run.losses, "predicted": run.predicted})
        chart = charts.lines(history, "epoch", "loss", points=True, log_y=True)
        chart = chart.encode(tooltip=["epoch", "loss", "predicted"])
        if run.first_correct:
            rule = alt.Chart(pd.DataFrame({"epoch": [run.first_correct]})).mark_rule(strokeDash=[5, 4], color="green")
            chart = chart + rule.encode(x="epoch:Q")
        st.altair_chart(chart, width="stretch")
        st.caption(t("rnn.loss_chart"))
    with right:
        st.caption(t("rnn.printout"))
        st.code("\n".join(run.printout()), language=None)

    # ------------------------------------------------------------ inside
    st.header(t("rnn.inside"))
    epoch = st.slider(t("rnn.epoch_slider"), 1, len(run.losses), len(run.losses), key="rnn_epoch_view")
    steps = [f"{i}:{a}→{b}" for i, (a, b) in enumerate(zip(run.source, run.target, strict=True))]
    hidden = pd.DataFrame(
        [
            {"time step": steps[i], "unit": u, "h": v}
            for i, row in enumerate(run.hidden[epoch - 1])
            for u, v in enumerate(row)
        ]
    )
    probs = pd.DataFrame(
        [
            {"time step": steps[i], "char": run.vocab[c], "p": v}
            for i, row in enumerate(run.probs[epoch - 1])
            for c, v in enumerate(row)
        ]
    )
    h_col, p_col = st.columns(2)
    h_col.caption(t("rnn.hidden"))
    h_col.altair_chart(
        charts.heatmap(hidden, "time step", "unit", "h", scheme="redblue", height=220).encode(
            x=alt.X("time step:O", sort=steps)
        ),
        width="stretch",
    )
    p_col.caption(t("rnn.probs"))
    p_col.altair_chart(
        charts.heatmap(probs, "time step", "char", "p", scheme="greens", height=220).encode(
            x=alt.X("time step:O", sort=steps)
        ),
        width="stretch",
    )
    st.caption(f"epoch {epoch}: {run.source} → **{run.predicted[epoch - 1]}** (target {run.target})")

    # ------------------------------------------------------------ unrolled
    st.header(t("rnn.unrolled"))
    st.graphviz_chart(rnn.unrolled_dot(version, run.source, run.predicted[-1]))
    shapes = pd.DataFrame(
        [
            {"tensor": name, "shape": str(tuple(shape))}
            for name, shape in rnn.stage_shapes(version, run.source, run.target)
        ]
    )
    s_col, e_col = st.columns([2, 3])
    s_col.caption(t("rnn.shapes"))
    s_col.dataframe(shapes, hide_index=True, width="stretch")
    e_col.markdown(t("rnn.batch_first"))
    if version != "embedding":
        e_col.info(t("rnn.same_as_cell"), icon=":material/lightbulb:")

model_cls, epoch_fn = MODEL_CODE[version]
code_panel(model_cls, epoch_fn, rnn.train)

# ---------------------------------------------------------------- across seeds
st.header(t("rnn.seeds"))
st.caption(t("rnn.seeds_note"))
seeds_config = (version, source, target, float(lr))
if st.button(t("rnn.seeds_run"), icon=":material/casino:"):
    live = LiveTraining("rnn_seeds", x_title=t("rnn.seed_axis"))
    rows = live.run(lambda cb: rnn.across_seeds(version, source, target, lr=lr, callback=cb))
    if rows is not None:
        st.session_state["rnn.seeds"] = (seeds_config, rows)
stopped_note("rnn_seeds")
config_seeds, rows = st.session_state.get("rnn.seeds", (None, None))
if rows and config_seeds == seeds_config:
    firsts = [r["first_correct"] for r in rows if r["first_correct"] is not None]
    m1, m2, m3 = st.columns(3)
    m1.metric(t("rnn.seeds_median"), f"{statistics.median(firsts):g}" if firsts else "–")
    m2.metric(t("rnn.seeds_stable"), f"{sum(r['stable_by'] for r in rows)}/{len(rows)}")
    m3.metric(t("rnn.seeds_never"), f"{sum(r['first_correct'] is None for r in rows)}/{len(rows)}")
    df = pd.DataFrame(rows)
    df["first_correct"] = df["first_correct"].fillna(101)
    bars = (
        alt.Chart(df)
        .mark_bar()
        .encode(
            x=alt.X("seed:O", title=t("rnn.seed_axis")),
            y=alt.Y("first_correct:Q", title=t("rnn.first_axis"), scale=alt.Scale(domain=[0, 101])),
            color=alt.Color("stable_by:N", title=t("rnn.seeds_stable")),
            tooltip=[
                "seed",
                "first_correct",
                "stable_by",
                alt.Tooltip("final_loss:Q", format=".4f"),
            ],
        )
        .properties(height=240)
    )
    st.altair_chart(
        bars + alt.Chart(pd.DataFrame({"y": [15]})).mark_rule(strokeDash=[4, 4]).encode(y="y:Q"),
        width="stretch",
    )
code_panel(rnn.across_seeds, rnn.stably_correct_by)

share_settings(SETTINGS)

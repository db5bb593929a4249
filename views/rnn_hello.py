import streamlit as st

from core import rnn
from core.errors import InputError
from ui import layout, page
from ui.i18n import t
from ui.topics import rnn_hello as rh
from ui.training import show_outcome, train_button
from ui.widgets import code_panel, show_error

SETTINGS = rh.SETTINGS
MODEL_CODE = {
    "cell": (rnn.CellModel, rnn.epoch_cell),
    "rnn": (rnn.SeqModel, rnn.epoch_sequence),
    "embedding": (rnn.EmbeddingModel, rnn.epoch_sequence),
}

page.open_page(SETTINGS, "rnn.title", "rnn.intro", "rnn")

version = page.widget(SETTINGS, "rnn_version", horizontal=True)
c1, c2, c3, c4 = st.columns(4)
source, target = page.widget(SETTINGS, "rnn_source", c1), page.widget(SETTINGS, "rnn_target", c2)
epochs, lr = page.widget(SETTINGS, "rnn_epochs", c3), page.widget(SETTINGS, "rnn_lr", c4)
pinned, global_seed = rnn.PINNED_SEEDS[version], st.session_state.seed
seed = pinned + global_seed
st.caption(t("rnn.seed_note", seed=seed, pinned=pinned, g=global_seed))

try:
    rnn.check_pair(source, target)
except InputError as exc:
    show_error(exc)
    page.close(SETTINGS, rh.NOTEBOOK)
    st.stop()
st.caption(t("rnn.vocab", vocab=rnn.build_vocab(source, target)))

# ---------------------------------------------------------------- train live
config = (version, source, target, epochs, lr, seed)
held = train_button(
    "rnn.run",
    t("rnn.train"),
    config,
    lambda: (None, None, lambda cb: rnn.train(version, source, target, epochs, lr, seed, callback=cb)),
)
run = held.result if held is not None else None
if run is None:
    st.info(t("rnn.press_train"), icon=":material/info:")
elif show_outcome(run.history):
    if not held.matches(config):
        st.warning(t("rnn.stale"), icon=":material/history:")
    st.markdown(t("rnn.result", epochs=len(run.losses), pred=run.predicted[-1]))
    if run.first_correct:
        st.success(t("rnn.first_correct", epoch=run.first_correct), icon=":material/check_circle:")
    else:
        st.warning(t("rnn.never", epochs=len(run.losses)))
    left, right = layout.row("rnn-loss", 2)
    left.vega_lite_chart(rh.loss_chart(run), width="stretch")
    left.caption(t("rnn.loss_chart"))
    right.caption(t("rnn.printout"))
    right.code("\n".join(run.printout()), language=None)

    # ------------------------------------------------------------ inside
    st.header(t("rnn.inside"))
    epoch = page.widget(SETTINGS, "rnn_epoch_view", hi=len(run.losses)) if len(run.losses) > 1 else 1
    h_col, p_col = layout.row("rnn-inside", 2)
    h_col.caption(t("rnn.hidden"))
    h_col.vega_lite_chart(rh.hidden_heatmap(run, epoch), width="stretch")
    p_col.caption(t("rnn.probs"))
    p_col.vega_lite_chart(rh.probs_heatmap(run, epoch), width="stretch")
    st.caption(t("rnn.epoch_pred", epoch=epoch, source=run.source, pred=run.predicted[epoch - 1], target=run.target))

    # ------------------------------------------------------------ unrolled
    st.header(t("rnn.unrolled"))
    st.graphviz_chart(rh.unrolled_dot(version, run.source, run.predicted[-1]))
    s_col, e_col = st.columns([2, 3])
    s_col.caption(t("rnn.shapes"))
    s_col.dataframe(
        rh.shapes_table(rnn.stage_shapes(version, run.source, run.target)), hide_index=True, width="stretch"
    )
    e_col.markdown(t("rnn.batch_first"))
    if version != "embedding":
        e_col.info(t("rnn.same_as_cell"), icon=":material/lightbulb:")

model_cls, epoch_fn = MODEL_CODE[version]
code_panel(model_cls, epoch_fn, rnn.train)

# ---------------------------------------------------------------- across seeds
st.header(t("rnn.seeds"))
st.caption(t("rnn.seeds_note"))
seeds_config = (version, source, target, lr)
held_seeds = train_button(
    "rnn.seeds",
    t("rnn.seeds_run"),
    seeds_config,
    primary=False,
    x_title=t("rnn.seed_axis"),
    setup=lambda: (None, None, lambda cb: rnn.across_seeds(version, source, target, lr=lr, callback=cb)),
)
rows = held_seeds.result if held_seeds is not None and held_seeds.matches(seeds_config) else None
if rows:
    median, stable, never, total = rh.seeds_summary(rows)
    m1, m2, m3 = st.columns(3)
    m1.metric(t("rnn.seeds_median"), f"{median:g}" if median is not None else "—")
    m2.metric(t("rnn.seeds_stable"), f"{stable}/{total}")
    m3.metric(t("rnn.seeds_never"), f"{never}/{total}")
    st.altair_chart(rh.seeds_chart(rows), width="stretch")
code_panel(rnn.across_seeds, rnn.stably_correct_by)

trained = (
    None
    if run is None
    else {"source": run.source, "target": run.target, "first_correct": run.first_correct, "epochs": len(run.losses)}
)
page.close(SETTINGS, rh.NOTEBOOK, held={"rnn.own_words": trained})

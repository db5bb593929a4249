import altair as alt
import pandas as pd
import streamlit as st

from core import diabetes
from core.data_dir import data_dir
from core.errors import DataMissingError, InputError
from ui import charts
from ui.i18n import t
from ui.widgets import LiveTraining, code_panel, model_download, setting, share_settings, show_error, stopped_note

SETTINGS = ["dm_impute", "dm_hidden", "dm_act", "dm_opt", "dm_lr", "dm_batch", "dm_epochs"]


@st.cache_data(show_spinner=False)
def load(directory: str):
    return diabetes.load_frame(directory)


@st.cache_data(show_spinner=False, max_entries=16)
def prepared(directory: str, seed: int, impute: bool):
    return diabetes.prepare(load(directory), seed=seed, impute=impute)


st.title(t("dm.title"))
st.markdown(t("dm.intro"))

# ---------------------------------------------------------------- 1. data
st.header(t("dm.data"))
directory = str(data_dir())
try:
    df = load(directory)
except (DataMissingError, InputError) as exc:
    show_error(exc)
    st.stop()

st.dataframe(df, height=220, width="stretch")
pos = df[diabetes.TARGET].mean()
st.markdown(t("dm.balance", neg=1 - pos, pos=pos))
feature = st.selectbox(t("dm.feature"), diabetes.FEATURES, index=1, key="dm_feature")
hist = alt.Chart(df.assign(Outcome=df[diabetes.TARGET].astype(int).astype(str))).mark_bar(opacity=0.6).encode(
    x=alt.X(f"{feature}:Q", bin=alt.Bin(maxbins=40), title=f"{feature} ({diabetes.UNITS[feature][0]})"),
    y=alt.Y("count():Q", stack=None, title="patients"),
    color=alt.Color("Outcome:N", scale=alt.Scale(range=["#2e86ab", "#e4572e"])),
    tooltip=["Outcome", "count()"],
).properties(height=220, title=t("dm.hist", feature=feature))  # fmt: skip
st.altair_chart(hist, width="stretch")
zeros = ", ".join(f"{c} {int((df[c] == 0).sum())}" for c in diabetes.ZERO_MEANS_MISSING)
st.caption(t("dm.missing", counts=zeros))
impute = st.toggle(t("dm.impute"), key=setting("dm_impute", False), help=t("dm.impute_help"))
seed = st.session_state.seed
split = prepared(directory, seed, impute)
st.caption(t("dm.split", train=len(split.x_train), test=len(split.x_test)))
code_panel(diabetes.DiabetesDataset, diabetes.stratified_split, diabetes.Preprocessor)

# ---------------------------------------------------------------- 2. model and training
st.header(t("dm.model"))
c1, c2, c3 = st.columns(3)
hidden_text = c1.text_input(t("dm.hidden"), key=setting("dm_hidden", "6, 4"))
activation = c2.selectbox(t("dm.activation"), list(diabetes.ACTIVATIONS), key=setting("dm_act", "sigmoid"))
opt = c3.selectbox(t("dm.optimizer"), ["sgd", "momentum", "adam"], format_func=lambda o: t(f"dm.opt.{o}"),
                   key=setting("dm_opt", "sgd"))  # fmt: skip
c1, c2, c3, c4 = st.columns([1, 1, 1, 1])
lr = c1.number_input(t("dm.lr"), 0.0001, 10.0, step=0.01, format="%.4f", key=setting("dm_lr", 0.1))
batch = c2.number_input(t("dm.batch"), 0, len(split.x_train), step=16, key=setting("dm_batch", 32))
epochs = c3.number_input(t("dm.epochs"), 1, diabetes.MAX_EPOCHS, step=50, key=setting("dm_epochs", 100))
st.caption(t("dm.lr_note"))
st.caption(t("dm.loss_note"))
data_config = (seed, impute)
if c4.button(t("dm.train"), type="primary", icon=":material/play_arrow:", width="stretch"):
    try:
        hidden = diabetes.parse_hidden(hidden_text)
        model = diabetes.build_model(hidden, activation, seed)
        history = diabetes.History()
        # Stored before training: the model trains in place, so Stop keeps its partly trained weights.
        st.session_state["dm.trained"] = (data_config, model, history)
        live = LiveTraining("dm")
        live.run(lambda cb: diabetes.train(model, split, opt, lr, batch, epochs, seed, callback=cb, history=history))
    except InputError as exc:
        show_error(exc)
stopped_note("dm")
code_panel(diabetes.Model, diabetes.train, diabetes.evaluate_epoch)

trained = st.session_state.get("dm.trained")
if trained is None or not trained[2].rows:
    st.info(t("dm.press_train"), icon=":material/info:")
    share_settings(SETTINGS)
    st.stop()
config_trained, model, history = trained
if config_trained != data_config:
    st.warning(t("dm.stale"), icon=":material/history:")
    share_settings(SETTINGS)
    st.stop()
if history.diverged_at:
    st.error(t("diverged", epoch=history.diverged_at), icon=":material/warning:")
hist_df = pd.DataFrame(history.rows)
st.altair_chart(charts.history(hist_df.rename(columns={"epoch": "step"}).to_dict("records")), width="stretch")

# ---------------------------------------------------------------- 3. results
st.header(t("dm.results"))
probs = diabetes.probabilities(model, split.x_test)
cm = diabetes.confusion(probs, split.y_test)
fpr, tpr, auc = diabetes.roc_curve(probs, split.y_test)
last = history.rows[-1]
m1, m2, m3, m4, m5 = st.columns(5)
m1.metric(
    t("dm.test_acc"),
    f"{cm['accuracy']:.1%}",
    f"{cm['accuracy'] - diabetes.majority_baseline(split.y_test):+.1%}",
)
m2.metric(t("dm.baseline"), f"{diabetes.majority_baseline(split.y_test):.1%}")
m3.metric(t("dm.precision"), f"{cm['precision']:.1%}")
m4.metric(t("dm.recall"), f"{cm['recall']:.1%}")
m5.metric(t("dm.auc"), f"{auc:.3f}")
if last["train_acc"] - last["test_acc"] > 0.05:
    st.warning(
        t("dm.overfit", train=last["train_acc"], test=last["test_acc"]),
        icon=":material/trending_up:",
    )
left, right = st.columns(2)
left.caption(t("dm.confusion"))
left.dataframe(pd.DataFrame([[cm["tn"], cm["fp"]], [cm["fn"], cm["tp"]]], index=["truth 0", "truth 1"],
                            columns=["predicted 0", "predicted 1"]), width="stretch")  # fmt: skip
roc = pd.DataFrame({"false positive rate": fpr, "true positive rate": tpr})
diagonal = alt.Chart(pd.DataFrame({"x": [0, 1], "y": [0, 1]})).mark_line(strokeDash=[4, 4], color="gray")
right.altair_chart(charts.lines(roc, "false positive rate", "true positive rate", height=240)
                   + diagonal.encode(x="x:Q", y="y:Q"), width="stretch")  # fmt: skip
right.caption(t("dm.roc") + f" · AUC {auc:.3f}")
code_panel(diabetes.confusion, diabetes.roc_curve)

# ---------------------------------------------------------------- 4. inside
st.header(t("dm.inside"))
source = st.radio(t("dm.source"), ["row", "form"], format_func=lambda s: t(f"dm.src.{s}"), horizontal=True,
                  key="dm_source")  # fmt: skip
if source == "row":
    i = st.number_input(t("dm.row"), 0, len(split.x_test) - 1, key="dm_row")
    x, truth = split.x_test[i : i + 1], int(split.y_test[i].item())
else:
    cols = st.columns(4)
    typical = df[diabetes.FEATURES].median()
    values = {}
    for k, feat in enumerate(diabetes.FEATURES):
        unit, low, high = diabetes.UNITS[feat]
        values[feat] = cols[k % 4].number_input(f"{feat} ({unit})", float(low), float(high), float(typical[feat]),
                                                key=f"dm_form_{feat}")  # fmt: skip
    x, truth = split.prep.transform(pd.DataFrame([values])), None
acts = [a[0].tolist() for a in model.activations(x)]
st.metric(t("dm.prob"), f"{acts[-1][0]:.1%}", t("dm.truth", y=truth) if truth is not None else None,
          delta_color="off")  # fmt: skip
st.graphviz_chart(diabetes.network_dot(acts))
st.caption(t("dm.diagram"))
code_panel(diabetes.Model.activations, diabetes.network_dot)

# ---------------------------------------------------------------- 5. upload
st.header(t("dm.upload"))
upload = st.file_uploader(t("dm.upload_help"), type=["csv"], key="dm_upload")
if upload is not None:
    try:
        uploaded = diabetes.read_upload(upload.getvalue())
        p = diabetes.probabilities(model, split.prep.transform(uploaded))
        st.dataframe(uploaded.assign(probability=p.numpy()), height=240, width="stretch")
        if diabetes.TARGET in uploaded:
            correct = ((p >= 0.5).float().numpy() == uploaded[diabetes.TARGET].to_numpy()).mean()
            st.caption(t("dm.upload_acc", n=len(uploaded), acc=correct))
    except InputError as exc:
        show_error(exc)
code_panel(diabetes.read_upload, diabetes.validate_frame)

# ---------------------------------------------------------------- 6. downloads
st.header(t("dm.download"))
d1, d2 = st.columns(2)
with d1:
    model_download(t("dm.dl_model"), model, "diabetes_mlp.pt")
d2.download_button(t("dm.dl_history"), hist_df.to_csv(index=False), "diabetes_history.csv", mime="text/csv",
                   icon=":material/download:")  # fmt: skip

share_settings(SETTINGS)

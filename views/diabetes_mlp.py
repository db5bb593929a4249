import streamlit as st

from core import diabetes
from core.data_dir import data_dir
from core.errors import DataMissingError, InputError
from core.exercises.diabetes_mlp import trained_facts
from ui import page
from ui.i18n import t
from ui.topics import diabetes_mlp as dm
from ui.training import show_outcome, train_button
from ui.widgets import code_panel, model_download, show_error

SETTINGS = dm.SETTINGS


@st.cache_data(show_spinner=False)
def load(directory: str):
    return diabetes.load_frame(directory)


@st.cache_data(show_spinner=False, max_entries=16)
def prepared(directory: str, seed: int, impute: bool):
    return diabetes.prepare(load(directory), seed=seed, impute=impute)


page.open_page(SETTINGS, "dm.title", "dm.intro", "diabetes-mlp")

# ---------------------------------------------------------------- 1. data
st.header(t("dm.data"))
directory = str(data_dir())
try:
    df = load(directory)
except (DataMissingError, InputError) as exc:
    show_error(exc)
    page.close(SETTINGS, dm.NOTEBOOK)
    st.stop()

st.dataframe(dm.display_frame(df), height=220, width="stretch")
pos = df[diabetes.TARGET].mean()
st.markdown(t("dm.balance", neg=1 - pos, pos=pos))
feature = page.widget(SETTINGS, "dm_feature")
st.altair_chart(dm.histogram(df, feature), width="stretch")
st.caption(t("dm.missing", counts=dm.missing_counts(df)))
impute = page.widget(SETTINGS, "dm_impute")
seed = st.session_state.seed
split = prepared(directory, seed, impute)
st.caption(t("dm.split", train=len(split.x_train), test=len(split.x_test)))
code_panel(diabetes.DiabetesDataset, diabetes.stratified_split, diabetes.Preprocessor)

# ---------------------------------------------------------------- 2. model and training
st.header(t("dm.model"))
c1, c2, c3 = st.columns(3)
hidden_text = page.widget(SETTINGS, "dm_hidden", c1)
activation = page.widget(SETTINGS, "dm_act", c2)
opt = page.widget(SETTINGS, "dm_opt", c3)
c1, c2, c3, c4 = st.columns(4)
lr = page.widget(SETTINGS, "dm_lr", c1)
batch = page.widget(SETTINGS, "dm_batch", c2, hi=len(split.x_train))
epochs = page.widget(SETTINGS, "dm_epochs", c3)
st.caption(t("dm.lr_note"))
st.caption(t("dm.loss_note"))
data_config = (seed, impute)


def setup():
    model = diabetes.build_model(diabetes.parse_hidden(hidden_text), activation, seed)
    history = diabetes.History()
    return model, history, lambda cb: diabetes.train(model, split, opt, lr, batch, epochs, seed, cb, history)


with c4:
    held = train_button("dm.trained", t("dm.train"), data_config, setup)
code_panel(diabetes.Model, diabetes.train, diabetes.evaluate_epoch)

if held is None or not held.history.rows:
    if held is not None:
        show_outcome(held.history)
    st.info(t("dm.press_train"), icon=":material/info:")
    page.close(SETTINGS, dm.NOTEBOOK)
    st.stop()
if not held.matches(data_config):
    st.warning(t("dm.stale"), icon=":material/history:")
    page.close(SETTINGS, dm.NOTEBOOK)
    st.stop()
model, history = held.result, held.history
show_outcome(history)
st.vega_lite_chart(dm.history_chart(history), width="stretch")

# ---------------------------------------------------------------- 3. results
if history.diverged:  # the model's weights went past the divergence rule: no metrics from them
    page.close(SETTINGS, dm.NOTEBOOK, held={"dm.beat_baseline": {"diverged": True}})
    st.stop()
st.header(t("dm.results"))
report = diabetes.test_report(model, split)
cm, last = report["confusion"], history.last
m1, m2, m3, m4, m5 = st.columns(5)
m1.metric(t("dm.test_acc"), f"{cm['accuracy']:.1%}", f"{cm['accuracy'] - report['baseline']:+.1%}")
m2.metric(t("dm.baseline"), f"{report['baseline']:.1%}")
m3.metric(t("dm.precision"), f"{cm['precision']:.1%}")
m4.metric(t("dm.recall"), f"{cm['recall']:.1%}")
m5.metric(t("dm.auc"), f"{report['auc']:.3f}")
if last["train_acc"] - last["test_acc"] > 0.05:
    st.warning(t("dm.overfit", train=last["train_acc"], test=last["test_acc"]), icon=":material/trending_up:")
left, right = st.columns(2)
left.caption(t("dm.confusion"))
left.dataframe(dm.confusion_table(cm), width="stretch")
right.altair_chart(dm.roc_chart(report["fpr"], report["tpr"]), width="stretch")
right.caption(t("dm.roc") + f" · AUC {report['auc']:.3f}")
code_panel(diabetes.confusion, diabetes.roc_curve)

# ---------------------------------------------------------------- 4. inside
st.header(t("dm.inside"))
source = page.widget(SETTINGS, "dm_source", horizontal=True)
if source == "row":
    acts, truth = diabetes.activations_for(model, split, row=page.widget(SETTINGS, "dm_row", hi=len(split.x_test) - 1))
else:
    cols = st.columns(4)
    values = {f: page.widget(SETTINGS, f"dm_form_{f}", cols[k % 4]) for k, f in enumerate(diabetes.FEATURES)}
    acts, truth = diabetes.activations_for(model, split, values=values)
st.metric(t("dm.prob"), f"{acts[-1][0]:.1%}", t("dm.truth", y=truth) if truth is not None else None, delta_color="off")
st.graphviz_chart(dm.network_dot(acts))
st.caption(t("dm.diagram"))
code_panel(diabetes.Model.activations, dm.network_dot)

# ---------------------------------------------------------------- 5. upload
st.header(t("dm.upload"))
upload = st.file_uploader(t("dm.upload_help"), type=["csv"], key="dm_upload")
if upload is not None:
    try:
        uploaded, probs, acc = diabetes.predict_upload(model, split, upload.getvalue())
        st.dataframe(dm.upload_table(uploaded, probs), height=240, width="stretch")
        if acc is not None:
            st.caption(t("dm.upload_acc", n=len(uploaded), acc=acc))
    except InputError as exc:
        show_error(exc)
code_panel(diabetes.read_upload, diabetes.validate_frame)

# ---------------------------------------------------------------- 6. downloads
st.header(t("dm.download"))
d1, d2 = st.columns(2)
with d1:
    model_download(t("dm.dl_model"), model, "diabetes_mlp.pt")
d2.download_button(
    t("dm.dl_history"), dm.history_csv(history), "diabetes_history.csv", mime="text/csv", icon=":material/download:"
)

page.close(SETTINGS, dm.NOTEBOOK, held={"dm.beat_baseline": trained_facts(model, report, diverged=False)})

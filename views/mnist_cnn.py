import json

import altair as alt
import pandas as pd
import streamlit as st
import torch
from streamlit_drawable_canvas import st_canvas

from core import mnist
from core.compute import configure_threads, pick_device
from core.errors import DataMissingError, InputError
from ui import charts
from ui.i18n import t
from ui.widgets import (
    LiveTraining,
    code_panel,
    model_download,
    setting,
    share_settings,
    show_error,
    stopped_note,
    sync_settings,
)

SETTINGS = ["mn_stroke", "mn_model", "mn_n", "mn_k", "mn_p", "mn_s", "mn_ex_p", "mn_ex_s", "mn_kind", "mn_recipe",
            "mn_epochs", "mn_batch"]  # fmt: skip


@st.cache_resource(show_spinner=False)
def pretrained(kind: str):
    """Shared by every session and never trained further: eval mode, read-only use."""
    return mnist.load_pretrained(kind)


@st.cache_data(show_spinner=False)
def pretrained_accuracy() -> dict:
    return json.loads((mnist.WEIGHTS_DIR / "mnist_metrics.json").read_text())


@st.cache_resource(show_spinner=False)
def mnist_tensors(directory: str):
    """The normalised splits, built once per server and only ever read (sliced into batches)."""
    return mnist.preload(directory)


@st.cache_data(show_spinner=False)
def architecture(kind: str) -> pd.DataFrame:
    return pd.DataFrame(mnist.summary(mnist.build_model(kind)))


def digits_chart(probs):
    df = pd.DataFrame({"digit": [str(d) for d in range(10)], "probability": probs.tolist()})
    top = int(probs.argmax())
    return alt.Chart(df).mark_bar().encode(
        x=alt.X("digit:N", sort=None, title=None),
        y=alt.Y("probability:Q", scale=alt.Scale(domain=[0, 1])),
        color=alt.condition(alt.datum.digit == str(top), alt.value("#e4572e"), alt.value("#8aa1c1")),
        tooltip=["digit", alt.Tooltip("probability:Q", format=".4f")],
    ).properties(height=220)  # fmt: skip


def matrix_text(m: torch.Tensor) -> str:
    return "\n".join(" ".join(f"{v:5g}" for v in row) for row in m.tolist())


st.title(t("mn.title"))
st.markdown(t("mn.intro"))
accs = pretrained_accuracy()

# ---------------------------------------------------------------- 1-2. draw, and inside the CNN


@st.fragment  # drawing reruns only this part of the page
def draw_and_inspect():
    st.header(t("mn.draw"))
    session_model = st.session_state.get("mn.training")  # (kind, model trained in place, history)
    session_model = session_model if session_model and session_model[2].rows else None
    choices = ["cnn", "fc"] + (["session"] if session_model else [])
    labels = {
        "cnn": t("mn.m.cnn", acc=accs["cnn"]["test_accuracy"]),
        "fc": t("mn.m.fc", acc=accs["fc"]["test_accuracy"]),
    }
    if session_model:
        labels["session"] = t("mn.m.session", kind=t(f"mn.k.{session_model[0]}"))
    if st.session_state.get("mn_model") not in choices:
        st.session_state.mn_model = "cnn"
    left, right = st.columns([1, 1])
    with left:
        stroke = st.slider(t("mn.stroke"), 8, 40, step=1, key=setting("mn_stroke", 22))
        st.session_state.setdefault("mn.canvas_id", 0)
        result = st_canvas(stroke_width=stroke, stroke_color="#FFFFFF", background_color="#000000", height=280,
                           width=280, drawing_mode="freedraw", return_image_data=True,
                           key=f"mn_canvas_{st.session_state['mn.canvas_id']}")  # fmt: skip
        if st.button(t("mn.clear"), icon=":material/delete:"):
            st.session_state["mn.canvas_id"] += 1  # a new key gives a fresh, empty canvas
            st.rerun(scope="fragment")
    with right:
        choice = st.radio(t("mn.model"), choices, format_func=labels.get, key=setting("mn_model", "cnn"))
        model = session_model[1] if choice == "session" else pretrained(choice)
        image_data = getattr(result, "image_data", None) if result is not None else None
        processed = mnist.preprocess_canvas(image_data) if image_data is not None else None
        if processed is None:
            st.info(t("mn.empty"), icon=":material/draw:")
        else:
            x, seen = processed
            probs = mnist.predict(model, x)
            c1, c2 = st.columns([1, 2])
            c1.image(seen.numpy(), caption="28×28", width=140, clamp=True)
            c2.metric(t("mn.prediction"), int(probs.argmax()), t("mn.confidence", p=probs.max().item()),
                      delta_color="off")  # fmt: skip
            st.caption(t("mn.seen"))
            st.altair_chart(digits_chart(probs), width="stretch")
    code_panel(mnist.preprocess_canvas, mnist.predict)

    st.header(t("mn.inside"))
    if processed is None:
        st.caption(t("mn.empty"))
    elif not isinstance(model, mnist.Net):
        st.caption(t("mn.fc_inside"))
    else:
        with torch.no_grad():
            c1, c2 = model.feature_maps(x)
        a, b, c = st.columns([5, 4, 3])
        a.image(mnist.tile(c1, cols=5, scale=3), caption=t("mn.conv1_maps"), clamp=True)
        b.image(mnist.tile(c2, cols=5, scale=6), caption=t("mn.conv2_maps"), clamp=True)
        c.image(
            mnist.tile(model.conv1.weight[:, 0], cols=5, scale=10, signed=True),
            caption=t("mn.kernels"),
            clamp=True,
        )
        code_panel(mnist.Net)
    sync_settings(["mn_stroke", "mn_model"])


draw_and_inspect()

# ---------------------------------------------------------------- 3. architectures
st.header(t("mn.arch"))
a, b = st.columns(2)
for col, kind in ((a, "cnn"), (b, "fc")):
    col.caption(t(f"mn.k.{kind}"))
    col.dataframe(architecture(kind), hide_index=True, width="stretch")
code_panel(mnist.FCNet, mnist.summary)

# ---------------------------------------------------------------- 4. convolution widget
st.header(t("mn.conv"))
c1, c2, c3, c4 = st.columns(4)
n = c1.slider(t("mn.n"), 1, 64, key=setting("mn_n", 28))
k = c2.slider(t("mn.k"), 1, 11, key=setting("mn_k", 5))
p = c3.slider(t("mn.p"), 0, 5, key=setting("mn_p", 0))
s = c4.slider(t("mn.s"), 1, 5, key=setting("mn_s", 1))
try:
    st.markdown(t("mn.formula", n=n, k=k, p=p, s=s, out=mnist.conv_output_size(n, k, p, s)))
except InputError as exc:
    show_error(exc)
st.caption(t("mn.example"))
c1, c2 = st.columns(2)
ex_p = c1.slider(t("mn.p") + " ", 0, 2, key=setting("mn_ex_p", 0))
ex_s = c2.slider(t("mn.s") + " ", 1, 3, key=setting("mn_ex_s", 1))
a, b, c = st.columns(3)
a.code("input 5×5\n" + matrix_text(mnist.EXAMPLE_INPUT), language=None)
b.code("kernel 3×3\n" + matrix_text(mnist.EXAMPLE_KERNEL), language=None)
out = mnist.conv_example(ex_p, ex_s)
c.code(f"output {out.shape[0]}×{out.shape[1]}\n" + matrix_text(out), language=None)
st.caption(t("mn.pool"))
a, b = st.columns(2)
a.code("input 4×4\n" + matrix_text(mnist.EXAMPLE_INPUT[:4, :4]), language=None)
b.code("MaxPool2d(2) → 2×2\n" + matrix_text(mnist.pool_example()), language=None)
code_panel(mnist.conv_output_size, mnist.conv_example, mnist.pool_example)

# ---------------------------------------------------------------- 5. train live
st.header(t("mn.train"))
st.markdown(t("mn.why_preload"))
c1, c2, c3, c4 = st.columns(4)
kind = c1.selectbox(
    t("mn.train_model"),
    ["cnn", "fc"],
    format_func=lambda v: t(f"mn.k.{v}"),
    key=setting("mn_kind", "cnn"),
)
recipe = c2.selectbox(t("mn.recipe"), list(mnist.RECIPES), format_func=lambda v: t(f"mn.r.{v}"),
                      key=setting("mn_recipe", "fast"))  # fmt: skip
epochs = c3.number_input(t("mn.epochs"), 1, mnist.MAX_EPOCHS, key=setting("mn_epochs", 1))
batch = c4.number_input(t("mn.batch"), 1, 4096, key=setting("mn_batch", 256))
device = pick_device()
bf16 = "✓" if mnist.fast_bf16(device) else "✗"
st.caption(t("mn.device", device=device, threads=configure_threads(), bf16=bf16))
if st.button(t("mn.train_btn"), type="primary", icon=":material/play_arrow:"):
    try:
        with st.spinner(t("mn.loading")):
            data = mnist_tensors(str(mnist.data_dir()))
        new_model = mnist.build_model(kind, st.session_state.seed)
        history = mnist.History()
        # Stored before training: the model trains in place, so Stop keeps its partly trained weights.
        st.session_state["mn.training"] = (kind, new_model, history)
        live = LiveTraining("mn", x_title="step")
        seed = st.session_state.seed
        if live.run(lambda cb: mnist.train(new_model, data, recipe, epochs, batch, seed, cb, device, history=history)):
            st.rerun()  # so the canvas above can offer the model just trained
    except DataMissingError as exc:
        show_error(exc)
        st.caption(t("mn.no_data"))
    except InputError as exc:
        show_error(exc)
stopped_note("mn")

training = st.session_state.get("mn.training")
if training and training[2].rows:
    kind_t, trained_model, history = training
    try:
        data = mnist_tensors(str(mnist.data_dir()))
    except DataMissingError as exc:
        show_error(exc)
        st.stop()
    version = (id(history), len(history.rows))  # evaluate once per training run, not on every rerun
    if st.session_state.get("mn.eval", (None,))[0] != version:
        trained_model.cpu()
        st.session_state["mn.eval"] = (
            version,
            mnist.evaluate(trained_model, data.x_test, data.y_test),
        )
    result = st.session_state["mn.eval"][1]
    st.success(
        t("mn.result", acc=result["accuracy"], seconds=history.train_seconds),
        icon=":material/check_circle:",
    )
    rows = [{k: v for k, v in r.items() if k != "epoch"} for r in history.rows]
    st.altair_chart(charts.history(rows, x_title="step"), width="stretch")
    conf = result["confusion"]
    conf_df = pd.DataFrame(
        [{t("mn.truth"): i, t("mn.pred"): j, "count": int(conf[i, j])} for i in range(10) for j in range(10)]
    )
    st.caption(t("mn.confusion"))
    st.altair_chart(alt.Chart(conf_df).mark_rect().encode(
        x=alt.X(f"{t('mn.pred')}:O"), y=alt.Y(f"{t('mn.truth')}:O"),
        color=alt.Color("count:Q", scale=alt.Scale(type="symlog", scheme="blues")),
        tooltip=[t("mn.truth"), t("mn.pred"), "count"]).properties(height=320), width="stretch")  # fmt: skip
    wrong = mnist.misclassified(result["predictions"], data.y_test, limit=16)
    if wrong:
        st.caption(t("mn.wrong"))
        images = [((data.x_test[i, 0] * mnist.STD + mnist.MEAN).clamp(0, 1).numpy()) for i, _, _ in wrong]
        st.image(images, caption=[f"{y} → {p}" for _, y, p in wrong], width=72)
    model_download(t("mn.download"), trained_model, f"mnist_{kind_t}_trained.pt")
code_panel(mnist.train, mnist.evaluate, mnist.normalise)

share_settings(SETTINGS)

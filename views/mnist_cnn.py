import json

import streamlit as st
from streamlit_drawable_canvas import st_canvas

from core import mnist
from core.compute import configure_threads, pick_device
from core.errors import DataMissingError, InputError
from ui import charts, layout, page
from ui.i18n import t
from ui.topics import mnist_cnn as mn
from ui.training import show_outcome, train_button
from ui.widgets import code_panel, model_download, show_error

SETTINGS = mn.SETTINGS


@st.cache_resource(show_spinner=False)
def pretrained(kind: str):
    """Shared by every session and never trained further: eval mode, read-only use."""
    return mnist.load_pretrained(kind)


@st.cache_data(show_spinner=False)
def pretrained_accuracy() -> dict:
    return json.loads((mnist.WEIGHTS_DIR / "mnist_metrics.json").read_text())


@st.cache_resource(show_spinner=False)
def test_split(directory: str):
    """The 10,000 test images as uint8 (7.8 MB), read once per server and only ever read after."""
    return mnist.load_split(False, directory)


@st.cache_data(show_spinner=False)
def architecture(kind: str) -> list[dict]:
    """Measured once per server; translated on every run (the cache must not hold one language)."""
    return mnist.summary(mnist.build_model(kind))


page.open_page(SETTINGS, "mn.title", "mn.intro", "mnist-cnn")
accs = pretrained_accuracy()

# ---------------------------------------------------------------- 1-2. draw, and inside the CNN


@st.fragment  # drawing reruns only this part of the page
def draw_and_inspect():
    st.header(t("mn.draw"))
    held = st.session_state.get("mn.training")  # Held((kind,), model trained in place, history)
    session_model = held if held and held.history.rows and not held.history.diverged else None
    labels = {
        "cnn": t("mn.m.cnn", acc=accs["cnn"]["test_accuracy"]),
        "fc": t("mn.m.fc", acc=accs["fc"]["test_accuracy"]),
    }
    if session_model:
        labels["session"] = t("mn.m.session", kind=t(mn.MODEL_LABELS[session_model.config[0]]))
    # The pad keeps its 280 px; the results go below it where the row is narrower (a tablet with the
    # sidebar open) instead of squeezing the pad.
    left, right = layout.row("mn-draw", 2)
    with left:
        stroke = page.widget(SETTINGS, "mn_stroke")
        st.session_state.setdefault("mn.canvas_id", 0)
        result = st_canvas(
            stroke_width=stroke,
            stroke_color="#FFFFFF",
            background_color="#000000",
            height=280,
            width=280,
            drawing_mode="freedraw",
            return_image_data=True,
            key=f"mn_canvas_{st.session_state['mn.canvas_id']}",
        )
        if st.button(t("mn.clear"), icon=":material/delete:"):
            st.session_state["mn.canvas_id"] += 1  # a new key gives a fresh, empty canvas
            st.rerun(scope="fragment")
    with right:
        choice = page.widget(SETTINGS, "mn_model", options=tuple(labels), format_func=labels.get)
        model = session_model.result if choice == "session" else pretrained(choice)
        image_data = getattr(result, "image_data", None) if result is not None else None
        processed = mnist.preprocess_canvas(image_data) if image_data is not None else None
        if processed is None:
            st.session_state.pop("mn.latest_read", None)
            st.info(t("mn.empty"), icon=":material/draw:")
        else:
            x, seen = processed
            probs = mnist.predict(model, x)
            st.session_state["mn.latest_read"] = {"digit": int(probs.argmax()), "p": probs.max().item()}  # mn.unsure
            c1, c2 = st.columns([1, 2])
            c1.image(mn.image(seen), caption="28×28", width=140, clamp=True)
            c2.metric(
                t("mn.prediction"), int(probs.argmax()), t("mn.confidence", p=probs.max().item()), delta_color="off"
            )
            st.caption(t("mn.seen"))
            st.vega_lite_chart(mn.digits_chart(probs), width="stretch")
    code_panel(mnist.preprocess_canvas, mnist.predict)

    st.header(t("mn.inside"))
    if processed is None:
        st.caption(t("mn.empty"))
    elif not isinstance(model, mnist.Net):
        st.caption(t("mn.fc_inside"))
    else:
        maps1, maps2, kernels = mn.feature_tiles(model, x)
        a, b, c = st.columns([5, 4, 3])
        a.image(maps1, caption=t("mn.conv1_maps"), clamp=True)
        b.image(maps2, caption=t("mn.conv2_maps"), clamp=True)
        c.image(kernels, caption=t("mn.kernels"), clamp=True)
        code_panel(mnist.Net)
    page.sync(SETTINGS)


draw_and_inspect()

# ---------------------------------------------------------------- 3. architectures
st.header(t("mn.arch"))
for col, kind in zip(st.columns(2), ("cnn", "fc"), strict=True):
    col.caption(t(mn.MODEL_LABELS[kind]))
    col.dataframe(mn.architecture_table(architecture(kind)), hide_index=True, width="stretch")
code_panel(mnist.FCNet, mnist.summary)

# ---------------------------------------------------------------- 4. convolution widget
st.header(t("mn.conv"))
n, k, p, s = (
    page.widget(SETTINGS, key, col) for key, col in zip(("mn_n", "mn_k", "mn_p", "mn_s"), st.columns(4), strict=True)
)
try:
    st.markdown(t("mn.formula", n=n, k=k, p=p, s=s, out=mnist.conv_output_size(n, k, p, s)))
except InputError as exc:
    show_error(exc)
st.caption(t("mn.example"))
c1, c2 = st.columns(2)
ex_p, ex_s = page.widget(SETTINGS, "mn_ex_p", c1), page.widget(SETTINGS, "mn_ex_s", c2)
a, b, c = st.columns(3)
a.code(mn.matrix(t("mn.m_input", size="5×5"), mnist.EXAMPLE_INPUT), language=None)
b.code(mn.matrix(t("mn.m_kernel", size="3×3"), mnist.EXAMPLE_KERNEL), language=None)
out = mnist.conv_example(ex_p, ex_s)
c.code(mn.matrix(t("mn.m_output", size=f"{out.shape[0]}×{out.shape[1]}"), out), language=None)
st.caption(t("mn.pool"))
a, b = st.columns(2)
a.code(mn.matrix(t("mn.m_input", size="4×4"), mnist.EXAMPLE_INPUT[:4, :4]), language=None)
b.code(mn.matrix("MaxPool2d(2) → 2×2", mnist.pool_example()), language=None)
code_panel(mnist.conv_output_size, mnist.conv_example, mnist.pool_example)

# ---------------------------------------------------------------- 5. train live
st.header(t("mn.train"))
st.markdown(t("mn.why_preload"))
c1, c2 = st.columns(2)
kind, recipe = page.widget(SETTINGS, "mn_kind", c1), page.widget(SETTINGS, "mn_recipe", c2)
train_images = page.widget(SETTINGS, "mn_images")
c3, c4 = st.columns(2)
epochs = page.widget(SETTINGS, "mn_epochs", c3)
batch = page.widget(SETTINGS, "mn_batch", c4, hi=train_images)  # a batch no larger than the images
device = pick_device()
st.caption(t("mn.device", device=device, threads=configure_threads(), bf16="✓" if mnist.fast_bf16(device) else "✗"))


def setup():
    directory = str(mnist.data_dir())
    with st.spinner(t("mn.loading")):
        x_test, y_test = test_split(directory)
    model, history, seed = mnist.build_model(kind, st.session_state.seed), mnist.History(), st.session_state.seed

    def train(callback):
        # The 47 MB training split is read when this run's turn comes and freed when it ends, so a server
        # holds one copy per training started and not ended (one on a CPU, more while long runs are paused).
        data = mnist.MnistTensors(*mnist.load_split(True, directory), x_test, y_test)
        return mnist.train(
            model, data, recipe, epochs, batch, seed, callback, device, train_subset=train_images, history=history
        )

    return model, history, train


held = train_button("mn.training", t("mn.train_btn"), (kind,), setup, x_title=t("mn.step"), device=device)
if held is not None and held.history is not None and (held.history.rows or held.history.diverged):
    (kind_t,), trained_model, history = held.config, held.result, held.history
    if show_outcome(history):
        try:
            x_test, y_test = test_split(str(mnist.data_dir()))
        except DataMissingError as exc:
            show_error(exc)
            st.stop()
        version = (id(history), len(history.rows))  # evaluate once per training run, not on every rerun
        if st.session_state.get("mn.eval", (None,))[0] != version:
            trained_model.cpu()
            st.session_state["mn.eval"] = (version, mnist.final_evaluation(trained_model, history, x_test, y_test))
        result = st.session_state["mn.eval"][1]
        st.success(t("mn.result", acc=result["accuracy"], seconds=history.seconds), icon=":material/check_circle:")
        st.vega_lite_chart(charts.history(history.rows, x_title=t("mn.step")), width="stretch")
        st.caption(t("mn.confusion"))
        st.altair_chart(mn.confusion_chart(result["confusion"]), width="stretch")
        wrong = mnist.misclassified(result["predictions"], y_test, limit=16)
        if wrong:
            st.caption(t("mn.wrong"))
            images, captions = mn.wrong_images(x_test, wrong)
            st.image(images, caption=captions, width=72)
        model_download(t("mn.download"), trained_model, f"mnist_{kind_t}_trained.pt")
code_panel(
    mnist.train,
    mnist.prepare,
    mnist.principal_patterns,
    mnist.frozen_forward,
    mnist.pooled_first_block,
    mnist.evaluate,
    mnist.normalise,
)

page.close(SETTINGS, mn.NOTEBOOK, held={"mn.unsure": st.session_state.get("mn.latest_read")})

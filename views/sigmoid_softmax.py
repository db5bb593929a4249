import altair as alt
import numpy as np
import pandas as pd
import streamlit as st
import torch

from core import logistic, softmax
from core.errors import InputError
from ui import charts
from ui.i18n import t
from ui.widgets import LiveTraining, code_panel, setting, share_settings, show_error, sync_settings

SETTINGS = ["ss_w", "ss_b", "ss_compare", "ss_lr", "ss_epochs", "ss_names", "ss_logits", "ss_T", "ss_c",
            "ss_true"]  # fmt: skip

st.title(t("ss.title"))
st.markdown(t("ss.intro"))

# ---------------------------------------------------------------- 1. sigmoid


@st.fragment  # each section reruns alone when its own widgets change
def sigmoid_section():
    st.header(t("ss.sigmoid"))
    c1, c2, c3 = st.columns([2, 2, 1])
    w = c1.slider(t("ss.w"), -5.0, 5.0, step=0.1, key=setting("ss_w", 1.0))
    b = c2.slider(t("ss.b"), -10.0, 10.0, step=0.1, key=setting("ss_b", 0.0))
    compare = c3.toggle(t("ss.compare"), key=setting("ss_compare", False))
    x = torch.linspace(-10, 10, 401)
    names = ["sigmoid", "tanh", "relu"] if compare else ["sigmoid"]
    curves = []
    for name in names:
        f, df = logistic.activation_curves(name, w * x + b)
        curves += [
            pd.DataFrame({"x": x.numpy(), "value": f.numpy(), "curve": f"{name}(wx+b)"}),
            pd.DataFrame({"x": x.numpy(), "value": df.numpy(), "curve": f"{name}′(wx+b)"}),
        ]
    curve_chart = charts.lines(pd.concat(curves), "x", "value", color="curve", height=300)
    regions = pd.DataFrame(logistic.saturated_regions(w, b, -10, 10), columns=["start", "end"])
    shade = alt.Chart(regions).mark_rect(opacity=0.15, color="gray").encode(x="start:Q", x2="end:Q")
    st.altair_chart((shade + curve_chart) if len(regions) else curve_chart, width="stretch")
    st.caption(t("ss.sat_note"))
    code_panel(logistic.activation_curves, logistic.saturated_regions)
    sync_settings(["ss_w", "ss_b", "ss_compare"])


sigmoid_section()

# ---------------------------------------------------------------- 2. logistic regression


@st.fragment
def logistic_section():
    st.header(t("ss.logreg"))
    st.markdown(t("ss.logreg_note"))
    c1, c2, c3 = st.columns([1, 1, 1])
    lr = c1.number_input(t("ss.lr"), 0.0001, 10.0, step=0.01, format="%.4f", key=setting("ss_lr", 0.01))
    epochs = c2.number_input(t("ss.epochs"), 1, 100_000, step=100, key=setting("ss_epochs", 1000))
    seed = st.session_state.seed
    config = (float(lr), int(epochs), seed)
    if c3.button(t("ss.train"), type="primary", icon=":material/play_arrow:"):
        live = LiveTraining("ss_logreg")
        run = live.run(lambda cb: logistic.train_logistic(epochs, lr, seed, callback=cb))
        if run is not None:
            st.session_state["ss.run"] = (config, run)
    if st.session_state.get("ss.run", (None,))[0] != config:
        # Training takes ~0.1 s, so the page always shows the current settings' result.
        st.session_state["ss.run"] = (config, logistic.train_logistic(epochs, lr, seed))
    run = st.session_state["ss.run"][1]

    m1, m2, m3 = st.columns(3)
    m1.metric(t("ss.p4"), f"{run.predict(4.0):.4f}")
    m2.metric(t("ss.crossing"), f"{run.crossing:.3f}")
    m3.metric(t("ss.wb"), f"{run.w:.3f}, {run.b:.3f}")
    left, right = st.columns(2)
    xs = np.linspace(0, 10, 201)
    prob = pd.DataFrame({"x": xs, "p(y=1|x)": [run.predict(v) for v in xs]})
    data_x, data_y = logistic.course_data()
    points = alt.Chart(pd.DataFrame({"x": data_x.squeeze().numpy(), "p(y=1|x)": data_y.squeeze().numpy()}))
    crossing = alt.Chart(pd.DataFrame({"x": [run.crossing]})).mark_rule(strokeDash=[5, 4], color="green")
    left.altair_chart(
        charts.lines(prob, "x", "p(y=1|x)")
        + points.mark_circle(size=90, color="black").encode(x="x:Q", y="p(y=1|x):Q")
        + crossing.encode(x="x:Q"),
        width="stretch",
    )
    left.caption(t("ss.prob_curve"))
    loss_df = pd.DataFrame({"epoch": range(1, len(run.losses) + 1), "BCE (sum)": run.losses})
    right.altair_chart(charts.lines(loss_df, "epoch", "BCE (sum)"), width="stretch")
    code_panel(logistic.LogisticRegressionModel, logistic.train_logistic)
    sync_settings(["ss_lr", "ss_epochs"])


logistic_section()

# ---------------------------------------------------------------- 3. BCE
st.header(t("ss.bce"))
st.markdown(t("ss.bce_note"))
p = torch.linspace(0.001, 0.999, 300)
bce = pd.concat(
    [pd.DataFrame({"p": p.numpy(), "BCE": logistic.bce_curve(p, y).numpy(), "target": f"y = {y}"}) for y in (1, 0)]
)
st.altair_chart(charts.lines(bce, "p", "BCE", color="target", x_title="predicted p"), width="stretch")
st.markdown(t("ss.bce_table"))
st.dataframe(pd.DataFrame(logistic.bce_vs_logits()), hide_index=True, width="stretch")
code_panel(logistic.bce_curve, logistic.bce_vs_logits)

# ---------------------------------------------------------------- 4-6. softmax, shift invariance, cross-entropy (they share the logits)


@st.fragment
def softmax_sections():
    st.header(t("ss.softmax"))
    st.caption(t("ss.logits_help"))
    c1, c2, c3 = st.columns([2, 2, 2])
    class_text = c1.text_input(t("ss.classes"), key=setting("ss_names", "dog, cat, chicken"))
    logit_text = c2.text_input(t("ss.logits"), key=setting("ss_logits", "0.1, 10, 0.1"))
    temperature = c3.slider(t("ss.temperature"), 0.05, 10.0, step=0.05, key=setting("ss_T", 1.0))
    try:
        logits = softmax.parse_logits(logit_text)
        terms = softmax.softmax_terms(logits, temperature)
    except InputError as exc:
        show_error(exc)
        return
    labels = softmax.class_labels(class_text, len(logits))
    table = pd.DataFrame(terms).assign(label=labels)
    bars = (
        alt.Chart(table)
        .mark_bar()
        .encode(
            x=alt.X("label:N", sort=labels, title=None),
            y=alt.Y("p:Q", title="softmax p", scale=alt.Scale(domain=[0, 1])),
            color=alt.condition(alt.datum.p == table.p.max(), alt.value("#e4572e"), alt.value("#8aa1c1")),
            tooltip=[
                "label",
                "o",
                alt.Tooltip("o/T:Q", format=".3f"),
                alt.Tooltip("exp(o/T − max):Q", format=".4g"),
                alt.Tooltip("p:Q", format=".4f"),
            ],
        )
        .properties(height=260)
    )
    st.altair_chart(bars, width="stretch")
    st.caption(t("ss.terms"))
    st.markdown("p = " + ", ".join(f"{name} **{prob:.4f}**" for name, prob in zip(labels, table.p, strict=True)))
    st.dataframe(table.set_index("label"), width="stretch")
    st.markdown(t("ss.argmax", logit=labels[int(np.argmax(logits))], prob=labels[int(table.p.idxmax())]))
    code_panel(softmax.stable_softmax, softmax.softmax_terms)

    # ---------------------------------------------------------------- 5. shift invariance
    st.header(t("ss.shift"))
    st.markdown(t("ss.shift_q"))
    o = torch.tensor(logits)
    c1, c2, c3 = st.columns([4, 1, 1])
    if c2.button(t("ss.sub_max")):
        st.session_state.ss_c = round(-float(o.max()), 2)
    if c3.button(t("ss.sub_mean")):
        st.session_state.ss_c = round(-float(o.mean()), 2)
    c = c1.slider(t("ss.c"), -100.0, 100.0, step=0.01, key=setting("ss_c", 0.0))
    before, after = softmax.shift_demo(logits, c)
    st.dataframe(
        pd.DataFrame(
            {
                "class": labels,
                "o": o.numpy(),
                "o + c": (o + c).numpy(),
                "softmax(o)": before.numpy(),
                "softmax(o + c)": after.numpy(),
            }
        ),
        hide_index=True,
        width="stretch",
    )
    st.success(t("ss.same", diff=(before - after).abs().max().item()), icon=":material/check_circle:")
    st.markdown(t("ss.overflow"))
    demo = softmax.overflow_demo()
    st.dataframe(
        pd.DataFrame(
            {k: [f"{v:.4f}" for v in val.tolist()] for k, val in demo.items()},
            index=["1000", "1001", "1002"],
        ),
        width="stretch",
    )
    code_panel(softmax.naive_softmax, softmax.stable_softmax, softmax.log_softmax, softmax.overflow_demo)

    # ---------------------------------------------------------------- 6. cross-entropy
    st.header(t("ss.ce"))
    if st.session_state.get("ss_true", 0) >= len(logits):  # fewer classes than before
        st.session_state.ss_true = 0
    true = st.selectbox(t("ss.true_class"), range(len(logits)), format_func=lambda i: labels[i],
                        key=setting("ss_true", 1))  # fmt: skip
    forms = softmax.cross_entropy_three_ways(logits, true)
    st.markdown(t("ss.ce_note", ce=next(iter(forms.values()))))
    st.dataframe(
        pd.DataFrame({"form": list(forms), "value": list(forms.values())}),
        hide_index=True,
        width="stretch",
    )
    code_panel(softmax.log_softmax, softmax.cross_entropy_three_ways)
    sync_settings(["ss_names", "ss_logits", "ss_T", "ss_c", "ss_true"])


softmax_sections()

share_settings(SETTINGS)

import functools

import streamlit as st

from core import logistic, own_data, softmax
from core.errors import InputError
from ui import layout, page
from ui import points as points_ui
from ui.i18n import t
from ui.topics import sigmoid_softmax as ss
from ui.training import show_outcome, train_or_reuse
from ui.widgets import code_panel, csv_download, show_error

SETTINGS = ss.SETTINGS
page.open_page(SETTINGS, "ss.title", "ss.intro", "sigmoid-softmax")

# ---------------------------------------------------------------- 1. sigmoid


@st.fragment  # each section reruns alone when its own widgets change
def sigmoid_section():
    st.header(t("ss.sigmoid"))
    c1, c2, c3 = st.columns([2, 2, 1])
    w, b = page.widget(SETTINGS, "ss_w", c1), page.widget(SETTINGS, "ss_b", c2)
    compare = page.widget(SETTINGS, "ss_compare", c3)
    x, curves = logistic.activation_view(w, b, ("sigmoid", "tanh", "relu") if compare else ("sigmoid",))
    st.vega_lite_chart(ss.activation_chart(x, curves, logistic.saturated_regions(w, b, -10, 10)), width="stretch")
    st.caption(t("ss.sat_note"))
    code_panel(logistic.activation_curves, logistic.saturated_regions)
    page.sync(SETTINGS)


sigmoid_section()

# ---------------------------------------------------------------- 2. logistic regression


@st.fragment
def logistic_section():
    st.header(t("ss.logreg"))
    st.markdown(t("ss.logreg_note"))
    data = page.widget(SETTINGS, "ss_source", horizontal=True)
    points = page.widget(SETTINGS, "ss_pts") if data == "own" else logistic.COURSE_POINTS
    x_domain = ss.x_domain(points)
    c1, c2 = st.columns(2)
    lr, epochs = page.widget(SETTINGS, "ss_lr", c1), page.widget(SETTINGS, "ss_epochs", c2)
    seed = st.session_state.seed
    train = functools.partial(logistic.train_logistic, epochs, lr, seed, points=points)
    note = t("train.large", updates=epochs)
    config = (lr, epochs, seed, points)
    cheap = epochs <= ss.AUTO_EPOCHS
    run = train_or_reuse("ss.run", config, lambda cb: train(callback=cb), auto=cheap, note=note, on_open=False)
    trained = run is not None and show_outcome(run.history)
    if trained:
        m1, m2, m3 = st.columns(3)
        m1.metric(t("ss.p4"), f"{run.predict(4.0):.4f}")
        m2.metric(t("ss.crossing"), f"{run.crossing:.3f}" if run.w else "—")
        m3.metric(t("ss.wb"), f"{run.w:.3f}, {run.b:.3f}")
    left, right = layout.row("ss-logistic", 2)
    with left:
        if data == "own":
            layers = ss.probability_layers(run if trained else None, points, x_domain)
            shape = ss.probability_shape(layers)
            points_ui.chart(SETTINGS["ss_pts"], ss.probability_template, shape, layers, x_domain, (-0.1, 1.1))
        else:
            st.vega_lite_chart(ss.probability_chart(run if trained else None, points, x_domain), width="stretch")
            st.caption(t("ss.prob_curve"))
    if trained:
        right.vega_lite_chart(ss.loss_chart(run.history), width="stretch")
        gap = own_data.separating_gap(points)
        if gap is None:
            st.caption(t("ss.overlap"))
        else:
            growth = {"w0": run.history.rows[0]["w"], "w": run.w, "epochs": len(run.history.rows)}
            st.info(t("ss.separable", lo=gap[0], hi=gap[1], **growth), icon=":material/trending_up:")
            st.vega_lite_chart(ss.weights_chart(run.history), width="stretch")
        history_rows = [{"epoch": r["step"], "bce_sum": r["loss"]} for r in run.history.rows]
        parameters = [{"w": run.w, "b": run.b, "p_at_4": run.predict(4.0)}]
        d1, d2 = st.columns(2)
        csv_download(t("ss.dl_history"), history_rows, "logistic_history.csv", d1)
        csv_download(t("ss.dl_params"), parameters, "logistic_parameters.csv", d2)
    code_panel(logistic.LogisticRegressionModel, logistic.train_logistic)
    page.sync(SETTINGS)


logistic_section()

# ---------------------------------------------------------------- 3. BCE
st.header(t("ss.bce"))
st.markdown(t("ss.bce_note"))
st.vega_lite_chart(ss.bce_chart(*logistic.bce_curves()), width="stretch")
st.markdown(t("ss.bce_table"))
st.dataframe(ss.bce_table(logistic.bce_vs_logits()), hide_index=True, width="stretch")
code_panel(logistic.bce_curve, logistic.bce_vs_logits)

# ---------------------------------------------------------------- 4-6. softmax, shift invariance, cross-entropy (they share the logits)


def shift_by(what: str, logits: list[float]):
    """Buttons set the shift c before the slider is drawn (a callback runs before the rerun)."""
    c = -max(logits) if what == "max" else -sum(logits) / len(logits)
    st.session_state.ss_c = SETTINGS["ss_c"].repair(round(c, 2))


@st.fragment
def softmax_sections(names_text: str, logit_text: str):
    """The sliders below rerun only this fragment; the text inputs above it rerun the page (a text
    input inside a fragment lost its value when a slider beside it was moved quickly)."""
    temperature = page.widget(SETTINGS, "ss_T")
    try:
        logits = softmax.parse_logits(logit_text)
        terms = softmax.softmax_terms(logits, temperature)
    except InputError as exc:
        show_error(exc)
        page.sync(SETTINGS)
        return
    names = ss.labels(names_text, len(logits))
    st.vega_lite_chart(ss.softmax_bars(terms, names), width="stretch")
    st.caption(t("ss.terms"))
    st.markdown("p = " + ", ".join(f"{name} **{term['p']:.4f}**" for name, term in zip(names, terms, strict=True)))
    st.dataframe(ss.terms_table(terms, names), width="stretch")
    top_logit = max(range(len(logits)), key=logits.__getitem__)
    top_p = max(range(len(terms)), key=lambda i: terms[i]["p"])
    st.markdown(t("ss.argmax", logit=names[top_logit], prob=names[top_p]))
    code_panel(softmax.stable_softmax, softmax.softmax_terms)

    # ------------------------------------------------------------ 5. shift invariance
    st.header(t("ss.shift"))
    st.markdown(t("ss.shift_q"))
    c1, c2, c3 = st.columns([4, 1, 1])
    c2.button(t("ss.sub_max"), on_click=shift_by, args=("max", logits))
    c3.button(t("ss.sub_mean"), on_click=shift_by, args=("mean", logits))
    c = page.widget(SETTINGS, "ss_c", c1)
    before, after = (v.tolist() for v in softmax.shift_demo(logits, c))
    st.dataframe(ss.shift_table(logits, c, before, after, names), hide_index=True, width="stretch")
    st.success(
        t("ss.same", diff=max(abs(p - q) for p, q in zip(before, after, strict=True))), icon=":material/check_circle:"
    )
    st.markdown(t("ss.overflow"))
    st.dataframe(ss.overflow_table(softmax.overflow_demo()), width="stretch")
    code_panel(softmax.naive_softmax, softmax.stable_softmax, softmax.log_softmax, softmax.overflow_demo)

    # ------------------------------------------------------------ 6. cross-entropy
    st.header(t("ss.ce"))
    true = page.widget(SETTINGS, "ss_true", options=tuple(range(len(logits))), format_func=names.__getitem__)
    forms = softmax.cross_entropy_three_ways(logits, true)
    st.markdown(t("ss.ce_note", ce=next(iter(forms.values()))))
    st.dataframe(ss.cross_entropy_table(forms), hide_index=True, width="stretch")
    code_panel(softmax.log_softmax, softmax.cross_entropy_three_ways)
    page.sync(SETTINGS)


st.header(t("ss.softmax"))
st.caption(t("ss.logits_help"))
c1, c2 = st.columns(2)
softmax_sections(
    page.widget(SETTINGS, "ss_names", c1, placeholder=t("ss.default_names")), page.widget(SETTINGS, "ss_logits", c2)
)

logistic_run = getattr(st.session_state.get("ss.run"), "result", None)
course_run = logistic_run and st.session_state.get("ss_source") == "course"  # ss.pass is about the course's data
latest = {"p4": logistic_run.predict(4.0), "diverged": logistic_run.history.diverged} if course_run else None
page.close(SETTINGS, ss.NOTEBOOK, held={"ss.pass": latest})

import streamlit as st

from core import fitting
from ui import page, points
from ui.i18n import lang, t
from ui.topics import fitting as of
from ui.training import show_outcome, train_or_reuse
from ui.widgets import code_panel

SETTINGS = of.SETTINGS


@st.cache_data(max_entries=32)
def data_for(n, noise, seed, own=None, own_test=None):
    if own is not None:
        return fitting.points_data(own, own_test, noise, seed)
    return fitting.make_data(n, noise, seed)


@st.cache_data(max_entries=64)
def exact_fit(data_args, degree, wd):
    """The closed-form weights and their (training, test) losses for one degree."""
    data = data_for(*data_args)
    w = fitting.closed_form(data, degree, wd)
    return w, fitting.errors(data, degree, w)


@st.cache_data(max_entries=64)
def u_rows(data_args, wd, lang):
    """The U over degree does not depend on the degree: a degree slider move reuses it."""
    return of.u_rows(fitting.degree_sweep(data_for(*data_args), wd))


@st.cache_data(max_entries=64)
def decay_rows(data_args, degree):
    return fitting.decay_sweep(data_for(*data_args), degree)


page.open_page(SETTINGS, "of.title", "of.intro", "fitting")


@st.fragment  # the settings below rerun only these four sections; the exercises and share row stay
def fit_sections():
    seed = st.session_state.seed
    # ---------------------------------------------------------------- 1. data and the closed-form fit
    st.header(t("of.data"))
    source = page.widget(SETTINGS, "of_source", horizontal=True)
    own = own_test = None  # the learner's training and test points
    if source == "own":
        own = page.widget(SETTINGS, "of_pts")
        if page.widget(SETTINGS, "of_test", horizontal=True) == "own":
            own_test = page.widget(SETTINGS, "of_test_pts")
    c1, c2, c3 = st.columns(3)
    degree = page.widget(SETTINGS, "of_degree", c1)
    n = len(own) if own else page.widget(SETTINGS, "of_n", c2)
    noise = page.widget(SETTINGS, "of_noise", c3) if own_test is None else 0.0  # the synthetic points' noise
    wd = page.widget(SETTINGS, "of_wd")
    data_args = (n, noise, seed, own, own_test)
    data = data_for(*data_args)
    w_exact, (train_loss, test_loss) = exact_fit(data_args, degree, wd)
    if degree + 1 > n and wd == 0:
        st.warning(t("of.too_few", n=n, p=degree + 1), icon=":material/info:")
    m1, m2 = st.columns(2)
    m1.metric(t("metric.train_loss"), f"{train_loss:.4g}")
    m2.metric(t("metric.test_loss"), f"{test_loss:.4g}")
    x_lo, x_hi = of.x_domain(data) if own else (-3.0, 3.0)
    curves = {t("of.exact_fit"): fitting.curve(w_exact, degree, x_lo, x_hi)}
    if own is None:
        curves = {t("of.true_curve"): fitting.true_curve(), **curves}
        st.vega_lite_chart(of.fit_chart(data, curves), width="stretch")
    else:
        y_domain = of.y_domain(data)
        points.chart(
            SETTINGS["of_pts"], of.fit_template, (y_domain,), of.fit_layers(data, curves), (x_lo, x_hi), y_domain
        )
    st.caption(t("of.fit_note"))
    st.dataframe(of.coef_table(w_exact, degree, with_true=own is None), hide_index=True, width="stretch")
    code_panel(fitting.make_data, fitting.poly_features, fitting.closed_form)

    # ---------------------------------------------------------------- 2. train it, as D2L does
    st.header(t("of.train"))
    c1, c2 = st.columns(2)
    epochs, lr = page.widget(SETTINGS, "of_epochs", c1), page.widget(SETTINGS, "of_lr", c2)
    updates = fitting.updates(n, epochs)
    result = train_or_reuse(
        "of.run",
        (n, noise, seed, own, own_test, degree, wd, epochs, lr),
        lambda cb: fitting.train(data, degree, wd, epochs, lr, seed=seed, callback=cb),
        auto=updates <= of.AUTO_UPDATES,
        note=t("train.large", updates=updates),
    )
    if result is not None:
        w_sgd, history = result
        if show_outcome(history):
            st.vega_lite_chart(of.history_chart(history), width="stretch")
            gap = (w_sgd - w_exact).abs().max().item()
            st.caption(t("of.sgd_vs_exact", gap=gap, train=history.last["loss"], test=history.last["test_loss"]))
    code_panel(fitting.train)

    # ---------------------------------------------------------------- 3. the U over degree
    st.header(t("of.u"))
    st.vega_lite_chart(of.u_chart(u_rows(data_args, wd, lang()), degree), width="stretch")
    st.caption(t("of.u_note"))
    code_panel(fitting.degree_sweep)

    # ---------------------------------------------------------------- 4. weight decay
    st.header(t("of.decay"))
    st.vega_lite_chart(of.decay_chart(decay_rows(data_args, degree)), width="stretch")
    st.caption(t("of.decay_note", degree=degree))
    code_panel(fitting.decay_sweep)

    closed_form_fit = {"degree": degree, "wd": wd, "train_loss": train_loss, "test_loss": test_loss}
    st.session_state["of.latest"] = closed_form_fit if own is None else None  # the exercises are about D2L's data
    page.sync(SETTINGS)


fit_sections()
latest = st.session_state.get("of.latest")
page.close(SETTINGS, of.NOTEBOOK, held={"of.overfit": latest, "of.decay": latest})

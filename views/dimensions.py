import streamlit as st

from core import dimensions
from ui import layout, page
from ui.i18n import t
from ui.topics import dimensions as cd
from ui.widgets import code_panel

SETTINGS = cd.SETTINGS


@st.cache_data(max_entries=16)
def concentration(n, seed):
    return dimensions.concentration(n=n, seed=seed)


@st.cache_data(max_entries=256)
def at_dimension(d, n, seed):
    """The figures and histogram at one d: dragging the slider back and forth recomputes no distances."""
    return dimensions.concentration((d,), n, seed)[0], dimensions.histogram(d, n, seed)


@st.cache_data(max_entries=16)
def knn_curve(k, seed):
    return dimensions.knn_curve(k, seed=seed)


@st.cache_data(max_entries=256)
def knn_accuracy(irrelevant, k, seed):
    return dimensions.knn_accuracy(irrelevant, k, seed=seed)


page.open_page(SETTINGS, "cd.title", "cd.intro", "dimensions")
seed = st.session_state.seed


@st.fragment  # each slider reruns only its own section
def distance_and_volume_sections():
    st.header(t("cd.distances"))
    c1, c2 = st.columns(2)
    d, n = page.widget(SETTINGS, "cd_d", c1), page.widget(SETTINGS, "cd_n", c2)
    rows = concentration(n, seed)
    here, bins = at_dimension(d, n, seed)
    st.session_state["cd.latest"] = {"d": d, "n": n, "ratio": here["ratio"]}  # what cd.ratio checks
    m1, m2 = st.columns(2)
    m1.metric(t("cd.ratio", d=d), f"{here['ratio']:.3g}")
    m2.metric(t("cd.contrast", d=d), f"{here['contrast']:.3g}")
    left, right = layout.row("cd-contrast", 2)
    left.vega_lite_chart(cd.contrast_chart(rows, d), width="stretch")
    left.caption(t("cd.contrast_note"))
    right.vega_lite_chart(cd.histogram_chart(at_dimension(2, n, seed)[1], bins, 2, d), width="stretch")
    right.caption(t("cd.histogram_note"))
    code_panel(dimensions.distances, dimensions.concentration, dimensions.histogram)

    # the volume section shares d with the distances, so it lives in the same fragment
    st.header(t("cd.volume"))
    c1, c2 = st.columns(2)
    eps = page.widget(SETTINGS, "cd_eps", c1)
    share = dimensions.shell_share(d, eps)
    c2.metric(t("cd.shell_metric", d=d, eps=eps), f"{share * 100:.4g}%")
    st.vega_lite_chart(cd.shell_chart(eps, d), width="stretch")
    st.caption(t("cd.volume_note", eps=eps, inner=1 - 2 * eps))
    code_panel(dimensions.shell_share)
    page.sync(SETTINGS)


@st.fragment
def knn_section():
    st.header(t("cd.knn"))
    c1, c2 = st.columns([3, 1])
    irrelevant, k = page.widget(SETTINGS, "cd_irrelevant", c1), page.widget(SETTINGS, "cd_k", c2)
    accuracy = knn_accuracy(irrelevant, k, seed)
    st.metric(t("cd.knn_metric", m=irrelevant), f"{accuracy:.1%}")
    st.vega_lite_chart(cd.knn_chart(knn_curve(k, seed), irrelevant, accuracy), width="stretch")
    st.caption(t("cd.knn_note"))
    code_panel(dimensions.knn_accuracy)
    page.sync(SETTINGS)


distance_and_volume_sections()
knn_section()
page.close(SETTINGS, cd.NOTEBOOK, held={"cd.ratio": st.session_state.get("cd.latest")})

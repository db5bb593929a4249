"""Router: page config, the shared sidebar, and the navigation over the topic pages."""

import streamlit as st

from core.compute import configure_threads
from ui.i18n import LANGS, t
from ui.nav import TOPICS

st.set_page_config(page_title="Deep Learning Playground", page_icon="🧠", layout="wide")
configure_threads()

# "lang" and "seed" are plain session keys every page reads. The widgets write them through
# callbacks because Streamlit drops a widget's own key when navigation changes the page.
st.session_state.setdefault("lang", "en")
st.session_state.setdefault("seed", 0)


def keep(name):
    st.session_state[name] = st.session_state[f"_{name}"]


for name in ("lang", "seed"):
    st.session_state.setdefault(f"_{name}", st.session_state[name])


with st.sidebar:
    # A fixed bilingual label: switching language must not change the widget's identity.
    st.selectbox(
        "Language · 语言",
        options=list(LANGS),
        format_func=LANGS.get,
        key="_lang",
        on_change=keep,
        args=("lang",),
    )
    st.number_input(
        "Random seed · 随机种子",
        min_value=0,
        max_value=2**31 - 1,
        step=1,
        key="_seed",
        help=t("app.seed_help"),
        on_change=keep,
        args=("seed",),
    )

home = st.Page("views/home.py", title=t("home.title"), icon=":material/home:", default=True)
sections: dict[str, list] = {t("app.section.start"): [home]}
for topic in TOPICS:
    page = st.Page(topic.path, title=t(topic.title), icon=topic.icon, url_path=topic.url_path)
    sections.setdefault(t(topic.section), []).append(page)

st.navigation(sections).run()

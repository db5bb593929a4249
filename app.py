"""Router: page config, the shared sidebar, and the navigation over the topic pages."""

import streamlit as st

from core.memory import freeze_in_background, release_free_memory, tune_malloc
from ui import layout, link, progress, shutdown, teacher
from ui.i18n import LANGS, t
from ui.nav import PAGE_MODULES, TOPICS

st.set_page_config(page_title="Deep Learning Playground", page_icon="🧠", layout="wide")
tune_malloc()  # many sessions' threads, large blocks freed after each training: see core/memory.py
shutdown.let_runs_end_at_exit()  # a server stopped mid-training exits cleanly (ui/shutdown.py)

# "lang" and "seed" are plain session keys every page reads, first filled from the link (a shared
# link carries both). The widgets write them through callbacks because Streamlit drops a widget's
# own key when navigation changes the page.
progress.token()  # whose progress this is: before anything else reads the link (a resume link leaves it)
link.bind(link.SHELL)


def keep(name):
    st.session_state[name] = st.session_state[f"_{name}"]


for name in ("lang", "seed"):
    st.session_state[f"_{name}"] = st.session_state[name]

with st.sidebar:
    # A fixed bilingual label: switching language must not change the widget's identity.
    st.selectbox(
        "Language · 语言", options=list(LANGS), format_func=LANGS.get, key="_lang", on_change=keep, args=("lang",)
    )
    st.number_input(
        "Random seed · 随机种子",
        min_value=0,
        max_value=link.MAX_SEED,
        step=1,
        key="_seed",
        help=t("app.seed_help"),
        on_change=keep,
        args=("seed",),
    )
progress.class_sidebar()

home = st.Page("views/home.py", title=t("home.title"), icon=":material/home:", default=True)
sections: dict[str, list] = {t("app.section.start"): [home]}
for topic in TOPICS:
    sections.setdefault(t(topic.section), []).append(
        st.Page(topic.path, title=t(topic.title), icon=topic.icon, url_path=topic.url_path)
    )
if teacher.available():
    class_view = st.Page("views/teacher.py", title=t("teacher.title"), icon=":material/groups:", url_path="teacher")
    sections[t("app.section.class")] = [class_view]
layout.apply()
st.navigation(sections).run()
# Once per process, after the first page is drawn: the GC after each run then skips the libraries' and pages' objects
freeze_in_background(PAGE_MODULES)
release_free_memory()  # what this run freed (a chart's frames, an evaluation's batches) goes back to the OS

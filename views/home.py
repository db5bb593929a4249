import streamlit as st

from ui import progress as saved
from ui.exercises import progress
from ui.i18n import t
from ui.nav import TOPICS

st.title(t("home.title"))
st.markdown(t("home.intro"))
st.info(t("home.howto"), icon=":material/info:")
st.subheader(t("home.topics"))
saved.load()  # after a reload, Home lists what the store holds
for topic in TOPICS:
    with st.container(border=True):
        st.page_link(topic.path, label=t(topic.title), icon=topic.icon)
        st.caption(t(topic.blurb))
        done, total = progress(topic.exercises)
        st.caption(t("home.exercises", done=done, total=total))

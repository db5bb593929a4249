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
counts = []
for topic in TOPICS:
    with st.container(border=True):
        st.page_link(topic.path, label=t(topic.title), icon=topic.icon)
        st.caption(t(topic.blurb))
        counts.append(st.empty())
# The exercises come with the pages' libraries (torch: seconds, in a fresh server): the list is on screen first.
for topic, count in zip(TOPICS, counts, strict=True):
    done, total = progress(topic.exercises)
    count.caption(t("home.exercises", done=done, total=total))

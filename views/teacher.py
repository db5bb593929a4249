import streamlit as st

from core.exercises.catalog import BY_ID
from core.save_queue import FAULTS
from ui import teacher
from ui.i18n import as_text, t
from ui.topics import teacher as tv

st.title(t("teacher.title"))
st.caption(t("teacher.intro"))
if not teacher.signed_in():
    st.stop()

code = teacher.class_code_field()
exercises = list(BY_ID.values())


@st.fragment(run_every=teacher.REFRESH_S)  # the grid stays live while learners answer
def live():
    try:
        learners, rows, wrong = teacher.snapshot(code)
    except FAULTS:
        st.warning(t("teacher.away"), icon=":material/cloud_off:")
        return
    if not learners:
        st.info(t("teacher.no_class", code=code))
        return
    st.subheader(t("teacher.grid"))
    st.caption(t("teacher.legend"))
    grid = tv.grid_frame(learners, rows, exercises)
    picked = st.dataframe(grid, hide_index=True, on_select="rerun", selection_mode="single-row", key="teacher_grid")
    st.download_button(
        t("teacher.download"),
        grid.to_csv(index=False),
        f"class-{code}.csv",
        mime="text/csv",
        icon=":material/download:",
    )
    st.subheader(t("teacher.missed"))
    st.dataframe(tv.missed_frame(rows, wrong, exercises), hide_index=True)
    chosen = picked.selection.rows
    if chosen and chosen[0] < len(learners):
        learner = learners[chosen[0]]
        st.subheader(t("teacher.attempts", name=as_text(learner.name or "")), anchor=False)
        st.dataframe(tv.attempts_frame(teacher.attempts_of(learner.id)), hide_index=True)


live()

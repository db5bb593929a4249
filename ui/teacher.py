"""The teacher's key and the class data behind views/teacher.py.

The key comes from PLAYGROUND_TEACHER_KEY or `teacher_key` in st.secrets; an entered key is compared in
constant time; wrong keys are limited per server process (a few a minute, all sessions together) and
show nothing of the class.
"""

import hmac
import os

import streamlit as st

from core.progress import Learner, clean_name
from core.rate_limit import RateLimit
from ui import progress
from ui.i18n import t

KEY_ENV = "PLAYGROUND_TEACHER_KEY"
REFRESH_S = 5
WRONG_KEYS_PER_MINUTE = 5
_wrong_keys = RateLimit(WRONG_KEYS_PER_MINUTE)


def configured_key() -> str | None:
    key = os.environ.get(KEY_ENV, "")
    if not key:
        try:
            key = str(st.secrets.get("teacher_key", ""))
        except (FileNotFoundError, KeyError, AttributeError):
            key = ""
    return key or None


def available() -> bool:
    """The page is listed in class mode or when a key is configured."""
    return progress.class_code() is not None or configured_key() is not None


def signed_in() -> bool:
    """The key form until the right key was entered in this session."""
    if st.session_state.get("teacher.ok"):
        return True
    key = configured_key()
    if key is None:
        st.info(t("teacher.no_key"), icon=":material/key:")
        return False
    with st.form("teacher_key"):
        entered = st.text_input(t("teacher.key"), type="password", max_chars=200)
        opened = st.form_submit_button(t("teacher.open"))
    if opened:
        if _wrong_keys.full("wrong"):  # no comparison at all until the minute has passed
            st.error(t("teacher.slow_down"))
        elif hmac.compare_digest(entered.encode(), key.encode()):
            st.session_state["teacher.ok"] = True
            st.rerun()
        else:
            _wrong_keys.allow("wrong")
            st.error(t("teacher.wrong_key"))
    return False


def class_code_field() -> str:
    code = progress.class_code()
    if code:
        return code
    return clean_name(st.text_input(t("teacher.class"), key="teacher_class", max_chars=40), 40)


def snapshot(code: str) -> tuple[list[Learner], list[dict], dict]:
    store = _store()
    return store.class_learners(code), store.class_grid(code), store.common_wrong_answers(code)


def attempts_of(learner_id: str) -> list[dict]:
    return _store().attempts_of(learner_id)


def _store():
    found = progress.backend()
    if found is None:
        raise RuntimeError("progress is switched off (PLAYGROUND_PROGRESS=off)")
    return found[0]

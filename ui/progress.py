"""Whose progress it is, and keeping it: the learner's token, the store, saving, class mode.

- Each browser gets a random token (256 bits) in a cookie, set by a line of JavaScript in the page and read
  back by the server from the websocket's handshake (`st.context.cookies`), so a reload or a reconnect to
  another replica (the cookie travels through HAProxy) is the same learner. The database keeps only the
  token's hash. A resume link (`?resume=<token>`) sets the cookie on another device and leaves the address
  bar at once; share links are built from declared settings only, so neither ever carries the token.
- Class mode (`PLAYGROUND_CLASS=<code>`): a learner joins with the class code and a display name; a name
  already taken asks for that learner's resume link instead of taking it over.
- Progress is read once per session into session state (`ex.state`, a cache); the store is the truth.
  Saving goes through core.save_queue: "saved" once committed, "queued" while the database is away.
"""

import json
import os
import time

import streamlit as st

from core.progress import NameTaken, ProgressStore, Record, clean_name, new_token, valid_token, variant_of
from core.rate_limit import RateLimit
from core.save_queue import FAULTS, SaveQueue
from ui.i18n import as_text, t

COOKIE = "playground_learner"
COOKIE_DAYS = 365
CLASS_ENV, PROGRESS_ENV = "PLAYGROUND_CLASS", "PLAYGROUND_PROGRESS"
TOKEN, LOADED, NOTICE, ME, RETRY_AT = (
    "progress.token",
    "progress.loaded",
    "progress.notice",
    "progress.me",
    "progress.retry",
)
COOKIE_PENDING = "progress.cookie_pending"
RETRY_S = 30  # while the database is away, a session asks it again at most this often (a run never waits on it)
# Checks per learner per minute, all exercises and one exercise: enough to think, too few to try every
# number. PLAYGROUND_CHECKS_PER_MINUTE scales both (a load test's simulated learners answer faster than people).
CHECKS_PER_MINUTE = int(os.environ.get("PLAYGROUND_CHECKS_PER_MINUTE", "30"))
_checks, _exercise_checks = RateLimit(CHECKS_PER_MINUTE), RateLimit(max(1, CHECKS_PER_MINUTE * 4 // 15))


@st.cache_resource(show_spinner=False)
def backend() -> tuple[ProgressStore, SaveQueue] | None:
    """One store and one save queue per server process (a connection pool and its writer thread).
    None when PLAYGROUND_PROGRESS=off."""
    if os.environ.get(PROGRESS_ENV, "").lower() == "off":
        return None
    store = ProgressStore(migrate=False)  # migrates on first use: the database may still be starting
    return store, SaveQueue(store.write)


def class_code() -> str | None:
    return clean_name(os.environ.get(CLASS_ENV, ""), 40) or None


def token() -> str:
    """This learner's token: from a resume link, else the cookie, else a new one (and the cookie set)."""
    if TOKEN not in st.session_state:
        resume = st.query_params.get("resume")
        cookie = st.context.cookies.get(COOKIE)
        if valid_token(resume):
            chosen = resume
            st.query_params.pop("resume", None)
        elif valid_token(cookie):
            chosen = cookie
        else:
            chosen = new_token()
        st.session_state[TOKEN] = chosen
        st.session_state[COOKIE_PENDING] = chosen != cookie  # the browser's cookie must be (re)written
    if st.session_state[COOKIE_PENDING]:
        _set_cookie(st.session_state[TOKEN])  # every run of this session: a run cut short by a rerun must not lose it
    return st.session_state[TOKEN]


def _set_cookie(value: str) -> None:
    secure = "; Secure" if (st.context.url or "").startswith("https") else ""
    cookie = f"{COOKIE}={value}; Max-Age={COOKIE_DAYS * 86400}; Path=/; SameSite=Lax{secure}"
    st.sidebar.html(f"<script>document.cookie = {json.dumps(cookie)};</script>", unsafe_allow_javascript=True)


def variant() -> int:
    return variant_of(token())


def load() -> None:
    """Once per session: the learner's saved progress into session state (the page's cache of it)."""
    if st.session_state.get(LOADED) or time.monotonic() < st.session_state.get(RETRY_AT, 0):
        return
    found = backend()
    if found is None:
        st.session_state[LOADED] = True
        return
    try:
        saved = found[0].progress(token())
    except FAULTS:
        st.session_state[NOTICE] = "queued"
        st.session_state[RETRY_AT] = time.monotonic() + RETRY_S
        return
    states = st.session_state.setdefault("ex.state", {})
    for exercise_id, state in saved.items():
        states[exercise_id] = {**state, **{k: v for k, v in states.get(exercise_id, {}).items() if k == "saved"}}
    st.session_state[LOADED] = True


def save(record: Record) -> str:
    """ "saved", "queued", "full" or "off" (no store)."""
    found = backend()
    if found is None:
        return "off"
    status = found[1].save(record)
    st.session_state[NOTICE] = status if status != "saved" else None
    return status


def attempt(exercise_id: str, variant_now: int, answer, verdict: dict) -> str:
    return save(Record.attempt(token(), exercise_id, variant_now, answer, verdict))


def event(exercise_id: str, kind: str, variant_now: int) -> str:
    return save(Record.event(token(), exercise_id, kind, variant_now))


def may_check(exercise_id: str) -> bool:
    """Answer checks per learner are limited, so a numeric answer cannot be found by trying them all."""
    me = token()
    return _checks.allow(me) and _exercise_checks.allow(f"{me}:{exercise_id}")


def backlog() -> int:
    found = backend()
    return found[1].backlog if found else 0


def notice() -> None:
    """While writes wait for the database, say so (once per page, above the exercises)."""
    if backlog() or st.session_state.get(NOTICE) in ("queued", "full"):
        st.warning(t("progress.away"), icon=":material/cloud_off:")


# ---------------------------------------------------------------- class mode


def class_sidebar() -> None:
    """In class mode: join with the class code and a name, or who you are and your resume link."""
    code = class_code()
    found = backend()
    if code is None or found is None:
        return
    with st.sidebar.container(border=True):
        try:
            me = _me(found[0])
        except FAULTS:
            st.caption(t("class.away"))
            return
        if me and me.class_code == code:
            st.caption(t("class.joined", name=as_text(me.name or ""), code=as_text(code)))
            with st.popover(t("class.resume"), icon=":material/bookmark:"):
                st.caption(t("class.resume_help"))
                st.code(f"{(st.context.url or '').split('?')[0]}?resume={token()}", language=None)
            return
        with st.form("class_join", border=False):
            entered = st.text_input(t("class.code"), max_chars=40)
            name = st.text_input(t("class.name"), max_chars=40)
            joined = st.form_submit_button(t("class.join"))
        if joined:
            _join(found[0], code, entered, name)


def _me(store: ProgressStore):
    """Who this browser is in the store: asked once per session, again after joining."""
    if ME not in st.session_state:
        if time.monotonic() < st.session_state.get(RETRY_AT, 0):
            raise OSError("the database was away a moment ago")
        try:
            st.session_state[ME] = store.learner(token())
        except FAULTS:
            st.session_state[RETRY_AT] = time.monotonic() + RETRY_S
            raise
    return st.session_state[ME]


def _join(store: ProgressStore, code: str, entered: str, name: str) -> None:
    if clean_name(entered, 40).casefold() != code.casefold():
        st.error(t("class.wrong_code"))
    elif not clean_name(name):
        st.error(t("class.no_name"))
    else:
        try:
            store.join(token(), code, name)
        except NameTaken:
            st.error(t("class.taken"))
        except FAULTS:
            st.error(t("class.away"))
        else:
            st.session_state.pop(ME, None)
            st.rerun()

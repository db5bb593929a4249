"""Settings and the address bar: a page's settings read from its link once, repaired, and the link kept
as their mirror. The router binds the shell's settings (language, seed) with this before any page
draws, so it imports nothing heavy: Home shows before torch has loaded.
"""

import streamlit as st

from ui.i18n import LANGS, t
from ui.settings import Choice, Number, PageSettings, Setting, clip, page, query_for, read_query

MAX_SEED = 2**31 - 1
SHELL = page(
    Choice(key="lang", label="app.language", default="en", options=tuple(LANGS)),
    Number(key="seed", label="app.seed", default=0, lo=0, hi=MAX_SEED, step=1, integer=True, help="app.seed_help"),
)


def bind(settings: PageSettings) -> None:
    """Call first: fill settings not yet in this session from the URL, repair the rest, and say
    which link values were ignored. A value is read from the URL once; after that session state
    holds it and the URL is its mirror."""
    fresh = PageSettings(tuple(s for s in settings if s.key not in st.session_state))
    if fresh.items:
        values, ignored = read_query(fresh, st.query_params.to_dict())
        for s in fresh:
            st.session_state[s.key] = values.get(s.key, s.default)
        if ignored:
            st.session_state["_link_notes"] = ignored
    for s in settings:
        repair(s)
    _show_link_notes()


def repair(setting: Setting, **bounds) -> None:
    value = st.session_state.get(setting.key, setting.default)
    fixed = setting.repair(value, **bounds)
    if fixed is not value and fixed != value:
        st.session_state[setting.key] = fixed


def _show_link_notes() -> None:
    notes = st.session_state.pop("_link_notes", None)
    if notes:
        lines = [t(reason, key=key, value=clip(raw)) for key, raw, reason in notes]
        st.warning(
            t("settings.link_notes") + "\n\n" + "\n".join(f"- {line}" for line in lines), icon=":material/link_off:"
        )


def current_query(settings: PageSettings) -> dict[str, str]:
    """Language and seed always, then this page's settings that differ from their defaults."""
    state = {key: st.session_state[key] for key in st.session_state if isinstance(key, str)}
    shell = {s.key: s.to_text(state.get(s.key, s.default)) for s in SHELL}
    return {**shell, **query_for(settings, state)}


def sync(settings: PageSettings) -> None:
    """Make the address bar the share link (fragments call this too, since they rerun alone)."""
    query = current_query(settings)
    if st.query_params.to_dict() != query:
        st.query_params.from_dict(query)

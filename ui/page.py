"""What every page does with its declared settings: bind them to the URL, build widgets, share.

SETTINGS = topics.linear_fit.SETTINGS
page.open_page(SETTINGS, "lin.title", "lin.intro", "linear-fit")  # first line: bind, title, links, intro
lr = page.widget(SETTINGS, "lin_lr", c1) # widgets from declarations
page.sync(SETTINGS)                      # end of a fragment: the address bar stays current
page.close(SETTINGS, NOTEBOOK, held)     # last line: the exercises, then the share popover (it also syncs)
"""

import functools
from typing import Any

import streamlit as st

from core.exercises.catalog import PAGES
from core.own_data import MAX_SHARED
from ui import course, exercises, notebook, points
from ui.i18n import LANGS, lang, t
from ui.notebook import Notebook
from ui.settings import (
    Choice,
    Flag,
    Many,
    Number,
    PageSettings,
    Points,
    Setting,
    Text,
    clip,
    page,
    query_for,
    read_query,
    share_url,
)

MAX_SEED = 2**31 - 1
SHELL = page(
    Choice(key="lang", label="app.language", default="en", options=tuple(LANGS)),
    Number(key="seed", label="app.seed", default=0, lo=0, hi=MAX_SEED, step=1, integer=True, help="app.seed_help"),
)


def open_page(settings: PageSettings, title: str, intro: str, course_key: str) -> None:
    """Every topic page opens the same way: settings bound to the link, title, course links, intro."""
    bind(settings)
    st.title(t(title))
    course.links(course_key)
    st.markdown(t(intro))


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
        _repair(s)
    _show_link_notes()


def _repair(setting: Setting, **bounds) -> None:
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


def widget(settings: PageSettings, key: str, where: Any = None, **options) -> Any:
    """The widget a declaration describes. `lo`/`hi` or `options` narrow it where the data decides
    (a batch no larger than the data, a class index among the classes there are); other keyword
    arguments (on_change, disabled, horizontal...) go to Streamlit."""
    s = settings[key]
    where = where or st
    bounds = {k: options.pop(k) for k in ("lo", "hi") if k in options}
    choices = options.pop("options", None)
    if isinstance(s, Number):
        _repair(s, **bounds)
    elif isinstance(s, Choice) and choices is not None:
        _repair(s, options=tuple(choices))
    else:
        _repair(s)
    label = t(s.label)
    extra = {"key": key, "help": t(s.help) if s.help else None, **options}
    if isinstance(s, Number):
        lo, hi = bounds.get("lo", s.lo), bounds.get("hi", s.hi)
        cast = int if s.integer else float
        num = {"min_value": cast(lo), "max_value": cast(hi), "step": cast(s.step) if s.step else None}
        if s.fmt:
            num["format"] = s.fmt
        return (where.slider if s.slider else where.number_input)(label, **num, **extra)
    if isinstance(s, Choice):
        opts = list(choices if choices is not None else s.options)
        given = extra.pop("format_func", None)
        # Labels are looked up now, not when Streamlit (or AppTest) calls format_func later, outside this run.
        names = {o: given(o) if given else t(s.labels[o]) if s.labels else str(o) for o in opts}
        fmt = names.__getitem__
        if s.radio:
            return where.radio(label, opts, format_func=fmt, **extra)
        return where.selectbox(label, opts, format_func=fmt, **extra)
    if isinstance(s, Flag):
        return where.toggle(label, **extra)
    if isinstance(s, Text):
        return where.text_input(label, max_chars=s.max_chars, **extra)
    if isinstance(s, Many):
        return where.multiselect(label, list(s.options), **extra)
    if isinstance(s, Points):
        return points.editor(s, where)
    raise TypeError(f"no widget for {type(s).__name__}")


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


def close(settings: PageSettings, recipe: Notebook, held: dict | None = None) -> None:
    """Last line of every topic page, also of one that stops early: the page's exercises (an ON_PAGE
    one is checked against `held`, the page's latest result by exercise id), then the share row."""
    exercises.section(PAGES[recipe.course], held)
    share(settings, recipe)


def share(settings: PageSettings, recipe: Notebook) -> None:
    """Last line of a page: sync the URL, offer the link and the page as a notebook. Opening the
    popover reruns the page, so the link it shows is built from the settings as they are now, also
    after a fragment changed them."""
    sync(settings)
    left, right = st.columns(2, width=520)
    with left.popover(t("share.button"), icon=":material/link:", key="share_popover", on_change="rerun"):
        st.caption(t("share.help"))
        st.code(share_link(settings), language=None)
        for s in settings:
            value = st.session_state.get(s.key, s.default)
            if not s.shareable(value):
                st.warning(t("share.points_left_out", n=len(value), max=MAX_SHARED), icon=":material/info:")
    # Built when pressed (on another thread, so from values captured now, not from session state)
    values = notebook.values_for(settings, st.session_state)
    variants = exercises.variants_of(PAGES[recipe.course])
    build = functools.partial(notebook.build_bytes, recipe, values, lang(), variants)
    right.download_button(
        t("nb.download"),
        build,
        f"{recipe.course}.ipynb",
        mime="application/x-ipynb+json",
        on_click="ignore",
        icon=":material/download:",
        key="notebook_download",
        help=t("nb.download_help"),
    )


def share_link(settings: PageSettings) -> str:
    return share_url((st.context.url or "").split("?")[0], current_query(settings))

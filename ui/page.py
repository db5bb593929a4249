"""What every page does with its declared settings: bind them to the URL, build widgets, share.

SETTINGS = topics.linear_fit.SETTINGS
page.open_page(SETTINGS, "lin.title", "lin.intro", "linear-fit")  # first line: bind, title, links, intro
lr = page.widget(SETTINGS, "lin_lr", c1) # widgets from declarations
page.sync(SETTINGS)                      # end of a fragment: the address bar and the notebook stay current
page.close(SETTINGS, NOTEBOOK, held)     # last line: the exercises, then the share popover (it also syncs)
"""

import functools
from typing import Any

import streamlit as st

from core.exercises.catalog import PAGES
from core.own_data import MAX_SHARED
from ui import course, exercises, link, notebook, points, training
from ui.i18n import lang, t
from ui.link import bind, current_query, repair
from ui.notebook import Notebook
from ui.settings import Choice, Flag, Many, Number, PageSettings, Points, Text, share_url

NOTEBOOK_VALUES = "_notebook_values"  # session key: what the download button builds the notebook from


def open_page(settings: PageSettings, title: str, intro: str, course_key: str) -> None:
    """Every topic page opens the same way: settings bound to the link, title, course links, intro.
    First it waits for a training that the click which started this run stopped (ui.training)."""
    training.wait_for_unfinished_trainings()
    bind(settings)
    st.title(t(title))
    course.links(course_key)
    st.markdown(t(intro))


def widget(settings: PageSettings, key: str, where: Any = None, **options) -> Any:
    """The widget a declaration describes. `lo`/`hi` or `options` narrow it where the data decides
    (a batch no larger than the data, a class index among the classes there are); other keyword
    arguments (on_change, disabled, horizontal...) go to Streamlit."""
    s = settings[key]
    where = where or st
    bounds = {k: options.pop(k) for k in ("lo", "hi") if k in options}
    choices = options.pop("options", None)
    if isinstance(s, Number):
        repair(s, **bounds)
    elif isinstance(s, Choice) and choices is not None:
        repair(s, options=tuple(choices))
    else:
        repair(s)
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


def close(settings: PageSettings, recipe: Notebook, held: dict | None = None) -> None:
    """Last line of every topic page, also of one that stops early: the page's exercises (an ON_PAGE
    one is checked against `held`, the page's latest result by exercise id), then the share row."""
    exercises.section(PAGES[recipe.course], held)
    share(settings, recipe)


def share(settings: PageSettings, recipe: Notebook) -> None:
    """Last line of a page: sync the URL, offer the link and the page as a notebook. Opening the
    popover reruns the page, so the link it shows is built from the settings as they are now, also
    after a fragment changed them."""
    latest = sync(settings)
    left, right = st.columns(2, width=520)
    with left.popover(t("share.button"), icon=":material/link:", key="share_popover", on_change="rerun"):
        st.caption(t("share.help"))
        st.code(share_link(settings), language=None)
        for s in settings:
            value = st.session_state.get(s.key, s.default)
            if not s.shareable(value):
                st.warning(t("share.points_left_out", n=len(value), max=MAX_SHARED), icon=":material/info:")
    # Built when pressed, on another thread (no session state there): from the values the page's last run
    # or fragment rerun left in `latest`, since a fragment rerun does not redraw this button
    variants = exercises.variants_of(PAGES[recipe.course])
    build = functools.partial(_notebook_bytes, recipe, latest, lang(), variants)
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


def sync(settings: PageSettings) -> dict[str, dict]:
    """The address bar becomes the share link, and the session's notebook values the settings as they
    are now (fragments call this too, since they rerun alone). Returns the holder of those values."""
    link.sync(settings)
    latest = st.session_state.setdefault(NOTEBOOK_VALUES, {})
    latest["values"] = notebook.values_for(settings, st.session_state)  # one assignment: a press reads old or new
    return latest


def _notebook_bytes(recipe: Notebook, latest: dict[str, dict], language: str, variants: dict[str, int]) -> bytes:
    return notebook.build_bytes(recipe, latest["values"], language, variants)


def share_link(settings: PageSettings) -> str:
    return share_url((st.context.url or "").split("?")[0], current_query(settings))

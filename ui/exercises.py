"""The Exercises section every topic page ends with, built from the page's declarations in core.

exercises.section(PAGES["linear-fit"], held={"lin.bottom": {...}})

For each exercise: its kind and source, the statement with this learner's numbers, the input (text,
a choice, or nothing when the page's own result is checked), Check, the verdict with the hint meant
for the mistake, Show solution (opened by itself after two wrong tries) with the core code, and
Another variant. What lasts is plain data in session state, keyed by exercise id:
{"variant", "tries", "wrong", "done", "shown", "answer", "last"}, so a store can save it as it is.
"""

import re
import secrets
from collections.abc import Mapping
from random import Random
from typing import Any

import streamlit as st

from core.exercises.answers import parse_number, shape_text
from core.exercises.base import Exercise, Kind, Verdict, answer_of, draw, grade
from core.exercises.catalog import PAGES
from ui.i18n import t
from ui.widgets import code_panel

STATE = "ex.state"  # {exercise id: plain dict}
VARIANT = "ex.variant"  # the learner's variant: drawn once, not the sidebar seed every learner leaves at 0
MAX_VARIANT = 2**31 - 1
WRONG_BEFORE_SOLUTION = 2
_MARKDOWN = re.compile(r"([\\`*_\[\]<>!$])")  # links, images, HTML, emphasis, code and math


def learner_variant() -> int:
    if VARIANT not in st.session_state:
        st.session_state[VARIANT] = secrets.randbelow(MAX_VARIANT)
    return st.session_state[VARIANT]


def state_of(ex: Exercise) -> dict:
    states = st.session_state.setdefault(STATE, {})
    if ex.id not in states:
        states[ex.id] = {"variant": learner_variant(), "tries": 0, "wrong": 0, "done": False, "shown": False,
                         "answer": None, "last": None}  # fmt: skip
    return states[ex.id]


def progress(exercises: tuple[Exercise, ...]) -> tuple[int, int]:
    """(done, total) for these exercises in this session."""
    states = st.session_state.get(STATE, {})
    return sum(bool(states.get(ex.id, {}).get("done")) for ex in exercises), len(exercises)


def variants_of(exercises: tuple[Exercise, ...]) -> dict[str, int]:
    """Each exercise's variant for this learner: the downloaded worksheet has the same numbers."""
    return {ex.id: state_of(ex)["variant"] for ex in exercises}


def plain(value: Any) -> Any:
    """A value as a statement or hint shows it: shapes as torch writes them, text with markdown escaped
    (a learner's own words travel in some verdicts)."""
    if isinstance(value, list | tuple) and all(isinstance(v, int | float) for v in value):
        return shape_text(tuple(value))
    if isinstance(value, str):
        return _MARKDOWN.sub(r"\\\1", value)
    return value


def text_of(key: str, values: Mapping[str, Any]) -> str:
    return t(key, **{name: plain(value) for name, value in values.items()})


def source_text(ex: Exercise) -> str:
    return t(ex.source.key, **ex.source.params)


def verdict_text(ex: Exercise, params: dict, verdict: Verdict) -> str:
    head = t("ex.correct") if verdict.correct else t("ex.not_yet")
    return head + (" " + text_of(verdict.hint, {**params, **verdict.detail}) if verdict.hint else "")


def options_in_order(ex: Exercise, variant: int) -> list:
    """The options shuffled per variant, so the right one is not always first."""
    options = list(ex.options)
    Random(f"{variant}:{ex.id}:options").shuffle(options)
    return options


def record(ex: Exercise, answer: Any, verdict: Verdict) -> None:
    """Count a try: once per distinct answer, and never for an answer that could not be read."""
    state = state_of(ex)
    unread = verdict.hint is not None and (
        verdict.hint.startswith("ex.parse.") or verdict.hint == "ex.hint.nothing_yet"
    )
    repeated = ex.kind is not Kind.ON_PAGE and answer == state["answer"]
    if not unread and not repeated:
        state["tries"] += 1
        state["wrong"] += not verdict.correct
        state["answer"] = answer if ex.kind is not Kind.ON_PAGE else None
    state["done"] = state["done"] or verdict.correct
    state["last"] = verdict.as_dict()


def _show_solution(exercise_id: str) -> None:
    st.session_state[STATE][exercise_id]["shown"] = True


def _another_variant(exercise_id: str) -> None:
    state = st.session_state[STATE][exercise_id]
    state.update(variant=secrets.randbelow(MAX_VARIANT), wrong=0, answer=None, last=None)


def section(exercises: tuple[Exercise, ...], held: Mapping[str, Any] | None = None) -> None:
    """The page's Exercises heading with done/total, then each exercise. `held` maps an ON_PAGE
    exercise's id to the facts of the learner's latest result on this page (None: nothing yet)."""
    heading = st.empty()
    st.caption(t("ex.intro"))
    for number, ex in enumerate(exercises, start=1):
        _exercise(number, ex, (held or {}).get(ex.id))
    done, total = progress(exercises)
    heading.header(f"{t('ex.title')} · {t('ex.progress', done=done, total=total)}", anchor="exercises")


def _exercise(number: int, ex: Exercise, held: Any) -> None:
    state = state_of(ex)
    variant = state["variant"]
    params = draw(ex, variant)
    key = f"ex.{ex.id}.{variant}"  # a new variant gets fresh, empty inputs
    with st.container(border=True):
        status = f" · ✓ {t('ex.done')}" if state["done"] else ""
        st.markdown(f"**{number}. {t('ex.kind.' + ex.kind.value)}**{status}")
        st.caption(f"{source_text(ex)} · {t('ex.tries', n=state['tries'])}")
        st.markdown(text_of(ex.text, params))
        answer: Any = None
        if ex.kind is Kind.COMPUTE:
            answer = st.text_input(t("ex.answer"), key=f"{key}.answer", help=t("ex.answer_help"))
            if ex.parse is parse_number:
                st.caption(t("ex.tolerance", rel=f"{ex.rel_tol:.1%}".replace(".0%", "%")))
        elif ex.kind is Kind.CHOICE:
            options = options_in_order(ex, variant)
            labels = {o.id: t(o.label) for o in options}
            answer = st.radio(t("ex.choose"), list(labels), format_func=labels.__getitem__, index=None,
                              key=f"{key}.choice")  # fmt: skip
        else:
            st.caption(t("ex.on_page_note"))
        c1, c2, c3 = st.columns(3)
        checked = c1.button(t("ex.check"), key=f"{key}.check", type="primary", icon=":material/task_alt:")
        c2.button(t("ex.show_solution"), key=f"{key}.show", on_click=_show_solution, args=(ex.id,),
                  icon=":material/lightbulb:")  # fmt: skip
        c3.button(t("ex.another"), key=f"{key}.another", on_click=_another_variant, args=(ex.id,),
                  icon=":material/casino:")  # fmt: skip
        if checked:
            record(ex, answer, grade(ex, params, answer, held))
        if state["last"] is not None:
            last = Verdict(**state["last"])
            box = st.success if last.correct else st.warning
            box(verdict_text(ex, params, last), icon=":material/check_circle:" if last.correct else ":material/info:")
        if state["wrong"] >= WRONG_BEFORE_SOLUTION and not state["shown"]:
            state["shown"] = True
            st.info(t("ex.solution_open"), icon=":material/lightbulb:")
        if state["shown"]:
            _solution(ex, params)


def _solution(ex: Exercise, params: dict) -> None:
    answer = answer_of(ex, params)
    st.markdown(f"**{t('ex.solution')}.** " + text_of(ex.solution, {**params, "answer": answer}))
    if ex.code:
        code_panel(*ex.code)


def page_progress() -> list[tuple[str, int, int]]:
    """(course key, done, total) for every page: what Home lists."""
    return [(course, *progress(exercises)) for course, exercises in PAGES.items()]

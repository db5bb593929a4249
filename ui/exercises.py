"""The Exercises section every topic page ends with, built from the page's declarations in core.

exercises.section(PAGES["linear-fit"], held={"lin.bottom": {...}})

For each exercise: its kind and source, the statement with this learner's numbers, the input (text,
a choice, or nothing when the page's own result is checked), Check, the verdict with the hint meant
for the mistake, Show solution (opened by itself after two wrong tries) with the core code, and
Another variant. The page's state is plain data in session state, keyed by exercise id:
{"variant", "tries", "wrong", "done", "shown", "answer", "last"}, a cache of what the progress store
holds (ui/progress.py): each try, solution opened and variant drawn is saved as it happens.
"""

import secrets
from collections.abc import Mapping
from random import Random
from typing import Any

import streamlit as st

from core.exercises.answers import parse_number, shape_text
from core.exercises.base import Exercise, Kind, Verdict, answer_of, draw, grade
from core.progress import blank_state
from ui import progress as saved
from ui.i18n import as_text, t
from ui.widgets import code_panel

STATE = "ex.state"  # {exercise id: plain dict}
MAX_VARIANT = 2**31 - 1
WRONG_BEFORE_SOLUTION = 2


def state_of(ex: Exercise) -> dict:
    """This exercise's state; a new one starts at the learner's variant (fixed by their token, not the
    sidebar seed that every learner leaves at 0)."""
    states = st.session_state.setdefault(STATE, {})
    if ex.id not in states:
        states[ex.id] = blank_state(saved.variant())
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
        return as_text(value)
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
    """Count a try (once per distinct answer, never for one that could not be read) and save it."""
    state = state_of(ex)
    unread = (verdict.hint or "").startswith("ex.parse.") or verdict.hint == "ex.hint.nothing_yet"
    repeated = ex.kind is not Kind.ON_PAGE and answer == state["answer"]
    state["done"] = state["done"] or verdict.correct
    state["last"] = verdict.as_dict()
    if not unread and not repeated:
        state["tries"] += 1
        state["wrong"] += not verdict.correct
        state["answer"] = answer if ex.kind is not Kind.ON_PAGE else None
        state["saved"] = saved.attempt(ex.id, state["variant"], state["answer"], state["last"])


def _show_solution(exercise_id: str) -> None:
    state = st.session_state[STATE][exercise_id]
    if not state["shown"]:
        state["shown"] = True
        saved.event(exercise_id, "solution", state["variant"])


def _another_variant(exercise_id: str) -> None:
    state = st.session_state[STATE][exercise_id]
    state.update(variant=secrets.randbelow(MAX_VARIANT), wrong=0, answer=None, last=None, saved=None)
    saved.event(exercise_id, "variant", state["variant"])


def section(exercises: tuple[Exercise, ...], held: Mapping[str, Any] | None = None) -> None:
    """The page's Exercises heading with done/total, then each exercise. `held` maps an ON_PAGE
    exercise's id to the facts of the learner's latest result on this page (None: nothing yet)."""
    saved.load()
    heading = st.empty()
    st.caption(t("ex.intro"))
    saved.notice()
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
        kind = t(f"ex.kind.{ex.kind.value}")
        st.markdown(f"**{number}. {kind}**{status}")
        st.caption(f"{source_text(ex)} · {t('ex.tries', n=state['tries'])}")
        st.markdown(text_of(ex.text, params))
        answer = _input(ex, key, variant)
        checked = _buttons(ex, key)
        if checked and saved.may_check(ex.id):
            record(ex, answer, grade(ex, params, answer, held))
        elif checked:
            state["last"] = Verdict(False, "ex.hint.slow_down").as_dict()
        if state["last"] is not None:
            last = Verdict(**state["last"])
            box = st.success if last.correct else st.warning
            box(verdict_text(ex, params, last), icon=":material/check_circle:" if last.correct else ":material/info:")
            _saved_status(state.get("saved"))
        if state["wrong"] >= WRONG_BEFORE_SOLUTION and not state["shown"]:
            _show_solution(ex.id)
            st.info(t("ex.solution_open"), icon=":material/lightbulb:")
        if state["shown"]:
            _solution(ex, params)


def _input(ex: Exercise, key: str, variant: int) -> Any:
    """The answer widget: text for a number or shape, a choice, or nothing for a goal on the page."""
    if ex.kind is Kind.COMPUTE:
        answer = st.text_input(t("ex.answer"), key=f"{key}.answer", help=t("ex.answer_help"))
        if ex.parse is parse_number:
            st.caption(t("ex.tolerance", rel=f"{ex.rel_tol:.1%}".replace(".0%", "%")))
        return answer
    if ex.kind is Kind.CHOICE:
        labels = {o.id: t(o.label) for o in options_in_order(ex, variant)}
        return st.radio(t("ex.choose"), list(labels), format_func=labels.__getitem__, index=None, key=f"{key}.choice")
    st.caption(t("ex.on_page_note"))
    return None


def _buttons(ex: Exercise, key: str) -> bool:
    """Check, Show solution, Another variant; whether Check was pressed in this run."""
    check, show, another = st.columns(3)
    pressed = check.button(t("ex.check"), key=f"{key}.check", type="primary", icon=":material/task_alt:")
    solution = {"on_click": _show_solution, "args": (ex.id,), "icon": ":material/lightbulb:"}
    show.button(t("ex.show_solution"), key=f"{key}.show", **solution)
    variant = {"on_click": _another_variant, "args": (ex.id,), "icon": ":material/casino:"}
    another.button(t("ex.another"), key=f"{key}.another", **variant)
    return pressed


def _saved_status(status: str | None) -> None:
    if status == "saved":
        st.caption(t("progress.saved"))
    elif status == "queued":
        st.caption(t("progress.queued"))
    elif status == "full":
        st.error(t("progress.full"), icon=":material/cloud_off:")


def _solution(ex: Exercise, params: dict) -> None:
    answer = answer_of(ex, params)
    st.markdown(f"**{t('ex.solution')}.** " + text_of(ex.solution, {**params, "answer": answer}))
    if ex.code:
        code_panel(*ex.code, key=ex.id)

"""One exercise = data plus a grader (PrairieLearn's shape: parameters drawn per variant, then graded).

- COMPUTE: the learner computes or predicts a number or a shape; `oracle(params)` is the core
  function the page calls, `mistakes` are the usual wrong answers, each with the hint meant for it.
- CHOICE: the learner picks an option; every option says why it is right or wrong.
- ON_PAGE: the learner reaches a goal with the page's widgets; `goal(params, held)` grades the
  learner's latest result on the page (plain facts the page passes in), so the grader stays pure.
Every string is a key into the UI's catalogs; verdicts carry the numbers that fill them.
"""

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from random import Random
from typing import Any

from core.exercises.answers import NO_BROADCAST, AnswerError, shape_text

REDRAWS = 200  # a variant whose usual mistakes would coincide with the answer is drawn again
CLOSE = 30  # within 30 times the tolerance (3% at 0.1%): "close, more digits", not "wrong"


class Kind(str, Enum):
    COMPUTE = "compute"
    ON_PAGE = "on_page"
    CHOICE = "choice"


@dataclass(frozen=True)
class Source:
    """Where the exercise comes from: a string key (`ex.src.d2l`, `ex.src.liu`…) and its numbers."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)


def d2l(section: str, number: int | None = None) -> Source:
    return (
        Source("ex.src.d2l", {"section": section, "n": number})
        if number
        else Source("ex.src.d2l_section", {"section": section})
    )


def liu(lecture: int, homework: bool = False) -> Source:
    return Source("ex.src.liu_homework" if homework else "ex.src.liu", {"n": lecture})


@dataclass(frozen=True)
class Verdict:
    correct: bool
    hint: str | None = None  # string key: why it is right, or what is still missing
    detail: Mapping[str, Any] = field(default_factory=dict)  # fills the hint's placeholders

    def as_dict(self) -> dict:
        """Plain data, for session state and the progress store."""
        return {"correct": self.correct, "hint": self.hint, "detail": dict(self.detail)}


@dataclass(frozen=True)
class Mistake:
    hint: str  # string key aimed at this mistake
    value: Callable[[dict], Any]  # the wrong answer it produces for these parameters


@dataclass(frozen=True)
class Option:
    id: str  # stable: answers are stored by it
    label: str  # string key
    why: str  # string key, shown once the option was chosen
    correct: bool = False


def _no_params(rng: Random) -> dict:
    return {}


@dataclass(frozen=True, kw_only=True)
class Exercise:
    id: str  # "tb.broadcast_shape": stable, progress is stored by it
    kind: Kind
    source: Source
    text: str  # string key; its placeholders come from params
    solution: str  # string key: the worked answer; placeholders from params and {answer}
    code: tuple[Callable, ...] = ()  # core code shown beside the solution
    params: Callable[[Random], dict] = _no_params  # a variant's inputs, plain data
    # COMPUTE
    parse: Callable[[str], Any] | None = None
    oracle: Callable[[dict], Any] | None = None
    mistakes: tuple[Mistake, ...] = ()
    rel_tol: float = 1e-3
    abs_tol: float = 1e-6
    # CHOICE
    options: tuple[Option, ...] = ()
    # ON_PAGE
    goal: Callable[[dict, Any], Verdict] | None = None
    held_code: str = ""  # in a notebook: the expression that builds `held` from the page's variables

    def __post_init__(self):
        if self.kind is Kind.COMPUTE:
            assert self.parse and self.oracle and len(self.mistakes) >= 3, self.id
        elif self.kind is Kind.CHOICE:
            assert sum(o.correct for o in self.options) == 1 and len(self.options) >= 3, self.id
        else:
            assert self.goal is not None, self.id


def same(given: Any, expected: Any, rel_tol: float, abs_tol: float) -> bool:
    if isinstance(expected, float | int) and isinstance(given, float | int):
        return math.isclose(given, expected, rel_tol=rel_tol, abs_tol=abs_tol)
    return given == expected


def wrong_answers(ex: Exercise, params: dict) -> list[tuple[Any, str]]:
    """(value, hint) of the usual mistakes in this variant; a mistake that gives the same value as
    an earlier one shares its hint (the first one listed), one that does not apply gives None."""
    found: list[tuple[Any, str]] = []
    for mistake in ex.mistakes:
        wrong = mistake.value(params)
        if wrong is not None and not any(same(wrong, v, ex.rel_tol, ex.abs_tol) for v, _ in found):
            found.append((wrong, mistake.hint))
    return found


def _distinct(ex: Exercise, params: dict) -> bool:
    """Every usual mistake differs from the answer, and at least three of them from each other,
    so a wrong answer always gets the hint meant for it."""
    right = ex.oracle(params)  # type: ignore[misc]
    wrong = wrong_answers(ex, params)
    margin = (ex.rel_tol * 3, ex.abs_tol * 3)
    return len(wrong) >= 3 and not any(same(v, right, *margin) for v, _ in wrong)


def draw(ex: Exercise, variant: int) -> dict:
    """The parameters of this variant: the same learner gets the same numbers, in every language and
    process (a string seed, not hash(), which Python randomises per process)."""
    rng = Random(f"{int(variant)}:{ex.id}")
    params = ex.params(rng)
    for _ in range(REDRAWS):
        if ex.kind is not Kind.COMPUTE or _distinct(ex, params):
            break
        params = ex.params(rng)
    return params


def shown(value: Any) -> str:
    """An answer as the page writes it."""
    if isinstance(value, tuple) or value == NO_BROADCAST:
        return shape_text(value)
    if isinstance(value, float | int):
        return f"{value:.6g}"
    return str(value)


def answer_of(ex: Exercise, params: dict) -> str:
    """The right answer, as text the parser accepts (COMPUTE) or the right option's id (CHOICE)."""
    if ex.kind is Kind.COMPUTE:
        return shown(ex.oracle(params))  # type: ignore[misc]
    if ex.kind is Kind.CHOICE:
        return next(o.id for o in ex.options if o.correct)
    return ""


def grade(ex: Exercise, params: dict, answer: Any = None, held: Any = None) -> Verdict:
    """The verdict on one answer (COMPUTE: text; CHOICE: an option id; ON_PAGE: the page's `held`).
    A parse error is a verdict too: nothing a learner types raises."""
    if ex.kind is Kind.ON_PAGE:
        if held is None:
            return Verdict(False, "ex.hint.nothing_yet")
        return ex.goal(params, held)  # type: ignore[misc]
    if ex.kind is Kind.CHOICE:
        option = next((o for o in ex.options if o.id == answer), None)
        if option is None:
            return Verdict(False, "ex.parse.no_choice")
        return Verdict(option.correct, option.why)
    try:
        given = ex.parse(answer)  # type: ignore[misc]
    except AnswerError as exc:
        return Verdict(False, f"ex.parse.{exc.key}", exc.params)
    expected = ex.oracle(params)  # type: ignore[misc]
    if same(given, expected, ex.rel_tol, ex.abs_tol):
        return Verdict(True, "ex.hint.right", {"answer": shown(expected)})
    for wrong, hint in wrong_answers(ex, params):
        if same(given, wrong, ex.rel_tol, ex.abs_tol):
            return Verdict(False, hint, {"given": shown(given)})
    if same(given, expected, CLOSE * ex.rel_tol, CLOSE * ex.abs_tol):  # rounded too early, most likely
        return Verdict(False, "ex.hint.close", {"given": shown(given)})
    return Verdict(False, "ex.hint.wrong", {"given": shown(given)})


def index(exercises: tuple[Exercise, ...]) -> dict[str, Exercise]:
    by_id = {ex.id: ex for ex in exercises}
    assert len(by_id) == len(exercises), "duplicate exercise id"
    return by_id


def checker(exercises: tuple[Exercise, ...], variants: Mapping[str, int], messages: Mapping[str, str]) -> Callable:
    """`check(id, answer)` for a notebook: the learner's variant of each exercise (0 where none is
    given), graded as the page grades it, the verdict printed in the notebook's language."""
    by_id = index(exercises)

    def check(exercise_id: str, answer: Any = None) -> bool:
        ex = by_id[exercise_id]
        params = draw(ex, variants.get(exercise_id, 0))
        verdict = grade(ex, params, held=answer) if ex.kind is Kind.ON_PAGE else grade(ex, params, answer)
        head = messages["ex.correct" if verdict.correct else "ex.not_yet"]
        hint = messages[verdict.hint].format(**{**params, **verdict.detail}) if verdict.hint else ""
        hint = hint.replace("**", "").replace("`", "")  # markdown in the app, plain text in a cell's output
        print(f"{head} {hint}".strip())
        return verdict.correct

    return check

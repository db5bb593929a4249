"""The teacher's view of a class: the grid, the most-missed exercises, one learner's attempts (tables)."""

import pandas as pd

from core.exercises.base import Exercise
from core.progress import Learner
from ui.i18n import t


def cell(row: dict | None) -> str:
    """✓ done, ✗ tried and not done, then the tries; 💡 when the solution was opened; — untouched."""
    if row is None:
        return "—"
    mark = "✓" if row["done"] else ("✗" if row["tries"] else "")
    return f"{mark} {row['tries']}".strip() + (" 💡" if row["shown"] else "")


def grid_frame(learners: list[Learner], rows: list[dict], exercises: list[Exercise]) -> pd.DataFrame:
    """Learners × exercises, plus each learner's number done."""
    by_cell = {(r["learner_id"], r["exercise_id"]): r for r in rows}
    records = []
    for learner in learners:
        cells = {ex.id: cell(by_cell.get((learner.id, ex.id))) for ex in exercises}
        done = sum(bool(by_cell.get((learner.id, ex.id), {}).get("done")) for ex in exercises)
        records.append({t("teacher.col.learner"): learner.name, t("teacher.col.done"): done, **cells})
    columns = [t("teacher.col.learner"), t("teacher.col.done"), *(ex.id for ex in exercises)]
    return pd.DataFrame(records, columns=columns)


def missed_frame(rows: list[dict], wrong: dict[str, list[tuple[str, int]]], exercises: list[Exercise]) -> pd.DataFrame:
    """Exercises by wrong tries: how many learners tried, how many are done, the commonest wrong answers."""
    records = []
    for ex in exercises:
        mine = [r for r in rows if r["exercise_id"] == ex.id and r["tries"]]
        if not mine:
            continue
        answers = ", ".join(f"{answer} ({n})" for answer, n in wrong.get(ex.id, []))
        records.append(
            {
                t("teacher.col.exercise"): ex.id,
                t("teacher.col.wrong"): sum(r["wrong"] for r in mine),
                t("teacher.col.tried"): len(mine),
                t("teacher.col.done"): sum(r["done"] for r in mine),
                t("teacher.col.answers"): answers,
            }
        )
    frame = pd.DataFrame(
        records, columns=[t(f"teacher.col.{c}") for c in ("exercise", "wrong", "tried", "done", "answers")]
    )
    return frame.sort_values(t("teacher.col.wrong"), ascending=False, kind="stable")


def attempts_frame(attempts: list[dict]) -> pd.DataFrame:
    records = [
        {
            t("teacher.col.time"): a["created_at"].strftime("%H:%M:%S"),
            t("teacher.col.exercise"): a["exercise_id"],
            t("teacher.col.answer"): a["answer"] if a["answer"] is not None else "—",
            t("teacher.col.correct"): "✓" if a["correct"] else "✗",
        }
        for a in attempts
    ]
    columns = [t(f"teacher.col.{c}") for c in ("time", "exercise", "answer", "correct")]
    return pd.DataFrame(records, columns=columns)

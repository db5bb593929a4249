"""Progress in the app (AppTest): saved on Check, back after a reload, class mode, the teacher's view,
and a database that does not answer.

Oracles: rows read back from the same store the app writes (the SQLite file conftest points
PLAYGROUND_STATE_DIR at, or the unreachable server a test names), and the page as a learner sees it.
"""

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT, open_page
from core.exercises.base import answer_of, draw
from core.exercises.catalog import BY_ID
from core.progress import ProgressStore, token_hash
from e2e import free_port
from ui import progress


@pytest.fixture(autouse=True)
def fresh_backend():
    """Each test's environment decides the store: the cached one is dropped before and after."""
    progress.backend.clear()
    yield
    progress.backend.clear()


def session(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def answer_right(at, exercise_id: str):
    state = at.session_state["ex.state"][exercise_id]
    key = f"ex.{exercise_id}.{state['variant']}"
    at.text_input(key=f"{key}.answer").set_value(
        answer_of(BY_ID[exercise_id], draw(BY_ID[exercise_id], state["variant"]))
    )
    next(b for b in at.button if b.key == f"{key}.check").click().run()
    assert not at.exception, [e.value for e in at.exception]


def store() -> ProgressStore:
    return progress.backend()[0]


def test_a_check_is_saved_and_a_reload_brings_it_back(app):
    at = open_page(app, "views/tensors.py")
    answer_right(at, "tb.trap_size")
    assert any(c.value == "✓ Saved to your progress." for c in at.caption)
    token = at.session_state["progress.token"]
    saved = store().progress(token)["tb.trap_size"]
    assert saved["done"] and saved["tries"] == 1

    # a reload on another device: the resume link carries the token once, then leaves the address bar
    again = open_page(session({"resume": token}), "views/tensors.py")
    assert again.session_state["progress.token"] == token
    assert "resume" not in again.query_params
    assert next(h.value for h in again.header if h.value.startswith("Exercises")) == "Exercises · 1/4 done"
    assert again.session_state["ex.state"]["tb.trap_size"]["tries"] == 1
    share = next(c.value for c in again.code if "lang=" in c.value)
    assert token not in share and token_hash(token) not in share, "never in a share link"


def test_a_second_browser_is_another_learner(app):
    first = open_page(app, "views/tensors.py")
    answer_right(first, "tb.trap_size")
    second = open_page(session(), "views/tensors.py")
    assert second.session_state["progress.token"] != first.session_state["progress.token"]
    assert next(h.value for h in second.header if h.value.startswith("Exercises")) == "Exercises · 0/4 done"


def join(at, code: str, name: str) -> AppTest:
    fields = [w for w in at.sidebar.text_input]
    fields[0].set_value(code)
    fields[1].set_value(name)
    next(b for b in at.sidebar.button if b.label == "Join the class").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_class_mode_join_resume_and_a_name_taken(monkeypatch):
    monkeypatch.setenv("PLAYGROUND_CLASS", "7A")
    anna = join(session(), "7a", "Anna")
    assert any(c.value == "You are Anna in class 7A." for c in anna.sidebar.caption)
    token = anna.session_state["progress.token"]
    resumed = session({"resume": token})
    assert any(c.value == "You are Anna in class 7A." for c in resumed.sidebar.caption)

    other = join(session(), "7A", " ANNA ")
    assert any("already taken" in e.value for e in other.sidebar.error)
    assert store().learner(other.session_state["progress.token"]) is None, "nobody took Anna's name over"
    wrong = join(session(), "8B", "Ben")
    assert any(e.value == "That is not this class's code." for e in wrong.sidebar.error)


def teacher_page(at: AppTest, key: str) -> AppTest:
    at.switch_page("views/teacher.py")
    at.run()
    next(w for w in at.text_input if w.label == "Teacher key").set_value(key)
    next(b for b in at.button if b.label == "Open").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_teacher_view_needs_the_key_and_its_grid_matches_the_database(monkeypatch):
    monkeypatch.setenv("PLAYGROUND_CLASS", "9C")
    monkeypatch.setenv("PLAYGROUND_TEACHER_KEY", "correct horse battery staple")
    anna = open_page(join(session(), "9C", "Anna"), "views/tensors.py")
    answer_right(anna, "tb.trap_size")
    ben = open_page(join(session(), "9C", "Ben"), "views/tensors.py")
    state = ben.session_state["ex.state"]["tb.trap_size"]
    ben.text_input(key=f"ex.tb.trap_size.{state['variant']}.answer").set_value("1")
    next(b for b in ben.button if b.key == f"ex.tb.trap_size.{state['variant']}.check").click().run()

    outsider = teacher_page(session(), "wrong key")
    assert any(e.value == "That key is not right." for e in outsider.error)
    assert not outsider.dataframe, "a wrong key shows nothing of the class"

    teacher = teacher_page(session(), "correct horse battery staple")
    grid = teacher.dataframe[0].value
    db = store()
    learners = {learner.name: learner for learner in db.class_learners("9C")}
    assert list(grid["learner"]) == ["Anna", "Ben"] == sorted(learners)
    cells = {(r["learner_id"], r["exercise_id"]): r for r in db.class_grid("9C")}
    assert grid.set_index("learner").loc["Anna", "tb.trap_size"] == "✓ 1"
    assert grid.set_index("learner").loc["Ben", "tb.trap_size"] == "✗ 1"
    assert cells[(learners["Ben"].id, "tb.trap_size")]["wrong"] == 1
    missed = teacher.dataframe[1].value
    assert missed.iloc[0]["exercise"] == "tb.trap_size" and missed.iloc[0]["commonest wrong answers"] == "1 (1)"

    for _ in range(6):  # wrong keys are limited: after a few, none is even compared
        teacher_page(session(), "guess")
    locked = teacher_page(session(), "correct horse battery staple")
    assert any("Too many wrong keys" in e.value for e in locked.error) and not locked.dataframe


def test_a_database_that_does_not_answer_leaves_the_page_working(monkeypatch):
    monkeypatch.setenv("PLAYGROUND_DB_URL", f"postgresql://nobody@127.0.0.1:{free_port()}/none")
    at = open_page(session(), "views/tensors.py")
    answer_right(at, "tb.trap_size")
    assert any(s.value.startswith("Correct.") for s in at.success), "the verdict does not wait for the database"
    assert any("Not saved yet" in c.value for c in at.caption)
    assert any("Progress is not being saved right now" in w.value for w in at.warning)
    assert progress.backend()[1].backlog == 1
    progress.backend()[1].close()  # no retries against the missing server for the rest of the suite


def test_checks_are_limited_so_a_number_cannot_be_found_by_trying_them_all(app):
    at = open_page(app, "views/gradient_descent.py")
    state = at.session_state["ex.state"]["gd.one_step"]
    key = f"ex.gd.one_step.{state['variant']}"
    for guess in range(progress.CHECKS_PER_MINUTE * 4 // 15 + 1):
        at.text_input(key=f"{key}.answer").set_value(str(1000 + guess))
        next(b for b in at.button if b.key == f"{key}.check").click().run()
    assert at.session_state["ex.state"]["gd.one_step"]["last"]["hint"] == "ex.hint.slow_down"
    assert at.session_state["ex.state"]["gd.one_step"]["tries"] == progress.CHECKS_PER_MINUTE * 4 // 15
    assert any("take a moment to think" in w.value for w in at.warning)


def test_a_name_with_markdown_or_html_is_shown_as_text(monkeypatch):
    monkeypatch.setenv("PLAYGROUND_CLASS", "5E")
    at = join(session(), "5E", "**Bo** [x](http://evil) <img src=x>")
    caption = next(c.value for c in at.sidebar.caption if c.value.startswith("You are"))
    assert r"\*\*Bo\*\* \[x\](http://evil) \<img src=x\>" in caption, caption


def test_home_lists_saved_progress_after_a_reload(app):
    at = open_page(app, "views/autograd.py")
    answer_right(at, "ag.accumulate")
    home = session({"resume": at.session_state["progress.token"]})
    assert "Exercises: 1/4 done" in [c.value for c in home.caption]

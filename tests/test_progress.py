"""The progress store on both real backends: SQLite files and a PostgreSQL server (tests/pg.py).

Oracles: rows counted in the database, states folded by hand from the events written, a second store
opened on the same database (a restart), two processes writing at once.
"""

import multiprocessing
import os
import sqlite3
import threading
import time

import pytest
from sqlalchemy import select

import pg
from core.progress import (
    LATEST,
    NameTaken,
    ProgressStore,
    Record,
    attempts,
    clean_name,
    learners,
    new_token,
    token_hash,
    valid_token,
    variant_of,
)
from core.rate_limit import RateLimit
from core.save_queue import SaveQueue

WRONG = {"correct": False, "hint": "tb.ex.trap.hint.lined_up", "detail": {"given": "4"}}
RIGHT = {"correct": True, "hint": "ex.hint.right", "detail": {"answer": "16"}}


@pytest.fixture(scope="session")
def postgres():
    with pg.postgres_server() as server:
        if server is None and os.environ.get("REQUIRE_POSTGRES"):
            raise RuntimeError("REQUIRE_POSTGRES is set but Debian's postgresql is not installed")
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path, postgres):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'playground.db'}"
    if postgres is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    postgres.reset()
    return postgres.url


@pytest.fixture
def store(url):
    store = ProgressStore(url)
    yield store
    store.close()


def test_migrations_from_empty_reach_the_latest_version(url):
    store = ProgressStore(url, migrate=False)
    assert store.version() == 0
    assert store.migrate() == LATEST == 2
    assert ProgressStore(url).version() == LATEST, "migrating again changes nothing"
    assert store.counts() == {"learners": 0, "attempts": 0, "events": 0}


def test_migration_from_the_previous_version_keeps_every_row(url):
    old = ProgressStore(url, migrate=False)
    assert old.migrate(target=1) == 1
    token = new_token()
    with old._write_engine.begin() as conn:  # a version-1 database as an older app wrote it
        conn.execute(learners.insert().values(id="a" * 32, token_hash=token_hash(token), created_at=_now()))
        conn.execute(
            attempts.insert().values(
                uid="u" * 32,
                learner_id="a" * 32,
                exercise_id="tb.trap_size",
                variant=3,
                answer="16",
                correct=True,
                hint="ex.hint.right",
                created_at=_now(),
            )
        )
    store = ProgressStore(url)
    assert store.version() == LATEST
    assert store.counts() == {"learners": 1, "attempts": 1, "events": 0}
    store.write(Record.event(token, "tb.trap_size", "solution", 3))
    state = store.progress(token)["tb.trap_size"]
    assert state["done"] and state["tries"] == 1 and state["shown"]


def _now():
    from core.progress import _now

    return _now()


def test_progress_is_folded_from_what_the_learner_did_in_order(store):
    token = new_token()
    store.write(Record.attempt(token, "tb.trap_size", variant_of(token), "4", WRONG))
    store.write(Record.attempt(token, "tb.trap_size", variant_of(token), "16", RIGHT))
    store.write(Record.event(token, "tb.keepdim", "solution", variant_of(token)))
    store.write(Record.event(token, "tb.broadcast_shape", "variant", 12345))
    store.write(Record.attempt(token, "tb.broadcast_shape", 12345, "(2, 3)", WRONG))
    got = store.progress(token)
    assert got["tb.trap_size"] == {
        "variant": variant_of(token),
        "tries": 2,
        "wrong": 1,
        "done": True,
        "shown": False,
        "answer": "16",
        "last": RIGHT,
    }
    assert got["tb.keepdim"]["shown"] and got["tb.keepdim"]["tries"] == 0
    assert got["tb.broadcast_shape"]["variant"] == 12345 and got["tb.broadcast_shape"]["wrong"] == 1
    assert store.progress(new_token()) == {}, "another learner has nothing"


def test_a_write_retried_after_a_fault_lands_once(store):
    record = Record.attempt(new_token(), "tb.trap_size", 1, "4", WRONG)
    store.write(record)
    store.write(record)
    assert store.counts()["attempts"] == 1


def test_a_restart_keeps_everything(url):
    token = new_token()
    first = ProgressStore(url)
    first.join(token, "7A", "Anna")
    first.write(Record.attempt(token, "tb.trap_size", 1, "16", RIGHT))
    before = first.progress(token)
    first.close()
    again = ProgressStore(url)
    assert again.progress(token) == before and again.learner(token).name == "Anna"


def test_a_name_is_taken_once_per_class_and_never_taken_over(store):
    anna, other = new_token(), new_token()
    me = store.join(anna, "7A", "Anna")
    with pytest.raises(NameTaken):
        store.join(other, "7A", " ANNA ")
    assert store.learner(anna) == me and store.learner(other) is None, "the name stayed Anna's"
    assert store.join(other, "7B", "Anna").class_code == "7B", "another class may have an Anna"
    assert store.join(anna, "7A", "Anna") == me, "joining again under one's own name resumes"


HOSTILE_NAMES = [
    "Robert'); DROP TABLE learners;--",
    "<script>alert(1)</script>",
    "\x00\x1b[31mred\u202e",
    "é" * 10_000,
    "   ",
    "名字" * 30,
    "%s %(x)s {0}",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
]


def test_hostile_names_and_tokens_are_stored_as_plain_text_or_refused(store):
    for raw in HOSTILE_NAMES:
        name = clean_name(raw)
        if not name:
            with pytest.raises(ValueError):
                store.join(new_token(), "7A", raw)
            continue
        learner = store.join(new_token(), "7A", raw)
        assert learner.name == name and len(name) <= 40 and all(ch.isprintable() for ch in name)
    assert store.counts()["learners"] == len([r for r in HOSTILE_NAMES if clean_name(r)])
    for token in ["", "x" * 43 + "'", "a" * 42, "' OR 1=1 --" + "a" * 32, None, 5]:
        assert not valid_token(token)
    assert valid_token(new_token())


def test_class_grid_and_common_wrong_answers_match_what_was_written(store):
    anna, ben = new_token(), new_token()
    store.join(anna, "7A", "Anna")
    store.join(ben, "7A", "Ben")
    for answer in ("4", "4", "8"):
        store.write(Record.attempt(ben, "tb.trap_size", 1, answer, WRONG))
    store.write(Record.attempt(anna, "tb.trap_size", 1, "4", WRONG))
    store.write(Record.attempt(anna, "tb.trap_size", 1, "16", RIGHT))
    store.write(Record.event(ben, "tb.keepdim", "solution", 1))
    names = {learner.id: learner.name for learner in store.class_learners("7A")}
    grid = {(names[r["learner_id"]], r["exercise_id"]): r for r in store.class_grid("7A")}
    assert grid[("Anna", "tb.trap_size")] | {} == {
        **grid[("Anna", "tb.trap_size")],
        "tries": 2,
        "wrong": 1,
        "done": True,
    }
    assert grid[("Ben", "tb.trap_size")]["tries"] == 3 and not grid[("Ben", "tb.trap_size")]["done"]
    assert grid[("Ben", "tb.keepdim")]["shown"] and grid[("Ben", "tb.keepdim")]["tries"] == 0
    assert store.common_wrong_answers("7A") == {"tb.trap_size": [("4", 3), ("8", 1)]}
    assert store.class_grid("7B") == [] and store.class_learners("7B") == []


def _writer(url: str, worker: int, count: int, queue) -> None:
    """One process of two: its own learners, many small transactions, as a replica writes them."""
    try:
        store = ProgressStore(url)
        for i in range(count):
            token = new_token()
            store.write(Record.attempt(token, "tb.trap_size", worker, str(i), WRONG))
            store.write(Record.event(token, "tb.keepdim", "solution", worker))
        queue.put(("ok", worker))
    except Exception as exc:  # the parent reports what went wrong in the child
        queue.put(("error", repr(exc)))


def test_two_processes_writing_at_once_lose_nothing_and_never_see_locked(url):
    ProgressStore(url)  # migrated once; the writers also call migrate(), concurrently, which must be safe
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_writer, args=(url, w, 150, results)) for w in (1, 2)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(30)
    assert sorted(outcomes) == [("ok", 1), ("ok", 2)], outcomes
    assert ProgressStore(url).counts() == {"learners": 300, "attempts": 300, "events": 300}


def test_queued_writes_land_in_order_when_the_sqlite_file_is_unlocked(tmp_path):
    """SQLite locked by another process past the busy timeout: the page's writes queue, then land."""
    url = f"sqlite:///{tmp_path / 'playground.db'}"
    store = ProgressStore(url, busy_timeout_s=0.2)
    queue = SaveQueue(store.write, retry_s=0.1)
    token = new_token()
    assert queue.save(Record.attempt(token, "tb.trap_size", 1, "4", WRONG)) == "saved"
    blocker = sqlite3.connect(tmp_path / "playground.db", isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    statuses = [queue.save(Record.attempt(token, "tb.trap_size", 1, str(n), WRONG)) for n in range(5)]
    assert statuses == ["queued"] * 5 and queue.backlog == 5
    blocker.execute("ROLLBACK")
    blocker.close()
    assert queue.flush(30)
    with store.engine.connect() as conn:
        answers = [row.answer for row in conn.execute(select(attempts.c.answer).order_by(attempts.c.id))]
    assert answers == ["4", "0", "1", "2", "3", "4"], "every write landed, in order"


def test_queued_writes_land_when_postgresql_is_back(postgres):
    if postgres is None:
        pytest.skip("PostgreSQL is not installed")
    postgres.reset()
    store = ProgressStore(postgres.url)
    queue = SaveQueue(store.write, retry_s=0.2)
    token = new_token()
    assert queue.save(Record.attempt(token, "tb.trap_size", 1, "first", WRONG)) == "saved"
    postgres.stop()
    try:
        statuses = [queue.save(Record.attempt(token, "tb.trap_size", 1, str(n), WRONG)) for n in range(3)]
        assert statuses == ["queued"] * 3
        time.sleep(0.5)
        assert queue.backlog == 3
    finally:
        postgres.start()
    assert queue.flush(30)
    assert store.counts()["attempts"] == 4


def test_a_full_queue_says_so_instead_of_growing():
    def away(record):
        raise OSError("disk full")

    queue = SaveQueue(away, limit=2, retry_s=10)
    statuses = [queue.save(Record.attempt(new_token(), "tb.trap_size", 1, "4", WRONG)) for _ in range(3)]
    queue.close()
    assert statuses == ["queued", "queued", "full"]


def test_rate_limit_allows_count_per_window_per_key():
    limit = RateLimit(3, window_s=60)
    assert [limit.allow("a", now=t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert limit.allow("b", now=3), "another key has its own window"
    assert limit.full("a", now=30) and not limit.full("a", now=61)
    assert limit.allow("a", now=61)
    lock_free = threading.Thread(target=lambda: [limit.allow("c") for _ in range(1000)])
    lock_free.start()
    lock_free.join()
    assert limit.full("c")


def test_a_read_only_sqlite_file_queues_writes_and_reads_still_work(tmp_path):
    """The file opened read-only (a full disk or a permissions slip look the same to the app): nothing raises."""
    path = tmp_path / "playground.db"
    token = new_token()
    ProgressStore(f"sqlite:///{path}").write(Record.attempt(token, "tb.trap_size", 1, "16", RIGHT))
    read_only = ProgressStore(f"sqlite:///file:{path}?mode=ro&uri=true", migrate=False)
    queue = SaveQueue(read_only.write, retry_s=0.1)
    assert queue.save(Record.attempt(token, "tb.trap_size", 1, "4", WRONG)) == "queued"
    assert read_only.progress(token)["tb.trap_size"]["done"], "what was saved before is still there"
    queue.close()

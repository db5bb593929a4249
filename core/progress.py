"""The progress store: learners, their exercise attempts and events, in SQLite or PostgreSQL.

One schema, one numbered migration history, two engines through SQLAlchemy Core:
- `sqlite:///<state dir>/playground.db` (the default): WAL, a busy timeout and `BEGIN IMMEDIATE` for
  writes, so replicas on one machine share the file without "database is locked";
- `postgresql://…` (`PLAYGROUND_DB_URL`) for replicas on several machines (psycopg 3).
Every statement is built by SQLAlchemy, so every value travels as a bound parameter.

A learner is known by the hash of a random token (the browser keeps the token in a cookie; the
database never sees it), an exercise's state is folded from the learner's attempts and events in the
order they happened, and every write carries a uid, so a write retried after a fault lands once.
"""

import hashlib
import json
import os
import re
import secrets
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    case,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

STATE_ENV, DB_ENV = "PLAYGROUND_STATE_DIR", "PLAYGROUND_DB_URL"
DEFAULT_STATE_DIR = Path(__file__).resolve().parent.parent / "state"  # git-ignored
MAX_NAME, MAX_CLASS, MAX_ANSWER_STORED = 40, 40, 200
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{43}")  # secrets.token_urlsafe(32): 256 random bits
MAX_VARIANT = 2**31 - 1

metadata = MetaData()
schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)
learners = Table(
    "learners",
    metadata,
    Column("id", String(32), primary_key=True),  # random, shown to no one but the teacher's view
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("class_code", String(MAX_CLASS)),
    Column("name", String(MAX_NAME)),
    Column("name_key", String(MAX_NAME)),  # the name case-folded: "Anna" and "anna" are one name
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("class_code", "name_key", name="learners_one_name_per_class"),
)
attempts = Table(
    "attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(32), nullable=False, unique=True),
    Column("learner_id", String(32), ForeignKey("learners.id"), nullable=False),
    Column("exercise_id", String(64), nullable=False),
    Column("variant", BigInteger, nullable=False),
    Column("answer", String(MAX_ANSWER_STORED)),  # as typed; None for a goal checked on the page
    Column("correct", Boolean, nullable=False),
    Column("hint", String(80)),  # the string key of the hint the learner was shown
    Column("detail", Text),  # JSON: the numbers that filled the hint
    Column("created_at", DateTime(timezone=True), nullable=False),
)
# version 2: what a learner did besides answering (solution opened, another variant drawn)
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(32), nullable=False, unique=True),
    Column("learner_id", String(32), ForeignKey("learners.id"), nullable=False),
    Column("exercise_id", String(64), nullable=False),
    Column("kind", String(16), nullable=False),  # "solution" | "variant"
    Column("variant", BigInteger, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
EVENT_KINDS = ("solution", "variant")


# Each version's DDL. A later version that changes an existing table does it here with ALTER TABLE (the
# Table objects above always describe the latest shape, which is what version 1 and 2 created).
def _v1(conn: Connection) -> None:
    learners.create(conn)
    attempts.create(conn)


def _v2(conn: Connection) -> None:
    events.create(conn)
    conn.execute(text("CREATE INDEX attempts_by_learner ON attempts (learner_id, id)"))
    conn.execute(text("CREATE INDEX attempts_by_exercise ON attempts (exercise_id)"))


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1, 2: _v2}
LATEST = max(MIGRATIONS)


class NameTaken(ValueError):
    """Another learner of this class has this name: they resume with their link, nobody takes it over."""


# ---------------------------------------------------------------- who


def new_token() -> str:
    return secrets.token_urlsafe(32)


def valid_token(token: Any) -> bool:
    return isinstance(token, str) and TOKEN_PATTERN.fullmatch(token) is not None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def variant_of(token: str) -> int:
    """The learner's variant: fixed by their token, so a reload or another replica draws the same
    numbers before anything was saved."""
    return int(token_hash(token)[:12], 16) % MAX_VARIANT


def clean_name(raw: Any, limit: int = MAX_NAME) -> str:
    """A display name or class code as stored: control and format characters gone, spaces collapsed,
    at most `limit` characters. Empty means no usable name."""
    if not isinstance(raw, str):
        return ""
    kept = "".join(ch for ch in unicodedata.normalize("NFKC", raw) if not unicodedata.category(ch).startswith("C"))
    return " ".join(kept.split())[:limit]


@dataclass(frozen=True)
class Learner:
    id: str
    class_code: str | None
    name: str | None


# ---------------------------------------------------------------- the store


def database_url() -> str:
    """PLAYGROUND_DB_URL, else the SQLite file in PLAYGROUND_STATE_DIR (default ./state)."""
    url = os.environ.get(DB_ENV, "").strip()
    if url:
        return url
    directory = Path(os.environ.get(STATE_ENV) or DEFAULT_STATE_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{directory / 'playground.db'}"


def make_engine(url: str, busy_timeout_s: float = 10.0) -> Engine:
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]  # psycopg 3, the driver installed
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": busy_timeout_s})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # pre_ping: a pooled connection from before a database restart is replaced, not used and failed
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5, connect_args={"connect_timeout": 3})


def _sqlite_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's begin event issues BEGIN, not the driver
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):  # busy timeout: connect's timeout
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_begin(conn) -> None:
    # A writer takes the write lock when it begins, waiting up to busy_timeout: two processes that both
    # read first and then write would otherwise fail at once with "database is locked".
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _now() -> datetime:
    return datetime.now(UTC)


class ProgressStore:
    """Reads and writes progress; `migrate()` brings the schema to LATEST (every replica may call it at
    start: the first one migrates under a database lock, the others find it done)."""

    def __init__(self, url: str | None = None, migrate: bool = True, busy_timeout_s: float = 10.0):
        self.url = url or database_url()
        self.engine = make_engine(self.url, busy_timeout_s)
        self.backend = self.engine.dialect.name  # "sqlite" | "postgresql"
        self._write_engine = self.engine.execution_options(immediate=True)
        self._migrated = False
        if migrate:
            self.ready()

    def ready(self) -> None:
        """Migrate once, on first use: a replica may start while its database is still away."""
        if not self._migrated:
            self.migrate()
            self._migrated = True

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------ schema

    def version(self) -> int:
        with self.engine.connect() as conn:
            if not self.engine.dialect.has_table(conn, "schema_version"):
                return 0
            return conn.scalar(select(func.max(schema_version.c.version))) or 0

    def migrate(self, target: int = LATEST) -> int:
        with self._write_engine.begin() as conn:
            if self.backend == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(7310212)"))  # one migrator at a time
            schema_version.create(conn, checkfirst=True)
            current = conn.scalar(select(func.max(schema_version.c.version))) or 0
            for version in range(current + 1, target + 1):
                MIGRATIONS[version](conn)
                conn.execute(schema_version.insert().values(version=version, applied_at=_now()))
        return self.version()

    # ------------------------------------------------------------ learners

    def learner(self, token: str) -> Learner | None:
        self.ready()
        with self.engine.connect() as conn:
            row = conn.execute(
                select(learners.c.id, learners.c.class_code, learners.c.name).where(
                    learners.c.token_hash == token_hash(token)
                )
            ).first()
        return Learner(*row) if row else None

    def join(self, token: str, class_code: str, name: str) -> Learner:
        """This browser's learner joins a class under a name (or is already in it under that name)."""
        class_code, name = clean_name(class_code, MAX_CLASS), clean_name(name)
        if not class_code or not name:
            raise ValueError("a class code and a name are needed")
        self.ready()
        try:
            with self._write_engine.begin() as conn:
                learner_id = self._ensure(conn, token_hash(token))
                conn.execute(
                    learners.update()
                    .where(learners.c.id == learner_id)
                    .values(class_code=class_code, name=name, name_key=name.casefold())
                )
        except IntegrityError as exc:
            raise NameTaken(name) from exc
        return Learner(learner_id, class_code, name)

    def _ensure(self, conn: Connection, hashed: str) -> str:
        """The learner with this token hash, created if new (two replicas may race: one insert wins)."""
        insert = _insert(self.backend, learners).values(id=uuid.uuid4().hex, token_hash=hashed, created_at=_now())
        conn.execute(insert.on_conflict_do_nothing(index_elements=["token_hash"]))
        return conn.execute(select(learners.c.id).where(learners.c.token_hash == hashed)).scalar_one()

    # ------------------------------------------------------------ writes

    def write(self, record: "Record") -> None:
        """One attempt or event, for the learner with this token hash; a uid already stored is skipped."""
        self.ready()
        with self._write_engine.begin() as conn:
            learner_id = self._ensure(conn, record.token_hash)
            table = attempts if record.kind == "attempt" else events
            values = {**record.values, "uid": record.uid, "learner_id": learner_id, "created_at": record.at}
            conn.execute(_insert(self.backend, table).values(**values).on_conflict_do_nothing(index_elements=["uid"]))

    # ------------------------------------------------------------ reads

    def progress(self, token: str) -> dict[str, dict]:
        """Each exercise's state for this learner, folded from everything they did, in order."""
        hashed = token_hash(token)
        self.ready()
        with self.engine.connect() as conn:
            learner_id = conn.scalar(select(learners.c.id).where(learners.c.token_hash == hashed))
            if learner_id is None:
                return {}
            rows = _timeline(conn, learner_id)
        return fold(rows, variant_of(token))

    def attempts_of(self, learner_id: str) -> list[dict]:
        self.ready()
        with self.engine.connect() as conn:
            query = select(attempts).where(attempts.c.learner_id == learner_id).order_by(attempts.c.id)
            return [dict(row._mapping) for row in conn.execute(query)]

    def counts(self) -> dict[str, int]:
        self.ready()
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (learners, attempts, events)
            }

    def class_learners(self, class_code: str) -> list[Learner]:
        self.ready()
        with self.engine.connect() as conn:
            query = (
                select(learners.c.id, learners.c.class_code, learners.c.name)
                .where(learners.c.class_code == class_code)
                .order_by(learners.c.name_key)
            )
            return [Learner(*row) for row in conn.execute(query)]

    def class_grid(self, class_code: str) -> list[dict]:
        """Per learner of the class and exercise: tries, wrong tries, done, solution shown."""
        self.ready()
        in_class = learners.c.class_code == class_code
        tried = (
            select(
                attempts.c.learner_id,
                attempts.c.exercise_id,
                func.count().label("tries"),
                func.sum(_as_int(~attempts.c.correct)).label("wrong"),
                func.max(_as_int(attempts.c.correct)).label("done"),
            )
            .join(learners, learners.c.id == attempts.c.learner_id)
            .where(in_class)
            .group_by(attempts.c.learner_id, attempts.c.exercise_id)
        )
        shown = (
            select(events.c.learner_id, events.c.exercise_id)
            .join(learners, learners.c.id == events.c.learner_id)
            .where(in_class, events.c.kind == "solution")
            .distinct()
        )
        with self.engine.connect() as conn:
            solutions = {(r.learner_id, r.exercise_id) for r in conn.execute(shown)}
            rows = [
                {
                    "learner_id": r.learner_id,
                    "exercise_id": r.exercise_id,
                    "tries": r.tries,
                    "wrong": int(r.wrong or 0),
                    "done": bool(r.done),
                    "shown": (r.learner_id, r.exercise_id) in solutions,
                }
                for r in conn.execute(tried)
            ]
        seen = {(r["learner_id"], r["exercise_id"]) for r in rows}
        rows += [
            {"learner_id": lid, "exercise_id": eid, "tries": 0, "wrong": 0, "done": False, "shown": True}
            for lid, eid in solutions - seen
        ]
        return rows

    def common_wrong_answers(self, class_code: str, per_exercise: int = 3) -> dict[str, list[tuple[str, int]]]:
        """The most frequent wrong answers of the class, per exercise (goals on the page have none)."""
        self.ready()
        query = (
            select(attempts.c.exercise_id, attempts.c.answer, func.count().label("n"))
            .join(learners, learners.c.id == attempts.c.learner_id)
            .where(learners.c.class_code == class_code, ~attempts.c.correct, attempts.c.answer.is_not(None))
            .group_by(attempts.c.exercise_id, attempts.c.answer)
            .order_by(attempts.c.exercise_id, func.count().desc(), attempts.c.answer)
        )
        found: dict[str, list[tuple[str, int]]] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                answers = found.setdefault(row.exercise_id, [])
                if len(answers) < per_exercise:
                    answers.append((row.answer, row.n))
        return found


def _insert(backend: str, table: Table):
    return (postgresql.insert if backend == "postgresql" else sqlite.insert)(table)


def _as_int(condition):
    return case((condition, 1), else_=0)


def _timeline(conn: Connection, learner_id: str) -> list[dict]:
    tried = select(attempts).where(attempts.c.learner_id == learner_id)
    did = select(events).where(events.c.learner_id == learner_id)
    rows = [{**r._mapping, "kind": "attempt"} for r in conn.execute(tried)] + [
        dict(r._mapping) for r in conn.execute(did)
    ]
    return sorted(rows, key=lambda r: (_aware(r["created_at"]), r["kind"] != "variant", r["id"]))


def _aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes (stored as UTC): compare them as UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def fold(rows: Iterable[dict], learner_variant: int) -> dict[str, dict]:
    """The page's per-exercise state (ui/exercises.py) from a learner's timeline."""
    states: dict[str, dict] = {}
    for row in rows:
        state = states.setdefault(row["exercise_id"], blank_state(learner_variant))
        if row["kind"] == "variant":
            state.update(variant=int(row["variant"]), wrong=0, answer=None, last=None)
        elif row["kind"] == "solution":
            state["shown"] = True
        else:
            correct = bool(row["correct"])
            state["tries"] += 1
            state["wrong"] += (not correct) and int(row["variant"]) == state["variant"]
            state["done"] = state["done"] or correct
            state["answer"] = row["answer"]
            detail = json.loads(row["detail"]) if row["detail"] else {}
            state["last"] = {"correct": correct, "hint": row["hint"], "detail": detail}
    return states


def blank_state(variant: int) -> dict:
    return {"variant": variant, "tries": 0, "wrong": 0, "done": False, "shown": False, "answer": None, "last": None}


@dataclass(frozen=True)
class Record:
    """One write: an attempt or an event, by the learner's token hash, with its own uid and time."""

    kind: str  # "attempt" | "solution" | "variant"
    token_hash: str
    values: dict
    uid: str
    at: datetime

    @classmethod
    def attempt(cls, token: str, exercise_id: str, variant: int, answer: Any, verdict: dict):
        """`verdict`: core.exercises.base.Verdict.as_dict(), plain data."""
        answer = None if answer is None else str(answer)[:MAX_ANSWER_STORED]
        detail = json.dumps(verdict.get("detail") or {}, default=str)
        values = {
            "exercise_id": exercise_id,
            "variant": variant,
            "answer": answer,
            "correct": bool(verdict["correct"]),
            "hint": verdict.get("hint"),
            "detail": detail,
        }
        return cls("attempt", token_hash(token), values, uuid.uuid4().hex, _now())

    @classmethod
    def event(cls, token: str, exercise_id: str, kind: str, variant: int):
        assert kind in EVENT_KINDS, kind
        values = {"exercise_id": exercise_id, "kind": kind, "variant": variant}
        return cls(kind, token_hash(token), values, uuid.uuid4().hex, _now())

"""Progress under faults in a class: protocol learners answer exercises while a replica is killed or
the database stops, and every answer the page called saved is counted in the database afterwards.

Usage: .venv/bin/python -m bench.progress_class [learners] (default 20): first the store alone, one writer
thread per learner (the latency of a save, p50/p95, on SQLite and on PostgreSQL); then two replicas behind
HAProxy, with the SQLite store (one replica killed with SIGKILL mid-phase) and with a PostgreSQL server (stopped
for 20 s mid-phase). Prints answers saved / queued / lost and the latency of a Check that saves (p50/p95): the
page's whole rerun, as a learner waits for it.
tests/test_class_faults.py runs the same phases with 10 learners as part of the suite.
"""

import os
import re
import signal
import statistics
import sys
import tempfile
import threading
import time

from sqlalchemy import select

from bench.streamlit_client import ProtocolError, StreamlitSession
from core.progress import ProgressStore, Record, attempts, learners, new_token, token_hash
from tests import e2e, pg
from ui.progress import COOKIE

TRIES = re.compile(r"D2L 3\.2, exercise 5 · tries: (\d+)")


class Learner:
    """One simulated learner on the tensors page, answering `tb.trap_size` with a new wrong number each time."""

    def __init__(self, url: str, number: int):
        self.url, self.number = url, number
        self.token = new_token()
        self.saved: list[str] = []  # answers the page said were saved
        self.queued: list[str] = []  # answers the page said were waiting for the database
        self.replicas: list[str] = []
        self.resumed: list[tuple[int, int]] = []  # (tries the page showed after a reconnect, saved by then)
        self.session: StreamlitSession | None = None
        self.latencies: list[float] = []  # seconds from Check to the verdict (and its save) on screen

    def connect(self, deadline: float) -> None:
        while True:
            try:
                self.session = StreamlitSession(self.url, timeout_s=30, cookies={COOKIE: self.token})
                result = self.session.open("tensors")
                self.replicas.append(self.session.replica)
                if len(self.replicas) > 1:
                    shown = TRIES.search(" ".join(result.texts))
                    self.resumed.append((int(shown.group(1)) if shown else -1, len(self.saved) + len(self.queued)))
                return
            except (ProtocolError, OSError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)

    def answer(self, i: int) -> None:
        key = next(k for k in self.session.keyed if k.startswith("ex.tb.trap_size.") and k.endswith(".answer"))
        text = str(100_000 + 1000 * self.number + i)  # a distinct wrong answer: every Check is a try
        self.session.set_text(key, text)
        start = time.perf_counter()
        said = " ".join(self.session.click_key(key.removesuffix(".answer") + ".check").texts)
        self.latencies.append(time.perf_counter() - start)
        if "Saved to your progress" in said:
            self.saved.append(text)
        elif "Not saved yet" in said:
            self.queued.append(text)

    def run(self, stop: threading.Event, errors: list) -> None:
        i = 0
        try:
            self.connect(time.monotonic() + 60)
            while not stop.is_set():
                try:
                    self.answer(i)
                    i += 1
                    time.sleep(0.3)
                except (ProtocolError, OSError, StopIteration):  # the replica died: a browser reconnects
                    self.connect(time.monotonic() + 60)
        except Exception as exc:
            errors.append(f"learner {self.number}: {exc!r}")


def run_class(url: str, seconds: float, fault, size: int) -> list[Learner]:
    class_ = [Learner(url, n) for n in range(size)]
    stop, errors = threading.Event(), []
    threads = [threading.Thread(target=learner.run, args=(stop, errors)) for learner in class_]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 90  # mid-phase: every learner is in and has answered a few times
    while any(len(learner.saved) < 3 for learner in class_) and time.monotonic() < deadline and not errors:
        time.sleep(0.2)
    fault()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(90)
    assert not errors, errors
    return class_


def stored(store: ProgressStore, learner: Learner) -> list[str]:
    query = (
        select(attempts.c.answer)
        .join(learners, learners.c.id == attempts.c.learner_id)
        .where(learners.c.token_hash == token_hash(learner.token))
    )
    with store.engine.connect() as conn:
        return [row.answer for row in conn.execute(query)]


def missing(store: ProgressStore, class_: list[Learner], kinds=("saved",)) -> list[str]:
    return [
        a for learner in class_ for kind in kinds for a in getattr(learner, kind) if a not in stored(store, learner)
    ]


def latency(class_: list[Learner]) -> str:
    times = sorted(t for learner in class_ for t in learner.latencies)
    p95 = times[int(0.95 * (len(times) - 1))] if times else float("nan")
    return f"Check p50 {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms over {len(times)}"


def save_latency(url: str, writers: int, each: int = 50) -> str:
    """`writers` threads, one per learner, each saving `each` attempts as fast as it can."""
    store = ProgressStore(url)
    times: list[float] = []

    def write():
        token = new_token()
        for i in range(each):
            start = time.perf_counter()
            store.write(Record.attempt(token, "tb.trap_size", 1, str(i), {"correct": False, "hint": None}))
            times.append(time.perf_counter() - start)

    threads = [threading.Thread(target=write) for _ in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    times.sort()
    return f"{len(times)} saves, p50 {statistics.median(times) * 1000:.1f} ms, p95 {times[int(0.95 * len(times))] * 1000:.1f} ms"


def sqlite_phase(size: int) -> None:
    state = tempfile.mkdtemp(prefix="playground-bench-state-")
    os.environ.update(PLAYGROUND_STATE_DIR=state, PLAYGROUND_CHECKS_PER_MINUTE="100000")
    os.environ.pop("PLAYGROUND_DB_URL", None)
    with e2e.class_server(2) as room:
        victim = room.replica_pids[0]
        class_ = run_class(room.url, 12, lambda: os.kill(victim, signal.SIGKILL), size)
    store = ProgressStore(f"sqlite:///{state}/playground.db")
    moved = sum(len(learner.replicas) > 1 for learner in class_)
    print(
        f"SQLite, replica killed: saved {sum(len(x.saved) for x in class_)}, lost {len(missing(store, class_))}, "
        f"{moved} learners resumed on the other replica; {latency(class_)}"
    )


def postgres_phase(size: int) -> None:
    with pg.postgres_server() as server:
        os.environ.update(PLAYGROUND_DB_URL=server.url, PLAYGROUND_CHECKS_PER_MINUTE="100000")
        ProgressStore(server.url)

        def outage():
            server.stop()
            threading.Timer(20, server.start).start()

        with e2e.class_server(2) as room:
            class_ = run_class(room.url, 30, outage, size)
            store = ProgressStore(server.url)
            deadline = time.monotonic() + 60
            while missing(store, class_, ("saved", "queued")) and time.monotonic() < deadline:
                time.sleep(1)
            lost = len(missing(store, class_, ("saved", "queued")))
        saved, queued = (sum(len(getattr(x, kind)) for x in class_) for kind in ("saved", "queued"))
        print(f"PostgreSQL, stopped 20 s: saved {saved} at once, {queued} queued, lost {lost}; {latency(class_)}")


if __name__ == "__main__":
    learners_ = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    print(f"SQLite, {learners_} writers: {save_latency(f'sqlite:///{tempfile.mkdtemp()}/p.db', learners_)}")
    with pg.postgres_server() as server:
        print(f"PostgreSQL, {learners_} writers: {save_latency(server.url, learners_)}")
    sqlite_phase(learners_)
    postgres_phase(learners_)

"""A class that loses a replica, and a class whose PostgreSQL stops for 20 s: nothing is lost.

Two replicas behind HAProxy (`scripts.serve_class`, as `make serve-class` runs them) and ten protocol
learners (bench/streamlit_client.py: Streamlit's own websocket messages, with the learner cookie a browser
keeps) answering exercises as fast as the page lets them. Oracle: the rows in the database, counted
against what the page told each learner ("Saved", or "Not saved yet"), and what a learner who lost
their replica sees on the other one.
"""

import os
import shutil
import signal
import threading
import time

import pytest

import pg
from bench.progress_class import missing, run_class
from core.progress import ProgressStore
from e2e import class_server

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("haproxy") is None and not os.environ.get("REQUIRE_BROWSER"),
        reason="haproxy is not installed (apt-get install haproxy); CI installs it",
    ),
]
LEARNERS = 10


def test_a_replica_killed_mid_class_loses_no_saved_answer_and_its_learners_resume(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYGROUND_STATE_DIR", str(tmp_path))
    monkeypatch.setenv("PLAYGROUND_CHECKS_PER_MINUTE", "100000")
    with class_server(2) as room:
        victim = room.replica_pids[0]
        class_ = run_class(room.url, 12, lambda: os.kill(victim, signal.SIGKILL), LEARNERS)
    store = ProgressStore(f"sqlite:///{tmp_path / 'playground.db'}")
    saved = sum(len(learner.saved) for learner in class_)
    lost = missing(store, class_)
    moved = [learner for learner in class_ if len(learner.replicas) > 1]
    print(f"saved {saved} answers, lost {len(lost)}; {len(moved)} learners moved to the other replica")
    assert saved >= LEARNERS * 5 and lost == []
    assert len(moved) >= 2, [learner.replicas for learner in class_]
    for learner in moved:
        for shown, before in learner.resumed:  # what the other replica showed them = what had been saved
            assert before <= shown <= before + 1, (learner.number, learner.resumed)  # +1: one in flight at the kill


def test_postgresql_stopped_for_20_s_mid_class_loses_nothing(monkeypatch):
    with pg.postgres_server() as server:
        if server is None:
            pytest.skip("PostgreSQL is not installed")
        monkeypatch.setenv("PLAYGROUND_DB_URL", server.url)
        monkeypatch.setenv("PLAYGROUND_CHECKS_PER_MINUTE", "100000")
        ProgressStore(server.url)  # migrated before the class starts

        def outage():
            server.stop()
            threading.Timer(20, server.start).start()

        with class_server(2) as room:
            class_ = run_class(room.url, 30, outage, LEARNERS)
            store = ProgressStore(server.url)
            deadline = time.monotonic() + 60  # the replicas' queues drain once the database is back
            while (absent := missing(store, class_, ("saved", "queued"))) and time.monotonic() < deadline:
                time.sleep(1)
        saved, queued = (sum(len(getattr(learner, kind)) for learner in class_) for kind in ("saved", "queued"))
        print(f"saved {saved} at once, {queued} queued while PostgreSQL was down; missing afterwards: {len(absent)}")
        assert saved >= LEARNERS * 5 and queued >= LEARNERS, (saved, queued)
        assert absent == []

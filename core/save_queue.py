"""Writes that wait for the database: progress is saved at once when the database answers, and
otherwise queued (bounded) and written, in order, by one thread per process as soon as it is back.

The page tells the learner which: "saved" only after the row is committed, "queued" while it waits.
A queued write lives in this process's memory; every write has a uid, so one that is retried after an
error that hid a success lands once.
"""

import logging
import threading
import time
from collections import deque
from collections.abc import Callable

from sqlalchemy.exc import DBAPIError, OperationalError, TimeoutError

from core.progress import Record

LOG = logging.getLogger(__name__)
FAULTS = (OperationalError, DBAPIError, TimeoutError, OSError)  # the database is away, locked, read-only, full


class SaveQueue:
    def __init__(self, write: Callable[[Record], None], limit: int = 10_000, retry_s: float = 1.0):
        self._write = write
        self.limit = limit
        self.retry_s = retry_s
        self._pending: deque[Record] = deque()
        self._lock = threading.Lock()  # guards _pending and the order of writes
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def backlog(self) -> int:
        return len(self._pending)

    def save(self, record: Record) -> str:
        """ "saved" (committed), "queued" (the database is away: written when it is back) or "full"
        (the queue is at its limit: not saved; the page says so)."""
        with self._lock:
            if not self._pending:
                try:
                    self._write(record)
                    return "saved"
                except FAULTS as exc:
                    LOG.warning("progress not saved, queued: %s", type(exc).__name__)  # no ids, no values
            if len(self._pending) >= self.limit:
                return "full"
            self._pending.append(record)  # behind the others: a learner's writes land in order
            self._start()
            return "queued"

    def flush(self, timeout_s: float = 30.0) -> bool:
        """Wait until the queue is empty (tests, shutdown); False if it is not by then."""
        deadline = time.monotonic() + timeout_s
        while self._pending and time.monotonic() < deadline:
            self._wake.set()
            time.sleep(0.05)
        return not self._pending

    def close(self) -> None:
        """Stop retrying (what is still queued stays unsaved): a test's or a shutdown's end."""
        self._closed = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(5)

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._drain, name="progress-queue", daemon=True)
            self._thread.start()

    def _drain(self) -> None:
        while not self._closed:
            with self._lock:
                if not self._pending:
                    return
                try:
                    self._write(self._pending[0])
                    self._pending.popleft()
                    continue
                except FAULTS:
                    pass
            self._wake.wait(self.retry_s)
            self._wake.clear()

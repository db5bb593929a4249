"""A fair line for training runs: one runs at a time with every core, the rest wait their turn.

Two torch trainings side by side on 2 cores ran 10x slower than one after the other, so a server
trains one model at a time (`slots`, default 1) and everyone else waits in first-come order. A
waiting learner sees their place in line and an estimate; leaving the line (Stop, a closed tab, a
rerun) removes the job at once. Estimates come from how long recent runs of the same kind took.

One long run (twenty epochs at batch 1) must not hold a class up for an hour, so the slot is held
for at most `slice_s` seconds while anyone waits: then the run pauses where it is (`turn_over`,
`requeue`), keeping its model in memory, and goes on from there when its turn comes round again.
A run shorter than a slice never notices; the line is first come, first served for it.
"""

import itertools
import threading
import time
from collections import deque
from dataclasses import dataclass, field

DEFAULT_ESTIMATE_S = 5.0  # for a kind of training not yet seen in this process
MEMORY = 5  # runs per kind the estimate averages over


@dataclass(eq=False)
class Ticket:
    """One job's place in the line. Use it as a context manager: leaving the block, for any reason,
    frees the slot or the place in line."""

    queue: "TrainingQueue"
    kind: str
    number: int
    started: float | None = None  # monotonic time the job got its slot, this turn
    ran: float = 0.0  # seconds it held a slot in its earlier turns (paused since)
    left: bool = False

    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` s; True once this job holds a slot."""
        return self.queue._wait(self, timeout)

    @property
    def running(self) -> bool:
        return self.started is not None and not self.left

    def this_turn(self, now: float) -> float:
        """Seconds it has held its slot since its turn began (0 while waiting)."""
        return now - self.started if self.started is not None else 0.0

    def place(self) -> int:
        """0 while running; 1 = next in line."""
        return self.queue.place(self)

    def wait_estimate(self) -> float:
        """Seconds until this job should start, from the runs ahead of it."""
        return self.queue.wait_estimate(self)

    def turn_over(self) -> bool:
        """True when this run has held its slot for a whole slice and someone is waiting: requeue()."""
        return self.queue._turn_over(self)

    def requeue(self) -> None:
        """Give the slot to the front of the line and wait at the back, the time run so far kept."""
        self.queue._requeue(self)

    def leave(self, finished: bool = False) -> None:
        """Free the slot or the place in line; a finished run's length feeds the estimates."""
        self.queue._leave(self, finished)

    def __enter__(self) -> "Ticket":
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self.leave(finished=exc_type is None)


@dataclass
class TrainingQueue:
    slots: int = 1
    slice_s: float = 0.0  # the longest turn while others wait; 0: every run keeps its slot to the end
    _lock: threading.Condition = field(default_factory=threading.Condition, repr=False)
    _waiting: deque = field(default_factory=deque, repr=False)
    _running: list = field(default_factory=list, repr=False)
    _durations: dict = field(default_factory=dict, repr=False)  # kind -> recent run times (s)
    _numbers: itertools.count = field(default_factory=itertools.count, repr=False)

    def join(self, kind: str) -> Ticket:
        """Take a place at the back of the line (or a free slot at once)."""
        with self._lock:
            ticket = Ticket(self, kind, next(self._numbers))
            self._waiting.append(ticket)
            self._promote()
            return ticket

    def place(self, ticket: Ticket) -> int:
        with self._lock:
            if ticket in self._running:
                return 0
            return self._waiting.index(ticket) + 1 if ticket in self._waiting else 0

    def wait_estimate(self, ticket: Ticket) -> float:
        """Remaining time of the runs in progress (the soonest to finish frees this job's slot when
        slots > 1) plus the expected turn of every job ahead of it, shared over the slots. A turn
        lasts until the job is done, or a slice at most when slicing."""
        with self._lock:
            if ticket not in self._waiting:
                return 0.0
            now = time.monotonic()
            remaining = sorted(self._turn_left(t, now) for t in self._running)
            ahead = list(itertools.islice(self._waiting, self._waiting.index(ticket)))
            soonest = remaining[0] if len(remaining) >= self.slots else 0.0
            return soonest + sum(self._turn_left(t, now) for t in ahead) / self.slots

    def _turn_left(self, ticket: Ticket, now: float) -> float:
        """How long `ticket` will hold a slot from now on, in its current (or next) turn."""
        this_turn = ticket.this_turn(now)
        expected = self.estimate(ticket.kind)
        left = max(expected - ticket.ran - this_turn, min(expected, 0.5))  # a run past its estimate: soon
        return min(left, max(self.slice_s - this_turn, 0.0)) if self.slice_s else left

    def estimate(self, kind: str) -> float:
        runs = self._durations.get(kind)
        return sum(runs) / len(runs) if runs else DEFAULT_ESTIMATE_S

    def snapshot(self) -> dict:
        """For a status line or a benchmark: how many run and wait now."""
        with self._lock:
            return {"running": len(self._running), "waiting": len(self._waiting)}

    def _wait(self, ticket: Ticket, timeout: float) -> bool:
        with self._lock:
            self._lock.wait_for(lambda: ticket.running or ticket.left, timeout=timeout)
            return ticket.running

    def _turn_over(self, ticket: Ticket) -> bool:
        with self._lock:
            if not self.slice_s or not self._waiting or ticket not in self._running:
                return False
            return ticket.this_turn(time.monotonic()) >= self.slice_s

    def _requeue(self, ticket: Ticket) -> None:
        with self._lock:
            if ticket not in self._running:
                return
            self._running.remove(ticket)
            ticket.ran += ticket.this_turn(time.monotonic())
            ticket.started = None
            self._waiting.append(ticket)
            self._promote()

    def _leave(self, ticket: Ticket, finished: bool) -> None:
        with self._lock:
            if ticket.left:
                return
            ticket.left = True
            if ticket in self._running:
                self._running.remove(ticket)
                if finished:
                    runs = self._durations.setdefault(ticket.kind, deque(maxlen=MEMORY))
                    runs.append(ticket.ran + ticket.this_turn(time.monotonic()))  # its turns, not its waits
            elif ticket in self._waiting:
                self._waiting.remove(ticket)
            self._promote()

    def _promote(self) -> None:
        """Give free slots to the front of the line (called with the lock held)."""
        while self._waiting and len(self._running) < self.slots:
            ticket = self._waiting.popleft()
            ticket.started = time.monotonic()
            self._running.append(ticket)
        self._lock.notify_all()

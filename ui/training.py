"""Live training on every page: progress, Stop, a live chart, and one way of showing how it ended."""

import math
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import streamlit as st

from core.compute import queue_for, release_thread_pool
from core.errors import DataMissingError, InputError
from core.memory import heap_kept_for_training, release_free_memory
from core.training import History, Progress
from core.training_queue import Ticket
from ui import charts
from ui.i18n import t
from ui.widgets import show_error


class TrainingStopped(Exception):
    """Raised from the progress callback when the learner pressed Stop."""


class LiveTraining:
    """Callback for core training loops: progress bar, live chart (throttled), Stop button.

    A click in Streamlit starts a new script run at once, while the running one goes on until
    its next element update. So Stop only sets a flag (its on_click runs first in the new run);
    the old run's callback sees it at the next step and ends training. Rows live in
    session_state as they arrive, so the new run can show the partial history, and a model
    trained in place keeps its partly trained weights. When training ends, the Stop button,
    the bar and the live chart are cleared: the page draws the finished result in their place.
    """

    def __init__(self, ns: str, x_title: str | None = None, min_interval_s: float = 0.25, device=None):
        self.ns = ns
        self.device = device  # which line to wait in: the CPU's (one at a time) or the GPU's
        self.rows: list[dict] = []
        self.x_title = x_title or t("epoch")  # what a step counts: an epoch, an update, a seed
        self.min_interval_s = min_interval_s
        self.last_draw = 0.0
        self.ticket: Ticket | None = None  # this run's place in the training line, once it has one

    def __call__(self, p: Progress):
        self.rows.append({"step": p.step, "loss": p.loss, **p.metrics})
        if st.session_state.get(f"{self.ns}.stop"):
            raise TrainingStopped
        if self.ticket is not None and self.ticket.turn_over():
            self._pause(self.ticket, p)
        now = time.monotonic()
        if now - self.last_draw < self.min_interval_s and p.step < p.total:
            return
        self.last_draw = now
        unit = self.x_title[:1].upper() + self.x_title[1:]  # it starts the sentence
        progress = t("train.progress", unit=unit, step=p.step, total=p.total, loss=p.loss)
        self.bar.progress(min(p.step / p.total, 1.0), text=progress)
        self.chart.vega_lite_chart(charts.history(self.rows, x_title=self.x_title), width="stretch")

    def run(self, train_fn: Callable[["LiveTraining"], Any]):
        """Wait for this server's training slot (place in line shown), then run train_fn(callback).
        None if stopped. Leaving the block for any reason (Stop, a rerun, a closed tab, which
        stops the script run) gives up the slot or the place in line."""
        st.session_state[f"{self.ns}.rows"] = self.rows
        st.session_state[f"{self.ns}.unit"] = self.x_title  # for the note that Stop's run shows
        st.session_state[f"{self.ns}.stop"] = False
        st.session_state[f"{self.ns}.started"] = False  # still in line, until the slot is ours
        holder = st.empty()
        with holder.container():
            st.button(
                t("train.stop"),
                key=f"{self.ns}.stop_btn",
                icon=":material/stop_circle:",
                on_click=_request_stop,
                args=(self.ns,),
            )
            self.bar = st.progress(0.0, text=t("train.starting"))
            self.chart = st.empty()
        try:
            with queue_for(self.device).join(self.ns) as ticket:
                self.ticket = ticket
                self._wait_for_turn(ticket)
                st.session_state[f"{self.ns}.started"] = True
                with heap_kept_for_training():
                    result = train_fn(self)
        except TrainingStopped:
            return None  # a newer script run is already showing the partial result
        except Exception:
            holder.empty()  # no Stop button or bar left behind by a run that failed
            raise
        finally:
            release_free_memory()  # the run's activations and gradients are freed: give the pages back
        holder.empty()
        return result

    def _wait_for_turn(self, ticket: Ticket, paused_at: Progress | None = None) -> None:
        if not ticket.running:
            release_thread_pool()  # idle workers of a waiting thread slow down the training that runs
        while not ticket.wait(timeout=0.5):
            if st.session_state.get(f"{self.ns}.stop"):
                raise TrainingStopped
            place, seconds = ticket.place(), math.ceil(ticket.wait_estimate())
            if paused_at is None:
                self.bar.progress(0.0, text=t("train.queued", place=place, seconds=seconds))
                continue
            step, total = paused_at.step, paused_at.total
            paused = t("train.paused", step=step, total=total, place=place, seconds=seconds)
            self.bar.progress(min(step / total, 1.0), text=paused)

    def _pause(self, ticket: Ticket, p: Progress) -> None:
        """Its slice is used up and others wait: hand the slot on, and go on from this step at the next
        turn. The model, the optimiser and the loop's place stay as they are, in this script run."""
        ticket.requeue()
        self._wait_for_turn(ticket, paused_at=p)
        self.last_draw = 0.0  # the next report redraws the bar at once, in place of "paused"


def _request_stop(ns: str):
    st.session_state[f"{ns}.stop"] = True  # read by the training run's callback
    st.session_state[f"{ns}.stop_note"] = True  # read once by stopped_note in this new run


def stopped_note(ns: str) -> list[dict] | None:
    """On the run that Stop started: say where training ended and return the partial rows."""
    if not st.session_state.pop(f"{ns}.stop_note", False):
        return None
    rows = list(st.session_state.get(f"{ns}.rows", []))
    if st.session_state.get(f"{ns}.started", True):
        unit = st.session_state.get(f"{ns}.unit", t("epoch"))
        st.info(t("train.stopped", unit=unit, step=rows[-1]["step"] if rows else 0), icon=":material/stop_circle:")
    else:
        st.info(t("train.left_line"), icon=":material/stop_circle:")
    return rows


def show_outcome(history: History, prefix: str = "") -> bool:
    """The one way every page says a run diverged. True when the run's numbers may be shown."""
    if history.diverged:
        st.error(prefix + t("train.diverged", step=history.diverged_at), icon=":material/warning:")
    return not history.diverged and bool(history.rows)


def train_or_reuse(
    ns: str, config: tuple, train_fn: Callable, *, auto: bool, note: str = "", x_title=None, on_open: bool = True
):
    """The result for `config`: kept from before, trained now when cheap (`auto`), or trained by
    the Train button (train_button: progress, Stop) when it would take long. None until there is one.

    A section below the fold passes `on_open=False`: opening the page does not wait for its cheap run
    (a class opening a page at once would wait for every learner's). It starts with a Train button,
    and once it has trained, a changed setting retrains it at once, as above the fold."""
    held = st.session_state.get(ns)
    if held is not None and held.matches(config) and held.result is not None:
        return held.result
    pressed = st.session_state.get(_start_key(ns), False)  # read before drawing: a pressed button is not redrawn
    if auto and (on_open or held is not None or pressed):
        st.session_state[ns] = Held(config, _trained(ns, config, train_fn))
        return st.session_state[ns].result
    if auto:
        st.button(t("train.run"), key=_start_key(ns), type="primary", icon=":material/play_arrow:")
        return None
    if note:
        st.info(note, icon=":material/timer:")
    train_button(ns, t("train.run"), config, lambda: (None, None, train_fn), x_title=x_title)
    return None


def _start_key(ns: str) -> str:
    return f"{ns}.start"


@st.cache_data(max_entries=256, show_spinner=False)
def _trained(ns: str, config: tuple, _train_fn: Callable):
    """A cheap run, shared by every session: `config` holds everything the run depends on (the seed
    too), so the learners who open a page with the same settings get the same numbers without training
    again. Each gets its own copy (cache_data pickles), so a page may change what it is given."""
    return _train_fn(None)


@dataclass
class Held:
    """What a page trained, kept in session state: the settings it was trained with, the result
    (a model trained in place, a run, rows) and its History."""

    config: tuple
    result: Any = None
    history: History | None = None

    def matches(self, config: tuple) -> bool:
        return self.config == config


def train_button(
    ns: str, label: str, config: tuple, setup: Callable, *, x_title=None, primary=True, device=None
) -> Held | None:
    """The Train button every page uses. `setup()` returns (result, history, train(callback)); the
    result is held before training starts, so Stop keeps what was trained in place, and the run that
    Stop starts says where training ended. After a finished run the page reruns, so every section
    (fragments too) shows the new result. Bad settings and missing data become messages."""
    if st.button(label, key=f"{ns}.button", type="primary" if primary else "secondary", icon=":material/play_arrow:"):
        try:
            with _unfinished(ns):
                result, history, train = setup()
                held = st.session_state[ns] = Held(config, result, history)
                returned = LiveTraining(ns, x_title=x_title, device=device).run(train)
        except (InputError, DataMissingError) as exc:  # from the settings, or data read when the turn came
            st.session_state.pop(ns, None)  # nothing was trained
            show_error(exc)
        else:
            if returned is not None:
                if result is None:  # a trainer that returns its run rather than training in place
                    held.result, held.history = returned, getattr(returned, "history", None)
                st.rerun()
    stopped_note(ns)
    return st.session_state.get(ns)


# A click starts the next script run at once, in a new thread (Streamlit's runner.fastReruns), while the
# run it replaces trains on until its next report, where it sees Stop or the stopped script. A model is
# not safe to share meanwhile: torch's parameters take no lock, and the new run moving one to the CPU
# while the old run stepped it killed the server (a general protection fault in torch's set_data). So
# each training is marked here until its thread has left it, and every run waits for the marks first.
_UNFINISHED = "training.unfinished"  # {ns: threading.Event, set when that training's thread has left it}
_marks_lock = threading.Lock()  # the old run's thread and the new one's both change the marks
ENDING_TIMEOUT_S = 120.0  # one report of the slowest run on a slow machine (an epoch of the course recipe)


@contextmanager
def _unfinished(ns: str) -> Iterator[None]:
    ended = threading.Event()
    with _marks_lock:
        marks = st.session_state.setdefault(_UNFINISHED, {})
        marks[ns] = ended
    try:
        yield
    finally:
        with _marks_lock:
            if marks.get(ns) is ended:  # a newer run that gave up waiting may have marked its own
                del marks[ns]
        ended.set()


def wait_for_unfinished_trainings(timeout_s: float = ENDING_TIMEOUT_S) -> None:
    """Before a run reads anything a training holds: wait until this session's older runs have left
    their trainings (at their next report). One still training after `timeout_s` keeps its model, and
    this run forgets it (the page shows no result for it) rather than touch it."""
    with _marks_lock:
        marks = dict(st.session_state.get(_UNFINISHED, {}))
    pending = {ns: ended for ns, ended in marks.items() if not ended.wait(timeout=0.05)}
    if not pending:
        return
    deadline = time.monotonic() + timeout_s
    with st.spinner(t("train.ending")):
        for ns, ended in pending.items():
            if not ended.wait(timeout=max(0.0, deadline - time.monotonic())):
                st.session_state.pop(ns, None)

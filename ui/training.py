"""Live training on every page: progress, Stop, a live chart, and one way of showing how it ended."""

import time
from collections.abc import Callable
from typing import Any

import streamlit as st

from core.compute import Busy, training_slot
from core.training import History, Progress
from ui import charts
from ui.i18n import t


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

    def __init__(self, ns: str, x_title: str | None = None, min_interval_s: float = 0.25):
        self.ns = ns
        self.rows: list[dict] = []
        self.x_title = x_title or t("epoch")
        self.min_interval_s = min_interval_s
        self.last_draw = 0.0

    def __call__(self, p: Progress):
        self.rows.append({"step": p.step, "loss": p.loss, **p.metrics})
        if st.session_state.get(f"{self.ns}.stop"):
            raise TrainingStopped
        now = time.monotonic()
        if now - self.last_draw < self.min_interval_s and p.step < p.total:
            return
        self.last_draw = now
        self.bar.progress(min(p.step / p.total, 1.0), text=t("train.progress", step=p.step, total=p.total, loss=p.loss))
        self.chart.altair_chart(charts.history(self.rows, x_title=self.x_title), width="stretch")

    def run(self, train_fn: Callable[["LiveTraining"], Any]):
        """Run train_fn(callback) holding the app-wide training slot. None if stopped or busy."""
        st.session_state[f"{self.ns}.rows"] = self.rows
        st.session_state[f"{self.ns}.stop"] = False
        holder = st.empty()
        with holder.container():
            st.button(t("train.stop"), key=f"{self.ns}.stop_btn", icon=":material/stop_circle:",
                      on_click=_request_stop, args=(self.ns,))  # fmt: skip
            self.bar = st.progress(0.0, text=t("train.starting"))
            self.chart = st.empty()
        try:
            with training_slot():
                result = train_fn(self)
        except TrainingStopped:
            return None  # a newer script run is already showing the partial result
        except Busy:
            holder.warning(t("train.busy"))
            return None
        holder.empty()
        return result


def _request_stop(ns: str):
    st.session_state[f"{ns}.stop"] = True  # read by the training run's callback
    st.session_state[f"{ns}.stop_note"] = True  # read once by stopped_note in this new run


def stopped_note(ns: str) -> list[dict] | None:
    """On the run that Stop started: say where training ended and return the partial rows."""
    if not st.session_state.pop(f"{ns}.stop_note", False):
        return None
    rows = list(st.session_state.get(f"{ns}.rows", []))
    st.info(t("train.stopped", step=rows[-1]["step"] if rows else 0), icon=":material/stop_circle:")
    return rows


def show_outcome(history: History, prefix: str = "") -> bool:
    """The one way every page says a run diverged. True when the run's numbers may be shown."""
    if history.diverged:
        st.error(prefix + t("train.diverged", step=history.diverged_at), icon=":material/warning:")
    return not history.diverged and bool(history.rows)


def keep_result(ns: str, config: tuple, compute: Callable[[], Any]) -> Any:
    """The result for `config`, computed once per change of config and kept in this session."""
    held = st.session_state.get(ns)
    if held is None or held[0] != config:
        st.session_state[ns] = (config, compute())
    return st.session_state[ns][1]


def train_or_reuse(ns: str, config: tuple, train_fn: Callable, *, auto: bool, note: str = "", x_title=None):
    """The result for `config`: kept from before, trained now when cheap (`auto`), or trained on
    the Train button with progress and Stop when it would take long. None until there is one."""
    held = st.session_state.get(ns)
    if held is not None and held[0] == config:
        return held[1]
    if auto:
        st.session_state[ns] = (config, train_fn(None))
        return st.session_state[ns][1]
    if note:
        st.info(note, icon=":material/timer:")
    if st.button(t("train.run"), key=f"{ns}.train", type="primary", icon=":material/play_arrow:"):
        result = LiveTraining(ns, x_title=x_title).run(train_fn)
        if result is not None:
            st.session_state[ns] = (config, result)
            return result
    stopped_note(ns)
    return None

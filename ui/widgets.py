"""Patterns every page reuses: code panel, error display, shareable settings, live training."""

import inspect
import io
import time

import streamlit as st
import torch

from core.compute import Busy, training_slot
from core.training import Progress
from ui import charts
from ui.i18n import t, translate_error


def code_panel(*funcs, expanded=False):
    """Show the source of exactly the core functions that produced the result beside it."""
    with st.expander(t("code.title"), expanded=expanded, icon=":material/code:"):
        for func in funcs:
            st.caption(f"`{func.__module__}.{func.__qualname__}`")
            st.code(inspect.getsource(func), language="python")


def model_download(label: str, model, filename: str):
    """A download button for a model's state_dict (plain tensors: loads with weights_only=True)."""
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    st.download_button(label, buffer.getvalue(), filename, icon=":material/download:")


def show_error(exc: Exception):
    st.error(translate_error(exc), icon=":material/error:")


def setting(key: str, default):
    """Seed a widget's session_state from the URL (once), so shared links restore settings."""
    if key not in st.session_state:
        raw = st.query_params.get(key)
        st.session_state[key] = _cast(raw, default) if raw is not None else default
    return key


def _cast(raw: str, default):
    try:
        if isinstance(default, list):
            return [item for item in raw.split(",") if item]
        if isinstance(default, bool):
            return raw.lower() in ("1", "true", "yes")
        if isinstance(default, int):
            return int(float(raw))
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        return default
    return raw


def sync_settings(keys: list[str]):
    """Write these settings into the URL (a fragment calls this too, since it reruns alone)."""
    for k in keys:
        if k in st.session_state:
            st.query_params[k] = _text(st.session_state[k])


def share_settings(keys: list[str]):
    """Mirror the page's settings into the URL and offer the link to copy."""
    sync_settings(keys)
    with st.popover(t("share.button"), icon=":material/link:"):
        st.caption(t("share.help"))
        st.code(_current_url(), language=None)


def _text(value) -> str:
    return ",".join(map(str, value)) if isinstance(value, list) else str(value)


def _current_url() -> str:
    base = (st.context.url or "").split("?")[0]
    query = "&".join(f"{k}={v}" for k, v in st.query_params.to_dict().items())
    return f"{base}?{query}" if query else base


class TrainingStopped(Exception):
    """Raised from the progress callback when the learner pressed Stop."""


class LiveTraining:
    """Callback for core training loops: progress bar, live chart (throttled), Stop button.

    A click in Streamlit starts a new script run at once, while the running one goes on until
    its next element update. So Stop only sets a flag (its on_click runs first in the new run);
    the old run's callback sees it at the next step and ends training. Rows live in
    session_state as they arrive, so the new run can show the partial history, and a model
    trained in place keeps its partly trained weights.
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
        self.bar.progress(
            min(p.step / p.total, 1.0),
            text=t("train.progress", step=p.step, total=p.total, loss=p.loss),
        )
        self.chart.altair_chart(charts.history(self.rows, x_title=self.x_title), width="stretch")

    def run(self, train_fn):
        """Run train_fn(callback) holding the app-wide training slot. None if stopped or busy."""
        st.session_state[f"{self.ns}.rows"] = self.rows
        st.session_state[f"{self.ns}.stop"] = False
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
            st.warning(t("train.busy"))
            return None
        self.bar.progress(1.0, text=t("train.done"))
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

"""Small pieces every page reuses: the code panel, error display and model download."""

import functools
import inspect
import io
import re

import pandas as pd
import streamlit as st
import torch

from ui.i18n import t, translate_error

_MARKDOWN = re.compile(r"([\\`*_\[\]<>!$#|~])")  # links, images, HTML, emphasis, code, math, headings, tables


def as_text(value: str) -> str:
    """Text a learner typed (a name, their own words), escaped so markdown shows it as it is."""
    return _MARKDOWN.sub(r"\\\1", value)


def code_panel(*funcs, expanded=False):
    """Show the source of exactly the core functions that produced the result beside it."""
    with st.expander(t("code.title"), expanded=expanded, icon=":material/code:"):
        for func in funcs:
            st.caption(f"`{func.__module__}.{func.__qualname__}`")
            st.code(source(func), language="python")


@functools.cache  # a function's source is fixed while the server runs; inspect re-tokenizes it on every call
def source(func) -> str:
    return inspect.getsource(func)


def model_download(label: str, model, filename: str):
    """A download button for a model's state_dict (plain tensors: loads with weights_only=True)."""
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    st.download_button(label, buffer.getvalue(), filename, icon=":material/download:")


def show_error(exc: Exception):
    st.error(translate_error(exc), icon=":material/error:")


def csv_download(label: str, rows: list[dict], filename: str, where=None):
    """A download button for rows as CSV (column names as in the code, so the file reads back the same)."""
    (where or st).download_button(
        label, pd.DataFrame(rows).to_csv(index=False), filename, mime="text/csv", icon=":material/download:"
    )

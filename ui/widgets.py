"""Small pieces every page reuses: the code panel, error display and model download."""

import csv
import functools
import inspect
import io

import streamlit as st

from ui.i18n import t, translate_error


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
    import torch  # loaded already (the model is torch's); not above, so the router stays light

    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    st.download_button(label, buffer.getvalue(), filename, icon=":material/download:")


def show_error(exc: Exception):
    st.error(translate_error(exc), icon=":material/error:")


def csv_download(label: str, rows: list[dict], filename: str, where=None):
    """A download button for rows as CSV (column names as in the code, so the file reads back the same)."""
    columns = dict.fromkeys(name for row in rows for name in row)  # every row's columns, in order
    text = io.StringIO()
    writer = csv.DictWriter(text, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    (where or st).download_button(label, text.getvalue(), filename, mime="text/csv", icon=":material/download:")

"""Small pieces every page reuses: the code panel, error display and model download."""

import csv
import functools
import inspect
import io

import streamlit as st

from ui.i18n import t, translate_error


def code_panel(*funcs, key=""):
    """Show the source of exactly the core functions that produced the result beside it.

    The source is sent only while the panel is open: closed panels' highlighted code was 5,000 of linear
    fit's 7,200 page elements and a tenth of the browser's script time, for something most visits never
    open. Opening it reruns the script (or its fragment) once, which the page's caches make cheap. `key`
    tells apart two panels of the same functions on one page."""
    names = [f"{func.__module__}.{func.__qualname__}" for func in funcs]
    panel_key = "code:" + ",".join(names) + (f":{key}" if key else "")
    panel = st.expander(t("code.title"), icon=":material/code:", key=panel_key, on_change="rerun")
    if not panel.open:
        return
    with panel:
        for func, name in zip(funcs, names, strict=True):
            st.caption(f"`{name}`")
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

"""`t(key, **params)`: a string from the catalogs (ui/strings) in the learner's language."""

import streamlit as st

from ui.strings import STRINGS

LANGS = {"en": "English", "zh": "简体中文"}


def lang() -> str:
    return st.session_state.get("lang", "en")


def t(key: str, /, **params) -> str:
    """Always formatted, so a template's doubled braces `{{ }}` always show as single ones."""
    return tr(lang(), key, **params)


def tr(language: str, key: str, /, **params) -> str:
    """`t` in a given language, for text built outside a page run (a downloaded notebook)."""
    return STRINGS[key][language].format(**params)


def translate_error(exc: Exception) -> str:
    key = f"err.{getattr(exc, 'key', '')}"
    if key in STRINGS:
        try:
            return t(key, **getattr(exc, "params", {}))
        except (KeyError, IndexError):
            pass
    return str(exc)

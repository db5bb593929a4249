"""`t(key, **params)`: a string from the catalogs (ui/strings) in the learner's language."""

import re

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


_MARKDOWN = re.compile(r"([\\`*_\[\]<>!$#|~])")  # links, images, HTML, emphasis, code, math, headings, tables


def as_text(value: str) -> str:
    """Text a learner typed (a name, their own words), escaped so markdown shows it as it is."""
    return _MARKDOWN.sub(r"\\\1", value)

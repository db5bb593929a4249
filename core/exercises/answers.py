"""Lenient, safe parsers for what a learner types as an answer. Nothing is ever `eval`-ed.

Each parser returns a value or raises `AnswerError`, whose `key` names the message the page shows
(`ex.parse.<key>`) in the learner's language; the raw text is never echoed back into markdown.
"""

import math
import re
import unicodedata

MAX_ANSWER = 200  # characters: longer is no answer to any question here
NO_BROADCAST = "no broadcast"  # the shape answer for operands that do not broadcast

# Ways learners write "it fails" in either language (after NFKC and lower-casing).
_REFUSALS = {
    "error",
    "no",
    "none",
    "fails",
    "fail",
    "refused",
    "no broadcast",
    "not broadcastable",
    "runtimeerror",
    "x",
    "✗",
    "-",
    "无",
    "不能",
    "报错",
    "错误",
    "无法广播",
    "不能广播",
    "不可广播",
    "失败",
}
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?"


class AnswerError(ValueError):
    """An answer that cannot be read; `key` is the message (`ex.parse.<key>`), `params` fill it."""

    def __init__(self, key: str, **params):
        self.key = key
        self.params = params
        super().__init__(key)


def normalise(text) -> str:
    """Full-width digits and punctuation to ASCII (NFKC), Chinese punctuation, one kind of minus."""
    if not isinstance(text, str):
        raise AnswerError("empty")
    if len(text) > MAX_ANSWER:
        raise AnswerError("too_long", limit=MAX_ANSWER)
    text = unicodedata.normalize("NFKC", text)
    for odd, plain in (
        ("−", "-"),
        ("–", "-"),
        ("⁄", "/"),
        ("，", ","),
        ("。", "."),
        ("、", ","),
        ("（", "("),
        ("）", ")"),
    ):
        text = text.replace(odd, plain)
    text = text.strip().lower()
    if not text:
        raise AnswerError("empty")
    return text


def parse_number(text) -> float:
    """ "0.5", "0,5", ".5", "1/2", "50%", "1e-3", "０．５" → a finite float."""
    text = normalise(text).replace(" ", "")
    if re.fullmatch(r"[-+]?\d+,\d+", text):  # a decimal comma: "0,5"
        text = text.replace(",", ".")
    percent = text.endswith("%")
    text = text.removesuffix("%")
    fraction = re.fullmatch(rf"({_NUMBER})/({_NUMBER})", text)
    if fraction:
        num, den = float(fraction.group(1)), float(fraction.group(2))
        if den == 0:
            raise AnswerError("divide_by_zero")
        value = num / den
    elif re.fullmatch(_NUMBER, text):
        value = float(text)
    elif text in ("nan", "inf", "-inf", "+inf", "infinity", "-infinity"):
        raise AnswerError("not_finite")
    else:
        raise AnswerError("not_a_number")
    if not math.isfinite(value):
        raise AnswerError("not_finite")
    return value / 100 if percent else value


def parse_shape(text) -> tuple[int, ...] | str:
    """ "(3, 4)", "3,4", "[3 4]", "3×4", "torch.Size([3, 4])", "()" → (3, 4); "error", "不能广播" → NO_BROADCAST."""
    text = normalise(text)
    if text in _REFUSALS:
        return NO_BROADCAST
    text = text.removeprefix("torch.size")
    text = re.sub(r"[()\[\]{}]", " ", text).strip()
    if not text:
        return ()  # a scalar: torch.Size([])
    parts = [p for p in re.split(r"[,×x*\s]+", text) if p]
    if not parts or not all(re.fullmatch(r"\d+", p) for p in parts):
        raise AnswerError("not_a_shape")
    if len(parts) > 8 or any(len(p) > 7 for p in parts):
        raise AnswerError("shape_too_big")
    return tuple(int(p) for p in parts)


def shape_text(shape) -> str:
    """A shape as torch prints it in a tuple: (3,) for one dimension."""
    if shape == NO_BROADCAST:
        return NO_BROADCAST
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"

"""Exercises of the RNN hello→ohlol page (Liu Er lectures 12-13)."""

from random import Random

from core import rnn
from core.exercises.answers import parse_shape
from core.exercises.base import Exercise, Kind, Mistake, Option, Verdict, liu

WORDS = (
    ("hello", "ohlol"),
    ("deep", "peed"),
    ("torch", "chort"),
    ("data", "tada"),
    ("learn", "nrael"),
    ("abcd", "dcba"),
    ("model", "delom"),
    ("layer", "relay"),
)
MAX_EPOCHS = 15


def _pair(rng: Random) -> dict:
    source, target = rng.choice(WORDS)
    return {"source": source, "target": target}


def _inputs_shape(p: dict) -> tuple:
    """The page's stage_shapes for the RNNCell version: (seq_len, batch, input_size)."""
    return tuple(dict(rnn.stage_shapes("cell", p["source"], p["target"]))["inputs"])


def _vocab(p: dict) -> int:
    return len(rnn.build_vocab(p["source"], p["target"]))


INPUT_SHAPE = Exercise(
    id="rnn.input_shape",
    kind=Kind.COMPUTE,
    source=liu(12),
    text="rnn.ex.shape.text",
    solution="rnn.ex.shape.solution",
    code=(rnn.build_vocab, rnn.one_hot, rnn.course_tensors),
    params=_pair,
    parse=parse_shape,
    oracle=_inputs_shape,
    mistakes=(
        Mistake("rnn.ex.shape.hint.batch_first", lambda p: (1, len(p["source"]), _vocab(p))),
        Mistake("rnn.ex.shape.hint.no_batch", lambda p: (len(p["source"]), _vocab(p))),
        Mistake("rnn.ex.shape.hint.vocab", lambda p: (len(p["source"]), 1, len(p["source"]) + len(p["target"]))),
        Mistake("rnn.ex.shape.hint.alphabet", lambda p: (len(p["source"]), 1, 26)),
    ),
)


def _own_words(params: dict, held: dict) -> Verdict:
    """held: {"source", "target", "first_correct", "epochs"}: the run the page trained."""
    if (held["source"], held["target"]) == ("hello", "ohlol"):
        return Verdict(False, "rnn.ex.own.hint.course")
    first = held["first_correct"]
    if first is None:
        return Verdict(False, "rnn.ex.own.hint.never", {"epochs": held["epochs"]})
    if first > MAX_EPOCHS:
        return Verdict(False, "rnn.ex.own.hint.slow", {"first": first, "most": MAX_EPOCHS})
    return Verdict(True, "rnn.ex.own.right", {"source": held["source"], "target": held["target"], "first": first})


OWN_WORDS = Exercise(
    id="rnn.own_words",
    kind=Kind.ON_PAGE,
    source=liu(12, homework=True),
    text="rnn.ex.own.text",
    solution="rnn.ex.own.solution",
    code=(rnn.check_pair, rnn.train),
    goal=_own_words,
    held_code='{"source": source, "target": target, "first_correct": run.first_correct, "epochs": len(run.losses)}',
)

EMBEDDING = Exercise(
    id="rnn.embedding",
    kind=Kind.CHOICE,
    source=liu(12),
    text="rnn.ex.emb.text",
    solution="rnn.ex.emb.solution",
    code=(rnn.EmbeddingModel,),
    options=(
        Option("dense", "rnn.ex.emb.o.dense", "rnn.ex.emb.w.dense", correct=True),
        Option("cannot", "rnn.ex.emb.o.cannot", "rnn.ex.emb.w.cannot"),
        Option("seed", "rnn.ex.emb.o.seed", "rnn.ex.emb.w.seed"),
    ),
)

EXERCISES = (INPUT_SHAPE, OWN_WORDS, EMBEDDING)

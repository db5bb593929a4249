"""Every learner-facing string in both languages, every key used, and no English on a 中文 page."""

import ast
import json
import re
import string
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from core.exercises.base import answer_of, draw
from core.exercises.catalog import BY_ID
from ui.nav import TOPICS
from ui.settings import Choice, Points
from ui.strings import CATALOGS, STRINGS

# Code names, units and symbols that stay as they are in a Chinese text (reviewed; keep it short).
ALLOWED = {
    # libraries, classes and functions the courses name
    "pytorch", "torch", "optim", "sgd", "adam", "rmsprop", "momentum", "relu", "sigmoid", "tanh", "softmax",
    "bce", "bceloss", "bcewithlogitsloss", "mse", "mseloss", "crossentropyloss", "nll", "linear", "sequential",
    "rnn", "rnncell", "embedding", "cnn", "conv", "maxpool", "dataloader", "dataset", "mnist", "onecyclelr",
    "backward", "grad", "zero", "state", "dict", "linreg", "squared", "loss", "bfloat", "float", "cpu", "cuda",
    "auc", "roc", "bmi", "ogtt", "pima", "max", "exp", "log", "sum", "mean",
    # sources and the app itself
    "d2l", "liu", "streamlit", "csv", "url", "playground_data_dir", "epoch", "logits", "argmax", "inf", "nan",
    "onecycle", "mlp", "logit", "rosenbrock", "himmelblau", "autograd", "dim", "keepdim", "view", "reshape", "stride",
    "sin", "cos", "sqrt", "abs", "python", "true", "false", "none", "pca",
    # the course's example strings, which the RNN page trains on and prints
    "hello", "ohlol",
}  # fmt: skip
SOURCES = [ROOT / "app.py", *sorted((ROOT / "views").glob("*.py")), *sorted((ROOT / "ui").rglob("*.py"))]
EXERCISE_SOURCES = sorted((ROOT / "core" / "exercises").glob("*.py"))  # exercises name their string keys in core


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_key_has_both_languages_with_the_same_placeholders(key):
    entry = STRINGS[key]
    assert set(entry) == {"en", "zh"} and entry["en"].strip() and entry["zh"].strip(), key
    assert placeholders(entry["en"]) == placeholders(entry["zh"]), key


def literals(paths) -> tuple[set[str], set[str]]:
    """String constants in these files, and the constant prefixes of their f-strings."""
    constants, prefixes = set(), set()
    for path in paths:
        for node in ast.walk(ast.parse(Path(path).read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(node.values[0].value)
    return constants, prefixes


def test_every_key_is_used_and_every_used_key_exists():
    strings_dir = ROOT / "ui" / "strings"
    constants, prefixes = literals([p for p in SOURCES if strings_dir not in p.parents] + EXERCISE_SOURCES)
    core_constants, _ = literals(sorted((ROOT / "core").rglob("*.py")))
    unused = []
    for key in STRINGS:
        if key.startswith("err."):  # keyed by the InputError that core raises
            used = key.removeprefix("err.") in core_constants
        else:
            used = key in constants or any(p.endswith(".") and key.startswith(p) for p in prefixes)
        if not used:
            unused.append(key)
    assert not unused, f"keys no code uses: {unused}"
    called = translated_literals([p for p in SOURCES if strings_dir not in p.parents])
    assert called and not called - STRINGS.keys(), f"keys used but not defined: {sorted(called - STRINGS.keys())}"


def translated_literals(paths) -> set[str]:
    """Literal first arguments of t(...) calls."""
    found = set()
    for path in paths:
        for node in ast.walk(ast.parse(Path(path).read_text())):
            is_t = isinstance(node, ast.Call) and getattr(node.func, "id", None) == "t" and node.args
            if is_t and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
    return found


def test_the_checks_catch_what_they_claim(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('t("lin.title")\nt(f"dm.f.{x}")\n')
    constants, prefixes = literals([bad])
    assert "lin.title" in constants and "dm.f." in prefixes
    assert english_words("损失 `loss.backward()` 已经 $w_1$ 下降 and then more") == ["and", "then", "more"]
    assert english_words("cost(w) 与 seq_len") == [] and english_words("Stop 按钮") == ["Stop"]
    assert english_words("y.data 与 AddBackward0，retain_graph=True") == []


def test_catalogs_are_one_per_page():
    assert {"shell", "common", "teacher"} | {Path(topic.path).stem for topic in TOPICS} == set(CATALOGS)


# ---------------------------------------------------------------- 中文 pages


def english_words(text: str) -> list[str]:
    """Latin words of 3+ letters outside code spans, math, file names and the allow-list.

    Identifiers count as code: a name with an underscore, one followed by "(" as in `cost(w)`, one
    after a dot or beside "=" as in `.data` or `retain_graph=True`, and CamelCase names like `AddBackward0`.
    """
    text = text.replace("\\n", " ")  # line breaks inside diagram labels
    text = re.sub(r"```.*?```|`[^`]*`|\$[^$]*\$|https?://\S+|\S+\.(py|csv|pt|ipynb)\b", " ", text, flags=re.S)
    words = re.findall(r"(?<![.=A-Za-z_])[A-Za-z][A-Za-z_]{2,}(?![A-Za-z_(.=0-9])", text)
    return [w for w in words if "_" not in w and not re.search(r"[a-z][A-Z]", w) and w.lower() not in ALLOWED]


def chart_titles(spec: dict):
    """Every title in a Vega-Lite spec: axes, legends, headers and the chart's own."""
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key == "title" and isinstance(value, str):
                yield value
            elif key == "title" and isinstance(value, dict) and isinstance(value.get("text"), str):
                yield value["text"]
            else:
                yield from chart_titles(value)
    elif isinstance(spec, list):
        for item in spec:
            yield from chart_titles(item)


def dot_labels(dot: str):
    return re.findall(r'label="([^"]*)"', dot)


def page_texts(at):
    """(where, text) for everything a learner reads on the page, code panels excepted."""
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success"):
        for el in getattr(at, kind):
            yield kind, el.value
    for m in at.metric:
        yield "metric", f"{m.label} {m.value}"
    for kind in (
        "button",
        "number_input",
        "slider",
        "text_input",
        "text_area",
        "toggle",
        "selectbox",
        "radio",
        "multiselect",
    ):
        for w in getattr(at, kind):
            if w.key not in ("_lang", "_seed"):  # the bilingual sidebar labels
                yield kind, w.label
                for option in getattr(w, "options", []) or []:
                    yield f"{kind} option", str(option)
    for tab in at.tabs:
        yield "tab", tab.label
    for e in at.expander:
        if e.label != STRINGS["code.title"]["zh"]:
            yield "expander", e.label
    for df in at.dataframe:
        frame = df.value
        yield (
            "table header",
            " ".join(map(str, frame.columns)) + " " + " ".join(str(n) for n in frame.index.names if n is not None),
        )
        if frame.index.dtype == object:
            yield "table index", " ".join(map(str, frame.index))
    for chart in at.get("vega_lite_chart") + at.get("arrow_vega_lite_chart"):
        for title in chart_titles(json.loads(chart.proto.spec)):
            yield "chart title", title
    for graph in at.get("graphviz_chart"):
        for label in dot_labels(graph.proto.spec):
            yield "diagram label", label


def zh_page(topic) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["lang"] = "zh"
    at.run()
    at.switch_page(topic.path)
    at.run()
    press = {
        "diabetes-mlp": STRINGS["dm.train"]["zh"],
        "rnn": STRINGS["rnn.train"]["zh"],
        "gradient-descent": STRINGS["gd.step"]["zh"],
    }.get(topic.url_path)
    if topic.url_path == "diabetes-mlp":
        at.number_input(key="dm_epochs").set_value(3)
    if press:  # show the results sections too
        next(b for b in at.button if b.label == press).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_no_english_left_on_a_chinese_page(topic):
    at = zh_page(topic)
    assert at.title[0].value == STRINGS[topic.title]["zh"]
    left = [(where, text[:80], words) for where, text in page_texts(at) if (words := english_words(text))]
    assert not left, "\n".join(map(str, left))


def own_choices(topic) -> list:
    return [s for s in topic.settings if isinstance(s, Choice) and "own" in s.options]


@pytest.mark.parametrize("topic", [topic for topic in TOPICS if own_choices(topic)], ids=lambda topic: topic.url_path)
def test_no_english_left_on_a_chinese_page_with_the_learners_own_data(topic):
    """The points tables, their tabs, the click hint, the separable-data note and a refusal, in 中文."""
    at = zh_page(topic)
    for choice in own_choices(topic):
        at.radio(key=choice.key).set_value("own").run()
    points = next(s for s in topic.settings if isinstance(s, Points))
    at.text_area(key=f"{points.key}.paste").input("1, 0\n1, 1")  # refused: every x is the same
    at.button(key=f"{points.key}.use").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == [STRINGS["err.own_same_x"]["zh"].format(x=1.0)]
    left = [(where, text[:80], words) for where, text in page_texts(at) if (words := english_words(text))]
    assert not left, "\n".join(map(str, left))


# ---------------------------------------------------------------- exercises (declared in core, shown by ui/exercises.py)


def exercise_keys(ex) -> set[str]:
    keys = {ex.text, ex.solution, ex.source.key, f"ex.kind.{ex.kind.value}"}
    keys |= {m.hint for m in ex.mistakes} | {o.label for o in ex.options} | {o.why for o in ex.options}
    return keys


def test_every_key_an_exercise_names_exists_in_both_languages():
    constants, _ = literals(EXERCISE_SOURCES)
    named = {c for c in constants if re.fullmatch(r"[a-z]+\.ex\.[a-z_.]*[a-z_]", c)}
    declared = set().union(*(exercise_keys(ex) for ex in BY_ID.values()))
    missing = sorted((named | declared) - STRINGS.keys())
    assert not missing, missing


class Filler(dict):
    """Any placeholder a goal's detail may fill, as a number (formats with .3g, .1%, :g alike)."""

    def __missing__(self, key):
        return 0.5


@pytest.mark.parametrize("ex", list(BY_ID.values()), ids=lambda ex: ex.id)
def test_every_exercise_string_renders_in_both_languages_without_english_left_in_chinese(ex):
    """Statement, solution, every hint (a mistake's, a goal's, an option's why) and option, filled with
    five variants' numbers: no placeholder left unfilled, and no English left in the 中文 text."""
    stem = ex.text.rsplit(".", 1)[0] + "."  # "tb.ex.shape.": the exercise's own keys
    keys = exercise_keys(ex) | {key for key in STRINGS if key.startswith(stem)}
    for variant in range(5):
        params = draw(ex, variant)
        values = Filler({k: plain_value(v) for k, v in params.items()}, answer=answer_of(ex, params), given="(2, 3)")
        for key in keys:
            for lang in ("en", "zh"):
                text = STRINGS[key][lang].format_map(values)
                assert "{" not in text, (key, lang, text)
            left = english_words(STRINGS[key]["zh"].format_map(values))
            assert not left, (key, left)


def plain_value(value):
    return tuple(value) if isinstance(value, list) else value

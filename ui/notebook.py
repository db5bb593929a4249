"""Download as Jupyter notebook: the core code a page ran, its current settings, and the same calls.

A notebook is built from a page's `Notebook` recipe (in `ui/topics/<page>.py`):
1. a title, the course links and the page's introduction, in the learner's language;
2. a setup cell (where data lives, where the code goes);
3. one `%%writefile` cell per core module the calls import, transitively: the exact source the page ran;
4. the page's settings as plain variables, named as on the page without its prefix (`of_degree` → `degree`);
5. the recipe's cells: section headings from the string catalogs, and code that calls core as the page does;
6. the page's exercises as a worksheet: each statement with the learner's numbers, then a cell that calls
   the core checker the page uses, `check("<id>", answer)`.
It needs only `requirements.txt` and the data directory; `tests/test_notebooks.py` runs every page's notebook.
The page builds the file only when the button is pressed, from values captured when the page ran.
"""

import ast
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
from nbformat import v4

from core.exercises.base import Exercise, Kind, draw
from core.exercises.catalog import MODULES
from ui.course import links_markdown
from ui.i18n import tr
from ui.settings import PageSettings
from ui.strings import STRINGS

CORE_DIR = Path(__file__).resolve().parent.parent / "core"
PACKAGE_DIR = "playground_code"  # beside the notebook; holds core/ so `from core import …` works as in the app


@dataclass(frozen=True)
class Md:
    """A markdown cell from the catalogs: a heading (`#` level) and/or text keys, in the notebook's language."""

    keys: tuple[str, ...]
    level: int = 2  # the first key is a heading of this level; 0: no heading
    params: Mapping[str, Any] = field(default_factory=dict)
    exercise: tuple[int, Exercise] | None = None  # (number, exercise): its heading, source and options


@dataclass(frozen=True)
class Code:
    source: str


@dataclass(frozen=True)
class Messages:
    """The code cell that holds the exercise checker's messages in the notebook's language."""

    prefix: str  # the page's string prefix ("tb"): its exercise keys are "tb.ex.…"


Cell = Md | Code | Messages


@dataclass(frozen=True)
class Notebook:
    title: str  # string keys, as the page opens with them
    intro: str
    course: str  # key into ui.course.COURSE
    cells: Callable[[Mapping[str, Any]], list[Cell]]  # settings values (short names) -> the recipe
    # the settings as the recipe wants them (e.g. only the chosen surface's); default: all of them
    variables: Callable[[Mapping[str, Any]], dict[str, Any]] | None = None


def short_name(key: str) -> str:
    """The variable a setting becomes in the notebook: `of_degree` → `degree`."""
    return key.split("_", 1)[1] if "_" in key else key


def values_for(settings: PageSettings, state: Mapping[str, Any]) -> dict[str, Any]:
    """The page's current settings (and the global seed) under their notebook names."""
    values = {short_name(s.key): state.get(s.key, s.default) for s in settings}
    values["seed"] = int(state.get("seed", 0))
    return values


def core_modules(sources: list[str]) -> list[str]:
    """Core modules imported by `sources`, with the core modules they import, in dependency order."""
    ordered: list[str] = []

    def visit(name: str) -> None:
        if name in ordered:
            return
        package = name.rsplit("/", 1)[0] + "/__init__"
        if "/" in name and name != package:  # a module of a core package (core/exercises/…): its package first
            visit(package)
        for dep in _core_imports((CORE_DIR / f"{name}.py").read_text(encoding="utf-8")):
            visit(dep)
        ordered.append(name)

    for source in sources:
        for name in _core_imports(source):
            visit(name)
    return ordered


def _core_imports(source: str) -> list[str]:
    names = []
    lines = [line for line in source.splitlines() if not line.startswith("%")]  # IPython magics are not Python
    for node in ast.walk(ast.parse("\n".join(lines))):
        if isinstance(node, ast.ImportFrom) and node.module == "core":
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("core."):
            path = node.module.removeprefix("core.").replace(".", "/")
            if (CORE_DIR / path).is_dir():  # `from core.exercises import tensors`: the modules named
                names += [
                    f"{path}/{alias.name}" for alias in node.names if (CORE_DIR / path / f"{alias.name}.py").exists()
                ]
                names.append(f"{path}/__init__")
            else:
                names.append(path)
        elif isinstance(node, ast.Import):
            names += [
                alias.name.removeprefix("core.").replace(".", "/")
                for alias in node.names
                if alias.name.startswith("core.")
            ]
    return names


def build(
    recipe: Notebook, values: Mapping[str, Any], lang: str, variants: Mapping[str, int] | None = None
) -> nbformat.NotebookNode:
    """`variants`: the learner's variant of each exercise (by id), so the worksheet has their numbers."""
    values = recipe.variables(values) if recipe.variables else dict(values)
    cells = recipe.cells(values) + worksheet(recipe.course, dict(variants or {}))
    code = [cell.source for cell in cells if isinstance(cell, Code)]
    nb = v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.cells = [
        v4.new_markdown_cell(
            f"# {tr(lang, recipe.title)}\n\n{links_markdown(recipe.course, lang)}\n\n"
            f"{tr(lang, recipe.intro)}\n\n{tr(lang, 'nb.about')}"
        ),
        v4.new_markdown_cell(tr(lang, "nb.setup")),
        v4.new_code_cell(_setup_source()),
        v4.new_markdown_cell(tr(lang, "nb.core_code")),
        *(v4.new_code_cell(_module_cell(name)) for name in ["__init__", *core_modules(code)]),
        v4.new_markdown_cell(tr(lang, "nb.settings")),
        # tagged as papermill's parameters cell, so `papermill -p degree 5 …` can run it with other values
        v4.new_code_cell(_settings_source(values), metadata={"tags": ["parameters"]}),
        *(_cell(cell, lang) for cell in cells),
    ]
    nbformat.validate(nb)
    return nb


def build_bytes(
    recipe: Notebook, values: Mapping[str, Any], lang: str, variants: Mapping[str, int] | None = None
) -> bytes:
    return nbformat.writes(build(recipe, values, lang, variants)).encode("utf-8")


MESSAGES_CELL = "# The checker's messages, in this notebook's language\nMESSAGES = "


def worksheet(course: str, variants: dict[str, int]) -> list[Cell]:
    """The page's exercises: each statement with the learner's numbers, then a call of the checker the
    page uses. A learner types the answer between the quotes; an ON_PAGE exercise passes the result the
    cells above computed (change the settings, run again, check again)."""
    module = MODULES[course]
    prefix = module.EXERCISES[0].id.split(".")[0]
    setup = f"""
from core.exercises import {module.__name__.rsplit(".", 1)[-1]} as page_exercises
from core.exercises.base import checker

VARIANTS = {variants!r}  # your numbers, as on the page
check = checker(page_exercises.EXERCISES, VARIANTS, MESSAGES)"""
    cells: list[Cell] = [Md(("ex.title", "ex.intro")), Messages(prefix), Code(setup)]
    for number, ex in enumerate(module.EXERCISES, start=1):
        params = draw(ex, variants.get(ex.id, 0))
        cells += [Md((ex.text,), level=0, params=params, exercise=(number, ex)), Code(_check_call(ex))]
    return cells


def _check_call(ex: Exercise) -> str:
    if ex.kind is Kind.ON_PAGE:
        return f'check("{ex.id}", {ex.held_code})'
    if ex.kind is Kind.CHOICE:
        return f'check("{ex.id}", "")  # one of: {", ".join(o.id for o in ex.options)}'
    return f'check("{ex.id}", "")  # your answer between the quotes'


def _cell(cell: Cell, lang: str):
    if isinstance(cell, Code):
        return v4.new_code_cell(cell.source.strip())
    if isinstance(cell, Messages):
        keys = sorted(key for key in STRINGS if key.startswith(("ex.", f"{cell.prefix}.ex.")))
        return v4.new_code_cell(MESSAGES_CELL + repr({key: STRINGS[key][lang] for key in keys}))
    texts = [tr(lang, key, **_shown(cell.params)) for key in cell.keys]
    if cell.level:
        texts[0] = "#" * cell.level + " " + texts[0]
    if cell.exercise:
        texts = [_exercise_heading(*cell.exercise, lang), *texts, *_options(cell.exercise[1], lang)]
    return v4.new_markdown_cell("\n\n".join(texts))


def _shown(params: Mapping[str, Any]) -> dict:
    """Lists of numbers (shapes, logits) as tuples, as the page writes them."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}


def _exercise_heading(number: int, ex: Exercise, lang: str) -> str:
    source = tr(lang, ex.source.key, **ex.source.params)
    return f"### {number}. {tr(lang, f'ex.kind.{ex.kind.value}')} · {source}"


def _options(ex: Exercise, lang: str) -> list[str]:
    return ["\n".join(f"- `{o.id}`: {tr(lang, o.label)}" for o in ex.options)] if ex.options else []


def _setup_source() -> str:
    return (
        "import os\nimport sys\n\n"
        "# MNIST and diabetes.csv are read from here (downloaded into it when online)\n"
        'os.environ.setdefault("PLAYGROUND_DATA_DIR", os.path.abspath("data"))\n'
        f'os.makedirs("{PACKAGE_DIR}/core/exercises", exist_ok=True)\n'
        f'sys.path.insert(0, os.path.abspath("{PACKAGE_DIR}"))'
    )


def _module_cell(name: str) -> str:
    source = (CORE_DIR / f"{name}.py").read_text(encoding="utf-8")
    return f"%%writefile {PACKAGE_DIR}/core/{name}.py\n{source}"


def _settings_source(values: Mapping[str, Any]) -> str:
    return "\n".join(f"{name} = {_literal(value)}" for name, value in values.items())


def _literal(value: Any) -> str:
    """Python text for a setting's value: numbers, text, flags and lists or dicts of them."""
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bool | int | float | str) or value is None:
        return repr(value)
    raise TypeError(f"a setting holds {type(value).__name__}, not plain data")

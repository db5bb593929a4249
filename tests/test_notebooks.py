"""Every page's "Download as Jupyter notebook": built in both languages, and run top to bottom in a
plain Jupyter kernel (nbclient) with only the installed requirements and the data directory.

The oracle is the app's own core code run here in the test process with the same settings: the
notebook must print the same numbers the page shows.
"""

import os
import re
from concurrent.futures import ThreadPoolExecutor

import nbclient
import nbformat
import pytest

from conftest import ROOT, open_page
from core import data_dir, fitting, linear, own_data, rnn
from ui import notebook
from ui.nav import TOPICS
from ui.strings import STRINGS

BY_PATH = {topic.url_path: topic for topic in TOPICS}
OWN_POINTS = ((1.0, 3.1), (2.0, 4.9), (3.0, 7.2), (5.0, 10.8))  # a learner's homework points
ONE_THREAD = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PLAYGROUND_THREADS": "1"}


def defaults(topic) -> dict:
    return notebook.values_for(topic.settings, {})


def settings_cell(nb) -> str:
    (cell,) = [cell for cell in nb.cells if "parameters" in cell.metadata.get("tags", [])]
    return cell.source


def code_cells(nb):
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def text_of(nb) -> str:
    """Everything the notebook printed or displayed as text."""
    parts = []
    for cell in code_cells(nb):
        for out in cell.get("outputs", []):
            parts.append(out.get("text") or out.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def execute(nb, workdir):
    nbclient.NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(workdir)}},
    ).execute()
    return nb


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """All ten notebooks with the pages' default settings, two kernels at a time (2 cores)."""
    assert data_dir.ENV_VAR in os.environ, "the kernels read data from PLAYGROUND_DATA_DIR (conftest sets it)"
    jobs = {topic.url_path: notebook.build(topic.notebook, defaults(topic), "en") for topic in TOPICS}
    linear_fit = BY_PATH["linear-fit"]
    own = {
        **defaults(linear_fit),
        "ds": "own",
        "pts": [list(p) for p in OWN_POINTS],
        "batch": 4,
    }  # as the page holds them
    jobs["linear-fit-own"] = notebook.build(linear_fit.notebook, own, "en")
    # One thread per kernel: two kernels of two torch threads each on 2 cores took 97 s here, one each 35 s
    # (the kernels inherit this environment when they start).
    saved = {name: os.environ.get(name) for name in ONE_THREAD}
    os.environ.update(ONE_THREAD)
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = {path: pool.submit(execute, nb, tmp_path_factory.mktemp(path)) for path, nb in jobs.items()}
            return {path: future.result() for path, future in futures.items()}
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_notebook_runs_top_to_bottom_in_a_plain_kernel(executed, topic):
    nb = executed[topic.url_path]
    errors = [out for cell in code_cells(nb) for out in cell.outputs if out.output_type == "error"]
    assert not errors
    assert all(cell.execution_count for cell in code_cells(nb)), "every code cell ran"


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_notebook_holds_the_exact_core_code_and_the_settings(topic):
    nb = notebook.build(topic.notebook, defaults(topic), "en")
    written = {}
    for cell in code_cells(nb):
        first, _, body = cell.source.partition("\n")
        if first.startswith("%%writefile"):
            written[first.split("/core/", 1)[1]] = body  # "tensors.py", "exercises/base.py"
    assert written, "the core modules are in the notebook"
    for name, body in written.items():
        assert body == (ROOT / "core" / name).read_text(encoding="utf-8"), f"core/{name} is copied unchanged"
    imported = {name for cell in code_cells(nb) for name in re.findall(r"^from core import (.+)$", cell.source, re.M)}
    for names in imported:
        for name in names.split(", "):
            assert f"{name}.py" in written
    assert "seed = 0" in settings_cell(nb).splitlines()


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_notebook_text_is_in_the_learners_language(topic):
    en, zh = (notebook.build(topic.notebook, defaults(topic), lang) for lang in ("en", "zh"))
    assert en.cells[0].source.startswith(f"# {STRINGS[topic.title]['en']}")
    assert zh.cells[0].source.startswith(f"# {STRINGS[topic.title]['zh']}")
    assert "zh.d2l.ai" in zh.cells[0].source.split("·")[0], "the Chinese edition of D2L comes first"
    zh_markdown = [cell.source for cell in zh.cells if cell.cell_type == "markdown"]
    en_markdown = [cell.source for cell in en.cells if cell.cell_type == "markdown"]
    assert len(zh_markdown) == len(en_markdown)
    for zh_text, en_text in zip(zh_markdown, en_markdown, strict=True):
        assert zh_text != en_text and re.search(r"[\u4e00-\u9fff]", zh_text), zh_text[:80]
    en_code, zh_code = ([c.source for c in code_cells(nb)] for nb in (en, zh))
    messages = [i for i, source in enumerate(en_code) if source.startswith(notebook.MESSAGES_CELL)]
    assert len(messages) == 1, "one cell holds the exercise checker's messages, in the notebook's language"
    assert re.search(r"[\u4e00-\u9fff]", zh_code[messages[0]]) and not re.search(
        r"[\u4e00-\u9fff]", en_code[messages[0]]
    )
    del en_code[messages[0]], zh_code[messages[0]]
    assert en_code == zh_code, "the code is the same"


def test_fitting_notebook_prints_the_pages_closed_form_losses(executed):
    v = defaults(BY_PATH["fitting"])
    data = fitting.make_data(v["n"], v["noise"], v["seed"])
    train_loss, test_loss = fitting.errors(data, v["degree"], fitting.closed_form(data, v["degree"], v["wd"]))
    assert f"train loss {train_loss:.4g}, test loss {test_loss:.4g}" in text_of(executed["fitting"])


def test_rnn_notebook_learns_the_same_string_as_the_page(executed):
    v = defaults(BY_PATH["rnn"])
    run = rnn.train(v["version"], v["source"], v["target"], v["epochs"], v["lr"], rnn.PINNED_SEEDS[v["version"]])
    assert "\n".join(run.printout()) in text_of(executed["rnn"])
    assert run.first_correct, "the course's example learns ohlol"


def test_mnist_notebook_trains_a_digit_reader(executed):
    accuracy = re.search(r"test accuracy ([\d.]+)%", text_of(executed["mnist-cnn"]))
    assert accuracy and float(accuracy.group(1)) >= 97.0


def test_the_linear_fit_notebook_fits_the_learners_own_points(executed):
    nb = executed["linear-fit-own"]
    assert "ds = 'own'" in settings_cell(nb) and "pts = [[1.0, 3.1], [2.0, 4.9]" in settings_cell(nb)
    X, y = own_data.tensors(OWN_POINTS)
    w, b = linear.closed_form(X, y)  # the oracle: the page's own least squares, here in the test process
    printed = re.search(r"least squares \[w\.\.\., b\]: \[([^,]+), ([^\]]+)\]", text_of(nb))
    assert printed and float(printed[1]) == pytest.approx(w.item(), abs=1e-4)
    assert float(printed[2]) == pytest.approx(b, abs=1e-4)


def test_notebook_carries_the_settings_the_learner_chose(app):
    """From a page run: a slider the learner moved reaches the notebook's settings cell."""
    at = open_page(app, "views/fitting.py")
    at.slider(key="of_degree").set_value(7).run()
    assert not at.exception
    assert at.get("download_button"), "the page offers the notebook"
    topic = BY_PATH["fitting"]
    state = {
        key: at.session_state[key] for key in ("seed", *(s.key for s in topic.settings)) if key in at.session_state
    }
    nb = notebook.build(topic.notebook, notebook.values_for(topic.settings, state), "en")
    assert "degree = 7" in settings_cell(nb).splitlines()


def test_gradient_descent_notebook_keeps_only_the_chosen_surface():
    topic = BY_PATH["gradient-descent"]
    values = {**defaults(topic), "surface": "rosenbrock", "opts": ("Adam",)}
    nb = notebook.build(topic.notebook, values, "en")
    lines = settings_cell(nb).splitlines()
    assert "optimizer_settings = {'Adam': {'lr': 0.1, 'beta1': 0.9, 'beta2': 0.999}}" in lines
    assert "start = [-1.2, 1.0]" in lines and "bowl" not in settings_cell(nb)


def test_a_setting_that_is_not_plain_data_is_refused():
    topic = BY_PATH["fitting"]
    with pytest.raises(TypeError):
        notebook.build(topic.notebook, {**defaults(topic), "degree": object()}, "en")


def test_notebook_is_a_valid_ipynb_file():
    topic = BY_PATH["tensors"]
    raw = notebook.build_bytes(topic.notebook, defaults(topic), "zh")
    nb = nbformat.reads(raw.decode("utf-8"), as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_worksheet_check_cells_grade_with_the_core_checker(executed, topic):
    """Each exercise has its statement and a check() cell; left unanswered (or with the page's default
    results, which reach no goal), every one says what is missing, in words."""
    nb = executed[topic.url_path]
    checks = [cell for cell in code_cells(nb) if cell.source.startswith("check(")]
    assert [c.source.split('"')[1] for c in checks] == [ex.id for ex in topic.exercises]
    for cell in checks:
        printed = "".join(out.get("text", "") for out in cell.outputs).strip()
        assert printed.startswith("Not yet. ") and len(printed) > len("Not yet. ") + 10, (cell.source, printed)


def test_worksheet_has_the_learners_numbers_and_grades_their_answer(tmp_path):
    from core.exercises.base import answer_of, draw
    from core.exercises.catalog import BY_ID

    topic, ex = BY_PATH["tensors"], BY_ID["tb.trap_size"]
    nb = notebook.build(topic.notebook, defaults(topic), "zh", {ex.id: 5})
    params = draw(ex, 5)
    statement = STRINGS[ex.text]["zh"].format(**params)
    assert any(statement in cell.source for cell in nb.cells if cell.cell_type == "markdown")
    cell = next(c for c in code_cells(nb) if c.source.startswith(f'check("{ex.id}"'))
    cell.source = f'check("{ex.id}", "{answer_of(ex, params)}")'
    execute(nb, tmp_path)
    assert "".join(out.get("text", "") for out in cell.outputs).startswith("正确。")

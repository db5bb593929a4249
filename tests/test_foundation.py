"""The skeleton's contracts: core stays UI-free, data is found or fails clearly, errors are keyed."""

import ast
import math
import subprocess
import sys
from pathlib import Path

import pytest

from core import compute, data_dir
from core.errors import DataMissingError, InputError, check_float, check_int

ROOT = Path(__file__).resolve().parents[1]

CORE = Path(__file__).resolve().parent.parent / "core"


def imported_modules(path: Path):
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: p.name)
def test_core_never_imports_streamlit(path):
    assert not [m for m in imported_modules(path) if m.split(".")[0] == "streamlit"]


def test_core_import_check_catches_streamlit(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom streamlit import session_state\n")
    assert "streamlit" in list(imported_modules(bad))


def test_data_dir_comes_from_env_var(monkeypatch, tmp_path):
    monkeypatch.setenv(data_dir.ENV_VAR, str(tmp_path))
    assert data_dir.data_dir() == tmp_path
    monkeypatch.delenv(data_dir.ENV_VAR)
    assert data_dir.data_dir() == data_dir.DEFAULT_DIR
    assert data_dir.DEFAULT_DIR.name == "data"


def test_default_data_dir_is_git_ignored():
    gitignore = (CORE.parent / ".gitignore").read_text().splitlines()
    assert "/data/" in gitignore


def test_missing_file_without_source_names_dir_and_file(tmp_path):
    with pytest.raises(DataMissingError) as err:
        data_dir.require_file("nothing.csv", directory=tmp_path)
    assert str(tmp_path) in str(err.value) and "nothing.csv" in str(err.value)


def test_failed_download_names_dir_and_file(tmp_path):
    url = "http://127.0.0.1:9/unreachable.csv"  # discard port: refused at once, no network needed
    with pytest.raises(DataMissingError) as err:
        data_dir.require_file("diabetes.csv", url=url, directory=tmp_path)
    assert str(tmp_path) in str(err.value) and "diabetes.csv" in str(err.value)
    assert not (tmp_path / "diabetes.csv").exists()


def test_present_file_is_found_without_download(tmp_path):
    (tmp_path / "a.csv").write_text("x\n1\n")
    assert data_dir.require_file("a.csv", url="http://127.0.0.1:9/a.csv", directory=tmp_path) == tmp_path / "a.csv"


def test_validators_raise_keyed_errors():
    assert check_int("n", 5.0, 1) == 5
    with pytest.raises(InputError) as err:
        check_int("n", 0, 1)
    assert err.value.key == "too_small" and "n must be at least 1" in str(err.value)
    with pytest.raises(InputError) as err:
        check_float("lr", math.nan)
    assert err.value.key == "not_finite"
    with pytest.raises(InputError):
        check_float("lr", 0.0, 0.0, low_open=True)
    with pytest.raises(InputError):
        check_int("n", 2.5)


def test_configure_threads_sets_torch():
    import torch

    assert compute.configure_threads(1) == 1 and torch.get_num_threads() == 1
    compute.configure_threads(2)
    assert torch.get_num_threads() == 2
    compute.configure_threads()  # back to the share this process was allotted


def test_gpu_trainings_have_a_line_of_their_own_with_several_places(monkeypatch):
    assert compute.queue_for("cpu") is compute.TRAINING_QUEUE and compute.TRAINING_QUEUE.slots == 1
    assert compute.queue_for(None) is compute.TRAINING_QUEUE
    assert compute.queue_for("cuda:0") is compute.GPU_QUEUE and compute.GPU_QUEUE.slots == compute.GPU_SLOTS_DEFAULT
    monkeypatch.setenv("PLAYGROUND_GPU_SLOTS", " 8 ")
    assert compute.gpu_slots() == 8
    for bad in ("0", "65", "-1", "2.5", "four"):
        monkeypatch.setenv("PLAYGROUND_GPU_SLOTS", bad)
        with pytest.raises(ValueError, match="PLAYGROUND_GPU_SLOTS"):
            compute.gpu_slots()


def test_both_lines_hand_the_slot_on_after_a_slice_set_by_the_environment(monkeypatch):
    assert compute.TRAINING_QUEUE.slice_s == compute.GPU_QUEUE.slice_s == compute.SLICE_S_DEFAULT
    for text, seconds in ((" 12.5 ", 12.5), ("0", 0.0), ("3600", 3600.0)):
        monkeypatch.setenv("PLAYGROUND_TRAIN_SLICE_S", text)
        assert compute.train_slice_s() == seconds
    for bad in ("-1", "3601", "nan", "inf", "half a minute"):
        monkeypatch.setenv("PLAYGROUND_TRAIN_SLICE_S", bad)
        with pytest.raises(ValueError, match="PLAYGROUND_TRAIN_SLICE_S"):
            compute.train_slice_s()


def test_seeded_builds_reproducibly_without_touching_the_global_rng():
    import torch

    from core.training import seeded

    torch.manual_seed(7)
    expected = torch.rand(2)
    torch.manual_seed(7)
    a = seeded(lambda: torch.nn.Linear(3, 2), 5)
    assert torch.equal(torch.rand(2), expected)
    b = seeded(lambda: torch.nn.Linear(3, 2), 5)
    assert torch.equal(a.weight, b.weight)
    assert not torch.equal(a.weight, seeded(lambda: torch.nn.Linear(3, 2), 6).weight)


OPENMP_WORKERS = """
import os, threading, time
import torch
from core import compute
torch.set_num_threads(2)
counts = []

def count_threads():
    return len(os.listdir("/proc/self/task"))

def learner():  # a script thread: draws its page with torch's parallel code, then waits in line
    before = count_threads()
    torch.nn.functional.conv2d(torch.randn(64, 8, 64, 64), torch.randn(16, 8, 3, 3))
    counts.append(count_threads() - before)  # its OpenMP team's worker, alive while the thread lives
    counts.append(compute.release_thread_pool())
    deadline = time.monotonic() + 5
    while count_threads() > before and time.monotonic() < deadline:  # the worker exits on its own
        time.sleep(0.01)
    counts.append(count_threads() - before)

thread = threading.Thread(target=learner)
thread.start()
thread.join()
print(*counts)
"""


def test_a_thread_about_to_wait_in_line_lets_its_openmp_workers_go():
    """Oracle: the kernel's list of this process's threads. While more OpenMP workers exist than cores,
    libgomp makes them sleep between parallel regions, which slowed a training 1.6x (bench/page_training.py)."""
    if compute._openmp() is None:
        pytest.skip("torch here does not run on libgomp")
    done = subprocess.run([sys.executable, "-c", OPENMP_WORKERS], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    started, released, left = done.stdout.split()
    assert int(started) == 1 and released == "True" and int(left) == 0

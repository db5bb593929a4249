import functools
import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"

# Tests read the shared data folder unless the caller points elsewhere.
os.environ.setdefault("PLAYGROUND_DATA_DIR", str(SHARED_DATA))
# pytest-xdist's workers (and the servers and kernels they start) share the machine's cores: each worker
# gets its share of torch threads. Two processes of two threads each on 2 cores spin against each other
# (core/compute.py): the whole suite then kept both cores busy for longer.
WORKERS = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
os.environ.setdefault("PLAYGROUND_THREADS", str(max(1, len(os.sched_getaffinity(0)) // WORKERS)))
# Progress goes to a throwaway SQLite file, never to the checkout's ./state (a test that needs another
# store or PostgreSQL says so itself).
os.environ.setdefault("PLAYGROUND_STATE_DIR", tempfile.mkdtemp(prefix="playground-state-"))


def scan_installed_components_once():
    """Every new AppTest scans each installed package's metadata for Streamlit components: 0.5 s of the
    0.57 s an AppTest took to open a page here, hundreds of times a run. The packages cannot change while
    the tests run, so each process scans once; the components found are the same (the canvas is one), and
    a server started by a test scans for itself as it always does."""
    from streamlit.components.v2 import manifest_scanner

    manifest_scanner.scan_component_manifests = functools.cache(manifest_scanner.scan_component_manifests)


def compile_each_script_once():
    """AppTest makes a new ScriptCache for every run, so every run read, rewrote (Streamlit's "magic") and
    compiled app.py and the page again: an eighth of the CPU of the suite's AppTest script runs. A server
    keeps one cache for its life; here each process compiles each version of a script file once."""
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache

    compile_script = ScriptCache.get_bytecode
    compiled = {}

    def get_bytecode(self, script_path):
        stat = os.stat(script_path)
        version = (os.path.abspath(script_path), stat.st_mtime_ns, stat.st_size)
        if version not in compiled:
            compiled[version] = compile_script(self, script_path)
        return compiled[version]

    ScriptCache.get_bytecode = get_bytecode


scan_installed_components_once()
compile_each_script_once()


@pytest.fixture
def app():
    """A fresh AppTest of the whole app (router + sidebar), started on Home."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def open_page(at, path):
    at.switch_page(path)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def start(at, ns):
    """Press the Train button of a section below the fold, whose first cheap run waits for the learner."""
    at.button(key=f"{ns}.start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# The longest files first, then the rest in file order (`make test` passes --no-loadscope-reorder):
# pytest-xdist gives a worker the next file when it runs short, so a long file handed out last would leave
# the other worker idle at the end. Seconds each took in one run of the suite, on 2 cores (2026-12-05, an Intel
# Xeon: 542 s of tests in 279 s of wall time, the workers nearly even).
LONGEST_FIRST = (
    "test_browser.py",  # 208 s
    "test_class_faults.py",  # 73 s
    "test_fuzz_pages.py",  # 64 s
    "test_notebooks.py",  # 53 s
    "test_core_mnist.py",  # 34 s
    "test_core_exercises.py",  # 28 s
)


def pytest_collection_modifyitems(items):
    def rank(item):
        name = item.path.name
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)

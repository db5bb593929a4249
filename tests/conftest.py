import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"

# Tests read the shared data folder unless the caller points elsewhere.
os.environ.setdefault("PLAYGROUND_DATA_DIR", str(SHARED_DATA))
os.environ.setdefault("PLAYGROUND_THREADS", "2")
# Progress goes to a throwaway SQLite file, never to the checkout's ./state (a test that needs another
# store or PostgreSQL says so itself).
os.environ.setdefault("PLAYGROUND_STATE_DIR", tempfile.mkdtemp(prefix="playground-state-"))


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

"""Today's behaviour, to compare with: the app as it was before the speed work of issue #21, exported
from git into a temporary folder and served with this checkout's virtual environment, so a bench can
print the old and the new figure from one run on one machine.
"""

import contextlib
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests import e2e

# main before #21's speed work (after #20 and the formatter commit)
BASELINE = "e6f9c8c2386719d9b9b8c049580b6ee33a2b39d2"


@contextlib.contextmanager
def checkout(rev: str = BASELINE):
    """The app at `rev` in a temporary folder (its own `state/`, so its store is its own)."""
    folder = Path(tempfile.mkdtemp(prefix="playground-baseline-"))
    try:
        archive = subprocess.run(["git", "archive", rev], cwd=e2e.ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)

"""The test suite's wall time before issue #21 and now, side by side from one run on one machine.

Before: the checkout before #21 (bench/baseline.py) runs its own test command, pytest in one process.
Now: this checkout runs `make test`'s pytest line (TEST_WORKERS workers, each test file on one worker).
Both use this checkout's virtual environment and the shared data folder. Only pytest's own wall time
counts (ruff and mypy are left out of both). The machine should be otherwise idle: about 25 minutes on
2 cores.

    python -m bench.suite_time [--now-only]
"""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from bench import baseline
from tests import e2e

SUMMARY = re.compile(r"(\d+) passed.* in ([\d.]+)s")


def pytest_seconds(folder: Path, *args: str) -> tuple[int, float]:
    """(tests passed, pytest's wall seconds) of one run of the suite in `folder`; a failure stops the bench."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args]
    data = os.environ.get("PLAYGROUND_DATA_DIR") or str(e2e.ROOT.parent / "shared" / "data")
    env = {**os.environ, "PLAYGROUND_DATA_DIR": data}
    start = time.perf_counter()
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)
    tail = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-500:]
    if done.returncode != 0:
        raise SystemExit(f"the suite in {folder} failed after {time.perf_counter() - start:.0f} s: {tail}")
    passed, seconds = SUMMARY.search(tail).groups()
    return int(passed), float(seconds)


def main(before=True):
    workers = os.environ.get("TEST_WORKERS", "2")
    runs = {}
    if before:
        with baseline.checkout() as old:
            runs["before #21 (one process)"] = pytest_seconds(old)
    now_args = ("-n", workers, "--dist", "loadscope", "--no-loadscope-reorder") if workers != "0" else ()
    runs[f"now ({workers} workers)"] = pytest_seconds(e2e.ROOT, *now_args)
    for name, (passed, seconds) in runs.items():
        print(f"{name}: {passed} tests passed in {seconds:.0f} s")
    if before:
        (_, old_s), (_, new_s) = runs.values()
        print(f"before / now: {old_s / new_s:.2f}x (issue #21's target: 2x or more)")


if __name__ == "__main__":
    main(before="--now-only" not in sys.argv[1:])

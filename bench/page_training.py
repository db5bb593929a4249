"""The MNIST page's default training as a learner gets it, from the server, beside the same training alone.

`bench/mnist_speed.py` times the recipes in a plain process. A learner's run goes through the page: on
a Streamlit script thread, in a server that tunes glibc's malloc for many sessions (core/memory.py),
reporting to a live chart. A protocol client (no browser, so no Chromium drawing on the same cores)
presses Train on the MNIST page several times; each run prints the seconds the page reports (training
steps only) and the time from the click to the page with the result. The same is done against this
checkout with `core.memory.heap_kept_for_training` switched off, and against the app before #21's speed
work (bench/baseline.py), in the same run.

    python -m bench.page_training [runs]      # about 2 minutes on 2 cores
"""

import re
import statistics
import sys

from bench import baseline
from bench.streamlit_client import StreamlitSession
from core import mnist
from core.compute import configure_threads
from tests import e2e
from ui.i18n import tr

RESULT = re.compile(r"Test accuracy ([\d.]+)% after ([\d.]+) s of training")
BEFORE = [  # heap_kept_for_training switched off: glibc trims at 128 KB in the trainings too, as before
    sys.executable,
    "-c",
    "import sys, contextlib, core.memory as m; m.heap_kept_for_training = contextlib.nullcontext; "
    "from streamlit.web.cli import main; sys.argv[0] = 'streamlit'; main()",
]


def page_runs(runs: int, launcher=None, root=e2e.ROOT) -> list[tuple[float, float, float]]:
    """(accuracy %, the page's seconds of training, click to result in s) for each press of Train."""
    out = []
    with e2e.streamlit_server(launcher=launcher, root=root) as (url, proc, _):
        session = StreamlitSession(url, timeout_s=120)
        try:
            session.open("mnist-cnn")
            for _ in range(runs):
                result = session.click(tr("en", "mn.train_btn"))
                found = next(m for text in result.texts if (m := RESULT.search(text)))
                out.append((float(found[1]), float(found[2]), result.seconds))
        finally:
            session.close()
    return out


def alone(runs: int) -> list[float]:
    """The page's default run (the fastest recipe: 1 epoch of 40,000 images, batch 128) in this process."""
    configure_threads()
    data, seconds = mnist.preload(), []
    for _ in range(runs):
        model = mnist.build_model("cnn", seed=0)
        history = mnist.train(model, data, "frozen", 1, 128, 0, train_subset=40_000)
        seconds.append(history.seconds)
    return seconds


def main(runs: int = 5) -> None:
    now, heap_trimmed = page_runs(runs), page_runs(runs, launcher=BEFORE)
    with baseline.checkout() as folder:
        before_21 = page_runs(runs, root=folder)
    by_itself = alone(runs)
    print(
        f"MNIST page, default training, {runs} presses of Train each (medians; the first press loads torch's kernels)"
    )
    print(f"{'':36s} {'training (page)':>15s} {'click to result':>15s} accuracy")
    compared = (
        ("before #21 (its default recipe)", before_21),
        ("now, but the heap trimmed at 128 KB", heap_trimmed),
        ("now", now),
    )
    for name, rows in compared:
        training, total = statistics.median(r[1] for r in rows), statistics.median(r[2] for r in rows)
        each = " ".join(f"{r[1]:.1f}" for r in rows)
        print(f"{name:36s} {training:13.2f} s {total:13.2f} s {rows[-1][0]:.2f}%   each press: {each}")
    print(f"{'the same training alone, main thread':36s} {statistics.median(by_itself):13.2f} s")
    click_to_result = {name: statistics.median(r[2] for r in rows) for name, rows in compared}
    ratios = (click_to_result["now"] / click_to_result[name] for name, _ in compared[:2])
    print("click to result, now / before #21: {:.2f}; now / the heap trimmed: {:.2f}".format(*ratios))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

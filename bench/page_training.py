"""The MNIST page's default training as a learner gets it, from the server, beside the same training alone.

`bench/mnist_speed.py` times the recipes in a plain process. A learner's run goes through the page: on
a Streamlit script thread, in a server that tunes glibc's malloc for many sessions (core/memory.py),
reporting to a live chart, while other learners' threads wait in line. A protocol client (no browser, so
no Chromium drawing on the same cores) presses Train on the MNIST page several times; then several times
with a second learner pressing Train on the same page just after, who waits in line for the first run.
Each press prints the seconds the page reports (training steps only) and the time from the click to the
page with the result.

Side by side, in one run: this checkout; the same with `core.memory.heap_kept_for_training` switched off;
the same with `core.compute.release_thread_pool` switched off; the app before #21's speed work
(bench/baseline.py); and the training alone in a plain process.

    python -m bench.page_training [presses]      # about 3 minutes on 2 cores
"""

import re
import statistics
import sys
import threading
import time
from dataclasses import dataclass

from bench import baseline
from bench.streamlit_client import StreamlitSession
from core import mnist
from core.compute import configure_threads
from tests import e2e
from ui.i18n import tr

RESULT = re.compile(r"Test accuracy ([\d.]+)% after ([\d.]+) s of training")
SECOND_LEARNER_AFTER_S = 0.3


def launcher(switched_off: str) -> list[str]:
    """`streamlit run` with one of core's functions replaced by the behaviour before it."""
    return [
        sys.executable,
        "-c",
        f"import sys, contextlib, core.memory, core.compute; {switched_off}; "
        "from streamlit.web.cli import main; sys.argv[0] = 'streamlit'; main()",
    ]


HEAP_TRIMMED = launcher("core.memory.heap_kept_for_training = contextlib.nullcontext")
POOL_KEPT = launcher("core.compute.release_thread_pool = lambda: False")


@dataclass
class Press:
    accuracy: float  # %
    training_s: float  # what the page reports: the optimisation steps
    click_to_result_s: float


def press_train(session: StreamlitSession) -> Press:
    result = session.click(tr("en", "mn.train_btn"))
    found = next(m for text in result.texts if (m := RESULT.search(text)))
    return Press(float(found[1]), float(found[2]), result.seconds)


def page_runs(presses: int, launcher=None, root=e2e.ROOT) -> tuple[list[Press], list[Press]]:
    """(presses by one learner alone, presses while a second learner waits in line behind each)."""
    with e2e.streamlit_server(launcher=launcher, root=root) as (url, proc, _):
        first, second = StreamlitSession(url, timeout_s=120), StreamlitSession(url, timeout_s=120)
        try:
            first.open("mnist-cnn")
            second.open("mnist-cnn")
            alone = [press_train(first) for _ in range(presses)]
            behind = []
            for _ in range(presses):
                waiter = threading.Thread(target=lambda: time.sleep(SECOND_LEARNER_AFTER_S) or press_train(second))
                waiter.start()
                behind.append(press_train(first))
                waiter.join()
        finally:
            first.close()
            second.close()
    return alone, behind


def alone_in_a_process(presses: int) -> list[float]:
    """The page's default run (the fastest recipe: 1 epoch of 40,000 images, batch 128) in this process."""
    configure_threads()
    data, seconds = mnist.preload(), []
    for _ in range(presses):
        model = mnist.build_model("cnn", seed=0)
        history = mnist.train(model, data, "frozen", 1, 128, 0, train_subset=40_000)
        seconds.append(history.seconds)
    return seconds


def median(presses: list[Press], field: str) -> float:
    return statistics.median(getattr(p, field) for p in presses)


def main(presses: int = 5) -> None:
    runs = {
        "now": page_runs(presses),
        "the heap trimmed at 128 KB in trainings": page_runs(presses, launcher=HEAP_TRIMMED),
        "waiting threads keep their OpenMP pools": page_runs(presses, launcher=POOL_KEPT),
    }
    with baseline.checkout() as folder:
        runs["before #21 (its default recipe)"] = page_runs(presses, root=folder)
    in_a_process = alone_in_a_process(presses)
    print(f"MNIST page, default training: medians of {presses} presses of Train (training / click to result)")
    print(f"{'':40s} {'one learner':>18s} {'a second waiting':>18s}  accuracy")
    for name, (alone, behind) in runs.items():
        one = f"{median(alone, 'training_s'):5.2f} / {median(alone, 'click_to_result_s'):5.2f} s"
        two = f"{median(behind, 'training_s'):5.2f} / {median(behind, 'click_to_result_s'):5.2f} s"
        print(f"{name:40s} {one:>18s} {two:>18s}  {alone[-1].accuracy:.2f}%")
    print(f"{'the same training in a plain process':40s} {statistics.median(in_a_process):5.2f} s")
    now_alone, now_behind = runs["now"]
    for name, (alone, behind) in list(runs.items())[1:]:
        ratios = (
            median(now_alone, "click_to_result_s") / median(alone, "click_to_result_s"),
            median(now_behind, "training_s") / median(behind, "training_s"),
        )
        print(f"now / {name}: click to result alone {ratios[0]:.2f}, training with a second waiting {ratios[1]:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

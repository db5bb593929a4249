"""What one slider move costs the server, side by side with today's behaviour (bench/baseline.py): on
five pages one protocol learner moves one slider back and forth, against this checkout and against the
app before #21's speed work, in one run. One Streamlit process runs every session's Python under one GIL,
so the CPU time per move is what limits how many learners one replica can serve.

Usage: .venv/bin/python -m bench.slider_cpu [moves] [page ...] [--without-freeze] [--now-only]
(--without-freeze adds a third run: this checkout without `core.memory.freeze_libraries`;
--now-only leaves out the comparison, while profiling)
"""

import random
import sys
import time
from dataclasses import dataclass

from bench import baseline
from bench.streamlit_client import StreamlitSession
from tests import e2e
from ui.i18n import tr

W_VALUES = (1.0, 1.5, 2.5, 3.0)
WITHOUT_FREEZE = [
    sys.executable,
    "-c",
    "import sys, core.memory as m; m.freeze_libraries = lambda: False; "
    "from streamlit.web.cli import main; sys.argv[0] = 'streamlit'; main()",
]


@dataclass(frozen=True)
class Slider:
    page: str
    label: str  # string key of the slider's label
    values: tuple[float, ...]  # on the slider's grid, inside its range


SLIDERS = (
    Slider("linear-fit", "lin.w", W_VALUES),
    Slider("gradient-descent", "gd.condition", (5.0, 10.0, 20.0, 40.0)),
    Slider("sigmoid-softmax", "ss.w", (0.5, 1.0, 2.0, 3.0)),
    Slider("fitting", "of.degree", (2, 3, 5, 8)),
    Slider("dimensions", "cd.d", (10, 50, 100, 200)),
)


def measure(moves: int, sliders=SLIDERS, root=e2e.ROOT, launcher=None) -> dict[str, tuple[float, float, float]]:
    """Per page: (server CPU ms per move, latency p50 ms, p95 ms)."""
    with e2e.streamlit_server(launcher=launcher, root=root) as (url, proc, _):
        first = StreamlitSession(url)
        first.open("", "lang=en")
        wait_idle(proc.pid)  # the first page starts the libraries' freeze on a thread of its own
        results = {}
        for slider in sliders:
            session = StreamlitSession(url)
            session.open(slider.page, "lang=en&seed=101")
            results[slider.page] = move(session, proc.pid, moves, slider)
            session.close()
        first.close()
    return results


def wait_idle(pid: int, timeout_s: float = 60.0) -> None:
    """Until the server uses under 5% of a core for half a second."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        before = e2e.cpu_seconds(pid)
        time.sleep(0.5)
        if e2e.cpu_seconds(pid) - before < 0.025:
            return


def move(session: StreamlitSession, pid: int, moves: int, slider: Slider) -> tuple[float, float, float]:
    """Move the open page's slider `moves` times (after a warm-up through every value): (server CPU ms per
    move, latency p50 ms, p95 ms)."""
    label = tr("en", slider.label)
    for value in slider.values:
        session.set_slider(label, value)
    rng, latencies = random.Random(0), []
    cpu_before = e2e.cpu_seconds(pid)
    for _ in range(moves):
        start = time.perf_counter()
        session.set_slider(label, rng.choice(slider.values))
        latencies.append(time.perf_counter() - start)
    cpu = e2e.cpu_seconds(pid) - cpu_before
    latencies.sort()
    return cpu / moves * 1000, latencies[len(latencies) // 2] * 1000, latencies[int(len(latencies) * 0.95)] * 1000


def move_w(session: StreamlitSession, pid: int, moves: int) -> tuple[float, float, float]:
    """The open linear-fit page's w slider (bench/own_data.py moves it with its own points)."""
    return move(session, pid, moves, SLIDERS[0])


def main(moves: int = 40, pages=(), without_freeze=False, now_only=False) -> None:
    sliders = [s for s in SLIDERS if s.page in pages] if pages else SLIDERS
    runs = {"now": measure(moves, sliders)}
    if not now_only:
        with baseline.checkout() as old:
            runs["before #21"] = measure(moves, sliders, old)
    if without_freeze:
        runs["now, no GC freeze"] = measure(moves, sliders, launcher=WITHOUT_FREEZE)
    print(f"server CPU per slider move in ms (latency p50/p95 in ms); {moves} moves each, one learner")
    print(f"{'page':18}" + "".join(f"{name:>24}" for name in runs) + ("" if now_only else f"{'before / now':>14}"))
    for slider in sliders:
        figures = (run[slider.page] for run in runs.values())
        cells = "".join(f"{cpu:10.1f} ({p50:4.0f}/{p95:4.0f})" for cpu, p50, p95 in figures)
        ratio = "" if now_only else f"{runs['before #21'][slider.page][0] / runs['now'][slider.page][0]:13.1f}x"
        print(f"{slider.page:18}{cells}{ratio}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    numbers = [a for a in args if a.isdigit()]
    pages = [a for a in args if not a.isdigit()]
    main(int(numbers[0]) if numbers else 40, pages, "--without-freeze" in sys.argv, "--now-only" in sys.argv)

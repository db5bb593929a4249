"""What one slider move costs the server: the linear-fit page's w slider, moved by one protocol
learner, against the app as shipped and against the same app without `core.memory.freeze_libraries`,
in one run. One Streamlit process runs every session's Python under one GIL, so this CPU time per
move is what limits how many learners one replica can serve.

Usage: .venv/bin/python -m bench.slider_cpu [moves]
"""

import random
import sys
import time

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


def measure(moves: int, launcher=None) -> tuple[float, float, float]:
    """(server CPU ms per move, p50 ms, p95 ms) for `moves` w-slider moves, after 4 warm-up moves."""
    with e2e.streamlit_server(launcher=launcher) as (url, proc, _):
        session = StreamlitSession(url)
        session.open("linear-fit", "lang=en&seed=101")
        result = move_w(session, proc.pid, moves)
        session.close()
    return result


def move_w(session: StreamlitSession, pid: int, moves: int) -> tuple[float, float, float]:
    """Move the open linear-fit page's w slider `moves` times (after 4 warm-up moves): (server CPU ms per
    move, latency p50 ms, p95 ms)."""
    label = tr("en", "lin.w")
    for w in W_VALUES:
        session.set_slider(label, w)
    rng, latencies = random.Random(0), []
    cpu_before = e2e.cpu_seconds(pid)
    for _ in range(moves):
        start = time.perf_counter()
        session.set_slider(label, rng.choice(W_VALUES))
        latencies.append(time.perf_counter() - start)
    cpu = e2e.cpu_seconds(pid) - cpu_before
    latencies.sort()
    return cpu / moves * 1000, latencies[len(latencies) // 2] * 1000, latencies[int(len(latencies) * 0.95)] * 1000


def main(moves: int = 60) -> None:
    shipped = measure(moves)
    unfrozen = measure(moves, WITHOUT_FREEZE)
    for name, (cpu, p50, p95) in (("as shipped", shipped), ("without freeze_libraries", unfrozen)):
        print(f"{name}: server CPU {cpu:.0f} ms per move; latency p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    print(f"CPU per move without the freeze / as shipped: {unfrozen[0] / shipped[0]:.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)

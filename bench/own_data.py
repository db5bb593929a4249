"""What a learner's own points cost the linear-fit page, side by side in one run: the course's three points,
D2L's 1,000 synthetic ones and 2,000 pasted points (the most a table takes), each for one protocol learner.

Per dataset: the time from "Use these points" to the page drawn with them, and the w slider's server CPU
and latency per move (the landscape fragment reruns over all the points). Usage:
    .venv/bin/python -m bench.own_data [moves]
"""

import random
import sys
import time

from bench.slider_cpu import move_w, wait_idle
from bench.streamlit_client import StreamlitSession
from core import own_data
from tests import e2e


def pasted(n: int) -> str:
    rng = random.Random(0)
    return "\n".join(f"{x:.3f}, {2 * x + 1 + rng.gauss(0, 0.5):.3f}" for x in (rng.uniform(-3, 3) for _ in range(n)))


def measure(url: str, proc, query: str, paste: str | None, moves: int) -> dict:
    session = StreamlitSession(url)
    session.open("linear-fit", f"lang=en&seed=7&{query}")
    wait_idle(proc.pid)  # a fresh server's first page starts the libraries' freeze on a thread of its own
    paste_s = None
    if paste is not None:
        session.set_text("lin_pts.paste", paste)
        start = time.perf_counter()
        result = session.click_key("lin_pts.use")
        paste_s = time.perf_counter() - start
        assert not result.exceptions, result.exceptions
    cpu_ms, p50_ms, p95_ms = move_w(session, proc.pid, moves)
    session.close()
    return {"paste_s": paste_s, "cpu_ms": cpu_ms, "p50_ms": p50_ms, "p95_ms": p95_ms}


def main(moves: int = 40) -> None:
    cases = {
        "course's 3 points (Your data)": ("lin_ds=own", None),
        "D2L synthetic, 1,000 points": ("", None),
        f"{own_data.MAX_POINTS:,} pasted points": ("lin_ds=own", pasted(own_data.MAX_POINTS)),
    }
    with e2e.streamlit_server() as (url, proc, _):
        rows = {name: measure(url, proc, query, paste, moves) for name, (query, paste) in cases.items()}
    print(f"{'dataset':34} {'paste→page':>11} {'CPU/move':>9} {'p50':>7} {'p95':>7}")
    for name, r in rows.items():
        paste = f"{r['paste_s'] * 1000:.0f} ms" if r["paste_s"] is not None else "—"
        print(f"{name:34} {paste:>11} {r['cpu_ms']:>6.0f} ms {r['p50_ms']:>4.0f} ms {r['p95_ms']:>4.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)

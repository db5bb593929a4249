"""What opening a page costs the server: for every page, new sessions (a learner following a link) open
it one after another, against this checkout and against the app before #21's speed work
(bench/baseline.py), in one run. The first opening of each page warms the caches shared by all sessions;
the figure is the server CPU of the openings after it, the work every further learner brings.

Also, from `streamlit run` to the first page shown (Home's topic links arrived) and to its script finished: the
time a teacher waits after `make run`.

Usage: .venv/bin/python -m bench.page_open [sessions per page] [--now-only]
"""

import sys
import time

from bench import baseline
from bench.slider_cpu import wait_idle
from bench.streamlit_client import StreamlitSession
from tests import e2e
from ui.nav import TOPICS

PAGES = ("", *(topic.url_path for topic in TOPICS))  # "" is Home


def first_page_seconds(root=e2e.ROOT) -> tuple[float, float]:
    """From starting the server, for a learner already waiting: (the first page shown, i.e. Home's last
    topic link arrived; the first page's script finished)."""
    start = time.perf_counter()
    with e2e.streamlit_server(root=root, timeout_s=120) as (url, _, _):
        session = StreamlitSession(url, timeout_s=120)
        result = session.open("", "lang=en")
        finished = time.perf_counter() - start
        session.close()
    links = [at - start for at, kind in result.arrivals if kind == "page_link"]
    return (links[-1] if links else finished), finished


def measure(sessions: int, root=e2e.ROOT) -> dict[str, tuple[float, float]]:
    """Per page: (server CPU ms per opening, median wall seconds per opening)."""
    with e2e.streamlit_server(root=root) as (url, proc, _):
        # One learner stays connected, as in a class: when the last session closes, Streamlit drops its
        # compiled page scripts, and every opening would compile its page again.
        bystander = StreamlitSession(url, timeout_s=120)
        bystander.open("", "lang=en")
        wait_idle(proc.pid)  # the first page starts the libraries' freeze on a thread of its own
        results = {}
        for path in PAGES:
            open_once(url, path)  # warms the page's shared caches and its modules
            cpu_before, walls = e2e.cpu_seconds(proc.pid), []
            for _ in range(sessions):
                walls.append(open_once(url, path))
            cpu = e2e.cpu_seconds(proc.pid) - cpu_before
            walls.sort()
            results[path or "home"] = (cpu / sessions * 1000, walls[len(walls) // 2])
        bystander.close()
    return results


def open_once(url: str, path: str) -> float:
    start = time.perf_counter()
    session = StreamlitSession(url, timeout_s=120)
    session.open(path, "lang=en&seed=101")
    seconds = time.perf_counter() - start
    session.close()
    return seconds


def main(sessions: int = 5, now_only: bool = False) -> None:
    runs = {"now": (measure(sessions), first_page_seconds())}
    if not now_only:
        with baseline.checkout() as old:
            runs["before #21"] = (measure(sessions, old), first_page_seconds(old))
    print(f"server CPU per page opening in ms (median seconds to the page drawn); {sessions} new sessions a page")
    print(f"{'page':20}" + "".join(f"{name:>20}" for name in runs) + ("" if now_only else f"{'before / now':>14}"))
    for path in runs["now"][0]:
        figures = (pages[path] for pages, _ in runs.values())
        cells = "".join(f"{cpu:10.0f} ({wall:5.2f} s)" for cpu, wall in figures)
        ratio = "" if now_only else f"{runs['before #21'][0][path][0] / runs['now'][0][path][0]:13.1f}x"
        print(f"{path:20}{cells}{ratio}")
    totals = "".join(f"{sum(cpu for cpu, _ in pages.values()):10.0f}          " for pages, _ in runs.values())
    print(f"{'every page':20}{totals}")
    first = ", ".join(f"{name} {shown:.1f} s ({done:.1f} s)" for name, (_, (shown, done)) in runs.items())
    print(f"from `streamlit run` to the first page shown (to its script finished): {first}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 5, "--now-only" in sys.argv)

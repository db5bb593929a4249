"""A classroom on loopback: simulated learners against 1 replica, then 2 replicas behind HAProxy.

The crowd is driven by Locust (as a library) with a protocol-level learner (bench/streamlit_client:
Streamlit's own websocket protobufs, no browser); a few real Chromium learners run beside it in a
separate process (bench/classroom_browser: they also draw a digit for the CNN to read). Each learner:
opens the linear-fit page from a link with its own language and seed, trains one model (RNN,
diabetes or MNIST, 1 epoch: they wait in the server's training line when it is busy), then moves
the w slider until the phase ends.

Checked on every answer: no exception element, the page in the learner's own language, and numbers
from the learner's own seed (the MSE at w is recomputed here with core.linear for that seed; the
RNN's seed note names it): any other session's state showing up is counted as a leak.

Usage: .venv/bin/python -m bench.classroom [learners] [seconds] [replica layouts]
(defaults: 8 learners, then 20, each phase 45 s plus the time their trainings take; layouts "1,2")
"""

# Locust patches the standard library for gevent on import: import it before anything opens sockets.
import locust  # noqa: I001
import gevent
from locust import User, between, task
from locust.env import Environment

import itertools
import random
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench.streamlit_client import ProtocolError, StreamlitSession
from bench.oracles import expected_mse
from core import rnn
from tests import e2e
from ui.i18n import tr

ROOT = Path(__file__).resolve().parent.parent
W_VALUES = (1.0, 1.5, 2.5, 3.0)  # on the page's 0.1 grid and inside its w range for every seed used
TRAININGS = ("rnn", "diabetes-mlp", "mnist-cnn")
TRAINING_GRACE_S = 240  # after the phase's time, how long to wait for trainings still in line
TRAIN_LABEL = {"rnn": "rnn.train", "diabetes-mlp": "dm.train", "mnist-cnn": "mn.train_btn"}


class Tally:
    """Everything the phase counts besides latencies (Locust keeps those)."""

    def __init__(self):
        self.errors: Counter = Counter()
        self.exceptions: list[str] = []
        self.leaks: list[str] = []
        self.queue_waits = 0
        self.trained = 0  # learners whose one training finished (or failed): the phase waits for all
        self.replicas: Counter = Counter()


TALLY = Tally()
EXPECTED: dict[tuple[int, float], str] = {}
NUMBERS = itertools.count()


class Learner(User):
    wait_time = between(0.5, 1.5)

    def on_start(self):
        self.k = next(NUMBERS)
        self.lang = "zh" if self.k % 2 else "en"
        self.seed = 100 + self.k
        self.session = self.timed("connect", lambda: StreamlitSession(self.host))
        if self.session is None:
            raise locust.exception.StopUser
        TALLY.replicas[self.session.replica or "single"] += 1
        self.train(TRAININGS[self.k % len(TRAININGS)])
        TALLY.trained += 1
        self.timed("open page", lambda: self.session.open("linear-fit", self.link()), check=self.check_title("lin"))

    def on_stop(self):
        if getattr(self, "session", None):
            self.session.close()

    def link(self) -> str:
        return f"lang={self.lang}&seed={self.seed}"

    @task
    def move_slider(self):
        w = random.choice(W_VALUES)
        label = tr(self.lang, "lin.w")
        metric = tr(self.lang, "lin.mse_here")

        def check(result):
            shown = next((text.split(": ", 1)[1] for text in result.texts if text.startswith(f"{metric}: ")), None)
            if shown != EXPECTED[(self.seed, w)]:
                TALLY.leaks.append(
                    f"learner {self.k} seed {self.seed} w {w}: MSE {shown} != {EXPECTED[(self.seed, w)]}"
                )

        self.timed("slider", lambda: self.session.set_slider(label, w), check=check)

    def train(self, page: str):
        prefix = {"rnn": "rnn", "diabetes-mlp": "dm", "mnist-cnn": "mn"}[page]
        self.timed(f"open {page}", lambda: self.session.open(page, self.link()), check=self.check_title(prefix))

        def check(result):
            if any("in line" in text or "排在第" in text for text in result.texts):
                TALLY.queue_waits += 1
            if page == "rnn":
                pinned = rnn.PINNED_SEEDS["cell"]
                note = tr(self.lang, "rnn.seed_note", seed=pinned + self.seed, pinned=pinned, g=self.seed)
                if note not in result.texts:
                    TALLY.leaks.append(f"learner {self.k}: RNN seed note for seed {self.seed} missing")
            self.check_title(prefix)(result)

        self.timed(f"train {page}", lambda: self.session.click(tr(self.lang, TRAIN_LABEL[page])), check=check)

    def check_title(self, prefix: str):
        def check(result):
            title = tr(self.lang, f"{prefix}.title")
            other = tr("en" if self.lang == "zh" else "zh", f"{prefix}.title")
            if result.texts and (title not in result.texts or other in result.texts):
                TALLY.leaks.append(f"learner {self.k} ({self.lang}): page title not in its language")

        return check

    def timed(self, name: str, action, check=None):
        start, exception, result = time.perf_counter(), None, None
        try:
            result = action()
        except (ProtocolError, OSError) as exc:
            exception = exc
            TALLY.errors[name] += 1
        elapsed_ms = (time.perf_counter() - start) * 1000
        if result is not None and hasattr(result, "exceptions"):
            TALLY.exceptions += result.exceptions
            if check:
                check(result)
        self.environment.events.request.fire(
            request_type="WS", name=name, response_time=elapsed_ms, response_length=0, exception=exception, context={}
        )
        return result


# ---------------------------------------------------------------- servers and measurements


def start_class(replicas: int):
    """(url, replica pids, stop()) for 1 plain server or N replicas behind HAProxy."""
    if replicas == 1:
        context = e2e.streamlit_server()
        url, proc, _ = context.__enter__()
        return url, [proc.pid], lambda: context.__exit__(None, None, None)
    context = e2e.class_server(replicas)
    running = context.__enter__()
    return running.url, running.replica_pids, lambda: context.__exit__(None, None, None)


def phase(url: str, pids: list[int], learners: int, seconds: float, browsers: int) -> dict:
    global TALLY
    TALLY = Tally()
    env = Environment(user_classes=[Learner], host=url)
    runner = env.create_local_runner()
    cpu_before = {pid: e2e.cpu_seconds(pid) for pid in pids}
    client_before = resource.getrusage(resource.RUSAGE_SELF)
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = defaultdict(lambda: (0.0, 0.0))

    def sample():
        while True:
            for pid in pids:
                rss, pss = e2e.memory_mb(pid)
                peak[pid] = (max(peak[pid][0], rss), max(peak[pid][1], pss))
            gevent.sleep(1.0)

    sampler = gevent.spawn(sample)
    browser_proc = None
    if browsers:
        browser_proc = subprocess.Popen(
            [sys.executable, "-m", "bench.classroom_browser", url, str(browsers)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    start = time.perf_counter()
    runner.start(learners, spawn_rate=max(learners / 5, 1))
    gevent.sleep(seconds)
    deadline = time.perf_counter() + TRAINING_GRACE_S  # every learner's training ends inside the phase
    while TALLY.trained < learners and time.perf_counter() < deadline:
        gevent.sleep(0.5)
    runner.quit()
    sampler.kill()
    browser_out = ""
    if browser_proc is not None:
        browser_out, _ = browser_proc.communicate(timeout=300)
    client_after = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = time.perf_counter() - start
    return {
        "stats": {name: entry for (name, _), entry in env.stats.entries.items()},
        "tally": TALLY,
        "memory": {pid: (*peak[pid], *e2e.memory_mb(pid)) for pid in pids},
        "server_cpu": {pid: e2e.cpu_seconds(pid) - cpu_before[pid] for pid in pids},
        "client_cpu": (client_after.ru_utime + client_after.ru_stime)
        - (client_before.ru_utime + client_before.ru_stime),
        "browser_cpu": (children.ru_utime + children.ru_stime) - (children_before.ru_utime + children_before.ru_stime),
        "browser_out": browser_out,
        "elapsed": elapsed,
    }


def report(title: str, result: dict, learners: int) -> None:
    print(f"\n### {title}: {learners} protocol learners, {result['elapsed']:.0f} s")
    print("| action | count | p50 ms | p95 ms | max ms | errors |")
    print("|---|---|---|---|---|---|")
    for name, entry in sorted(result["stats"].items()):
        print(
            f"| {name} | {entry.num_requests} | {entry.get_response_time_percentile(0.5):.0f} | "
            f"{entry.get_response_time_percentile(0.95):.0f} | {entry.max_response_time:.0f} | {entry.num_failures} |"
        )
    tally = result["tally"]
    print(
        f"errors {sum(tally.errors.values())}, exceptions {len(tally.exceptions)}, leaks {len(tally.leaks)}, "
        f"trainings finished {tally.trained}/{learners}, of them waited in line {tally.queue_waits}, "
        f"learners per replica {dict(tally.replicas)}"
    )
    for line in (tally.exceptions + tally.leaks)[:5]:
        print(f"  {line}")
    for pid, (rss_peak, pss_peak, rss, pss) in result["memory"].items():
        print(
            f"replica pid {pid}: RSS peak {rss_peak:.0f} MB, end {rss:.0f} MB; PSS peak {pss_peak:.0f} MB, "
            f"end {pss:.0f} MB; server CPU {result['server_cpu'][pid]:.1f} s"
        )
    print(
        f"client CPU: Locust + protocol learners {result['client_cpu']:.1f} s; "
        f"browser learners (Chromium, separate process) {result['browser_cpu']:.1f} s"
    )
    if result["browser_out"].strip():
        print("browser learners: " + result["browser_out"].strip().replace("\n", "; "))


def main(learners: int = 20, active: int = 8, seconds: float = 45.0, browsers: int = 2, layouts=(1, 2)) -> None:
    seeds = [100 + k for k in range(max(learners, active) * 2)]  # the counter runs on across phases
    for seed in seeds:
        for w in W_VALUES:
            EXPECTED[(seed, w)] = expected_mse(seed, w)
    for replicas in layouts:
        url, pids, stop = start_class(replicas)
        try:
            for count, with_browsers in ((active, 0), (learners, browsers)):
                global NUMBERS
                NUMBERS = itertools.count()
                result = phase(url, pids, count, seconds, with_browsers)
                where = "1 replica" if replicas == 1 else f"{replicas} replicas behind HAProxy"
                report(f"{where}, {count} learners", result, count)
        finally:
            stop()


if __name__ == "__main__":
    args = [float(a) for a in sys.argv[1:3]]
    layouts = tuple(int(n) for n in sys.argv[3].split(",")) if len(sys.argv) > 3 else (1, 2)
    main(int(args[0]) if args else 20, seconds=args[1] if len(args) > 1 else 45.0, layouts=layouts)

"""The training line with and without slices: how long the pages' default runs wait behind one long run.

One learner starts a long MNIST run (the page's recipe for many epochs); a second later four learners
press Train on the pages' defaults (MNIST, the diabetes MLP, the RNN, MNIST again), half a second apart.
Each learner is a thread that waits in a core.training_queue.TrainingQueue and checks its turn at every
report, as ui.training.LiveTraining does (a paused run lets its OpenMP workers go while it waits); all torch
work runs on threads that end, as a Streamlit server's script runs do, never on the main thread. The same class runs twice in one process: with slices of
`--slice` seconds, and with none (every run keeps the slot to the end, as before slices). Printed per
learner: its run alone, then from pressing Train to its result in each class, side by side.

    python -m bench.training_line               # about 1.5 minutes on 2 cores
    python -m bench.training_line --slice 30 --long-epochs 40    # the server's default slice
"""

import argparse
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from core import diabetes, mnist, rnn
from core.compute import SLICE_S_DEFAULT, configure_threads, release_thread_pool
from core.training import Progress
from core.training_queue import TrainingQueue

ARRIVE_FIRST_S, ARRIVE_GAP_S = 1.0, 0.5  # when the default runs join, after the long one


@dataclass
class Outcome:
    joined: float  # seconds after the class began
    done: float
    pauses: int
    training_s: float  # the run's own measure of its training, where it keeps one (MNIST)


Job = Callable[[Callable[[Progress], None] | None], float]  # train with this callback; its own seconds


def mnist_job(data: mnist.MnistTensors, epochs: int) -> Job:
    def job(callback):
        model = mnist.build_model("cnn", seed=0)
        history = mnist.train(model, data, "frozen", epochs, 128, 0, callback, train_subset=40_000, bf16=False)
        return history.seconds

    return job


def diabetes_job(split: diabetes.Split) -> Job:
    def job(callback):
        diabetes.train(diabetes.build_model(), split, callback=callback)  # the page's defaults: 100 epochs
        return 0.0

    return job


def rnn_job(callback) -> float:
    rnn.train("cell", callback=callback)  # the page's default: 15 epochs
    return 0.0


def learner(queue: TrainingQueue, name: str, job: Job, arrive_s: float, t0: float, outcomes: dict) -> None:
    time.sleep(max(t0 + arrive_s - time.perf_counter(), 0.0))
    joined, pauses = time.perf_counter() - t0, 0
    with queue.join(name) as ticket:
        while not ticket.wait(0.05):
            pass

        def callback(_progress: Progress) -> None:
            nonlocal pauses
            if ticket.turn_over():  # as LiveTraining.__call__ does
                ticket.requeue()
                pauses += 1
                release_thread_pool()
                while not ticket.wait(0.05):
                    pass

        training_s = job(callback)
    outcomes[name] = Outcome(joined, time.perf_counter() - t0, pauses, training_s)


def run_class(jobs: dict[str, Job], slice_s: float) -> dict[str, Outcome]:
    queue, outcomes, t0 = TrainingQueue(slots=1, slice_s=slice_s), {}, time.perf_counter()
    threads = []
    for i, (name, job) in enumerate(jobs.items()):
        arrive_s = 0.0 if i == 0 else ARRIVE_FIRST_S + (i - 1) * ARRIVE_GAP_S
        threads.append(threading.Thread(target=learner, args=(queue, name, job, arrive_s, t0, outcomes)))
        threads[-1].start()
    for thread in threads:
        thread.join()
    return outcomes


def on_a_thread(work: Callable[[], object]) -> object:
    """work() on a thread of its own, as a script run's: its OpenMP workers end with it."""
    out = []
    thread = threading.Thread(target=lambda: out.append(work()))
    thread.start()
    thread.join()
    return out[0]


def alone(job: Job) -> float:
    def timed():
        start = time.perf_counter()
        job(None)
        return time.perf_counter() - start

    return on_a_thread(timed)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slice", type=float, default=5.0, help=f"seconds (the server's default: {SLICE_S_DEFAULT:g})")
    parser.add_argument("--long-epochs", type=int, default=12, help="epochs of the long MNIST run")
    args = parser.parse_args(argv)
    configure_threads()
    data, split = on_a_thread(lambda: (mnist.preload(), diabetes.prepare(diabetes.load_frame())))
    jobs = {
        f"MNIST, {args.long_epochs} epochs": mnist_job(data, args.long_epochs),
        "MNIST, the default": mnist_job(data, 1),
        "diabetes, the default": diabetes_job(split),
        "RNN, the default": rnn_job,
        "MNIST, the default again": mnist_job(data, 1),
    }
    on_a_thread(lambda: rnn_job(None))  # warm-up: the first call pays for torch's lazy initialisation
    alone_s = {name: alone(job) for name, job in jobs.items()}
    sliced, unsliced = run_class(jobs, args.slice), run_class(jobs, 0.0)
    print(f"From pressing Train to the result (s), one learner after another; slice {args.slice:g} s or none")
    print(f"{'learner':28s} {'alone':>6s} {'no slice':>9s} {'sliced':>7s} {'sliced/none':>11s} pauses")
    for name in jobs:
        before, after = unsliced[name], sliced[name]
        waited_before, waited_after = before.done - before.joined, after.done - after.joined
        ratio = waited_after / waited_before
        row = f"{alone_s[name]:6.2f} {waited_before:9.2f} {waited_after:7.2f} {ratio:11.2f} {after.pauses}"
        print(f"{name:28s} {row}")
    defaults = [name for name in jobs if "default" in name]
    for label, outcomes in (("no slice", unsliced), ("sliced", sliced)):
        waits = [outcomes[name].done - outcomes[name].joined for name in defaults]
        print(
            f"the defaults' longest wait for their result, {label}: {max(waits):.2f} s (median {statistics.median(waits):.2f})"
        )
    long_name = next(iter(jobs))
    own = (unsliced[long_name].training_s, sliced[long_name].training_s)
    print(f"the long run's own training time (history.seconds): {own[0]:.2f} s unpaused, {own[1]:.2f} s paused")


if __name__ == "__main__":
    main()

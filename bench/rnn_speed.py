"""RNN hello -> ohlol: time for the course's 15 epochs, and the across-seeds figures, per version."""

import statistics
import time

from core import rnn
from core.compute import configure_threads


def main():
    configure_threads()
    rnn.train("cell", epochs=2)  # warm-up: first call pays for torch's lazy initialisation
    for version in rnn.VERSIONS:
        times = []
        for _ in range(10):
            start = time.perf_counter()
            run = rnn.train(version)
            times.append(time.perf_counter() - start)
        rows = rnn.across_seeds(version)
        firsts = [r["first_correct"] for r in rows if r["first_correct"] is not None]
        print(
            f"{version:9s} 15 epochs: median {statistics.median(times) * 1000:.1f} ms "
            f"(pinned seed {run.seed}: '{run.predicted[-1]}', first correct at epoch {run.first_correct}) | "
            f"20 seeds x 100 epochs: median first-correct epoch {statistics.median(firsts):g}, "
            f"stably correct by 15: {sum(r['stable_by'] for r in rows)}/20, "
            f"never: {sum(r['first_correct'] is None for r in rows)}/20"
        )


if __name__ == "__main__":
    main()

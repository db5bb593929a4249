"""Diabetes MLP: test accuracy of the page's default (the course's network, SGD lr 0.1, batch 32,
100 epochs) over 5 seeds, and the time of 100 full-batch epochs."""

import statistics
import time

from core import diabetes
from core.compute import configure_threads


def main():
    configure_threads()
    df = diabetes.load_frame()
    accs = []
    for seed in range(5):
        split = diabetes.prepare(df, seed=seed)
        history = diabetes.train(diabetes.build_model(seed=seed), split, "sgd", 0.1, 32, 100, seed=seed)
        accs.append(history.rows[-1]["test_acc"])
        print(
            f"seed {seed}: test accuracy {accs[-1]:.3f} (majority baseline {diabetes.majority_baseline(split.y_test):.3f})"
        )
    print(
        f"mean {statistics.mean(accs):.3f} ± {statistics.stdev(accs):.3f} (sd), range {min(accs):.3f}–{max(accs):.3f}"
    )
    split = diabetes.prepare(df, seed=0)
    times = []
    for _ in range(5):
        start = time.perf_counter()
        diabetes.train(diabetes.build_model(), split, "sgd", 0.1, 0, 100)
        times.append(time.perf_counter() - start)
    print(f"100 full-batch epochs: median {statistics.median(times):.3f} s")
    start = time.perf_counter()
    diabetes.train(diabetes.build_model(), split, "sgd", 0.1, 32, 100)
    print(f"100 epochs of batch-32 DataLoader minibatches: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()

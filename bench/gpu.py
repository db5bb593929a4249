"""MNIST on a CUDA GPU, in about 3 minutes: the page's recipes' time to their accuracy (warm: after one
run has loaded the kernels), the course's loop moved to CUDA as the seed notes do (one epoch), and 8
trainings queued at once under 1, 2, 4 and 8 GPU slots (core.compute.GPU_QUEUE's PLAYGROUND_GPU_SLOTS).

Without CUDA it says so and stops: the CPU figures are bench/mnist_speed.py's.
Usage: .venv/bin/python -m bench.gpu
"""

import threading
import time

import torch
import torch.nn.functional as F

from bench.mnist_speed import RUNS
from core import mnist
from core.training_queue import TrainingQueue

QUEUED = 8
SLOT_CHOICES = (1, 2, 4, 8)


def recipe_run(data, recipe, epochs, batch, images, device, seed=0):
    """(test accuracy, training seconds, wall seconds from start to the last step done)."""
    model = mnist.build_model("cnn", seed=seed)
    torch.cuda.synchronize(device)
    start = time.perf_counter()
    history = mnist.train(model, data, recipe, epochs, batch, seed, device=device, train_subset=images)
    torch.cuda.synchronize(device)
    return history.rows[-1]["test_acc"], history.seconds, time.perf_counter() - start


def course_epoch_on_cuda(device) -> float:
    """The course's loop with `.to(device)` per batch (seed 004 §10.5): seconds for one epoch."""
    torch.manual_seed(0)
    model = mnist.Net().to(device)
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.5)
    torch.cuda.synchronize(device)
    start = time.perf_counter()
    for inputs, target in mnist.course_loader(batch_size=32):
        inputs, target = inputs.to(device), target.to(device)
        loss = F.cross_entropy(model(inputs), target)
        opt.zero_grad()
        loss.backward()
        opt.step()
    torch.cuda.synchronize(device)
    return time.perf_counter() - start


def queued(data, slots: int, device) -> tuple[float, float]:
    """8 learners press Train at once: (seconds until all are done, the slowest learner's own run)."""
    line, runs = TrainingQueue(slots=slots), []
    _, recipe, epochs, batch, images = RUNS[0]

    def learner(seed):
        with line.join("mnist") as ticket:
            ticket.wait(timeout=600)
            runs.append(recipe_run(data, recipe, epochs, batch, images, device, seed)[2])

    threads = [threading.Thread(target=learner, args=(seed,)) for seed in range(QUEUED)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start, max(runs)


def main() -> None:
    if not torch.cuda.is_available():
        print("no CUDA device here: nothing to measure (bench/mnist_speed.py has the CPU figures)")
        return
    device = torch.device("cuda")
    print(f"{torch.cuda.get_device_name(device)}, torch {torch.__version__}, CUDA {torch.version.cuda}")
    data = mnist.preload()
    recipe_run(data, *RUNS[0][1:], device)  # warm-up: kernels loaded, cuDNN's choices made
    for name, recipe, epochs, batch, images in RUNS:
        acc, seconds, wall = recipe_run(data, recipe, epochs, batch, images, device)
        print(f"{name}: test accuracy {acc:.4f} after {seconds:.2f} s of training ({wall:.2f} s wall, warm)")
    print(f"the course's loop on CUDA, one epoch: {course_epoch_on_cuda(device):.1f} s")
    for slots in SLOT_CHOICES:
        total, slowest = queued(data, slots, device)
        print(
            f"{QUEUED} trainings queued at once, {slots} slot(s): all done in {total:.1f} s; one run took up to {slowest:.1f} s"
        )


if __name__ == "__main__":
    main()

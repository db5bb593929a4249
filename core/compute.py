"""CPU budget: how many threads torch uses and how many trainings may run at once.

Two torch processes training together on 2 cores ran 10x slower than one, so the app runs
one training at a time across all sessions and gives it every core.
"""

import contextlib
import os
import threading

import torch

_training_lock = threading.Lock()


def configure_threads(n: int | None = None) -> int:
    n = n or int(os.environ.get("PLAYGROUND_THREADS", 0)) or os.cpu_count() or 1
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return n


class Busy(RuntimeError):
    """Another session is training; the caller may tell the learner to wait."""


@contextlib.contextmanager
def training_slot(timeout: float = 60.0):
    """Hold the single process-wide training slot for the duration of a training run."""
    if not _training_lock.acquire(timeout=timeout):
        raise Busy("another training is running; try again in a moment")
    try:
        yield
    finally:
        _training_lock.release()


def pick_device(prefer_cuda: bool = True) -> torch.device:
    return torch.device("cuda" if prefer_cuda and torch.cuda.is_available() else "cpu")

"""CPU budget: how many threads torch uses and how many trainings may run at once.

Two torch processes training together on 2 cores ran 10x slower than one, so a server runs one
training at a time across all its sessions (the others wait in TRAINING_QUEUE) and gives it the
cores it was allotted: PLAYGROUND_THREADS, which `make serve-class` sets to cores / replicas.
"""

import os

import torch

from core.training_queue import TrainingQueue

TRAINING_QUEUE = TrainingQueue(slots=1)  # shared by every session of this server process


def threads_allotted() -> int:
    return int(os.environ.get("PLAYGROUND_THREADS", 0)) or len(os.sched_getaffinity(0)) or 1


def configure_threads(n: int | None = None) -> int:
    n = n or threads_allotted()
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return n


def pick_device(prefer_cuda: bool = True) -> torch.device:
    return torch.device("cuda" if prefer_cuda and torch.cuda.is_available() else "cpu")

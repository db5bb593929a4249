"""CPU budget: how many threads torch uses and how many trainings may run at once.

Two torch processes training together on 2 cores ran 10x slower than one, so a server runs one
CPU training at a time across all its sessions (the others wait in TRAINING_QUEUE) and gives it the
cores it was allotted: PLAYGROUND_THREADS, which `make serve-class` sets to cores / replicas.

A GPU is another matter: one small model's steps leave most of it idle, so trainings on CUDA have a
line of their own with PLAYGROUND_GPU_SLOTS places running at once (GPU_SLOTS_DEFAULT when unset;
bench/gpu.py times 8 trainings queued at once under 1, 2, 4 and 8 slots to choose it).
"""

import os

import torch

from core.training_queue import TrainingQueue

GPU_SLOTS_DEFAULT = 4


def gpu_slots() -> int:
    """How many trainings may share the GPU at once: PLAYGROUND_GPU_SLOTS, a whole number from 1 to 64."""
    text = os.environ.get("PLAYGROUND_GPU_SLOTS", "").strip()
    if not text:
        return GPU_SLOTS_DEFAULT
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise ValueError(f"PLAYGROUND_GPU_SLOTS must be a whole number from 1 to 64, not {text!r}")
    return int(text)


TRAINING_QUEUE = TrainingQueue(slots=1)  # CPU trainings, shared by every session of this server process
GPU_QUEUE = TrainingQueue(slots=gpu_slots())  # CUDA trainings


def queue_for(device: torch.device | str | None) -> TrainingQueue:
    """The line a training on `device` waits in (None: the CPU)."""
    return GPU_QUEUE if device is not None and torch.device(device).type == "cuda" else TRAINING_QUEUE


def threads_allotted() -> int:
    return int(os.environ.get("PLAYGROUND_THREADS", 0)) or len(os.sched_getaffinity(0)) or 1


def configure_threads(n: int | None = None) -> int:
    n = n or threads_allotted()
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return n


configure_threads()  # on import: every training waits in one of this module's lines, so its threads are set first


def pick_device(prefer_cuda: bool = True) -> torch.device:
    return torch.device("cuda" if prefer_cuda and torch.cuda.is_available() else "cpu")

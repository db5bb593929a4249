"""CPU budget: how many threads torch uses and how many trainings may run at once.

Two torch processes training together on 2 cores ran 10x slower than one, so a server runs one
CPU training at a time across all its sessions (the others wait in TRAINING_QUEUE) and gives it the
cores it was allotted: PLAYGROUND_THREADS, which `make serve-class` sets to cores / replicas.

A GPU is another matter: one small model's steps leave most of it idle, so trainings on CUDA have a
line of their own with PLAYGROUND_GPU_SLOTS places running at once (GPU_SLOTS_DEFAULT when unset;
bench/gpu.py times 8 trainings queued at once under 1, 2, 4 and 8 slots to choose it).

Either line hands the slot on after PLAYGROUND_TRAIN_SLICE_S seconds (SLICE_S_DEFAULT when unset; 0
never) while someone waits: a long run pauses and goes on at its next turn, so the learners behind it
wait a slice, not the whole run. The default is longer than every page's default run on a 2-core
AVX2 machine, which therefore never pauses (bench/training_line.py times both ways).
"""

import ctypes
import functools
import math
import os
from pathlib import Path

import torch

from core.training_queue import TrainingQueue

GPU_SLOTS_DEFAULT = 4
SLICE_S_DEFAULT = 30.0


def gpu_slots() -> int:
    """How many trainings may share the GPU at once: PLAYGROUND_GPU_SLOTS, a whole number from 1 to 64."""
    text = os.environ.get("PLAYGROUND_GPU_SLOTS", "").strip()
    if not text:
        return GPU_SLOTS_DEFAULT
    if not text.isdigit() or not 1 <= int(text) <= 64:
        raise ValueError(f"PLAYGROUND_GPU_SLOTS must be a whole number from 1 to 64, not {text!r}")
    return int(text)


def train_slice_s() -> float:
    """The longest turn a training gets while others wait: PLAYGROUND_TRAIN_SLICE_S, 0 to 3600 seconds."""
    text = os.environ.get("PLAYGROUND_TRAIN_SLICE_S", "").strip()
    if not text:
        return SLICE_S_DEFAULT
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not 0 <= seconds <= 3600:  # NaN fails too
        raise ValueError(f"PLAYGROUND_TRAIN_SLICE_S must be a number of seconds from 0 to 3600, not {text!r}")
    return seconds


TRAINING_QUEUE = TrainingQueue(slots=1, slice_s=train_slice_s())  # CPU trainings, every session of this process
GPU_QUEUE = TrainingQueue(slots=gpu_slots(), slice_s=train_slice_s())  # CUDA trainings


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

OMP_PAUSE_SOFT = 1  # omp_pause_resource_t in OpenMP 5.0's omp.h


@functools.cache
def _openmp() -> ctypes.CDLL | None:
    """The OpenMP runtime torch loaded (libgomp on Linux), found among this process's mappings."""
    maps = Path("/proc/self/maps")
    lines = maps.read_text().splitlines() if maps.exists() else []
    paths = {line.split(maxsplit=5)[-1] for line in lines if "libgomp" in line}  # the path may hold spaces
    for path in sorted(paths):
        try:
            library = ctypes.CDLL(path)  # already loaded: the same library, not a second copy
        except OSError:  # "... (deleted)": the file was replaced since it was loaded
            continue
        if hasattr(library, "omp_pause_resource_all"):
            return library
    return None


def release_thread_pool() -> bool:
    """Let this thread's idle OpenMP workers go; True when the runtime did. A thread that ran torch's parallel
    code keeps a team of workers while it lives, and while more such workers exist than cores, libgomp
    makes every team's workers sleep between parallel regions instead of spinning: an MNIST training ran
    1.6x slower while one learner's thread, which had drawn its page, waited in line behind it. A thread
    about to wait (in line, or paused) calls this; its next parallel region starts a new team."""
    library = _openmp()
    return library is not None and library.omp_pause_resource_all(OMP_PAUSE_SOFT) == 0


def pick_device(prefer_cuda: bool = True) -> torch.device:
    return torch.device("cuda" if prefer_cuda and torch.cuda.is_available() else "cpu")

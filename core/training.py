"""The contract between training loops and whoever watches them.

A loop calls `callback(Progress)` after each epoch (or step). The page draws it; a test asserts on it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

import torch


@dataclass
class Progress:
    step: int  # 1-based epoch or update number
    total: int
    loss: float
    metrics: dict = field(default_factory=dict)


Callback = Callable[[Progress], None] | None


def report(callback: Callback, step: int, total: int, loss: float, **metrics) -> None:
    if callback is not None:
        callback(Progress(step, total, float(loss), metrics))


def seeded(build: Callable, seed: int):
    """build() with weights drawn from `seed`, leaving the global RNG as it was."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(int(seed))
        return build()

"""The contract between training loops and whoever watches them.

A loop calls `callback(Progress)` after each epoch (or step). The page draws it; a test asserts on it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


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

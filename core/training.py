"""The one contract between every training loop and whoever watches it.

Every trainer — linear fit, logistic regression, the GD stepper, the optimizer race, diabetes,
MNIST, RNN — records each epoch (or step) in a `History`. `History.record` applies the one
divergence rule; when it returns False the loop stops, and `diverged_at` names the step.
A page draws `History.rows`; a test asserts on them. Nothing computed after divergence is kept.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch

# A loss this many times larger than where training started counts as exploding: no run that
# is still learning gets there, and it catches a blow-up long before float32 overflows to inf.
BLOW_UP = 1e6


@dataclass
class Progress:
    step: int  # 1-based epoch or update number
    total: int
    loss: float
    metrics: dict = field(default_factory=dict)


Callback = Callable[[Progress], None] | None


def is_divergent(loss: float, first_loss: float | None = None) -> bool:
    """The divergence rule: a non-finite loss, or one BLOW_UP times past the first (or past 1)."""
    if not math.isfinite(loss):
        return True
    reference = 1.0 if first_loss is None else max(abs(first_loss), 1.0)
    return abs(loss) > BLOW_UP * reference


@dataclass
class History:
    """Rows of {"step", "loss", **metrics}, one per recorded step, all computed before any divergence."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0
    diverged_at: int | None = None
    seconds: float = 0.0  # time spent in optimisation steps, where a trainer measures it
    # (step, result): a trainer that evaluates on the test set anyway keeps its latest evaluation and the
    # step it came after, so a page showing the trained model's results need not evaluate it again
    evaluation: tuple[int, Any] | None = None

    def record(self, step: int, total: int, loss: float, callback: Callback = None, **metrics) -> bool:
        """Keep this step and tell the callback, or mark divergence. False means: stop training."""
        loss = float(loss)
        self.total = total
        first = self.rows[0]["loss"] if self.rows else None
        if is_divergent(loss, first) or not all(_finite(v) for v in metrics.values()):
            self.diverged_at = step
            return False
        self.rows.append({"step": step, "loss": loss, **metrics})
        if callback is not None:
            callback(Progress(step, total, loss, metrics))
        return True

    @property
    def losses(self) -> list[float]:
        return [row["loss"] for row in self.rows]

    @property
    def last(self) -> dict[str, Any] | None:
        return self.rows[-1] if self.rows else None

    @property
    def diverged(self) -> bool:
        return self.diverged_at is not None


def _finite(value) -> bool:
    return not isinstance(value, float) or math.isfinite(value)


def seeded(build: Callable, seed: int):
    """build() with weights drawn from `seed`, leaving the global RNG as it was."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(int(seed))
        return build()

"""Gradient descent by hand on the course's problem, Liu Er lectures 3-4: cost(w) = mean((x*w - y)^2)."""

import math
from dataclasses import dataclass

import torch

from core.errors import InputError, check_float, check_int
from core.training import History, is_divergent

X_DATA = (1.0, 2.0, 3.0)
Y_DATA = (2.0, 4.0, 6.0)
MAX_STEPS = 10_000


def cost(w, b=0.0, xs=X_DATA, ys=Y_DATA):
    return sum((x * w + b - y) ** 2 for x, y in zip(xs, ys, strict=True)) / len(xs)


def gradient(w, b=0.0, xs=X_DATA, ys=Y_DATA):
    """(d cost / dw, d cost / db), derived by hand: mean(2x(xw + b - y)), mean(2(xw + b - y))."""
    n = len(xs)
    dw = sum(2 * x * (x * w + b - y) for x, y in zip(xs, ys, strict=True)) / n
    db = sum(2 * (x * w + b - y) for x, y in zip(xs, ys, strict=True)) / n
    return dw, db


def curvature(with_bias=False, xs=X_DATA):
    """L: the largest eigenvalue of the Hessian (just 2 mean(x^2) without the bias)."""
    n = len(xs)
    mean_x2, mean_x = sum(x * x for x in xs) / n, sum(xs) / n
    if not with_bias:
        return 2 * mean_x2
    hessian = torch.tensor([[2 * mean_x2, 2 * mean_x], [2 * mean_x, 2.0]], dtype=torch.float64)
    return torch.linalg.eigvalsh(hessian).max().item()


def check_lr(lr):
    lr = check_float("learning rate", lr)
    if lr <= 0:
        raise InputError("lr_positive", "the learning rate must be positive, got {value}", value=lr)
    return lr


def regime(lr, with_bias=False):
    """Name what GD does at this lr on this quadratic: the error is multiplied by (1 - lr L) each step."""
    lr = check_lr(lr)
    factor = lr * curvature(with_bias)
    if factor < 0.1:
        return "too_slow"  # the error shrinks by less than 10% per step
    if factor <= 1:
        return "converging"
    if factor < 2:
        return "oscillating"
    return "diverging"


@dataclass
class Step:
    """One update, with the numbers that go into it, so the page can write the formula out."""

    k: int
    w: float
    b: float
    grad_w: float
    grad_b: float
    lr: float
    new_w: float
    new_b: float
    cost: float  # at the new point
    diverged: bool = False  # set by the one divergence rule (core.training) when this step broke it


def gd_step(w, b, lr, with_bias=False, k=1):
    lr = check_lr(lr)
    dw, db = gradient(w, b)
    new_w = w - lr * dw
    new_b = b - lr * db if with_bias else b
    try:
        new_cost = cost(new_w, new_b)
    except OverflowError:
        new_cost = math.inf
    return Step(k, w, b, dw, db if with_bias else 0.0, lr, new_w, new_b, new_cost)


def run_steps(w, b, lr, n, with_bias=False, k0=0, first_cost=None):
    """n steps from (w, b); stops early at the first step that diverges (and includes it).

    A step diverges by the rule every trainer uses (core.training.is_divergent), measured
    against `first_cost`, the cost where the descent began (by default: at (w, b)).
    """
    n = check_int("steps", n, 1, MAX_STEPS)
    first_cost = cost(w, b) if first_cost is None else first_cost
    steps = []
    for k in range(k0 + 1, k0 + n + 1):
        step = gd_step(w, b, lr, with_bias, k)
        step.diverged = is_divergent(step.cost, first_cost)
        steps.append(step)
        if step.diverged:
            break
        w, b = step.new_w, step.new_b
    return steps


@dataclass
class Stepper:
    """The hand-stepped descent a learner drives: where it is, every step so far, and its History."""

    w0: float
    with_bias: bool = False
    w: float = 0.0
    b: float = 0.0
    steps: list = None  # type: ignore[assignment]
    history: History = None  # type: ignore[assignment]

    def __post_init__(self):
        self.w0 = check_float("w0", self.w0)
        self.w, self.b, self.steps, self.history = self.w0, 0.0, [], History()

    @property
    def diverged(self) -> bool:
        return self.history.diverged

    @property
    def converged(self) -> bool:
        dw, db = gradient(self.w, self.b)
        return abs(dw) + (abs(db) if self.with_bias else 0.0) < 1e-9

    def advance(self, lr, n=1) -> list:
        """Take up to n steps at this lr; nothing happens once diverged (Reset starts over)."""
        if self.diverged:
            return []
        new = run_steps(self.w, self.b, lr, n, self.with_bias, k0=len(self.steps), first_cost=cost(self.w0, 0.0))
        for step in new:
            if step.diverged:
                self.history.diverged_at = step.k
                break
            self.history.record(step.k, step.k, step.cost, w=step.new_w, b=step.new_b)
            self.w, self.b = step.new_w, step.new_b
        self.steps.extend(new)
        return new

    def table(self) -> list[dict]:
        """Every update so far, with the numbers that went into it; a diverged step shows no numbers."""
        return [
            {
                "k": s.k,
                "w": s.w,
                "grad_w": s.grad_w,
                "b": s.b,
                "grad_b": s.grad_b,
                "lr": s.lr,
                "new_w": s.new_w,
                "new_b": s.new_b,
                "cost": s.cost,
            }
            for s in self.steps
            if not s.diverged
        ]


def gd_vs_sgd(w0=1.0, lr=0.01, epochs=30):
    """Loss after every update: batch GD (one mean-gradient update per epoch) and the course's
    stochastic version (one update per sample, in order)."""
    lr = check_lr(lr)
    epochs = check_int("epochs", epochs, 1, 1000)
    rows, w_gd, w_sgd, update = [], w0, w0, 0
    rows += [
        {"update": 0, "cost": cost(w0), "method": "GD"},
        {"update": 0, "cost": cost(w0), "method": "SGD"},
    ]
    for epoch in range(epochs):
        w_gd -= lr * gradient(w_gd)[0]
        rows.append({"update": (epoch + 1) * len(X_DATA), "cost": cost(w_gd), "method": "GD"})
        for x, y in zip(X_DATA, Y_DATA, strict=True):
            update += 1
            w_sgd -= lr * 2 * x * (x * w_sgd - y)  # the course's per-sample gradient
            rows.append({"update": update, "cost": cost(w_sgd), "method": "SGD"})
    return rows


# ---------------------------------------------------------------- what backward() does


def graph_values(w):
    """Forward values and gradients of every node of mean((x*w - y)^2), the way autograd sees it."""
    x, y = torch.tensor(X_DATA), torch.tensor(Y_DATA)
    w_t = torch.tensor(float(w), requires_grad=True)
    z = x * w_t
    r = z - y
    s = r**2
    loss = s.mean()
    for node in (z, r, s, loss):
        node.retain_grad()
    loss.backward()
    return {
        "x·w": (z.detach().tolist(), z.grad.tolist()),
        "− y": (r.detach().tolist(), r.grad.tolist()),
        "square": (s.detach().tolist(), s.grad.tolist()),
        "mean": (loss.item(), loss.grad.item()),
        "w": (w_t.item(), w_t.grad.item()),
    }


def accumulation_demo(w, times=3, zero_between=False):
    """w.grad after each of `times` backward() calls: it adds up unless zeroed, as the course warns."""
    x, y = torch.tensor(X_DATA), torch.tensor(Y_DATA)
    w_t = torch.tensor(float(w), requires_grad=True)
    grads = []
    for _ in range(times):
        loss = ((x * w_t - y) ** 2).mean()
        loss.backward()
        grads.append(w_t.grad.item())
        if zero_between:
            w_t.grad.data.zero_()
    return grads

"""Sigmoid and logistic regression, Liu Er lecture 6: x = [1, 2, 3], y = [0, 0, 1], BCELoss."""

import math
from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from torch import nn

from core.errors import check_float, check_int
from core.training import Callback, History, seeded

ACTIVATIONS = {
    "sigmoid": (torch.sigmoid, lambda z: torch.sigmoid(z) * (1 - torch.sigmoid(z))),
    "tanh": (torch.tanh, lambda z: 1 - torch.tanh(z) ** 2),
    "relu": (torch.relu, lambda z: (z > 0).float()),
}


def activation_curves(name: str, z: torch.Tensor):
    """f(z) and f'(z); the derivative is checked against autograd in the tests."""
    f, df = ACTIVATIONS[name]
    return f(z), df(z)


def saturated_regions(w: float, b: float, x_min: float, x_max: float, threshold: float = 0.05):
    """x-intervals where sigma'(wx + b) < threshold * 0.25, i.e. the gradient has almost vanished."""
    x = torch.linspace(x_min, x_max, 801)
    _, grad = activation_curves("sigmoid", w * x + b)
    flat = grad < threshold * 0.25
    regions, start = [], None
    for xi, is_flat in zip(x.tolist(), flat.tolist(), strict=True):
        if is_flat and start is None:
            start = xi
        if not is_flat and start is not None:
            regions.append((start, xi))
            start = None
    if start is not None:
        regions.append((start, x_max))
    return regions


# ---------------------------------------------------------------- the course's logistic regression


class LogisticRegressionModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(1, 1)

    def forward(self, x):
        return torch.sigmoid(self.linear(x))


@dataclass
class LogisticRun:
    w: float  # from the last epoch that passed the divergence rule
    b: float
    history: History = field(default_factory=History)

    @property
    def losses(self) -> list:
        return self.history.losses

    @property
    def crossing(self) -> float:
        """Where sigma(wx + b) = 0.5, i.e. wx + b = 0."""
        return -self.b / self.w if self.w else float("nan")

    def predict(self, x: float) -> float:
        return torch.sigmoid(torch.tensor(self.w * x + self.b)).item()


COURSE_POINTS = ((1.0, 0.0), (2.0, 0.0), (3.0, 1.0))  # hours studied, passed


def course_data(points=COURSE_POINTS):
    """x_data (n, 1) and y_data (n, 1) as the course shapes them; the learner's own points work the same."""
    data = torch.tensor(points, dtype=torch.float32).reshape(-1, 2)
    return data[:, :1].contiguous(), data[:, 1:].contiguous()


def train_logistic(epochs=1000, lr=0.01, seed=0, callback: Callback = None, points=COURSE_POINTS):
    """The course's loop. BCELoss(size_average=False) in the course is reduction='sum' today.
    Each epoch's row also records w and b, so the page can show them grow on separable data."""
    epochs = check_int("epochs", epochs, 1, 100_000)
    lr = check_float("learning rate", lr, 0.0, 100.0, low_open=True)
    x_data, y_data = course_data(points)
    model = seeded(LogisticRegressionModel, seed)
    criterion = nn.BCELoss(reduction="sum")
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    run = LogisticRun(model.linear.weight.item(), model.linear.bias.item())
    for epoch in range(epochs):
        y_pred = model(x_data)
        loss = criterion(y_pred, y_data)
        w, b = model.linear.weight.item(), model.linear.bias.item()  # the weights this loss is of
        if not run.history.record(epoch + 1, epochs, loss.item(), callback, w=w, b=b):
            break
        run.w, run.b = w, b
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    w, b = model.linear.weight.item(), model.linear.bias.item()
    if not run.history.diverged and math.isfinite(w) and math.isfinite(b):
        run.w, run.b = w, b  # the weights after the last update, as the course prints them
    return run


# ---------------------------------------------------------------- binary cross-entropy


def bce_curve(p: torch.Tensor, y: float) -> torch.Tensor:
    """-[y log p + (1 - y) log(1 - p)]."""
    return -(y * torch.log(p) + (1 - y) * torch.log(1 - p))


def bce_vs_logits(zs=(-200.0, -100.0, -20.0, 20.0, 100.0), target=1.0):
    """BCELoss(sigmoid(z)) against BCEWithLogitsLoss(z) in float32: loss and d loss / dz.

    sigmoid(z) rounds to exactly 0 or 1 in float32 for large |z|: BCELoss then clamps log(0) to -100
    and its gradient vanishes, while the logits form uses log-sum-exp and stays exact.
    """
    rows = []
    y = torch.tensor([float(target)])
    for z in zs:
        z_probs = torch.tensor([z], requires_grad=True)
        p = torch.sigmoid(z_probs)
        loss_probs = F.binary_cross_entropy(p, y)
        loss_probs.backward()
        z_logits = torch.tensor([z], requires_grad=True)
        loss_logits = F.binary_cross_entropy_with_logits(z_logits, y)
        loss_logits.backward()
        exact = F.softplus(torch.tensor(-z if target else z, dtype=torch.float64)).item()
        rows.append(
            {
                "z": z,
                "sigmoid(z)": p.item(),
                "BCELoss(sigmoid(z))": loss_probs.item(),
                "BCEWithLogitsLoss(z)": loss_logits.item(),
                "exact (float64)": exact,
                "grad via BCELoss": z_probs.grad.item(),
                "grad via BCEWithLogits": z_logits.grad.item(),
            }
        )
    return rows


# ---------------------------------------------------------------- what the page plots


def activation_view(w: float, b: float, names=("sigmoid",), x_min=-10.0, x_max=10.0, n=401):
    """x, and (curve name, values) for each activation f(wx + b) and its derivative f'(wx + b)."""
    x = torch.linspace(x_min, x_max, n)
    curves = []
    for name in names:
        f, df = activation_curves(name, w * x + b)
        curves += [(f"{name}(wx+b)", f.tolist()), (f"{name}′(wx+b)", df.tolist())]
    return x.tolist(), curves


def bce_curves(n=300):
    """p from 0.001 to 0.999, and the BCE of predicting p for targets 1 and 0."""
    p = torch.linspace(0.001, 0.999, n)
    return p.tolist(), [(y, bce_curve(p, y).tolist()) for y in (1, 0)]

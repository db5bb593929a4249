"""Linear regression, D2L 3.2/3.3 and Liu Er lectures 2-5: from scratch, concise, closed form."""

from dataclasses import dataclass, field

import torch
from torch import nn

from core.errors import InputError, check_float, check_int
from core.training import Callback, History, Progress

MAX_EXAMPLES = 100_000
MAX_EPOCHS = 1_000


# ---------------------------------------------------------------- data


def synthetic_data(w, b, num_examples, noise=0.01, seed=0):
    """y = Xw + b + noise, as D2L's synthetic_data, with a seeded generator."""
    num_examples = check_int("n", num_examples, 1, MAX_EXAMPLES)
    noise = check_float("noise σ", noise, 0.0)
    w = torch.tensor([check_float("w", v) for v in w], dtype=torch.float32)
    b = check_float("b", b)
    gen = torch.Generator().manual_seed(int(seed))
    X = torch.normal(0, 1, (num_examples, len(w)), generator=gen)
    y = X @ w + b
    y += torch.normal(0, noise, y.shape, generator=gen) if noise > 0 else 0
    return X, y


def course_data(with_bias=False):
    """Liu Er's three points: y = 2x, or y = 2x + 1 for the version with a bias."""
    x = torch.tensor([[1.0], [2.0], [3.0]])
    y = torch.tensor([3.0, 5.0, 7.0]) if with_bias else torch.tensor([2.0, 4.0, 6.0])
    return x, y


# ---------------------------------------------------------------- loss landscape


def mse_at(X, y, thetas):
    """MSE mean((Xw + b - y)^2) for each row of thetas = [w..., b], all at once."""
    A = torch.cat([X, torch.ones(len(X), 1)], dim=1)
    residuals = A @ thetas.T - y[:, None]
    return (residuals**2).mean(dim=0)


def mse_sweep(X, y, theta, values, i=0):
    """The course's exhaustive search: MSE as parameter i runs over `values`, the rest fixed."""
    thetas = torch.as_tensor(theta, dtype=torch.float32).repeat(len(values), 1)
    thetas[:, i] = torch.as_tensor(values, dtype=torch.float32)
    return mse_at(X, y, thetas)


def mse_grid(X, y, theta, values_i, values_j, i=0, j=-1):
    """MSE over a grid of (theta_i, theta_j); returns (len(values_i), len(values_j))."""
    vi = torch.as_tensor(values_i, dtype=torch.float32)
    vj = torch.as_tensor(values_j, dtype=torch.float32)
    gi, gj = torch.meshgrid(vi, vj, indexing="ij")
    thetas = torch.as_tensor(theta, dtype=torch.float32).repeat(gi.numel(), 1)
    thetas[:, i] = gi.reshape(-1)
    thetas[:, j] = gj.reshape(-1)
    return mse_at(X, y, thetas).reshape(len(vi), len(vj))


def closed_form(X, y):
    """Least squares min ||A theta - y|| with A = [X, 1], in float64.

    With fewer independent examples than parameters (n = 1 or 2 for w1, w2, b) the normal
    equations are singular and every point on a line or plane fits exactly; lstsq's gelsd driver
    then returns the minimum-norm one of them. `rank` says whether the answer is unique.
    """
    A = torch.cat([X, torch.ones(len(X), 1)], dim=1).double()
    theta = torch.linalg.lstsq(A, y.double().reshape(-1, 1), driver="gelsd").solution.reshape(-1)
    return theta[:-1].float(), float(theta[-1])


def rank_of(X) -> tuple[int, int]:
    """(rank of [X, 1], number of parameters): the closed form is unique only when they are equal."""
    A = torch.cat([X, torch.ones(len(X), 1)], dim=1).double()
    return int(torch.linalg.matrix_rank(A)), A.shape[1]


# ---------------------------------------------------------------- from scratch (D2L 3.2)


def data_iter(batch_size, features, labels, order):
    """D2L's data_iter, with the shuffled order passed in so two loops can share the same batches."""
    for i in range(0, len(order), batch_size):
        batch_indices = order[i : i + batch_size]
        yield features[batch_indices], labels[batch_indices]


def linreg(X, w, b):
    return X @ w + b


def squared_loss(y_hat, y):
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def sgd(params, lr, batch_size):
    with torch.no_grad():
        for param in params:
            param -= lr * param.grad / batch_size
            param.grad.zero_()


# ---------------------------------------------------------------- training, both ways


@dataclass
class FitResult:
    w: torch.Tensor
    b: float
    history: History = field(default_factory=History)  # mean squared_loss over all data, per epoch
    path: list = field(default_factory=list)  # [w..., b] before training and after every update

    @property
    def epoch_loss(self) -> list:
        return self.history.losses

    @property
    def diverged_at(self) -> int | None:
        return self.history.diverged_at

    def parameters(self) -> dict:
        """{"w1": ..., "w2": ..., "b": ...}: the fitted weights by name."""
        return {**{f"w{i + 1}": v for i, v in enumerate(self.w.tolist())}, "b": self.b}


def initial_params(num_inputs, seed=0):
    """D2L's init: w ~ N(0, 0.01), b = 0."""
    gen = torch.Generator().manual_seed(int(seed))
    return torch.normal(0, 0.01, (num_inputs,), generator=gen), 0.0


def epoch_orders(n, num_epochs, seed=0):
    gen = torch.Generator().manual_seed(int(seed) + 1)
    return [torch.randperm(n, generator=gen) for _ in range(num_epochs)]


def check_training(features, lr, num_epochs, batch_size):
    if len(features) == 0:
        raise InputError("empty_data", "there is no data to train on")
    lr = check_float("learning rate", lr, 0.0, low_open=True)
    num_epochs = check_int("epochs", num_epochs, 1, MAX_EPOCHS)
    batch_size = check_int("batch size", batch_size, 1)
    if batch_size > len(features):
        raise InputError(
            "batch_gt_n",
            "batch size {batch_size} is larger than the {n} examples",
            batch_size=batch_size,
            n=len(features),
        )
    return lr, num_epochs, batch_size


def train_scratch(features, labels, lr=0.03, num_epochs=3, batch_size=10, seed=0, callback: Callback = None):
    """D2L 3.2 verbatim in spirit: linreg, squared_loss, sgd, and grad.zero_() by hand."""
    lr, num_epochs, batch_size = check_training(features, lr, num_epochs, batch_size)
    w0, b0 = initial_params(features.shape[1], seed)
    w = w0.clone().requires_grad_(True)
    b = torch.tensor(b0, requires_grad=True)
    result = FitResult(w0, b0, path=[[*w0.tolist(), b0]])
    for epoch, order in enumerate(epoch_orders(len(features), num_epochs, seed)):
        for X, y in data_iter(batch_size, features, labels, order):
            l = squared_loss(linreg(X, w, b), y)
            l.sum().backward()
            # D2L divides by batch_size; the real size keeps a shorter last batch honest.
            sgd([w, b], lr, len(y))
            result.path.append([*w.tolist(), b.item()])
        with torch.no_grad():
            train_l = squared_loss(linreg(features, w, b), labels).mean().item()
        if not _record(result, epoch + 1, num_epochs, train_l, callback):
            break
        result.w, result.b = w.detach().clone(), b.item()
    return result


def train_concise(features, labels, lr=0.03, num_epochs=3, batch_size=10, seed=0, callback: Callback = None):
    """D2L 3.3: nn.Sequential(nn.Linear), nn.MSELoss and torch.optim.SGD on the same batches."""
    lr, num_epochs, batch_size = check_training(features, lr, num_epochs, batch_size)
    w0, b0 = initial_params(features.shape[1], seed)
    layer = nn.Linear(features.shape[1], 1)
    net = nn.Sequential(layer)  # D2L's net; `layer` is net[0]
    with torch.no_grad():
        layer.weight.copy_(w0.reshape(1, -1))
        layer.bias.fill_(b0)
    loss = nn.MSELoss()
    trainer = torch.optim.SGD(net.parameters(), lr=lr)
    result = FitResult(w0, b0, path=[[*w0.tolist(), b0]])
    for epoch, order in enumerate(epoch_orders(len(features), num_epochs, seed)):
        for X, y in data_iter(batch_size, features, labels, order):
            # MSELoss has no 1/2; halving it makes every step identical to squared_loss + sgd above.
            l = loss(net(X), y.reshape(-1, 1)) / 2
            trainer.zero_grad()
            l.backward()
            trainer.step()
            result.path.append([*layer.weight.detach().reshape(-1).tolist(), layer.bias.item()])
        with torch.no_grad():
            train_l = (loss(net(features), labels.reshape(-1, 1)) / 2).item()
        if not _record(result, epoch + 1, num_epochs, train_l, callback):
            break
        result.w, result.b = layer.weight.detach().reshape(-1).clone(), layer.bias.item()
    return result


def _record(result, epoch, num_epochs, train_l, callback):
    """Record the epoch by the one divergence rule; on divergence cut the path where it left the finite.

    w and b keep the last epoch that passed the rule, so a diverged fit never shows NaN parameters.
    """
    if all(torch.isfinite(torch.tensor(result.path[-1]))) and result.history.record(
        epoch, num_epochs, train_l, callback
    ):
        return True
    result.history.diverged_at = epoch
    while len(result.path) > 1 and not all(torch.isfinite(torch.tensor(result.path[-1]))):
        result.path.pop()
    return False


def lr_comparison(
    features, labels, lrs=(0.01, 0.02, 0.03, 0.04), num_epochs=3, batch_size=10, seed=0, callback: Callback = None
):
    """D2L exercise (seed 001's figure): the same run at several learning rates."""
    runs = {}
    for i, lr in enumerate(lrs):
        step = (
            None
            if callback is None
            else (lambda p, i=i: callback(Progress(i * num_epochs + p.step, len(lrs) * num_epochs, p.loss)))
        )
        runs[lr] = train_scratch(features, labels, lr, num_epochs, batch_size, seed, step)
    return runs


def train_both(features, labels, lr=0.03, num_epochs=3, batch_size=10, seed=0, callback: Callback = None):
    """Both loops on the same batches; progress runs over 2 x epochs (from scratch first)."""

    def shifted(offset):
        if callback is None:
            return None
        return lambda p: callback(Progress(p.step + offset, 2 * p.total, p.loss, p.metrics))

    scratch = train_scratch(features, labels, lr, num_epochs, batch_size, seed, shifted(0))
    concise = train_concise(features, labels, lr, num_epochs, batch_size, seed, shifted(num_epochs))
    return scratch, concise


def updates(n, batch_size, num_epochs) -> int:
    """How many SGD updates one run makes."""
    return -(-int(n) // max(int(batch_size), 1)) * int(num_epochs)


def seconds_estimate(n, batch_size, num_epochs) -> float:
    """Rough time of one run on a 2-core CPU: ~60 µs per update plus ~14 ns per example per epoch
    (the full-data loss each epoch). Measured: 300 updates on 1,000 examples 0.018 s; 100 full-batch
    epochs on 100,000 examples 0.14 s."""
    return updates(n, batch_size, num_epochs) * 6e-5 + int(num_epochs) * int(n) * 1.4e-8


def agreement(a: FitResult, b: FitResult) -> float | None:
    """Largest difference between two runs' parameter paths; None when either diverged."""
    if a.diverged_at or b.diverged_at:
        return None
    return (torch.tensor(a.path) - torch.tensor(b.path)).abs().max().item()


# ---------------------------------------------------------------- what the page plots


@dataclass
class Landscape:
    """The MSE over a window of (w1, b) around the least-squares fit, the other weights held there."""

    theta_star: list  # least squares [w..., b]
    rank: int  # of [X, 1]: below n_params the least-squares fit is not unique
    n_params: int
    w_range: tuple
    b_range: tuple
    grid_w: list
    grid_b: list
    mse: list  # mse[i][j] at (grid_w[i], grid_b[j])


def landscape(X, y, around_fit=True, n=50) -> Landscape:
    """Least squares and the loss surface the page draws; the window is 4 wide in w, 6 beyond b."""
    w_star, b_star = closed_form(X, y)
    theta = [*w_star.tolist(), b_star]
    rank, n_params = rank_of(X)
    lo = float(torch.round(w_star[0]).item()) - 2 if around_fit else 0.0
    b_lo, b_hi = min(b_star, 0.0) - 3, max(b_star, 0.0) + 3
    grid_w, grid_b = torch.linspace(lo, lo + 4, n), torch.linspace(b_lo, b_hi, n)
    mse = mse_grid(X, y, theta, grid_w, grid_b, i=0, j=-1)
    return Landscape(
        theta, rank, n_params, (lo, lo + 4.0), (b_lo, b_hi), grid_w.tolist(), grid_b.tolist(), mse.tolist()
    )


def sweep(X, y, theta, lo, hi, step=0.1):
    """The course's exhaustive search over w1 with the rest of theta fixed: (ws, MSE at each)."""
    count = int(round((hi - lo) / step)) + 1
    ws = [round(lo + k * step, 6) for k in range(count)]
    return ws, mse_sweep(X, y, theta, ws, i=0).tolist()


def line(w, b, x_lo, x_hi):
    """Two points of y = w x + b, enough to draw it."""
    return [x_lo, x_hi], [w * x_lo + b, w * x_hi + b]

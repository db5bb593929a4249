"""Under- and over-fitting (D2L "model selection" and "weight decay"): polynomial regression.

The data are D2L's: y = 5 + 1.2 x - 3.4 x^2/2! + 5.6 x^3/3! + noise, with features x^i / i! so that
high powers do not explode. The closed form (ridge regression) is the oracle the tests check the
trained curves against.
"""

import math
from dataclasses import dataclass

import torch
from torch import nn

from core.errors import check_float, check_int
from core.training import Callback, History, seeded

MAX_DEGREE = 20
TRUE_W = (5.0, 1.2, -3.4, 5.6)
N_TEST = 100
MAX_TRAIN = 400
MAX_EPOCHS = 2000


@dataclass
class PolyData:
    x_train: torch.Tensor  # (n,)
    y_train: torch.Tensor
    x_test: torch.Tensor
    y_test: torch.Tensor


def poly_features(x: torch.Tensor, degree: int) -> torch.Tensor:
    """Columns x^0/0!, x^1/1!, ..., x^degree/degree!."""
    powers = torch.arange(degree + 1, dtype=torch.float32)
    factorials = torch.tensor([math.factorial(i) for i in range(degree + 1)], dtype=torch.float32)
    return x[:, None] ** powers / factorials


def make_data(n_train: int = 100, noise: float = 0.1, seed: int = 0) -> PolyData:
    n_train = check_int("training examples", n_train, 1, MAX_TRAIN)
    noise = check_float("noise σ", noise, 0.0, 5.0)
    gen = torch.Generator().manual_seed(int(seed))
    x = torch.randn(n_train + N_TEST, generator=gen)
    y = poly_features(x, len(TRUE_W) - 1) @ torch.tensor(TRUE_W)
    y = y + noise * torch.randn(len(x), generator=gen)
    return PolyData(x[:n_train], y[:n_train], x[n_train:], y[n_train:])


def points_data(train_points, test_points=None, noise: float = 0.1, seed: int = 0) -> PolyData:
    """A learner's own training points (x, y); the test points are theirs too, or D2L's noisy cubic."""
    x_train, y_train = torch.tensor(train_points, dtype=torch.float32).reshape(-1, 2).T
    if test_points:
        x_test, y_test = torch.tensor(test_points, dtype=torch.float32).reshape(-1, 2).T
    else:
        synthetic = make_data(1, noise, seed)
        x_test, y_test = synthetic.x_test, synthetic.y_test
    return PolyData(x_train.contiguous(), y_train.contiguous(), x_test.contiguous(), y_test.contiguous())


def mse(X, w, y) -> float:
    return ((X @ w - y) ** 2).mean().item() / 2  # D2L's squared loss: half the mean square


def closed_form(data: PolyData, degree: int, weight_decay: float = 0.0) -> torch.Tensor:
    """argmin mean((Xw - y)^2)/2 + wd/2 ||w||^2, in float64: (XᵀX/n + wd I) w = Xᵀy/n.

    Without weight decay and with more weights than examples the minimiser is not unique:
    lstsq returns the one with the smallest norm.
    """
    X = poly_features(data.x_train, degree).double()
    y, n = data.y_train.double(), len(data.y_train)
    if weight_decay > 0:
        A = X.T @ X / n + weight_decay * torch.eye(degree + 1, dtype=torch.float64)
        return torch.linalg.solve(A, X.T @ y / n).float()
    return torch.linalg.lstsq(X, y[:, None], driver="gelsd").solution[:, 0].float()


def errors(data: PolyData, degree: int, w: torch.Tensor) -> tuple[float, float]:
    """(training loss, test loss) of weights w for this degree."""
    return (
        mse(poly_features(data.x_train, degree), w, data.y_train),
        mse(poly_features(data.x_test, degree), w, data.y_test),
    )


def degree_sweep(data: PolyData, weight_decay: float = 0.0, max_degree: int = MAX_DEGREE) -> list[dict]:
    """The classic U: training and test loss of the closed-form fit for every degree."""
    rows = []
    for degree in range(max_degree + 1):
        train, test = errors(data, degree, closed_form(data, degree, weight_decay))
        rows.append({"degree": degree, "train": train, "test": test})
    return rows


def decay_sweep(data: PolyData, degree: int, decays=(0.0, 1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0)) -> list[dict]:
    """Coefficients of the closed-form fit as weight decay grows: they shrink towards 0."""
    rows = []
    for wd in decays:
        w = closed_form(data, degree, wd)
        rows.append({"wd": wd, "coef": w.tolist(), "norm": w.norm().item()})
    return rows


def updates(n_train: int, epochs: int, batch_size: int = 10) -> int:
    """Minibatch updates one training run makes: what its time grows with."""
    return -(-int(n_train) // batch_size) * int(epochs)


def train(
    data: PolyData,
    degree: int,
    weight_decay: float = 0.0,
    epochs: int = 400,
    lr: float = 0.01,
    batch_size: int = 10,
    seed: int = 0,
    callback: Callback = None,
) -> tuple[torch.Tensor, History]:
    """D2L's loop: nn.Linear without bias on the polynomial features, MSELoss/2, SGD with weight_decay
    (torch.optim's L2 term, the same as adding wd/2 ||w||^2 to the loss). Rows: loss, test_loss."""
    degree = check_int("degree", degree, 0, MAX_DEGREE)
    epochs = check_int("epochs", epochs, 1, MAX_EPOCHS)
    lr = check_float("learning rate", lr, 0.0, 10.0, low_open=True)
    weight_decay = check_float("weight decay", weight_decay, 0.0, 100.0)
    X, X_test = poly_features(data.x_train, degree), poly_features(data.x_test, degree)
    layer = seeded(lambda: nn.Linear(degree + 1, 1, bias=False), seed)
    loss = nn.MSELoss()
    opt = torch.optim.SGD(layer.parameters(), lr=lr, weight_decay=weight_decay)
    gen, history = torch.Generator().manual_seed(int(seed)), History()
    for epoch in range(1, epochs + 1):
        for idx in torch.randperm(len(X), generator=gen).split(batch_size):
            opt.zero_grad()
            (loss(layer(X[idx])[:, 0], data.y_train[idx]) / 2).backward()
            opt.step()
        w = layer.weight.detach()[0]
        train_loss, test_loss = mse(X, w, data.y_train), mse(X_test, w, data.y_test)
        if not history.record(epoch, epochs, train_loss, callback, test_loss=test_loss):
            break
    return layer.weight.detach()[0].clone(), history


def curve(w: torch.Tensor, degree: int, lo: float = -3.0, hi: float = 3.0, n: int = 200):
    """Points of the polynomial with weights w, for drawing."""
    x = torch.linspace(lo, hi, n)
    return x.tolist(), (poly_features(x, degree) @ w).tolist()


def true_curve(lo: float = -3.0, hi: float = 3.0, n: int = 200):
    return curve(torch.tensor(TRUE_W), len(TRUE_W) - 1, lo, hi, n)

"""Under/over-fitting: the closed form is the oracle; training and the sweeps are checked against it."""

import pytest
import torch

from core import fitting


@pytest.fixture(scope="module")
def data():
    return fitting.make_data(100, 0.1, seed=0)


def test_the_closed_form_zeroes_the_gradient_of_the_regularised_loss(data):
    for degree, wd in [(3, 0.0), (10, 0.01), (20, 1.0)]:
        w = fitting.closed_form(data, degree, wd).double().requires_grad_(True)
        X, y = fitting.poly_features(data.x_train, degree).double(), data.y_train.double()
        loss = ((X @ w - y) ** 2).mean() / 2 + wd / 2 * (w**2).sum()
        (grad,) = torch.autograd.grad(loss, w)
        assert grad.abs().max().item() < 1e-4, (degree, wd)


def test_degree_three_recovers_the_true_coefficients(data):
    w = fitting.closed_form(data, 3)
    assert w.tolist() == pytest.approx(fitting.TRUE_W, abs=0.05)


def test_sgd_training_approaches_the_closed_form(data):
    w, history = fitting.train(data, 3, 0.0, epochs=400, lr=0.01, seed=0)
    assert not history.diverged and (w - fitting.closed_form(data, 3)).abs().max().item() < 0.15
    assert history.rows[-1]["loss"] < history.rows[0]["loss"] / 10


def test_the_u_over_degree_with_few_examples():
    few = fitting.make_data(20, 0.1, seed=0)
    rows = {r["degree"]: r for r in fitting.degree_sweep(few)}
    train = [rows[d]["train"] for d in range(20)]
    assert all(b <= a + 1e-4 for a, b in zip(train, train[1:], strict=False))  # more degrees never fit worse
    assert rows[3]["test"] < rows[1]["test"] and rows[3]["test"] < rows[15]["test"] / 100


def test_weight_decay_shrinks_the_coefficients(data):
    norms = [r["norm"] for r in fitting.decay_sweep(data, 20)]
    assert all(b <= a + 1e-6 for a, b in zip(norms, norms[1:], strict=False))


def test_more_coefficients_than_examples_gives_the_smallest_exact_fit():
    tiny = fitting.make_data(4, 0.1, seed=1)
    w = fitting.closed_form(tiny, 10)
    train, _ = fitting.errors(tiny, 10, w)
    assert train < 1e-6  # passes through all four points
    assert torch.allclose(
        w, torch.linalg.pinv(fitting.poly_features(tiny.x_train, 10).double()).float() @ tiny.y_train, atol=1e-3
    )

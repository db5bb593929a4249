import pytest
import torch

from core import linear
from core.errors import InputError

TRUE_W, TRUE_B = [2.0, -3.4], 4.2


@pytest.fixture(scope="module")
def d2l_data():
    return linear.synthetic_data(TRUE_W, TRUE_B, 1000, 0.01, seed=0)


def test_synthetic_data_shapes_and_relation(d2l_data):
    X, y = d2l_data
    assert X.shape == (1000, 2) and y.shape == (1000,)
    residual = y - (X @ torch.tensor(TRUE_W) + TRUE_B)
    assert abs(residual.std().item() - 0.01) < 0.002


def test_closed_form_equals_lstsq(d2l_data):
    X, y = d2l_data
    w, b = linear.closed_form(X, y)
    A = torch.cat([X, torch.ones(len(X), 1)], 1)
    expected = torch.linalg.lstsq(A, y[:, None]).solution.squeeze()
    assert torch.allclose(torch.cat([w, torch.tensor([b])]), expected, atol=1e-4)


def test_closed_form_on_course_points():
    X, y = linear.course_data(with_bias=True)
    w, b = linear.closed_form(X, y)
    assert w.item() == pytest.approx(2.0, abs=1e-5) and b == pytest.approx(1.0, abs=1e-5)


def test_mse_sweep_is_the_course_table():
    X, y = linear.course_data()
    ws = torch.arange(0, 4.01, 0.1)
    mse = linear.mse_sweep(X, y, [0.0, 0.0], ws)
    expected = torch.stack([((X[:, 0] * w - y) ** 2).mean() for w in ws])
    assert torch.allclose(mse, expected)
    assert ws[mse.argmin()].item() == pytest.approx(2.0)
    assert mse[30].item() == pytest.approx(14 / 3, rel=1e-5)  # w = 3: mean(x^2)


def test_mse_grid_matches_pointwise():
    X, y = linear.course_data(with_bias=True)
    grid = linear.mse_grid(X, y, [0.0, 0.0], [1.0, 2.0], [0.0, 1.0, 2.0])
    assert grid.shape == (2, 3)
    assert grid[1, 1].item() == pytest.approx(0.0, abs=1e-9)
    assert grid[0, 2].item() == pytest.approx(((X[:, 0] + 2 - y) ** 2).mean().item())


def test_hand_gradient_equals_autograd(d2l_data):
    X, y = d2l_data[0][:10], d2l_data[1][:10]
    w = torch.tensor([0.3, -0.7], requires_grad=True)
    b = torch.tensor(0.5, requires_grad=True)
    linear.squared_loss(linear.linreg(X, w, b), y).sum().backward()
    residual = (X @ w + b - y).detach()
    assert torch.allclose(w.grad, X.T @ residual, atol=1e-5)
    assert b.grad.item() == pytest.approx(residual.sum().item(), abs=1e-5)


def test_sgd_step_is_the_formula():
    w = torch.tensor([1.0, 2.0], requires_grad=True)
    w.grad = torch.tensor([4.0, -8.0])
    linear.sgd([w], lr=0.5, batch_size=4)
    assert torch.equal(w.detach(), torch.tensor([0.5, 3.0]))
    assert torch.equal(w.grad, torch.zeros(2))


@pytest.mark.parametrize("batch_size", [10, 7, 1000])
def test_scratch_equals_concise_step_for_step(d2l_data, batch_size):
    X, y = d2l_data
    scratch = linear.train_scratch(X, y, 0.03, 3, batch_size, seed=1)
    concise = linear.train_concise(X, y, 0.03, 3, batch_size, seed=1)
    assert len(scratch.path) == len(concise.path) == 1 + 3 * -(-1000 // batch_size)
    assert torch.allclose(torch.tensor(scratch.path), torch.tensor(concise.path), atol=1e-5)
    assert scratch.epoch_loss == pytest.approx(concise.epoch_loss, rel=1e-4, abs=1e-7)


def test_d2l_defaults_recover_the_truth_in_three_epochs(d2l_data):
    X, y = d2l_data
    seen = []
    result = linear.train_scratch(X, y, lr=0.03, num_epochs=3, batch_size=10, callback=seen.append)
    assert (torch.tensor(TRUE_W) - result.w).abs().max().item() < 0.01
    assert abs(TRUE_B - result.b) < 0.01
    assert [p.step for p in seen] == [1, 2, 3] and all(p.total == 3 for p in seen)
    assert seen[-1].loss < 1e-3 < seen[0].loss * 10


def test_divergence_is_detected_and_path_cut(d2l_data):
    X, y = d2l_data
    result = linear.train_scratch(X, y, lr=5.0, num_epochs=3, batch_size=10)
    assert result.diverged_at == 1
    assert result.epoch_loss == []
    assert torch.isfinite(torch.tensor(result.path)).all()
    assert linear.train_concise(X, y, lr=5.0, num_epochs=3, batch_size=10).diverged_at == 1


def test_learning_rate_comparison_orders_losses(d2l_data):
    X, y = d2l_data
    runs = linear.lr_comparison(X, y, (0.01, 0.04), num_epochs=1)
    assert runs[0.04].epoch_loss[-1] < runs[0.01].epoch_loss[-1]


@pytest.mark.parametrize(
    ("call", "key"),
    [
        (lambda: linear.synthetic_data([1.0], 0.0, 0), "too_small"),
        (lambda: linear.synthetic_data([1.0], 0.0, 10, noise=-1), "out_of_range"),
        (lambda: linear.train_scratch(*linear.course_data(), batch_size=4), "batch_gt_n"),
        (lambda: linear.train_scratch(*linear.course_data(), lr=float("nan")), "not_finite"),
        (lambda: linear.train_concise(*linear.course_data(), lr=float("inf")), "not_finite"),
        (lambda: linear.train_scratch(*linear.course_data(), lr=0.0), "out_of_range"),
        (lambda: linear.train_scratch(*linear.course_data(), num_epochs=0), "too_small"),
    ],
)
def test_invalid_inputs_raise_clear_errors(call, key):
    with pytest.raises(InputError) as err:
        call()
    assert err.value.key == key and str(err.value)

import pytest
import torch

from core import logistic


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "relu"])
def test_activation_derivative_equals_autograd(name):
    z = torch.tensor([-3.0, -0.5, 0.3, 2.0], requires_grad=True)
    f, df = logistic.activation_curves(name, z)
    f.sum().backward()
    assert torch.allclose(df, z.grad, atol=1e-6)


def test_sigmoid_derivative_peaks_at_a_quarter():
    _, d = logistic.activation_curves("sigmoid", torch.tensor([0.0]))
    assert d.item() == pytest.approx(0.25)


def test_saturated_regions_are_the_tails():
    regions = logistic.saturated_regions(1.0, 0.0, -10, 10)
    assert len(regions) == 2
    left, right = regions
    assert left[0] == -10 and -5 < left[1] < -4 and 4 < right[0] < 5 and right[1] == 10
    assert logistic.saturated_regions(0.1, 0.0, -10, 10) == []


def test_course_logistic_regression():
    seen = []
    run = logistic.train_logistic(callback=seen.append)  # course: SGD lr 0.01, 1000 epochs, summed BCE
    assert len(seen) == 1000 and seen[-1].loss < seen[0].loss
    assert run.predict(4.0) > 0.5
    assert 2.0 < run.crossing < 4.0
    assert run.predict(run.crossing) == pytest.approx(0.5, abs=1e-6)


def test_bce_curve_is_cross_entropy():
    p = torch.tensor([0.2, 0.9])
    assert torch.allclose(logistic.bce_curve(p, 1), -torch.log(p))
    assert torch.allclose(logistic.bce_curve(p, 0), -torch.log(1 - p))


def test_bce_with_logits_stays_exact_where_bce_clamps():
    rows = {r["z"]: r for r in logistic.bce_vs_logits()}
    assert rows[-200.0]["BCELoss(sigmoid(z))"] == 100.0  # log(0) clamped to -100
    assert rows[-200.0]["BCEWithLogitsLoss(z)"] == pytest.approx(200.0)
    assert rows[-100.0]["grad via BCELoss"] == 0.0 and rows[-100.0]["grad via BCEWithLogits"] == -1.0
    assert rows[20.0]["BCELoss(sigmoid(z))"] == 0.0
    assert rows[20.0]["BCEWithLogitsLoss(z)"] == pytest.approx(rows[20.0]["exact (float64)"], rel=1e-4)

"""The curse of dimensionality, against closed forms and Monte Carlo."""

import pytest
import torch

from core import dimensions


@pytest.mark.parametrize(("d", "eps"), [(1, 0.1), (2, 0.05), (10, 0.05), (50, 0.02)])
def test_the_shell_share_matches_monte_carlo(d, eps):
    x = torch.rand(200_000, d, generator=torch.Generator().manual_seed(0))
    in_shell = ((x < eps) | (x > 1 - eps)).any(dim=1).float().mean().item()
    assert dimensions.shell_share(d, eps) == pytest.approx(in_shell, abs=0.005)


def test_distances_concentrate_as_dimensions_grow():
    rows = dimensions.concentration()
    contrasts = [r["contrast"] for r in rows]
    assert all(b < a for a, b in zip(contrasts, contrasts[1:], strict=False))
    assert rows[-1]["ratio"] < 1.3 and rows[1]["ratio"] > 10
    # the mean distance of uniform points grows like sqrt(d / 6)
    assert rows[-1]["mean"] == pytest.approx((1000 / 6) ** 0.5, rel=0.02)


def test_the_histogram_is_a_distribution_that_narrows():
    low, high = dimensions.histogram(2), dimensions.histogram(500)
    assert sum(b["share"] for b in low) == pytest.approx(1.0) and sum(b["share"] for b in high) == pytest.approx(1.0)
    assert max(b["share"] for b in high) > 2 * max(b["share"] for b in low)


def test_nearest_neighbours_fall_towards_chance():
    assert dimensions.knn_accuracy(0) > 0.85
    assert dimensions.knn_accuracy(500) < 0.7

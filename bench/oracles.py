"""What a learner's page must show, recomputed here with core: the load test's leak check."""

from core import linear


def expected_mse(seed: int, w: float) -> str:
    """The page's metric for the default synthetic data with this seed, as views/linear_fit computes it."""
    X, y = linear.synthetic_data([2.0, -3.4], 4.2, 1000, 0.01, seed)
    land = linear.landscape(X, y, around_fit=True)
    ws, mses = linear.sweep(X, y, [w, *land.theta_star[1:-1], 0.0], *land.w_range)
    return f"{mses[ws.index(round(w, 6))]:.4f}"

"""The curse of dimensionality (seed 004 §1): distances concentrate, volume moves to the surface,
and a nearest-neighbour classifier drowns in irrelevant features."""

import torch

from core.errors import check_float, check_int

MAX_DIMS = 1000
DIM_STEPS = (1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000)


def distances(d: int, n: int = 200, seed: int = 0) -> torch.Tensor:
    """All pairwise Euclidean distances between n points uniform in the unit cube [0, 1]^d."""
    d, n = check_int("dimensions", d, 1, MAX_DIMS), check_int("points", n, 2, 1000)
    x = torch.rand(n, d, generator=torch.Generator().manual_seed(int(seed)))
    dist = torch.cdist(x, x, compute_mode="donot_use_mm_for_euclid_dist")  # exact, no cancellation to 0
    return dist[torch.triu(torch.ones(n, n, dtype=torch.bool), diagonal=1)]


def concentration(dims=DIM_STEPS, n: int = 200, seed: int = 0) -> list[dict]:
    """Per dimension: max/min pairwise distance and the relative contrast (max − min)/min, which → 0."""
    rows = []
    for d in dims:
        dist = distances(d, n, seed)
        lo, hi = dist[dist > 0].min().item(), dist.max().item()  # two equal points would make min 0
        rows.append({"d": d, "ratio": hi / lo, "contrast": (hi - lo) / lo, "mean": dist.mean().item()})
    return rows


def histogram(d: int, n: int = 200, seed: int = 0, bins: int = 45) -> list[dict]:
    """Pairwise distances divided by their mean, binned over [0, 3) (the cube's diagonal in 2-D is
    2.7 times the mean distance): the peak narrows as d grows."""
    dist = distances(d, n, seed)
    scaled = dist / dist.mean()
    counts = torch.histc(scaled, bins=bins, min=0.0, max=3.0)
    width = 3.0 / bins
    return [
        {"start": k * width, "end": (k + 1) * width, "share": c / len(scaled)} for k, c in enumerate(counts.tolist())
    ]


def shell_share(d: int, eps: float) -> float:
    """Share of the unit cube's volume within eps of its surface: 1 − (1 − 2 eps)^d, closed form."""
    d = check_int("dimensions", d, 1, MAX_DIMS)
    eps = check_float("shell thickness", eps, 0.0, 0.5)
    return 1.0 - (1.0 - 2.0 * eps) ** d


def knn_accuracy(irrelevant: int, k: int = 5, n_train: int = 200, n_test: int = 200, seed: int = 0) -> float:
    """Two classes separated in 2 informative dimensions, plus `irrelevant` uniform noise dimensions of
    the same spread; accuracy of k-nearest-neighbour voting on fresh test points."""
    irrelevant = check_int("irrelevant dimensions", irrelevant, 0, MAX_DIMS)
    k = check_int("k", k, 1, 51)
    gen = torch.Generator().manual_seed(int(seed))

    def sample(m):
        y = torch.randint(0, 2, (m,), generator=gen)
        signal = torch.randn(m, 2, generator=gen) * 0.7 + (y[:, None] * 2 - 1) * 0.8
        noise = (torch.rand(m, irrelevant, generator=gen) - 0.5) * 4  # as wide as the signal's spread
        return torch.cat([signal, noise], dim=1), y

    x_train, y_train = sample(n_train)
    x_test, y_test = sample(n_test)
    nearest = torch.cdist(x_test, x_train, compute_mode="donot_use_mm_for_euclid_dist").topk(k, largest=False).indices
    votes = y_train[nearest].float().mean(dim=1)
    return ((votes > 0.5).long() == y_test).float().mean().item()


def knn_curve(k: int = 5, dims=(0, 1, 2, 5, 10, 20, 50, 100, 200, 500), seed: int = 0) -> list[dict]:
    return [{"irrelevant": d, "accuracy": knn_accuracy(d, k, seed=seed)} for d in dims]

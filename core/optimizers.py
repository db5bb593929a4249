"""Optimizers racing on 2-D surfaces (D2L 12.3-12.10), driven by torch.optim and written from scratch."""

import math

import torch

from core.errors import InputError, check_float, check_int
from core.training import is_divergent

MAX_STEPS = 2000


# ---------------------------------------------------------------- surfaces


def bowl(p, condition=10.0):
    """An elongated quadratic: curvature 1 along x and `condition` along y."""
    return 0.5 * (p[0] ** 2 + condition * p[1] ** 2)


def rosenbrock(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2


def saddle(p):
    return p[0] ** 2 - p[1] ** 2


def himmelblau(p):
    """Four local minima of equal depth (f = 0), one local maximum between them."""
    return (p[0] ** 2 + p[1] - 11) ** 2 + (p[0] + p[1] ** 2 - 7) ** 2


SURFACES = {
    # name: (function, plot box (x0, x1, y0, y1), default start, minima)
    "bowl": (bowl, (-4.0, 4.0, -3.0, 3.0), (-3.5, 2.0), [(0.0, 0.0)]),
    "rosenbrock": (rosenbrock, (-2.0, 2.0, -1.0, 3.0), (-1.2, 1.0), [(1.0, 1.0)]),
    "saddle": (saddle, (-2.0, 2.0, -2.0, 2.0), (-1.8, 0.0), []),
    "himmelblau": (himmelblau, (-5.0, 5.0, -5.0, 5.0), (0.0, 0.0),
                   [(3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)]),
}  # fmt: skip


def surface_fn(name, condition=10.0):
    if name not in SURFACES:
        raise InputError("surface", "unknown surface {name}", name=name)
    fn = SURFACES[name][0]
    return (lambda p: fn(p, condition)) if name == "bowl" else fn


def surface_grid(name, condition=10.0, n=60):
    """f over the plot box, for the contour plot: (xs, ys, values[n, n])."""
    f = surface_fn(name, condition)
    x0, x1, y0, y1 = SURFACES[name][1]
    xs, ys = torch.linspace(x0, x1, n), torch.linspace(y0, y1, n)
    gx, gy = torch.meshgrid(xs, ys, indexing="ij")
    return xs, ys, f(torch.stack([gx, gy]))


# ---------------------------------------------------------------- torch.optim on a 2-D point

DEFAULTS = {
    "SGD": {"lr": 0.01},
    "Momentum": {"lr": 0.01, "momentum": 0.9},
    "RMSprop": {"lr": 0.01, "alpha": 0.99},
    "Adam": {"lr": 0.05, "beta1": 0.9, "beta2": 0.999},
}
# Rosenbrock's valley is steep across (curvature ~1000) and flat along: at lr 0.01 SGD and
# Momentum blow up within 5 steps. From the classic start (-1.2, 1) in 200 steps these show each
# one's character: SGD creeps down the valley (f 3.5), Momentum runs along it to f 0.04,
# RMSprop's fixed-size steps crawl (f 3.3), Adam reaches the origin's bend (f 1.0).
SURFACE_DEFAULTS = {
    "rosenbrock": {
        "SGD": {"lr": 0.001},
        "Momentum": {"lr": 0.001, "momentum": 0.9},
        "RMSprop": {"lr": 0.01, "alpha": 0.99},
        "Adam": {"lr": 0.1, "beta1": 0.9, "beta2": 0.999},
    },
}


def defaults_for(surface: str) -> dict:
    """Each optimizer's default settings on this surface."""
    return SURFACE_DEFAULTS.get(surface, DEFAULTS)


def make_optimizer(name, params, settings):
    lr = check_float(f"{name} learning rate", settings["lr"], 0.0, 100.0, low_open=True)
    if name == "SGD":
        return torch.optim.SGD(params, lr=lr)
    if name == "Momentum":
        return torch.optim.SGD(params, lr=lr, momentum=check_float("momentum β", settings["momentum"], 0.0, 0.9999))
    if name == "RMSprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=check_float("RMSprop α", settings["alpha"], 0.0, 0.9999))
    if name == "Adam":
        betas = (
            check_float("Adam β1", settings["beta1"], 0.0, 0.9999),
            check_float("Adam β2", settings["beta2"], 0.0, 0.9999),
        )
        return torch.optim.Adam(params, lr=lr, betas=betas)
    raise InputError("optimizer", "unknown optimizer {name}", name=name)


def trajectory(f, start, name, settings, steps):
    """Points visited by the real torch.optim optimizer; cut (and flagged) where it diverges."""
    steps = check_int("steps", steps, 1, MAX_STEPS)
    start = [check_float("start x", start[0]), check_float("start y", start[1])]
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    opt = make_optimizer(name, [p], settings)
    path, diverged_at = [(start[0], start[1], f(p).item())], None
    for k in range(1, steps + 1):
        opt.zero_grad()
        f(p).backward()
        opt.step()
        value = f(p).item()
        x, y = p.tolist()
        if is_divergent(value, path[0][2]) or not (math.isfinite(x) and math.isfinite(y)):
            diverged_at = k
            break
        path.append((x, y, value))
    return path, diverged_at


def race(surface, start, settings_by_optimizer, steps, condition=10.0):
    """Every chosen optimizer from the same start: {name: (path, diverged_at)}."""
    f = surface_fn(surface, condition)
    return {name: trajectory(f, start, name, s, steps) for name, s in settings_by_optimizer.items()}


# ---------------------------------------------------------------- the same updates from scratch


def scratch_sgd(p, g, state, lr, **_):
    return p - lr * g


def scratch_momentum(p, g, state, lr, momentum, **_):
    """PyTorch's form: buf = momentum * buf + g (buf = g on the first step); p -= lr * buf."""
    state["buf"] = g.clone() if "buf" not in state else momentum * state["buf"] + g
    return p - lr * state["buf"]


def scratch_rmsprop(p, g, state, lr, alpha, eps=1e-8, **_):
    """Leaky average of squared gradients; each coordinate gets its own step size."""
    state["sq"] = alpha * state.get("sq", torch.zeros_like(g)) + (1 - alpha) * g * g
    return p - lr * g / (state["sq"].sqrt() + eps)


def scratch_adam(p, g, state, lr, beta1, beta2, eps=1e-8, **_):
    """Momentum and RMSprop together, with bias correction for the zero-initialised moments."""
    t = state["t"] = state.get("t", 0) + 1
    state["m"] = beta1 * state.get("m", torch.zeros_like(g)) + (1 - beta1) * g
    state["v"] = beta2 * state.get("v", torch.zeros_like(g)) + (1 - beta2) * g * g
    m_hat = state["m"] / (1 - beta1**t)
    v_hat = state["v"] / (1 - beta2**t)
    return p - lr * m_hat / (v_hat.sqrt() + eps)


SCRATCH = {
    "SGD": scratch_sgd,
    "Momentum": scratch_momentum,
    "RMSprop": scratch_rmsprop,
    "Adam": scratch_adam,
}


def scratch_vs_torch(surface, start, name, settings, steps=5, condition=10.0):
    """Rows of (step, scratch point, torch.optim point, largest difference)."""
    f = surface_fn(surface, condition)
    torch_path, _ = trajectory(f, start, name, settings, steps)
    p, state, rows = torch.tensor(start, dtype=torch.float64), {}, []
    for k in range(1, len(torch_path)):
        q = p.clone().requires_grad_(True)
        f(q).backward()
        p = SCRATCH[name](p, q.grad, state, **settings)
        tx, ty, _ = torch_path[k]
        rows.append(
            {
                "step": k,
                "scratch x": p[0].item(),
                "scratch y": p[1].item(),
                "torch.optim x": tx,
                "torch.optim y": ty,
                "max |difference|": max(abs(p[0].item() - tx), abs(p[1].item() - ty)),
            }
        )
    return rows

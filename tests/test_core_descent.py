import pytest
import torch

from core import descent, optimizers
from core.errors import InputError
from core.training import is_divergent


@pytest.mark.parametrize("w", [-3.0, 0.0, 1.2, 2.0, 5.5])
@pytest.mark.parametrize("b", [0.0, 0.7])
def test_hand_gradient_equals_autograd(w, b):
    w_t = torch.tensor(w, dtype=torch.float64, requires_grad=True)
    b_t = torch.tensor(b, dtype=torch.float64, requires_grad=True)
    x, y = (
        torch.tensor(descent.X_DATA, dtype=torch.float64),
        torch.tensor(descent.Y_DATA, dtype=torch.float64),
    )
    ((x * w_t + b_t - y) ** 2).mean().backward()
    dw, db = descent.gradient(w, b)
    assert dw == pytest.approx(w_t.grad.item()) and db == pytest.approx(b_t.grad.item())
    assert descent.cost(w, b) == pytest.approx(((x * w + b - y) ** 2).mean().item())


def test_one_step_is_the_formula():
    step = descent.gd_step(1.2, 0.0, 0.05)
    assert step.grad_w == pytest.approx(2 * (1.2 - 2) * 14 / 3)  # mean(2x(xw - y)) = 2(w - 2) mean(x^2)
    assert step.new_w == pytest.approx(1.2 - 0.05 * step.grad_w)
    assert step.cost == pytest.approx(descent.cost(step.new_w))


def test_curvature_and_thresholds():
    assert descent.curvature() == pytest.approx(28 / 3)  # 2 mean(x^2)
    L = descent.curvature()
    assert descent.regime(0.05 / L) == "too_slow"
    assert descent.regime(0.5 / L) == "converging"
    assert descent.regime(1.5 / L) == "oscillating"
    assert descent.regime(2.5 / L) == "diverging"


@pytest.mark.parametrize(
    ("factor", "monotone", "converges"),
    [(0.5, True, True), (1.5, False, True), (2.5, False, False)],
)
def test_regimes_behave_as_named(factor, monotone, converges):
    steps = descent.run_steps(0.0, 0.0, factor / descent.curvature(), 40)
    errors = [s.new_w - 2.0 for s in steps]
    assert all(e < 0 for e in errors) == monotone
    assert (abs(errors[-1]) < 1e-3) == converges


def test_divergence_is_cut_and_flagged():
    steps = descent.run_steps(1.0, 0.0, 1.0, 500)
    assert steps[-1].diverged and len(steps) < 500
    assert not any(s.diverged for s in steps[:-1])


@pytest.mark.parametrize("lr", [0.0, -0.1, float("nan"), float("inf")])
def test_bad_learning_rates_are_refused(lr):
    with pytest.raises(InputError):
        descent.gd_step(1.0, 0.0, lr)


def test_step_count_is_bounded():
    with pytest.raises(InputError):
        descent.run_steps(1.0, 0.0, 0.01, descent.MAX_STEPS + 1)


def test_gd_vs_sgd_both_converge_and_sgd_updates_more_often():
    rows = descent.gd_vs_sgd(1.0, 0.01, 30)
    gd = [r for r in rows if r["method"] == "GD"]
    sgd = [r for r in rows if r["method"] == "SGD"]
    assert len(sgd) == 3 * (len(gd) - 1) + 1
    assert sgd[-1]["cost"] < gd[-1]["cost"] < gd[0]["cost"]


def test_graph_node_gradients_equal_autograd():
    g = descent.graph_values(1.2)
    assert g["mean"][1] == 1.0
    assert g["square"][1] == pytest.approx([1 / 3] * 3)
    r = [1.2 * x - y for x, y in zip(descent.X_DATA, descent.Y_DATA, strict=True)]
    assert g["− y"][1] == pytest.approx([2 * v / 3 for v in r], rel=1e-5)
    assert g["w"][1] == pytest.approx(descent.gradient(1.2)[0], rel=1e-5)


def test_gradients_accumulate_until_zeroed():
    acc = descent.accumulation_demo(1.2, 3)
    assert acc == pytest.approx([acc[0], 2 * acc[0], 3 * acc[0]], rel=1e-5)
    assert descent.accumulation_demo(1.2, 3, zero_between=True) == pytest.approx([acc[0]] * 3)


@pytest.mark.parametrize("name", list(optimizers.DEFAULTS))
@pytest.mark.parametrize("surface", ["bowl", "rosenbrock", "himmelblau"])
def test_scratch_optimizers_equal_torch_optim_for_20_steps(name, surface):
    settings = dict(optimizers.DEFAULTS[name], lr=0.001)
    rows = optimizers.scratch_vs_torch(surface, (0.5, 1.5), name, settings, steps=20)
    assert len(rows) == 20
    assert max(r["max |difference|"] for r in rows) < 1e-6


@pytest.mark.parametrize("name", list(optimizers.DEFAULTS))
def test_all_optimizers_converge_on_the_bowl(name):
    ((path, diverged_at),) = optimizers.race("bowl", (-3.5, 2.0), {name: optimizers.DEFAULTS[name]}, 1500).values()
    assert diverged_at is None
    assert path[-1][2] < 1e-3


def test_saddle_ridge_stalls_and_a_perturbation_escapes():
    on_ridge = optimizers.race("saddle", (-1.8, 0.0), optimizers.DEFAULTS, 300)
    for path, _ in on_ridge.values():
        assert path[-1][1] == 0.0 and abs(path[-1][0]) < 0.1  # slid into the saddle point, stuck
    perturbed = optimizers.race("saddle", (-1.8, 1e-3), optimizers.DEFAULTS, 200)
    assert abs(perturbed["SGD"][0][-1][1]) < 0.1  # plain GD lingers near the saddle
    assert abs(perturbed["Momentum"][0][-1][1]) > 2 and abs(perturbed["Adam"][0][-1][1]) > 2
    ((gd_path, _),) = optimizers.race("saddle", (-1.8, 1e-3), {"SGD": optimizers.DEFAULTS["SGD"]}, 600).values()
    assert abs(gd_path[-1][1]) > 1  # plain GD escapes too, given time: y grows by (1 + 2 lr) per step


def test_rosenbrock_overflow_is_cut_at_divergence():
    ((path, diverged_at),) = optimizers.race("rosenbrock", (-1.5, 2.0), {"SGD": {"lr": 0.01}}, 100).values()
    assert diverged_at is not None and len(path) == diverged_at
    assert all(not is_divergent(f, path[0][2]) for _, _, f in path)  # every kept point passes the rule


def test_bad_optimizer_settings_raise():
    with pytest.raises(InputError):
        optimizers.race("bowl", (0, 1), {"SGD": {"lr": float("nan")}}, 10)
    with pytest.raises(InputError):
        optimizers.race("bowl", (0, 1), {"SGD": {"lr": 0.01}}, optimizers.MAX_STEPS + 1)

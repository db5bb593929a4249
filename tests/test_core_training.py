"""One training contract: the divergence rule, History, and every trainer honouring both."""

import math

import pytest
import torch

from core import descent, diabetes, linear, mnist, optimizers, rnn
from core.training import BLOW_UP, History, Progress, is_divergent


@pytest.mark.parametrize(
    ("loss", "first", "diverged"),
    [
        (math.nan, None, True),
        (math.inf, 1.0, True),
        (-math.inf, 1.0, True),
        (2.0, 1.0, False),
        (BLOW_UP * 5, 10.0, False),
        (BLOW_UP * 11, 10.0, True),
        (BLOW_UP * 0.5, 1e-9, False),
        (BLOW_UP * 2, 1e-9, True),  # a tiny start is measured against 1
    ],
)
def test_the_divergence_rule(loss, first, diverged):
    assert is_divergent(loss, first) is diverged


def test_history_keeps_finite_rows_and_names_the_step_it_stopped_at():
    seen: list[Progress] = []
    h = History()
    assert h.record(1, 3, 2.0, seen.append, acc=0.5) and h.record(2, 3, 1.0, seen.append)
    assert not h.record(3, 3, math.nan, seen.append)
    assert h.diverged_at == 3 and h.losses == [2.0, 1.0] and [p.step for p in seen] == [1, 2]
    assert not History().record(1, 1, 1.0, acc=math.nan)  # a NaN metric is divergence too


def test_linear_fit_diverges_by_the_rule_and_shows_no_nan():
    X, y = linear.synthetic_data([2, -3.4], 4.2, 1000, 0.01)
    run = linear.train_scratch(X, y, lr=5.0, num_epochs=3, batch_size=10)
    assert run.diverged_at == 1 and run.epoch_loss == []
    assert torch.isfinite(run.w).all() and math.isfinite(run.b)
    assert linear.agreement(run, linear.train_concise(X, y, lr=5.0)) is None  # nothing to compare after NaN


def test_the_stepper_stops_at_the_diverging_step_and_takes_no_more():
    s = descent.Stepper(1.0)
    s.advance(1.0, 500)
    assert s.diverged and len(s.history.rows) == s.history.diverged_at - 1
    assert all(not is_divergent(row["loss"], s.history.rows[0]["loss"]) for row in s.history.rows)
    assert s.advance(1.0, 5) == [] and len(s.table()) == len(s.history.rows)  # Step does nothing now


def test_the_race_cuts_a_diverging_trajectory():
    ((path, diverged_at),) = optimizers.race("rosenbrock", (-1.2, 1.0), {"SGD": {"lr": 0.01}}, 100).values()
    assert diverged_at is not None and len(path) == diverged_at


def poison(model):
    with torch.no_grad():
        next(model.parameters()).fill_(math.nan)
    return model


def test_nan_weights_stop_the_network_trainers_at_their_first_step(monkeypatch):
    split = diabetes.prepare(diabetes.load_frame(), seed=0)
    h = diabetes.train(poison(diabetes.build_model()), split, epochs=5)
    assert h.diverged_at == 1 and h.rows == []

    data = mnist.MnistTensors(
        torch.randint(0, 256, (64, 28, 28), dtype=torch.uint8),
        torch.randint(0, 10, (64,)),
        torch.randint(0, 256, (16, 28, 28), dtype=torch.uint8),
        torch.randint(0, 10, (16,)),
    )
    h = mnist.train(poison(mnist.build_model("cnn")), data, "course", 1, 16, device=torch.device("cpu"))
    assert h.diverged_at == 1 and h.rows == []

    real_build = rnn.build_model
    monkeypatch.setattr(rnn, "build_model", lambda *a: poison(real_build(*a)))
    run = rnn.train("cell", "hello", "ohlol", 5)
    assert run.history.diverged_at == 1 and run.predicted == [] and run.losses == []

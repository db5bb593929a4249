import math

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from core import softmax
from core.errors import InputError

logit = st.floats(-1e4, 1e4, allow_nan=False, width=32)
logit_lists = st.lists(logit, min_size=2, max_size=10)
modest_lists = st.lists(st.floats(-50, 50, allow_nan=False, width=32), min_size=2, max_size=10)


@given(logit_lists)
def test_softmax_is_a_distribution_and_matches_torch(values):
    o = torch.tensor(values)
    p = softmax.stable_softmax(o)
    assert torch.isfinite(p).all() and (p >= 0).all()
    assert p.sum().item() == pytest.approx(1.0, abs=1e-5)
    assert torch.allclose(p, torch.softmax(o, dim=0), atol=1e-6)


@given(modest_lists, st.floats(-1e3, 1e3, allow_nan=False, width=32))
def test_softmax_is_shift_invariant(values, c):
    before, after = softmax.shift_demo(values, c)
    assert torch.allclose(before, after, atol=1e-4)


@given(logit_lists)
def test_log_softmax_is_stable(values):
    o = torch.tensor(values)
    assert torch.allclose(softmax.log_softmax(o), torch.log_softmax(o, dim=0), atol=1e-3)


@given(modest_lists.filter(lambda v: len(set(v)) == len(v) and max(v) - sorted(v)[-2] > 1e-2))
@settings(max_examples=50)
def test_temperature_limits(values):
    o = torch.tensor(values)
    cold = softmax.stable_softmax(o, temperature=1e-4)
    assert cold.argmax() == o.argmax() and cold.max().item() > 0.99
    hot = softmax.stable_softmax(o, temperature=1e6)
    assert torch.allclose(hot, torch.full_like(hot, 1 / len(values)), atol=1e-3)


@given(modest_lists, st.data())
def test_cross_entropy_three_ways_agree(values, data):
    target = data.draw(st.integers(0, len(values) - 1))
    forms = list(softmax.cross_entropy_three_ways(values, target).values())
    assert max(forms) - min(forms) < 1e-4 * max(1.0, abs(forms[0]))


def test_naive_softmax_overflows_where_stable_does_not():
    demo = softmax.overflow_demo()
    assert torch.isnan(demo["naive"]).all()
    assert torch.allclose(demo["stable"], demo["reference (float64, shifted)"].float(), atol=1e-6)
    assert demo["stable"].tolist() == pytest.approx([0.0900, 0.2447, 0.6652], abs=1e-4)


def test_softmax_terms_write_out_the_formula():
    terms = softmax.softmax_terms([0.1, 10, 0.1], temperature=2.0)
    e = [math.exp((o - 10) / 2) for o in (0.1, 10, 0.1)]
    for term, ei in zip(terms, e, strict=True):
        assert term["exp(o/T − max)"] == pytest.approx(ei, rel=1e-5)
        assert term["p"] == pytest.approx(ei / sum(e), rel=1e-5)


def test_one_hot_target_matches_index_target():
    o = torch.tensor([[2.0, 1.0, 0.1]])
    assert F.cross_entropy(o, F.one_hot(torch.tensor([2]), 3).float()).item() == pytest.approx(
        softmax.cross_entropy_three_ways([2.0, 1.0, 0.1], 2)["F.cross_entropy(logits, index)"]
    )


@pytest.mark.parametrize(
    ("call", "key"),
    [
        (lambda: softmax.parse_logits("1, x"), "bad_logits"),
        (lambda: softmax.parse_logits("1"), "n_classes"),
        (lambda: softmax.parse_logits(",".join(["1"] * 11)), "n_classes"),
        (lambda: softmax.parse_logits("1, inf"), "not_finite"),
        (lambda: softmax.softmax_terms([1, 2], temperature=0), "out_of_range"),
        (lambda: softmax.cross_entropy_three_ways([1, 2], 2), "bad_target"),
    ],
)
def test_bad_input_raises_keyed_errors(call, key):
    with pytest.raises(InputError) as err:
        call()
    assert err.value.key == key


def test_parse_and_label_helpers():
    assert softmax.parse_logits("0.1， 10; 0.1") == pytest.approx([0.1, 10, 0.1])
    assert softmax.class_labels("a, a", 3) == ["a", "a (1)", "class 2"]

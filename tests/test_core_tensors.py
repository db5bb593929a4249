"""Broadcasting as the page explains it, against torch itself (the oracle)."""

import itertools

import pytest
import torch

from core import tensors
from core.errors import InputError

SHAPES = [s for n in range(0, 3) for s in itertools.product((1, 2, 3), repeat=n)] + [(2, 1, 3), (1, 3, 1)]


@pytest.mark.parametrize(("a", "b"), list(itertools.product(SHAPES, repeat=2)))
def test_the_written_rule_agrees_with_torch(a, b):
    steps = tensors.rule_steps(a, b)
    try:
        expected = tuple(torch.broadcast_shapes(a, b))
    except RuntimeError:
        expected = None
    written = None if any(s["result"] is None for s in steps) else tuple(s["result"] for s in steps)
    assert written == expected
    r = tensors.broadcast(torch.zeros(a), torch.zeros(b))
    assert r.shape == expected and (r.error is None) == (expected is not None)


def test_stretched_cells_are_the_expanded_tensor_and_mark_the_copies():
    a = tensors.make_tensor((3, 1))
    cells = tensors.stretched(a, (3, 4))
    assert [c["value"] for c in cells] == a.expand(3, 4).flatten().tolist()
    assert sum(not c["copy"] for c in cells) == 3  # each of a's own three elements once
    b = tensors.make_tensor((4,), offset=10)
    cells = tensors.stretched(b, (3, 4))
    assert [c["value"] for c in cells] == b.expand(3, 4).flatten().tolist()
    assert [c["copy"] for c in cells[:4]] == [False] * 4 and all(c["copy"] for c in cells[4:])


def test_values_and_shapes_are_parsed_or_explained():
    assert tensors.parse_shape("(3, 1)") == (3, 1) and tensors.parse_shape("") == ()
    assert tensors.make_tensor((2,), "1.5, -2").tolist() == [1.5, -2.0]
    for bad, key in [("3, x", "bad_shape"), ("9", "shape_range"), ("1,1,1,1,1", "shape_range")]:
        with pytest.raises(InputError) as err:
            tensors.parse_shape(bad)
        assert err.value.key == key
    with pytest.raises(InputError) as err:
        tensors.make_tensor((2, 2), "1, 2, 3")
    assert err.value.key == "value_count"


def test_the_three_traps_match_torch():
    trap = tensors.loss_shape_trap(4)
    assert trap["wrong"] == (4, 4) and trap["right"] == (4, 1) and trap["wrong_loss"] > 10 * trap["right_loss"]
    assert tensors.keepdim_trap(1, False)["error"] and tensors.keepdim_trap(1, True)["rows_sum_to_1"]
    assert not tensors.keepdim_trap(0, True)["rows_sum_to_1"] and tensors.keepdim_trap(0, True)["error"] is None
    view = tensors.contiguity_trap()
    assert view["view_error"] and not view["xt_contiguous"] and view["reshape"] == [0, 3, 1, 4, 2, 5]

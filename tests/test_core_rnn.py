import pytest
import torch

from core import rnn
from core.errors import InputError


def test_vocab_is_the_course_idx2char():
    assert rnn.build_vocab("hello", "ohlol") == ["e", "h", "l", "o"]
    assert rnn.encode("hello", ["e", "h", "l", "o"]).tolist() == [1, 0, 2, 2, 3]


@pytest.mark.parametrize(
    ("version", "shapes"),
    [
        (
            "cell",
            {"inputs": (5, 1, 4), "input x_t": (1, 4), "hidden h_t": (1, 4), "labels": (5, 1)},
        ),
        (
            "rnn",
            {
                "inputs": (5, 1, 4),
                "h_0": (1, 1, 4),
                "out": (5, 1, 4),
                "out.view(-1, hidden)": (5, 4),
                "labels": (5,),
            },
        ),
        (
            "embedding",
            {
                "inputs": (1, 5),
                "embedding": (1, 5, 10),
                "h_0": (2, 1, 8),
                "rnn out": (1, 5, 8),
                "h_n": (2, 1, 8),
                "fc": (1, 5, 4),
                "view(-1, num_class)": (5, 4),
                "labels": (5,),
            },
        ),
    ],
)
def test_shapes_at_every_stage(version, shapes):
    got = {name: tuple(shape) for name, shape in rnn.stage_shapes(version, "hello", "ohlol")}
    for name, shape in shapes.items():
        assert got[name] == shape, name


def test_course_models_have_the_course_layers():
    cell = rnn.build_model("cell", 4, 0)
    assert (cell.rnncell.input_size, cell.rnncell.hidden_size) == (4, 4)
    emb = rnn.build_model("embedding", 4, 0)
    assert emb.emb.weight.shape == (4, 10) and emb.rnn.num_layers == 2 and emb.rnn.batch_first
    assert emb.fc.weight.shape == (4, 8)


@pytest.mark.parametrize("version", rnn.VERSIONS)
def test_pinned_seed_predicts_ohlol_within_15_epochs(version):
    seen = []
    run = rnn.train(version, callback=seen.append)  # course settings: Adam lr 0.1, 15 epochs, pinned seed
    assert run.seed == rnn.PINNED_SEEDS[version]
    assert run.predicted[-1] == "ohlol"
    assert run.first_correct is not None and run.first_correct <= 15
    assert [p.step for p in seen] == list(range(1, 16))
    assert seen[-1].metrics["correct"] == 1.0
    assert run.losses[-1] < run.losses[0]


@pytest.mark.parametrize("version", rnn.VERSIONS)
def test_another_pair_is_learned(version):
    run = rnn.train(version, "abcd", "dcba", epochs=30, seed=0)
    assert run.predicted[-1] == "dcba"


@pytest.mark.parametrize("version", rnn.VERSIONS)
def test_history_shapes(version):
    run = rnn.train(version, epochs=7)
    hidden_size = 8 if version == "embedding" else 4
    assert torch.tensor(run.hidden).shape == (7, 5, hidden_size)
    probs = torch.tensor(run.probs)
    assert probs.shape == (7, 5, 4)
    assert torch.allclose(probs.sum(-1), torch.ones(7, 5), atol=1e-5)


def test_cell_and_rnn_versions_agree():
    a, b = rnn.train("cell", seed=5), rnn.train("rnn", seed=5)
    assert a.predicted == b.predicted
    assert a.losses[0] == pytest.approx(5 * b.losses[0], rel=1e-4)  # sum over 5 steps vs mean


def test_printout_matches_the_course():
    run = rnn.train("cell", epochs=2)
    assert run.printout()[1].startswith(f"Predicted string: {run.predicted[1]}, Epoch [2/2] loss=")


def test_training_leaves_the_global_rng_alone():
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    rnn.train("rnn", epochs=2)
    assert torch.equal(torch.rand(3), expected)


def test_across_seeds_counts():
    rows = rnn.across_seeds("cell", seeds=range(4), epochs=30)
    assert [r["seed"] for r in rows] == [0, 1, 2, 3]
    for r in rows:
        run = rnn.train("cell", seed=r["seed"], epochs=30)
        assert r["first_correct"] == run.first_correct
        assert r["stable_by"] == rnn.stably_correct_by(run, 15)


def test_stably_correct_requires_staying_correct():
    run = rnn.RNNRun("cell", [], "ab", "ba", 0, predicted=["aa", "ba", "aa", "ba"], first_correct=2)
    assert not rnn.stably_correct_by(run, 3)
    assert rnn.stably_correct_by(run, 2)
    assert not rnn.stably_correct_by(run, 1)


@pytest.mark.parametrize(
    ("source", "target", "key"),
    [("", "", "rnn_empty"), ("hello", "ohlo", "rnn_length"), ("a" * 33, "b" * 33, "rnn_too_long")],
)
def test_invalid_strings_raise_clear_errors(source, target, key):
    with pytest.raises(InputError) as err:
        rnn.train("cell", source, target)
    assert err.value.key == key

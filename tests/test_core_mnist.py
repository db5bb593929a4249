import json
import sys
from dataclasses import replace

import numpy as np
import pytest
import torch
from torch import nn

from core import mnist
from core.errors import DataMissingError, InputError


@pytest.fixture(scope="module")
def data():
    return mnist.preload()


def blank(h=280, w=280):
    img = np.zeros((h, w, 4), np.uint8)
    img[..., 3] = 255
    return img


def stroke(mask):
    img = blank()
    img[mask, :3] = 255
    return img


YY, XX = np.mgrid[:280, :280]


def test_preloaded_tensors_are_mnist_bytes_and_batches_are_normalised(data):
    """Kept as uint8 (55 MB, not 220 MB); a normalised batch is what ToTensor + Normalize give."""
    from torchvision import transforms

    assert data.x_train.shape == (60000, 28, 28) and data.x_test.shape == (10000, 28, 28)
    assert data.x_train.dtype == torch.uint8
    x = mnist.normalise(data.x_train)
    assert x.shape == (60000, 1, 28, 28)
    assert x.mean().item() == pytest.approx(0.0, abs=1e-3) and x.std().item() == pytest.approx(1.0, abs=1e-3)
    course = transforms.Normalize((mnist.MEAN,), (mnist.STD,))(transforms.ToTensor()(data.x_train[7].numpy()))
    torch.testing.assert_close(mnist.normalise(data.x_train[7:8])[0], course)
    counts = torch.bincount(data.y_train).tolist()
    assert counts == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]


def test_missing_mnist_names_the_directory(tmp_path, monkeypatch):
    import torchvision

    monkeypatch.setattr(torchvision.datasets.MNIST, "mirrors", ["http://127.0.0.1:9/"])
    with pytest.raises(DataMissingError) as err:
        mnist.mnist_dataset(True, tmp_path)
    assert str(tmp_path / "MNIST" / "raw") in str(err.value) and "train-images-idx3-ubyte" in str(err.value)


def test_off_centre_stroke_ends_up_centred():
    x, image = mnist.preprocess_canvas(stroke((np.abs(XX - 250) < 8) & (YY > 10) & (YY < 110)))
    assert x.shape == (1, 1, 28, 28)
    ys, xs = torch.meshgrid(torch.arange(28.0), torch.arange(28.0), indexing="ij")
    cy, cx = (image * ys).sum() / image.sum(), (image * xs).sum() / image.sum()
    assert abs(cy - 13.5) <= 0.6 and abs(cx - 13.5) <= 0.6
    rows = torch.nonzero(image.sum(1) > 0.05).flatten()
    assert 19 <= rows[-1] - rows[0] + 1 <= 21  # the longer side scaled to 20 px


def test_aspect_ratio_is_kept():
    _, wide = mnist.preprocess_canvas(stroke((np.abs(YY - 140) < 20) & (XX > 40) & (XX < 240)))  # 200 x 40
    cols = torch.nonzero(wide.sum(0) > 0.05).flatten()
    rows = torch.nonzero(wide.sum(1) > 0.05).flatten()
    width, height = cols[-1] - cols[0] + 1, rows[-1] - rows[0] + 1
    assert 19 <= width <= 21 and 3 <= height <= 6


def test_empty_tiny_and_full_canvases():
    assert mnist.preprocess_canvas(blank()) is None
    assert mnist.preprocess_canvas(stroke((np.abs(XX - 100) < 2) & (np.abs(YY - 100) < 2))) is None
    full = mnist.preprocess_canvas(stroke(np.ones((280, 280), bool)))
    assert full is not None and torch.isfinite(full[0]).all()
    with pytest.raises(InputError):
        mnist.preprocess_canvas(np.zeros((28, 28)))


@pytest.mark.parametrize("kind", ["cnn", "fc"])
def test_shipped_checkpoints_load_safely_and_score(kind, data):
    state = torch.load(mnist.weights_path(kind), weights_only=True)
    assert all(isinstance(v, torch.Tensor) for v in state.values())
    assert mnist.weights_path(kind).stat().st_size < 2 * 1024 * 1024
    model = mnist.load_pretrained(kind)
    assert not model.training
    accuracy = mnist.evaluate(model, data.x_test, data.y_test)["accuracy"]
    recorded = json.loads((mnist.WEIGHTS_DIR / "mnist_metrics.json").read_text())[kind]["test_accuracy"]
    assert accuracy == pytest.approx(recorded, abs=5e-4)
    assert accuracy >= (0.99 if kind == "cnn" else 0.97)


def test_canvas_digits_are_read(data):
    model = mnist.load_pretrained("cnn")
    one = stroke((np.abs(XX - 170) < 9) & (YY > 40) & (YY < 240))
    zero = stroke(np.abs(((XX - 140) / 60) ** 2 + ((YY - 140) / 95) ** 2 - 1) < 0.18)
    assert mnist.predict(model, mnist.preprocess_canvas(one)[0]).argmax().item() == 1
    assert mnist.predict(model, mnist.preprocess_canvas(zero)[0]).argmax().item() == 0


def test_short_training_run_on_a_subset(data):
    model = mnist.build_model("cnn", seed=0)
    seen = []
    history = mnist.train(model, data, "fast", 1, 128, 0, seen.append, torch.device("cpu"), train_subset=6400)
    assert len(seen) == 50 // 20 + 1 and seen[-1].step == 50 and seen[-1].total == 50
    assert history.rows[-1]["test_acc"] >= 0.90  # 50 steps of 128 images: stated bar 90%


def test_a_step_never_waits_for_the_device_only_a_report_does(data, monkeypatch):
    """On a GPU every .item() waits for the queued steps to finish; the loop reads the device only when it
    reports (every 20 steps here) and when it evaluates. Counted here on the CPU, where the same code runs:
    the reads the training loop makes itself (torch.optim's own reads of its CPU step counters never wait)."""
    reads = []
    real_item = torch.Tensor.item

    def item(tensor):
        if sys._getframe(1).f_code.co_filename == mnist.__file__:
            reads.append(1)
        return real_item(tensor)

    monkeypatch.setattr(torch.Tensor, "item", item)
    model = mnist.build_model("cnn", seed=0)
    history = mnist.train(model, data, "fast", 1, 128, 0, device=torch.device("cpu"), train_subset=6400)
    reports = len(history.rows)
    assert history.rows[-1]["step"] == 50 and reports == 3
    assert len(reads) <= 2 * reports + 2  # loss and accuracy per report, the first loss, the test accuracy


def test_course_recipe_learns(data):
    model = mnist.build_model("cnn", seed=0)
    history = mnist.train(model, data, "course", 1, 32, 0, device=torch.device("cpu"), train_subset=6400)
    assert history.rows[-1]["test_acc"] > 0.85  # 200 course steps (SGD 0.01, momentum 0.5): 91% measured


def test_principal_patterns_whiten_the_strongest_directions():
    """Oracle: data with a known diagonal covariance (std 3, 2, 1, 0.5 along the axes). PCA's two
    strongest directions are the first two axes; whitened, each filter's output has variance ~1,
    and the second half is the first with its sign flipped."""
    rows = torch.randn(200_000, 4, generator=torch.Generator().manual_seed(0)) * torch.tensor([3.0, 2.0, 1.0, 0.5])
    filters = mnist.principal_patterns(rows, 4)
    assert filters.shape == (4, 4)
    assert torch.equal(filters[2:], -filters[:2])
    unit = filters[:2] / filters[:2].norm(dim=1, keepdim=True)
    assert unit.abs().diag().tolist() == pytest.approx([1.0, 1.0], abs=1e-3)
    out = rows @ filters[:2].T
    assert out.var(0).tolist() == pytest.approx([1.0, 1.0], rel=0.02)
    assert torch.corrcoef(out.T)[0, 1].abs().item() < 0.01


def test_frozen_recipe_never_changes_conv1_and_computes_no_gradient_for_it(data):
    model = mnist.build_model("cnn", seed=0)
    history = mnist.train(model, data, "frozen", 1, 128, 0, device=torch.device("cpu"), train_subset=6400)
    started = mnist.build_model("cnn", seed=0)
    params = mnist.prepare(started, mnist.RECIPE_SETTINGS["frozen"], data.x_train[:6400], seed=0)
    assert torch.equal(model.conv1.weight, started.conv1.weight)  # exactly where the recipe put it
    assert model.conv1.weight.grad is None and model.conv2.weight.grad is not None
    assert all(p is not started.conv1.weight for p in params) and len(params) == 4  # conv2, fc
    # conv1 holds the data's principal 5x5 patterns: its 10 filters come in +/- pairs
    assert torch.equal(model.conv1.weight[5:], -model.conv1.weight[:5])
    assert history.rows[-1]["test_acc"] >= 0.93  # 50 steps of 128 images: 95.1% measured


@pytest.mark.parametrize("memory_format", [torch.contiguous_format, torch.channels_last])
def test_the_frozen_forward_pools_conv1_in_its_convolution_and_computes_what_net_forward_does(data, memory_format):
    """Oracle: the course Net's own forward, and its first block written out as the course writes it."""
    model = mnist.build_model("cnn", seed=3)
    mnist.prepare(model, mnist.RECIPE_SETTINGS["frozen"], data.x_train[:512], seed=3)
    model.to(memory_format=memory_format)
    nn.init.normal_(model.conv1.bias)  # prepare() zeroes it: a bias must still come out right
    images = mnist.normalise(data.x_train[:300])
    with torch.no_grad():
        course_block = torch.relu(model.pooling(model.conv1(images)))
        expected = model(images)
    pooled = mnist.pooled_first_block(model)(images)
    assert pooled.shape == (300, 10, 12, 12)
    torch.testing.assert_close(pooled, course_block, rtol=1e-6, atol=1e-6)
    outputs = mnist.frozen_forward(model)(images)
    torch.testing.assert_close(outputs, expected, rtol=1e-5, atol=1e-5)
    assert (outputs.argmax(1) == expected.argmax(1)).all()


def test_fast_recipe_keeps_conv1_at_its_start_for_the_first_30_percent_of_steps_then_trains_it(data):
    """Oracle: the recipe's own starting point (prepare) and the step count: 50 steps, so conv1 thaws
    after step 15; a report every 5 steps looks at conv1."""
    model = mnist.build_model("cnn", seed=0)
    started = mnist.build_model("cnn", seed=0)
    mnist.prepare(started, mnist.RECIPE_SETTINGS["fast"], data.x_train[:6400], seed=0)
    unchanged = {}

    def look(progress):
        unchanged[progress.step] = torch.equal(model.conv1.weight.detach(), started.conv1.weight)

    cpu = torch.device("cpu")
    history = mnist.train(model, data, "fast", 1, 128, 0, look, cpu, report_every=5, train_subset=6400)
    assert mnist.RECIPE_SETTINGS["fast"].thaw_at == 0.3
    assert [step for step, same in unchanged.items() if same] == [5, 10, 15]
    assert model.conv1.weight.requires_grad and history.rows[-1]["test_acc"] >= 0.90


def test_hardest_recipe_revisits_exactly_each_first_epoch_batchs_highest_loss_third(data):
    """Oracle: the losses recomputed from what the model output for each first-epoch batch (a forward
    hook), with the recipe's label smoothing; each batch's 32 highest (a quarter of 128) are the only
    images the second epoch trains on, 12 batches of them (32 x 50 remembered // 128)."""
    images = 6400
    row_of = {bytes(image.numpy()): row for row, image in enumerate(data.x_train[:images])}
    recipe = mnist.RECIPE_SETTINGS["hardest"]
    training_batches = []

    def seen(module, inputs, outputs):
        if module.training:  # not the test-set evaluations at the end of each epoch
            training_batches.append((inputs[0].detach().clone(), outputs.detach().clone()))

    model = mnist.build_model("cnn", seed=0)
    model.register_forward_hook(seen)
    history = mnist.train(model, data, "hardest", 2, 128, 0, device=torch.device("cpu"), train_subset=images)

    def rows(batch_inputs):
        pixels = (batch_inputs[:, 0] * mnist.STD + mnist.MEAN) * 255  # normalise() undone
        return torch.tensor([row_of[bytes(image.numpy())] for image in pixels.round().to(torch.uint8)])

    first, second = training_batches[:50], training_batches[50:]
    assert len(second) == 12 and [len(inputs) for inputs, _ in second] == [128] * 12
    expected = set()
    for inputs, outputs in first:
        batch_rows = rows(inputs)
        targets = data.y_train[batch_rows]
        losses = torch.nn.functional.cross_entropy(
            outputs.float(), targets, label_smoothing=recipe.label_smoothing, reduction="none"
        )
        expected.update(batch_rows[losses.topk(32).indices].tolist())
    revisited = torch.cat([rows(inputs) for inputs, _ in second]).tolist()
    assert len(expected) == 32 * 50 and len(set(revisited)) == len(revisited) == 12 * 128
    assert set(revisited) <= expected
    assert recipe.revisit_hardest == 0.25
    assert [row["step"] for row in history.rows if "test_acc" in row] == [50, 62]  # each epoch's end
    assert history.rows[-1]["test_acc"] >= 0.95


def test_a_fast_run_stopped_before_conv1_thaws_leaves_conv1_trainable(data):
    """A learner's Stop arrives as an exception from the progress callback (ui/training.py)."""

    class Stopped(Exception):
        pass

    def stop(progress):
        raise Stopped

    model = mnist.build_model("cnn", seed=0)
    cpu = torch.device("cpu")
    with pytest.raises(Stopped):
        mnist.train(model, data, "fast", 1, 128, 0, stop, cpu, report_every=5, train_subset=6400)
    assert model.conv1.weight.requires_grad and model.conv1.bias.requires_grad


def test_the_page_reuses_the_evaluation_training_made_at_its_end_and_evaluates_anew_after_a_stop(data):
    """Oracle: evaluate() of the model as training left it, run here."""
    cpu = torch.device("cpu")
    model = mnist.build_model("cnn", seed=0)
    history = mnist.train(model, data, "frozen", 1, 128, 0, device=cpu, train_subset=3200)
    kept = mnist.final_evaluation(model, history, data.x_test, data.y_test)
    assert kept is history.evaluation[1] and history.evaluation[0] == history.rows[-1]["step"] == 25
    fresh = mnist.evaluate(model, data.x_test, data.y_test)
    assert kept["accuracy"] == fresh["accuracy"] == history.rows[-1]["test_acc"]
    assert torch.equal(kept["confusion"], fresh["confusion"]) and torch.equal(kept["predictions"], fresh["predictions"])

    class Stopped(Exception):
        pass

    def stop_in_epoch_two(progress):
        if progress.step > 25:  # a report inside the second epoch: the weights moved since the evaluation
            raise Stopped

    history = mnist.History()
    with pytest.raises(Stopped):
        mnist.train(model, data, "frozen", 2, 128, 0, stop_in_epoch_two, cpu, train_subset=3200, history=history)
    assert history.evaluation[0] == 25 and history.rows[-1]["step"] == 40
    after_stop = mnist.final_evaluation(model, history, data.x_test, data.y_test)
    assert after_stop is not history.evaluation[1]
    assert torch.equal(after_stop["predictions"], mnist.evaluate(model, data.x_test, data.y_test)["predictions"])


def test_fast_recipe_starts_from_pca_and_a_zero_head_then_trains_every_layer(data):
    model = mnist.build_model("cnn", seed=0)
    recipe = mnist.RECIPE_SETTINGS["fast"]
    params = mnist.prepare(model, recipe, data.x_train, seed=0)
    assert len(params) == 6 and not model.fc.weight.any()
    with torch.no_grad():
        logits = model(mnist.normalise(data.x_test[:8]))
    assert torch.allclose(logits, model.fc.bias.expand(8, 10))  # every digit equally likely at step 0
    started = mnist.build_model("cnn", seed=0)
    mnist.prepare(started, recipe, data.x_train[:1280], seed=0)  # where train() starts on these images
    trained = mnist.build_model("cnn", seed=0)
    mnist.train(trained, data, "fast", 1, 128, 0, device=torch.device("cpu"), train_subset=1280)
    assert not torch.equal(trained.conv1.weight, started.conv1.weight)
    assert trained.conv1.weight.grad is not None


def test_unknown_recipe_is_refused(data):
    with pytest.raises(InputError):
        mnist.train(mnist.build_model("cnn"), data, "sgd-please", 1, 128, train_subset=256)


def test_feature_map_shapes():
    c1, c2 = mnist.build_model("cnn").feature_maps(torch.zeros(1, 1, 28, 28))
    assert c1.shape == (10, 24, 24) and c2.shape == (20, 8, 8)


def test_architecture_summary():
    rows = {r["layer"]: r for r in mnist.summary(mnist.build_model("cnn"))}
    assert rows["conv1: Conv2d"]["output shape"] == "(1, 10, 24, 24)"
    assert rows["fc: Linear"]["parameters"] == 3210
    assert rows["total"]["parameters"] == 260 + 5020 + 3210  # 8,490: conv1, conv2, fc
    fc_total = mnist.summary(mnist.build_model("fc"))[-1]["parameters"]
    assert fc_total == 784 * 512 + 512 + 512 * 256 + 256 + 256 * 128 + 128 + 128 * 64 + 64 + 64 * 10 + 10


@pytest.mark.parametrize(("n", "k", "p", "s"), [(28, 5, 0, 1), (5, 3, 1, 1), (7, 3, 0, 2), (32, 5, 2, 3), (6, 6, 0, 1)])
def test_output_size_formula_matches_conv2d(n, k, p, s):
    out = nn.Conv2d(1, 1, k, stride=s, padding=p)(torch.zeros(1, 1, n, n))
    assert mnist.conv_output_size(n, k, p, s) == out.shape[-1]
    with pytest.raises(InputError):
        mnist.conv_output_size(3, 5, 0, 1)


def test_course_conv_and_pool_examples():
    out = mnist.conv_example()
    assert out.shape == (3, 3)
    assert out[0, 0].item() == float((mnist.EXAMPLE_INPUT[:3, :3] * mnist.EXAMPLE_KERNEL).sum())
    assert mnist.conv_example(padding=1).shape == (5, 5)
    assert mnist.pool_example().tolist() == [[4.0, 8.0], [9.0, 8.0]]


def test_the_recipes_settings_come_from_held_out_training_images_not_the_test_set(data):
    """scripts/choose_mnist_recipe.py judges candidates on `held_out`: the last 10,000 training images,
    which the page's default training (its first 40,000 images) never sees; the test split stays out."""
    from ui.topics.mnist_cnn import SETTINGS

    split = mnist.held_out(data)
    assert torch.equal(split.x_test, data.x_train[-10_000:]) and torch.equal(split.y_test, data.y_train[-10_000:])
    assert torch.equal(split.x_train, data.x_train[:50_000]) and len(split.y_train) == 50_000
    assert SETTINGS["mn_images"].default <= len(split.x_train), "the default trains on none of the held-out images"


def test_a_recipe_variant_trains_as_its_recipe_with_its_own_rate(data):
    """scripts/choose_mnist_recipe.py passes Recipe variants: the frozen recipe at another peak rate
    still keeps conv1 where it started, and the rate reaches the optimizer (OneCycle's peak)."""
    variant = replace(mnist.RECIPE_SETTINGS["frozen"], lr=0.02)
    model = mnist.build_model("cnn", seed=0)
    started = mnist.build_model("cnn", seed=0)
    mnist.prepare(started, variant, data.x_train[:1280], seed=0)
    history = mnist.train(model, data, variant, 1, 128, 0, device=torch.device("cpu"), train_subset=1280)
    assert torch.equal(model.conv1.weight.cpu().contiguous(), started.conv1.weight.contiguous())
    assert history.rows and history.rows[-1]["test_acc"] > 0.5
    optimizer, _ = mnist.make_optimizer(variant, [torch.zeros(1, requires_grad=True)], 10)
    assert optimizer.param_groups[0]["max_lr"] == 0.02

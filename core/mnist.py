"""MNIST, Liu Er lectures 9-11: the fully connected net, the CNN, and reading a digit drawn on a canvas."""

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from core.compute import pick_device
from core.data_dir import data_dir
from core.errors import DataMissingError, InputError, check_int
from core.training import Callback, History, is_divergent, seeded

MEAN, STD = 0.1307, 0.3081  # the course's Normalize((0.1307,), (0.3081,))
RAW_FILES = [
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
]
WEIGHTS_DIR = Path(__file__).resolve().parent.parent / "models"
MAX_EPOCHS = 20


# ---------------------------------------------------------------- data


def mnist_dataset(train: bool, root=None, transform=None):
    """torchvision's MNIST from <data dir>/MNIST/raw; downloads when online, else a clear error."""
    import torchvision

    root = Path(root) if root is not None else data_dir()
    try:
        return torchvision.datasets.MNIST(str(root), train=train, download=True, transform=transform)
    except (RuntimeError, OSError) as exc:
        missing = [f for f in RAW_FILES if not (root / "MNIST" / "raw" / f).exists()]
        raise DataMissingError(root / "MNIST" / "raw", ", ".join(missing) or RAW_FILES[0], str(exc)[:200]) from exc


@dataclass
class MnistTensors:
    """Whole splits as tensors, loaded once and kept as the file's bytes: uint8 takes 55 MB where
    float32 took 220 MB in a server shared by a class. Each batch is normalised as it is used."""

    x_train: torch.Tensor  # (60000, 28, 28) uint8, 0..255
    y_train: torch.Tensor
    x_test: torch.Tensor  # (10000, 28, 28) uint8
    y_test: torch.Tensor


def normalise(images_uint8: torch.Tensor) -> torch.Tensor:
    """What ToTensor() + Normalize((0.1307,), (0.3081,)) do to each image, for a whole batch at once:
    (B, 28, 28) uint8 -> (B, 1, 28, 28) float32."""
    return ((images_uint8.float() / 255.0 - MEAN) / STD).unsqueeze(1)


def load_split(train: bool, root=None) -> tuple[torch.Tensor, torch.Tensor]:
    """(images, labels) of one split: the dataset's own uint8 tensors, no copy. The training split
    reads in 40-150 ms here once the files are in the page cache."""
    dataset = mnist_dataset(train, root)
    return dataset.data, dataset.targets


def preload(root=None) -> MnistTensors:
    return MnistTensors(*load_split(True, root), *load_split(False, root))


# The last 10,000 training images are where the recipes' settings were chosen
# (scripts/choose_mnist_recipe.py): the test set is only ever used to report the result.
VALIDATION_IMAGES = 10_000


def held_out(data: MnistTensors) -> MnistTensors:
    """The training split cut in two: the first 50,000 images to train on, the last 10,000 in the
    place of the test split, to choose settings on."""
    cut = len(data.x_train) - VALIDATION_IMAGES
    return MnistTensors(data.x_train[:cut], data.y_train[:cut], data.x_train[cut:], data.y_train[cut:])


def course_loader(root=None, batch_size=32, train=True):
    """The course's pipeline, for comparison: per-sample ToTensor + Normalize inside a DataLoader."""
    from torchvision import transforms

    transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((MEAN,), (STD,))])
    dataset = mnist_dataset(train, root, transform)
    return torch.utils.data.DataLoader(dataset, batch_size=batch_size, shuffle=train)


# ---------------------------------------------------------------- the course's two models


class FCNet(nn.Module):
    """Lecture 9: 784-512-256-128-64-10 with ReLU."""

    def __init__(self):
        super().__init__()
        self.l1 = nn.Linear(784, 512)
        self.l2 = nn.Linear(512, 256)
        self.l3 = nn.Linear(256, 128)
        self.l4 = nn.Linear(128, 64)
        self.l5 = nn.Linear(64, 10)

    def forward(self, x):
        x = x.view(-1, 784)
        x = F.relu(self.l1(x))
        x = F.relu(self.l2(x))
        x = F.relu(self.l3(x))
        x = F.relu(self.l4(x))
        return self.l5(x)


class Net(nn.Module):
    """Lectures 10-11: Conv2d(1,10,5) -> ReLU -> MaxPool2d(2) -> Conv2d(10,20,5) -> ReLU -> MaxPool2d(2) -> Linear(320,10)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 10, kernel_size=5)
        self.conv2 = nn.Conv2d(10, 20, kernel_size=5)
        self.pooling = nn.MaxPool2d(2)
        self.fc = nn.Linear(320, 10)

    def forward(self, x):
        batch_size = x.size(0)
        x = F.relu(self.pooling(self.conv1(x)))
        x = F.relu(self.pooling(self.conv2(x)))
        x = x.reshape(batch_size, -1)  # the course's view(), but also valid for channels_last tensors
        return self.fc(x)

    def feature_maps(self, x):
        """conv1's output (10x24x24) and conv2's (20x8x8) for one image, before pooling."""
        c1 = self.conv1(x)
        c2 = self.conv2(F.relu(self.pooling(c1)))
        return c1[0], c2[0]


MODELS = {"cnn": Net, "fc": FCNet}


def build_model(kind: str, seed=0) -> nn.Module:
    if kind not in MODELS:
        raise InputError("model_kind", "unknown model {name}", name=kind)
    return seeded(MODELS[kind], seed)


def summary(model: nn.Module) -> list[dict]:
    """Layer, output shape and parameter count, measured with a forward pass of one image."""
    rows, hooks = [], []
    for name, module in model.named_children():

        def hook(mod, inp, out, name=name):
            params = sum(p.numel() for p in mod.parameters())
            rows.append(
                {
                    "layer": f"{name}: {mod.__class__.__name__}",
                    "output shape": str(tuple(out.shape)),
                    "parameters": params,
                }
            )

        hooks.append(module.register_forward_hook(hook))
    with torch.no_grad():
        model(torch.zeros(1, 1, 28, 28))
    for h in hooks:
        h.remove()
    rows.append(
        {
            "layer": "total",
            "output shape": "",
            "parameters": sum(p.numel() for p in model.parameters()),
        }
    )
    return rows


# ---------------------------------------------------------------- training


@dataclass(frozen=True)
class Recipe:
    """How a model is trained. The course's recipe is plain SGD; the fast ones add what makes one
    pass over the data count for more, and the fastest stops backprop before the first layer."""

    adam: bool  # Adam + OneCycleLR, else the course's SGD(momentum=0.5) at a fixed rate
    lr: float  # SGD's rate, or OneCycle's peak
    label_smoothing: float = 0.0  # a little probability on every class: less overconfident early steps
    pca_start: bool = False  # the first layer starts at the data's principal patterns, not at random
    freeze_first: bool = False  # ...and stays there: no gradient for it, and none flows below layer 2
    zero_head: bool = False  # the last layer starts at zero: every digit equally likely at step 0
    # ...or stays at its start for this share of the steps and trains after it: the early steps, which
    # move the layers above most, cost what the fastest recipe's do (no gradient for the first layer)
    thaw_at: float = 0.0
    # After the first epoch, each epoch goes over only this share of the images: from each of the
    # first epoch's batches, the ones it found hardest (highest loss), remembered as it trained on them.
    # Most digits are learnt in one pass; the later passes spend their steps where the errors are.
    revisit_hardest: float = 0.0


RECIPE_SETTINGS = {
    "course": Recipe(adam=False, lr=0.01),
    "fast": Recipe(adam=True, lr=0.01, label_smoothing=0.1, pca_start=True, zero_head=True, thaw_at=0.3),
    "frozen": Recipe(adam=True, lr=0.01, label_smoothing=0.1, pca_start=True, freeze_first=True, zero_head=True),
    "hardest": Recipe(
        adam=True, lr=0.01, label_smoothing=0.1, pca_start=True, zero_head=True, thaw_at=0.3, revisit_hardest=0.25
    ),
}
RECIPES = tuple(RECIPE_SETTINGS)
# Images sampled to estimate the first layer's input covariance: 256 give the CNN 147k 5x5 patches
# for a 25-dim covariance; the FC net's 784-dim covariance needs a few thousand whole images.
PCA_SAMPLE_IMAGES = {"cnn": 256, "fc": 4096}


def fast_bf16(device: torch.device) -> bool:
    """bfloat16 pays off only with hardware support: oneDNN on AVX-512/AMX CPUs, or a bf16-capable GPU."""
    if device.type == "cuda":
        return torch.cuda.is_bf16_supported()
    return (
        device.type == "cpu" and torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported()
    )


def recipe_settings(recipe: str | Recipe) -> Recipe:
    """A recipe by its name on the page, or a Recipe itself (scripts/choose_mnist_recipe.py tries variants)."""
    if isinstance(recipe, Recipe):
        return recipe
    if recipe not in RECIPE_SETTINGS:
        raise InputError("recipe", "unknown recipe {name}", name=recipe)
    return RECIPE_SETTINGS[recipe]


def layer_inputs(model: nn.Module, images_uint8: torch.Tensor) -> torch.Tensor:
    """What the first layer multiplies by its weights, one row each: 5x5 patches for the CNN's conv1,
    whole flattened images for the FC net's l1."""
    x = normalise(images_uint8)
    if isinstance(model, Net):
        return F.unfold(x, model.conv1.kernel_size).transpose(1, 2).reshape(-1, model.conv1.weight[0].numel())
    return x.reshape(len(x), -1)


def principal_patterns(rows: torch.Tensor, count: int) -> torch.Tensor:
    """`count` filters from PCA of `rows`: the count/2 strongest principal directions, each scaled
    to unit variance on the data (whitened) and kept with both signs, since a ReLU follows and would
    otherwise discard the negative half. The same idea as airbench's frozen whitening layer."""
    centred = rows - rows.mean(0)
    variances, directions = torch.linalg.eigh(centred.T @ centred / len(rows))  # ascending order
    half = count // 2
    top = directions[:, -half:].T.flip(0) / (variances[-half:].flip(0).sqrt() + 1e-2)[:, None]
    return torch.cat([top, -top])


def first_and_last(model: nn.Module) -> tuple[nn.Conv2d | nn.Linear, nn.Linear]:
    if isinstance(model, Net):
        return model.conv1, model.fc
    if isinstance(model, FCNet):
        return model.l1, model.l5
    raise InputError("model_kind", "unknown model {name}", name=type(model).__name__)


@torch.no_grad()
def prepare(model: nn.Module, recipe: Recipe, x_train: torch.Tensor, seed=0) -> list[nn.Parameter]:
    """Applies the recipe's starting point to `model` and returns the parameters to optimise."""
    first, last = first_and_last(model)
    if recipe.pca_start:
        gen = torch.Generator().manual_seed(int(seed))
        count = PCA_SAMPLE_IMAGES["cnn" if isinstance(model, Net) else "fc"]
        sample = x_train[torch.randperm(len(x_train), generator=gen)[:count]]
        patterns = principal_patterns(layer_inputs(model, sample), int(first.weight.shape[0]))
        first.weight.copy_(patterns.reshape(first.weight.shape))
        if first.bias is not None:
            first.bias.zero_()
    if recipe.zero_head:
        last.weight.zero_()
    first.requires_grad_(not recipe.freeze_first)
    return [p for p in model.parameters() if p.requires_grad]


def pooled_first_block(model: Net):
    """relu(max_pool2d(conv1(x), 2)) of a Net whose conv1 no longer changes, as one stride-2 convolution.

    A 2x2 max-pool after a convolution keeps, for each output pixel, the largest of four convolutions
    at offsets (0,0), (0,1), (1,0) and (1,1), each with stride 2. A 6x6 kernel holding the 5x5 one at
    each offset computes the four together, and no 24x24 map is written and pooled: conv1's block of
    the fastest recipe takes 38% less time (AVX2, fp32), and its result is the same up to float rounding.
    """
    conv = model.conv1
    size = conv.kernel_size[0]
    offsets = ((0, 0), (0, 1), (1, 0), (1, 1))
    kernel = conv.weight.new_zeros(len(offsets), conv.out_channels, conv.in_channels, size + 1, size + 1)
    for i, (dy, dx) in enumerate(offsets):
        kernel[i, :, :, dy : dy + size, dx : dx + size] = conv.weight.detach()
    kernel = kernel.flatten(0, 1)
    bias = conv.bias.detach().repeat(len(offsets))

    @torch.no_grad()
    def block(x):
        four = F.conv2d(x, kernel, bias, stride=2).unflatten(1, (len(offsets), conv.out_channels))
        return F.relu(four.amax(1))

    return block


def frozen_forward(model: Net):
    """Net.forward for the fastest recipe, whose conv1 stays as prepare() set it: the first block
    pooled in its convolution (pooled_first_block), the rest as Net.forward has it."""
    first_block = pooled_first_block(model)

    def forward(x):
        x = F.relu(model.pooling(model.conv2(first_block(x))))
        return model.fc(x.reshape(len(x), -1))

    return forward


def make_optimizer(recipe: Recipe, params, total_steps):
    if not recipe.adam:
        return torch.optim.SGD(params, lr=recipe.lr, momentum=0.5), None
    # beta2 = 0.99: the second-moment average forgets faster, which suits a run of a few hundred steps.
    # fused: one kernel per parameter instead of a dozen small ops, 3% of the fastest recipe's time (AVX2, fp32)
    opt = torch.optim.Adam(params, lr=recipe.lr, betas=(0.9, 0.99), fused=True)
    return opt, torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=recipe.lr, total_steps=total_steps)


def train(
    model,
    data: MnistTensors,
    recipe: str | Recipe = "fast",
    epochs=1,
    batch_size=256,
    seed=0,
    callback: Callback = None,
    device=None,
    report_every=20,
    train_subset=None,
    history: History | None = None,
    bf16: bool | None = None,
) -> History:
    """A plain minibatch loop over preloaded tensors; trains `model` in place.

    Each epoch is one pass over the first `train_subset` training images (all 60,000 by default);
    with the recipe's `revisit_hardest`, the epochs after the first pass over the hardest of them only.
    The fast recipes set the first and last layers' starting point (`prepare`): pass a new model.
    Reports every `report_every` batches (running loss and accuracy) and test accuracy after
    every epoch; `history.seconds` counts the recipe's set-up and the optimisation steps.
    """
    epochs = check_int("epochs", epochs, 1, MAX_EPOCHS)
    x, y = data.x_train, data.y_train
    if train_subset is not None:
        train_subset = check_int("training images", train_subset, 1, len(x))
        x, y = x[:train_subset], y[:train_subset]
    batch_size = check_int("batch size", batch_size, 1, len(x))
    device = device or pick_device()
    settings = recipe_settings(recipe)
    history = history if history is not None else History()
    start = time.perf_counter()
    params = prepare(model, settings, x, seed)  # part of training: counted in history.seconds
    history.seconds += time.perf_counter() - start
    model.to(device)
    if isinstance(model, Net):
        model.to(memory_format=torch.channels_last)  # CPU max-pooling runs ~3x faster on NHWC tensors
    per_epoch = len(x) // batch_size
    keep = max(1, round(batch_size * settings.revisit_hardest)) if settings.revisit_hardest else 0
    revisit_steps = max(1, keep * per_epoch // batch_size)
    total = per_epoch + (epochs - 1) * (revisit_steps if keep else per_epoch)
    opt, scheduler = make_optimizer(settings, params, total)
    first = first_and_last(model)[0]
    frozen_conv1 = settings.freeze_first and isinstance(model, Net)
    forward = frozen_forward(model) if frozen_conv1 else model
    thaw_step = round(settings.thaw_at * total) if settings.thaw_at and not settings.freeze_first else 0
    if thaw_step:
        first.requires_grad_(False)  # Adam skips a parameter with no gradient until the layer thaws
    gen = torch.Generator().manual_seed(int(seed))
    bf16 = settings.adam and bf16 is not False and fast_bf16(device)  # None: wherever the hardware has it
    # On a GPU the images move once (47 MB) and each batch is gathered there; loss and accuracy add up on
    # the device and are read once a report: a step never waits for the GPU to finish. Only the first
    # step's loss is read at once; a later blow-up is caught at the next report (History.record).
    x, y = x.to(device), y.to(device)
    step, seen = 0, 0
    running_loss = torch.zeros((), device=device)
    running_correct = torch.zeros((), dtype=torch.long, device=device)
    hardest: list[torch.Tensor] = []  # the first epoch's hardest images, batch by batch (revisit_hardest)
    try:
        for epoch in range(1, epochs + 1):
            model.train()
            revisiting = keep and epoch > 1
            if revisiting:
                remembered = torch.cat(hardest)
                order = remembered[torch.randperm(len(remembered), generator=gen).to(device)]
            else:
                order = torch.randperm(len(x), generator=gen).to(device)
            steps = revisit_steps if revisiting else per_epoch
            for i in range(steps):
                start = time.perf_counter()
                if thaw_step and step == thaw_step:
                    first.requires_grad_(True)
                idx = order[i * batch_size : (i + 1) * batch_size]
                inputs, target = normalise(x[idx]), y[idx]
                with torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16):
                    outputs = forward(inputs)
                    losses = F.cross_entropy(
                        outputs, target, label_smoothing=settings.label_smoothing, reduction="none"
                    )
                    loss = losses.mean()
                if keep and epoch == 1:  # the batch's losses are at hand: remembering its hardest costs nothing
                    hardest.append(idx[losses.detach().topk(min(keep, len(idx))).indices])
                opt.zero_grad()
                loss.backward()
                opt.step()
                if scheduler is not None:
                    scheduler.step()
                running_loss += loss.detach().float() * len(idx)
                running_correct += (outputs.argmax(1) == target).sum()
                history.seconds += time.perf_counter() - start
                step += 1
                seen += len(idx)
                if step == 1 and is_divergent(loss.item()):  # NaN weights or data: stop before a second step
                    history.diverged_at = step
                    return history
                last_of_epoch = i == steps - 1
                if step % report_every == 0 or last_of_epoch:
                    waiting = time.perf_counter()
                    mean_loss, metrics = running_loss.item() / seen, {"train_acc": running_correct.item() / seen}
                    history.seconds += time.perf_counter() - waiting  # the one wait per report: the steps finishing
                    if last_of_epoch:
                        history.evaluation = (step, evaluate(model, data.x_test, data.y_test, device))
                        metrics["test_acc"] = history.evaluation[1]["accuracy"]
                        model.train()
                    # History.record applies the divergence rule to the mean loss since the last report
                    if not history.record(step, total, mean_loss, callback, **metrics):
                        return history
                    running_loss.zero_()
                    running_correct.zero_()
                    seen = 0
    finally:  # a run stopped before the thaw still leaves the first layer trainable, as prepare() set it
        if thaw_step:
            first.requires_grad_(True)
    return history


@torch.no_grad()
def evaluate(model, x, y, device=None, batch_size=500):
    """Accuracy, predictions and the confusion matrix (rows: truth, columns: prediction)."""
    device = device or next(model.parameters()).device
    model.eval()
    images = x.to(device)  # on a GPU: one copy in, the predictions one copy out
    batches = [model(normalise(images[i : i + batch_size])).argmax(1) for i in range(0, len(x), batch_size)]
    preds = torch.cat(batches).cpu()
    confusion = torch.zeros(10, 10, dtype=torch.long)
    confusion.index_put_((y, preds), torch.ones_like(y), accumulate=True)
    return {
        "accuracy": (preds == y).float().mean().item(),
        "predictions": preds,
        "confusion": confusion,
    }


def final_evaluation(model, history: History, x, y) -> dict:
    """`evaluate` of the model as its training left it: the evaluation training made after its last
    step (the end of its last epoch), or a new one when it stopped between evaluations."""
    if history.evaluation is not None and history.rows and history.evaluation[0] == history.rows[-1]["step"]:
        return history.evaluation[1]
    return evaluate(model, x, y)


def misclassified(predictions, y, limit=24):
    wrong = torch.nonzero(predictions != y).flatten()[:limit]
    return [(int(i), int(y[i]), int(predictions[i])) for i in wrong]


# ---------------------------------------------------------------- shipped weights


def weights_path(kind: str) -> Path:
    return WEIGHTS_DIR / f"mnist_{kind}.pt"


def save_weights(model, kind: str, half=False):
    """Saved as a plain state_dict (half precision for the 575k-parameter FC net, to stay small)."""
    state = {k: (v.half() if half and v.is_floating_point() else v).cpu() for k, v in model.state_dict().items()}
    torch.save(state, weights_path(kind))


def load_pretrained(kind: str) -> nn.Module:
    """A shipped model in eval mode; weights_only=True, so a checkpoint can never run code."""
    state = torch.load(weights_path(kind), map_location="cpu", weights_only=True)
    model = MODELS[kind]()
    model.load_state_dict({k: v.float() for k, v in state.items()})
    return model.eval()


# ---------------------------------------------------------------- the canvas


def preprocess_canvas(rgba: np.ndarray, min_ink_pixels: int = 20):
    """A canvas drawing as MNIST was made: crop to the ink, scale the longer side to 20 px keeping the
    aspect ratio, centre by centre of mass in 28x28, normalise. None for an (almost) empty canvas.

    Returns (network input (1, 1, 28, 28), the 28x28 image in [0, 1]) or None.
    """
    if rgba is None or rgba.ndim != 3 or rgba.shape[2] not in (3, 4):
        raise InputError("canvas_shape", "expected an H x W x RGBA image")
    rgb = rgba[..., :3].astype(np.float32).max(axis=2)
    alpha = rgba[..., 3].astype(np.float32) / 255.0 if rgba.shape[2] == 4 else 1.0
    ink = torch.from_numpy(rgb * alpha / 255.0)
    mask = ink > 0.1
    if int(mask.sum()) < min_ink_pixels:
        return None
    rows, cols = torch.nonzero(mask.any(1)).flatten(), torch.nonzero(mask.any(0)).flatten()
    crop = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    h, w = crop.shape
    scale = 20.0 / max(h, w)
    new_h, new_w = max(1, round(h * scale)), max(1, round(w * scale))
    small = F.interpolate(crop[None, None], size=(new_h, new_w), mode="bilinear", antialias=True, align_corners=False)[
        0, 0
    ]
    small = small.clamp(0, 1)
    image = torch.zeros(28, 28)
    top, left = (28 - new_h) // 2, (28 - new_w) // 2
    image[top : top + new_h, left : left + new_w] = small
    image = _centre_of_mass_shift(image)
    return normalise((image * 255).round().to(torch.uint8)[None])[:1], image


def _centre_of_mass_shift(image):
    total = image.sum()
    ys, xs = torch.arange(28, dtype=torch.float32), torch.arange(28, dtype=torch.float32)
    cy = (image.sum(1) * ys).sum() / total
    cx = (image.sum(0) * xs).sum() / total
    dy, dx = round(13.5 - cy.item()), round(13.5 - cx.item())
    shifted = torch.zeros_like(image)
    src = image[max(0, -dy) : 28 - max(0, dy), max(0, -dx) : 28 - max(0, dx)]
    shifted[max(0, dy) : max(0, dy) + src.shape[0], max(0, dx) : max(0, dx) + src.shape[1]] = src
    return shifted


@torch.no_grad()
def predict(model, x):
    """Softmax probabilities for a (1, 1, 28, 28) input."""
    model.eval()
    return torch.softmax(model(x.to(next(model.parameters()).device)), dim=1)[0].cpu()


# ---------------------------------------------------------------- convolution by hand (lecture 10)

EXAMPLE_INPUT = torch.tensor(
    [[3, 4, 6, 5, 7], [2, 4, 6, 8, 2], [1, 6, 7, 8, 4], [9, 7, 4, 6, 2], [3, 7, 5, 4, 1]], dtype=torch.float32
)
EXAMPLE_KERNEL = torch.arange(1, 10, dtype=torch.float32).view(3, 3)


def conv_output_size(n: int, k: int, p: int = 0, s: int = 1) -> int:
    """floor((n + 2p - k) / s) + 1."""
    n, k = check_int("input size", n, 1, 512), check_int("kernel size", k, 1, 64)
    p, s = check_int("padding", p, 0, 64), check_int("stride", s, 1, 64)
    if n + 2 * p < k:
        raise InputError(
            "kernel_too_big",
            "the kernel ({k}) is larger than the padded input ({size})",
            k=k,
            size=n + 2 * p,
        )
    return (n + 2 * p - k) // s + 1


def conv_example(padding=0, stride=1):
    """The course's 5x5 input and 3x3 kernel through F.conv2d with this padding and stride."""
    conv_output_size(5, 3, padding, stride)
    return F.conv2d(EXAMPLE_INPUT[None, None], EXAMPLE_KERNEL[None, None], padding=padding, stride=stride)[0, 0]


def pool_example(kernel=2):
    """MaxPool2d on the top-left 4x4 of the same input, as the course draws it."""
    return F.max_pool2d(EXAMPLE_INPUT[:4, :4][None, None], kernel_size=kernel)[0, 0]

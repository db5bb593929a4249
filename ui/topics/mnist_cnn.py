"""MNIST CNN: declared settings, the probability bars, feature-map tiles, tables and the confusion chart."""

import math

import altair as alt
import numpy as np
import pandas as pd
import torch

from core import mnist
from ui import charts
from ui.i18n import t
from ui.notebook import Cell, Code, Md, Notebook
from ui.settings import Choice, Number, page

MODEL_LABELS = {"cnn": "mn.k.cnn", "fc": "mn.k.fc"}

SETTINGS = page(
    Number(key="mn_stroke", label="mn.stroke", default=22, lo=8, hi=40, step=1, integer=True, slider=True),
    Choice(key="mn_model", label="mn.model", default="cnn", options=("cnn", "fc", "session"), radio=True),
    Number(key="mn_n", label="mn.n", default=28, lo=1, hi=64, step=1, integer=True, slider=True),
    Number(key="mn_k", label="mn.k", default=5, lo=1, hi=11, step=1, integer=True, slider=True),
    Number(key="mn_p", label="mn.p", default=0, lo=0, hi=5, step=1, integer=True, slider=True),
    Number(key="mn_s", label="mn.s", default=1, lo=1, hi=5, step=1, integer=True, slider=True),
    Number(key="mn_ex_p", label="mn.ex_p", default=0, lo=0, hi=2, step=1, integer=True, slider=True),
    Number(key="mn_ex_s", label="mn.ex_s", default=1, lo=1, hi=3, step=1, integer=True, slider=True),
    Choice(key="mn_kind", label="mn.train_model", default="cnn", options=("cnn", "fc"), labels=MODEL_LABELS),
    Choice(key="mn_recipe", label="mn.recipe", default="frozen", options=mnist.RECIPES, help="mn.recipe_help",
           labels={"course": "mn.r.course", "fast": "mn.r.fast", "frozen": "mn.r.frozen", "hardest": "mn.r.hardest"}),
    Number(key="mn_epochs", label="mn.epochs", default=1, lo=1, hi=mnist.MAX_EPOCHS, step=1, integer=True),
    Number(key="mn_batch", label="mn.batch", default=128, lo=1, hi=4096, step=1, integer=True),
    Number(key="mn_images", label="mn.images", default=40_000, lo=1_000, hi=60_000, step=100, integer=True,
           slider=True, help="mn.images_help"),
)  # fmt: skip


def digits_chart(probs) -> dict:
    top = int(probs.argmax())
    bars = {"digit": [str(d) for d in range(10)], "p": probs.tolist(), "top": [d == top for d in range(10)]}
    return charts.spec(_digits_template, bars=bars)


def _digits_template():
    digit_t, p_t = t("mn.digit"), t("mn.probability")
    return (
        alt.Chart(alt.NamedData("bars"))
        .mark_bar()
        .encode(
            x=alt.X("digit:N", sort=None, title=digit_t),
            y=alt.Y("p:Q", title=p_t, scale=alt.Scale(domain=[0, 1])),
            color=alt.condition(alt.datum.top, alt.value("#e4572e"), alt.value("#8aa1c1")),
            tooltip=[alt.Tooltip("digit:N", title=digit_t), alt.Tooltip("p:Q", title=p_t, format=".4f")],
        )
        .properties(height=220)
    )


def tile(maps: torch.Tensor, cols: int, scale: int = 4, pad: int = 1, signed: bool = False) -> np.ndarray:
    """C x H x W maps as one image grid, each map scaled to its own range, upscaled for display.

    Greyscale in [0, 1]; with signed=True an RGB image, red positive and blue negative.
    """
    maps = maps.detach().float().cpu()
    c, h, w = maps.shape
    rows = math.ceil(c / cols)
    grid = np.ones((rows * (h + pad) + pad, cols * (w + pad) + pad, 3 if signed else 1), np.float32)
    for i, m in enumerate(maps):
        r, col = divmod(i, cols)
        y, x = pad + r * (h + pad), pad + col * (w + pad)
        if signed:
            v = (m / m.abs().max().clamp_min(1e-8)).numpy()
            cell = np.stack([1 - np.clip(-v, 0, 1), 1 - np.abs(v), 1 - np.clip(v, 0, 1)], axis=-1)
        else:
            v = ((m - m.min()) / (m.max() - m.min()).clamp_min(1e-8)).numpy()
            cell = v[..., None]
        grid[y : y + h, x : x + w] = cell
    grid = np.kron(grid, np.ones((scale, scale, 1), np.float32))
    return grid if signed else grid[..., 0]


def feature_tiles(model, x):
    """(conv1 maps, conv2 maps, conv1 kernels) as images."""
    with torch.no_grad():
        c1, c2 = model.feature_maps(x)
    return tile(c1, cols=5, scale=3), tile(c2, cols=5, scale=6), tile(model.conv1.weight[:, 0], 5, 10, signed=True)


def image(x) -> np.ndarray:
    return x.numpy() if hasattr(x, "numpy") else np.asarray(x)


def architecture_table(rows) -> pd.DataFrame:
    names = {"layer": t("mn.col.layer"), "output shape": t("mn.col.shape"), "parameters": t("mn.col.params")}
    df = pd.DataFrame(rows).rename(columns=names)
    df[names["layer"]] = df[names["layer"]].replace({"total": t("mn.col.total")})
    return df


def matrix(title: str, m: torch.Tensor) -> str:
    return title + "\n" + "\n".join(" ".join(f"{v:5g}" for v in row) for row in m.tolist())


def confusion_chart(confusion):
    truth_t, pred_t, count_t = t("mn.truth"), t("mn.pred"), t("mn.count")
    df = pd.DataFrame([{"truth": i, "pred": j, "count": int(confusion[i, j])} for i in range(10) for j in range(10)])
    return (
        alt.Chart(df)
        .mark_rect()
        .encode(
            x=alt.X("pred:O", title=pred_t),
            y=alt.Y("truth:O", title=truth_t),
            color=alt.Color("count:Q", title=count_t, scale=alt.Scale(type="symlog", scheme="blues")),
            tooltip=[
                alt.Tooltip("truth:O", title=truth_t),
                alt.Tooltip("pred:O", title=pred_t),
                alt.Tooltip("count:Q", title=count_t),
            ],
        )
        .properties(height=320)
    )


def wrong_images(x_test, wrong):
    images = [(x_test[i].float() / 255.0).numpy() for i, _, _ in wrong]
    return images, [f"{y} → {p}" for _, y, p in wrong]


def notebook_variables(v) -> dict:
    """The drawing pad's settings stay on the page; the notebook trains and evaluates."""
    return {key: value for key, value in v.items() if key not in ("stroke", "model")}


def notebook_cells(v) -> list[Cell]:
    return [
        Md(("mn.conv",)),
        Code("""
from core import compute, mnist
import pandas as pd

print(f"a {n}×{n} input, kernel {k}, padding {p}, stride {s} → {mnist.conv_output_size(n, k, p, s)}")
print(mnist.conv_example(ex_p, ex_s))"""),
        Md(("mn.arch",)),
        Code("pd.DataFrame(mnist.summary(mnist.build_model(kind)))"),
        Md(("mn.train", "mn.why_preload")),
        Code("""
compute.configure_threads()
device = compute.pick_device()
data = mnist.preload()  # from PLAYGROUND_DATA_DIR (see the setup cell)
model = mnist.build_model(kind, seed)
history = mnist.train(model, data, recipe, epochs, batch, seed, device=device, train_subset=images)
result = mnist.evaluate(model, data.x_test, data.y_test)
print(f"{kind}, {recipe} recipe: test accuracy {result['accuracy']:.2%} after {history.seconds:.1f} s of training")
pd.DataFrame(history.rows).tail()"""),
        Md(("mn.inside",)),
        Code("pd.DataFrame(result['confusion'].tolist())"),
    ]


NOTEBOOK = Notebook("mn.title", "mn.intro", "mnist-cnn", notebook_cells, notebook_variables)

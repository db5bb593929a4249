import altair as alt
import numpy as np
import pandas as pd
import streamlit as st
import torch

from core import linear
from core.errors import InputError
from ui import charts
from ui.i18n import t
from ui.widgets import code_panel, setting, share_settings, show_error, sync_settings

DEFAULTS = {  # dataset -> (lr, epochs, batch size): D2L's for synthetic data, Liu Er's for his three points
    "synthetic": (0.03, 3, 10),
    "course": (0.01, 100, 1),
    "course_bias": (0.01, 100, 1),
}
SETTINGS = [
    "lin_ds",
    "lin_tw1",
    "lin_tw2",
    "lin_tb",
    "lin_noise",
    "lin_n",
    "lin_w",
    "lin_b",
    "lin_lr",
    "lin_epochs",
    "lin_batch",
    "lin_own_lr",
]


@st.cache_data(max_entries=32)
def load_data(ds, tw1, tw2, tb, noise, n, seed):
    if ds == "synthetic":
        return linear.synthetic_data([tw1, tw2], tb, n, noise, seed)
    return linear.course_data(with_bias=ds == "course_bias")


@st.cache_data(max_entries=32)
def train_both(data_args, lr, epochs, batch, seed):
    X, y = load_data(*data_args)
    return (
        linear.train_scratch(X, y, lr, epochs, batch, seed),
        linear.train_concise(X, y, lr, epochs, batch, seed),
    )


@st.cache_data(max_entries=32)
def lr_runs(data_args, own_lr, epochs, batch, seed):
    X, y = load_data(*data_args)
    lrs = sorted({0.01, 0.02, 0.03, 0.04, own_lr})
    return linear.lr_comparison(X, y, lrs, epochs, batch, seed)


def on_dataset_change():
    lr, epochs, batch = DEFAULTS[st.session_state.lin_ds]
    st.session_state.update(lin_lr=lr, lin_epochs=epochs, lin_batch=batch, lin_w=2.0, lin_b=0.0)


def fmt_vec(v):
    return "[" + ", ".join(f"{x:.4f}" for x in v) + "]"


st.title(t("lin.title"))
st.markdown(t("lin.intro"))
seed = st.session_state.seed

# ---------------------------------------------------------------- 1. data
st.header(t("lin.data"))
labels = {
    "synthetic": t("lin.ds.synthetic"),
    "course": t("lin.ds.course"),
    "course_bias": t("lin.ds.course_bias"),
}
ds = st.radio(
    t("lin.dataset"),
    list(labels),
    format_func=labels.get,
    horizontal=True,
    key=setting("lin_ds", "synthetic"),
    on_change=on_dataset_change,
)
lr0, epochs0, batch0 = DEFAULTS[ds]
if ds == "synthetic":
    c1, c2, c3, c4, c5 = st.columns(5)
    tw1 = c1.number_input(t("lin.true_w1"), -10.0, 10.0, step=0.1, key=setting("lin_tw1", 2.0))
    tw2 = c2.number_input(t("lin.true_w2"), -10.0, 10.0, step=0.1, key=setting("lin_tw2", -3.4))
    tb = c3.number_input(t("lin.true_b"), -10.0, 10.0, step=0.1, key=setting("lin_tb", 4.2))
    noise = c4.number_input(t("lin.noise"), 0.0, 5.0, step=0.01, key=setting("lin_noise", 0.01))
    n = c5.number_input(t("lin.n"), 1, linear.MAX_EXAMPLES, step=100, key=setting("lin_n", 1000))
else:
    tw1, tw2, tb, noise, n = 2.0, 0.0, (1.0 if ds == "course_bias" else 0.0), 0.0, 3

data_args = (ds, tw1, tw2, tb, noise, n, seed)
try:
    X, y = load_data(*data_args)
except InputError as exc:
    show_error(exc)
    st.stop()

x0 = X[:, 0].numpy()
scatter = (
    alt.Chart(pd.DataFrame({"x₁": x0[:2000], "y": y.numpy()[:2000]}))
    .mark_circle(size=28, opacity=0.5)
    .encode(x="x₁:Q", y="y:Q", tooltip=["x₁", "y"])
)
xs = np.linspace(x0.min() - 0.2, x0.max() + 0.2, 2)
true_line = alt.Chart(pd.DataFrame({"x₁": xs, "y": tw1 * xs + tb})).mark_line(color="#e4572e").encode(x="x₁", y="y")
st.altair_chart((scatter + true_line).properties(height=260), width="stretch")
st.caption(t("lin.scatter_note"))
code_panel(linear.synthetic_data, linear.course_data)

# ---------------------------------------------------------------- 2. landscape
w_star, b_star = linear.closed_form(X, y)
theta_star = [*w_star.tolist(), b_star]
lo = 0.0 if ds != "synthetic" else float(np.round(w_star[0].item())) - 2
hi = lo + 4.0
b_lo, b_hi = min(b_star, 0.0) - 3, max(b_star, 0.0) + 3
grid_w, grid_b = np.linspace(lo, hi, 50), np.linspace(b_lo, b_hi, 50)
grid = linear.mse_grid(X, y, theta_star, grid_w, grid_b, i=0, j=-1).numpy()
gw, gb = np.meshgrid(grid_w, grid_b, indexing="ij")
contour = charts.contour(pd.DataFrame({"w": gw.ravel(), "b": gb.ravel(), "MSE": grid.ravel()}), "w", "b", "MSE")
ls_point = charts.marker(w_star[0].item(), b_star, "least squares")


@st.fragment  # moving w or b reruns only this section
def landscape():
    st.header(t("lin.landscape"))
    if not lo <= st.session_state.get("lin_w", 2.0) <= hi:
        st.session_state.lin_w = round((lo + hi) / 2, 1)
    c1, c2, c3 = st.columns([2, 2, 1])
    w = c1.slider(t("lin.w"), lo, hi, step=0.1, key=setting("lin_w", 2.0))
    b = c2.slider(t("lin.b"), -6.0, 10.0, step=0.1, key=setting("lin_b", 0.0))
    theta_here = [w, *theta_star[1:-1], b]
    mse_here = linear.mse_at(X, y, torch.tensor([theta_here])).item()
    c3.metric(t("lin.mse_here"), f"{mse_here:.4f}")
    ws = np.round(np.arange(lo, hi + 1e-9, 0.1), 1)
    sweep = pd.DataFrame({"w": ws, "MSE": linear.mse_sweep(X, y, theta_here, ws, i=0).numpy()})
    here = charts.marker(w, mse_here, "w", color="#e4572e", shape="circle")
    st.altair_chart(charts.lines(sweep, "w", "MSE", points=True, y_title="MSE") + here, width="stretch")
    st.caption(t("lin.landscape_note", lo=lo, hi=hi))
    you_point = charts.marker(w, b, "(w, b)", color="#e4572e", shape="circle", size=120)
    st.altair_chart(contour + ls_point + you_point, width="stretch")
    code_panel(linear.mse_at, linear.mse_sweep, linear.mse_grid)
    sync_settings(["lin_w", "lin_b"])


landscape()

# ---------------------------------------------------------------- 3. train both ways
st.header(t("lin.train"))
c1, c2, c3 = st.columns(3)
lr = c1.number_input(t("lin.lr"), 0.0, 100.0, step=0.01, format="%.4f", key=setting("lin_lr", lr0))
epochs = c2.number_input(t("lin.epochs"), 1, linear.MAX_EPOCHS, key=setting("lin_epochs", epochs0))
batch = c3.number_input(t("lin.batch"), 1, linear.MAX_EXAMPLES, key=setting("lin_batch", batch0))
try:
    scratch, concise = train_both(data_args, lr, epochs, batch, seed)
except InputError as exc:
    show_error(exc)
    scratch = concise = None

if scratch is not None:
    if scratch.diverged_at:
        st.error(t("diverged", epoch=scratch.diverged_at), icon=":material/warning:")
    common = min(len(scratch.path), len(concise.path))  # a diverged run is cut where it left the finite
    gap = float(np.abs(np.array(scratch.path[:common]) - np.array(concise.path[:common])).max())
    st.success(t("lin.same", diff=gap), icon=":material/check_circle:")
    left, right = st.columns(2)
    for col, name, res in ((left, t("lin.scratch"), scratch), (right, t("lin.concise"), concise)):
        with col:
            st.subheader(name)
            hist = pd.DataFrame({"epoch": range(1, len(res.epoch_loss) + 1), "loss": res.epoch_loss})
            st.altair_chart(
                charts.lines(hist, "epoch", "loss", points=True, y_title=t("lin.loss"), log_y=True),
                width="stretch",
            )
            if ds == "synthetic" and not res.diverged_at:
                st.write(f"{t('lin.err_w')}: `{fmt_vec(np.array([tw1, tw2]) - res.w.numpy())}`")
                st.write(f"{t('lin.err_b')}: `{tb - res.b:.4f}`")
            elif not res.diverged_at:
                st.write(f"w = `{fmt_vec(res.w.numpy())}`, b = `{res.b:.4f}`")
    left.caption(t("lin.fitted"))
    if not scratch.diverged_at:
        fit_line = (
            alt.Chart(pd.DataFrame({"x₁": xs, "y": scratch.w[0].item() * xs + scratch.b}))
            .mark_line(color="#2e86ab", strokeDash=[6, 3])
            .encode(x="x₁", y="y")
        )
        left.altair_chart((scatter + true_line + fit_line).properties(height=220), width="stretch")
    left_code, right_code = st.columns(2)
    with left_code:
        code_panel(linear.data_iter, linear.linreg, linear.squared_loss, linear.sgd, linear.train_scratch)
    with right_code:
        code_panel(linear.train_concise)

# ---------------------------------------------------------------- 4. closed form and the SGD path
st.header(t("lin.closed"))
if scratch is not None:
    st.markdown(
        t(
            "lin.closed_note",
            w=fmt_vec(w_star.numpy()),
            b=b_star,
            sw=fmt_vec(scratch.w.numpy()),
            sb=scratch.b,
        )
    )
    path = np.array(scratch.path)
    stride = max(1, len(path) // 400)  # keep the chart light on long runs
    path_df = pd.DataFrame({"step": np.arange(len(path))[::stride], "w": path[::stride, 0], "b": path[::stride, -1]})
    path_df = path_df[path_df.w.between(lo - 50, hi + 50) & path_df.b.between(b_lo - 50, b_hi + 50)]
    path_chart = charts.path(path_df, "w", "b")
    st.altair_chart((contour + path_chart + ls_point).interactive(), width="stretch")
    st.caption(t("lin.contour"))
code_panel(linear.closed_form)

# ---------------------------------------------------------------- 5. learning rates
st.header(t("lin.lrs"))
st.caption(t("lin.lrs_note"))
own_lr = st.number_input(t("lin.own_lr"), 0.0, 100.0, step=0.01, format="%.4f", key=setting("lin_own_lr", 0.05))
try:
    runs = lr_runs(data_args, own_lr, epochs, batch, seed)
except InputError as exc:
    show_error(exc)
    runs = {}
rows = [
    {"epoch": e + 1, "loss": loss, "lr": f"{lr_:g}"}
    for lr_, res in runs.items()
    for e, loss in enumerate(res.epoch_loss)
]
for lr_, res in runs.items():
    if res.diverged_at:
        st.error(f"lr = {lr_:g}: " + t("diverged", epoch=res.diverged_at), icon=":material/warning:")
if rows:
    st.altair_chart(
        charts.lines(
            pd.DataFrame(rows),
            "epoch",
            "loss",
            color="lr",
            points=True,
            log_y=True,
            y_title=t("lin.loss"),
        ),
        width="stretch",
    )
code_panel(linear.lr_comparison)

share_settings(SETTINGS)

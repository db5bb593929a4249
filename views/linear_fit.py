import streamlit as st

from core import linear, own_data
from core.errors import InputError
from core.exercises.linear_fit import landscape_facts
from ui import layout, page, points
from ui.i18n import lang, t
from ui.topics import linear_fit as lin
from ui.training import show_outcome, train_or_reuse
from ui.widgets import code_panel, csv_download, show_error

SETTINGS = lin.SETTINGS


@st.cache_data(max_entries=32)
def load_data(ds, tw1, tw2, tb, noise, n, seed, points=None):
    if ds == "own":
        return own_data.tensors(points)
    if ds == "synthetic":
        return linear.synthetic_data([tw1, tw2], tb, n, noise, seed)
    return linear.course_data(with_bias=ds == "course_bias")


@st.cache_data(max_entries=32)
def load_landscape(data_args):
    X, y = load_data(*data_args)
    return linear.landscape(X, y, around_fit=data_args[0] in ("synthetic", "own"))


@st.cache_data(max_entries=32)
def load_contour(data_args, lang):
    """The landscape's cells: a w or b slider move redraws them without recomputing them."""
    return lin.landscape_contour(load_landscape(data_args))


@st.cache_data(max_entries=64)
def load_sweep(data_args, b):
    """The w sweep does not depend on w, only on b and the data: a w slider move reuses it."""
    X, y = load_data(*data_args)
    land = load_landscape(data_args)
    return linear.sweep(X, y, [land.w_range[0], *land.theta_star[1:-1], b], *land.w_range)


def on_dataset_change():
    lr, epochs, batch = lin.DEFAULTS[st.session_state.lin_ds]
    st.session_state.update(lin_lr=lr, lin_epochs=epochs, lin_batch=batch, lin_w=2.0, lin_b=0.0)


page.open_page(SETTINGS, "lin.title", "lin.intro", "linear-fit")
seed = st.session_state.seed

# ---------------------------------------------------------------- 1. data
st.header(t("lin.data"))
ds = page.widget(SETTINGS, "lin_ds", horizontal=True, on_change=on_dataset_change)
own = None  # the learner's points
if ds == "synthetic":
    cols = st.columns(5)
    keys = ("lin_tw1", "lin_tw2", "lin_tb", "lin_noise", "lin_n")
    tw1, tw2, tb, noise, n = (page.widget(SETTINGS, key, col) for key, col in zip(keys, cols, strict=True))
elif ds == "own":
    tw1, tw2, tb, noise, n = 0.0, 0.0, 0.0, 0.0, 0
    own = page.widget(SETTINGS, "lin_pts")
else:
    tw1, tw2, tb, noise, n = 2.0, 0.0, (1.0 if ds == "course_bias" else 0.0), 0.0, 3
data_args = (ds, tw1, tw2, tb, noise, n, seed, own)
try:
    X, y = load_data(*data_args)
except InputError as exc:
    show_error(exc)
    st.stop()
if ds == "own":
    x_range = points.domain([x for x, _ in own])
    least_squares = linear.line(*lin.least_squares_line(load_landscape(data_args)), *x_range)
    layers = lin.data_layers(X, y, None, least_squares, fit_label=t("lin.least_squares"))
    shape = lin.data_shape(layers)
    points.chart(SETTINGS["lin_pts"], lin.data_template, shape, layers, x_range, points.domain([y for _, y in own]))
else:
    x_range = (X[:, 0].min().item() - 0.2, X[:, 0].max().item() + 0.2)
    st.vega_lite_chart(lin.data_chart(X, y, linear.line(tw1, tb, *x_range)), width="stretch")
    st.caption(t("lin.scatter_note"))
if ds == "course":
    st.caption(t("lin.course_bias_note"))
code_panel(linear.synthetic_data, linear.course_data)

# ---------------------------------------------------------------- 2. landscape
land = load_landscape(data_args)
contour = load_contour(data_args, lang())
if land.rank < land.n_params:
    st.warning(t("lin.underdetermined", n=len(X), rank=land.rank, p=land.n_params), icon=":material/info:")


b_lo, b_hi = land.b_range if ds == "own" else (-6.0, 10.0)  # the learner's intercept may lie anywhere


@st.fragment  # moving w or b reruns only this section
def landscape():
    st.header(t("lin.landscape"))
    c1, c2, c3 = st.columns([2, 2, 1])
    w = page.widget(SETTINGS, "lin_w", c1, lo=land.w_range[0], hi=land.w_range[1])
    b = page.widget(SETTINGS, "lin_b", c2, lo=b_lo, hi=b_hi)
    theta_here = [w, *land.theta_star[1:-1], b]
    ws, mses = load_sweep(data_args, b)
    mse_here = mses[ws.index(round(w, 6))] if round(w, 6) in ws else linear.sweep(X, y, theta_here, w, w)[1][0]
    c3.metric(t("lin.mse_here"), f"{mse_here:.4f}")
    st.session_state["lin.latest"] = landscape_facts(X, y, land, w, b)  # what lin.bottom checks
    st.vega_lite_chart(lin.sweep_chart(ws, mses, w, mse_here), width="stretch")
    st.caption(t("lin.landscape_note", lo=land.w_range[0], hi=land.w_range[1]))
    st.vega_lite_chart(lin.you_on_contour(contour, w, b), width="stretch")
    code_panel(linear.mse_at, linear.mse_sweep, linear.mse_grid)
    page.sync(SETTINGS)


landscape()

# ---------------------------------------------------------------- 3. train both ways
st.header(t("lin.train"))
c1, c2, c3 = st.columns(3)
lr = page.widget(SETTINGS, "lin_lr", c1)
epochs = page.widget(SETTINGS, "lin_epochs", c2)
batch = page.widget(SETTINGS, "lin_batch", c3, hi=max(len(X), 1))
updates = linear.updates(len(X), batch, epochs)
seconds = linear.seconds_estimate(len(X), batch, epochs)
try:
    linear.check_training(X, lr, epochs, batch)
    both = train_or_reuse(
        "lin.both",
        (data_args, lr, epochs, batch),
        lambda cb: linear.train_both(X, y, lr, epochs, batch, seed, cb),
        auto=2 * seconds <= lin.AUTO_SECONDS,
        note=t("train.large", updates=2 * updates),
        on_open=False,
    )
except InputError as exc:
    show_error(exc)
    both = None

if both is not None:
    scratch, concise = both
    ok = show_outcome(scratch.history)
    gap = linear.agreement(scratch, concise)
    if gap is not None:
        st.success(t("lin.same", diff=gap), icon=":material/check_circle:")
    left, right = layout.row("lin-loss", 2)
    for col, name, res in ((left, t("lin.scratch"), scratch), (right, t("lin.concise"), concise)):
        with col:
            st.subheader(name)
            st.vega_lite_chart(lin.loss_chart(res.history), width="stretch")
            if ok and ds == "synthetic":
                st.write(f"{t('lin.err_w')}: `{lin.vector([tw1 - res.w[0].item(), tw2 - res.w[1].item()])}`")
                st.write(f"{t('lin.err_b')}: `{tb - res.b:.4f}`")
            elif ok:
                st.write(f"w = `{lin.vector(res.w.tolist())}`, b = `{res.b:.4f}`")
    if ok:
        d1, d2 = st.columns(2)
        csv_download(
            t("lin.dl_history"),
            [
                {"epoch": r["step"], "scratch_loss": r["loss"], "concise_loss": c["loss"]}
                for r, c in zip(scratch.history.rows, concise.history.rows, strict=True)
            ],
            "linear_fit_history.csv",
            d1,
        )
        csv_download(
            t("lin.dl_params"),
            [{"loop": "scratch", **scratch.parameters()}, {"loop": "concise", **concise.parameters()}],
            "linear_fit_parameters.csv",
            d2,
        )
        left.caption(t("lin.fitted"))
        fit = linear.line(scratch.w[0].item(), scratch.b, *x_range)
        left.vega_lite_chart(lin.data_chart(X, y, linear.line(tw1, tb, *x_range), fit, height=220), width="stretch")
left_code, right_code = st.columns(2)
with left_code:
    code_panel(linear.data_iter, linear.linreg, linear.squared_loss, linear.sgd, linear.train_scratch)
with right_code:
    code_panel(linear.train_concise)

# ---------------------------------------------------------------- 4. closed form and the SGD path
st.header(t("lin.closed"))
w_star, b_star = land.theta_star[:-1], land.theta_star[-1]
if both is not None and not both[0].diverged_at:
    scratch = both[0]
    st.markdown(
        t(
            "lin.closed_note",
            w=lin.vector(w_star),
            b=lin.tidy(b_star),
            sw=lin.vector(scratch.w.tolist()),
            sb=lin.tidy(scratch.b),
        )
    )
    st.vega_lite_chart(lin.sgd_path_chart(contour, land, scratch.path), width="stretch")
    st.caption(t("lin.contour"))
else:
    st.markdown(t("lin.closed_only", w=lin.vector(w_star), b=lin.tidy(b_star)))
code_panel(linear.closed_form)

# ---------------------------------------------------------------- 5. learning rates
st.header(t("lin.lrs"))
st.caption(t("lin.lrs_note"))
own_lr = page.widget(SETTINGS, "lin_own_lr")
lrs = sorted({0.01, 0.02, 0.03, 0.04, own_lr})
try:
    linear.check_training(X, own_lr, epochs, batch)
    runs = train_or_reuse(
        "lin.lrs",
        (data_args, own_lr, epochs, batch),
        lambda cb: linear.lr_comparison(X, y, lrs, epochs, batch, seed, cb),
        auto=len(lrs) * seconds <= lin.AUTO_SECONDS,
        note=t("train.large", updates=updates * len(lrs)),
        on_open=False,
    )
except InputError as exc:
    show_error(exc)
    runs = None
if runs:
    for lr_, res in runs.items():
        show_outcome(res.history, prefix=f"lr = {lr_:g}: ")
    st.vega_lite_chart(lin.lr_chart(runs), width="stretch")
code_panel(linear.lr_comparison)

page.close(SETTINGS, lin.NOTEBOOK, held={"lin.bottom": st.session_state.get("lin.latest")})

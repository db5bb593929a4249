import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from core import descent, optimizers
from core.errors import InputError
from ui import charts
from ui.i18n import t
from ui.widgets import code_panel, setting, share_settings, show_error, sync_settings

SETTINGS = ["gd_w0", "gd_lr", "gd_bias", "gd_n", "gd_sgd_lr", "gd_surface", "gd_kappa", "gd_eps", "gd_steps",
            "gd_opts"]  # fmt: skip
PLAY_INTERVAL_S = 0.4

st.title(t("gd.title"))
st.markdown(t("gd.intro"))


# ---------------------------------------------------------------- 1-2. stepper and regimes


def reset():
    st.session_state["gd.w"] = float(st.session_state.gd_w0)
    st.session_state["gd.b"] = 0.0
    st.session_state["gd.steps"] = []
    st.session_state["gd.playing"] = False


def advance(n):
    """Take n steps from the current point; stop playing when converged or diverged."""
    steps = st.session_state["gd.steps"]
    if steps and steps[-1].diverged:
        return
    new = descent.run_steps(st.session_state["gd.w"], st.session_state["gd.b"], st.session_state.gd_lr, n,
                            st.session_state.gd_bias, k0=len(steps))  # fmt: skip
    steps.extend(new)
    last = new[-1]
    if not last.diverged:
        st.session_state["gd.w"], st.session_state["gd.b"] = last.new_w, last.new_b
    if last.diverged or abs(last.grad_w) + abs(last.grad_b) < 1e-9:
        st.session_state["gd.playing"] = False


def toggle_play():
    st.session_state["gd.playing"] = not st.session_state.get("gd.playing", False)


setting("gd_w0", 1.0)
if "gd.w" not in st.session_state:
    reset()
playing = st.session_state["gd.playing"]


@st.fragment(run_every=PLAY_INTERVAL_S if playing else None)
def stepper():
    st.header(t("gd.stepper"))
    c1, c2, c3, c4 = st.columns(4)
    c1.number_input(t("gd.w0"), -100.0, 100.0, step=0.1, key="gd_w0", on_change=reset)
    c2.number_input(t("gd.lr"), 0.0, 10.0, step=0.01, format="%.4f", key=setting("gd_lr", 0.05))
    c3.toggle(t("gd.bias"), key=setting("gd_bias", False), on_change=reset)
    c4.number_input(t("gd.n"), 1, descent.MAX_STEPS, key=setting("gd_n", 10))
    try:
        descent.check_lr(st.session_state.gd_lr)
    except InputError as exc:
        show_error(exc)
        return
    b1, b2, b3, b4 = st.columns(4)
    b1.button(
        t("gd.step"),
        on_click=advance,
        args=(1,),
        type="primary",
        icon=":material/skip_next:",
        width="stretch",
    )
    b2.button(t("gd.run_n"), on_click=advance, args=(st.session_state.gd_n,), icon=":material/fast_forward:",
              width="stretch")  # fmt: skip
    was_playing = st.session_state["gd.playing"]
    b3.button(t("gd.pause") if was_playing else t("gd.play"), on_click=toggle_play, width="stretch",
              icon=":material/pause:" if was_playing else ":material/play_arrow:")  # fmt: skip
    b4.button(t("gd.reset"), on_click=reset, icon=":material/restart_alt:", width="stretch")
    if was_playing and st.session_state["gd.playing"]:
        advance(1)  # a timer tick of the fragment
    if was_playing != playing or st.session_state["gd.playing"] != playing:
        st.rerun()  # re-declare the fragment with or without its timer

    steps = st.session_state["gd.steps"]
    w, b = st.session_state["gd.w"], st.session_state["gd.b"]
    m1, m2, m3, m4 = st.columns(4)
    m1.metric(t("gd.w_now"), f"{w:.4f}")
    m2.metric(t("gd.b_now"), f"{b:.4f}")
    m3.metric(t("gd.cost_now"), f"{descent.cost(w, b):.6f}")
    m4.metric(t("gd.steps_done"), len(steps))
    if steps and steps[-1].diverged:
        st.error(t("gd.diverged", k=steps[-1].k), icon=":material/warning:")
    if steps:
        s = steps[-1]
        formula = f"w ← w − α·grad = {s.w:.2f} − {s.lr:g} × ({s.grad_w:.2f}) = {s.new_w:.2f}"
        if st.session_state.gd_bias:
            formula += f"\nb ← b − α·grad_b = {s.b:.2f} − {s.lr:g} × ({s.grad_b:.2f}) = {s.new_b:.2f}"
        st.code(formula, language=None)
    else:
        st.caption(t("gd.no_step"))
    st.altair_chart(stepper_chart(steps, w, b), width="stretch")
    st.caption(t("gd.curve"))

    st.header(t("gd.regimes"))
    lr = st.session_state.gd_lr
    L = descent.curvature(st.session_state.gd_bias)
    name = descent.regime(lr, st.session_state.gd_bias)
    st.markdown(t("gd.regime_text", L=L, inv=1 / L, inv2=2 / L, lr=lr, factor=1 - lr * L))
    box = {
        "diverging": st.error,
        "oscillating": st.warning,
        "too_slow": st.info,
        "converging": st.success,
    }[name]
    box(t(f"gd.r.{name}"))
    sync_settings(["gd_w0", "gd_lr", "gd_bias", "gd_n"])


def stepper_chart(steps, w, b):
    trail = [(s.w, descent.cost(s.w, s.b)) for s in steps if not s.diverged][-60:]
    seen = [p[0] for p in trail] + [w, 2.0]
    lo, hi = min(seen) - 0.5, max(seen) + 0.5
    ws = np.linspace(lo, hi, 200)
    curve = pd.DataFrame({"w": ws, "cost": [descent.cost(v, b) for v in ws]})
    slope = descent.gradient(w, b)[0]
    c0 = descent.cost(w, b)
    span = (hi - lo) / 6
    tangent = pd.DataFrame({"w": [w - span, w + span], "cost": [c0 - slope * span, c0 + slope * span]})
    chart = charts.lines(curve, "w", "cost", height=300)
    chart += alt.Chart(tangent).mark_line(strokeDash=[6, 4], color="gray").encode(x="w:Q", y="cost:Q")
    if trail:
        trail_df = pd.DataFrame([{"step": i, "w": p[0], "cost": p[1]} for i, p in enumerate(trail)])
        chart += charts.path(trail_df, "w", "cost").mark_line(point=alt.OverlayMarkDef(filled=False, size=60),
                                                               opacity=0.6)  # fmt: skip
    return chart + charts.marker(w, c0, "now", color="#e4572e", shape="circle", size=180)


stepper()
code_panel(descent.cost, descent.gradient, descent.gd_step, descent.curvature, descent.regime)

# ---------------------------------------------------------------- 3. GD vs SGD
st.header(t("gd.sgd"))
st.caption(t("gd.sgd_note"))
sgd_lr = st.slider(t("gd.sgd_lr"), 0.001, 0.05, step=0.001, format="%.3f", key=setting("gd_sgd_lr", 0.01))
rows = pd.DataFrame(descent.gd_vs_sgd(1.0, sgd_lr, 30))
st.altair_chart(charts.lines(rows[rows.cost > 0], "update", "cost", color="method", log_y=True,
                             x_title="samples seen"), width="stretch")  # fmt: skip
code_panel(descent.gd_vs_sgd)

# ---------------------------------------------------------------- 4. surfaces


@st.cache_data(max_entries=64)
def surface_df(surface, kappa):
    xs, ys, grid = optimizers.surface_grid(surface, kappa, n=60)
    gx, gy = np.meshgrid(xs.numpy(), ys.numpy(), indexing="ij")
    return pd.DataFrame({"x": gx.ravel(), "y": gy.ravel(), "f": grid.numpy().ravel()})


@st.cache_data(max_entries=64)
def race(surface, start, settings, steps, kappa):
    return optimizers.race(surface, start, settings, steps, kappa)


st.header(t("gd.surfaces"))
c1, c2, c3, c4 = st.columns(4)
surface = c1.selectbox(t("gd.surface"), list(optimizers.SURFACES), format_func=lambda s: t(f"gd.s.{s}"),
                       key=setting("gd_surface", "bowl"))  # fmt: skip
kappa = c2.slider(t("gd.condition"), 1.0, 100.0, step=1.0, key=setting("gd_kappa", 10.0),
                  disabled=surface != "bowl")  # fmt: skip
default_start = optimizers.SURFACES[surface][2]
x0 = c3.number_input(t("gd.start_x"), -10.0, 10.0, step=0.1, key=setting(f"gd_x0_{surface}", default_start[0]))
y0 = c4.number_input(t("gd.start_y"), -10.0, 10.0, step=0.1, key=setting(f"gd_y0_{surface}", default_start[1]))
c1, c2, c3 = st.columns([1, 1, 2])
eps = c1.number_input(t("gd.perturb"), -1.0, 1.0, step=0.001, format="%.4f", key=setting("gd_eps", 0.0))
steps_2d = c2.slider(t("gd.steps"), 10, optimizers.MAX_STEPS, step=10, key=setting("gd_steps", 200))
chosen = c3.multiselect(
    t("gd.optimizers"), list(optimizers.DEFAULTS), key=setting("gd_opts", list(optimizers.DEFAULTS))
)
settings = {}
cols = st.columns(max(len(chosen), 1))
for col, name in zip(cols, chosen, strict=False):
    with col.expander(t("gd.opt_settings", name=name)):
        settings[name] = {key: st.number_input(key, 0.0, 100.0 if key == "lr" else 0.9999, value=value,
                                               step=0.001 if key == "lr" else 0.01, format="%.4f",
                                               key=f"gd_{name}_{key}")
                          for key, value in optimizers.DEFAULTS[name].items()}  # fmt: skip
if surface == "saddle":
    st.info(t("gd.saddle_note"), icon=":material/lightbulb:")

start = (x0, y0 + eps)
try:
    results = race(surface, start, settings, steps_2d, kappa)
except InputError as exc:
    show_error(exc)
    results = {}

bx0, bx1, by0, by1 = optimizers.SURFACES[surface][1]
paths, losses, cuts = [], [], []
for name, (path, diverged_at) in results.items():
    if diverged_at:
        st.error(t("gd.opt_diverged", name=name, k=diverged_at), icon=":material/warning:")
    inside = [(k, x, y, f) for k, (x, y, f) in enumerate(path)]
    exit_k = next((k for k, x, y, _ in inside if not (bx0 <= x <= bx1 and by0 <= y <= by1)), None)
    if exit_k is not None and not diverged_at:
        st.warning(t("gd.left_plot", name=name, k=exit_k))
    shown = inside[: exit_k + 1] if exit_k is not None else inside
    paths += [{"step": k, "x": x, "y": y, "optimizer": name} for k, x, y, _ in shown]
    if diverged_at:  # mark where the trajectory was cut, clamped to the plotted box so it stays visible
        k, x, y, _ = shown[-1]
        cuts.append(
            {"x": min(max(x, bx0), bx1), "y": min(max(y, by0), by1), "optimizer": name, "diverged at": diverged_at}
        )
    losses += [{"step": k, "f": f, "optimizer": name} for k, _, _, f in inside]

contour = charts.contour(surface_df(surface, kappa), "x", "y", "f", height=420)
layers = contour
if paths:
    layers += charts.path(pd.DataFrame(paths), "x", "y", color="optimizer")
minima = optimizers.SURFACES[surface][3]
if minima:
    layers += alt.Chart(pd.DataFrame(minima, columns=["x", "y"])).mark_point(shape="cross", size=150, color="white",
                                                                             strokeWidth=3).encode(x="x:Q", y="y:Q")  # fmt: skip
if cuts:
    layers += alt.Chart(pd.DataFrame(cuts)).mark_point(shape="cross", size=260, color="red", strokeWidth=4, angle=45).encode(
        x="x:Q", y="y:Q", tooltip=["optimizer", "diverged at"])  # fmt: skip
layers += charts.marker(start[0], start[1], "start", color="#ffffff", shape="circle", size=120)
left, right = st.columns([3, 2])
left.altair_chart(layers, width="stretch")
left.caption(t("gd.contour"))
if losses:
    loss_chart = alt.Chart(pd.DataFrame(losses)).mark_line().encode(
        x=alt.X("step:Q"), y=alt.Y("f:Q", scale=alt.Scale(type="symlog")), color=alt.Color("optimizer:N",
        scale=alt.Scale(scheme="set1")), tooltip=["optimizer", "step", alt.Tooltip("f:Q", format=".4g")]
    ).properties(height=420)  # fmt: skip
    right.altair_chart(loss_chart, width="stretch")
    right.caption(t("gd.loss_steps"))
code_panel(optimizers.trajectory, optimizers.make_optimizer, optimizers.SURFACES[surface][0])

# ---------------------------------------------------------------- 5. scratch = torch.optim
st.header(t("gd.scratch"))
st.caption(t("gd.scratch_note"))
for name in chosen:
    left, right = st.columns([2, 3])
    with left:
        code_panel(optimizers.SCRATCH[name], expanded=False)
    with right:
        try:
            table = optimizers.scratch_vs_torch(surface, start, name, settings[name], steps=5, condition=kappa)
            st.caption(name)
            st.dataframe(pd.DataFrame(table).set_index("step"), width="stretch")
        except InputError as exc:
            show_error(exc)

# ---------------------------------------------------------------- 6. backward()
st.header(t("gd.backward"))
w_now = st.session_state["gd.w"]
graph = descent.graph_values(w_now)
st.markdown(t("gd.backward_note", w=w_now, g=graph["w"][1], hand=descent.gradient(w_now)[0]))
st.graphviz_chart(descent.graph_dot(w_now))
accumulate = st.toggle(t("gd.accumulate"), key="gd_accumulate")
grads = descent.accumulation_demo(w_now, 3, zero_between=not accumulate)
st.dataframe(pd.DataFrame({t("gd.call"): [1, 2, 3], "w.grad": grads}), hide_index=True)
if accumulate:
    st.warning(t("gd.accumulate_note"), icon=":material/add_circle:")
code_panel(descent.graph_values, descent.accumulation_demo)

share_settings([*SETTINGS, f"gd_x0_{surface}", f"gd_y0_{surface}"])

import streamlit as st

from core import descent, optimizers
from core.errors import InputError
from core.exercises.gradient_descent import stepper_facts
from ui import layout, page
from ui.i18n import t
from ui.topics import gradient_descent as gd
from ui.training import show_outcome
from ui.widgets import code_panel, csv_download, show_error

SETTINGS = gd.SETTINGS
page.open_page(SETTINGS, "gd.title", "gd.intro", "gradient-descent")


# ---------------------------------------------------------------- 1-2. stepper, regimes and backward()


def reset():
    st.session_state["gd.stepper"] = descent.Stepper(st.session_state.gd_w0, st.session_state.gd_bias)
    st.session_state["gd.playing"] = False


def advance(n):
    """Take n steps; stop playing when converged or diverged."""
    stepper = st.session_state["gd.stepper"]
    stepper.advance(st.session_state.gd_lr, n)
    if stepper.diverged or stepper.converged:
        st.session_state["gd.playing"] = False


def set_playing(value: bool):
    """Play and Pause set the state they name rather than flip it: a click delivered twice (a timer tick
    racing the click on a busy server) must not pause and then play again."""
    st.session_state["gd.playing"] = value


if "gd.stepper" not in st.session_state:
    reset()
playing = st.session_state["gd.playing"]


@st.fragment(run_every=gd.PLAY_INTERVAL_S if playing else None)
def stepper_section():
    st.header(t("gd.stepper"))
    c1, c2, c3, c4 = st.columns(4)
    page.widget(SETTINGS, "gd_w0", c1, on_change=reset)
    lr = page.widget(SETTINGS, "gd_lr", c2)
    page.widget(SETTINGS, "gd_bias", c3, on_change=reset)
    n = page.widget(SETTINGS, "gd_n", c4)
    stepper = st.session_state["gd.stepper"]
    stuck = stepper.diverged
    b1, b2, b3, b4 = st.columns(4)
    b1.button(
        t("gd.step"),
        on_click=advance,
        args=(1,),
        type="primary",
        icon=":material/skip_next:",
        width="stretch",
        disabled=stuck,
    )
    b2.button(
        t("gd.run_n"), on_click=advance, args=(n,), icon=":material/fast_forward:", width="stretch", disabled=stuck
    )
    was_playing = st.session_state["gd.playing"]
    play_label, play_icon = (
        (t("gd.pause"), ":material/pause:") if was_playing else (t("gd.play"), ":material/play_arrow:")
    )
    b3.button(
        play_label, on_click=set_playing, args=(not was_playing,), width="stretch", disabled=stuck, icon=play_icon
    )
    b4.button(t("gd.reset"), on_click=reset, icon=":material/restart_alt:", width="stretch")
    if was_playing and st.session_state["gd.playing"]:
        advance(1)  # a timer tick of the fragment
    if was_playing != playing or st.session_state["gd.playing"] != playing:
        st.rerun()  # re-declare the fragment with or without its timer

    m1, m2, m3, m4 = st.columns(4)
    m4.metric(t("gd.steps_done"), len(stepper.history.rows))
    if not show_outcome(stepper.history) and not stepper.diverged:
        st.caption(t("gd.no_step"))
    if stepper.diverged:  # nothing computed from the diverged step is shown as a number
        for m in (m1, m2, m3):
            m.metric(t("gd.w_now") if m is m1 else t("gd.b_now") if m is m2 else t("gd.cost_now"), "—")
    else:
        m1.metric(t("gd.w_now"), f"{stepper.w:.4f}")
        m2.metric(t("gd.b_now"), f"{stepper.b:.4f}")
        m3.metric(t("gd.cost_now"), f"{descent.cost(stepper.w, stepper.b):.6f}")
    good = [s for s in stepper.steps if not s.diverged]
    if good:
        st.code(gd.formula(good[-1], stepper.with_bias), language=None)
    st.vega_lite_chart(gd.stepper_chart(stepper), width="stretch")
    st.caption(t("gd.curve"))
    if good:
        with st.expander(t("gd.table", n=len(good)), icon=":material/table:"):
            st.dataframe(gd.steps_table(stepper), width="stretch")
            csv_download(t("gd.dl_steps"), stepper.table(), "gradient_descent_steps.csv")

    st.header(t("gd.regimes"))
    L = descent.curvature(stepper.with_bias)
    name = descent.regime(lr, stepper.with_bias)
    st.markdown(t("gd.regime_text", L=L, inv=1 / L, inv2=2 / L, lr=lr, factor=1 - lr * L))
    box = {"diverging": st.error, "oscillating": st.warning, "too_slow": st.info, "converging": st.success}[name]
    box(
        t(
            {
                "diverging": "gd.r.diverging",
                "oscillating": "gd.r.oscillating",
                "too_slow": "gd.r.too_slow",
                "converging": "gd.r.converging",
            }[name]
        )
    )
    code_panel(descent.cost, descent.gradient, descent.gd_step, descent.curvature, descent.regime)

    # backward() lives in this fragment: its graph is of the stepper's current w
    st.header(t("gd.backward"))
    w_now = stepper.w
    graph = descent.graph_values(w_now)
    st.markdown(t("gd.backward_note", w=w_now, g=graph["w"][1], hand=descent.gradient(w_now)[0]))
    st.graphviz_chart(gd.graph_dot(w_now))
    accumulate = st.toggle(t("gd.accumulate"), key="gd_accumulate")
    st.dataframe(
        gd.accumulation_table(descent.accumulation_demo(w_now, 3, zero_between=not accumulate)), hide_index=True
    )
    if accumulate:
        st.warning(t("gd.accumulate_note"), icon=":material/add_circle:")
    code_panel(descent.graph_values, descent.accumulation_demo)
    page.sync(SETTINGS)


stepper_section()

# ---------------------------------------------------------------- 3. GD vs SGD


@st.fragment  # its slider reruns only this section
def sgd_section():
    st.header(t("gd.sgd"))
    st.caption(t("gd.sgd_note"))
    sgd_lr = page.widget(SETTINGS, "gd_sgd_lr")
    st.vega_lite_chart(gd.gd_vs_sgd_chart(descent.gd_vs_sgd(1.0, sgd_lr, 30)), width="stretch")
    code_panel(descent.gd_vs_sgd)
    page.sync(SETTINGS)


sgd_section()

# ---------------------------------------------------------------- 4. surfaces


@st.cache_data(max_entries=64)
def surface_cells(surface, kappa):
    return gd.surface_cells(surface, kappa)


@st.cache_data(max_entries=64)
def race(surface, start, settings, steps, kappa):
    return optimizers.race(surface, start, settings, steps, kappa)


@st.cache_data(max_entries=64)
def scratch_vs_torch(surface, start, name, settings, kappa):
    return optimizers.scratch_vs_torch(surface, start, name, settings, steps=5, condition=kappa)


def start_from_click():
    """A click on the contour moves the start point of the current surface there."""
    picked = st.session_state["gd_race_chart"].selection.get("pick") or []
    if picked:
        kx, ky = gd.start_keys(st.session_state.gd_surface)
        st.session_state[kx] = round(min(max(picked[0]["x"], -10.0), 10.0), 1)
        st.session_state[ky] = round(min(max(picked[0]["y"], -10.0), 10.0), 1)
        st.session_state.gd_eps = 0.0


@st.fragment  # the race's controls and its click rerun only the race and the scratch tables
def race_sections():
    st.header(t("gd.surfaces"))
    c1, c2, c3, c4 = st.columns(4)
    surface = page.widget(SETTINGS, "gd_surface", c1)
    kappa = page.widget(SETTINGS, "gd_kappa", c2, disabled=surface != "bowl")
    kx, ky = gd.start_keys(surface)
    x0, y0 = page.widget(SETTINGS, kx, c3), page.widget(SETTINGS, ky, c4)
    c1, c2, c3 = st.columns([1, 1, 2])
    eps = page.widget(SETTINGS, "gd_eps", c1)
    steps_2d = page.widget(SETTINGS, "gd_steps", c2)
    chosen = page.widget(SETTINGS, "gd_opts", c3)
    settings = {}
    for col, name in zip(st.columns(max(len(chosen), 1)), chosen, strict=False):
        with col.expander(t("gd.opt_settings", name=name)):
            settings[name] = {
                param: page.widget(SETTINGS, gd.param_key(surface, name, param))
                for param in optimizers.defaults_for(surface)[name]
            }
    if surface == "saddle":
        st.info(t("gd.saddle_note"), icon=":material/lightbulb:")

    start = (x0, y0 + eps)
    try:
        results = race(surface, start, settings, steps_2d, kappa)
    except InputError as exc:
        show_error(exc)
        results = {}
    contour, loss_chart, diverged, left_box = gd.race_layers(
        surface, kappa, start, results, surface_cells(surface, kappa)
    )
    for name, k in diverged:
        st.error(t("gd.opt_diverged", name=name, k=k), icon=":material/warning:")
    for name, k in left_box:
        st.warning(t("gd.left_plot", name=name, k=k))
    left, right = layout.row("gd-race", 2)
    left.vega_lite_chart(contour, width="stretch", on_select=start_from_click, key="gd_race_chart")
    left.caption(t("gd.contour"))
    right.vega_lite_chart(loss_chart, width="stretch")
    right.caption(t("gd.loss_steps"))
    code_panel(optimizers.trajectory, optimizers.make_optimizer, optimizers.SURFACES[surface][0])

    # ------------------------------------------------------------ 5. scratch = torch.optim
    st.header(t("gd.scratch"))
    st.caption(t("gd.scratch_note"))
    for name in chosen:
        left, right = st.columns([2, 3])
        with left:
            code_panel(optimizers.SCRATCH[name])
        with right:
            try:
                st.caption(name)
                rows = scratch_vs_torch(surface, start, name, settings[name], kappa)
                st.dataframe(gd.scratch_table(rows), width="stretch")
            except InputError as exc:
                show_error(exc)
    page.sync(SETTINGS)


race_sections()

stepper_now = stepper_facts(st.session_state["gd.stepper"])
page.close(SETTINGS, gd.NOTEBOOK, held={"gd.oscillate": stepper_now, "gd.diverge": stepper_now})

import streamlit as st

from core import tensors
from core.errors import InputError
from ui import layout, page
from ui.i18n import t
from ui.topics import tensors as tb
from ui.widgets import code_panel, show_error

SETTINGS = tb.SETTINGS
page.open_page(SETTINGS, "tb.title", "tb.intro", "tensors")

# ---------------------------------------------------------------- 1. two tensors
st.header(t("tb.operands"))
c1, c2, c3 = st.columns([2, 1, 2])
a_shape_text = page.widget(SETTINGS, "tb_a_shape", c1)
op = page.widget(SETTINGS, "tb_op", c2)
b_shape_text = page.widget(SETTINGS, "tb_b_shape", c3)
with st.expander(t("tb.values_help"), icon=":material/edit:"):
    c1, c2 = st.columns(2)
    a_values, b_values = page.widget(SETTINGS, "tb_a_values", c1), page.widget(SETTINGS, "tb_b_values", c2)
try:
    a = tensors.make_tensor(tensors.parse_shape(a_shape_text), a_values)
    b = tensors.make_tensor(tensors.parse_shape(b_shape_text), b_values, offset=10)
except InputError as exc:
    show_error(exc)
    page.close(SETTINGS, tb.NOTEBOOK)
    st.stop()
c1, c2 = st.columns(2)
c1.code(f"# a.shape = {tb.shape_text(a.shape)}\na = torch.tensor({tb.tensor_text(a)})", language="python")
c2.code(f"# b.shape = {tb.shape_text(b.shape)}\nb = torch.tensor({tb.tensor_text(b)})", language="python")

# ---------------------------------------------------------------- 2. the rule, step by step
st.header(t("tb.rule"))
st.markdown(t("tb.rule_text"))
result = tensors.broadcast(a, b, op)
st.dataframe(tb.steps_table(result.steps), width="stretch")
if result.error:
    st.error(t("tb.refused"), icon=":material/block:")
    st.code(f"RuntimeError: {result.error}", language=None)
else:
    st.success(
        t(
            "tb.result_shape",
            op=op,
            a=tb.shape_text(a.shape),
            b=tb.shape_text(b.shape),
            out=tb.shape_text(result.shape),
        ),
        icon=":material/check_circle:",
    )
    st.code(f"a {op} b =\n{tb.tensor_text(result.result)}", language=None)
    a_cells, b_cells = tensors.stretched(a, result.shape), tensors.stretched(b, result.shape)
    if a_cells and b_cells:
        st.caption(t("tb.picture"))
        c1, c2 = layout.row("tb-pictures", 2)
        c1.vega_lite_chart(tb.grid_chart(a_cells, t("tb.a_stretched")), width="content")
        c2.vega_lite_chart(tb.grid_chart(b_cells, t("tb.b_stretched")), width="content")
    else:
        st.caption(t("tb.no_picture"))
code_panel(tensors.rule_steps, tensors.broadcast, tensors.stretched)

# ---------------------------------------------------------------- 3. traps from the course code
st.header(t("tb.traps"))
st.subheader(t("tb.trap_loss"))
n = page.widget(SETTINGS, "tb_n")
trap = tensors.loss_shape_trap(n)
st.markdown(
    t(
        "tb.trap_loss_text",
        y_hat=tb.shape_text(trap["y_hat"]),
        y=tb.shape_text(trap["y"]),
        wrong=tb.shape_text(trap["wrong"]),
        right=tb.shape_text(trap["right"]),
        wrong_loss=trap["wrong_loss"],
        right_loss=trap["right_loss"],
    )
)
code_panel(tensors.loss_shape_trap)

st.subheader(t("tb.trap_keepdim"))
c1, c2 = st.columns(2)
dim, keepdim = page.widget(SETTINGS, "tb_dim", c1, horizontal=True), page.widget(SETTINGS, "tb_keepdim", c2)
trap = tensors.keepdim_trap(dim, keepdim)
st.code(f"X = torch.arange(1.0, 7.0).reshape(2, 3)\nX / X.sum(dim={dim}, keepdim={keepdim})", language="python")
if trap["error"]:
    st.error(t("tb.keepdim_fails", shape=tb.shape_text(trap["sum_shape"])), icon=":material/block:")
    st.code(f"RuntimeError: {trap['error']}", language=None)
elif trap["rows_sum_to_1"]:
    st.success(t("tb.keepdim_rows", shape=tb.shape_text(trap["sum_shape"])), icon=":material/check_circle:")
else:
    st.warning(t("tb.keepdim_wrong", shape=tb.shape_text(trap["sum_shape"])), icon=":material/warning:")
code_panel(tensors.keepdim_trap)

st.subheader(t("tb.trap_view"))
trap = tensors.contiguity_trap()
st.markdown(t("tb.view_text", s=trap["x_stride"], st=trap["xt_stride"], c=trap["xt_contiguous"], r=trap["reshape"]))
st.code(f"x.t().view(6)  →  RuntimeError: {trap['view_error']}", language=None)
code_panel(tensors.contiguity_trap)

section_1 = {"a": tuple(a.shape), "b": tuple(b.shape), "out": result.shape}
page.close(SETTINGS, tb.NOTEBOOK, held={"tb.stretch_both": section_1})

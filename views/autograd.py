import streamlit as st

from core import autograd
from core.errors import InputError
from ui import page
from ui.i18n import t
from ui.topics import autograd as ag
from ui.widgets import code_panel, show_error

SETTINGS = ag.SETTINGS
page.open_page(SETTINGS, "ag.title", "ag.intro", "autograd")

# ---------------------------------------------------------------- 1. your expression
st.header(t("ag.expression"))
text = page.widget(SETTINGS, "ag_expr")
st.caption(t("ag.expr_help", functions=", ".join(autograd.FUNCTIONS)))
cols = st.columns(3)
values = {name: page.widget(SETTINGS, f"ag_{name}", col) for name, col in zip(autograd.LEAVES, cols, strict=True)}
needs = {name: page.widget(SETTINGS, f"ag_rg_{name}", col) for name, col in zip(autograd.LEAVES, cols, strict=True)}
try:
    graph = autograd.build(text, values, needs)
except InputError as exc:
    show_error(exc)
    page.close(SETTINGS, ag.NOTEBOOK)
    st.stop()
out = graph.output
st.code(
    f"out = {graph.text}\nout = {ag.number(out.item())}, requires_grad={out.requires_grad}, "
    f"grad_fn={type(out.grad_fn).__name__ if out.grad_fn else None}",
    language="python",
)
if not autograd.finite(out.item()):
    st.warning(t("ag.not_finite"), icon=":material/warning:")

# ---------------------------------------------------------------- 2. the graph torch built
st.header(t("ag.graph"))
if out.grad_fn is None:
    st.info(t("ag.no_graph"), icon=":material/info:")
else:
    st.graphviz_chart(ag.graph_dot(graph))
    st.caption(t("ag.graph_note"))
code_panel(autograd.parse, autograd.build, autograd.graph_nodes)

# ---------------------------------------------------------------- 3. backward()
st.header(t("ag.backward"))
grads, error = autograd.gradients(graph)
if error:
    st.error(t("ag.backward_refused"), icon=":material/block:")
    st.code(f"RuntimeError: {error}", language=None)
st.dataframe(ag.leaves_table(graph, grads), hide_index=True, width="stretch")
st.caption(t("ag.leaves_note"))
code_panel(autograd.gradients)

# ---------------------------------------------------------------- 4. what surprises learners
st.header(t("ag.surprises"))
st.subheader(t("ag.accumulate"))
rows = autograd.accumulation(text, values)
if rows:
    st.dataframe(ag.accumulation_table(rows), width="stretch")
    st.caption(t("ag.accumulate_note"))
else:
    st.caption(t("ag.constant"))
st.subheader(t("ag.twice"))
twice = autograd.second_backward_error(text, values)
if twice:
    st.code(f"out.backward()\nout.backward()  →  RuntimeError: {twice}", language=None)
    st.caption(t("ag.twice_note"))
else:
    st.caption(t("ag.twice_ok"))
st.subheader(t("ag.detach"))
demo = autograd.detach_demo(values["w"])
st.markdown(t("ag.detach_text", w=values["w"], full=ag.number(demo["grad_full"]), cut=ag.number(demo["grad_detached"])))
code_panel(autograd.accumulation, autograd.second_backward_error, autograd.detach_demo)

latest = {"text": graph.text, "x": values["x"], "x_grad": grads.get("x")}
page.close(SETTINGS, ag.NOTEBOOK, held={"ag.derivative_of_sin": latest})

"""Tensors & broadcasting: declared settings, the rule's table and the stretched-operand pictures."""

import altair as alt
import pandas as pd

from ui import charts
from ui.i18n import t
from ui.notebook import Cell, Code, Md, Notebook
from ui.settings import Choice, Flag, Number, Text, page

SETTINGS = page(
    Text(key="tb_a_shape", label="tb.a_shape", default="3, 1", max_chars=30),
    Text(key="tb_b_shape", label="tb.b_shape", default="1, 4", max_chars=30),
    Choice(key="tb_op", label="tb.op", default="+", options=("+", "-", "*")),
    Text(key="tb_a_values", label="tb.a_values", default="", max_chars=400),
    Text(key="tb_b_values", label="tb.b_values", default="", max_chars=400),
    Number(key="tb_n", label="tb.n", default=3, lo=1, hi=8, step=1, integer=True, slider=True),
    Choice(key="tb_dim", label="tb.dim", default=1, options=(0, 1), radio=True),
    Flag(key="tb_keepdim", label="tb.keepdim", default=False),
)

RULES = {"equal": "tb.rule.equal", "stretch": "tb.rule.stretch", "clash": "tb.rule.clash"}


def shape_text(shape) -> str:
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


def steps_table(steps) -> pd.DataFrame:
    rows = [
        {
            t("tb.col.dim"): s["dim"],
            "a": s["a"],
            "b": s["b"],
            t("tb.col.result"): s["result"] if s["result"] is not None else "✗",
            t("tb.col.rule"): t(RULES[s["rule"]]) + (" " + t("tb.padded") if s["padded"] else ""),
        }
        for s in steps
    ]
    columns = [t("tb.col.dim"), "a", "b", t("tb.col.result"), t("tb.col.rule")]  # two scalars: no rows
    return pd.DataFrame(rows, columns=columns).set_index(t("tb.col.dim"))


def grid_chart(cells, title: str) -> dict:
    """A 2-D tensor as a grid of its values; stretched copies are pale."""
    kinds = {False: t("tb.original"), True: t("tb.copy")}
    rows = [{**cell, "kind": kinds[cell["copy"]]} for cell in cells]
    return charts.spec(_grid_template, title, cells=rows)


def _grid_template(title: str):
    kind_t, value_t = t("tb.kind"), t("tb.value")
    base = alt.Chart(alt.NamedData("cells")).encode(
        x=alt.X("col:O", title=t("tb.col.column")),
        y=alt.Y("row:O", title=t("tb.col.row")),
        tooltip=[alt.Tooltip("value:Q", title=value_t), alt.Tooltip("kind:N", title=kind_t)],
    )
    rects = base.mark_rect(stroke="white", strokeWidth=2).encode(
        color=alt.Color(
            "kind:N",
            title=kind_t,
            scale=alt.Scale(domain=[t("tb.original"), t("tb.copy")], range=["#2e86ab", "#c9dcea"]),
        )
    )
    text = base.mark_text(fontSize=13).encode(text=alt.Text("value:Q", format="~g"))
    return (rects + text).properties(title=title, width=alt.Step(44), height=alt.Step(36))  # one step per cell


def tensor_text(x) -> str:
    """All values of a small tensor; the first 64, flattened, of a larger one."""
    return str(x.tolist()) if x.numel() <= 64 else str(x.flatten()[:64].tolist())[:-1] + ", …]"


def notebook_cells(v) -> list[Cell]:
    return [
        Md(("tb.operands",)),
        Code("""
from core import tensors
import pandas as pd

a = tensors.make_tensor(tensors.parse_shape(a_shape), a_values)
b = tensors.make_tensor(tensors.parse_shape(b_shape), b_values, offset=10)
print("a.shape =", tuple(a.shape), " b.shape =", tuple(b.shape))"""),
        Md(("tb.rule", "tb.rule_text")),
        Code("""
result = tensors.broadcast(a, b, op)
display(pd.DataFrame(result.steps))
print(f"RuntimeError: {result.error}" if result.error else f"a {op} b: shape {tuple(result.shape)}\\n{result.result}")"""),
        Md(("tb.traps",)),
        Md(("tb.trap_loss",), level=3),
        Code("tensors.loss_shape_trap(n)"),
        Md(("tb.trap_keepdim",), level=3),
        Code("tensors.keepdim_trap(dim, keepdim)"),
        Md(("tb.trap_view",), level=3),
        Code("tensors.contiguity_trap()"),
    ]


NOTEBOOK = Notebook("tb.title", "tb.intro", "tensors", notebook_cells)

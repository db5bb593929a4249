"""Autograd and the dynamic graph: declared settings, the graph as a diagram, the gradient tables."""

import pandas as pd

from core import autograd
from ui.i18n import t
from ui.notebook import Cell, Code, Md, Notebook
from ui.settings import Flag, Number, Text, page

SETTINGS = page(
    Text(key="ag_expr", label="ag.expr", default="(w * x + b - 2) ** 2", max_chars=autograd.MAX_CHARS),
    Number(key="ag_x", label="ag.value_x", default=1.5, lo=-10.0, hi=10.0, step=0.1),
    Number(key="ag_w", label="ag.value_w", default=2.0, lo=-10.0, hi=10.0, step=0.1),
    Number(key="ag_b", label="ag.value_b", default=0.5, lo=-10.0, hi=10.0, step=0.1),
    Flag(key="ag_rg_x", label="ag.rg_x", default=False),
    Flag(key="ag_rg_w", label="ag.rg_w", default=True),
    Flag(key="ag_rg_b", label="ag.rg_b", default=True),
)


def number(value) -> str:
    """A forward value or gradient; nothing computed from NaN or inf is shown as a number."""
    return f"{value:.4g}".replace("-", "−") if autograd.finite(value) else "—"


def graph_dot(graph: autograd.Graph) -> str:
    """The backward graph torch recorded: grad_fn nodes with the forward value each one's tensor had,
    AccumulateGrad nodes feeding the leaves' .grad; arrows point the way backward() runs."""
    nodes, edges = autograd.graph_nodes(graph)
    lines = ["digraph G {", "rankdir=RL; node [shape=box, style=rounded, fontname=Helvetica, fontsize=11];"]
    for n in nodes:
        if n["leaf"]:
            leaf = graph.leaves[n["leaf"]]
            lines.append(
                f'n{n["id"]} [label="{n["name"]}\\n{n["leaf"]}.grad", style="rounded,filled", fillcolor="#fde2d8"];'
            )
            lines.append(
                f'leaf_{n["leaf"]} [label="{n["leaf"]} = {number(leaf.item())}\\nrequires_grad=True", shape=ellipse];'
            )
            lines.append(f'n{n["id"]} -> leaf_{n["leaf"]} [style=dashed, color="#e4572e"];')
        else:
            lines.append(f'n{n["id"]} [label="{n["name"]}\\n{t("ag.forward")} {number(n["value"])}"];')
    lines += [f"n{parent} -> n{child};" for child, parent in edges]
    lines.append("}")
    return "\n".join(lines)


def leaves_table(graph: autograd.Graph, grads: dict) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                t("ag.col.leaf"): name,
                t("ag.col.value"): number(leaf.item()),
                "requires_grad": leaf.requires_grad,
                "grad_fn": "None",
                ".grad": number(grads[name]) if grads[name] is not None else "None",
            }
            for name, leaf in graph.leaves.items()
        ]
    )


def accumulation_table(rows) -> pd.DataFrame:
    return pd.DataFrame(
        [{t("ag.col.call"): r["call"], **{f"{n}.grad": number(r[n]) for n in autograd.LEAVES}} for r in rows]
    ).set_index(t("ag.col.call"))


def notebook_cells(v) -> list[Cell]:
    return [
        Md(("ag.expression",)),
        Code("""
from core import autograd
import pandas as pd

graph = autograd.build(expr, {"x": x, "w": w, "b": b}, {"x": rg_x, "w": rg_w, "b": rg_b})
out = graph.output
print(f"out = {graph.text} = {out.item():.6g}, requires_grad={out.requires_grad}, grad_fn={out.grad_fn}")"""),
        Md(("ag.graph", "ag.graph_note")),
        Code("""
nodes, edges = autograd.graph_nodes(graph)
display(pd.DataFrame(nodes))
edges"""),
        Md(("ag.backward", "ag.leaves_note")),
        Code("""
grads, error = autograd.gradients(graph)
print("RuntimeError:", error) if error else print(grads)"""),
        Md(("ag.surprises",)),
        Md(("ag.accumulate",), level=3),
        Code("pd.DataFrame(autograd.accumulation(expr, {'x': x, 'w': w, 'b': b}))"),
        Md(("ag.twice",), level=3),
        Code("autograd.second_backward_error(expr, {'x': x, 'w': w, 'b': b})"),
        Md(("ag.detach",), level=3),
        Code("autograd.detach_demo(w)"),
    ]


NOTEBOOK = Notebook("ag.title", "ag.intro", "autograd", notebook_cells)

"""Diagrams and images the pages draw (ui/), checked against the numbers they picture."""

import json

import pandas as pd
import torch

from core import descent, diabetes
from ui import charts, points
from ui.topics import diabetes_mlp, gradient_descent, linear_fit, mnist_cnn, rnn_hello


def test_backward_graph_shows_the_autograd_gradient_of_w():
    dot = gradient_descent.graph_dot(1.2)
    assert f"{descent.graph_values(1.2)['w'][1]:.3f}" in dot  # w's node carries w.grad
    assert dot.count("->") == 2 + 2 * 4 and dot.strip().endswith("}")


def test_network_diagram_has_one_filled_node_per_neuron():
    model = diabetes.build_model()
    acts = [a[0].tolist() for a in model.activations(torch.zeros(1, 8))]
    assert [len(a) for a in acts] == [8, 6, 4, 1]
    assert diabetes_mlp.network_dot(acts).count("fillcolor") == 19


def test_unrolled_diagram_has_one_cell_per_step_and_quotes_labels():
    dot = rnn_hello.unrolled_dot("cell", "hello", "ohlol")
    assert dot.count("RNNCell") == 5 and "h (1, 4)" in dot and dot.strip().endswith("}")
    assert '\\"' in rnn_hello.unrolled_dot("cell", 'a"b', 'b"a')  # a quote in the text stays inside its label


def test_tile_makes_a_grid():
    grid = mnist_cnn.tile(torch.randn(10, 24, 24), cols=5, scale=2)
    assert grid.shape == ((2 * 25 + 1) * 2, (5 * 25 + 1) * 2) and grid.min() >= 0 and grid.max() <= 1
    assert mnist_cnn.tile(torch.randn(10, 5, 5), cols=5, signed=True).shape[-1] == 3


def test_a_chart_template_is_the_altair_chart_with_its_data_attached_by_name():
    """Oracle: Altair's own compilation of the same chart over the same rows, inline."""
    rows = {"w": [0.0, 1.0, 2.0], "mse": [4.0, 1.0, 0.0]}
    you = charts.point(1.0, 1.0, "you")

    def template(source, marker):
        line = charts.lines(source, "w", "mse", x_title="w", y_title="MSE", points=True)
        return line + charts.marker(marker, color="#e4572e", shape="circle")

    charts._compiled.cache_clear()
    spec = charts.spec(template, "sweep", "you", sweep=rows, you=you)
    inline = template(pd.DataFrame(rows), pd.DataFrame(you)).to_dict()
    named = [layer["data"] for layer in spec["layer"]]
    assert named == [{"name": "sweep"}, {"name": "you"}]
    for layer, expected in zip(spec["layer"], inline["layer"], strict=True):
        assert {k: v for k, v in layer.items() if k != "data"} == {k: v for k, v in expected.items() if k != "data"}
    assert spec["datasets"]["sweep"].to_pydict() == rows and spec["datasets"]["you"].to_pydict() == you
    assert "config" not in spec  # Altair's default 300 x 300 view is left to Streamlit, as st.altair_chart does

    charts.spec(template, "sweep", "you", sweep={"w": [5.0], "mse": [9.0]}, you=you)
    assert charts._compiled.cache_info().misses == 1  # new data: the compiled template is reused
    assert "datasets" not in json.loads(charts._compiled(template, "en", ("sweep", "you")))


def test_the_own_data_chart_is_the_pages_chart_under_its_click_grid_compiled_once_per_range():
    """Oracle: Altair's own (validated) compilation of the same layers over the same rows, inline, as
    st.altair_chart sent them before; a second set of points with the same range reuses the compiled chart."""
    mine = {
        "points": {"x": [1.0, 2.0, 3.0], "y": [2.0, 4.1, 5.9]},
        "fit": {"x": [1.0, 3.0], "y": [2.0, 6.0], "line": ["fit"] * 2},
    }
    shape = linear_fit.data_shape(mine)
    grid = (0.0, 0.1, 31, 1.0, 0.2, 26, (0.5, 3.5), (1.5, 6.5))
    charts._compiled.cache_clear()
    spec = charts.spec(points._clickable, linear_fit.data_template, shape, grid, **mine)
    inline_args = (260, pd.DataFrame(mine["points"]), None, pd.DataFrame(mine["fit"]))
    inline = points._clickable(linear_fit.data_template, inline_args, grid).to_dict()
    assert spec["params"] == inline["params"] and spec["params"][0]["select"]["on"] == "click"
    assert json.dumps(spec["layer"][1]) == json.dumps(inline["layer"][1])  # the grid of click targets
    for layer, expected in zip(spec["layer"][0]["layer"], inline["layer"][0]["layer"], strict=True):
        assert {k: v for k, v in layer.items() if k != "data"} == {k: v for k, v in expected.items() if k != "data"}
    assert spec["datasets"]["points"].to_pydict() == mine["points"]

    moved = {**mine, "points": {"x": [1.0, 2.0, 3.0], "y": [2.0, 3.5, 5.9]}}
    charts.spec(points._clickable, linear_fit.data_template, shape, grid, **moved)
    assert charts._compiled.cache_info().misses == 1


def test_history_chart_facets_each_metric_over_its_named_rows():
    spec = charts.history([{"step": 1, "loss": 0.5, "test_acc": 0.9}, {"step": 2, "loss": 0.25, "test_acc": 0.95}])
    assert spec["data"] == {"name": "history"} and spec["facet"]["column"]["field"] == "kind"
    table = spec["datasets"]["history"].to_pydict()
    assert sorted(zip(table["metric"], table["value"], strict=True)) == [
        ("loss", 0.25),
        ("loss", 0.5),
        ("test_acc", 0.9),
        ("test_acc", 0.95),
    ]

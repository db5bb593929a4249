"""Diagrams and images the pages draw (ui/), checked against the numbers they picture."""

import torch

from core import descent, diabetes
from ui.topics import diabetes_mlp, gradient_descent, mnist_cnn, rnn_hello


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

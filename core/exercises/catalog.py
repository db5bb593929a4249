"""Every page's exercises, by the page's course key (as in ui.course and ui.nav)."""

from core.exercises import (
    autograd,
    diabetes_mlp,
    dimensions,
    fitting,
    gradient_descent,
    linear_fit,
    mnist_cnn,
    rnn_hello,
    sigmoid_softmax,
    tensors,
)
from core.exercises.base import Exercise, index

MODULES = {
    "tensors": tensors,
    "autograd": autograd,
    "fitting": fitting,
    "dimensions": dimensions,
    "linear-fit": linear_fit,
    "gradient-descent": gradient_descent,
    "sigmoid-softmax": sigmoid_softmax,
    "diabetes-mlp": diabetes_mlp,
    "mnist-cnn": mnist_cnn,
    "rnn": rnn_hello,
}
PAGES: dict[str, tuple[Exercise, ...]] = {course: module.EXERCISES for course, module in MODULES.items()}
BY_ID: dict[str, Exercise] = index(tuple(ex for exercises in PAGES.values() for ex in exercises))

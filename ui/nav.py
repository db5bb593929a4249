"""The topics that exist, in one list: app.py builds the navigation from it, Home links to it."""

from dataclasses import dataclass

from core.exercises.base import Exercise
from core.exercises.catalog import PAGES
from ui.notebook import Notebook
from ui.settings import PageSettings
from ui.topics import (
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


@dataclass(frozen=True)
class Topic:
    section: str  # i18n key of the sidebar section
    path: str
    title: str  # i18n key
    blurb: str  # i18n key
    icon: str
    url_path: str
    settings: PageSettings  # every setting the page declares: its widgets, its URL, its fuzz test
    notebook: Notebook  # what "Download as Jupyter notebook" holds; tests/test_notebooks.py runs it

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        """The page's Exercises section (core/exercises/<page>.py): its fuzz and string tests walk them."""
        return PAGES[self.url_path]


TOPICS = [
    Topic("app.section.foundations", "views/tensors.py", "tb.title", "tb.blurb",
          ":material/grid_on:", "tensors", tensors.SETTINGS, tensors.NOTEBOOK),
    Topic("app.section.foundations", "views/autograd.py", "ag.title", "ag.blurb",
          ":material/account_tree:", "autograd", autograd.SETTINGS, autograd.NOTEBOOK),
    Topic("app.section.foundations", "views/fitting.py", "of.title", "of.blurb",
          ":material/ssid_chart:", "fitting", fitting.SETTINGS, fitting.NOTEBOOK),
    Topic("app.section.foundations", "views/dimensions.py", "cd.title", "cd.blurb",
          ":material/scatter_plot:", "dimensions", dimensions.SETTINGS, dimensions.NOTEBOOK),
    Topic("app.section.basics", "views/linear_fit.py", "lin.title", "lin.blurb",
          ":material/show_chart:", "linear-fit", linear_fit.SETTINGS, linear_fit.NOTEBOOK),
    Topic("app.section.basics", "views/gradient_descent.py", "gd.title", "gd.blurb",
          ":material/trending_down:", "gradient-descent", gradient_descent.SETTINGS, gradient_descent.NOTEBOOK),
    Topic("app.section.basics", "views/sigmoid_softmax.py", "ss.title", "ss.blurb",
          ":material/functions:", "sigmoid-softmax", sigmoid_softmax.SETTINGS, sigmoid_softmax.NOTEBOOK),
    Topic("app.section.networks", "views/diabetes_mlp.py", "dm.title", "dm.blurb",
          ":material/monitor_heart:", "diabetes-mlp", diabetes_mlp.SETTINGS, diabetes_mlp.NOTEBOOK),
    Topic("app.section.networks", "views/mnist_cnn.py", "mn.title", "mn.blurb",
          ":material/draw:", "mnist-cnn", mnist_cnn.SETTINGS, mnist_cnn.NOTEBOOK),
    Topic("app.section.networks", "views/rnn_hello.py", "rnn.title", "rnn.blurb",
          ":material/replay:", "rnn", rnn_hello.SETTINGS, rnn_hello.NOTEBOOK),
]  # fmt: skip

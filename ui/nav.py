"""The topics that exist, in one list: app.py builds the navigation from it, Home links to it."""

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.exercises.base import Exercise
    from ui.notebook import Notebook
    from ui.settings import PageSettings


@dataclass(frozen=True)
class Topic:
    section: str  # i18n key of the sidebar section
    path: str
    title: str  # i18n key
    blurb: str  # i18n key
    icon: str
    url_path: str

    # ui/topics/<the view's name>.py: the page's declarations. They import torch, pandas and altair, so
    # they load when a page or a test first asks: the router and Home draw before those libraries load.
    def declarations(self) -> ModuleType:
        return importlib.import_module(self.module)

    @property
    def module(self) -> str:
        return f"ui.topics.{Path(self.path).stem}"

    @property
    def settings(self) -> "PageSettings":
        """Every setting the page declares: its widgets, its URL, its fuzz test."""
        return self.declarations().SETTINGS

    @property
    def notebook(self) -> "Notebook":
        """What "Download as Jupyter notebook" holds; tests/test_notebooks.py runs it."""
        return self.declarations().NOTEBOOK

    @property
    def exercises(self) -> "tuple[Exercise, ...]":
        """The page's Exercises section (core/exercises/<page>.py): its fuzz and string tests walk them."""
        from core.exercises.catalog import PAGES

        return PAGES[self.url_path]


TOPICS = [
    Topic("app.section.foundations", "views/tensors.py", "tb.title", "tb.blurb",
          ":material/grid_on:", "tensors"),
    Topic("app.section.foundations", "views/autograd.py", "ag.title", "ag.blurb",
          ":material/account_tree:", "autograd"),
    Topic("app.section.foundations", "views/fitting.py", "of.title", "of.blurb",
          ":material/ssid_chart:", "fitting"),
    Topic("app.section.foundations", "views/dimensions.py", "cd.title", "cd.blurb",
          ":material/scatter_plot:", "dimensions"),
    Topic("app.section.basics", "views/linear_fit.py", "lin.title", "lin.blurb",
          ":material/show_chart:", "linear-fit"),
    Topic("app.section.basics", "views/gradient_descent.py", "gd.title", "gd.blurb",
          ":material/trending_down:", "gradient-descent"),
    Topic("app.section.basics", "views/sigmoid_softmax.py", "ss.title", "ss.blurb",
          ":material/functions:", "sigmoid-softmax"),
    Topic("app.section.networks", "views/diabetes_mlp.py", "dm.title", "dm.blurb",
          ":material/monitor_heart:", "diabetes-mlp"),
    Topic("app.section.networks", "views/mnist_cnn.py", "mn.title", "mn.blurb",
          ":material/draw:", "mnist-cnn"),
    Topic("app.section.networks", "views/rnn_hello.py", "rnn.title", "rnn.blurb",
          ":material/replay:", "rnn"),
]  # fmt: skip
# What the pages import beyond the libraries, frozen with them once a server has drawn its first page
# (core/memory.py): Streamlit's collection after every rerun then no longer walks their objects.
PAGE_MODULES = (*(topic.module for topic in TOPICS), "ui.page", "ui.training", "ui.widgets", "ui.layout")

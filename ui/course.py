"""Where each page sits in the courses: its D2L section (English and 中文 editions) and Liu Er's lecture.

One table, checked by tests/test_course_links.py to have an entry for every topic page.
"""

from dataclasses import dataclass

import streamlit as st

from ui.i18n import lang, tr

D2L_EN = "https://d2l.ai/{}.html"
D2L_ZH = "https://zh.d2l.ai/{}.html"
LIU_ER = "https://www.bilibili.com/video/BV1Y7411d7Ys?p={}"  # 《PyTorch深度学习实践》, one part per lecture


@dataclass(frozen=True)
class Course:
    d2l_en: str  # page path in the English edition
    d2l_zh: str  # page path in the Chinese edition (its chapters are organised differently)
    lecture: int  # Liu Er's lecture number (= the video's part number)


COURSE = {
    "tensors": Course("chapter_preliminaries/ndarray", "chapter_preliminaries/ndarray", 4),
    "autograd": Course("chapter_preliminaries/autograd", "chapter_preliminaries/autograd", 4),
    "fitting": Course("chapter_linear-regression/generalization", "chapter_multilayer-perceptrons/underfit-overfit", 5),
    "dimensions": Course("chapter_linear-regression/generalization", "chapter_multilayer-perceptrons/underfit-overfit",
                         5),
    "linear-fit": Course("chapter_linear-regression/linear-regression-scratch",
                         "chapter_linear-networks/linear-regression-scratch", 2),
    "gradient-descent": Course("chapter_optimization/gd", "chapter_optimization/gd", 3),
    "sigmoid-softmax": Course("chapter_linear-classification/softmax-regression",
                              "chapter_linear-networks/softmax-regression", 6),
    "diabetes-mlp": Course("chapter_multilayer-perceptrons/mlp", "chapter_multilayer-perceptrons/mlp", 7),
    "mnist-cnn": Course("chapter_convolutional-neural-networks/lenet", "chapter_convolutional-neural-networks/lenet",
                        10),
    "rnn": Course("chapter_recurrent-neural-networks/rnn", "chapter_recurrent-neural-networks/rnn", 12),
}  # fmt: skip


def links(url_path: str) -> None:
    st.caption(links_markdown(url_path, lang()))


def links_markdown(url_path: str, lang: str) -> str:
    """The book in the reader's edition first, then the other edition, then the lecture."""
    c = COURSE[url_path]
    en, zh = D2L_EN.format(c.d2l_en), D2L_ZH.format(c.d2l_zh)
    first, other = (zh, en) if lang == "zh" else (en, zh)
    book = f"[{tr(lang, 'course.d2l')}]({first}) · [{tr(lang, 'course.d2l_other')}]({other})"
    return f"📖 {book} · 🎬 [{tr(lang, 'course.lecture', n=c.lecture)}]({LIU_ER.format(c.lecture)})"

"""Every topic page links its D2L section and Liu Er's lecture, in the reader's language first."""

import re

import pytest

from conftest import open_page
from ui.course import COURSE
from ui.nav import TOPICS


def test_every_topic_has_an_entry_and_no_entry_is_orphaned():
    assert {topic.url_path for topic in TOPICS} == set(COURSE)
    for c in COURSE.values():
        assert re.fullmatch(r"chapter_[a-z-]+/[a-z-]+", c.d2l_en) and re.fullmatch(r"chapter_[a-z-]+/[a-z-]+", c.d2l_zh)
        assert 1 <= c.lecture <= 13  # the course has 13 lectures


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.url_path)
def test_the_page_shows_its_links_in_the_readers_language(app, topic):
    open_page(app, topic.path)
    caption = next(c.value for c in app.caption if "d2l.ai" in c.value)
    assert caption.index("https://d2l.ai/") < caption.index("https://zh.d2l.ai/")
    assert f"BV1Y7411d7Ys?p={COURSE[topic.url_path].lecture}" in caption
    app.session_state["lang"] = "zh"
    app.run()
    caption = next(c.value for c in app.caption if "d2l.ai" in c.value)
    assert caption.index("https://zh.d2l.ai/") < caption.index("https://d2l.ai/")

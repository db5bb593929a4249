"""The load test's protocol-level learner (bench/streamlit_client) against a real server: two
sessions at once, each with its own link (language, seed), see their own numbers. Oracle: the
MSE recomputed with core.linear for each seed, and the catalogs' titles."""

import pytest

from bench.oracles import expected_mse
from bench.streamlit_client import ProtocolError, StreamlitSession
from tests import e2e
from ui.i18n import tr


@pytest.fixture(scope="module")
def server():
    with e2e.streamlit_server() as (url, proc, _):
        yield url


def test_two_sessions_see_their_own_language_and_numbers(server):
    english, chinese = StreamlitSession(server), StreamlitSession(server)
    try:
        first = english.open("linear-fit", "lang=en&seed=101")
        second = chinese.open("linear-fit", "lang=zh&seed=102")
        assert tr("en", "lin.title") in first.texts and tr("zh", "lin.title") in second.texts
        assert not first.exceptions and not second.exceptions
        for w in (1.5, 3.0):
            a = english.set_slider(tr("en", "lin.w"), w)
            b = chinese.set_slider(tr("zh", "lin.w"), w)
            assert f"{tr('en', 'lin.mse_here')}: {expected_mse(101, w)}" in a.texts
            assert f"{tr('zh', 'lin.mse_here')}: {expected_mse(102, w)}" in b.texts
            assert a.seconds < 30 and b.seconds < 30
    finally:
        english.close()
        chinese.close()


def test_training_through_the_protocol_reports_the_learners_seed(server):
    session = StreamlitSession(server)
    try:
        session.open("rnn", "lang=en&seed=7")
        result = session.click(tr("en", "rnn.train"))
        assert tr("en", "rnn.seed_note", seed=10, pinned=3, g=7) in result.texts
        assert any(text.startswith("Predicted string after epoch 15:") for text in result.texts)
        with pytest.raises(ProtocolError, match="no slider"):
            session.set_slider("no such slider", 1.0)
    finally:
        session.close()

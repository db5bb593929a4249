"""Server memory in a real browser: RSS and PSS after every page is visited and every model trained
once, then over 20 more sessions that each train something and close.

Budget (issue #13): <= 900 MB RSS after the tour, < 20 MB growth over the 20 sessions.
Usage: .venv/bin/python -m bench.memory [sessions]
"""

import sys
import time
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from tests import e2e
from ui.nav import TOPICS

BUDGET_MB, GROWTH_MB = 900, 20


def rss_parts(pid: int) -> str:
    """Anonymous memory (the process's own heap: data, tensors) vs file-backed pages (library code
    and data that replicas on one machine share)."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("Rss")
    )
    anon, file = (int(fields[k].split()[0]) / 1024 for k in ("RssAnon", "RssFile"))
    return f"anonymous {anon:.0f} MB, file-backed {file:.0f} MB"


def open_page(page, url: str, path: str) -> None:
    page.goto(f"{url}/{path}")
    page.locator('[data-testid="stMain"] h1').first.wait_for(timeout=60_000)
    e2e.wait_idle(page)


def train(page, button: str, done_text: str | None, timeout_ms: int = 120_000) -> None:
    """Press the first `button`; done when `done_text` shows, or (None) when no such button is left."""
    buttons = page.get_by_role("button", name=button, exact=True)
    buttons.first.click()  # linear fit: section 3's, then section 5's
    if done_text is None:
        expect(buttons).to_have_count(0, timeout=timeout_ms)
    else:
        expect(page.get_by_text(done_text).first).to_be_visible(timeout=timeout_ms)
    e2e.wait_idle(page)


CHEAP = [  # the short runs below the fold: (page, button, text that shows the finished result)
    ("linear-fit", "Train", "agree to"),
    ("linear-fit", "Train", None),
    ("sigmoid-softmax", "Train", "p(y=1 | x=4.0)"),
]
TRAININGS = [  # the models
    ("diabetes-mlp", "Train", "test accuracy"),
    ("mnist-cnn", "Train", "Test accuracy"),
    ("rnn", "Train", "Predicted string after epoch 15:"),
]


def tour(browser, url: str, pid: int) -> None:
    """Every page once, then each run behind a Train button (the cheap ones below the fold too);
    prints what each step added to the server's RSS."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    steps, before = [], e2e.memory_mb(pid)[0]
    for topic in TOPICS:
        open_page(page, url, topic.url_path)
        steps.append((topic.url_path, e2e.memory_mb(pid)[0] - before))
        before += steps[-1][1]
    for path, button, done in CHEAP + TRAININGS:
        if path not in page.url:
            open_page(page, url, path)
        train(page, button, done)
        steps.append((f"train {path}", e2e.memory_mb(pid)[0] - before))
        before += steps[-1][1]
    context.close()
    print("RSS added by each step (MB): " + ", ".join(f"{name} {added:+.0f}" for name, added in steps))


def one_session(browser, url: str, k: int) -> None:
    """A learner who opens a page, trains, and closes the tab (diabetes, MNIST and the RNN in turn)."""
    context = browser.new_context()
    page = context.new_page()
    path, button, done = TRAININGS[k % len(TRAININGS)]
    open_page(page, url, path)
    train(page, button, done)
    context.close()


def main(sessions: int = 20) -> None:
    browser_path = e2e.find_browser()
    if browser_path is None:
        sys.exit("no Chromium found")
    with e2e.streamlit_server() as (url, proc, _), sync_playwright() as p:
        browser = e2e.launch(p, browser_path)
        rss, pss = e2e.memory_mb(proc.pid)
        print(f"started, no session yet: RSS {rss:.0f} MB, PSS {pss:.0f} MB")
        start = time.perf_counter()
        tour(browser, url, proc.pid)
        rss, pss = e2e.memory_mb(proc.pid)
        verdict = "within" if rss <= BUDGET_MB else "OVER"
        print(
            f"after every page and every model trained once ({time.perf_counter() - start:.0f} s): "
            f"RSS {rss:.0f} MB, PSS {pss:.0f} MB ({verdict} the {BUDGET_MB} MB budget); of the RSS, "
            f"{rss_parts(proc.pid)}"
        )
        curve = []
        for k in range(1, sessions + 1):
            one_session(browser, url, k)
            curve.append(e2e.memory_mb(proc.pid)[0])
            if k % 5 == 0:
                print(f"after {k} more sessions (each trained and closed): RSS {curve[-1]:.0f} MB")
        growth = curve[-1] - curve[0]
        verdict = "within" if growth < GROWTH_MB else "OVER"
        print(f"RSS curve over {sessions} sessions (MB): {' '.join(f'{v:.0f}' for v in curve)}")
        print(f"growth from session 1 to {sessions}: {growth:+.1f} MB ({verdict} the {GROWTH_MB} MB budget)")
        browser.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)

"""Linear fit in a real browser: first render, slider-to-update latency, server RSS.

Usage: .venv/bin/python bench/linear_fit_latency.py [repeats]
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
import e2e  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

METRIC = '[data-testid="stMetricValue"]'


def main(repeats: int = 10):
    browser_path = e2e.find_browser()
    if browser_path is None:
        sys.exit("no Chromium found")
    with e2e.streamlit_server() as (url, proc, _), sync_playwright() as p:
        browser = e2e.launch(p, browser_path)
        first_renders, updates = [], []
        for i in range(3):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            start = time.perf_counter()
            page.goto(f"{url}/linear-fit")
            page.locator(METRIC).first.wait_for(timeout=60_000)
            e2e.wait_idle(page)
            first_renders.append(time.perf_counter() - start)
            if i < 2:
                page.close()
        thumb = page.locator('[data-testid="stSlider"]').first.locator('input[type="range"]')
        thumb.focus()
        for i in range(repeats):
            before = page.locator(METRIC).first.inner_text()
            start = time.perf_counter()
            thumb.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
            page.wait_for_function(
                "v => document.querySelector('[data-testid=\"stMetricValue\"]').innerText !== v",
                arg=before,
            )
            updates.append(time.perf_counter() - start)
            e2e.wait_idle(page)
        print(
            f"first render (cold, then warm): {', '.join(f'{s * 1000:.0f} ms' for s in first_renders)}"
        )
        print(
            f"slider -> new MSE shown: median {statistics.median(updates) * 1000:.0f} ms, "
            f"max {max(updates) * 1000:.0f} ms over {repeats}"
        )
        print(f"server RSS after use: {e2e.rss_mb(proc.pid):.0f} MB")
        browser.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)

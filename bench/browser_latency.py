"""Pages in a real browser: first render, control-to-update latency, server RSS, and the browser's CPU
to draw each topic page, today's beside the app's before issue #21 (bench/baseline.py), from one run.

Each scenario opens a page, then repeatedly works one control and times until the text it
drives has changed on screen. Usage: .venv/bin/python bench/browser_latency.py [repeats] [scenario name filter]
[--no-baseline]
"""

import statistics
import sys
import time

from playwright.sync_api import expect, sync_playwright

from bench import baseline
from tests import e2e


def slider(page, label_text, i):
    thumb = page.locator('[data-testid="stSlider"]').filter(has_text=label_text).locator('input[type="range"]')
    thumb.focus()
    thumb.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")


def button(page, label, i):
    page.get_by_role("button", name=label, exact=True).click()


# (name, url path, selector whose text changes, action)
SCENARIOS = [
    ("Linear fit: w slider -> MSE", "linear-fit", '[data-testid="stMetricValue"]',
     lambda page, i: slider(page, "w (weight", i)),
    # Logits 1, 2, 3 (through a share link): every temperature step changes the probabilities shown.
    ("Softmax: temperature slider -> probabilities", "sigmoid-softmax?ss_logits=1%2C2%2C3",
     '[data-testid="stMarkdown"]:has-text("p = ")',
     lambda page, i: slider(page, "temperature", i)),
    ("Curse of dimensionality: d slider -> distance ratio", "dimensions", '[data-testid="stMetricValue"]',
     lambda page, i: slider(page, "dimensions d", i)),
    ("Under/over-fitting: degree slider -> losses", "fitting", '[data-testid="stMetricValue"]',
     lambda page, i: slider(page, "polynomial degree", i)),
    # The step counter, not w: w stops changing on screen once it has converged.
    ("Gradient descent: Step click -> page updated", "gradient-descent",
     '[data-testid="stMetric"]:has-text("steps") [data-testid="stMetricValue"]',
     lambda page, i: button(page, "Step", i)),
]  # fmt: skip


def time_scenario(browser, url, path, selector, action, repeats):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    start = time.perf_counter()
    page.goto(f"{url}/{path}")
    page.locator(selector).first.wait_for(timeout=60_000)
    e2e.wait_idle(page)
    first = time.perf_counter() - start
    updates = []
    for i in range(repeats):
        target = page.locator(selector).first
        before = target.inner_text()
        start = time.perf_counter()
        action(page, i)
        # A retrying assertion (polls every few ms, survives the element being re-rendered mid-rerun)
        expect(target).not_to_have_text(before, timeout=30_000)
        updates.append(time.perf_counter() - start)
        e2e.wait_idle(page)
    page.close()
    return first, updates


def animation_frames(browser, url, frames=10):
    """Play on the gradient descent page: time between successive values of w on screen."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{url}/gradient-descent")
    page.locator('[data-testid="stMetricValue"]').first.wait_for(timeout=60_000)
    e2e.wait_idle(page)
    button(page, "Play", 0)
    seen, stamps = page.locator('[data-testid="stMetricValue"]').first.inner_text(), []
    while len(stamps) < frames:
        now = page.locator('[data-testid="stMetricValue"]').first.inner_text()
        if now != seen:
            seen = now
            stamps.append(time.perf_counter())
        page.wait_for_timeout(5)
    button(page, "Pause", 0)
    page.close()
    gaps = [b - a for a, b in zip(stamps, stamps[1:], strict=False)]
    return (
        f"Gradient descent: Play -> frame every {statistics.median(gaps) * 1000:.0f} ms median "
        f"(timer {0.4 * 1000:.0f} ms + rerun), max {max(gaps) * 1000:.0f} ms"
    )


def browser_cpu_seconds(cdp) -> float:
    """CPU seconds of every process of the browser (browser, renderers, GPU, utilities), as Chromium counts them."""
    return sum(process["cpuTime"] for process in cdp.send("SystemInfo.getProcessInfo")["processInfo"])


def drawing_cpu(browser, url: str, paths, rounds=3) -> dict[str, float]:
    """Mean browser CPU seconds to draw each page in a fresh tab, until its script is done and 1 s after
    (read before the tab closes, while its renderer still counts)."""
    cdp = browser.new_browser_cdp_session()

    def draw(path) -> float:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        before = browser_cpu_seconds(cdp)
        page = context.new_page()
        page.goto(f"{url}/{path}")
        page.locator("h1").first.wait_for(timeout=60_000)
        e2e.wait_idle(page)
        page.wait_for_timeout(1000)  # charts finish drawing after the script
        spent = browser_cpu_seconds(cdp) - before
        context.close()
        return spent

    for path in paths:
        draw(path)  # the server's shared caches warm up first
    spent = dict.fromkeys(paths, 0.0)
    for _ in range(rounds):
        for path in paths:
            spent[path] += draw(path) / rounds
    return spent


def compare_drawing(p, browser_path: str) -> None:
    """The browser's CPU per topic page drawn: the app before #21 and today's, each on its own server."""
    from ui.nav import TOPICS

    paths = [topic.url_path for topic in TOPICS]
    runs = {}
    with baseline.checkout() as old:
        for name, root in (("before #21", old), ("now", e2e.ROOT)):
            with e2e.streamlit_server(root=root) as (url, _, _):
                browser = e2e.launch(p, browser_path)
                runs[name] = drawing_cpu(browser, url, paths)
                browser.close()
    print("browser CPU to draw a topic page in a fresh tab, ms (mean of 3):")
    for path in paths:
        old_ms, new_ms = runs["before #21"][path] * 1000, runs["now"][path] * 1000
        print(f"  {path:18} before #21 {old_ms:6.0f}   now {new_ms:6.0f}   before / now {old_ms / new_ms:4.2f}")
    old_total, new_total = sum(runs["before #21"].values()), sum(runs["now"].values())
    print(
        f"  every page: before #21 {old_total:.1f} s, now {new_total:.1f} s, before / now {old_total / new_total:.2f}"
    )


def main(repeats: int = 10, only: str = "", before: bool = True):
    browser_path = e2e.find_browser()
    if browser_path is None:
        sys.exit("no Chromium found")
    with e2e.streamlit_server() as (url, proc, _), sync_playwright() as p:
        browser = e2e.launch(p, browser_path)
        for name, path, selector, action in [sc for sc in SCENARIOS if only.lower() in sc[0].lower()]:
            time_scenario(browser, url, path, selector, action, 1)  # warm the server's caches
            first, updates = time_scenario(browser, url, path, selector, action, repeats)
            print(
                f"{name}: first render {first * 1000:.0f} ms; update median "
                f"{statistics.median(updates) * 1000:.0f} ms, p90 {sorted(updates)[int(0.9 * (len(updates) - 1))] * 1000:.0f} ms, "
                f"max {max(updates) * 1000:.0f} ms ({repeats} changes; slowest: #{updates.index(max(updates)) + 1})"
            )
        print(animation_frames(browser, url))
        print(f"server RSS after use: {e2e.rss_mb(proc.pid):.0f} MB")
        browser.close()
        if before and not only:
            compare_drawing(p, browser_path)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 10, args[1] if len(args) > 1 else "", "--no-baseline" not in sys.argv)

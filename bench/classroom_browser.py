"""The few real-browser learners of bench/classroom.py (a process of its own: Playwright and
Locust's gevent do not share one). Each opens the MNIST page from its own link, draws a 1 and
expects the CNN to read it, then trains the RNN; all of them at once, one browser context each.

Usage: python -m bench.classroom_browser URL [learners]
"""

import sys
import time

from playwright.async_api import async_playwright, expect

from tests import e2e

ONE = [(150, 40 + 5 * i) for i in range(41)]  # a vertical stroke on the 280-px canvas


async def learner(browser, url: str, k: int) -> str:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    start = time.perf_counter()
    try:
        await page.goto(f"{url}/mnist-cnn?lang=en&seed={500 + k}")
        canvas = page.locator(".upper-canvas").first
        await canvas.wait_for(timeout=120_000)
        box = await canvas.bounding_box()
        await page.mouse.move(box["x"] + ONE[0][0], box["y"] + ONE[0][1])
        await page.mouse.down()
        for x, y in ONE[1:]:
            await page.mouse.move(box["x"] + x, box["y"] + y, steps=2)
        await page.mouse.up()
        read = (
            page.locator('[data-testid="stMetric"]')
            .filter(has_text="prediction")
            .locator('[data-testid="stMetricValue"]')
        )
        await expect(read).to_have_text("1", timeout=120_000)
        drawn = time.perf_counter() - start
        await page.goto(f"{url}/rnn?lang=en&seed={500 + k}")
        await page.get_by_role("button", name="Train", exact=True).click()
        await expect(page.get_by_text("Predicted string after epoch 15:").first).to_be_visible(timeout=180_000)
        exceptions = await page.locator('[data-testid="stException"]').count()
        return (
            f"browser {k}: drew a 1, read 1 after {drawn:.1f} s; RNN trained, "
            f"{time.perf_counter() - start:.1f} s in all; exceptions {exceptions}"
        )
    except Exception as exc:  # reported, not raised: the crowd's phase goes on
        return f"browser {k}: ERROR {type(exc).__name__}: {str(exc)[:200]}"
    finally:
        await context.close()


async def main(url: str, learners: int) -> None:
    import asyncio

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=e2e.find_browser(), args=["--no-sandbox"])
        for line in await asyncio.gather(*(learner(browser, url, k) for k in range(learners))):
            print(line, flush=True)
        await browser.close()


if __name__ == "__main__":
    import asyncio

    asyncio.run(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2))

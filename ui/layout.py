"""Page-wide layout rules, sent once per run: what must hold from a 420 px phone to a wide screen.

Streamlit lays rows out with flexbox. `row` gives the blocks of a row a minimum width, so on a narrow
screen (a tablet with the sidebar open, a phone) they go below each other instead of being squeezed,
and a block wider than the screen (a picture drawn one step per cell) scrolls inside itself.
tests/test_browser.py checks every page at 420, 820 and 1180 px.
"""

import streamlit as st

MIN_BLOCK = 260  # px: a chart or a table is hard to read narrower than this
MIN_COLUMN = 150  # px: a number input or a slider with its label

CSS = f"""
<style>
/* Any row of columns: a control keeps {MIN_COLUMN} px and the row wraps (a tablet with the sidebar open). */
[data-testid="stHorizontalBlock"] {{ flex-wrap: wrap; }}
[data-testid="stColumn"] {{ min-width: min({MIN_COLUMN}px, 100%); }}
[class*="st-key-row-"] > div {{ min-width: min({MIN_BLOCK}px, 100%); flex: 1 1 {MIN_BLOCK}px; overflow-x: auto; }}
/* MNIST: the drawing pad keeps its 280 px; the results beside it need {MIN_BLOCK} px or go below it. */
.st-key-row-mn-draw > div:first-child {{ min-width: 0; flex: 0 0 280px; }}
</style>
"""


def apply() -> None:
    st.html(CSS)


def row(key: str, blocks: int):
    """`blocks` containers side by side that wrap below each other where the row is too narrow."""
    line = st.container(horizontal=True, gap="medium", key=f"row-{key}")
    return [line.container() for _ in range(blocks)]

import gc
import subprocess
import sys
import weakref
from pathlib import Path

from core import memory

ROOT = Path(__file__).resolve().parents[1]


class Node:
    def __init__(self):
        self.other = None


def test_freeze_libraries_hides_them_from_the_collector_once_and_later_cycles_are_still_freed():
    memory.freeze_libraries()  # may already have run in this process (an AppTest of app.py)
    assert memory.freeze_libraries() is False  # once per process
    assert all(name in sys.modules for name in memory.LIBRARIES)
    assert gc.get_freeze_count() > 100_000  # the libraries' objects sit in the permanent generation
    # Oracle: a weak reference. A cycle a session makes after the freeze, like a closed session's
    # model and its hooks, is still found and freed by the collection Streamlit runs after each run.
    a, b = Node(), Node()
    a.other, b.other = b, a
    probe = weakref.ref(a)
    del a, b
    assert probe() is not None  # reference counting alone cannot free a cycle
    gc.collect()
    assert probe() is None


def test_the_freeze_runs_once_on_a_thread_of_its_own_after_the_first_page():
    memory.freeze_in_background()
    memory.freeze_in_background()  # a second page run starts nothing more
    if memory._freezer is not None:  # None: an earlier test froze in this thread already
        assert memory._freezer.name == "freeze-libraries"
        memory._freezer.join(timeout=120)
    assert memory._frozen and gc.get_freeze_count() > 100_000


def test_malloc_helpers_answer_on_any_libc():
    assert isinstance(memory.tune_malloc(), bool)
    assert isinstance(memory.release_free_memory(), bool)


FREEZE_THE_PAGES = """
import gc
from core import memory
from ui.nav import PAGE_MODULES
assert memory.freeze_libraries(PAGE_MODULES)
import ui.topics.fitting as page
tracked = gc.get_objects()  # what the collection after each rerun still walks (the frozen ones are left out)
assert not any(obj is page.SETTINGS for obj in tracked), "the page's declarations were not frozen"
print(len(tracked))
"""


def test_the_freeze_takes_in_the_pages_modules_so_a_rerun_s_collection_skips_them():
    # A fresh interpreter: the freeze runs once per process. Every name in PAGE_MODULES must import, or
    # the freeze thread would fail at the first page and never freeze anything.
    done = subprocess.run([sys.executable, "-c", FREEZE_THE_PAGES], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout.split()[-1]) < 5_000  # ~30,000 more when the pages' modules stay unfrozen

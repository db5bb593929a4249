import gc
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

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


HEAP_REUSE = """
import resource, threading
import numpy as np
from core import memory
assert memory.tune_malloc()

def steps():  # like a training step's tensors on a script thread: 2 MB blocks, made, written and freed
    before = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
    for _ in range(200):
        block = np.ones(2**18)
        del block
    return resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - before

def on_a_thread():
    faults = []
    thread = threading.Thread(target=lambda: faults.append(steps()))
    thread.start()
    thread.join()
    return faults[0]

between = steps(), on_a_thread()
with memory.heap_kept_for_training():
    training = steps(), on_a_thread()
print(*between, *training, steps())
"""


@pytest.mark.skipif(memory._libc is None, reason="glibc's mallopt only")
def test_a_training_reuses_freed_heap_memory_and_the_heap_is_handed_back_between_trainings():
    """Oracle: the kernel's count of page faults (getrusage). 200 blocks of 2 MB (512 pages each) fault
    about once in all when freed memory is reused, and 512 times a block when every free trims the heap."""
    done = subprocess.run([sys.executable, "-c", HEAP_REUSE], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    between_main, between_thread, training_main, training_thread, after = (int(n) for n in done.stdout.split())
    assert min(between_main, between_thread, after) > 50_000  # handed back at every free: a server stays small
    assert max(training_main, training_thread) < 5_000  # reused, in the main thread and on a script's thread

"""Keep a long-running server's memory near what it holds (glibc only; a no-op elsewhere).

A Streamlit server runs each session's script on its own thread. glibc gives busy threads their own
malloc arenas (up to 8 per core) and keeps freed memory inside them, so a server that trained a few
models sits far above what it still uses. Two arenas serve a 2-core server just as well, and trimming
after a training run hands the freed pages back to the OS.

glibc also raises its mmap threshold each time it frees a large block (up to 32 MB): after an
evaluation's 11 MB batches, blocks of that size come from the heap instead, where long-lived objects
end up between them and the heap cannot shrink. Fixed at 8 MB (above a training step's largest
tensor, so steps keep reusing heap blocks), a server that ran 6 MNIST trainings in 6 closed sessions
stayed at +3 MB instead of +35 MB. Measured in bench/memory.py.

Fixing that threshold switches off glibc's rule that also raised the trim threshold with it, leaving
it at 128 KB: every free that leaves 128 KB at the top of a heap hands it back. Between trainings that
keeps a server small, but in a training the next step faulted the same memory in again, page by page:
an MNIST run on a script thread took 570,000 page faults and 1.66 s where it takes 1.17 s. So while
a training runs (`heap_kept_for_training`) freed memory stays for the next step, up to the 16 MB that
glibc's rule would have chosen; when the last one ends the threshold is back at 128 KB.
"""

import ctypes
import ctypes.util
import gc
import importlib
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX = -1, -3, -8  # from glibc's malloc.h
MMAP_THRESHOLD_BYTES = 8 * 1024 * 1024
TRIM_THRESHOLD_BYTES = 128 * 1024  # glibc's default, between trainings
TRAINING_TRIM_THRESHOLD_BYTES = 2 * MMAP_THRESHOLD_BYTES  # glibc's dynamic rule: twice the mmap threshold

_libc = None
try:
    _name = ctypes.util.find_library("c")
    _candidate = ctypes.CDLL(_name) if _name else None
    if _candidate is not None and hasattr(_candidate, "malloc_trim") and hasattr(_candidate, "mallopt"):
        _libc = _candidate
except OSError:  # not glibc (macOS, musl without the symbols): nothing to tune
    _libc = None


def tune_malloc(arenas: int = 2, mmap_threshold: int = MMAP_THRESHOLD_BYTES) -> bool:
    """Cap the arenas created from now on (MALLOC_ARENA_MAX set before start caps them all) and fix
    the size from which blocks get their own mapping, returned to the OS when freed."""
    if _libc is None:
        return False
    return bool(_libc.mallopt(M_ARENA_MAX, arenas)) and bool(_libc.mallopt(M_MMAP_THRESHOLD, mmap_threshold))


_trainings_lock = threading.Lock()
_trainings = 0  # running now in this process: one on a CPU, several on a GPU


@contextmanager
def heap_kept_for_training() -> Iterator[None]:
    """Around a training run: its steps reuse the heap memory the step before freed, rather than
    having it handed back to the OS and faulting it in again."""
    global _trainings
    with _trainings_lock:
        _trainings += 1
        if _trainings == 1 and _libc is not None:
            _libc.mallopt(M_TRIM_THRESHOLD, TRAINING_TRIM_THRESHOLD_BYTES)
    try:
        yield
    finally:
        with _trainings_lock:
            _trainings -= 1
            if _trainings == 0 and _libc is not None:
                _libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES)


def release_free_memory() -> bool:
    """Return freed heap pages to the OS (a few ms); True when glibc released something."""
    return bool(_libc is not None and _libc.malloc_trim(0))


# What every page ends up importing: torch._dynamo comes with the first optimizer.step() and with
# torchvision; core.compute sets torch's threads. Imported up front so that the freeze below covers them
# (the router and Home import none of them: a fresh server's first page shows before they load).
LIBRARIES = ("torch", "torch._dynamo", "torchvision", "altair", "pandas", "numpy", "core.compute")
_freeze_lock = threading.Lock()
_frozen = False
_freezer: threading.Thread | None = None


def freeze_libraries(modules: Sequence[str] = ()) -> bool:
    """Import the libraries every page needs and the app's own `modules` (its pages' declarations,
    ~30,000 objects, which would add ~7 ms to every collection), and hide every object alive now
    from the cyclic garbage collector (gc.freeze), once per process; True on the call that froze.

    Streamlit runs a full collection after every script run (runner.postScriptGC), so that a
    closed session's reference cycles are freed. With torch, its compiler stack and altair loaded
    that is ~420,000 objects and ~165 ms of CPU on each slider move, most of the move's cost, and
    one server process serves every learner's moves one at a time. Frozen objects are still freed
    by reference counting; a session's own objects, created later, are collected as before.
    """
    global _frozen
    with _freeze_lock:
        if _frozen:
            return False
        for name in (*LIBRARIES, *modules):
            importlib.import_module(name)
        gc.collect()
        gc.freeze()
        _frozen = True
        return True


def freeze_in_background(modules: Sequence[str] = ()) -> None:
    """`freeze_libraries` on a thread of its own, started once. app.py calls it after the page is drawn,
    so the first learner's page does not wait for the libraries no page needs yet (torch._dynamo,
    torchvision) nor for the freeze."""
    global _freezer
    with _freeze_lock:
        if _frozen or _freezer is not None:
            return
        _freezer = threading.Thread(target=lambda: freeze_libraries(modules), name="freeze-libraries", daemon=True)
        _freezer.start()

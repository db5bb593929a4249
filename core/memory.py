"""Keep a long-running server's memory near what it holds (glibc only; a no-op elsewhere).

A Streamlit server runs each session's script on its own thread. glibc gives busy threads their own
malloc arenas (up to 8 per core) and keeps freed memory inside them, so a server that trained a few
models sits far above what it still uses. Two arenas serve a 2-core server just as well, and trimming
after a training run hands the freed pages back to the OS. Measured in bench/memory.py.
"""

import ctypes
import ctypes.util

M_ARENA_MAX = -8  # from glibc's malloc.h

_libc = None
try:
    _name = ctypes.util.find_library("c")
    _candidate = ctypes.CDLL(_name) if _name else None
    if _candidate is not None and hasattr(_candidate, "malloc_trim") and hasattr(_candidate, "mallopt"):
        _libc = _candidate
except OSError:  # not glibc (macOS, musl without the symbols): nothing to tune
    _libc = None


def limit_malloc_arenas(arenas: int = 2) -> bool:
    """Cap the arenas created from now on (MALLOC_ARENA_MAX set before start caps them all)."""
    return bool(_libc is not None and _libc.mallopt(M_ARENA_MAX, arenas))


def release_free_memory() -> bool:
    """Return freed heap pages to the OS (a few ms); True when glibc released something."""
    return bool(_libc is not None and _libc.malloc_trim(0))

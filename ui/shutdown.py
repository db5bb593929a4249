"""A server stopped mid-training exits cleanly: at exit, the script threads get to end first.

Imported by the router, so it imports neither torch nor anything that does (the first page shows before
the heavy imports finish)."""

import atexit
import functools
import threading
import time

SCRIPT_THREAD = "ScriptRunner.scriptThread"  # Streamlit's name for a session's script thread
EXIT_WAIT_S = 30.0  # within systemd's 90 s before it kills; Docker's 10 s kill ends the wait sooner


def _let_script_threads_end(timeout_s: float = EXIT_WAIT_S) -> None:
    """At exit, before Python finalises. A stopping server has asked every script run to stop, and
    each does at its next element update (a training at its next report: ui/training.py). Script
    threads are daemons, and one still inside a torch op once finalisation starts is ended from the
    GIL by pthread_exit, whose unwinding through a C++ destructor aborts the process ("terminate called
    without an active exception", and a core dump of the whole server). So the process waits for them."""
    deadline = time.monotonic() + timeout_s
    for thread in threading.enumerate():
        if thread.name.startswith(SCRIPT_THREAD) and thread is not threading.current_thread():
            thread.join(timeout=max(0.0, deadline - time.monotonic()))


@functools.cache  # once per process: every run of the router calls it
def let_runs_end_at_exit() -> None:
    atexit.register(_let_script_threads_end)

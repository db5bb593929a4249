"""A sliding-window limit per key (a learner, an exercise, the teacher key): at most `count` in `window_s`."""

import threading
import time
from collections import defaultdict, deque


class RateLimit:
    def __init__(self, count: int, window_s: float = 60.0):
        self.count = count
        self.window_s = window_s
        self._hits: defaultdict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def full(self, key: str, now: float | None = None) -> bool:
        """Whether the next try would be refused (counts nothing)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits.get(key, ())
            return sum(1 for hit in hits if hit > now - self.window_s) >= self.count

    def allow(self, key: str, now: float | None = None) -> bool:
        """Count this try and say whether it is within the limit (a refused try is not counted)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            hits = self._hits[key]
            while hits and hits[0] <= now - self.window_s:
                hits.popleft()
            if len(hits) >= self.count:
                return False
            hits.append(now)
            if len(self._hits) > 100_000:  # forget idle keys: memory stays bounded
                for stale in [k for k, v in self._hits.items() if not v or v[-1] <= now - self.window_s]:
                    del self._hits[stale]
            return True

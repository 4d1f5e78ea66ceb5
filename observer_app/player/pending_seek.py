"""A start position that libVLC may silently drop, retried until the player is there.

libVLC sometimes ignores a ``set_time`` issued right at the Playing event (the input is not
seekable yet), and says nothing. A looping demo file, opened at 0 and sought to "now" once
playing, would then show the wrong minute. ``PendingSeek`` keeps the target until the
position is near it, re-seeking at most every ``interval`` seconds, ``max_tries`` times.
Pure logic: the Qt player calls it on Playing and on every tick.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PendingSeek:
    target_ms: int = 0
    tries: int = 0
    last_at: float = float("-inf")
    tolerance_ms: int = 2000
    interval: float = 0.4
    max_tries: int = 8

    def set(self, target_ms: int) -> None:
        self.target_ms, self.tries, self.last_at = max(0, target_ms), 0, float("-inf")

    def clear(self) -> None:
        self.set(0)

    @property
    def active(self) -> bool:
        return self.target_ms > 0

    def step(self, position_ms: int, now: float) -> int | None:
        """The position to seek to now, or None (reached, given up, or too soon to retry)."""
        if not self.active:
            return None
        if abs(position_ms - self.target_ms) < self.tolerance_ms or self.tries >= self.max_tries:
            self.clear()
            return None
        if now - self.last_at < self.interval:
            return None
        self.tries += 1
        self.last_at = now
        return self.target_ms

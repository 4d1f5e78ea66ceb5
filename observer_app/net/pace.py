"""How slow a transfer may be (no imports: the download module's callers need it at start,
requests only when something is fetched). ``net.session.paced_chunks`` enforces it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pace:
    """How slow a transfer may be before it is abandoned."""

    #: The whole body, however steady, within this many seconds.
    deadline_s: float = 900.0
    #: At least ``min_bytes`` in every ``window_s`` seconds (1 kB/s over 30 s).
    min_bytes: int = 30 * 1024
    window_s: float = 30.0

    def describe(self) -> str:
        rate = self.min_bytes / self.window_s / 1024
        return f"less than {rate:g} kB/s over {self.window_s:g} s"


DEFAULT_PACE = Pace()

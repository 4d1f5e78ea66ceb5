"""The seekable window of a live HLS stream (DVR), in libVLC's own time.

libVLC 3 counts a live stream's time from the first segment of the playlist window it opened,
reports the window's length, and seeks within it (measured: a `set_time` 10 s back in a 25 s
window lands there and keeps playing). The server appends a segment every few seconds and
drops the oldest, so in libVLC's time the window slides:

    edge(now)     = window length at open + (now - open time)
    earliest(now) = edge(now) - window length

Below ``MIN_WINDOW_MS`` a "window" is just the few segments any live stream lists; there is
nothing worth seeking back into, and the player shows only "Go live".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observer_app.core.hls import MediaPlaylist

MIN_WINDOW_MS = 30_000
#: Keep seeks this far inside the window: the oldest segment may be deleted as we ask for it.
MARGIN_MS = 4_000


@dataclass(frozen=True)
class DvrWindow:
    window_ms: int
    opened_at: float  # monotonic seconds when libVLC opened the stream

    @classmethod
    def of(cls, media: MediaPlaylist | None, live: bool, opened_at: float) -> DvrWindow | None:
        """The window of a resolved live media playlist, or None (no DVR)."""
        if not live or media is None or not getattr(media, "live", False):
            return None
        window_ms = int(sum(s.duration_s for s in media.segments) * 1000)
        return cls(window_ms, opened_at) if window_ms >= MIN_WINDOW_MS else None

    def edge_ms(self, now: float) -> int:
        return self.window_ms + int((now - self.opened_at) * 1000)

    def earliest_ms(self, now: float) -> int:
        return max(0, self.edge_ms(now) - self.window_ms + MARGIN_MS)

    def clamp(self, position_ms: int, now: float) -> int:
        return min(max(position_ms, self.earliest_ms(now)), self.edge_ms(now) - MARGIN_MS)

    def behind_ms(self, position_ms: int, now: float) -> int:
        """How far behind the newest segment the position is."""
        return max(0, self.edge_ms(now) - position_ms)

"""The player's states and event kinds, in one place that imports nothing (the watchdog is
pure logic; the backend, the Qt player, the probe, the doctor and the UI all name them).

StrEnums: the Qt player's ``state_changed`` signal carries the state as text, the probe prints
it in its JSON lines, and a log line says it, so the text is the same as before the Enums.
"""

from __future__ import annotations

from enum import StrEnum


class PlayerState(StrEnum):
    """The player's state, as libVLC's events say it."""

    IDLE = "idle"
    OPENING = "opening"
    PLAYING = "playing"
    PAUSED = "paused"
    STOPPED = "stopped"
    ENDED = "ended"
    ERROR = "error"

    @property
    def finished(self) -> bool:
        """Nothing more will play without a new open (or a Play press)."""
        return self in _FINISHED


_FINISHED = frozenset({PlayerState.STOPPED, PlayerState.ENDED, PlayerState.ERROR})


class EventKind(StrEnum):
    """The libVLC events that are not a change of state."""

    TIME = "time"  # the clock moved (value: ms)
    TRACKS = "tracks"  # an elementary stream was added or removed
    BUFFERING = "buffering"  # value: percent of the cache filled


#: libVLC's own ``vlc.State`` names (a player polled rather than followed by its events):
#: libVLC 3 never reports Buffering as a state, it is read as still opening.
LIBVLC_STATES = {
    "NothingSpecial": PlayerState.IDLE,
    "Opening": PlayerState.OPENING,
    "Buffering": PlayerState.OPENING,
    "Playing": PlayerState.PLAYING,
    "Paused": PlayerState.PAUSED,
    "Stopped": PlayerState.STOPPED,
    "Ended": PlayerState.ENDED,
    "Error": PlayerState.ERROR,
}

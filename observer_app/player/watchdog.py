"""Stall detection and reconnect policy, as pure logic (tested with a fake clock).

libVLC does not reconnect a live HLS stream whose server went away, and does not even report
the loss (it keeps "Playing" with a frozen clock). The watchdog watches the player's clock and
state; when playback should move but does not, it asks for a reopen with exponential backoff
and jitter, and gives up after a bounded time so the UI can offer a Retry button.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import StrEnum

from observer_app.player.states import PlayerState


class Phase(StrEnum):
    IDLE = "idle"  # nothing to watch (stopped, or paused by the user)
    OPENING = "opening"  # (re)opened, waiting for the first progress
    PLAYING = "playing"
    RECONNECTING = "reconnecting"  # waiting for the next attempt
    GAVE_UP = "gave_up"


@dataclass(frozen=True)
class Policy:
    #: Playing but the clock has not moved for this long: stalled. (libVLC's HLS clock moves in
    #: ~1 s steps, so anything under 3 s would cry wolf.)
    stall_after_s: float = 4.0
    #: After an open, no progress for this long: the open failed.
    open_timeout_s: float = 12.0
    backoff_first_s: float = 1.0
    #: Short: a conference webcast that comes back should be heard within ~2 s, and one small
    #: playlist request every 1.5 s for the few minutes before giving up costs the server nothing.
    backoff_max_s: float = 1.5
    jitter: float = 0.25  # +-25 %
    #: Stop retrying after this long without playing.
    give_up_after_s: float = 300.0
    #: Progress needed after a reopen before the attempt counter resets.
    recovered_after_s: float = 2.0


class Action(StrEnum):
    REOPEN = "reopen"
    GIVE_UP = "give_up"


@dataclass(frozen=True)
class Decision:
    """What the player should do now."""

    action: Action
    attempt: int
    reason: str


class Watchdog:
    def __init__(self, policy: Policy | None = None, rng: random.Random | None = None):
        self.policy = policy or Policy()
        self.rng = rng or random.Random()
        self.phase = Phase.IDLE
        self.attempt = 0
        self.next_try_at: float | None = None
        self.reason = ""
        self._last_position: int | None = None
        self._last_progress_at = 0.0
        self._opened_at = 0.0
        self._trouble_since: float | None = None
        self._progress_since_open = 0.0

    # -- inputs ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget past trouble: a different stream (or the user's Go live) starts afresh."""
        self.attempt = 0
        self._trouble_since = None
        self.reason = ""
        self.phase = Phase.IDLE

    def opened(self, now: float) -> None:
        """The player just (re)opened the media."""
        self.phase = Phase.OPENING
        self._opened_at = now
        self._last_progress_at = now
        self._last_position = None
        self._progress_since_open = 0.0
        self.next_try_at = None

    def paused(self) -> None:
        """The user paused or stopped: not a stall."""
        if self.phase is not Phase.GAVE_UP:
            self.phase = Phase.IDLE

    def resumed(self, now: float) -> None:
        if self.phase is Phase.IDLE:
            self.opened(now)

    def retry(self, now: float) -> Decision:
        """The user pressed Retry after we gave up: start over."""
        self.attempt = 0
        self._trouble_since = now
        return self._reopen(now, "retry requested")

    def observe(
        self, now: float, state: PlayerState, position_ms: int, live: bool
    ) -> Decision | None:
        """Feed the player's state and raw position; returns what to do, if anything."""
        if self.phase in (Phase.IDLE, Phase.GAVE_UP):
            return None
        if self.phase is Phase.RECONNECTING:
            if self._gave_up(now):
                return self._give_up()
            if self.next_try_at is not None and now >= self.next_try_at:
                return self._reopen(now, self.reason)
            return None

        moved = self._last_position is not None and position_ms != self._last_position
        if self._last_position is None or moved:
            if moved:
                self._progress_since_open += now - self._last_progress_at
                self._last_progress_at = now
            self._last_position = position_ms
        if state is PlayerState.PLAYING and moved:
            self.phase = Phase.PLAYING
            if self._progress_since_open >= self.policy.recovered_after_s:
                self.attempt = 0
                self._trouble_since = None

        if state is PlayerState.ERROR:
            return self._stalled(now, "the stream reported an error")
        if state is PlayerState.ENDED and live:
            return self._stalled(now, "the live stream ended unexpectedly")
        if state is PlayerState.ENDED:
            self.phase = Phase.IDLE  # an archive that ended is done, not broken
            return None
        if self.phase is Phase.OPENING and now - self._opened_at > self.policy.open_timeout_s:
            return self._stalled(now, "the stream did not start")
        if self.phase is Phase.PLAYING and now - self._last_progress_at > self.policy.stall_after_s:
            return self._stalled(now, "no picture or sound for a few seconds")
        return None

    # -- state for the UI -------------------------------------------------------------------
    def message(self, title: str, now: float, problem: str = "") -> str:
        """'Reconnecting to Committee 5 (attempt 3, next try in 2 s): <why>', or '' when fine."""
        if self.phase is not Phase.RECONNECTING:
            return ""
        wait = self.seconds_to_next_try(now) or 0
        return (
            f"Reconnecting to {title} (attempt {self.attempt}, next try in {max(1, round(wait))} s): "
            f"{problem or self.reason}"
        )

    def seconds_to_next_try(self, now: float) -> float | None:
        if self.phase is not Phase.RECONNECTING or self.next_try_at is None:
            return None
        return max(0.0, self.next_try_at - now)

    # -- internals ----------------------------------------------------------------------------
    def _backoff(self) -> float:
        growth: int = 2 ** max(0, self.attempt - 1)  # (int ** int is typed Any: it may be a float)
        base = min(self.policy.backoff_max_s, self.policy.backoff_first_s * growth)
        return base * (1 + self.rng.uniform(-self.policy.jitter, self.policy.jitter))

    def _gave_up(self, now: float) -> bool:
        return (
            self._trouble_since is not None
            and now - self._trouble_since > self.policy.give_up_after_s
        )

    def _stalled(self, now: float, reason: str) -> Decision | None:
        if self._trouble_since is None:
            self._trouble_since = now
        if self._gave_up(now):
            return self._give_up()
        self.reason = reason
        self.attempt += 1
        self.phase = Phase.RECONNECTING
        self.next_try_at = now + self._backoff()
        return None

    def _reopen(self, now: float, reason: str) -> Decision:
        self.opened(now)
        return Decision(Action.REOPEN, self.attempt, reason)

    def _give_up(self) -> Decision:
        self.phase = Phase.GAVE_UP
        return Decision(Action.GIVE_UP, self.attempt, self.reason or "the stream stopped")

"""Keep the open conference up to date: re-read its sources every few minutes, off the GUI thread.

Conditional requests make an unchanged source cost one 304; a source that fails keeps its last
good copy (with its age in the warnings). Only a conference that actually changed is handed
back, and applying it never restarts the player.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from observer_app.ui.jobs import Job

if TYPE_CHECKING:
    from observer_app.core.model import Conference
    from observer_app.services.conference import OpenResult

log = logging.getLogger("observer.refresh")

# A refresh that has not finished after this long is stopped (and counts as failed).
REFRESH_TIMEOUT_S = 300


class ConferenceRefresher(QObject):
    # An OpenResult whose conference differs from the one shown.
    changed = Signal(object)
    # A refresh could not read the conference at all (the reason, in plain words).
    failed = Signal(str)
    # A refresh read the conference (changed or not): what its sources said (offline copies...).
    succeeded = Signal(list)

    def __init__(self, settings, cache_dir, parent=None):
        super().__init__(parent)
        self.settings, self.cache_dir = settings, cache_dir
        self.source = ""
        self.shown = None  # the Conference on screen
        self._digest = ""  # of the conference last read by a refresh (unchanged: nothing to unpack)
        # One refresh at a time: a second asked while one runs is dropped (the job says so).
        self.job = Job("refresh", _read_again, self)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.restart()

    @property
    def busy(self) -> bool:
        return self.job.running

    def restart(self) -> None:
        minutes = int(self.settings.get("conference.refresh_minutes"))
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def track(self, source: str, conference) -> None:
        self.source, self.shown, self._digest = source, conference, ""

    def refresh(self) -> None:
        if self.source:
            self.job.start(self.source, self.cache_dir, self.shown, self._digest)

    def _done(self, outcome: RefreshOutcome) -> None:
        if self.shown is not outcome.basis:  # another conference was opened meanwhile: drop this
            return
        self._digest = outcome.digest
        self.succeeded.emit(outcome.messages)
        if outcome.result is not None:
            self.shown = outcome.result.feed.conference
            self.changed.emit(outcome.result)

    def _failed(self, exc: Exception) -> None:
        log.info("refresh of %s failed: %s", self.source, exc)  # the last good conference stays
        if self.shown is getattr(exc, "basis", None):  # (not about a conference replaced meanwhile)
            self.failed.emit(str(exc))


class RefreshError(RuntimeError):
    """A refresh failed; ``basis`` is the conference that was shown when it started."""

    def __init__(self, reason: Exception, basis) -> None:
        super().__init__(str(reason))
        self.basis = basis


@dataclass(frozen=True)
class RefreshOutcome:
    """What one refresh read."""

    result: OpenResult | None  # None: the conference is unchanged
    digest: str  # of what the sources gave (unchanged next time: nothing to unpack)
    basis: Conference | None  # the conference shown when the refresh started
    messages: list[str]  # what the sources said (offline copies, their age...)


def _read_again(
    _report: object, source: str, cache: Path, shown: Conference | None, last_digest: str
) -> RefreshOutcome:
    """On the job's thread: read ``source`` again and compare it with ``shown``."""
    try:
        return _compare(source, cache, shown, last_digest)
    except Exception as exc:
        raise RefreshError(exc, shown) from exc


def _compare(
    source: str, cache: Path, shown: Conference | None, last_digest: str
) -> RefreshOutcome:
    from observer_app import isolate
    from observer_app.services.conference import PackedFeed, open_feed_in_pieces

    # Fetching and parsing run in a child process: in a thread they held the GIL the
    # window needs for half a second (see isolate.py).
    answer: PackedFeed = isolate.call(
        open_feed_in_pieces,
        source,
        cache,
        name="observer-refresh",
        timeout=REFRESH_TIMEOUT_S,
        background=True,
    )
    if answer.digest == last_digest:
        return RefreshOutcome(None, answer.digest, shown, answer.messages)
    # In pieces: one pickle.loads of 50,000 channels held the GIL (the window) for 1 s.
    result = isolate.loads_in_pieces(answer.packed, long_lived=True)
    # Its lookups by id built here: the first panel to ask for a body built them on the GUI
    # thread (50,000 channels: 45-57 ms of one turn of a refresh).
    result.feed.conference.body("")
    # Comparing two conferences of thousands of channels takes ~10 ms: here, not on the
    # GUI thread (they are frozen dataclasses: safe to read from this thread).
    changed = result if result.feed.conference != shown else None
    return RefreshOutcome(changed, answer.digest, shown, answer.messages)

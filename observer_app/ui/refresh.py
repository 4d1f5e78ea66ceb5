"""Keep the open conference up to date: re-read its sources every few minutes, off the GUI thread.

Conditional requests make an unchanged source cost one 304; a source that fails keeps its last
good copy (with its age in the warnings). Only a conference that actually changed is handed
back, and applying it never restarts the player.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from observer_app.ui.jobs import run_task

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
        self.busy = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.restart()

    def restart(self) -> None:
        minutes = int(self.settings.get("conference.refresh_minutes"))
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def track(self, source: str, conference) -> None:
        self.source, self.shown, self._digest = source, conference, ""

    def refresh(self) -> None:
        if self.busy or not self.source:
            return
        self.busy = True
        source, cache, shown, last_digest = self.source, self.cache_dir, self.shown, self._digest

        def work():
            from observer_app import isolate
            from observer_app.services.sources import open_feed_in_pieces

            # Fetching and parsing run in a child process: in a thread they held the GIL the
            # window needs for half a second (see isolate.py).
            digest, packed, messages = isolate.call(
                open_feed_in_pieces,
                source,
                cache,
                name="observer-refresh",
                timeout=REFRESH_TIMEOUT_S,
                background=True,
            )
            if digest == last_digest:
                return None, digest, shown, messages
            # In pieces: one pickle.loads of 50,000 channels held the GIL (the window) for 1 s.
            result = isolate.loads_in_pieces(packed, long_lived=True)
            # Comparing two conferences of thousands of channels takes ~10 ms: here, not on the
            # GUI thread (they are frozen dataclasses: safe to read from this thread).
            return (result if result.feed.conference != shown else None), digest, shown, messages

        run_task(work, self._done, lambda exc: self._failed(exc, shown))

    def _done(self, outcome) -> None:
        self.busy = False
        result, digest, basis, messages = outcome
        if self.shown is not basis:  # another conference was opened meanwhile: drop this
            return
        self._digest = digest
        self.succeeded.emit(messages)
        if result is not None:
            self.shown = result.feed.conference
            self.changed.emit(result)

    def _failed(self, exc: Exception, basis=None) -> None:
        self.busy = False
        log.info("refresh of %s failed: %s", self.source, exc)  # the last good conference stays
        if self.shown is basis:  # (not about a conference replaced meanwhile)
            self.failed.emit(str(exc))

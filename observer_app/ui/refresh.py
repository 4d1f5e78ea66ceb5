"""Keep the open conference up to date: re-read its sources every few minutes, off the GUI thread.

Conditional requests make an unchanged source cost one 304; a source that fails keeps its last
good copy (with its age in the warnings). Only a conference that actually changed is handed
back, and applying it never restarts the player.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from observer_app.workers import run_task

log = logging.getLogger("observer.refresh")


class ConferenceRefresher(QObject):
    #: An OpenResult whose conference differs from the one shown.
    changed = Signal(object)

    def __init__(self, settings, cache_dir, parent=None):
        super().__init__(parent)
        self.settings, self.cache_dir = settings, cache_dir
        self.source = ""
        self.shown = None  # the Conference on screen
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
        self.source, self.shown = source, conference

    def refresh(self) -> None:
        if self.busy or not self.source:
            return
        from observer_app.services.conference import open_feed

        self.busy = True
        source, cache, shown = self.source, self.cache_dir, self.shown

        def work():
            result = open_feed(source, cache)
            # Comparing two conferences of thousands of channels takes ~10 ms: here, not on the
            # GUI thread (they are frozen dataclasses: safe to read from this thread).
            return result, result.feed.conference != shown, shown

        run_task(work, self._done, self._failed)

    def _done(self, outcome) -> None:
        self.busy = False
        result, changed, basis = outcome
        if changed and self.shown is basis:  # (another conference opened meanwhile: drop this)
            self.shown = result.feed.conference
            self.changed.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        log.info("refresh of %s failed: %s", self.source, exc)  # the last good conference stays

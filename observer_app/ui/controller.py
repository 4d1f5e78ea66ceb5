"""The window's application layer: the profile, the conference on screen and every background
job, in one QObject the window and dialogs talk to.

The window lays out panels and connects signals; it holds no timer for work and no "busy"
flag. Here each kind of background work is a ``jobs.Job`` (at most one run at a time, typed
signals), started by the controller's schedule or by a menu item: rolling backups, the
outbox, the conference's refresh (``refresh.ConferenceRefresher``), team sync, opening a
conference. What the user should read goes through ``core.message`` (the bridge shows it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from observer_app.core import message
from observer_app.core.model import Conference
from observer_app.services.context import Profile
from observer_app.store.backup import RollingBackups
from observer_app.ui.jobs import Job
from observer_app.ui.message_bridge import MessageBridge
from observer_app.ui.refresh import ConferenceRefresher

if TYPE_CHECKING:
    from observer_app.runtime.paths import AppPaths
    from observer_app.services.send import SendResult
    from observer_app.services.sync import SyncReport

log = logging.getLogger("observer.ui")

BACKUP_EVERY_MS = 300_000  # a rolling backup every five minutes (store/backup.py decides if due)
FIRST_BACKUP_MS = 5_000  # and one soon after start, once the window is drawn
DELIVER_EVERY_MS = 60_000  # the outbox is tried every minute (each report has its own backoff)


class Controller(QObject):
    # An OpenResult the user asked for, read and remembered (the window shows it).
    opened = Signal(object)
    # A conference could not be opened: the reason, in plain words (the current one stays).
    open_failed = Signal(str)
    # Notes were written outside the window (a bundle, a sync): lists reload.
    notes_changed = Signal()
    # A team sync finished: its services.sync.SyncReport.
    synced = Signal(object)

    def __init__(
        self, profile: Profile, conference: Conference, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("controller")
        self.profile = profile
        self.conference = conference
        self.messages = MessageBridge(self)
        self.backups = RollingBackups(profile.db, profile.paths.backups)
        self.backup_job = Job("backup", lambda _report: self.backups.maybe_backup(), self)
        self.backup_job.failed.connect(self._backup_failed)
        self.outbox_job = Job("outbox", _deliver_due, self)
        self.outbox_job.finished.connect(self._delivered)
        self.sync_job = Job("sync", _sync, self)
        self.sync_job.finished.connect(self._synced)
        self.sync_job.failed.connect(self._sync_failed)
        self.refresher = ConferenceRefresher(profile.settings, profile.paths.cache, self)
        self._schedule = [
            self._every(BACKUP_EVERY_MS, self.backup),
            self._every(DELIVER_EVERY_MS, self.deliver),
            self._every(FIRST_BACKUP_MS, self.backup, once=True),
        ]

    def _every(self, interval_ms: int, start: Callable[[], object], once: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(once)
        timer.timeout.connect(start)
        timer.start(interval_ms)
        return timer

    @property
    def jobs(self) -> list[Job]:
        return [self.backup_job, self.outbox_job, self.sync_job, self.refresher.job]

    # -- backups -------------------------------------------------------------------------------
    def backup(self) -> bool:
        """A rolling backup of the notes, off the GUI thread (see store/backup.py)."""
        return self.backup_job.start()

    def _backup_failed(self, exc: Exception) -> None:
        # A failed backup must be visible but never stop the app.
        # (The window's translation context: these strings were the window's before they moved.)
        message.warning(
            QCoreApplication.translate("MainWindow", "⚠ Backup failed: {error}").format(error=exc)
        )

    # -- outbox --------------------------------------------------------------------------------
    def deliver(self) -> bool:
        """Send what waits in the outbox, off the GUI thread, on a connection of its own."""
        if self.outbox_job.running or not self.profile.outbox.list_pending():
            return False
        return self.outbox_job.start(self.profile.paths)

    def _delivered(self, results: list[SendResult]) -> None:
        from observer_app.services.send import SendState

        sent = [r for r in results if r.state is SendState.SENT]
        if sent:
            message.info(
                QCoreApplication.translate(
                    "MainWindow", "Outbox: %n report(s) delivered", None, len(sent)
                ),
                timeout_ms=15_000,
            )

    # -- team sync -----------------------------------------------------------------------------
    def sync(self) -> bool:
        """Sync with the team folder off the GUI thread (the network can be slow)."""
        started = self.sync_job.start(self.profile.paths, self.conference.id)
        if started:
            message.info(
                QCoreApplication.translate("Team", "Syncing with the team folder…"),
                timeout_ms=120_000,
            )
        return started

    def _synced(self, report: SyncReport) -> None:
        self.notes_changed.emit()
        message.info(sync_summary(report), timeout_ms=15_000)
        self.synced.emit(report)

    def _sync_failed(self, exc: Exception) -> None:
        message.error(str(exc), title=QCoreApplication.translate("Team", "Sync failed"))

    # -- conference ----------------------------------------------------------------------------
    def open_source(self, source: str) -> Job:
        """Open ``source`` off the GUI thread; ``opened`` or ``open_failed`` follow."""
        from observer_app.services.conference import open_feed

        job = Job("open", lambda _report: open_feed(source, self.profile.paths.cache), self)
        job.finished.connect(lambda result: self._opened(source, result))
        job.failed.connect(self._open_failed)
        for signal in (job.finished, job.failed):
            signal.connect(job.deleteLater)
        job.start()
        return job

    def _opened(self, source: str, result: Any) -> None:
        from observer_app.services.recent import remember

        self.profile.settings.set("conference.last_feed", source)
        remember(self.profile.settings, source)
        self.opened.emit(result)

    def _open_failed(self, exc: Exception) -> None:
        from observer_app.core.feeds.ownjson import FeedError

        reason = (
            str(exc)
            if isinstance(exc, FeedError)
            else QCoreApplication.translate("MainWindow", "Unexpected error: {error}").format(
                error=exc
            )
        )
        self.open_failed.emit(reason)

    def set_conference(self, conference: Conference) -> None:
        self.conference = conference

    # -- closing -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """The window closes: stop the schedule (a closed window's jobs must not reach a profile
        closed after it), stop listening for messages, and take the last backup here and now
        (a worker thread would be killed with the process, mid-copy)."""
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.messages.close()
        try:
            self.backups.maybe_backup()
        except Exception as exc:  # never block closing on a backup
            log.error("backup at exit failed: %s", exc)


def _deliver_due(_report: object, paths: AppPaths) -> list[SendResult]:
    """On the outbox job's thread, on a database connection of its own."""
    from observer_app.services import send
    from observer_app.services.context import open_profile

    own = open_profile(paths, secondary=True)
    try:
        return send.deliver_due(own)
    finally:
        own.close()


def _sync(_report: object, paths: AppPaths, conference_id: str) -> SyncReport:
    """On the sync job's thread, on its own connection; the notes list picks the merged notes
    up when ``notes_changed`` reloads it."""
    from observer_app.services import sync as team_sync
    from observer_app.services.context import open_profile

    own = open_profile(paths, secondary=True)
    try:
        return team_sync.sync(own, conference_id)
    finally:
        own.close()


def sync_summary(report) -> str:
    """One status line: what all the teammates' files did together ("1 added, 1 updated, 1
    conflict"), or that nothing changed."""
    total = report.total
    if not report.imported and not report.uploaded:
        return QCoreApplication.translate("Team", "Synced with the team folder: nothing new.")
    return QCoreApplication.translate(
        "Team",
        "Synced with the team folder: {added} added, {updated} updated, {deleted} deleted, "
        "{conflicts} conflict(s).",
    ).format(
        added=total.added,
        updated=total.updated,
        deleted=total.deleted,
        conflicts=total.conflicts,
    )

"""The window's side of the one recovery path (``store.recovery``).

- At start: the notice of a recovery that has not been shown in the window yet (done at this
  start, or earlier by a command on the command line) opens; it is cleared when closed.
- While running: damage found by any query (a ``DamagedError``, or SQLite's own error reaching
  ``sys.excepthook``) schedules the recovery on the GUI thread; the notice opens and the
  watch's ``recovered`` signal tells whoever connected it (the window reloads its notes list):
  nothing here knows the window's panes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from observer_app.services.context import Profile
from observer_app.store.db import StoreError, damage_in
from observer_app.store.recovery import RecoveryReport, notice_seen, pending_notice

log = logging.getLogger("observer.ui")
Window = TypeVar("Window", bound=QWidget)


def build_recovering(
    build: Callable[[Profile, str | None], Window], profile: Profile, feed: str | None
) -> Window:
    """Build the window; damage its first queries find (the notes list) is recovered first,
    then the window is built on the restored database."""
    try:
        return build(profile, feed)
    except Exception as exc:
        problem = damage_in(exc)
        if problem is None:
            raise
    log.error("damage found while building the window: %s", problem)
    profile.recover(problem)
    return build(profile, feed)


def show_pending(parent: QWidget, profile: Profile) -> QMessageBox | None:
    """Open the notice not yet seen in the window, over ``parent``, if any (non-modal: the
    window stays usable)."""
    report = pending_notice(profile.paths.data) or profile.recovery
    if report is None:
        return None
    return _open(parent, profile, report)


def _open(parent: QWidget, profile: Profile, report: RecoveryReport) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Recovery", "Notes database restored"),
        report.message().replace("\n", "\n\n"),  # a paragraph per fact
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("recovery_notice")
    box.finished.connect(lambda _result: notice_seen(profile.paths.data))
    QTimer.singleShot(0, box.open)
    return box


class DamageWatch(QObject):
    """Damage can be found on a worker thread (the rolling backup reads every page): ``found``
    carries it to the GUI thread, where the recovery runs; ``recovered`` (the RecoveryReport)
    follows a recovery that worked, once its notice is open."""

    found = Signal(str)
    recovered = Signal(object)

    def __init__(self, parent: QWidget, profile: Profile):
        super().__init__(parent)
        self._parent = parent
        self._profile = profile
        self._scheduled: list[str] = []
        self.found.connect(self.on_found)

    @Slot(str)
    def on_found(self, problem: str) -> None:
        """Recover once for a burst of damage reports (each failing query reports it)."""
        if not self._scheduled:
            QTimer.singleShot(0, self, self._recover_now)
        self._scheduled.append(problem)

    def _recover_now(self) -> None:
        problem = self._scheduled.pop() if self._scheduled else ""
        self._scheduled.clear()
        try:
            report = self._profile.recover(problem)
        except (StoreError, OSError) as exc:
            QMessageBox.critical(
                self._parent,
                QCoreApplication.translate("Recovery", "Notes database damaged"),
                str(exc),
            )
            return
        _open(self._parent, self._profile, report)
        self.recovered.emit(report)


def install(parent: QWidget, profile: Profile) -> DamageWatch:
    """Route damage found while the window runs to the recovery path (its messages over
    ``parent``); connect the answer's ``recovered`` to what must read the restored database
    again."""
    watch = DamageWatch(parent, profile)
    profile.db.on_damage = watch.found.emit  # from any thread: queued to the GUI thread
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        problem = damage_in(exc)
        if problem is None:
            previous(kind, exc, tb)
            return
        log.error("damage found by a query: %s", problem)
        watch.on_found(problem)

    sys.excepthook = hook
    return watch

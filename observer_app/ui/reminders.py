"""Reminders of followed sessions: a tray notification, or a banner in the window without a tray.

Checked every 20 s (and at once when follows change). A reminder is shown once per session
and start time; what was shown is kept in the database, so a restart does not ring again.
Clicking the notification (or the banner's Watch button) opens that body in the player.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QWidget

from observer_app.core.follows import Reminder, due_reminders
from observer_app.core.model import Conference
from observer_app.ui import theme

log = logging.getLogger("observer.reminders")


class ReminderBanner(QWidget):
    """Shown above the window's panels when the desktop has no notification tray."""

    watch = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reminder_banner")
        self.setAccessibleName(self.tr("Reminder"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.watch_button = QPushButton(self.tr("&Watch"))
        self.watch_button.setAccessibleName(self.tr("Watch the reminded session"))
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setAccessibleName(self.tr("Dismiss the reminder"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.watch_button)
        layout.addWidget(self.dismiss)
        self._body_id = ""
        self.watch_button.clicked.connect(lambda: (self.watch.emit(self._body_id), self.hide()))
        self.dismiss.clicked.connect(self.hide)
        self.hide()

    def paintEvent(self, event) -> None:
        """A warm band in a shade that suits the palette (light or dark); the text keeps the palette's."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.color("warning_back", self.palette()))
        painter.fillRect(
            0, self.height() - 1, self.width(), 1, theme.color("warning_edge", self.palette())
        )
        painter.end()  # now, not whenever Python lets go of it (see TimelineView.paintEvent)

    def show_reminder(self, reminder: Reminder) -> None:
        self._body_id = reminder.session.body_id
        self.label.setText("◷ " + reminder.message())  # (⏰ is in no font of a plain Linux desktop)
        self.show()


class Reminders(QObject):
    # A reminder was given (tray or banner).
    reminded = Signal(object)
    # The observer clicked it: open this body.
    watch_requested = Signal(str)

    def __init__(
        self, follows_repo, settings, banner: ReminderBanner, parent=None, icon: QIcon | None = None
    ):
        super().__init__(parent)
        self.repo, self.settings, self.banner = follows_repo, settings, banner
        self.conference: Conference | None = None
        self.tray: QSystemTrayIcon | None = None
        self._last: Reminder | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip("Observer")
            self.tray.messageClicked.connect(self._clicked)
            self.tray.show()
        banner.watch.connect(self.watch_requested)
        self._timer = QTimer(self)
        self._timer.setInterval(20_000)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def set_conference(self, conference: Conference) -> None:
        self.conference = conference
        self.check()

    @Slot()
    def check(self, now: datetime | None = None) -> list[Reminder]:
        if self.conference is None:
            return []
        minutes = int(self.settings.get("schedule.reminder_minutes"))
        if minutes <= 0:
            return []
        now = now or datetime.now(UTC)
        cid = self.conference.id
        due = due_reminders(
            self.conference,
            self.repo.follows(cid),
            now,
            timedelta(minutes=minutes),
            self.repo.reminders_shown(cid),
        )
        for reminder in due:
            self.repo.mark_reminder_shown(cid, reminder.key)
            self._show(reminder)
        return due

    def _show(self, reminder: Reminder) -> None:
        log.info("reminder: %s", reminder.message())
        self._last = reminder
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(
                self.tr("Observer: session starting"),
                reminder.message() + " " + self.tr("Click to watch."),
                QSystemTrayIcon.MessageIcon.Information,
                15_000,
            )
        else:
            self.banner.show_reminder(reminder)
        self.reminded.emit(reminder)

    @Slot()
    def _clicked(self) -> None:
        if self._last is not None:
            self.watch_requested.emit(self._last.session.body_id)

"""Export the sessions the observer follows as an iCalendar file for their own calendar."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from observer_app.core import message
from observer_app.core.export.ical import render_sessions
from observer_app.core.follows import followed_sessions
from observer_app.services.export import write_atomically


def export_followed(window, profile, conference) -> None:
    sessions = followed_sessions(conference, profile.follows.follows(conference.id))
    if not sessions:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Calendar", "Export followed sessions"),
            QCoreApplication.translate(
                "Calendar",
                "You follow no session yet: right-click a body or a "
                "session in the schedule and choose Follow (or press "
                "Ctrl+D).",
            ),
        )
        return
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Calendar", "Export followed sessions"),
        "followed-sessions.ics",
        QCoreApplication.translate("Calendar", "iCalendar (*.ics)"),
    )
    if path:
        try:
            minutes = int(
                profile.settings.get("schedule.reminder_minutes")
            )  # the app's own reminders' lead
            write_atomically(
                Path(path),
                render_sessions(conference, sessions, alarm=timedelta(minutes=minutes)).encode(
                    "utf-8"
                ),
            )
        except OSError as exc:
            QMessageBox.critical(
                window,
                QCoreApplication.translate("Calendar", "Export failed"),
                QCoreApplication.translate("Calendar", "Cannot write {path}: {error}").format(
                    path=path, error=exc.strerror or exc
                ),
            )
            return
        message.info(
            QCoreApplication.translate(
                "Calendar", "%n session(s) written to {path}", None, len(sessions)
            ).format(path=path),
            timeout_ms=8000,
        )

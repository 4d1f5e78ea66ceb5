"""Export the sessions the observer follows as an iCalendar file for their own calendar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from observer_app.core import clock, message
from observer_app.core.export.ical import quotes_by_session, render_sessions
from observer_app.core.follows import followed_sessions
from observer_app.core.model import Conference, Session
from observer_app.core.notefilter import NoteFilter
from observer_app.core.report import Quote, build_report
from observer_app.services.export import ExportError, write_atomically


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
                render_sessions(
                    conference,
                    sessions,
                    alarm=timedelta(minutes=minutes),
                    quotes=session_quotes(profile, conference, sessions),
                ).encode("utf-8"),
            )
        except (OSError, ExportError) as exc:
            # write_atomically says why itself (a full disk: how much is free, nothing lost)
            said = str(exc) if isinstance(exc, ExportError) else None
            QMessageBox.critical(
                window,
                QCoreApplication.translate("Calendar", "Export failed"),
                said
                or QCoreApplication.translate("Calendar", "Cannot write {path}: {error}").format(
                    path=path, error=getattr(exc, "strerror", None) or exc
                ),
            )
            return
        message.info(
            QCoreApplication.translate(
                "Calendar", "%n session(s) written to {path}", None, len(sessions)
            ).format(path=path),
            timeout_ms=8000,
        )


def session_quotes(
    profile, conference: Conference, sessions: Sequence[Session]
) -> dict[str, list[Quote]]:
    """The transcript passages quoted by the notes of ``sessions`` that go into reports (the
    observer's private notes stay out of a file that may be shared), as the report shows them.
    Only those sessions' notes are read: the export stays quick with 100,000 notes."""
    tz = clock.zone(conference.timezone)
    notes = [
        note
        for session in sessions
        for note in profile.notes.find(
            conference.id, NoteFilter(session_id=session.id, only_for_feedback=True), tz
        )
    ]
    report = build_report(conference, notes, generated=datetime.now(UTC))
    return quotes_by_session(report)

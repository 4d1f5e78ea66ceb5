"""The window's *Export followed sessions (.ics)* writes the transcript passages the notes of
each followed session quote into its event's description, as `core/export/ical` does for any
caller (issue 19): the real window, its action, the real profile's notes, the file parsed back.

Expected text written by hand: the demo's Committee 5 sitting starts 09:30 in Tokyo (00:30 UTC);
the note was taken at 00:50:00 UTC, 20:00 into the recording, and quotes words said 19:52-19:58
in the player, so 8 s earlier: 00:49:52 UTC."""

from __future__ import annotations

from datetime import UTC, datetime

import icalendar
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from observer_app.core.follows import SESSION, Follow
from observer_app.core.model import NoteStamp, StreamKind
from observer_app.ui.actions import ActionId

pytestmark = [pytest.mark.gui]

SESSION_ID = "com5-d1-am"
WORDS = "We support the proposal on Resolution 102"
PRIVATE = "Only for my own eyes"


def _note(window, text: str, for_feedback: bool = True) -> None:
    stamp = NoteStamp(
        datetime(2026, 3, 2, 0, 50, tzinfo=UTC),
        "com5",
        SESSION_ID,
        stream_url="media/com5.mkv",
        stream_kind=StreamKind.ARCHIVE,
        media_position_ms=1_200_000,
    )
    note = stamp.note(text, window.conference.id)
    note.for_feedback = for_feedback
    window.profile.notes.add(note)


def test_the_window_calendar_carries_the_quotes_of_followed_sessions(
    qtbot, window, tmp_path, monkeypatch
):
    window.set_followed(Follow(SESSION, SESSION_ID), True)
    _note(window, f"Kenya: “{WORDS}” (19:52–19:58, automatic) firmly")
    _note(window, f"“{PRIVATE}” (19:40–19:45)", for_feedback=False)  # never leaves in a file
    target = tmp_path / "followed.ics"
    # The file dialog is the one part not driven here (a native dialog); it answers a path.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "iCalendar (*.ics)")
    )
    window.actions_by_id[ActionId.EXPORT_FOLLOWED].trigger()
    (event,) = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    description = str(event["DESCRIPTION"])
    assert (
        f"Quoted:\n“{WORDS}”\n  (said 2026-03-02 00:49:52 UTC, video 19:52–19:58, automatic)"
        in (description)
    )
    assert PRIVATE not in description


def test_a_calendar_that_cannot_be_written_says_why_in_the_window(
    qtbot, window, tmp_path, monkeypatch
):
    """The file's folder is gone: a message saying so, not an exception out of the action."""
    window.set_followed(Follow(SESSION, SESSION_ID), True)
    target = tmp_path / "gone" / "followed.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "iCalendar (*.ics)")
    )
    said: list[str] = []
    # The modal box would wait for a click: it records what it would show instead.
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    window.actions_by_id[ActionId.EXPORT_FOLLOWED].trigger()
    assert len(said) == 1 and str(target) in said[0] and "No such file" in said[0], said
    assert not target.parent.exists()

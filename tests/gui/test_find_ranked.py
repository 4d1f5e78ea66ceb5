"""The window's find (Enter in the Documents find box) lists pages, notes and transcript lines
in one ranked list, a transcript hit named by its sitting (body, title, date) and not by the
session's key. Real profile, real FTS5 indexes, the real window driven by keys; the expected
order and names are written by hand (see tests/unit/test_transcript_sharing.py for why)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from observer_app.core.model import Note
from observer_app.core.transcript import TranscriptLine
from observer_app.store.transcripts import TranscriptRepository

pytestmark = [pytest.mark.gui]

T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
FILLER = ["Plenary opened on time", "Coffee break at eleven", "Quorum was reached"]


def test_find_ranks_transcript_lines_with_notes_and_names_the_sitting(qtbot, window, tmp_path):
    conference = window.conference
    profile = window.profile

    def said(at_s: int, text: str, session: str) -> TranscriptLine:
        return TranscriptLine(
            conference.id,
            session,
            at_s * 1000,
            at_s * 1000 + 5000,
            T0 + timedelta(seconds=at_s),
            text,
        )

    for text in FILLER + [
        "A long note that mentions zorbulon once among many other words about spectrum, "
        "orbits, filings, coordination, the radio regulations and the next conference",
    ]:
        profile.notes.add(Note(text=text, utc=T0, conference_id=conference.id, author="me"))
    TranscriptRepository(profile.db).add(
        [said(60 + 10 * i, text, "plenary-d1-am") for i, text in enumerate(FILLER)]
        + [
            said(0, "zorbulon zorbulon zorbulon", "plenary-d1-am"),
            said(
                120,
                "we talked about the zorbulon filings and the orbit and spectrum and the radio "
                "regulations and coordination procedures at length today",
                "x-rec",
            ),
        ]
    )
    docs = window.documents
    model = docs.results_model
    with qtbot.waitSignal(model.searched, timeout=10_000):
        docs.filter.setFocus()
        qtbot.keyClicks(docs.filter, "zorbulon")
        qtbot.keyClick(docs.filter, Qt.Key.Key_Return)
    day = conference.session("plenary-d1-am").start.astimezone(ZoneInfo("Asia/Seoul"))
    sitting = f"Plenary, Meeting 1: Opening of the conference; election of the Chairman, {day.day} {day:%b %Y}"
    found_in = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert found_in == [f"transcript, {sitting}", "your note", "transcript, x-rec"]
    assert model.index(0, 1).data() == "0:00" and model.index(2, 1).data() == "2:00"
    docs.grab().save(str(tmp_path / "find-ranked.png"))

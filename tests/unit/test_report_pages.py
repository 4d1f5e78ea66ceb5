"""A page of a report (the export preview, issue 15): the same notes in the same order as the
whole report, its header counting them all, and only the page's notes read from the store."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from observer_app.core.model import NoteStamp
from observer_app.core.notefilter import NoteFilter
from observer_app.services import export
from tests.conftest import PINNED_NOW

COUNT = 150


@pytest.fixture
def noted(profile, demo_conference):
    """Notes in every kind of place: each body, a session of another body, no session, a body
    the feed does not list, no body; private notes of the owner and of a teammate; equal times."""
    rng = random.Random(15)
    conference = demo_conference
    profile.settings.set("author.name", "A. Observer")
    bodies = [b.id for b in conference.bodies] + ["ghost-body", None]
    start = conference.sessions[0].start
    with profile.db.transaction():
        for i in range(COUNT):
            body = rng.choice(bodies)
            own = conference.sessions_of(body) if body in bodies[:-2] else []
            session = rng.choice([s.id for s in own] + [rng.choice(conference.sessions).id, None])
            minutes = rng.randrange(0, 3 * 24 * 60, 30)  # many notes share a time
            stamp = NoteStamp(start + timedelta(minutes=minutes), body, session)
            note = stamp.note(f"remark {i:03d}", conference.id)
            note.speaker = rng.choice(("Brazil", "Kenya"))
            note.for_feedback = rng.random() > 0.2
            note.author = rng.choice(("", "A. Observer", "Teammate"))
            profile.notes.add(note)
    return profile, conference


def ids(report) -> list[str]:
    return [e.note_id for b in report.bodies for s in b.sessions for e in s.entries]


@pytest.mark.parametrize(
    "choices",
    [
        export.ReportChoices(),
        export.ReportChoices(include_private=True),
        export.ReportChoices(NoteFilter(speaker="Kenya"), include_private=True),
    ],
)
def test_pages_hold_the_whole_report_in_its_order(noted, choices):
    profile, conference = noted
    whole = export.make_report(profile, conference, now=PINNED_NOW, choices=choices)
    assert 0 < whole.note_count < COUNT
    paged, first = [], 0
    while first < whole.note_count:
        page = export.report_page(profile, conference, first, 40, now=PINNED_NOW, choices=choices)
        assert page.note_count == whole.note_count  # the header counts the whole report
        assert page.zone == whole.zone
        paged += ids(page)
        first += 40
    assert paged == ids(whole)


def test_a_page_reads_only_its_own_notes(noted):
    profile, conference = noted
    statements: list[str] = []
    profile.db.conn.set_trace_callback(statements.append)
    try:
        page = export.report_page(profile, conference, 40, 10, now=PINNED_NOW)
    finally:
        profile.db.conn.set_trace_callback(None)
    assert len(ids(page)) == 10
    # Statements that read notes' text: only the page's ten rows, by rowid.
    reads = [s for s in statements if "text" in s and "FROM notes" in s]
    assert reads and all("rowid IN" in s for s in reads)
    assert sum(s.split("rowid IN", 1)[1].count(",") + 1 for s in reads) == 10

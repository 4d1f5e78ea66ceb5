"""What building a report reads (issue 15): the documents a note cites come from the symbols
the store keeps for it, not from parsing every note again; a note stored before that column
existed is still parsed."""

from __future__ import annotations

from datetime import timedelta

from observer_app.core import report as core_report
from observer_app.core.model import NoteStamp
from observer_app.services import export

TEXTS = (
    "Brazil supports DT/33 and Doc. 67; asks for consultations",
    "No document here at all",
    "Chair: ADM/54 adopted",  # stored as if before the documents column existed
)


def add_notes(profile, conference) -> list[str]:
    session = conference.sessions[0]
    ids = []
    with profile.db.transaction():
        for i, text in enumerate(TEXTS):
            stamp = NoteStamp(session.start + timedelta(minutes=i), session.body_id, session.id)
            note = stamp.note(text, conference.id)
            profile.notes.add(note)
            ids.append(note.id)
    with profile.db.transaction() as conn:  # a row from a store older than the column
        conn.execute("UPDATE notes SET documents = '' WHERE id = ?", (ids[2],))
    return ids


def test_citations_come_from_the_store_and_old_rows_are_parsed(
    profile, demo_conference, monkeypatch
):
    add_notes(profile, demo_conference)
    parsed = []
    real = core_report.find_symbols

    def spy(text):
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(core_report, "find_symbols", spy)
    report = export.make_report(profile, demo_conference)
    entries = {e.text: e for b in report.bodies for s in b.sessions for e in s.entries}
    cited = {text: tuple(d.symbol for d in entries[text].documents) for text in TEXTS}
    assert cited == {TEXTS[0]: ("DT/33", "67"), TEXTS[1]: (), TEXTS[2]: ("ADM/54",)}
    assert TEXTS[0] not in parsed  # its symbols were read, not parsed again
    assert TEXTS[2] in parsed


def test_each_note_keeps_its_own_stored_citations(profile, demo_conference):
    # The report looks each stored symbols text up once: notes citing the same documents
    # share them, and a note citing others must not get the first note's.
    session = demo_conference.sessions[0]
    texts = ("Egypt on DT/33", "Kenya on ADM/54 and DT/33", "Chair: DT/33 again", "Brazil: 67")
    with profile.db.transaction():
        for i, text in enumerate(texts):
            stamp = NoteStamp(session.start + timedelta(minutes=i), session.body_id, session.id)
            profile.notes.add(stamp.note(text, demo_conference.id))
    report = export.make_report(profile, demo_conference)
    entries = [e for b in report.bodies for s in b.sessions for e in s.entries]
    cited = {e.text: tuple(d.symbol for d in e.documents) for e in entries}
    assert cited == {
        "Egypt on DT/33": ("DT/33",),
        "Kenya on ADM/54 and DT/33": ("ADM/54", "DT/33"),
        "Chair: DT/33 again": ("DT/33",),
        "Brazil: 67": (),
    }


def test_notes_and_their_citations_come_from_one_read(profile, demo_conference):
    ids = add_notes(profile, demo_conference)
    profile.notes.delete(ids[0])  # a deleted note is neither listed nor cited
    session = demo_conference.sessions[0]
    stamp = NoteStamp(session.start + timedelta(minutes=9), session.body_id, session.id)
    later = profile.notes.add(stamp.note("Egypt: DL/4 and 67(Rev.1)", demo_conference.id))
    notes, cited = profile.notes.list_with_citations(demo_conference.id)
    assert [n.id for n in notes] == [ids[1], ids[2], later.id]  # in time order
    assert notes == profile.notes.list(demo_conference.id)
    assert cited == {later.id: " DL/4 67(Rev.1) "}

"""Search ranks on the full-text index alone and checks the few best rows after (issue 15: the
ranking inside a join cost 3x the bare query); a deleted note in that top is never shown, and
the next best notes take its place."""

from datetime import UTC, datetime, timedelta

from observer_app.core.model import NoteStamp
from observer_app.services.context import open_profile
from observer_app.store.documents import DocumentRepository
from tests.unit.docs.test_search_crowded import _pages


def test_ranking_runs_without_a_join_when_the_top_is_the_conferences(app_dirs):
    profile = open_profile(app_dirs)
    repo = DocumentRepository(profile.db)
    _pages(repo, profile.db, "c", "DT/33", [f"page {i} on spectrum" for i in range(30)])
    statements: list[str] = []
    profile.db.conn.set_trace_callback(statements.append)
    hits = repo.search("c", "spectrum", limit=10)
    profile.db.conn.set_trace_callback(None)
    assert len(hits) == 10
    ranking = [s for s in statements if "ORDER BY" in s and "rank" in s]
    assert ranking and not any("JOIN" in s for s in ranking)
    profile.close()


def test_a_deleted_note_in_the_top_gives_way_to_the_next(app_dirs):
    profile = open_profile(app_dirs)
    repo = DocumentRepository(profile.db)
    start = datetime(2026, 12, 1, tzinfo=UTC)
    notes = []
    for i, text in enumerate(["spectrum spectrum spectrum", "spectrum spectrum", "spectrum"]):
        note = NoteStamp(start + timedelta(minutes=i), "com5").note(text, "c")
        profile.notes.add(note)
        notes.append(note)
    profile.notes.delete(notes[0].id)
    hits = repo.search("c", "spectrum", limit=2)
    assert [h.ref for h in hits] == [notes[1].id, notes[2].id]
    profile.close()

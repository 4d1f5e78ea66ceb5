"""Tests written against mutants of store/ that survived the older tests (`make mutate`):
functions of the notes store no unit test reached. Real SQLite profiles (the conftest's
``profile``); a failure is injected with a real SQLite trigger, not a fake."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from observer_app.core.model import NoteStamp
from observer_app.store.db import StoreError

CONF = "pp26"
WHEN = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)


def _note(text: str):
    return NoteStamp(WHEN, "com5", "com5-d1").note(text, CONF)


def test_a_note_and_its_draft_go_in_one_commit(profile):
    notes = profile.notes
    notes.save_draft("Brazil supports DT/33", NoteStamp(WHEN), slot="main")
    note = _note("Brazil supports DT/33")
    assert notes.add_and_clear_draft(note, "main") is note
    assert notes.get(note.id).text == "Brazil supports DT/33"
    assert notes.load_draft("main") is None


def test_when_clearing_the_draft_fails_the_note_is_not_saved_either(profile):
    # A crash between the two writes would restore the draft and save the note twice: the
    # insert must roll back with the failed delete, and the user is told nothing was lost.
    notes = profile.notes
    notes.save_draft("Egypt objects", NoteStamp(WHEN), slot="main")
    profile.db.conn.execute(
        "CREATE TRIGGER refuse BEFORE DELETE ON drafts BEGIN SELECT RAISE(ABORT, 'io'); END"
    )
    note = _note("Egypt objects")
    with pytest.raises(StoreError) as raised:
        notes.add_and_clear_draft(note, "main")
    assert str(profile.db.path) in str(raised.value)
    assert "Nothing was lost: your text is still in the editor." in str(raised.value)
    assert notes.get(note.id) is None
    assert notes.load_draft("main")[0] == "Egypt objects"


def test_only_the_named_draft_is_cleared(profile):
    notes = profile.notes
    notes.save_draft("main text", None, slot="main")
    notes.save_draft("other text", None, slot="edit:1")
    notes.add_and_clear_draft(_note("main text"), "main")
    assert notes.load_draft("edit:1") == ("other text", None)


def test_update_text_changes_text_cited_documents_and_time(profile):
    notes = profile.notes
    note = notes.add(_note("first"))
    # Times are stored to the millisecond: the edit must come in a later one to be told apart
    # (in the clean-clone run both fell in the same millisecond).
    while datetime.now(UTC) - note.updated < timedelta(milliseconds=2):
        time.sleep(0.001)
    notes.update_text(note.id, "now citing Doc. 67 and DT/33")
    stored = notes.get(note.id)
    assert stored.text == "now citing Doc. 67 and DT/33"
    assert stored.updated > note.updated
    other = notes.add(_note("untouched"))
    assert notes.get(other.id).text == "untouched"


def test_delete_then_undelete_and_count(profile):
    notes = profile.notes
    kept, gone = notes.add(_note("kept")), notes.add(_note("gone"))
    notes.add(NoteStamp(WHEN).note("elsewhere", "other-conf"))
    assert notes.count(CONF) == 2
    notes.delete(gone.id)
    assert notes.count(CONF) == 1
    assert notes.get(gone.id).deleted is True
    notes.undelete(gone.id)
    assert notes.get(gone.id).deleted is False
    assert notes.count(CONF) == 2
    assert notes.get(kept.id).deleted is False


def test_short_ids_typed_on_the_command_line(profile):
    notes = profile.notes
    a = notes.add(_note("a"))
    notes.add(_note("b"))
    assert notes.ids_starting(a.id[:8], CONF) == [a.id]
    assert notes.ids_starting(a.id[:8].upper(), CONF) == [a.id]  # typed in capitals
    assert notes.ids_starting(a.id[:8], "other-conf") == []
    assert notes.ids_starting("%", CONF) == []  # LIKE wildcards are literal
    assert notes.ids_starting("_", CONF) == []
    assert len(notes.ids_starting("", CONF)) == 2
    assert len(notes.ids_starting("", CONF, limit=1)) == 1

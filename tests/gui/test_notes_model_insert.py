"""A new note goes into the notes list without reloading it (issue 15: every Enter reloaded
about 2,500 notes to place one). Real SQLite profile, the model the notes panel uses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from observer_app.core.model import Note
from observer_app.core.notefilter import NoteFilter
from observer_app.ui.models.notes import PAGE, NoteRole, NotesModel

pytestmark = pytest.mark.gui
START = datetime(2026, 10, 20, 0, 0, tzinfo=UTC)


def fill(profile, conference, count: int) -> None:
    with profile.db.transaction():
        for i in range(count):
            profile.notes.add(Note(f"note {i}", START + timedelta(minutes=i), conference.id))


class Loads:
    """The model's page loader, counting the notes it reads from the database."""

    def __init__(self, profile):
        self.profile, self.notes = profile, 0

    def __call__(self, rowids):
        self.notes += len(rowids)
        return self.profile.notes.by_rowids(rowids, keep_missing=True)


def model_of(profile, conference, loads) -> NotesModel:
    model = NotesModel()
    rowids = profile.notes.find_rowids(conference.id, NoteFilter(), UTC)
    model.set_rows(conference, rowids, loads)
    return model


def shown_texts(model) -> list[str]:
    return [model.data(model.index(r, 4), NoteRole).text for r in range(model.rowCount())]


def add(profile, conference, text, when) -> tuple[int, Note]:
    note = profile.notes.add(Note(text, when, conference.id))
    return profile.notes.rowid(note.id), note


@pytest.mark.parametrize("count", [3 * PAGE - 1, 3 * PAGE, 3 * PAGE + 5])
def test_a_new_last_note_reads_no_note_from_the_database(qapp, profile, demo_conference, count):
    fill(profile, demo_conference, count)
    loads = Loads(profile)
    model = model_of(profile, demo_conference, loads)
    model.data(model.index(count - 1, 4), Qt.ItemDataRole.DisplayRole)  # the end is on screen
    read = loads.notes
    row = model.insert(*add(profile, demo_conference, "just typed", START + timedelta(days=30)))
    assert row == count
    assert model.data(model.index(row, 4), Qt.ItemDataRole.DisplayRole) == "just typed"
    assert loads.notes == read  # placed from the pages already loaded
    assert shown_texts(model) == shown_texts(model_of(profile, demo_conference, Loads(profile)))


@pytest.mark.parametrize("minute", [-5, 10, PAGE - 1, PAGE + 3, 2 * PAGE + 7])
def test_a_note_placed_in_the_middle_shifts_the_loaded_pages(
    qapp, profile, demo_conference, minute
):
    fill(profile, demo_conference, 3 * PAGE + 10)
    model = model_of(profile, demo_conference, Loads(profile))
    for row in (0, PAGE + 1, 3 * PAGE + 2):  # pages 0, 1 and 3 loaded, page 2 not
        model.data(model.index(row, 4), Qt.ItemDataRole.DisplayRole)
    when = START + timedelta(minutes=minute, seconds=30)
    model.insert(*add(profile, demo_conference, "late entry", when))
    assert shown_texts(model) == shown_texts(model_of(profile, demo_conference, Loads(profile)))


def test_the_saved_label_counts_every_note_unfiltered_and_filtered(qtbot, window):
    from tests.gui.test_notes import type_note

    fill(window.profile, window.conference, 300)
    window.notes.reload()
    type_note(window, "Supports open consultations")
    assert "Saved. 301 notes." in window.notes.stamp_label.text()
    window.notes.filters.search.setText("consultations")
    qtbot.waitUntil(lambda: window.notes.model.rowCount() == 1)
    type_note(window, "Objects to consultations")
    # Filtered, the count comes with the commit (from the writer thread).
    qtbot.waitUntil(lambda: "Saved. 302 notes." in window.notes.stamp_label.text())


def test_the_notes_filter_runs_on_a_worker_and_the_latest_query_wins(qtbot, window, monkeypatch):
    import threading

    from PySide6.QtTest import QTest

    from observer_app.store.notes import NoteRepository

    fill(window.profile, window.conference, 500)  # "note 0" ... "note 499"
    window.notes.reload()
    threads = []
    real_find = NoteRepository.find_rowids

    def spy(self, *args, **kwargs):  # the real query, noting the thread it runs on
        threads.append(threading.current_thread())
        return real_find(self, *args, **kwargs)

    monkeypatch.setattr(NoteRepository, "find_rowids", spy)
    model = window.notes.model
    for query in ("4", "42", "421"):  # each keystroke a query, as with a slow debounce
        window.notes.filters.search.setText(query)
        window.notes.filters.changed.emit()
    QTest.keyClicks(window.notes.filters.search, "x")  # "421x" matches nothing...
    window.notes.filters.search.setText("note 421")  # ...and the last query wins
    window.notes.filters.changed.emit()
    qtbot.waitUntil(lambda: not model.finding, timeout=5000)
    assert [model.note_at(r).text for r in range(model.rowCount())] == ["note 421"]
    assert threads and threading.main_thread() not in threads


def test_roles_the_list_does_not_show_read_no_note(qapp, profile, demo_conference):
    """A view asks each cell for about seven roles at every paint (font, alignment, icon...):
    those the model does not answer must not load a page of notes to say so."""
    fill(profile, demo_conference, PAGE + 1)
    loads = Loads(profile)
    model = model_of(profile, demo_conference, loads)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
    ):
        assert model.data(model.index(PAGE, 4), role) is None
    assert loads.notes == 0
    assert model.data(model.index(PAGE, 4)) == f"note {PAGE}"  # the roles it shows still load
    assert loads.notes == 1

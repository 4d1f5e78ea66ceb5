"""Notes in the window: quick fields, edit/delete/undo, search and filters, briefings, follow."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from support.gui import wait_playing

from observer_app.core.model import utc_now
from observer_app.core.notefilter import NoteFilter

pytestmark = pytest.mark.gui


def type_note(win, text, speaker="", stance_index=0, tags=""):
    composer = win.notes.composer
    win.notes.editor.setFocus()
    # QTest can only type ASCII: the first key stamps the note, the rest may be any script.
    QTest.keyClicks(win.notes.editor, text[0])
    win.notes.editor.insertPlainText(text[1:])
    if speaker:
        composer.speaker.insert(speaker)
        close_completion(composer.speaker)
    composer.stance.setCurrentIndex(stance_index)
    if tags:
        QTest.keyClicks(composer.tags, tags)
        close_completion(composer.tags)
    QTest.keyClick(
        composer.tags if tags else win.notes.editor, Qt.Key.Key_Return
    )  # Enter in a field saves too


def close_completion(field):
    """Escape the completion list a quick field opened, as the observer does before moving on.
    Left open, it is a popup window that takes the keyboard: where the next keys go (the list,
    the note list, the window's shortcuts) then depends on when X maps it, hence a flaky test."""
    popup = field.completer().popup()
    if popup.isVisible():
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def stored(win):
    return win.profile.notes.list(win.conference.id)


def test_quick_fields_are_stored_and_completed(qtbot, window):
    composer = window.notes.composer
    assert "Brazil" in composer.speaker_model.stringList()  # the shipped delegation list
    assert "DT/33" in composer.agenda_model.stringList()
    type_note(
        window,
        "Supports open consultations",
        speaker="Brazil",
        stance_index=1,
        tags="access, consultation",
    )
    (note,) = stored(window)
    assert (note.speaker, note.stance, note.tags, note.for_feedback) == (
        "Brazil",
        "supports",
        ("access", "consultation"),
        True,
    )
    assert (
        composer.speaker.text() == "" and composer.stance.currentIndex() == 0
    )  # ready for the next speaker
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # next note private
    type_note(window, "My own reminder")
    private = next(n for n in stored(window) if n.text == "My own reminder")
    assert private.for_feedback is False


def test_delete_undo_redo_and_edit(qtbot, window):
    type_note(window, "Kenya supports DT/33", speaker="Kenya")
    type_note(window, "Chile asks about ADM/54", speaker="Chile")
    view = window.notes.view
    window.notes.select_row(0)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert [n.text for n in stored(window)] == ["Chile asks about ADM/54"]
    QTest.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )  # Ctrl+Z survives a delete
    assert sorted(n.text for n in stored(window)) == [
        "Chile asks about ADM/54",
        "Kenya supports DT/33",
    ]
    QTest.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [n.text for n in stored(window)] == ["Chile asks about ADM/54"]
    # Edit through the dialog, then undo the edit.
    from observer_app.ui.dialogs.note_edit import NoteEditDialog

    note = stored(window)[0]
    dialog = NoteEditDialog(note, [], [], [])
    dialog.composer.set_text_silently("Chile asks for ADM/54 to be published")
    dialog.composer.speaker.setText("Chile (Vice-Chair)")
    edited = dialog.edited_note()
    assert edited is not None and edited.updated >= note.updated
    window.notes.undo_stack.push(
        type(window.notes.undo_stack.command(0))(
            window.notes,
            "edit",
            lambda: window.profile.notes.save(edited),
            lambda: window.profile.notes.save(note),
        )
    )
    assert stored(window)[0].text == "Chile asks for ADM/54 to be published"
    window.notes.undo_stack.undo()
    assert stored(window)[0].text == "Chile asks about ADM/54"


def test_search_and_filters(qtbot, window):
    type_note(
        window, "Brazil supports DT/33 revision", speaker="Brazil", stance_index=1, tags="access"
    )
    type_note(window, "Egypt raises a concern on Doc. 67 (Add.2)", speaker="Egypt", stance_index=3)
    type_note(
        window, "Côte d'Ivoire: question on the budget", speaker="Côte d'Ivoire", stance_index=4
    )
    filters = window.notes.filters
    QTest.keyClicks(filters.search, "revis")  # prefix, as you type
    qtbot.waitUntil(
        lambda: (
            window.notes.model.rowCount() == 1 and window.notes.model.note_at(0).speaker == "Brazil"
        ),
        timeout=2000,
    )
    filters.search.clear()
    QTest.keyClicks(
        filters.search, "cote budget"
    )  # diacritics do not matter; every word must appear
    qtbot.waitUntil(
        lambda: (
            window.notes.model.rowCount() == 1
            and window.notes.model.note_at(0).speaker == "Côte d'Ivoire"
        ),
        timeout=2000,
    )
    filters.search.clear()
    qtbot.waitUntil(lambda: window.notes.model.rowCount() == 3, timeout=2000)
    filters.document.setCurrentIndex(filters.document.findData("67(Add.2)"))
    filters.document.activated.emit(filters.document.currentIndex())
    model = window.notes.model  # filters run on a worker: wait for the list
    qtbot.waitUntil(
        lambda: [model.note_at(i).speaker for i in range(model.rowCount())] == ["Egypt"]
    )
    filters.document.setCurrentIndex(0)
    filters.stance.setCurrentIndex(filters.stance.findData("supports"))
    filters.stance.activated.emit(filters.stance.currentIndex())
    qtbot.waitUntil(
        lambda: [model.note_at(i).speaker for i in range(model.rowCount())] == ["Brazil"]
    )


def test_since_last_briefing_is_one_click(qtbot, window):
    type_note(window, "Before the briefing")
    window.notes.filters.mark_briefing.click()
    briefing = window.profile.notes.last_briefing(window.conference.id)
    # The next note is taken after the briefing: the clock has moved past it (to the ms).
    qtbot.waitUntil(lambda: utc_now() > briefing.utc, timeout=1000)
    type_note(window, "After the briefing")
    window.notes.filters.since_briefing.click()
    model = window.notes.model  # filters run on a worker: wait for the list
    qtbot.waitUntil(
        lambda: [model.note_at(i).text for i in range(model.rowCount())] == ["After the briefing"]
    )
    assert len(window.profile.notes.briefings(window.conference.id)) == 1


def test_list_follows_an_archive_as_it_plays(qtbot, window):
    past = next(s for s in window.conference.sessions_of("com6") if s.is_past(datetime.now(UTC)))
    window.watch("com6", past.id)
    wait_playing(qtbot, window)
    from observer_app.core.model import NoteStamp

    for seconds, text in ((5, "early"), (30, "middle"), (50, "late")):
        window.profile.notes.add(
            NoteStamp(past.start + timedelta(seconds=seconds), "com6", past.id).note(
                text, "pp-demo"
            )
        )
    window.notes.reload()
    window.player_panel.seek_to(31_000)
    window.notes.editor.setFocus()
    qtbot.waitUntil(
        lambda: (
            window.notes.selected_note() is not None
            and window.notes.selected_note().text == "middle"
        ),
        timeout=5000,
    )


def test_repository_find_matches_the_filter_bar(window):
    """The same NoteFilter drives the CLI and the report: check one combined query directly."""
    type_note(window, "Brazil supports DT/33", speaker="Brazil", stance_index=1)
    import zoneinfo

    found = window.profile.notes.find(
        window.conference.id,
        NoteFilter(speaker="brazil", text="DT/33"),
        zoneinfo.ZoneInfo("Asia/Seoul"),
    )
    assert [n.speaker for n in found] == ["Brazil"]


def test_undo_is_a_new_change_for_teammates(qtbot, window):
    """Undoing an edit writes the old text with a fresh time: an older teammate copy must not win."""
    type_note(window, "Kenya supports DT/33")
    window.notes.select_row(0)
    original = stored(window)[0]
    window.notes.toggle_private_selected()
    changed = stored(window)[0]
    # The undo happens a millisecond later at least (the store keeps milliseconds).
    qtbot.waitUntil(lambda: utc_now() > changed.updated, timeout=1000)
    window.notes.undo_stack.undo()
    back = stored(window)[0]
    assert back.for_feedback is True and back.updated > original.updated


def test_a_scheduled_session_can_be_the_briefing(qtbot, window):
    session = window.conference.sessions_of("plenary")[0]
    window.schedule.briefing_marked.emit(session)
    (briefing,) = window.profile.notes.briefings(window.conference.id)
    assert briefing.utc == session.start and briefing.title == session.title

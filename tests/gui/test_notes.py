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
    win.notes.finish_writes()  # committed on the writer thread


def close_completion(field):
    """Escape the completion list a quick field opened, as the observer does before moving on.
    Left open, it is a popup window that takes the keyboard: where the next keys go (the list,
    the note list, the window's shortcuts) then depends on when X maps it, hence a flaky test."""
    popup = field.completer().popup()
    if popup.isVisible():
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def stored(win):
    win.notes.finish_writes()  # Enter hands the note to the writer thread
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


# -- the live loop (issue 12) ---------------------------------------------------------------------


def visible_selection(win) -> list[str]:
    """The texts of the rows the user sees selected."""
    rows = win.notes.view.selectionModel().selectedRows()
    return [win.notes.model.note_at(index.row()).text for index in rows]


def edit_with_f2(qtbot, view, tries: int = 300) -> str:
    """Press F2 in the list; the text the edit dialog opened with (the dialog is cancelled)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    opened: list[str] = []

    def answer(left: int = tries) -> None:  # runs inside the dialog's own event loop
        dialog = QApplication.activeModalWidget()
        if dialog is None and left:
            QTimer.singleShot(10, lambda: answer(left - 1))
        elif dialog is not None:
            opened.append(dialog.composer.text())
            dialog.reject()

    QTimer.singleShot(0, answer)
    QTest.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    return opened[0]


def test_keyboard_actions_act_on_the_row_seen_selected_after_an_edit(qtbot, window):
    """F2 edited the wrong note: after an edit the current row fell back to row 1, unselected."""
    for text in ("Kenya first", "Chile second", "Egypt third"):
        type_note(window, text)
    view = window.notes.view
    window.notes.select_row(1)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    QTest.keyClick(
        view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )  # an edit: mark it private
    assert next(n for n in stored(window) if n.text == "Chile second").for_feedback is False
    assert visible_selection(window) == ["Chile second"]  # still selected, and visibly so
    assert edit_with_f2(qtbot, view) == "Chile second"  # F2 opens that note, not row 1
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert sorted(n.text for n in stored(window)) == ["Egypt third", "Kenya first"]
    assert len(visible_selection(window)) == 1  # a neighbour is selected, not nothing


def test_carried_over_fields_are_shown_and_one_key_clears_them(qtbot, window):
    composer = window.notes.composer
    window.notes.editor.setFocus()
    QTest.keyClicks(window.notes.editor, "On the budget")
    composer.agenda.setFocus()
    QTest.keyClicks(composer.agenda, "ADM/54")
    QTest.keyClick(composer.agenda, Qt.Key.Key_Return)
    # The next note would be filed under ADM/54: the composer says so.
    assert composer.agenda.text() == "ADM/54"
    assert composer.carried.isVisible() and "ADM/54" in composer.carried.text()
    QTest.keyClick(window.notes.editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert composer.agenda.text() == "" and composer.carried.text() == ""
    QTest.keyClicks(window.notes.editor, "Another subject")
    QTest.keyClick(window.notes.editor, Qt.Key.Key_Return)
    assert next(n for n in stored(window) if n.text == "Another subject").agenda_item == ""


def test_delete_says_note_deleted_with_undo_over_the_list(qtbot, window):
    type_note(window, "Kenya supports DT/33")
    notes = window.notes
    notes.select_row(0)
    notes.view.setFocus()
    QTest.keyClick(notes.view, Qt.Key.Key_Delete)
    assert stored(window) == []
    toast = notes.toast
    qtbot.waitUntil(toast.isVisible, timeout=2000)
    assert "Note deleted" in toast.message.text()
    # Where the user looks: inside the notes list, wholly visible.
    assert notes.view.rect().contains(toast.geometry())
    qtbot.mouseClick(toast.undo, Qt.MouseButton.LeftButton)
    assert [n.text for n in stored(window)] == ["Kenya supports DT/33"]
    assert not toast.isVisible()


def test_one_click_on_a_search_hit_opens_the_note(qtbot, window):
    type_note(window, "Kenya asks for open consultations everywhere")
    type_note(window, "Something else entirely")
    window.notes.select_row(1)
    docs = window.documents
    docs.filter.setText("open consultations")
    QTest.keyClick(docs.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: docs.results.isVisible(), timeout=5000)
    hits = [docs.results_model.hit_at(r) for r in range(docs.results_model.rowCount())]
    row = next(r for r, h in enumerate(hits) if h.kind == "note")
    rect = docs.results.visualRect(docs.results_model.index(row, 0))
    qtbot.mouseClick(docs.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert visible_selection(window) == ["Kenya asks for open consultations everywhere"]


def test_composer_header_and_saved_row_show_the_same_video_time(qtbot, window):
    from observer_app.core import clock

    wait_playing(qtbot, window)
    notes = window.notes
    QTest.keyClick(notes.editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    header = notes.stamp_label.text()
    QTest.keyClicks(notes.editor, "Timed")
    QTest.keyClick(notes.editor, Qt.Key.Key_Return)
    (note,) = stored(window)
    row_time = notes.model.data(notes.model.index(0, 1))
    assert row_time and f"video {row_time}" in header, (header, row_time)
    # (and it is the session's recording time, not how long the player has been open)
    assert row_time != clock.format_position(note.media_position_ms)


def test_the_selection_survives_a_filter_that_still_shows_it(qtbot, window):
    for text in ("Kenya on access", "Chile on access", "Egypt on budget"):
        type_note(window, text)
    window.notes.select_row(1)
    QTest.keyClicks(window.notes.filters.search, "access")  # filtered on a worker
    qtbot.waitUntil(lambda: window.notes.model.rowCount() == 2, timeout=5000)
    assert visible_selection(window) == ["Chile on access"]

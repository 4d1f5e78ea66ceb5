"""Issue 12: the draft autosave's disk sync stalled typing. The window's notes pane hands its
drafts to a writer thread: the GUI thread goes on even while the disk (here: another program
holding the database's write lock) keeps the draft waiting. Real window, real SQLite file."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def draft_texts(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT text FROM drafts")]


def test_the_autosave_does_not_hold_the_window_while_the_disk_is_busy(qtbot, window):
    notes = window.notes
    path = notes.repository.db.path
    lock = sqlite3.connect(path, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")  # the disk is busy: any draft write now waits (5 s at most)
    try:
        notes.editor.setFocus()
        qtbot.keyClicks(notes.editor, "Kenya asks for time")
        # The autosave timer fires and hands the draft over; a write on the GUI thread would
        # block it here until SQLite gives up (5 s) and then report "Draft not saved".
        qtbot.waitUntil(lambda: not notes._draft_dirty, timeout=3000)
        assert "⚠" not in notes.stamp_label.text()
        assert draft_texts(path) == []  # still waiting for the disk
        qtbot.keyClicks(notes.editor, " to consult")  # the window still takes keys meanwhile
        assert notes.editor.toPlainText() == "Kenya asks for time to consult"
    finally:
        lock.execute("COMMIT")
    qtbot.waitUntil(lambda: draft_texts(path) == ["Kenya asks for time to consult"], timeout=5000)
    # Enter: the note goes to disk (on the writer thread), and no draft of it is left behind.
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return)
    assert notes.finish_writes(timeout=10)
    assert draft_texts(path) == []
    with sqlite3.connect(path) as conn:
        saved = [r[0] for r in conn.execute("SELECT text FROM notes WHERE deleted = 0")]
    assert "Kenya asks for time to consult" in saved

"""A quote from the transcript dock into the note, through to the exported report: the real
window, words selected in the dock's reader, *Quote in note*, Enter saves the note, and the
Markdown and HTML reports hold the words verbatim as a quotation with the line's span."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from observer_app.core.export import html, json_report, markdown
from observer_app.core.transcript import TranscriptLine
from observer_app.services import export

pytestmark = [pytest.mark.gui]


def test_quoted_words_reach_the_report_as_a_quotation(qtbot, window):
    said = "Our delegation supports the proposal in Document 161 on cybersecurity."
    panel = window.transcript.panel
    dock = window.findChild(QDockWidget, "dock_transcript")
    dock.show()
    dock.raise_()
    qtbot.waitUntil(panel.isVisible, timeout=5000)
    line = TranscriptLine(window.conference.id, "plen-7", 725_000, 731_000, datetime.now(UTC), said)
    panel.add_line(line)
    rect = panel.view.visualRect(panel.model.index(0, 3))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: panel.reader.toPlainText() == said, timeout=5000)
    words = "supports the proposal in Document 161"
    cursor = panel.reader.textCursor()
    cursor.setPosition(said.index(words))
    cursor.setPosition(said.index(words) + len(words), cursor.MoveMode.KeepAnchor)
    panel.reader.setTextCursor(cursor)
    qtbot.mouseClick(panel.quote, Qt.MouseButton.LeftButton)
    editor = window.notes.editor
    assert f"“{words}” (12:05–12:11, automatic)" in editor.toPlainText()
    editor.setFocus()
    qtbot.keyClicks(editor, "firm")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.toPlainText(), timeout=5000)  # handed to the writer
    assert window.notes.finish_writes(timeout=10)  # and committed

    report = export.make_report(window.profile, window.conference)
    md = markdown.render(report)
    assert f"  > “{words}”  \n  > — " in md and "video " in md.split(f"“{words}”")[1]
    assert "\n\n  firm" in md
    assert f'<blockquote class="quote" dir="auto"><p>“{words}”</p>' in html.render(report)
    # As data: the JSON quote says it was machine text, and its span (placed in the session's
    # recording by the note's instant) is the line's 6 s.
    (quote,) = json_report.entry_data(report.bodies[0].sessions[0].entries[0])["quotes"]
    assert (quote["text"], quote["source"]) == (words, "automatic")
    assert quote["video_end_ms"] - quote["video_start_ms"] == 6000

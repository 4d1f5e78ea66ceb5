"""Issue 15: Enter rebuilds the filters' and completion's choices (days, speakers, tags) only
when the note brings a new one: the combos and completion lists cost each Enter 0.3 ms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.gui


def enter_note(window, text: str, speaker: str = "", tags: str = "") -> None:
    composer = window.notes.composer
    window.notes.editor.setFocus()
    QTest.keyClicks(window.notes.editor, text)
    composer.speaker.setText(speaker)  # (set, not typed: no completion popup to close)
    composer.tags.setText(tags)
    QTest.keyClick(window.notes.editor, Qt.Key.Key_Return)
    window.notes.finish_writes()


def test_choices_are_rebuilt_only_for_a_new_speaker_day_or_tag(qtbot, window, monkeypatch):
    panel = window.notes
    enter_note(window, "Opening", speaker="Kenya", tags="spectrum")
    qtbot.waitUntil(lambda: not panel._choices_scheduled and panel._choices is not None)
    rebuilt: list[tuple] = []
    real = panel.filters.set_choices
    monkeypatch.setattr(
        panel.filters, "set_choices", lambda *args: (rebuilt.append(args), real(*args))
    )
    enter_note(window, "Supports the text", speaker="Kenya", tags="spectrum")
    assert rebuilt == []  # the same day, speaker and tag: nothing to rebuild
    enter_note(window, "Asks for time", speaker="Egypt")
    assert rebuilt and "Egypt" in rebuilt[-1][2]  # a new speaker: offered in the filter
    assert "Egypt" in panel.composer.speaker_model.stringList()  # and in completion
    enter_note(window, "Back to it", speaker="Kenya", tags="satellite")
    assert "satellite" in rebuilt[-1][3]

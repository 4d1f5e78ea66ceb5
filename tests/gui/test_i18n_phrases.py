"""Whole translated phrases where the English used to glue words (issue 18): the Edit menu's
Undo/Redo say « Annuler la suppression de la note », not "&Annuler" + "delete note" glued by
QUndoStack (which cannot agree in French, Russian or Arabic)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from observer_app.services.context import open_profile
from observer_app.ui import i18n
from observer_app.ui.app import build_window
from tests.gui.conftest import show

pytestmark = pytest.mark.gui


@pytest.fixture
def french_window(qtbot, app_dirs):
    assert i18n.install("fr") == "fr"
    profile = open_profile(app_dirs)
    window = build_window(profile, None)
    show(qtbot, window)
    yield window
    window.close()
    profile.close()
    i18n.install("en")


def edit_menu_texts(window) -> tuple[str, str]:
    """The Edit menu's first two items: Undo, Redo."""
    edit = window.menuBar().actions()[1].menu()
    undo, redo = edit.actions()[:2]
    return undo.text(), redo.text()


def test_undo_and_redo_are_whole_french_phrases(qtbot, french_window):
    window = french_window
    assert edit_menu_texts(window) == ("&Annuler", "&Rétablir")
    window.notes.editor.setFocus()
    QTest.keyClicks(window.notes.editor, "B")
    window.notes.editor.insertPlainText("résil soutient DT/33")
    QTest.keyClick(window.notes.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.notes.undo_stack.count() == 1, timeout=5000)
    assert edit_menu_texts(window) == ("&Annuler l’ajout de la note", "&Rétablir")

    window.notes.select_row(0)
    window.notes.delete_selected()
    assert edit_menu_texts(window) == ("&Annuler la suppression de la note", "&Rétablir")
    window.notes.undo_stack.undo()
    assert edit_menu_texts(window) == (
        "&Annuler l’ajout de la note",
        "&Rétablir la suppression de la note",
    )
    window.notes.undo_stack.undo()
    assert edit_menu_texts(window) == ("&Annuler", "&Rétablir l’ajout de la note")


def test_missing_channel_message_names_the_language_alone(french_window):
    """« Canal absent de ce flux : Russe » — not "This stream has no {wanted} channel", where a
    language name spliced mid-sentence arrives capitalised and in the wrong case or gender."""
    controls = french_window.player_panel.controls
    assert controls.tile is not None
    player = controls.tile.player
    player.choice = replace(player.choice, language="ru")  # the preferred interpretation
    # What the tile reports when the stream has no Russian channel (the libVLC side of this is
    # tests/integration/test_player_streams.py); here only the message is under test.
    controls._on_language_changed("en", False)
    nnbsp = "\u202f"
    assert french_window.player_panel.status.text() == (
        f"Canal absent de ce flux{nnbsp}: Russe. Lecture{nnbsp}: Anglais."
    )
    controls._on_language_changed(None, False)
    assert french_window.player_panel.status.text() == (
        f"Canal absent de ce flux{nnbsp}: Russe. Lecture du son par défaut."
    )

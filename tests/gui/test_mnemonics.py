"""No two items of one menu, of the menu bar, or of one dialog share a mnemonic, in any of the
six languages (issue 18): a clash makes Alt+letter pick the first item, or only cycle, so a
keyboard user cannot reach the other.

The real main window and the real dialogs are built in each language; the test walks the menu
bar and every menu, and in each dialog the buttons, check boxes, group boxes, tabs and the
labels that have a buddy (what Alt+letter reaches there).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from observer_app.services.context import open_profile
from observer_app.ui import i18n
from observer_app.ui.app import build_window
from tests.gui.conftest import show

pytestmark = pytest.mark.gui

LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru")


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def clashes(group: str, items: list[str]) -> list[str]:
    """'group: Alt+x for 'A', 'B'' for each letter that more than one item uses."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in items:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return [
        f"{group}: Alt+{letter} for {', '.join(map(repr, texts))}"
        for letter, texts in sorted(by_letter.items())
        if len(texts) > 1
    ]


def menu_groups(window) -> dict[str, list[str]]:
    """The menu bar's titles, then each menu's (and submenu's) item texts."""
    bar = window.menuBar()
    groups = {"menu bar": [action.text() for action in bar.actions()]}
    pending = [(action.text(), action.menu()) for action in bar.actions() if action.menu()]
    while pending:
        title, menu = pending.pop()
        assert isinstance(menu, QMenu)
        groups[title] = [action.text() for action in menu.actions() if not action.isSeparator()]
        pending += [(a.text(), a.menu()) for a in menu.actions() if a.menu()]
    return groups


def dialog_texts(dialog: QWidget) -> list[str]:
    """The texts whose mnemonics Alt+letter reaches inside one dialog."""
    texts = []
    for widget in dialog.findChildren(QWidget):
        if widget.window() is not dialog or not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def make_dialogs(window) -> dict:
    """Every dialog of the app, built as the app builds it (same arguments as test_keyboard)."""
    from observer_app.core.model import Note
    from observer_app.ui.dialogs.about import AboutDialog
    from observer_app.ui.dialogs.crash import CrashDialog
    from observer_app.ui.dialogs.export import ReportDialog
    from observer_app.ui.dialogs.first_run import FirstRunDialog
    from observer_app.ui.dialogs.note_edit import NoteEditDialog
    from observer_app.ui.dialogs.open_conference import OpenConferenceDialog
    from observer_app.ui.dialogs.outbox import OutboxDialog
    from observer_app.ui.dialogs.settings import SettingsDialog

    profile = window.profile
    note = Note(
        text="Brazil supports DT/33",
        utc=datetime.now(UTC),
        conference_id=window.conference.id,
        speaker="Brazil",
        tags=("wsis",),
    )
    return {
        "settings": lambda: SettingsDialog(profile.settings, window),
        "report": lambda: ReportDialog(profile, window.conference, window),
        "outbox": lambda: OutboxDialog(profile, window),
        "open conference": lambda: OpenConferenceDialog(["/tmp/a.json", "/tmp/b.m3u"], window),
        "first run": lambda: FirstRunDialog(profile.settings, window),
        "about": lambda: AboutDialog(window),
        "crash": lambda: CrashDialog("Traceback\nValueError: x\n", None, window),
        "note edit": lambda: NoteEditDialog(note, ["Brazil"], ["Agenda item 3"], ["wsis"], window),
    }


@pytest.fixture
def window_in(qtbot, app_dirs):
    """The main window built in a language; English again afterwards for the other tests."""
    made = []

    def make(code: str):
        assert i18n.install(code) == code
        profile = open_profile(app_dirs)
        window = build_window(profile, None)
        show(qtbot, window)
        made.append((window, profile))
        return window

    yield make
    for window, profile in made:
        window.close()
        profile.close()
    i18n.install("en")


def test_mnemonic_reads_single_ampersands_only():
    assert mnemonic("É&dition") == "d" and mnemonic("文件(&F)") == "f"
    assert mnemonic("Q&&A") is None and mnemonic("No mnemonic") is None
    assert clashes("m", ["&Open", "&Other", "&Quit"]) == ["m: Alt+o for '&Open', '&Other'"]


def undo_and_redo_with_phrases(qtbot, window) -> None:
    """Two notes added, one undone: the Edit menu then shows the translated phrases of both
    Undo and Redo ("&Annuler l’ajout de la note"), which the menu's mnemonics must fit too."""
    for text in ("Brazil supports DT/33", "Chile asks about ADM/54"):
        window.notes.editor.setFocus()
        QTest.keyClicks(window.notes.editor, text[0])
        window.notes.editor.insertPlainText(text[1:])
        QTest.keyClick(window.notes.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.notes.undo_stack.count() == 2, timeout=5000)
    window.notes.undo_stack.undo()


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_two_items_of_a_menu_or_dialog_share_a_mnemonic(qtbot, window_in, code):
    window = window_in(code)
    undo_and_redo_with_phrases(qtbot, window)
    found = []
    groups = menu_groups(window)
    assert len(groups) > 5, "the menus were not found"
    for group, texts in groups.items():
        found += clashes(group, texts)
    for name, make in make_dialogs(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = dialog_texts(dialog)
        assert texts, f"{name}: no buttons found"
        found += clashes(f"{name} dialog", texts)
        dialog.close()
    assert not found, f"{len(found)} mnemonic clashes in {code}:\n" + "\n".join(found)

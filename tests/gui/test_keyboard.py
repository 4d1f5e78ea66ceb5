"""Keyboard only: Tab reaches every panel and comes back (no trap), menus have mnemonics and
open with Alt, dialogs cycle through all their controls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from observer_app.ui import a11y

pytestmark = [pytest.mark.gui, pytest.mark.vlc]


def tab_cycle(qtbot, start: QWidget, backwards: bool = False, limit: int = 200) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from ``start`` until focus comes back to it; the widgets seen.
    Fails if focus stops moving (a trap) or never comes back."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    seen = [start]
    stuck = 0
    for _ in range(limit):
        current = QApplication.focusWidget()
        QTest.keyClick(current, key, modifier)
        now = QApplication.focusWidget()
        if now is start:
            return seen
        stuck = stuck + 1 if now is current else 0
        assert stuck < 3, (
            f"focus trap: Tab does not leave {type(now).__name__} {a11y.accessible_name(now)!r}"
        )
        seen.append(now)
    raise AssertionError(
        f"Tab never came back to the start after {limit} presses; last: "
        f"{[a11y.accessible_name(w) for w in seen[-5:]]}"
    )


def test_tab_reaches_every_panel_and_comes_back(qtbot, window):
    panel = window.player_panel
    qtbot.waitUntil(lambda: panel.controls.isEnabled(), timeout=8000)
    seen = tab_cycle(qtbot, window.schedule.view)
    wanted = {
        "schedule": window.schedule.view,
        "schedule tabs": window.schedule.tabs.tabBar(),
        "play/pause": panel.controls.play_button,
        "volume": panel.controls.volume,
        "audio channel": panel.controls.language,
        "note editor": window.notes.composer.editor,
        "notes list": window.notes.view,
        "document list": window.documents.view,
        # (its page view, or the empty place it takes with the first document: issue 15)
        "document viewer": window.documents.viewer.page_widget,
    }
    missing = [name for name, widget in wanted.items() if widget not in seen]
    assert not missing, f"Tab never reaches: {missing}"
    # Every stop is something a person can identify.
    assert all(a11y.accessible_name(w) for w in seen), [
        type(w).__name__ for w in seen if not a11y.accessible_name(w)
    ]
    # Panels come in reading order: schedule, player, notes, documents.
    order = [
        seen.index(wanted[k])
        for k in ("schedule", "play/pause", "note editor", "notes list", "document list")
    ]
    assert order == sorted(order)
    backwards = tab_cycle(qtbot, window.schedule.view, backwards=True)
    assert set(backwards) == set(seen)


def _mnemonic(text: str) -> str:
    marks = [
        text[i + 1].lower() for i in range(len(text) - 1) if text[i] == "&" and text[i + 1] != "&"
    ]
    assert len(marks) == 1, f"{text!r} needs exactly one mnemonic (&)"
    return marks[0]


def test_every_menu_and_menu_item_has_a_unique_mnemonic(window):
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    letters = [_mnemonic(t) for t in titles]
    assert len(set(letters)) == len(letters), titles
    for action in bar.actions():
        items = [a.text() for a in action.menu().actions() if not a.isSeparator()]
        letters = [_mnemonic(t) for t in items]
        duplicates = {x for x in letters if letters.count(x) > 1}
        assert not duplicates, f"{action.text()}: {duplicates} used twice in {items}"


def test_alt_letter_opens_a_menu_and_enter_runs_an_item(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    assert [a.text() for a in menu.actions()][0] == "&Keyboard shortcuts"
    QTest.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)


def dialogs(window):
    from observer_app.ui.dialogs.about import AboutDialog
    from observer_app.ui.dialogs.crash import CrashDialog
    from observer_app.ui.dialogs.export import ReportDialog
    from observer_app.ui.dialogs.first_run import FirstRunDialog
    from observer_app.ui.dialogs.open_conference import OpenConferenceDialog
    from observer_app.ui.dialogs.outbox import OutboxDialog
    from observer_app.ui.dialogs.settings import SettingsDialog

    profile = window.profile
    return {
        "settings": lambda: SettingsDialog(profile.settings, window),
        "report": lambda: ReportDialog(profile, window.conference, window),
        "outbox": lambda: OutboxDialog(profile, window),
        "open conference": lambda: OpenConferenceDialog(["/tmp/a.json", "/tmp/b.m3u"], window),
        "first run": lambda: FirstRunDialog(profile.settings, window),
        "about": lambda: AboutDialog(window),
        "crash": lambda: CrashDialog(
            "Traceback (most recent call last):\n  ...\nValueError: x\n", None, window
        ),
    }


@pytest.mark.parametrize(
    "name", ["settings", "report", "outbox", "open conference", "first run", "about", "crash"]
)
def test_dialog_tab_cycle_visits_every_control(qtbot, window, name):
    dialog = dialogs(window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if w.window() is dialog
        and w.isVisibleTo(dialog)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        and not w.focusProxy()
        and not a11y._is_internal(w)
    ]
    assert controls
    seen = tab_cycle(qtbot, controls[0])
    missing = [f"{type(w).__name__} {a11y.accessible_name(w)!r}" for w in controls if w not in seen]
    assert not missing, f"{name}: Tab never reaches {missing}"
    dialog.close()


# -- the live loop (issue 12): keys never set a trap while typing notes ---------------------------


def press(widget: QWidget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard sends it: to an open popup (a completion list) if there is one."""
    popup = QApplication.activePopupWidget()
    QTest.keyClick(popup if popup is not None else widget, key, modifier)


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def show_filters(qtbot, window) -> None:
    """Unfold the notes' filters (folded by default) with their button, as a user would."""
    filters = window.notes.filters
    if not filters.is_expanded():
        qtbot.mouseClick(filters.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: filters.stance.isVisible(), timeout=2000)


def composer_fields(window) -> dict[str, QWidget]:
    c = window.notes.composer
    return {
        "text": c.editor,
        "speaker": c.speaker,
        "agenda": c.agenda,
        "stance": c.stance,
        "tags": c.tags,
        "for feedback": c.for_feedback,
    }


def widgets_everywhere(window) -> dict[str, QWidget]:
    """One widget of each kind in every panel: where a shortcut must work from."""
    filters = window.notes.filters
    return {
        **composer_fields(window),
        "notes search": filters.search,
        "stance filter": filters.stance,
        "notes list": window.notes.view,
        "schedule": window.schedule.view,
        "play button": window.player_panel.controls.play_button,
        "volume": window.player_panel.controls.volume,
        "document filter": window.documents.filter,
        "document list": window.documents.view,
    }


def test_every_window_shortcut_works_from_every_widget(qtbot, window):
    """Ctrl+E did nothing in a one-line field (it took the key for itself)."""
    from observer_app.ui.actions import ACTIONS, Context

    show_filters(qtbot, window)
    fired: list[str] = []
    for spec in ACTIONS:
        action = window.actions_by_id[spec.id]
        if spec.shortcut and spec.context is Context.WINDOW:
            # Only the routing is under test here: the commands themselves open modal
            # dialogs (Settings, Export...) or quit, which other tests drive for real.
            action.triggered.disconnect()
            action.triggered.connect(lambda _c=False, s=spec: fired.append(s.id.value))
    wanted = [s for s in ACTIONS if s.shortcut and s.context is Context.WINDOW]
    missed = []
    for name, widget in widgets_everywhere(window).items():
        for spec in wanted:
            focus(qtbot, widget)
            fired.clear()
            sequence = QKeySequence(spec.shortcut)[0]
            QTest.keyClick(widget, sequence.key(), sequence.keyboardModifiers())
            if fired != [spec.id.value]:
                missed.append(f"{spec.shortcut} in {name}")
    assert not missed, f"window shortcuts that did not run: {missed}"


def test_text_keys_stay_with_the_field(qtbot, window):
    """The guard hands window commands to the window, not the editing keys of a field."""
    speaker = window.notes.composer.speaker
    focus(qtbot, speaker)
    QTest.keyClicks(speaker, "Brazl")
    QTest.keyClick(speaker, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field's undo
    assert speaker.text() == ""
    assert not window.profile.notes.list(window.conference.id)


def test_ctrl_n_ctrl_b_ctrl_f_from_one_line_fields_do_their_job(qtbot, window):
    notes = window.notes
    focus(qtbot, notes.composer.tags)
    QTest.keyClick(notes.composer.tags, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is notes.filters.search
    QTest.keyClick(notes.filters.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is notes.editor and notes.stamp is not None
    focus(qtbot, notes.composer.agenda)
    QTest.keyClick(notes.composer.agenda, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert len(window.profile.notes.briefings(window.conference.id)) == 1


def test_escape_leaves_full_screen(qtbot, window):
    QTest.keyClick(window.notes.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)
    assert window.notes.isVisible()


def notes_of(window):
    window.notes.finish_writes()  # Enter hands the note to the writer thread
    return window.profile.notes.list(window.conference.id)


@pytest.mark.parametrize("field", ["text", "speaker", "agenda", "stance", "tags", "for feedback"])
def test_enter_in_any_composer_field_saves_and_focus_goes_back_to_the_text(qtbot, window, field):
    notes = window.notes
    focus(qtbot, notes.editor)
    QTest.keyClicks(notes.editor, "Kenya supports")
    widget = composer_fields(window)[field]
    focus(qtbot, widget)
    press(widget, Qt.Key.Key_Return)
    assert [n.text for n in notes_of(window)] == ["Kenya supports"]
    assert QApplication.focusWidget() is notes.editor
    # The next words go into the note text, first letter included.
    QTest.keyClicks(QApplication.focusWidget(), "Chile")
    assert notes.composer.text() == "Chile"
    assert notes.composer.tags.text() == "" and notes.composer.speaker.text() == ""


def test_clearing_a_field_never_opens_a_completion_list(qtbot, window):
    """The agenda field cleared opened a list of every symbol, which swallowed Enter."""
    notes = window.notes
    agenda = notes.composer.agenda
    popup = agenda.completer().popup()
    focus(qtbot, notes.editor)
    QTest.keyClicks(notes.editor, "Egypt asks for more time")
    focus(qtbot, agenda)
    QTest.keyClicks(agenda, "DT")
    qtbot.waitUntil(popup.isVisible, timeout=2000)  # typed: the list is offered
    press(agenda, Qt.Key.Key_Backspace)
    press(agenda, Qt.Key.Key_Backspace)
    QApplication.processEvents()
    assert agenda.text() == "" and not popup.isVisible()
    press(agenda, Qt.Key.Key_Return)  # saves at once
    (note,) = notes_of(window)
    assert (note.text, note.agenda_item) == ("Egypt asks for more time", "")


def test_enter_in_a_list_opened_by_typing_takes_the_choice_then_saves(qtbot, window):
    notes = window.notes
    speaker = notes.composer.speaker
    popup = speaker.completer().popup()
    focus(qtbot, notes.editor)
    QTest.keyClicks(notes.editor, "Supports the draft")
    focus(qtbot, speaker)
    QTest.keyClicks(speaker, "Brazi")
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    press(speaker, Qt.Key.Key_Down)
    press(speaker, Qt.Key.Key_Return)  # takes "Brazil"
    assert speaker.text() == "Brazil" and not popup.isVisible()
    assert notes_of(window) == []
    press(speaker, Qt.Key.Key_Return)  # saves
    (note,) = notes_of(window)
    assert (note.text, note.speaker) == ("Supports the draft", "Brazil")


def test_ctrl_n_saves_the_unsaved_note_on_its_own_and_stamps_the_new_one_now(qtbot, window):
    notes = window.notes
    c = notes.composer
    focus(qtbot, notes.editor)
    QTest.keyClicks(notes.editor, "First point")
    first_stamp = notes.stamp
    focus(qtbot, c.speaker)
    QTest.keyClicks(c.speaker, "Kenya")
    QTest.keyClick(c.speaker, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # private
    QTest.keyClick(c.speaker, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is notes.editor and c.text() == ""
    assert notes.stamp is not None and notes.stamp.utc > first_stamp.utc
    QTest.keyClicks(notes.editor, "Second point")
    QTest.keyClick(notes.editor, Qt.Key.Key_Return)
    first, second = sorted(notes_of(window), key=lambda n: n.utc)
    assert (first.text, first.speaker, first.for_feedback) == ("First point", "Kenya", False)
    assert abs((first.utc - first_stamp.utc).total_seconds()) < 0.001  # its own stamp (ms)
    assert (second.text, second.speaker, second.for_feedback) == ("Second point", "", True)


def test_space_changes_playback_only_from_the_player(qtbot, window):
    from tests.gui.test_main_window import wait_playing

    wait_playing(qtbot, window)
    player = window.player
    filters = window.notes.filters
    show_filters(qtbot, window)
    elsewhere = {
        **composer_fields(window),
        "search": filters.search,
        "stance filter": filters.stance,
        "since briefing": filters.since_briefing,
        "filters button": filters.toggle,
        "notes list": window.notes.view,
        "schedule": window.schedule.view,
        "document list": window.documents.view,
    }
    for name, widget in elsewhere.items():
        focus(qtbot, widget)
        before = player.backend.raw_time_ms()
        press(widget, Qt.Key.Key_Space)
        if QApplication.activePopupWidget() is not None:  # a combo opens its list: close it
            press(widget, Qt.Key.Key_Escape)
        # Still playing: the clock goes on (after a pause it would stop).
        qtbot.waitUntil(lambda b=before: abs(player.backend.raw_time_ms() - b) > 300, timeout=4000)
        assert player.state == "playing", f"Space in {name} changed playback"
    # A focused button of the player keeps Space for itself: Space on Mute mutes.
    mute = window.player_panel.controls.mute
    focus(qtbot, mute)
    was_muted = mute.isChecked()
    press(mute, Qt.Key.Key_Space)
    assert mute.isChecked() is not was_muted and player.state == "playing"
    # On the video, Space is play/pause.
    qtbot.mouseClick(window.player_panel.active.surface, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.player_panel.hasFocus(), timeout=2000)
    press(window.player_panel, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.state == "paused", timeout=5000)


def test_notes_filters_fold_unfold_and_stay_unfolded_while_filtering(qtbot, window):
    """The filters fold behind "Filters" (the list keeps its rows); Ctrl+Shift+F unfolds them
    with focus on the first, Tab walks them in reading order, and a filter in use keeps them
    in sight with its count on the button (a filtered list never hides why)."""
    from observer_app.ui.actions import ACTIONS, ActionId

    CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    filters = window.notes.filters
    assert not filters.stance.isVisible() and filters.toggle.text() == "Filters"
    focus(qtbot, filters.search)
    press(filters.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is filters.toggle  # the button follows the search
    QTest.keyClick(filters.toggle, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: filters.stance.isVisible())
    assert QApplication.focusWidget() is filters.combos[0]
    seen = []
    for _ in filters.combos[1:]:
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == list(filters.combos[1:])  # Body, Day, Speaker, Stance, Tag, Document
    # Choose a stance from the keyboard: the list filters, the button counts it.
    focus(qtbot, filters.stance)
    press(filters.stance, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: filters.toggle.text() == "Filters (1)")
    # Folding now would hide why the list is short: the filters stay in sight.
    QTest.keyClick(filters.stance, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.mouseClick(filters.toggle, Qt.MouseButton.LeftButton)
    assert filters.stance.isVisible() and filters.toggle.isChecked()
    # Back to "Any stance": the filters fold with one click, the count goes.
    filters.stance.setCurrentIndex(0)
    assert filters.toggle.text() == "Filters"
    qtbot.mouseClick(filters.toggle, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not filters.stance.isVisible())
    # A filter set while folded (by the program, e.g. a restored choice) unfolds them.
    filters.stance.setCurrentIndex(1)
    assert filters.stance.isVisible() and filters.toggle.text() == "Filters (1)"
    # In the registry, so Help > Keyboard shortcuts lists it.
    spec = next(a for a in ACTIONS if a.id is ActionId.NOTE_FILTERS)
    assert (spec.menu, spec.shortcut) == ("Notes", "Ctrl+Shift+F")

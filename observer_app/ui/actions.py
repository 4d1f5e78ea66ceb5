"""The main window's commands: one registry keyed by ``ActionId``.

Each ``ActionSpec`` says what a command is called, its shortcut, *where* the shortcut works
(``Context``) and which public method runs it (``handler``: a dotted path from the window to
a panel's method, or a named function here for the dialogs). The menus, the shortcuts and
Help > Keyboard shortcuts are built from this one table, so they never disagree.

Contexts are the rules of issue 12: a window command works from every widget, one-line edits
included (``ShortcutGuard`` stops text fields from claiming Ctrl+E, Ctrl+B...); a single-key
player command (Space) works only when focus is on the video or its controls, so typing never
changes playback; a command on "the selected note" works in the notes list only.

Labels are marked for translation here and translated where they are shown (``label``).
"""

from __future__ import annotations

import enum
import importlib
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

if TYPE_CHECKING:  # (PySide6 types it as returning object; it returns the text)

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# Menus in the menu bar's order: (key used by ACTIONS, title).
MENUS = (
    ("File", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("Edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    ("Playback", QT_TRANSLATE_NOOP("MainWindow", "&Playback")),
    ("View", QT_TRANSLATE_NOOP("MainWindow", "&View")),
    ("Schedule", QT_TRANSLATE_NOOP("MainWindow", "&Schedule")),
    ("Notes", QT_TRANSLATE_NOOP("MainWindow", "&Notes")),
    ("Help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)


def label(text: str) -> str:
    """A label of MENUS or ACTIONS in the interface language."""
    return QCoreApplication.translate("MainWindow", text)


class Context(enum.Enum):
    """Where a shortcut works."""

    # Anywhere in the main window, text fields included.
    WINDOW = "window"
    # Only while focus is on the video or the player's controls (single keys such as Space).
    PLAYER = "player"
    # Only while the notes list has focus (acts on the row the user sees selected).
    NOTES_LIST = "notes list"
    # Anywhere in the window, but only while it is full screen (Escape).
    FULL_SCREEN = "full screen"


class ActionId(enum.Enum):
    OPEN_CONFERENCE = "open_conference"
    EXPORT_FEEDBACK = "export_feedback"
    OUTBOX = "outbox"
    SETTINGS = "settings"
    QUIT = "quit"
    EDIT_NOTE = "edit_note"
    DELETE_NOTE = "delete_note"
    NOTE_PRIVATE = "note_private"
    PLAY_PAUSE = "play_pause"
    BACK_5 = "back_5"
    FORWARD_5 = "forward_5"
    BACK_30 = "back_30"
    FORWARD_30 = "forward_30"
    VOLUME_UP = "volume_up"
    VOLUME_DOWN = "volume_down"
    MUTE = "mute"
    GO_LIVE = "go_live"
    AUDIO_ONLY = "audio_only"
    SLOWER = "slower"
    FASTER = "faster"
    FULL_SCREEN = "full_screen"
    LEAVE_FULL_SCREEN = "leave_full_screen"
    RETRY = "retry"
    CAPTIONS_FILE = "captions_file"
    FOLLOW = "follow"
    DAY_TIMELINE = "day_timeline"
    EXPORT_FOLLOWED = "export_followed"
    NEW_TILE = "new_tile"
    CLOSE_TILE = "close_tile"
    NEXT_TILE = "next_tile"
    NEW_NOTE = "new_note"
    NOTES_LIST = "notes_list"
    SEARCH_NOTES = "search_notes"
    NOTE_FILTERS = "note_filters"
    NEXT_PRIVATE = "next_private"
    CLEAR_CARRIED = "clear_carried"
    BRIEFING = "briefing"
    EXPORT_BUNDLE = "export_bundle"
    IMPORT_BUNDLE = "import_bundle"
    SYNC = "sync"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"


Handler = str | Callable[[Any], object]


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    menu: str | None  # a key of MENUS, or None for a shortcut without a menu item
    label: str  # marked with QT_TRANSLATE_NOOP("MainWindow", ...)
    shortcut: str
    context: Context
    # "notes.start_note" = window.notes.start_note(*args); or a function of the window.
    handler: Handler
    args: tuple = ()

    def run(self, window) -> None:
        if callable(self.handler):
            self.handler(window)
        else:
            operator.attrgetter(self.handler)(window)(*self.args)


# -- dialogs (functions of the window: a dialog is not a panel's method) ----------------------------
def _outbox(window) -> None:
    from observer_app.ui.dialogs.outbox import OutboxDialog  # (on first use: 5 ms of start-up)

    OutboxDialog(window.profile, window).exec()


def _dialog(name: str):
    """The module of a dialog, imported when its action is first used: the about box (package
    metadata), the calendar export and the team dialogs are not needed for the first picture."""
    return importlib.import_module(f"observer_app.ui.dialogs.{name}")


def _export_followed(window) -> None:
    _dialog("calendar").export_followed(window, window.profile, window.conference)


def _export_bundle(window) -> None:
    _dialog("team").export_bundle(window, window.controller)


def _import_bundle(window) -> None:
    _dialog("team").import_bundle(window, window.controller)


def _sync(window) -> None:
    _dialog("team").sync(window.controller)


def _shortcuts(window) -> None:
    _dialog("about").show_shortcuts(window, [(a.menu, a.label, a.shortcut, None) for a in ACTIONS])


def _about(window) -> None:
    _dialog("about").AboutDialog(window).exec()


_W, _P, _L, _F = Context.WINDOW, Context.PLAYER, Context.NOTES_LIST, Context.FULL_SCREEN

# Every command of the window, in menu order.
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.OPEN_CONFERENCE,
        "File",
        QT_TRANSLATE_NOOP("MainWindow", "&Open conference…"),
        "Ctrl+O",
        _W,
        "open_conference",
    ),
    ActionSpec(
        ActionId.EXPORT_FEEDBACK,
        "File",
        QT_TRANSLATE_NOOP("MainWindow", "&Export feedback…"),
        "Ctrl+E",
        _W,
        "export_feedback",
    ),
    ActionSpec(
        ActionId.OUTBOX,
        "File",
        QT_TRANSLATE_NOOP("MainWindow", "Sent and out&box…"),
        "",
        _W,
        _outbox,
    ),
    ActionSpec(
        ActionId.SETTINGS,
        "File",
        QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
        "Ctrl+,",
        _W,
        "edit_settings",
    ),
    ActionSpec(
        ActionId.QUIT, "File", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "Ctrl+Q", _W, "close"
    ),
    # These act on the selected note, so they live on the list (Delete in the editor deletes text).
    ActionSpec(
        ActionId.EDIT_NOTE,
        "Edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit note…"),
        "F2",
        _L,
        "notes.edit_selected",
    ),
    ActionSpec(
        ActionId.DELETE_NOTE,
        "Edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete note"),
        "Delete",
        _L,
        "notes.delete_selected",
    ),
    ActionSpec(
        ActionId.NOTE_PRIVATE,
        "Edit",
        QT_TRANSLATE_NOOP("MainWindow", "Note &private / for feedback"),
        "Ctrl+Shift+P",
        _L,
        "notes.toggle_private_selected",
    ),
    ActionSpec(
        ActionId.PLAY_PAUSE,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Play / pause"),
        "Space",
        _P,
        "player_panel.toggle_pause",
    ),
    ActionSpec(
        ActionId.BACK_5,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Back 5 seconds"),
        "Alt+Left",
        _W,
        "player_panel.skip",
        (-5000,),
    ),
    ActionSpec(
        ActionId.FORWARD_5,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Forward 5 seconds"),
        "Alt+Right",
        _W,
        "player_panel.skip",
        (5000,),
    ),
    ActionSpec(
        ActionId.BACK_30,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Back &30 seconds"),
        "Ctrl+Alt+Left",
        _W,
        "player_panel.skip",
        (-30000,),
    ),
    ActionSpec(
        ActionId.FORWARD_30,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Forward 3&0 seconds"),
        "Ctrl+Alt+Right",
        _W,
        "player_panel.skip",
        (30000,),
    ),
    ActionSpec(
        ActionId.VOLUME_UP,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Volume &up"),
        "Ctrl+Up",
        _W,
        "player_panel.nudge_volume",
        (5,),
    ),
    ActionSpec(
        ActionId.VOLUME_DOWN,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Volume &down"),
        "Ctrl+Down",
        _W,
        "player_panel.nudge_volume",
        (-5,),
    ),
    ActionSpec(
        ActionId.MUTE,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Mute"),
        "Ctrl+M",
        _W,
        "player_panel.toggle_mute",
    ),
    ActionSpec(
        ActionId.GO_LIVE,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Go &live"),
        "Ctrl+G",
        _W,
        "player_panel.go_live",
    ),
    ActionSpec(
        ActionId.AUDIO_ONLY,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Audio only (save bandwidth)"),
        "Ctrl+Shift+A",
        _W,
        "player_panel.toggle_audio_only",
    ),
    ActionSpec(
        ActionId.SLOWER,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Slower"),
        "Ctrl+[",
        _W,
        "player_panel.step_rate",
        (-1,),
    ),
    ActionSpec(
        ActionId.FASTER,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Fas&ter"),
        "Ctrl+]",
        _W,
        "player_panel.step_rate",
        (1,),
    ),
    ActionSpec(
        ActionId.FULL_SCREEN,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Full scr&een"),
        "F11",
        _W,
        "toggle_fullscreen",
    ),
    ActionSpec(
        ActionId.LEAVE_FULL_SCREEN,
        None,
        QT_TRANSLATE_NOOP("MainWindow", "Leave full screen"),
        "Escape",
        _F,
        "leave_fullscreen",
    ),
    ActionSpec(
        ActionId.RETRY,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "&Retry the connection"),
        "Ctrl+R",
        _W,
        "player_panel.retry",
    ),
    ActionSpec(
        ActionId.CAPTIONS_FILE,
        "Playback",
        QT_TRANSLATE_NOOP("MainWindow", "Open &captions file…"),
        "Ctrl+Shift+C",
        _W,
        "player_panel.choose_captions_file",
    ),
    ActionSpec(
        ActionId.FOLLOW,
        "Schedule",
        QT_TRANSLATE_NOOP("MainWindow", "&Follow the selected body or session"),
        "Ctrl+D",
        _W,
        "schedule.follow_selected",
    ),
    ActionSpec(
        ActionId.DAY_TIMELINE,
        "Schedule",
        QT_TRANSLATE_NOOP("MainWindow", "&Day timeline"),
        "Ctrl+Shift+D",
        _W,
        "schedule.show_day_timeline",
    ),
    ActionSpec(
        ActionId.EXPORT_FOLLOWED,
        "Schedule",
        QT_TRANSLATE_NOOP("MainWindow", "E&xport followed sessions (.ics)…"),
        "",
        _W,
        _export_followed,
    ),
    ActionSpec(
        ActionId.NEW_TILE,
        "View",
        #: A tile is one of up to four video players side by side in the window (not a thumbnail).
        QT_TRANSLATE_NOOP("MainWindow", "&Watch in a new tile (selected body)"),
        "Ctrl+T",
        _W,
        "watch_selected_in_new_tile",
    ),
    ActionSpec(
        ActionId.CLOSE_TILE,
        "View",
        QT_TRANSLATE_NOOP("MainWindow", "&Close the tile that has the sound"),
        "Ctrl+W",
        _W,
        "player_panel.close_active_tile",
    ),
    ActionSpec(
        ActionId.NEXT_TILE,
        "View",
        QT_TRANSLATE_NOOP("MainWindow", "&Next tile gets the sound"),
        "Ctrl+Tab",
        _W,
        "player_panel.next_tile",
    ),
    ActionSpec(
        ActionId.NEW_NOTE,
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "&New note at this moment"),
        "Ctrl+N",
        _W,
        "notes.start_note",
    ),
    ActionSpec(
        ActionId.NOTES_LIST,
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "Go to the notes &list"),
        "Ctrl+L",
        _W,
        "notes.focus_list",
    ),
    ActionSpec(
        ActionId.SEARCH_NOTES,
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Search notes"),
        "Ctrl+F",
        _W,
        "notes.focus_search",
    ),
    ActionSpec(
        ActionId.NOTE_FILTERS,
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "Show or hide the note &filters"),
        "Ctrl+Shift+F",
        _W,
        "notes.filters.toggle_expanded",
    ),
    ActionSpec(
        ActionId.NEXT_PRIVATE,
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "Next note &private / for feedback"),
        "Ctrl+P",
        _W,
        "notes.composer.toggle_private",
    ),
    ActionSpec(
        ActionId.CLEAR_CARRIED,
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "Clear the carried-over spea&ker and agenda item"),
        "Ctrl+K",
        _W,
        "notes.clear_carried",
    ),
    ActionSpec(
        ActionId.BRIEFING,
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "Mark a &briefing now"),
        "Ctrl+B",
        _W,
        "notes.mark_briefing",
    ),
    ActionSpec(
        ActionId.EXPORT_BUNDLE,
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Export a team bundle…"),
        "",
        _W,
        _export_bundle,
    ),
    ActionSpec(
        ActionId.IMPORT_BUNDLE,
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "&Import a team bundle…"),
        "",
        _W,
        _import_bundle,
    ),
    ActionSpec(
        ActionId.SYNC,
        "Notes",
        QT_TRANSLATE_NOOP("MainWindow", "S&ync with the team folder"),
        "Ctrl+Shift+S",
        _W,
        _sync,
    ),
    ActionSpec(
        ActionId.SHORTCUTS,
        "Help",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
        "F1",
        _W,
        _shortcuts,
    ),
    ActionSpec(
        ActionId.ABOUT, "Help", QT_TRANSLATE_NOOP("MainWindow", "&About Observer"), "", _W, _about
    ),
)

SPECS: dict[ActionId, ActionSpec] = {spec.id: spec for spec in ACTIONS}
assert len(SPECS) == len(ActionId), "every ActionId has exactly one spec"


def build_actions(window, menus: dict, targets: dict[Context, QWidget]) -> dict[ActionId, QAction]:
    """One QAction per spec: in its menu, its shortcut attached where its context says.

    ``targets`` gives the widget of the PLAYER and NOTES_LIST contexts; WINDOW and FULL_SCREEN
    shortcuts live on the window (FULL_SCREEN ones are enabled only while full screen).
    """
    actions: dict[ActionId, QAction] = {}
    for spec in ACTIONS:
        action = QAction(label(spec.label), window)
        action.setObjectName(spec.id.value)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        owner = targets.get(spec.context, window)
        action.setShortcutContext(
            {
                Context.PLAYER: Qt.ShortcutContext.WidgetWithChildrenShortcut,
                Context.NOTES_LIST: Qt.ShortcutContext.WidgetShortcut,
            }.get(spec.context, Qt.ShortcutContext.WindowShortcut)
        )
        action.setEnabled(spec.context is not Context.FULL_SCREEN)
        action.triggered.connect(lambda _checked=False, s=spec: s.run(window))
        owner.addAction(action)
        if spec.menu is not None:
            menus[spec.menu].addAction(action)
        actions[spec.id] = action
    return actions


class ShortcutGuard(QObject):
    """Window commands win over text fields.

    A QLineEdit on Linux claims Ctrl+E, Ctrl+B, Ctrl+F, Ctrl+K... for its own Emacs-style
    editing (through a ShortcutOverride event), so Ctrl+E did nothing in a one-line field.
    This filter answers that event for the window's widgets with "not claimed" whenever the
    key is a window command's shortcut. Text keys (Ctrl+Z, Ctrl+C, Ctrl+V...) are not window
    commands and stay with the field. In the player's controls, a focused button or list keeps
    Space for itself (Space on "Mute" mutes, as everywhere else).
    """

    def __init__(self, window: QWidget, actions: dict[ActionId, QAction]):
        super().__init__(window)
        self.window = window
        self.actions = [
            actions[spec.id]
            for spec in ACTIONS
            if spec.shortcut and spec.context in (Context.WINDOW, Context.FULL_SCREEN)
        ]
        self.player_keys = [
            actions[spec.id] for spec in ACTIONS if spec.shortcut and spec.context is Context.PLAYER
        ]
        # Shortcut overrides go to the focus widget: watch each widget of the window as it
        # gets the focus (not every event of the application, which would cost each event a
        # trip through Python).
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._watch)
        if app.focusWidget() is not None:
            self._watch(None, app.focusWidget())

    def _watch(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self.window:
            new.removeEventFilter(self)  # (once per widget)
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        if any(a.isEnabled() and a.shortcut() == pressed for a in self.actions):
            event.ignore()  # not the field's: the shortcut map runs the window's command
            return True
        if isinstance(watched, QAbstractButton | QComboBox) and any(
            a.shortcut() == pressed for a in self.player_keys
        ):
            event.accept()  # a focused button or list of the player keeps its own Space
            return True
        return False

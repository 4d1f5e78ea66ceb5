"""The main window's menus, toolbar and Tab order, built from the action registry (ui/actions.py).

A mixin of ``MainWindow``: what it reads of the window (its player panel, panes and notes) is
declared below. Its strings keep the "MainWindow" translation context they always had.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from observer_app.ui import icons
from observer_app.ui.actions import ACTIONS, MENUS, Context, ShortcutGuard, build_actions, label

if TYPE_CHECKING:
    from observer_app.ui import layouts
    from observer_app.ui.panels.documents import DocumentsPanel
    from observer_app.ui.panels.notes import NotesPanel
    from observer_app.ui.panels.player import PlayerPanel
    from observer_app.ui.panels.schedule import SchedulePanel

# Toolbar actions: (shortcut of the window's action, icon meaning). Found by shortcut so that
# the toolbar follows the action table (ui/actions.py) without a copy of it.
_TOOLBAR = (
    ("Ctrl+O", "open"),
    ("Ctrl+N", "new-note"),
    ("Ctrl+E", "export"),
    ("F11", "fullscreen"),
    ("Ctrl+,", "settings"),
)


# What the mixin is mixed into, for the type checker; at run time MainWindow brings QMainWindow.
if TYPE_CHECKING:
    _Window = QMainWindow
else:
    _Window = object


class MenusAndToolbar(_Window):
    """The menus, the toolbar and the Tab order of ``MainWindow`` (a QMainWindow)."""

    player_panel: PlayerPanel
    panes: layouts.Panes
    notes: NotesPanel
    schedule: SchedulePanel
    documents: DocumentsPanel
    actions_by_id: dict[Any, Any]

    @Slot()
    def _whole_phrase_undo_redo(self) -> None:
        """The Edit menu's Undo/Redo say the whole translated phrase of the note command
        ("&Undo deleting the note"), after QUndoStack has set its glued "Undo delete note"."""
        stack, undo, redo = self.notes.undo_stack, self._undo_action, self._redo_action
        if not all(shiboken6.isValid(x) for x in (stack, undo, redo)):
            return  # the window is being destroyed: the stack clears itself on the way out
        done, next_up = stack.command(stack.index() - 1), stack.command(stack.index())
        undo.setText(
            getattr(done, "undo_label", None) or QCoreApplication.translate("MainWindow", "&Undo")
        )
        redo.setText(
            getattr(next_up, "redo_label", None)
            or QCoreApplication.translate("MainWindow", "&Redo")
        )

    def _build_menus(self) -> None:
        """The menus and their actions; the notes list's own shortcuts wait on a placeholder
        until the notes pane is built (``_notes_built``)."""
        self._menus = menus = {
            key: self.menuBar().addMenu(label(str(title))) for key, title in MENUS
        }
        self.actions_by_id = build_actions(
            self,
            menus,
            {
                Context.PLAYER: self.player_panel,
                Context.NOTES_LIST: self.panes.docks["notes"].widget(),
            },
        )
        self.shortcut_guard = ShortcutGuard(self, self.actions_by_id)

    def _notes_built(self) -> None:
        """Undo/Redo (the notes' undo stack) first in the Edit menu; the notes list's
        shortcuts onto the list."""
        edit = self._menus["Edit"]
        first = edit.actions()[0] if edit.actions() else None  # (None: append)
        undo = self.notes.undo_stack.createUndoAction(
            self, QCoreApplication.translate("MainWindow", "&Undo")
        )
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.notes.undo_stack.createRedoAction(
            self, QCoreApplication.translate("MainWindow", "&Redo")
        )
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (undo, redo):
            edit.insertAction(first, action)  # type: ignore[arg-type]  # None appends
            self.addAction(action)
        self._undo_action, self._redo_action = undo, redo
        stack = self.notes.undo_stack
        for changed in (stack.indexChanged, stack.undoTextChanged, stack.redoTextChanged):
            changed.connect(self._whole_phrase_undo_redo)
        self._whole_phrase_undo_redo()
        placeholder = self.panes.docks["notes"].widget()  # (still there: replaced after this)
        for spec in ACTIONS:
            if spec.context is Context.NOTES_LIST:
                action = self.actions_by_id[spec.id]
                placeholder.removeAction(action)
                self.notes.view.addAction(action)

    def _tab_in_reading_order(self) -> None:
        """Tab goes through the panes in reading order whatever the layout: schedule, player,
        notes, documents, page (docking put the player, the central widget, last)."""
        if not all(hasattr(self, pane) for pane in ("schedule", "notes", "documents")):
            return  # panes still being built (ui/startup.py): called again once they are
        chain: list[QWidget]
        chain, widget = [], self.nextInFocusChain()
        while widget is not None and widget is not self and len(chain) < 5000:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:  # (setTabOrder skips the rest)
                chain.append(widget)
            widget = widget.nextInFocusChain()
        viewer = self.documents.viewer
        ordered = []
        for panel in (self.schedule, self.player_panel, self.notes, self.documents, viewer):
            ordered += [
                w
                for w in chain
                if panel.isAncestorOf(w) and (panel is viewer or not viewer.isAncestorOf(w))
            ]
        for first, second in zip(ordered, ordered[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _build_toolbar(self) -> None:
        """The frequent actions (found among the window's actions by their shortcut) and the
        layouts, with icons; the View menu lists the layouts and the panes."""
        self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Toolbar"), self)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        by_shortcut = {
            a.shortcut().toString(): a for a in self.actions() if not a.shortcut().isEmpty()
        }
        for shortcut, meaning in _TOOLBAR:
            action = by_shortcut.get(shortcut)
            if action is not None:
                icons.set_icon(action, meaning)
                self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        view = next(
            (a.menu() for a in self.menuBar().actions() if a.text() == label("&View")), None
        )
        self.panes.add_to(view or self.menuBar().addMenu(label("&View")), self.toolbar)

    def _fit_toolbar(self) -> None:
        """Text beside the icons while it fits, icons alone (names in tooltips) when the
        window is narrow or the font large."""
        bar = self.toolbar
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        wide = bar.sizeHint().width() <= self.width()
        if not wide:
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

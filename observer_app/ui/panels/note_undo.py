"""The notes panel's undoable steps: each writes through the repository at once."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from observer_app.core.model import Note, utc_now

if TYPE_CHECKING:
    from observer_app.ui.panels.notes import NotesPanel


def touched_now(note: Note) -> Note:
    """An undo or redo is a new change: teammates' older versions must not win over it."""
    return replace(note, updated=utc_now())


class NoteCommand(QUndoCommand):
    """Each step writes through the repository at once: undo is as durable as the edit.

    ``text`` is the Edit menu's whole Undo phrase ("&Undo adding the note") and ``redo_label``
    the Redo one: translated as whole phrases, not "&Undo" glued to a command name, which
    cannot agree in French, Russian or Arabic (MainWindow shows them)."""

    def __init__(
        self,
        panel: NotesPanel,
        text: str,
        redo_fn,
        undo_fn,
        first_redo_done: bool = False,
        note_id: str | None = None,
        redo_label: str = "",
    ):
        super().__init__(text)
        self.undo_label, self.redo_label = text, redo_label or text
        self.panel, self.redo_fn, self.undo_fn = panel, redo_fn, undo_fn
        self.note_id = note_id  # the note the list shows selected afterwards (if still listed)
        self._skip = first_redo_done

    def redo(self) -> None:
        if self._skip:
            self._skip = False
        else:
            self.panel.apply(self.redo_fn, self.note_id)

    def undo(self) -> None:
        self.panel.apply(self.undo_fn, self.note_id)

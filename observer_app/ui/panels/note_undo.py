"""The notes panel's undoable steps: each writes through the repository at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from observer_app.core.model import Note, utc_now


class ChangesNotes(Protocol):
    """What an undo step needs of the notes panel: write a change and show its note."""

    def apply(self, fn: Callable[[], Any], note_id: str | None = None) -> None: ...


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
        panel: ChangesNotes,
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
        if self.isObsolete():  # a note whose commit failed: nothing to redo
            return
        if self._skip:
            self._skip = False
        else:
            self.panel.apply(self.redo_fn, self.note_id)

    def undo(self) -> None:
        if not self.isObsolete():  # (an obsolete step is dropped from the stack, not undone)
            self.panel.apply(self.undo_fn, self.note_id)

"""Enter's note handed to the writer thread (``store/note_writer.py``), never waiting on the disk.

The note is journaled (a crash from then on loses nothing) and shown at once under a provisional
key (``NotesModel.insert_pending``); its commit runs in order on the writer thread. Committed, the
row gets its rowid (``confirm``), or, typed under a filter, is found again and selected. Failed
(a full disk), the row goes (``withdraw``), its "undo adding" step is dropped, the text comes
back into the composer before anything typed since, and only then does the journal forget it.

A mixin of ``NotesPanel``: what it uses of the panel is declared below. Its strings keep the
"NotesPanel" translation context they always had.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from observer_app.core.model import Conference, Note, NoteStamp
from observer_app.store.db import StoreError
from observer_app.ui.jobs import to_main
from observer_app.ui.panels.note_undo import NoteCommand

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLabel

    from observer_app.store.note_writer import NoteWriter
    from observer_app.store.notes import NoteRepository
    from observer_app.ui.models.notes import NotesModel
    from observer_app.ui.panels.note_filters import NoteFilterBar
    from observer_app.ui.widgets.note_composer import NoteComposer, NoteEditor

# The commit waits this long after Enter (the note is journaled already): the row is painted
# first. A writer thread waking at once took the CPU and the GIL from that paint: Enter -> row
# shown p90 went from 27-48 ms to 18-22 ms at 100,000 notes on a loaded 2-core machine.
HOLD_S = 0.015

# What the mixin is mixed into, for the type checker; at run time NotesPanel brings QWidget.
if TYPE_CHECKING:
    _Panel = QWidget
else:
    _Panel = object


class NoteHandOff(_Panel):
    """Enter in ``NotesPanel`` (a QWidget): the note to the writer, its row shown before its
    commit, and what the commit's outcome changes."""

    repository: NoteRepository
    conference: Conference | None
    stamp: NoteStamp | None
    stamp_provider: Callable[[], NoteStamp]
    author: str
    composer: NoteComposer
    editor: NoteEditor
    filters: NoteFilterBar
    model: NotesModel
    undo_stack: QUndoStack
    stamp_label: QLabel
    _writer: NoteWriter
    _draft_timer: QTimer
    _draft_dirty: bool
    _select_when_found: str | None

    if TYPE_CHECKING:  # the panel's own methods, declared for the type checker only

        def apply(self, fn: Callable[[], object], note_id: str | None = None) -> None: ...
        def refresh_choices(self, added: Note | None = None) -> None: ...
        def reload_later(self) -> None: ...
        def selected_note(self) -> Note | None: ...
        def select_row(self, row: int, scroll: bool = True) -> None: ...
        def _autosave(self) -> None: ...
        def _draft_slot(self) -> str: ...

    @Slot()
    def commit(self) -> None:
        """Save the note typed (Enter in any composer field); focus ends in the note text."""
        self.editor.setFocus()  # always: the next words must not go into a side field
        text = self.composer.text().strip()
        if not text or self.conference is None:
            return
        stamp = self.stamp or self.stamp_provider()
        note = stamp.note(text, self.conference.id)
        fields = self.composer.fields()
        note.speaker, note.agenda_item, note.stance = (
            fields["speaker"],
            fields["agenda_item"],
            fields["stance"],
        )
        note.tags, note.for_feedback, note.author = (
            fields["tags"],
            fields["for_feedback"],
            self.author,
        )
        try:  # journaled at once (a crash from here on loses nothing), committed by the writer
            self._hand_over(note, stamp, fields)
        except StoreError as exc:
            QMessageBox.critical(
                self, QCoreApplication.translate("NotesPanel", "Note not saved"), str(exc)
            )
            return  # the text stays in the editor
        self._draft_timer.stop()
        self.stamp = None
        self.composer.clear_after_commit()
        self._draft_dirty = False
        self.refresh_choices(added=note)

    def _hand_over(self, note: Note, stamp: NoteStamp, fields: dict) -> None:
        """Queue ``note`` on the writer and show it at once, before its commit (Enter must not
        wait for a disk sync); filtered, it is shown once the filter, run again on a worker
        after the commit, finds it."""
        filtering = self.filters.is_filtering()
        key = 0
        command = NoteCommand(
            self,
            QCoreApplication.translate("NotesPanel", "&Undo adding the note"),
            lambda: self.repository.undelete(note.id),
            lambda: self.repository.delete(note.id),
            first_redo_done=True,
            redo_label=QCoreApplication.translate("NotesPanel", "&Redo adding the note"),
        )

        def saved(rowid: int, count: int) -> None:
            to_main(lambda: self._saved(key, note, rowid, count, filtering))

        def failed(error: StoreError) -> None:
            to_main(lambda: self._not_saved(key, note, stamp, fields, command, error))

        # (``saved`` and ``failed`` run on the GUI thread after this method: ``key`` is set then)
        # (journaled now; committed once the row is painted, see HOLD_S)
        self._writer.add(note, self._draft_slot(), saved, failed, hold=HOLD_S)
        self.undo_stack.push(command)
        row = -1
        if not filtering:  # the common case: one row in, no re-query of the whole list
            key, row = self.model.insert_pending(note)
            self._set_saved_label(self.model.rowCount())
        else:
            self.stamp_label.setText(QCoreApplication.translate("NotesPanel", "Saving…"))
        if row >= 0:
            self.select_row(row)

    def _set_saved_label(self, count: int) -> None:
        self.stamp_label.setText(
            QCoreApplication.translate(
                "NotesPanel", "Saved. %n note(s). Type to start the next one.", None, count
            )
        )

    def _saved(self, key: int, note: Note, rowid: int, count: int, filtered: bool) -> None:
        """The writer committed ``note``: it gets its rowid in the list (or is found again)."""
        if not shiboken6.isValid(self) or self.conference is None:
            return
        if note.conference_id != self.conference.id:
            return
        if filtered or self.filters.is_filtering():
            self._select_when_found = note.id
            self._set_saved_label(count)
            self.reload_later()
            return
        if self.model.confirm(key, rowid) < 0 and self.model.row_of(rowid) < 0:
            row = self.model.insert(rowid, note)  # the list was refilled before the commit
            if row >= 0 and self.selected_note() is None:
                self.select_row(row)

    def _not_saved(
        self,
        key: int,
        note: Note,
        stamp: NoteStamp,
        fields: dict,
        command: NoteCommand,
        error: StoreError,
    ) -> None:
        """The writer could not commit ``note`` (a full disk): its row goes, its text comes
        back into the composer (before anything typed since, which stays) and the reason is
        shown. Only then does the journal forget it."""
        if not shiboken6.isValid(self):
            return
        self.model.withdraw(key)
        command.setObsolete(True)
        if (
            self.undo_stack.count()
            and self.undo_stack.command(self.undo_stack.index() - 1) is command
        ):
            self.undo_stack.undo()  # an obsolete step is dropped, not undone
        typed = self.composer.text()
        if typed.strip():
            self.composer.set_text_silently(f"{note.text}\n\n{typed}")
        else:
            self.composer.set_text_silently(note.text)
            self.composer.set_fields(fields)
            self.stamp = stamp
        self._draft_dirty = True
        self._autosave()
        self._writer.forget(note.id)
        self.stamp_label.setText(
            QCoreApplication.translate("NotesPanel", "⚠ Note not saved: {error}").format(
                error=error
            )
        )
        QMessageBox.critical(
            self, QCoreApplication.translate("NotesPanel", "Note not saved"), str(error)
        )

    def finish_writes(self, timeout: float | None = None) -> bool:
        """Wait until every note handed to the writer is committed (or failed); False if
        ``timeout`` seconds came first. Closing and exporting wait so; tests too."""
        return self._writer.drain(timeout)

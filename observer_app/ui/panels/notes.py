"""The notes panel: compose (stamped at the first keystroke), find, edit, delete, undo.

Durability: Enter appends the note to the writer's journal (one ``write()``: a crash from then
on loses nothing) and shows it at once; its commit (``synchronous=FULL``, a disk sync) runs in
order on the writer thread (``store/note_writer.py``), which tells the panel its rowid, or why
it failed (the row goes, the text comes back). The draft, with its stamp and fields, is
written at most one second after any change, on focus loss and on exit, and comes back after
a crash. Edits and deletions go through an undo
stack, and a deletion is a soft delete, so Ctrl+Z brings a note back.

The panel is split by responsibility: Enter's hand-off to the writer, with its provisional row
and the restore after a failed commit, is ``note_hand_off.NoteHandOff``; the list and filter
choices found again (on workers) and the look for another program's notes are
``note_reloads.NoteReloads``. Both are mixins of this class.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_app.core import clock, symbols
from observer_app.core.model import Briefing, Conference, Note, NoteStamp
from observer_app.core.playback import recording_position
from observer_app.store.db import StoreError
from observer_app.store.note_writer import NoteWriter
from observer_app.store.notes import NoteRepository
from observer_app.ui.jobs import to_main
from observer_app.ui.models.notes import NotesModel
from observer_app.ui.panels.note_filters import NoteFilterBar
from observer_app.ui.panels.note_hand_off import NoteHandOff
from observer_app.ui.panels.note_menu import note_context_menu
from observer_app.ui.panels.note_reloads import NoteReloads
from observer_app.ui.panels.note_rows import NoteRowDelegate
from observer_app.ui.panels.note_toast import UndoToast
from observer_app.ui.panels.note_undo import NoteCommand, touched_now
from observer_app.ui.widgets.note_composer import NoteComposer

log = logging.getLogger("observer.ui")
DRAFT_DELAY_MS = 1000


class NotesPanel(NoteHandOff, NoteReloads, QWidget):
    # A note was activated (double-click / Enter in the list): seek the player there.
    note_activated = Signal(object)
    # A document symbol cited by a note was chosen (context menu): show that document.
    document_requested = Signal(str)
    # The draft writer's thread could not save a draft (its message).
    _draft_failed = Signal(str)

    def __init__(
        self,
        repository: NoteRepository,
        stamp_provider: Callable[[], NoteStamp],
        parent=None,
        speakers: list[str] | None = None,
    ):
        super().__init__(parent)
        self.repository = repository
        self.stamp_provider = stamp_provider
        self.known_speakers = speakers or []
        self.author = ""
        self.conference: Conference | None = None
        self.stamp: NoteStamp | None = None
        self._draft_dirty = False
        self.undo_stack = QUndoStack(self)

        self.composer = NoteComposer()
        self.editor = self.composer.editor  # what shortcuts and tests focus
        self.stamp_label = self.composer.stamp_label
        self.composer.first_keystroke.connect(self._stamp_if_needed)
        self.composer.commit_requested.connect(self.commit)
        self.composer.changed.connect(self._on_changed)
        self.composer.focus_lost.connect(self._autosave)
        self.filters = NoteFilterBar()
        self.filters.changed.connect(self.reload_later)
        self.filters.briefing_requested.connect(self.mark_briefing)

        self.model = NotesModel(self)
        self.model.find_failed.connect(lambda error: self.stamp_label.setText(f"⚠ {error}"))
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Notes"))
        self.view.setTabKeyNavigation(
            False
        )  # Tab leaves the list (arrows move in it): no keyboard trap
        self.view.setModel(self.model)
        self.view.setItemDelegate(NoteRowDelegate(self.view))  # symbols and times in Arabic
        # The row the user sees selected stays selected when the list is refilled (a filter,
        # an edit, a teammate's change): F2 and Delete act on what is seen. (Connected after
        # setModel: the view clears its selection on reset, and this must come after that.)
        self._kept_id: str | None = None
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        # One-line rows as compact as a mail list's (the style's 30 px left 5 rows beside the
        # video on a laptop); they grow with the font, so a 200 % text size still fits.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 60, 90, 110)):
            self.view.setColumnWidth(column, width)
        self.view.activated.connect(self._on_activated)  # double-click and Enter
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(lambda point: note_context_menu(self, point))

        self._start_following()  # reloads: nothing known yet; the follow timer looks every 2 s
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._autosave)
        # Notes and autosaves are written in order on a thread of its own (their disk sync
        # stalled typing and Enter); notes a crash left in its journal are saved here.
        self._writer = NoteWriter(
            repository.db.path,
            repository.db.backup_dir,
            self._draft_failed.emit,
            lambda others_wrote: to_main(partial(self._writer_committed, others_wrote)),
        )
        self._draft_failed.connect(self._show_draft_error)
        writer = self._writer
        self.destroyed.connect(lambda _panel=None: writer.close())  # what is queued, written
        self._select_when_found: str | None = None

        self.toast = UndoToast(self.view)
        self.toast.undo_requested.connect(self.undo_stack.undo)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)  # every pixel spared is list: 6 rows beside the video at 1366x768
        layout.addWidget(self.composer)
        layout.addWidget(self.filters)
        layout.addWidget(self.view, 1)

    # -- conference and list ----------------------------------------------------------------------
    def set_conference(self, conference: Conference) -> None:
        if self.conference is not None and self.conference.id == conference.id:
            # A refresh of the conference shown: the same notes, found again on a worker.
            self.conference = conference
            self._choices_stale = True
            self.reload_later()
            self._schedule_choices()
            return
        if self.conference is not None and self.conference.id != conference.id:
            self.flush_draft()
            self.composer.set_text_silently("")
            self.stamp = None
            self.undo_stack.clear()
        self.conference = conference
        self._choices_stale = True
        self.reload()
        self.view.scrollToBottom()
        restored = self.repository.load_draft_with_fields(self._draft_slot())
        if restored and not self.composer.text():
            text, stamp, fields = restored
            self.stamp = stamp
            self.composer.set_text_silently(text)
            if fields:
                self.composer.set_fields(fields)
            self._show_stamp(prefix=self.tr("Draft restored"))

    def apply(self, fn, note_id: str | None = None) -> None:
        """Run a repository change from the undo stack; a failure is shown, not raised.

        Afterwards ``note_id`` is selected if the list shows it, else the row where it was
        (a deleted note's neighbour), so keyboard actions go on acting on what is seen."""
        row = self.view.currentIndex().row()
        self._writer.drain()  # after the notes handed over before it (an undo of an Enter)
        try:
            fn()
        except StoreError as exc:
            QMessageBox.critical(self, self.tr("Notes"), str(exc))
        self._choices_stale = True
        self.reload()
        if note_id is None or not self.select_note(note_id):
            if row >= 0 and self.model.rowCount():
                self.select_row(min(row, self.model.rowCount() - 1))

    # -- taking notes -------------------------------------------------------------------------------
    @Slot()
    def start_note(self) -> None:
        """Ctrl+N: a new note stamped now, focus in its text.

        Text typed and not saved yet is saved first as its own note (with its own stamp and
        fields): it is never merged into the next one. If it cannot be saved it stays.
        """
        if self.composer.text().strip():
            self.commit()
            if self.composer.text().strip():
                return  # not saved (the reason was shown): keep it, and its stamp
        self.stamp = self.stamp_provider()
        self._show_stamp()
        self.editor.setFocus()

    @Slot()
    def _stamp_if_needed(self) -> None:
        """The first keystroke of a note without a stamp stamps it."""
        if self.stamp is None:
            self.stamp = self.stamp_provider()
            self._show_stamp()

    def clear_carried(self) -> None:
        """Ctrl+K: no speaker, no agenda item for the next note."""
        self.composer.clear_carried()
        self.editor.setFocus()

    def focus_list(self) -> None:
        """Ctrl+L: the notes list, with the current note selected and visible."""
        self.view.setFocus()
        if self.selected_note() is None and self.model.rowCount():
            self.select_row(self.model.rowCount() - 1)

    def _show_stamp(self, prefix: str = "") -> None:
        if self.stamp is None or self.conference is None:
            return
        tz = clock.zone(self.conference.timezone)
        where = self.conference.body(self.stamp.body_id) if self.stamp.body_id else None
        # The same position as the saved row will show (the session's recording time).
        position = recording_position(self.stamp.note("", self.conference.id), self.conference)
        video = (
            self.tr(", video {position}").format(position=clock.format_position(position))
            if position is not None
            else ""
        )
        when = f"{clock.format_clock(self.stamp.utc, tz, seconds=True)} {clock.zone_label(self.stamp.utc, tz)}"
        self.stamp_label.setText(
            f"{prefix or self.tr('Note at')} {when}{video}{' — ' + where.label if where else ''}. "
            + self.tr("Enter saves.")
        )

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def selected_note(self) -> Note | None:
        """The note the user sees selected (not Qt's current index, which may be elsewhere)."""
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.note_at(rows[0].row()) if rows else None

    def delete_selected(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.undo_stack.push(
                NoteCommand(
                    self,
                    self.tr("&Undo deleting the note"),
                    lambda: self.repository.delete(note.id),
                    lambda: self.repository.undelete(note.id),
                    note_id=note.id,
                    redo_label=self.tr("&Redo deleting the note"),
                )
            )
            self.toast.show_message(self.tr("Note deleted"))

    def edit_selected(self) -> None:
        from observer_app.ui.dialogs.note_edit import NoteEditDialog

        note = self.selected_note()
        if note is None or self.conference is None:
            return
        dialog = NoteEditDialog(
            note,
            self.repository.speakers(self.conference.id) + self.known_speakers,
            [],
            self.repository.tags(self.conference.id),
            self,
        )
        if dialog.exec():
            edited = dialog.edited_note()
            if edited is not None:
                self.undo_stack.push(
                    NoteCommand(
                        self,
                        self.tr("&Undo editing the note"),
                        lambda: self.repository.save(touched_now(edited)),
                        lambda: self.repository.save(touched_now(note)),
                        note_id=note.id,
                        redo_label=self.tr("&Redo editing the note"),
                    )
                )

    def toggle_private_selected(self) -> None:
        note = self.selected_note()
        if note is not None:
            changed = note.edited(for_feedback=not note.for_feedback)
            if changed.for_feedback:
                undo, redo = (
                    self.tr("&Undo marking for feedback"),
                    self.tr("&Redo marking for feedback"),
                )
            else:
                undo, redo = self.tr("&Undo marking private"), self.tr("&Redo marking private")
            self.undo_stack.push(
                NoteCommand(
                    self,
                    undo,
                    lambda: self.repository.save(touched_now(changed)),
                    lambda: self.repository.save(touched_now(note)),
                    note_id=note.id,
                    redo_label=redo,
                )
            )

    @Slot()
    def mark_briefing(self, session=None) -> None:
        """A briefing now (by hand), or at the start of a scheduled briefing session."""
        if self.conference is None:
            return
        now = session.start if session is not None else datetime.now(UTC)
        self.repository.add_briefing(
            Briefing(self.conference.id, now, session.title if session else "Briefing")
        )
        tz = clock.zone(self.conference.timezone)
        self.stamp_label.setText(
            self.tr("Briefing marked at {time}: 'Since last briefing' starts here.").format(
                time=f"{clock.format_clock(now, tz)} {clock.zone_label(now, tz)}"
            )
        )
        self.reload()

    def select_row(self, row: int, scroll: bool = True) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.view.scrollTo(index)

    def select_note(self, note_id: str, scroll: bool = True) -> bool:
        """Select the note ``note_id`` if the list shows it; whether it does."""
        row = self.model.pending_row(note_id)  # shown, not committed yet
        try:
            row = row if row >= 0 else self.model.row_of(self.repository.rowid(note_id))
        except (StoreError, TypeError):  # (TypeError: no such note)
            return False
        if row >= 0:
            self.select_row(row, scroll)
        return row >= 0

    def _remember_selection(self) -> None:
        note = self.selected_note()
        self._kept_id = note.id if note is not None else None

    def _restore_selection(self) -> None:
        if self._select_when_found is not None:  # a note saved under a filter: show it
            wanted, self._select_when_found = self._select_when_found, None
            if self.select_note(wanted):
                return
        if self._kept_id is not None:
            self.select_note(self._kept_id, scroll=False)

    def show_note(self, note_id: str) -> None:
        """Select the note ``note_id`` (a search hit) in the list, if the filters show it."""
        if self.select_note(note_id):
            self.view.setFocus()

    def follow(self, utc: datetime) -> None:
        """Highlight the note at the moment an archive is showing, and keep it in view."""
        if self.view.hasFocus():
            return  # the observer is moving in the list: do not pull it away
        row = self.model.row_at_or_before(utc)
        if row >= 0 and row != self.view.currentIndex().row():
            self.select_row(row)

    # -- the draft ------------------------------------------------------------------------------------
    @Slot()
    def _on_changed(self) -> None:
        self._draft_dirty = True
        if not self.composer.text():
            self.stamp = None  # everything erased: the next keystroke starts a new moment
        if not self._draft_timer.isActive():  # not restarted: at most one second behind typing
            self._draft_timer.start()

    @Slot()
    def _autosave(self) -> None:
        """The timer's (and a focus change's) save: handed to the draft writer; the GUI thread
        goes on at once."""
        if not self._draft_dirty:
            return
        text = self.composer.text()
        fields = self.composer.fields() if text else None
        self._writer.submit(text, self.stamp if text else None, self._draft_slot(), fields)
        if not text:
            self.stamp = None
        self._draft_dirty = False

    @Slot(str)
    def _show_draft_error(self, error: str) -> None:
        log.error("draft not saved: %s", error)
        self._draft_dirty = True  # tried again at the next change or flush
        self.stamp_label.setText(self.tr("⚠ Draft not saved: {error}").format(error=error))

    @Slot()
    def flush_draft(self) -> None:
        """Save the draft now and wait until it is on disk (closing, switching conference)."""
        self._writer.settle()
        if not self._draft_dirty:
            return
        text = self.composer.text()
        try:
            if text:
                self.repository.save_draft(
                    text, self.stamp, self._draft_slot(), self.composer.fields()
                )
            else:
                self.repository.clear_draft(self._draft_slot())
                self.stamp = None
            self._draft_dirty = False
        except StoreError as exc:
            log.error("draft not saved: %s", exc)
            self.stamp_label.setText(self.tr("⚠ Draft not saved: {error}").format(error=exc))

    def _draft_slot(self) -> str:
        """One draft per conference: a draft never moves to another conference's notes."""
        return f"conference:{self.conference.id}" if self.conference else "main"

    @Slot()
    def _on_activated(self, index) -> None:
        note = self.model.note_at(index.row())
        if note is not None:
            self.note_activated.emit(note)

    def note_count(self) -> int:
        return self.model.rowCount()

    @Slot(str, str, int)
    def cite(self, symbol: str, language: str, page: int) -> None:
        """The Cite button: a citation in the one grammar the report reads (core/symbols.py)."""
        self.insert_citation(symbols.format_citation(symbol, language, page))

    def insert_citation(self, text: str) -> None:
        """Put ``text`` (a document, language and page) at the cursor of the note being written."""
        self._stamp_if_needed()
        self.editor.setFocus()
        cursor = self.editor.textCursor()
        before = self.composer.text()[: cursor.position()]
        cursor.insertText(("" if not before or before.endswith((" ", "\n")) else " ") + text + " ")
        self.editor.setTextCursor(cursor)

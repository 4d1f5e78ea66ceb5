"""The notes panel: compose (stamped at the first keystroke), find, edit, delete, undo.

Durability: Enter appends the note to the writer's journal (one ``write()``: a crash from then
on loses nothing) and shows it at once; its commit (``synchronous=FULL``, a disk sync) runs in
order on the writer thread (``store/note_writer.py``), which tells the panel its rowid, or why
it failed (the row goes, the text comes back). The draft, with its stamp and fields, is
written at most one second after any change, on focus loss and on exit, and comes back after
a crash. Edits and deletions go through an undo
stack, and a deletion is a soft delete, so Ctrl+Z brings a note back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal, Slot
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
from observer_app.store.db import Database, StoreError
from observer_app.store.note_writer import NoteWriter
from observer_app.store.notes import NoteRepository
from observer_app.ui.jobs import run_task, to_main
from observer_app.ui.models.notes import NotesModel
from observer_app.ui.panels.note_filters import NoteFilterBar
from observer_app.ui.panels.note_menu import note_context_menu
from observer_app.ui.panels.note_rows import NoteRowDelegate
from observer_app.ui.panels.note_toast import UndoToast
from observer_app.ui.panels.note_undo import NoteCommand, touched_now
from observer_app.ui.widgets.note_composer import NoteComposer

log = logging.getLogger("observer.ui")
DRAFT_DELAY_MS = 1000


class NotesPanel(QWidget):
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

        self._data_version = -1
        self._choices: tuple[list[date], list[str], list[str]] | None = None
        self._choices_stale = True
        self._choices_scheduled = False
        self._follow = QTimer(self)
        self._follow.setInterval(2000)
        self._follow.timeout.connect(self._reload_if_changed)
        self._follow.start()
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

    @Slot()
    def reload(self) -> None:
        if self.conference is None:
            return
        tz = clock.zone(self.conference.timezone)
        last = self.repository.last_briefing(self.conference.id)
        note_filter = self.filters.current(since=last.utc if last else None)
        try:
            rowids = self.repository.find_rowids(self.conference.id, note_filter, tz)
        except StoreError as exc:
            self.stamp_label.setText(f"⚠ {exc}")
            return
        self.model.set_rows(
            self.conference, rowids, lambda ids: self.repository.by_rowids(ids, keep_missing=True)
        )
        self._schedule_choices()

    def reload_later(self) -> None:
        """A filter changed: the notes are found on a worker, the latest filter winning."""
        if self.conference is not None:
            last = self.repository.last_briefing(self.conference.id)
            note_filter = self.filters.current(since=last.utc if last else None)
            tz = clock.zone(self.conference.timezone)
            self.model.find_later(self.repository, self.conference, note_filter, tz)

    @Slot()
    def changed_elsewhere(self) -> None:
        """A teammate's notes came in (a sync): list and choices found again, on workers."""
        self._choices_stale = True
        self.reload_later()
        self._schedule_choices()

    def _schedule_choices(self) -> None:
        """Days, speakers and tags read again on a worker with a connection of its own: the
        scan of every note takes 100 ms at 100,000 notes, too long for the GUI thread."""
        if not self._choices_stale or self._choices_scheduled or self.conference is None:
            return
        self._choices_scheduled = True
        conference, db = self.conference, self.repository.db
        path, backups, tz = db.path, db.backup_dir, clock.zone(conference.timezone)

        def scan() -> tuple[list[date], list[str], list[str]]:
            own = Database(path, backups).open()
            try:
                notes = NoteRepository(own)
                return (
                    notes.days(conference.id, tz),
                    notes.speakers(conference.id),
                    notes.tags(conference.id),
                )
            finally:
                own.close()

        run_task(scan, partial(self._choices_found, conference.id), self._choices_failed)

    def _choices_found(
        self, conference_id: str, choices: tuple[list[date], list[str], list[str]]
    ) -> None:
        if not shiboken6.isValid(self):
            return
        self._choices_scheduled = False
        if self.conference is None or self.conference.id != conference_id:
            self._schedule_choices()  # another conference meanwhile: its own choices
            return
        self._choices = choices
        self._choices_stale = False
        self._show_choices()

    def _choices_failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self):  # e.g. the profile was closed with the window meanwhile
            self._choices_scheduled = False
            log.info("filter choices not refreshed: %s", exc)

    def refresh_choices(self, added: Note | None = None) -> None:
        """Days, speakers and tags for the filters and completion: a note just typed is simply
        added; otherwise they are read again on a worker (``_schedule_choices``)."""
        if self.conference is None:
            return
        if added is None or self._choices is None:
            self._choices_stale = True
            self._schedule_choices()
            return
        tz = clock.zone(self.conference.timezone)
        days, speakers, tags = self._choices
        day = added.utc.astimezone(tz).date()
        self._choices = (
            sorted(set(days) | {day}),
            speakers + ([added.speaker] if added.speaker and added.speaker not in speakers else []),
            sorted(set(tags) | set(added.tags)),
        )
        self._show_choices()

    def _show_choices(self) -> None:
        if self.conference is None or self._choices is None:
            return
        days, own, tags = self._choices
        self.filters.set_choices(self.conference, days, own, tags)
        agenda = sorted(
            {a for s in self.conference.sessions for a in s.agenda}
            | {d.symbol for d in self.conference.documents}
        )
        self.composer.set_completions(
            own + [s for s in self.known_speakers if s not in own], agenda, tags
        )

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
            QMessageBox.critical(self, self.tr("Note not saved"), str(exc))
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
            self.tr("&Undo adding the note"),
            lambda: self.repository.undelete(note.id),
            lambda: self.repository.delete(note.id),
            first_redo_done=True,
            redo_label=self.tr("&Redo adding the note"),
        )

        def saved(rowid: int, count: int) -> None:
            to_main(lambda: self._saved(key, note, rowid, count, filtering))

        def failed(error: StoreError) -> None:
            to_main(lambda: self._not_saved(key, note, stamp, fields, command, error))

        # (``saved`` and ``failed`` run on the GUI thread after this method: ``key`` is set then)
        self._writer.add(note, self._draft_slot(), saved, failed)
        self.undo_stack.push(command)
        row = -1
        if not filtering:  # the common case: one row in, no re-query of the whole list
            key, row = self.model.insert_pending(note)
            self._set_saved_label(self.model.rowCount())
        else:
            self.stamp_label.setText(self.tr("Saving…"))
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
        self.stamp_label.setText(self.tr("⚠ Note not saved: {error}").format(error=error))
        QMessageBox.critical(self, self.tr("Note not saved"), str(error))

    def finish_writes(self, timeout: float | None = None) -> bool:
        """Wait until every note handed to the writer is committed (or failed); False if
        ``timeout`` seconds came first. Closing and exporting wait so; tests too."""
        return self._writer.drain(timeout)

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

    def _clear_draft(self) -> None:
        self._writer.settle()
        try:
            self.repository.clear_draft(self._draft_slot())
        except StoreError as exc:
            log.error("draft not cleared: %s", exc)
        self._draft_dirty = False

    def _writer_committed(self, others_wrote: bool) -> None:
        """The writer committed a note or a draft: the database changed, but if only by us,
        there is nothing to reload (each autosave reloaded the list and rescanned the notes
        for the filter choices, 100 ms at 100,000 notes)."""
        if others_wrote or not shiboken6.isValid(self) or self._data_version == -1:
            return  # (another program wrote meanwhile: the next look reloads)
        try:
            self._data_version = self.repository.data_version()
        except StoreError:  # the profile was closed with the window meanwhile
            pass

    @Slot()
    def _reload_if_changed(self) -> None:
        """Show notes that another program added to this profile meanwhile."""
        if self.conference is None:
            return
        try:
            version = self.repository.data_version()
            if self._data_version not in (-1, version):
                self._choices_stale = True
                self.reload_later()  # found on a worker: the window goes on meanwhile
                self._schedule_choices()
            self._data_version = version
        except StoreError as exc:
            log.error("cannot refresh the notes: %s", exc)

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

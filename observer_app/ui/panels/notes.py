"""The notes panel: an editor that stamps the moment on the first keystroke, and the list.

Durability: a committed note is in the database when Enter returns (the store commits with
``synchronous=FULL``); the draft is written at most one second after any keystroke, on focus
loss and on exit, and comes back after a crash.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_app.core import clock
from observer_app.core.model import Conference, Note, NoteStamp
from observer_app.store.db import StoreError
from observer_app.store.notes import NoteRepository
from observer_app.ui.models.notes import NotesModel

log = logging.getLogger("observer.ui")
DRAFT_DELAY_MS = 1000


class NoteEditor(QPlainTextEdit):
    """Enter commits, Shift+Enter breaks the line; the first keystroke asks for a stamp."""

    commit_requested = Signal()
    first_keystroke = Signal()
    focus_lost = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commit_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.insertPlainText("\n")
            return
        if event.text() and event.text().isprintable() and not self.toPlainText():
            self.first_keystroke.emit()  # stamp before the character lands
        super().keyPressEvent(event)

    def inputMethodEvent(self, event) -> None:
        # Chinese, Japanese, Arabic... input methods never send key presses with text.
        if event.commitString() and not self.toPlainText():
            self.first_keystroke.emit()
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source) -> None:
        if not self.toPlainText():
            self.first_keystroke.emit()  # a paste starts a note too
        super().insertFromMimeData(source)

    def focusOutEvent(self, event) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)


class NotesPanel(QWidget):
    #: A note was activated (double-click / Enter in the list): seek the player there.
    note_activated = Signal(object)

    def __init__(self, repository: NoteRepository, stamp_provider: Callable[[], NoteStamp], parent=None):
        super().__init__(parent)
        self.repository = repository
        self.stamp_provider = stamp_provider
        self.conference: Conference | None = None
        self.stamp: NoteStamp | None = None
        self._draft_dirty = False

        self.stamp_label = QLabel("Type to start a note (Ctrl+N). Enter saves, Shift+Enter: new line.")
        self.stamp_label.setAccessibleName("Note stamp")
        self.stamp_label.setWordWrap(True)
        self.editor = NoteEditor()
        self.editor.setAccessibleName("Note editor")
        self.editor.setPlaceholderText("What was said? Cite documents like DT/33 or 67(Rev.1).")
        self.editor.setMaximumHeight(90)
        self.editor.setTabChangesFocus(True)
        self.editor.first_keystroke.connect(self.start_note)
        self.editor.commit_requested.connect(self.commit)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.focus_lost.connect(self.flush_draft)

        self.model = NotesModel(self)
        self.view = QTableView()
        self.view.setAccessibleName("Notes")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 64, 100)):
            self.view.setColumnWidth(column, width)
        self.view.activated.connect(self._on_activated)  # double-click and Enter

        self._data_version = -1
        self._follow = QTimer(self)
        self._follow.setInterval(2000)
        self._follow.timeout.connect(self._reload_if_changed)
        self._follow.start()
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stamp_label)
        layout.addWidget(self.editor)
        layout.addWidget(self.view, 1)

    def set_conference(self, conference: Conference) -> None:
        if self.conference is not None and self.conference.id != conference.id:
            self.flush_draft()
            self.editor.blockSignals(True)
            self.editor.clear()
            self.editor.blockSignals(False)
            self.stamp = None
        self.conference = conference
        self.model.set_notes(conference, self.repository.list(conference.id))
        self.view.scrollToBottom()
        restored = self.repository.load_draft(self._draft_slot())
        if restored and not self.editor.toPlainText():
            text, stamp = restored
            self.stamp = stamp
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
            self._show_stamp(prefix="Draft restored")

    # -- taking notes -------------------------------------------------------------------------
    @Slot()
    def start_note(self) -> None:
        """Stamp this moment (Ctrl+N, or the first keystroke of a note without a stamp).

        A draft being typed keeps its stamp: Ctrl+N then only brings the focus back.
        """
        if self.stamp is None or not self.editor.toPlainText():
            if not (self.stamp is not None and self.sender() is self.editor):
                self.stamp = self.stamp_provider()
                self._show_stamp()
        self.editor.setFocus()

    def _show_stamp(self, prefix: str = "Note at") -> None:
        if self.stamp is None or self.conference is None:
            return
        tz = clock.zone(self.conference.timezone)
        where = self.conference.body(self.stamp.body_id) if self.stamp.body_id else None
        video = (f", video {clock.format_position(self.stamp.media_position_ms)}"
                 if self.stamp.media_position_ms is not None else "")
        self.stamp_label.setText(
            f"{prefix} {clock.format_clock(self.stamp.utc, tz, seconds=True)} {clock.zone_label(self.stamp.utc, tz)}"
            f"{video}{' — ' + where.label if where else ''}. Enter saves."
        )

    @Slot()
    def commit(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text or self.conference is None:
            return
        stamp = self.stamp or self.stamp_provider()
        note = stamp.note(text, self.conference.id)
        try:
            self.repository.add(note)
        except StoreError as exc:
            QMessageBox.critical(self, "Note not saved", str(exc))
            return  # the text stays in the editor
        self._draft_timer.stop()
        self.stamp = None
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self._clear_draft()
        row = self.model.add(note)
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(self.model.index(row, 0))
        count = self.model.rowCount()
        self.stamp_label.setText(f"Saved. {count} note{'s' if count != 1 else ''}. Type to start the next one.")

    # -- the draft ----------------------------------------------------------------------------
    @Slot()
    def _on_text_changed(self) -> None:
        self._draft_dirty = True
        if not self.editor.toPlainText():
            self.stamp = None  # everything erased: the next keystroke starts a new moment
        if not self._draft_timer.isActive():  # not restarted: at most one second behind typing
            self._draft_timer.start()

    @Slot()
    def flush_draft(self) -> None:
        if not self._draft_dirty:
            return
        text = self.editor.toPlainText()
        try:
            if text:
                self.repository.save_draft(text, self.stamp, self._draft_slot())
            else:
                self.repository.clear_draft(self._draft_slot())
                self.stamp = None
            self._draft_dirty = False
        except StoreError as exc:
            log.error("draft not saved: %s", exc)
            self.stamp_label.setText(f"⚠ Draft not saved: {exc}")

    def _draft_slot(self) -> str:
        """One draft per conference: a draft never moves to another conference's notes."""
        return f"conference:{self.conference.id}" if self.conference else "main"

    def _clear_draft(self) -> None:
        try:
            self.repository.clear_draft(self._draft_slot())
        except StoreError as exc:
            log.error("draft not cleared: %s", exc)
        self._draft_dirty = False

    @Slot()
    def _reload_if_changed(self) -> None:
        """Show notes that another program added to this profile meanwhile."""
        if self.conference is None:
            return
        try:
            version = self.repository.data_version()
            if self._data_version not in (-1, version):
                self.model.set_notes(self.conference, self.repository.list(self.conference.id))
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

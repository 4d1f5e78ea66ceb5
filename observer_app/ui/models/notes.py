"""The observer's notes as a table: conference time, video position, body, text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from observer_app.core import clock
from observer_app.core.model import Conference, Note
from observer_app.core.playback import recording_position

COLUMNS = ("Time", "Video", "Body", "Speaker", "Note")
NoteRole = Qt.ItemDataRole.UserRole + 1


class NotesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._notes: list[Note] = []
        self._conference: Conference | None = None
        self._tz = clock.local_zone()

    def set_notes(self, conference: Conference, notes: list[Note]) -> None:
        self.beginResetModel()
        self._conference = conference
        self._tz = clock.zone(conference.timezone)
        self._notes = sorted(notes, key=lambda n: (n.utc, n.created))
        self.endResetModel()

    def add(self, note: Note) -> int:
        """Insert in time order; returns the row."""
        row = next((i for i, n in enumerate(self._notes) if (n.utc, n.created) > (note.utc, note.created)),
                   len(self._notes))
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.insert(row, note)
        self.endInsertRows()
        return row

    def row_at_or_before(self, utc) -> int:
        """The last note at or before ``utc`` (time order), -1 if none: what the player shows."""
        row = -1
        for i, note in enumerate(self._notes):
            if note.utc <= utc:
                row = i
            else:
                break
        return row

    def note_at(self, row: int) -> Note | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def notes(self) -> list[Note]:
        return list(self._notes)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        if role == NoteRole:
            return note
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return note.utc.astimezone(self._tz).strftime("%a %H:%M:%S")
            if col == 1:
                position = recording_position(note, self._conference) if self._conference else note.media_position_ms
                return clock.format_position(position) if position is not None else ""
            if col == 2:
                body = self._conference.body(note.body_id) if self._conference and note.body_id else None
                return body.label if body else ""
            if col == 3:
                return note.speaker
            if col == 4:
                marks = []
                if note.conflict_of:
                    marks.append("⚠ conflicting edit:")
                if note.stance:
                    marks.append(f"[{note.stance}]")
                if not note.for_feedback:
                    marks.append("(private)")
                tags = " ".join(f"#{t}" for t in note.tags)
                return " ".join(marks + [note.text.replace("\n", " ⏎ ")] + ([tags] if tags else []))
        if role == Qt.ItemDataRole.ForegroundRole and note.conflict_of:
            return QBrush(QColor("#b26a00"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{note.text}\n\n{clock.iso_utc(note.utc)} UTC"
                    + (f", video {clock.format_position(note.media_position_ms)}" if note.media_position_ms is not None else ""))
        return None

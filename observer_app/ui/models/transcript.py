"""Transcript lines as a table: conference time, video time, speaker, text. Grows at the end."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from observer_app.core import clock
from observer_app.core.transcript import CAPTIONS, TranscriptLine
from observer_app.ui.models.base import ColumnsModel

LineRole = Qt.ItemDataRole.UserRole + 1


class TranscriptModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("TranscriptModel", "Time"),
        QT_TRANSLATE_NOOP("TranscriptModel", "Video"),
        QT_TRANSLATE_NOOP("TranscriptModel", "Speaker"),
        QT_TRANSLATE_NOOP("TranscriptModel", "Said"),
    )
    CONTEXT = "TranscriptModel"

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self.tz = tz
        self._lines: list[TranscriptLine] = []

    def set_zone(self, tz: tzinfo) -> None:
        """Show the conference times in ``tz`` (another conference opened: its own zone)."""
        self.tz = tz
        if self._lines:
            last = self.index(len(self._lines) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def row_total(self) -> int:
        return len(self._lines)

    def set_lines(self, lines: list[TranscriptLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def append(self, line: TranscriptLine) -> None:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()

    def row_at(self, position_ms: int) -> int | None:
        """The row whose line spans ``position_ms`` (the last one starting before it)."""
        found = None
        for row, line in enumerate(self._lines):
            if line.start_ms <= position_ms < max(line.end_ms, line.start_ms + 1000):
                found = row
        return found

    def line_at(self, row: int) -> TranscriptLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        if role == LineRole:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            text = line.text + (" [" + self.tr("captions") + "]" if line.source == CAPTIONS else "")
            return (
                clock.format_clock(line.utc, self.tz, seconds=True),
                clock.format_position(line.start_ms),
                line.speaker,
                text,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and line.documents:
            return ", ".join(line.documents)
        return None

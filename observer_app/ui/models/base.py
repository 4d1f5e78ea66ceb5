"""What every flat list model of the app shares: named columns as the header, no children."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class ColumnsModel(QAbstractTableModel):
    """A table whose column names are ``COLUMNS`` (marked with QT_TRANSLATE_NOOP in the context
    ``CONTEXT``, translated here) and whose row count is ``row_total()``."""

    # QT_TRANSLATE_NOOP marks: typed ``object`` by PySide6, the English text at run time.
    COLUMNS: tuple[object, ...] = ()
    CONTEXT = ""

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            text = str(self.COLUMNS[section])
            return QCoreApplication.translate(self.CONTEXT, text) if self.CONTEXT else text
        return None

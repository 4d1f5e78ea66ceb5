"""Conference documents as a table: symbol, title, source, date, languages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from observer_app.core.model import Document
from observer_app.core.symbols import parse_symbol
from observer_app.ui.models.base import ColumnsModel

COLUMNS = ("Symbol", "Title", "Source", "Date", "Languages")
DocumentRole = Qt.ItemDataRole.UserRole + 1


def _sort_key(doc: Document):
    parsed = parse_symbol(doc.symbol)
    if parsed is None:
        return ("~", 0, doc.symbol)
    return (parsed.series, parsed.number, parsed.addendum, parsed.revision, parsed.corrigendum)


class DocumentsModel(ColumnsModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._docs: list[Document] = []

    def set_documents(self, documents) -> None:
        self.beginResetModel()
        self._docs = sorted(documents, key=_sort_key)
        self.endResetModel()

    def document_at(self, row: int) -> Document | None:
        return self._docs[row] if 0 <= row < len(self._docs) else None

    def row_of(self, symbol: str) -> int:
        return next((i for i, d in enumerate(self._docs) if d.symbol == symbol), -1)

    def row_total(self) -> int:
        return len(self._docs)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        doc = self._docs[index.row()]
        if role == DocumentRole:
            return doc
        if role == Qt.ItemDataRole.DisplayRole:
            parsed = parse_symbol(doc.symbol)
            return (
                parsed.display() if parsed else doc.symbol,
                doc.title,
                doc.source,
                doc.date.isoformat() if doc.date else "",
                " ".join(f.language.upper() for f in doc.files),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{doc.symbol}\n{doc.title}\n{doc.source}"
        return None

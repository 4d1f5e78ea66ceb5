"""Conference documents as a table: symbol, title, source, date, languages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from observer_app.core.model import Document
from observer_app.core.symbols import parse_symbol
from observer_app.ui.models.base import ColumnsModel

COLUMNS = (
    #: Column header: a document symbol such as DT/33 or 67(Rev.1) (UN: fr « Cote », ru
    #: «Обозначение»). Keep it short.
    QT_TRANSLATE_NOOP("DocumentsModel", "Symbol"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Title"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Source"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Date"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Languages"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Offline"),
)
DocumentRole = Qt.ItemDataRole.UserRole + 1


def _sort_key(doc: Document):
    parsed = parse_symbol(doc.symbol)
    if parsed is None:
        return ("~", 0, doc.symbol)
    return (parsed.series, parsed.number, parsed.addendum, parsed.revision, parsed.corrigendum)


class DocumentsModel(ColumnsModel):
    COLUMNS = COLUMNS
    CONTEXT = "DocumentsModel"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[Document] = []
        # Per document, in ``_all``'s order: its symbol and its searchable text, casefolded once
        # (not at each keystroke: 5,000 documents took 15-40 ms a letter).
        self._keys: list[tuple[str, str]] = []
        self._docs: list[Document] = []
        self._filter = ""
        # symbol -> languages with a finished file on this computer; symbols new since the last look.
        self.offline: dict[str, list[str]] = {}
        self.new: set[str] = set()

    def set_library(self, offline: dict[str, list[str]], new: set[str]) -> None:
        self.offline, self.new = offline, new
        if self._docs:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._docs) - 1, len(COLUMNS) - 1)
            )

    def set_documents(self, documents) -> None:
        self._all = sorted(documents, key=_sort_key)
        self._keys = [
            (d.symbol.casefold(), f"{d.symbol} {d.title} {d.source}".casefold()) for d in self._all
        ]
        self.set_filter(self._filter)

    def set_filter(self, text: str) -> None:
        """Keep the documents whose symbol (however typed: "dt 33", "67 rev 1") or title matches."""
        self.beginResetModel()
        self._filter = text.strip()
        if not self._filter:
            self._docs = list(self._all)
        else:
            parsed = parse_symbol(self._filter)
            wanted = parsed.canonical().casefold() if parsed else None
            words = self._filter.casefold().split()
            self._docs = [
                d
                for d, (symbol, text) in zip(self._all, self._keys, strict=True)
                if (wanted and symbol.startswith(wanted)) or all(w in text for w in words)
            ]
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
                ("● " if doc.symbol in self.new else "")
                + (parsed.display() if parsed else doc.symbol),
                doc.title,
                doc.source,
                doc.date.isoformat() if doc.date else "",
                " ".join(f.language.upper() for f in doc.files),
                " ".join(lang.upper() for lang in self.offline.get(doc.symbol, ())) or "—",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            new = "\n" + self.tr("New since you last looked") if doc.symbol in self.new else ""
            offline = self.offline.get(doc.symbol)
            where = "\n" + (
                self.tr("On this computer: {languages}").format(
                    languages=", ".join(offline).upper()
                )
                if offline
                else self.tr("Not downloaded")
            )
            return f"{doc.symbol}\n{doc.title}\n{doc.source}{new}{where}"
        return None

"""Conference documents as a table: symbol, title, source, date, languages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from observer_app.core.model import Document
from observer_app.core.symbols import DocSymbol, parse_symbol
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


# How many of the longest symbols (in characters) are measured for the column's width: the
# widest in pixels is among them (measuring all 5,000 of a conference took 0.3 s).
MEASURED_SYMBOLS = 50


def _sort_key(doc: Document, parsed: DocSymbol | None):
    if parsed is None:
        return ("~", 0, doc.symbol)
    return (parsed.series, parsed.number, parsed.addendum, parsed.revision, parsed.corrigendum)


class DocumentsModel(ColumnsModel):
    COLUMNS = COLUMNS
    CONTEXT = "DocumentsModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Document] = []
        # Per document, in ``_all``'s order: its symbol and its searchable text, casefolded once
        # (not at each keystroke: 5,000 documents took 15-40 ms a letter).
        self._keys: list[tuple[str, str]] = []
        self._docs: list[Document] = []
        # symbol -> how the list shows it ("Document 67(Rev.1)"): parsed once per document,
        # not at each paint of its row.
        self._shown: dict[str, str] = {}
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
        parsed = {d.symbol: parse_symbol(d.symbol) for d in documents}
        self._shown = {
            symbol: symbol_of.display() if symbol_of else symbol
            for symbol, symbol_of in parsed.items()
        }
        self._all = sorted(documents, key=lambda d: _sort_key(d, parsed[d.symbol]))
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

    def shown_symbol(self, doc: Document) -> str:
        """The symbol as the list shows it, marked when the document is new."""
        shown = self._shown.get(doc.symbol) or doc.symbol
        return ("● " if doc.symbol in self.new else "") + shown

    def widest_symbol(self, metrics) -> int:
        """The width in pixels (``metrics``: the view's QFontMetrics) of the widest symbol
        shown, measured on the ``MEASURED_SYMBOLS`` longest ones."""
        longest = sorted(self._docs, key=lambda d: len(self.shown_symbol(d)), reverse=True)
        return max(
            (metrics.horizontalAdvance(self.shown_symbol(d)) for d in longest[:MEASURED_SYMBOLS]),
            default=0,
        )

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
            return (
                self.shown_symbol(doc),
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

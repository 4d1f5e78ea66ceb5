"""Full-text search hits (document pages and notes) as a table: kind, reference, page, snippet."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from observer_app.store.documents import Hit
from observer_app.ui.models.base import ColumnsModel

HitRole = Qt.ItemDataRole.UserRole + 1
MARKS = ("\x02", "\x03")  # snippet match marks that no text contains; shown bold in the tooltip


class SearchModel(ColumnsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("SearchModel", "Found in"),
        QT_TRANSLATE_NOOP("SearchModel", "Page"),
        QT_TRANSLATE_NOOP("SearchModel", "Text"),
    )
    CONTEXT = "SearchModel"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[Hit] = []
        # Makes the snippet of a hit that came without one (only the best hits come with theirs).
        self.snippet_for = None

    def set_hits(self, hits: list[Hit], snippet_for=None) -> None:
        self.beginResetModel()
        self._hits, self.snippet_for = list(hits), snippet_for
        self.endResetModel()

    def hit_at(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_total(self) -> int:
        return len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        hit = self.hit_at(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == HitRole:
            return hit
        if not hit.snippet and self.snippet_for is not None:  # shown now: make its snippet once
            hit = self._hits[index.row()] = replace(hit, snippet=self.snippet_for(hit) or " ")
        plain = " ".join(hit.snippet.replace(MARKS[0], "").replace(MARKS[1], "").split())
        if role == Qt.ItemDataRole.DisplayRole:
            where = (
                f"{hit.ref} ({hit.language.upper()})"
                if hit.kind == "document"
                else self.tr("your note")
            )
            return (where, str(hit.page or ""), plain)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = escape(hit.snippet).replace(MARKS[0], "<b>").replace(MARKS[1], "</b>")
            return (
                f"<p><i>{escape(hit.title)}</i></p><p>{text}</p>" if hit.title else f"<p>{text}</p>"
            )
        return None

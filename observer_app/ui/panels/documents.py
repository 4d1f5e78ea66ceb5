"""The document browser: the conference's documents, a quick filter and the PDF viewer."""

from __future__ import annotations

from html import escape
from pathlib import Path
from urllib.parse import unquote, urlparse

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QSplitter, QTableView, QVBoxLayout, QWidget

from observer_app.core.model import Conference, Document
from observer_app.core.symbols import parse_symbol
from observer_app.ui.models.documents import DocumentsModel
from observer_app.ui.panels.pdf_viewer import PdfViewer


def local_path(url: str) -> Path | None:
    parsed = urlparse(url)
    if parsed.scheme == "file":
        return Path(unquote(parsed.path))  # (urllib.request would cost 50 ms of start-up)
    if parsed.scheme == "":
        return Path(url)
    return None


class DocumentsPanel(QWidget):
    #: (symbol, language, page): "Cite page" for the note being written.
    cite_requested = Signal(str, str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.preferred_languages: tuple[str, ...] = ("en",)
        self.current: Document | None = None
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Find a document: DT/33, 67 Rev 1, a word of the title…")
        self.filter.setAccessibleName("Find a document")
        self.filter.setClearButtonEnabled(True)
        self.model = DocumentsModel(self)
        self.filter.textChanged.connect(self.model.set_filter)
        self.view = QTableView()
        self.view.setAccessibleName("Documents")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((130, 320, 200, 90, 80)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_row(cur.row()))

        self.viewer = PdfViewer()
        self.viewer.cite_requested.connect(self.cite_requested)
        self.viewer.language_requested.connect(self._language_requested)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.filter)
        tl.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("documents_splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    def set_conference(self, conference: Conference) -> None:
        self.viewer.clear(f"{len(conference.documents)} documents. Select one to read it.")
        self.model.set_documents(conference.documents)

    def open_symbol(self, symbol: str, page: int | None = None) -> bool:
        """Show the document ``symbol`` (canonical or as typed), at ``page`` when given."""
        parsed = parse_symbol(symbol)
        row = self.model.row_of(parsed.canonical() if parsed else symbol)
        if row >= 0:
            self.filter.clear()
            row = self.model.row_of(parsed.canonical() if parsed else symbol)
            self.view.selectRow(row)
            if page:
                self.viewer.go_to_page(page)
        return row >= 0

    @Slot(int)
    def show_row(self, row: int) -> None:
        doc = self.model.document_at(row)
        if doc is not None:
            self.show_document(doc)

    def show_document(self, doc: Document, language: str | None = None) -> None:
        self.current = doc
        file = doc.file_for(((language,) if language else ()) + self.preferred_languages)
        if file is None:
            self.viewer.clear(escape(f"{doc.symbol}: no file is listed for this document."))
            return
        path = local_path(file.url)
        if path is None:
            self.viewer.clear(escape(f"{doc.symbol}: online only ({file.url}). Download it first."))
            return
        parsed = parse_symbol(doc.symbol)
        title = (f"<b>{escape(parsed.display() if parsed else doc.symbol)}</b> ({file.language.upper()}) — "
                 f"{escape(doc.title)}<br><i>{escape(doc.source)}</i>")
        self.viewer.load(path, doc.symbol, file.language, [f.language for f in doc.files], title)

    @Slot(str)
    def _language_requested(self, language: str) -> None:
        if self.current is not None:
            self.show_document(self.current, language)

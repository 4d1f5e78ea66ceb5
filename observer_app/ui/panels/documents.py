"""The document browser: the conference's documents and an embedded PDF viewer (QtPdf)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from urllib.parse import unquote, urlparse

from PySide6.QtCore import Qt, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from observer_app.core.model import Conference, Document
from observer_app.core.symbols import parse_symbol
from observer_app.ui.models.documents import DocumentsModel


def local_path(url: str) -> Path | None:
    parsed = urlparse(url)
    if parsed.scheme == "file":
        return Path(unquote(parsed.path))  # (urllib.request would cost 50 ms of start-up)
    if parsed.scheme == "":
        return Path(url)
    return None


class DocumentsPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.preferred_languages: tuple[str, ...] = ("en",)
        self.model = DocumentsModel(self)
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

        self.pdf = QPdfDocument(self)
        self.viewer = QPdfView()
        self.viewer.setAccessibleName("Document viewer")
        self.viewer.setDocument(self.pdf)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.caption = QLabel("Select a document.")
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName("Document status")

        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.caption)
        bl.addWidget(self.viewer, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("documents_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    def set_conference(self, conference: Conference) -> None:
        self.pdf.close()
        self.caption.setText(f"{len(conference.documents)} documents. Select one to read it.")
        self.model.set_documents(conference.documents)

    def open_symbol(self, symbol: str) -> bool:
        row = self.model.row_of(symbol)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    @Slot(int)
    def show_row(self, row: int) -> None:
        doc = self.model.document_at(row)
        if doc is not None:
            self.show_document(doc)

    def show_document(self, doc: Document) -> None:
        file = doc.file_for(self.preferred_languages)
        if file is None:
            self.pdf.close()
            self.caption.setText(escape(f"{doc.symbol}: no file is listed for this document."))
            return
        path = local_path(file.url)
        if path is None:
            self.pdf.close()
            self.caption.setText(escape(f"{doc.symbol}: online only ({file.url}); downloading comes in a later version."))
            return
        self.pdf.close()
        error = self.pdf.load(str(path))
        if error != QPdfDocument.Error.None_:
            reason = {
                QPdfDocument.Error.FileNotFound: "the file is missing",
                QPdfDocument.Error.InvalidFileFormat: "this is not a readable PDF",
                QPdfDocument.Error.IncorrectPassword: "the PDF is password-protected",
                QPdfDocument.Error.UnsupportedSecurityScheme: "the PDF uses an unsupported encryption",
            }.get(error, f"the PDF could not be opened ({error.name})")
            self.caption.setText(escape(f"{doc.symbol} ({file.language}): {reason}. {path}"))
            return
        parsed = parse_symbol(doc.symbol)
        pages = self.pdf.pageCount()
        self.caption.setText(f"<b>{escape(parsed.display() if parsed else doc.symbol)}</b> "
                             f"({file.language.upper()}) — {escape(doc.title)}<br><i>{escape(doc.source)}</i> · "
                             f"{pages} page{'s' if pages != 1 else ''}")

"""The document browser: the conference's documents, a quick filter and the PDF viewer."""

from __future__ import annotations

from html import escape
from pathlib import Path
from urllib.parse import unquote, urlparse

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_app.core.model import Conference, Document, DocumentFile
from observer_app.core.symbols import parse_symbol
from observer_app.services import documents
from observer_app.services.context import Profile
from observer_app.ui import icons, labels
from observer_app.ui.models.documents import DocumentsModel
from observer_app.ui.models.search import SearchModel
from observer_app.ui.panels.doc_download import DownloadBar
from observer_app.ui.panels.pdf_viewer import PdfViewer
from observer_app.ui.widgets.isolating_delegate import IsolatingDelegate


def local_path(url: str) -> Path | None:
    parsed = urlparse(url)
    if parsed.scheme == "file":
        return Path(unquote(parsed.path))  # (urllib.request would cost 50 ms of start-up)
    if parsed.scheme == "":
        return Path(url)
    return None


# Search hits that come with their snippet; the rest get one when shown (see SearchModel).
SNIPPETS_AT_ONCE = 20


class DocumentsPanel(QWidget):
    # (symbol, language, page): "Cite page" for the note being written.
    cite_requested = Signal(str, str, int)
    # A search hit in the observer's notes was opened: show that note.
    note_requested = Signal(str)
    # A search hit in a transcript was opened: the TranscriptLine, to show and replay.
    transcript_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preferred_languages: tuple[str, ...] = ("en",)
        self.current: Document | None = None
        self.conference: Conference | None = None
        self.profile: Profile | None = None  # for the document library (set_profile)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            #: Keep the example symbols DT/33 and 67 Rev 1 exactly: they are what the search
            #: understands (not « Rév. »).
            self.tr("Find a document (DT/33, 67 Rev 1…); Enter searches all text and notes")
        )
        self.filter.setAccessibleName(self.tr("Find a document"))
        self.filter.setClearButtonEnabled(True)
        self.model = DocumentsModel(self)
        self.filter.textChanged.connect(self.model.set_filter)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Documents"))
        self.view.setTabKeyNavigation(
            False
        )  # Tab leaves the list (arrows move in it): no keyboard trap
        self.view.setModel(self.model)
        self.view.setItemDelegate(IsolatingDelegate(self.view))  # symbols in Arabic
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        # Rows one line of text high (the fallback font of "●" made them 30 px): 10 and more
        # rows in sight in the Read layout.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column, width in enumerate((130, 320, 200, 90, 80)):
            # At least as wide as its translated title ("Условное обозначение" for Symbol).
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            need = header.fontMetrics().horizontalAdvance(title) + 2 * margin + 8
            self.view.setColumnWidth(column, max(width, need))
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_row(cur.row())
        )

        self.filter.returnPressed.connect(self.search_text)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.results_model = SearchModel(self)
        self.results_model.searched.connect(self._show_results)
        self.results_model.search_failed.connect(lambda error: self.viewer.status.setText(error))
        self.results = QTableView()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setTabKeyNavigation(False)
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(IsolatingDelegate(self.results))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.activated.connect(self._open_hit)  # Enter (and double-click)
        self.results.clicked.connect(self._open_hit)  # one click opens a hit, as in a browser
        self.results.hide()
        self.download = DownloadBar()
        self.download.finished.connect(lambda _summary: self.refresh_library())
        # Icon only: the row must fit a narrow pane (its name and tooltip say what it does).
        self.seen = QToolButton()
        self.seen.setText(self.tr("Mark all seen"))
        self.seen.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        icons.set_icon(self.seen, "seen")
        self.seen.setAccessibleName(self.tr("Mark all documents as seen"))
        self.seen.setToolTip(
            self.tr("● marks documents and revisions that appeared since you last looked")
        )
        self.seen.clicked.connect(self.mark_seen)
        self.viewer: PdfViewer = PdfViewer()  # annotated: a lambda above names it first
        self.viewer.cite_requested.connect(self.cite_requested)
        self.viewer.language_requested.connect(self._language_requested)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.filter)
        tl.addWidget(self.results, 1)
        tl.addWidget(self.view, 2)
        row = self.download.layout()
        assert row is not None  # DownloadBar lays itself out in one row
        row.addWidget(self.seen)  # one row: download, progress, what's new
        tl.addWidget(self.download)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("documents_splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.viewer)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    def set_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.download.paths = profile.paths

    def set_conference(self, conference: Conference) -> None:
        previous, self.conference = self.conference, conference
        if (
            previous is not None
            and previous.id == conference.id
            and previous.documents == conference.documents
        ):
            # A refresh that left the documents as they were (most do): the page being read
            # and the search results stay, and nothing is sorted, measured or recorded again
            # (at 5,000 documents that took 0.3 s of the GUI thread at each refresh).
            self.download.set_conference(conference)
            return
        self.viewer.clear(
            QCoreApplication.translate(
                "DocumentsPanel",
                "%n document(s). Select one to read it.",
                None,
                len(conference.documents),
            )
        )
        self.model.set_documents(conference.documents)
        # Whole symbols ("Document 67(Rev.1)", not "Document 67(R..."), within reason.
        widest = self.model.widest_symbol(self.view.fontMetrics())
        self.view.setColumnWidth(0, min(max(self.view.columnWidth(0), widest + 40), 260))
        self.download.set_conference(conference)
        self.download.languages = self.preferred_languages
        self.results.hide()
        if self.profile is not None:
            documents.record_documents(conference, self.profile)
        self.refresh_library()

    def refresh_library(self) -> None:
        """What is on this computer and what is new, from the document library."""
        if self.profile is None or self.conference is None:
            return
        db, cid = self.profile, self.conference.id
        self.model.set_library(
            documents.available_offline(db, cid), {n.symbol for n in documents.whats_new(db, cid)}
        )
        self.seen.setEnabled(bool(self.model.new))

    def mark_seen(self) -> None:
        if self.profile is not None and self.conference is not None:
            documents.mark_looked(self.profile, self.conference.id)
            self.refresh_library()

    @Slot()
    def search_text(self) -> None:
        """Full-text search of document pages and notes, on a worker (a common word over 50,000
        pages takes a second); ``_show_results`` when the latest query is answered."""
        query = self.filter.text().strip()
        if not query or self.profile is None or self.conference is None:
            self.results.hide()
            return
        # Snippets for the rows on screen; the others as they are scrolled into view.
        self.results_model.search_later(
            self.profile, self.conference.id, query, self.rows_on_screen(), self.conference
        )

    def rows_on_screen(self) -> int:
        """How many results the observer sees without scrolling: only their snippets come with
        the hits (FTS5's snippet() costs 0.2-0.7 ms a page, more than the ranking for most
        queries); before the first results, half the panel's height is what they get."""
        row = max(1, self.results.verticalHeader().defaultSectionSize())
        height = (
            self.results.viewport().height() if self.results.isVisible() else self.height() // 2
        )
        return min(SNIPPETS_AT_ONCE, max(4, height // row + 1))

    def _show_results(self, query: str, count: int) -> None:
        self.results.setVisible(True)
        self.viewer.status.setText(
            QCoreApplication.translate(
                "DocumentsPanel", "%n result(s) for “{query}”", None, count
            ).format(query=escape(query))
            + ("" if count else self.tr(": download the documents to search their text."))
        )

    @Slot()
    def _open_hit(self, index: QModelIndex) -> None:
        hit = self.results_model.hit_at(index.row())
        if hit is None:
            return
        if hit.kind == "note":
            self.note_requested.emit(hit.ref)
            return
        if hit.kind == "transcript":
            self.transcript_requested.emit(getattr(hit, "line", None))
            return
        doc = self.conference.document(hit.ref) if self.conference else None
        if doc is not None:
            self.show_document(doc, hit.language)
            if hit.page:
                self.viewer.go_to_page(hit.page)
            if self.filter.text():
                self.viewer.find.setText(self.filter.text().split()[0])

    def _context_menu(self, point: QPoint) -> None:
        doc = self.model.document_at(self.view.indexAt(point).row())
        if doc is None or self.profile is None:
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("Compare with the previous version"), lambda: self.show_diff(doc.symbol)
        )
        menu.exec(self.view.viewport().mapToGlobal(point))

    def show_diff(self, symbol: str) -> None:
        # a document row comes from the conference, its library from the profile
        assert self.conference is not None and self.profile is not None
        result = documents.diff_revision(self.profile, self.conference.id, symbol)
        text = result.diff or self.tr("Nothing to compare: {reason}.").format(reason=result.problem)
        dialog = QDialog(self)
        dialog.setWindowTitle(
            self.tr("{symbol}: changes since {previous}").format(
                symbol=symbol, previous=result.previous
            )
            if result.previous
            else symbol
        )
        view = QPlainTextEdit(text or self.tr("No differences."))
        view.setReadOnly(True)
        view.setAccessibleName(self.tr("Text differences"))
        view.setTabChangesFocus(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        QVBoxLayout(dialog).addWidget(view)
        dialog.resize(720, 520)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

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
            self.viewer.clear(
                escape(
                    self.tr("{symbol}: no file is listed for this document.").format(
                        symbol=doc.symbol
                    )
                )
            )
            return
        path = local_path(file.url)
        if path is None and self.profile is not None and self.conference is not None:
            record = documents.local_file(
                self.profile,
                self.conference.id,
                doc.symbol,
                ((language,) if language else ()) + self.preferred_languages,
            )
            if record is not None:
                path, file = record.local_path, DocumentFile(record.language, record.url)
        if path is None:
            self.viewer.clear(
                escape(
                    self.tr(
                        "{symbol}: online only ({url}). Use Download below to read it offline."
                    ).format(symbol=doc.symbol, url=file.url)
                )
            )
            return
        parsed = parse_symbol(doc.symbol)
        title = (
            f"<b>{labels.isolate(escape(parsed.display() if parsed else doc.symbol))}</b> "
            f"({file.language.upper()}) — {labels.isolate(escape(doc.title), False)}"
            f"<br><i>{escape(doc.source)}</i>"
        )
        self.viewer.load(path, doc.symbol, file.language, [f.language for f in doc.files], title)

    @Slot(str)
    def _language_requested(self, language: str) -> None:
        if self.current is not None:
            self.show_document(self.current, language)

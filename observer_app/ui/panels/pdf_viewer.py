"""The PDF viewer of the document browser: pages, zoom, find, languages, cite, system viewer.

A file that is corrupt, not a PDF or encrypted never reaches the user as a crash: the status
line says what is wrong, and an encrypted file asks for its password (once per open).

The page view and its document come with the first document shown (``pdf``, ``view`` and
``search`` are made on first use): QtPdf, and the QtNetwork and Kerberos libraries it loads,
cost 3-4 MB of memory while only a video plays (issue 15).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_app.ui import a11y, icons, labels

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
    from PySide6.QtPdfWidgets import QPdfView

# By the name of the QPdfDocument.Error (QtPdf is not imported before the first document).
REASONS = {
    "FileNotFound": QT_TRANSLATE_NOOP("PdfViewer", "the file is missing"),
    "InvalidFileFormat": QT_TRANSLATE_NOOP(
        "PdfViewer", "this is not a readable PDF (damaged, or another kind of file)"
    ),
    "IncorrectPassword": QT_TRANSLATE_NOOP("PdfViewer", "the PDF is password-protected"),
    "UnsupportedSecurityScheme": QT_TRANSLATE_NOOP(
        "PdfViewer", "the PDF uses an encryption this viewer does not support"
    ),
}


def _button(text: str, name: str, tip: str, icon: str = "") -> QToolButton:
    """A tool button; with ``icon`` (a meaning of ui/icons.py) it shows the icon alone and
    keeps ``text`` for when the icon font is missing."""
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(name)
    if icon:
        icons.set_icon(button, icon)
        if not button.icon().isNull():
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return button


class PdfViewer(QWidget):
    # (symbol, language, page number from 1): "Cite page" into the note being written.
    cite_requested = Signal(str, str, int)
    # The observer picked another language version of the document shown.
    language_requested = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        ask_password: Callable[[QWidget, str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.symbol = ""
        self.language = ""
        # Asks the password of an encrypted file: (parent, file name) -> str or None. Replaceable in tests.
        self.ask_password = ask_password or _ask_password
        self._pdf: QPdfDocument | None = None
        self._view: QPdfView | None = None
        self._search: QPdfSearchModel | None = None
        # Where the page view goes when first needed: an empty scroll area, the page view's base
        # (same frame, sizes and Tab stop: nothing moves when the view takes its place).
        self._page_area = QAbstractScrollArea()
        self._page_area.setAccessibleName(self.tr("Document page"))
        self._page_area.viewport().setBackgroundRole(QPalette.ColorRole.Dark)  # as QPdfView's
        self.status = QLabel(self.tr("Select a document."))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Document status"))

        rtl = QGuiApplication.isRightToLeft()
        back, forward = ("▶", "◀") if rtl else ("◀", "▶")  # arrows point the reading way
        back_icon, forward_icon = (
            (icons.NEXT, icons.PREVIOUS) if rtl else (icons.PREVIOUS, icons.NEXT)
        )
        self.prev_page = _button(
            back, self.tr("Previous page"), self.tr("Previous page (Page Up)"), back_icon
        )
        self.next_page = _button(
            forward, self.tr("Next page"), self.tr("Next page (Page Down)"), forward_icon
        )
        self.page = QSpinBox()
        labels.latin_digit_locale(self.page)  # "1 of 12", not "١ of 12"
        self.page.setAccessibleName(self.tr("Page"))
        self.page.setMinimum(1)
        self.page_count = QLabel(self.tr("of {count}").format(count=0))
        self.zoom_out = _button(
            "−", self.tr("Zoom out"), self.tr("Zoom out (Ctrl+-)"), icons.ZOOM_OUT
        )
        self.zoom_in = _button("+", self.tr("Zoom in"), self.tr("Zoom in (Ctrl++)"), icons.ZOOM_IN)
        self.fit = _button(
            "↔", self.tr("Fit to width"), self.tr("Fit the page width"), icons.FIT_WIDTH
        )
        self.languages = QComboBox()
        self.languages.setAccessibleName(self.tr("Document language"))
        self.languages.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # (the name hides QWidget.find(id), which nothing here calls)
        self.find: QLineEdit = QLineEdit()  # type: ignore[assignment]
        self.find.setPlaceholderText(self.tr("Find in document"))
        self.find.setAccessibleName(self.tr("Find in document"))
        self.find.setClearButtonEnabled(True)
        self.hits = QLabel("")
        self.cite = _button(
            #: Button: insert a reference to this document page into the note being written (ar
            #: «إحالة», never «استشهاد»).
            "❝ " + self.tr("Cite"),
            self.tr("Cite this page in the note"),
            self.tr("Insert this document, language and page into the note"),
        )
        self.external = _button(
            "⇱",
            self.tr("Open in the system viewer"),
            self.tr("Open in the system's PDF viewer"),
            icons.EXTERNAL,
        )
        # Two short rows rather than one long one: the panel stays narrow beside the player.
        bar, find_bar = QHBoxLayout(), QHBoxLayout()
        for widget in (
            self.prev_page,
            self.page,
            self.page_count,
            self.next_page,
            self.zoom_out,
            self.zoom_in,
            self.fit,
            a11y.buddy_label(self.tr("Language:"), self.languages),
            self.languages,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        find_bar.addWidget(self.find, 1)
        find_bar.addWidget(self.hits)
        find_bar.addWidget(self.cite)  # here, not on the page row: that row set the panel's
        find_bar.addWidget(self.external)  # minimum width and squeezed the schedule at 1280 px
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        layout.addLayout(find_bar)
        layout.addWidget(self._page_area, 1)

        self.prev_page.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_page.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page.editingFinished.connect(lambda: self.go_to_page(self.page.value()))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self.view.zoomFactor() * 1.25))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self.view.zoomFactor() / 1.25))
        self.fit.clicked.connect(self.fit_width)
        self.find.textChanged.connect(lambda text: self.search.setSearchString(text))
        self.find.returnPressed.connect(lambda: self.next_hit(1))
        self.cite.clicked.connect(
            lambda: self.cite_requested.emit(self.symbol, self.language, self.current_page())
        )
        self.external.clicked.connect(self.open_external)
        self.languages.activated.connect(
            lambda i: self.language_requested.emit(self.languages.itemData(i))
        )
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in.click),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out.click),
            (QKeySequence.StandardKey.FindNext, lambda: self.next_hit(1)),
            (QKeySequence.StandardKey.FindPrevious, lambda: self.next_hit(-1)),
        ):
            QShortcut(keys, self, slot)
        self._set_enabled(False)

    # -- the page view, made on first use -----------------------------------------------------------
    @property
    def pdf(self) -> QPdfDocument:
        if self._pdf is None:
            self._make_view()
        assert self._pdf is not None
        return self._pdf

    @property
    def view(self) -> QPdfView:
        if self._view is None:
            self._make_view()
        assert self._view is not None
        return self._view

    @property
    def search(self) -> QPdfSearchModel:
        if self._search is None:
            self._make_view()
        assert self._search is not None
        return self._search

    @property
    def page_widget(self) -> QWidget:
        """What shows the pages now: the page view, or its empty place before the first one."""
        return self._view if self._view is not None else self._page_area

    def _make_view(self) -> None:
        from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
        from PySide6.QtPdfWidgets import QPdfView

        self._pdf = pdf = QPdfDocument(self)
        self._view = view = QPdfView()
        view.setAccessibleName(self.tr("Document page"))
        view.setDocument(pdf)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._search = search = QPdfSearchModel(self)
        search.setDocument(pdf)
        view.setSearchModel(search)
        search.countChanged.connect(self._hits_changed)
        view.pageNavigator().currentPageChanged.connect(self._page_changed)
        layout = self.layout()
        assert layout is not None
        had_focus = self._page_area.hasFocus()
        layout.replaceWidget(self._page_area, view)
        self._page_area.hide()
        view.show()  # (shown with the panel: a widget put in a built layout stays hidden)
        QWidget.setTabOrder(self._page_area, view)  # (its place in the Tab chain)
        if had_focus:
            view.setFocus()

    def fit_width(self) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- loading ----------------------------------------------------------------------------------
    def clear(self, message: str) -> None:
        if self._pdf is not None:
            self._pdf.close()
        self.path = None
        self.status.setText(message)
        self._set_enabled(False)

    def load(
        self, path: Path, symbol: str, language: str, languages: list[str], title_html: str = ""
    ) -> bool:
        """Show ``path``; False (and a plain reason in the status line) when it cannot be read."""
        self.symbol, self.language = symbol, language
        self.languages.blockSignals(True)
        self.languages.clear()
        for lang in languages:
            self.languages.addItem(lang.upper(), lang)
        self.languages.setCurrentIndex(
            max(0, languages.index(language) if language in languages else 0)
        )
        self.languages.blockSignals(False)
        from PySide6.QtPdf import QPdfDocument

        self.pdf.close()
        self.pdf.setPassword("")
        error = self.pdf.load(str(path))
        if error == QPdfDocument.Error.IncorrectPassword:
            password = self.ask_password(self, path.name)
            if password:
                self.pdf.setPassword(password)
                error = self.pdf.load(str(path))
                if error == QPdfDocument.Error.IncorrectPassword:
                    self.clear(
                        escape(
                            self.tr("{document}: wrong password. {path}").format(
                                document=f"{symbol} ({language.upper()})", path=path
                            )
                        )
                    )
                    return False
        if error != QPdfDocument.Error.None_:
            reason = (
                QCoreApplication.translate("PdfViewer", str(REASONS[error.name]))
                if error.name in REASONS
                else self.tr("the PDF could not be opened ({error})").format(error=error.name)
            )
            self.clear(escape(f"{symbol} ({language.upper()}): {reason}. {path}"))
            return False
        self.path = path
        pages = self.pdf.pageCount()
        self.page.setMaximum(max(1, pages))
        self.page_count.setText(self.tr("of {count}").format(count=pages))
        self.status.setText(title_html or escape(symbol))
        self._set_enabled(True)
        self.go_to_page(1)
        if self.find.text():
            self.search.setSearchString(self.find.text())
        return True

    # -- navigation -------------------------------------------------------------------------------
    def current_page(self) -> int:
        if self._view is None:
            return 1
        return self._view.pageNavigator().currentPage() + 1

    def go_to_page(self, page: int) -> None:
        """Jump to ``page`` (from 1), clamped to the document."""
        if self.path is None:
            return
        page = min(max(1, page), self.pdf.pageCount())
        self.view.pageNavigator().jump(page - 1, QPointF(), self.view.pageNavigator().currentZoom())
        self.page.setValue(page)

    def set_zoom(self, factor: float) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, max(0.1, factor)))

    def next_hit(self, step: int) -> None:
        if self._search is None:
            return
        count = self.search.count()
        if count:
            index = (self.view.currentSearchResultIndex() + step) % count
            self.view.setCurrentSearchResultIndex(index)
            link = self.search.resultAtIndex(index)
            self.view.pageNavigator().jump(link)
            self.hits.setText(f"{index + 1}/{count}")

    @Slot()
    def _hits_changed(self) -> None:
        count = self.search.count()
        self.hits.setText(self.tr("{count} found").format(count=count) if self.find.text() else "")

    @Slot(int)
    def _page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)

    def open_external(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def _set_enabled(self, on: bool) -> None:
        for widget in (
            self.prev_page,
            self.next_page,
            self.page,
            self.zoom_in,
            self.zoom_out,
            self.fit,
            self.find,
            self.cite,
            self.external,
        ):
            widget.setEnabled(on)
        if not on:
            self.page_count.setText(self.tr("of {count}").format(count=0))
            self.hits.setText("")


def _ask_password(parent: QWidget, name: str) -> str | None:
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("PdfViewer", "Password-protected document"),
        QCoreApplication.translate("PdfViewer", "{name} is encrypted. Password:").format(name=name),
        QLineEdit.EchoMode.Password,
    )
    return password if ok and password else None

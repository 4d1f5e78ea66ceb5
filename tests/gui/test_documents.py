"""The document browser: find by symbol as typed, read pages, switch language, cite, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from observer_app.core.model import Document, DocumentFile

pytestmark = [pytest.mark.gui, pytest.mark.vlc]
DATA = Path(__file__).parent.parent / "data" / "viewer"


def test_a_loosely_typed_symbol_finds_the_document_and_opens_it(qtbot, window):
    docs = window.documents
    qtbot.keyClicks(docs.filter, "dt 33")
    symbols = [docs.model.document_at(r).symbol for r in range(docs.model.rowCount())]
    assert symbols and all(s.startswith("DT/33") for s in symbols)
    docs.view.selectRow(0)
    assert docs.viewer.path is not None and docs.viewer.pdf.pageCount() >= 1
    assert "DT/33" in docs.viewer.status.text()


def test_pages_language_versions_and_cite_into_the_note(qtbot, window):
    docs = window.documents
    assert docs.open_symbol("Document 67")
    viewer = docs.viewer
    assert viewer.language == "en" and viewer.languages.count() == 2  # EN and FR versions
    viewer.go_to_page(viewer.pdf.pageCount())
    assert viewer.current_page() == viewer.pdf.pageCount()
    viewer.go_to_page(99)  # clamped
    assert viewer.current_page() == viewer.pdf.pageCount()
    viewer.languages.setCurrentIndex(viewer.languages.findData("fr"))
    viewer.languages.activated.emit(viewer.languages.currentIndex())
    assert viewer.language == "fr" and viewer.path.name.endswith("-F.pdf")
    qtbot.mouseClick(viewer.cite, Qt.MouseButton.LeftButton)
    text = window.notes.composer.text()
    assert f"Document 67 (FR), p. {viewer.current_page()}" in text  # the report's grammar
    from observer_app.core.symbols import find_citations

    ((_s, _e, citation),) = find_citations(text)  # read back as what was cited
    assert (citation.symbol.canonical(), citation.language, citation.page) == (
        "67",
        "fr",
        viewer.current_page(),
    )
    assert window.notes.stamp is not None  # citing starts a stamped note like the first keystroke


def test_find_in_document_counts_hits(qtbot, window):
    docs = window.documents
    assert docs.open_symbol("DT/33")
    word = docs.current.title.split()[0]
    docs.viewer.find.setText(word)
    qtbot.waitUntil(lambda: docs.viewer.search.count() > 0, timeout=5000)
    assert "found" in docs.viewer.hits.text()


def _show_file(window, path: Path, symbol="X/1"):
    doc = Document(symbol, "Test", files=(DocumentFile("en", path.as_uri()),))
    window.documents.show_document(doc)
    return window.documents.viewer


def test_broken_and_non_pdf_files_get_a_plain_message(qtbot, window, tmp_path):
    viewer = _show_file(window, DATA / "qpdf_bad1.pdf")
    assert viewer.path is None and "not a readable PDF" in viewer.status.text()
    html = tmp_path / "login.pdf"
    html.write_text("<html><body>Please log in</body></html>")
    viewer = _show_file(window, html)
    assert viewer.path is None and "not a readable PDF" in viewer.status.text()
    viewer = _show_file(window, tmp_path / "missing.pdf")
    assert "missing" in viewer.status.text()


def test_an_encrypted_pdf_asks_for_its_password(qtbot, window):
    asked = []
    window.documents.viewer.ask_password = lambda parent, name: asked.append(name) or "wrong"
    viewer = _show_file(window, DATA / "pypdf_encryption_r6-user-password.pdf")
    assert asked and viewer.path is None and "wrong password" in viewer.status.text()
    viewer.ask_password = lambda parent, name: "asdfzxcv"
    viewer = _show_file(window, DATA / "pypdf_encryption_r6-user-password.pdf")
    assert viewer.path is not None and viewer.pdf.pageCount() == 1
    viewer.ask_password = lambda parent, name: None  # cancelled
    viewer = _show_file(window, DATA / "pypdf_encryption_r6-user-password.pdf")
    assert viewer.path is None and "password-protected" in viewer.status.text()


def test_download_indexes_then_search_finds_pages_and_notes_and_opens_the_page(qtbot, window):
    docs = window.documents
    with qtbot.waitSignal(docs.download.finished, timeout=30_000) as finished:
        qtbot.mouseClick(docs.download.start, Qt.MouseButton.LeftButton)
    summary = finished.args[0]
    assert summary is not None and not summary.failed
    assert "failed 0" in docs.download.status.text()
    offline_column = docs.model.COLUMNS.index("Offline")
    row = docs.model.row_of("DT/33")
    assert docs.model.data(docs.model.index(row, offline_column)) == "EN"
    window.notes.start_note()
    qtbot.keyClicks(window.notes.editor, "Kenya asks for open consultations everywhere")
    qtbot.keyClick(window.notes.editor, Qt.Key.Key_Return)
    docs.filter.setText("open consultations")
    with qtbot.waitSignal(docs.results_model.searched, timeout=5000):  # searched on a worker
        qtbot.keyClick(docs.filter, Qt.Key.Key_Return)
    assert docs.results.isVisible() and docs.results_model.rowCount() > 1
    hits = [docs.results_model.hit_at(r) for r in range(docs.results_model.rowCount())]
    assert {"document", "note"} <= {h.kind for h in hits}
    page_hit = next(r for r, h in enumerate(hits) if h.kind == "document" and h.page and h.page > 1)
    docs.results.activated.emit(docs.results_model.index(page_hit, 0))
    assert (
        docs.viewer.symbol == hits[page_hit].ref
        and docs.viewer.current_page() == hits[page_hit].page
    )
    note_hit = next(r for r, h in enumerate(hits) if h.kind == "note")
    docs.results.activated.emit(docs.results_model.index(note_hit, 0))
    assert window.notes.selected_note().text == "Kenya asks for open consultations everywhere"


def test_new_documents_are_marked_until_seen_and_a_revision_diff_shows(qtbot, window):
    docs = window.documents
    symbol_cell = docs.model.data(docs.model.index(docs.model.row_of("DT/33(Rev.1)"), 0))
    assert symbol_cell.startswith("● ")
    qtbot.mouseClick(docs.seen, Qt.MouseButton.LeftButton)
    assert not docs.model.data(docs.model.index(docs.model.row_of("DT/33(Rev.1)"), 0)).startswith(
        "● "
    )
    assert not docs.seen.isEnabled()
    with qtbot.waitSignal(docs.download.finished, timeout=30_000):
        docs.download.download()
    docs.show_diff("DT/33(Rev.1)")
    from PySide6.QtWidgets import QDialog, QPlainTextEdit

    dialog = next(w for w in docs.findChildren(QDialog) if w.isVisible())
    text = dialog.findChild(QPlainTextEdit).toPlainText()
    assert text.startswith("---") and "DT/33 (en)" in text and "+" in text
    dialog.close()


def test_hits_beyond_the_first_get_their_snippet_when_shown(qtbot, window, monkeypatch):
    from observer_app.ui.panels import documents as panel_module

    docs = window.documents
    with qtbot.waitSignal(docs.download.finished, timeout=30_000):
        docs.download.download()
    monkeypatch.setattr(panel_module, "SNIPPETS_AT_ONCE", 1)
    docs.filter.setText("consultations")
    with qtbot.waitSignal(docs.results_model.searched, timeout=5000):  # searched on a worker
        qtbot.keyClick(docs.filter, Qt.Key.Key_Return)
    model = docs.results_model
    assert model.rowCount() > 2  # (all but the first came without a snippet)
    texts = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    assert all("consultations" in text.lower() for text in texts)
    assert model.hit_at(1).snippet  # made once, kept


def test_only_the_hits_on_screen_come_with_their_snippet(qtbot, window, monkeypatch):
    """FTS5's snippet() costs more than the ranking for most queries: the worker makes the
    snippets of the rows the results table shows, not a fixed 20 (issue 15)."""
    from observer_app.services import documents as service

    docs = window.documents
    with qtbot.waitSignal(docs.download.finished, timeout=30_000):
        docs.download.download()
    asked = []
    real_search = service.search
    monkeypatch.setattr(
        service, "search", lambda *a, **kw: asked.append(kw["snippets"]) or real_search(*a, **kw)
    )
    for query in ("consultations", "access"):  # the first search, then with results shown
        expected = docs.rows_on_screen()
        docs.filter.setText(query)
        with qtbot.waitSignal(docs.results_model.searched, timeout=5000):
            qtbot.keyClick(docs.filter, Qt.Key.Key_Return)
        assert asked[-1] == expected
    row = docs.results.verticalHeader().defaultSectionSize()
    assert expected == max(4, docs.results.viewport().height() // row + 1) < 20


def test_the_page_view_takes_the_place_of_its_placeholder_unchanged(qtbot):
    """The page view (and QtPdf) comes with the first document (issue 15); until then an empty
    area of the same look holds its place, and the view takes exactly that place."""
    from observer_app.ui.panels.pdf_viewer import PdfViewer

    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    viewer.resize(420, 420)
    viewer.show()
    qtbot.waitExposed(viewer)
    placeholder = viewer.page_widget
    assert viewer._view is None and placeholder.accessibleName() == "Document page"

    def centre_colour(widget) -> str:
        image = widget.grab().toImage()
        return image.pixelColor(image.width() // 2, image.height() // 2).name()

    empty = centre_colour(placeholder)
    place = placeholder.geometry()
    view = viewer.view  # made now, as the first document does
    qtbot.waitUntil(lambda: view.isVisible() and not placeholder.isVisible(), timeout=5000)
    assert viewer.page_widget is view
    qtbot.waitUntil(lambda: view.geometry() == place, timeout=5000)
    assert centre_colour(view) == empty

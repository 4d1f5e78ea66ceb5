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
    assert f"67 (FR) p. {viewer.current_page()}" in text
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

"""Page text from real PDFs, good and bad: text, or a clear reason; never an exception."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from support.docserver import make_pdf

from observer_app.services.doctext import extract_pages

PDFS = Path(__file__).resolve().parents[2] / "data" / "pdf"


def test_pages_in_order_with_plain_line_breaks(tmp_path):
    path = tmp_path / "d.pdf"
    path.write_bytes(make_pdf(["Draft resolution on (spectrum)\nsecond line", "", "third page"]))
    result = extract_pages(path)
    assert result.ok and result.pages == (
        "Draft resolution on (spectrum)\nsecond line",
        "",
        "third page",
    )


def test_real_pdf_with_three_scripts():
    result = extract_pages(PDFS / "pypdf_hello-world.pdf")
    assert result.ok and len(result.pages) == 1
    assert (
        "Hello World" in result.pages[0]
        and "\r" not in result.pages[0]
        and "Привет" in result.pages[0]
    )


@pytest.mark.parametrize(
    "name",
    [
        "pypdf_encryption_r6-user-password.pdf",
        "pypdf_encryption_r4-aes-user-password.pdf",
        "qpdf_bad-encryption-length.pdf",
    ],
)
def test_encrypted_without_password_says_so(name):
    result = extract_pages(PDFS / name)
    assert (
        not result.ok
        and result.problem == f"{name}: it is protected by a password"
        and result.pages == ()
    )


def test_empty_user_password_opens():
    result = extract_pages(PDFS / "pypdf_encryption_r2-empty-password.pdf")
    assert result.ok and "encryption test" in result.pages[0]


@pytest.mark.parametrize(
    "name", ["qpdf_bad1.pdf", "qpdf_issue-141a.pdf", "qpdf_issue-147.pdf", "qpdf_fuzz-16214.pdf"]
)
def test_damaged_files_say_so(name):
    result = extract_pages(PDFS / name)
    assert not result.ok and name in result.problem
    assert "damaged or not a PDF" in result.problem or "not a PDF" in result.problem


@pytest.mark.parametrize(
    "name, pages",
    [("qpdf_pages-loop.pdf", 1), ("qpdf_bad-xref.pdf", 1), ("qpdf_append-xref-loop.pdf", 30)],
)
def test_recoverable_damage_still_gives_text(name, pages):
    result = extract_pages(PDFS / name)
    assert result.ok and len(result.pages) == pages and "Potato" in result.pages[0]


@pytest.mark.parametrize(
    "content, words",
    [
        (b"<!DOCTYPE html><html>log in</html>", "an HTML page"),
        (b"", "empty"),
        (b"PK\x03\x04zipzip", "not a PDF"),
    ],
)
def test_not_a_pdf_at_all(tmp_path, content, words):
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    result = extract_pages(path)
    assert result.problem == f"x.pdf: not a PDF (the file is {words})"


def test_missing_file(tmp_path):
    assert "cannot read the file" in extract_pages(tmp_path / "gone.pdf").problem


def test_cancel_between_pages(tmp_path):
    path = tmp_path / "d.pdf"
    path.write_bytes(make_pdf([f"page {i}" for i in range(20)]))
    calls = []
    result = extract_pages(path, cancel=lambda: calls.append(1) or len(calls) > 3)
    assert result.cancelled and result.problem == "cancelled" and len(result.pages) == 3


def test_max_pages_is_reported(tmp_path):
    path = tmp_path / "d.pdf"
    path.write_bytes(make_pdf([f"page {i}" for i in range(5)]))
    result = extract_pages(path, max_pages=2)
    assert (
        result.ok
        and result.pages == ("page 0", "page 1")
        and "first 2 of 5" in result.page_problems[0]
    )


def test_worker_threads_take_turns(tmp_path):
    paths = []
    for n in range(4):
        paths.append(tmp_path / f"d{n}.pdf")
        paths[-1].write_bytes(make_pdf([f"document {n} page {i}" for i in range(30)]))
    results = {}

    def work(p):
        results[p.name] = extract_pages(p)

    threads = [threading.Thread(target=work, args=(p,)) for p in paths * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert all(r.ok and r.pages[29] == f"document {p[1]} page 29" for p, r in results.items())

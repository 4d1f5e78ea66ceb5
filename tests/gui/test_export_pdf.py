"""The PDF report read back with poppler's pdftotext/pdfinfo: text, headings, page numbers.

Needs a QGuiApplication (fonts) but no window: runs offscreen as well as under Xvfb.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import timedelta

import pytest
from support.reports import HOSTILE, hostile_notes, make_report, plain_notes

from observer_app.core.model import NoteStamp
from observer_app.render import pdf

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing"),
]


def pdf_text(data: bytes, tmp_path, *pages: int) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    first_last = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return subprocess.run(
        ["pdftotext", "-layout", *first_last, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def page_count(data: bytes, tmp_path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(data)
    info = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def long_notes(conf, count=400):
    session = conf.session("com5-d1-am")
    notes = []
    for i in range(count):
        note = NoteStamp(session.start + timedelta(seconds=5 * i), "com5", session.id).note(
            f"Marker-{i:04d}: Kenya supports open consultations on DT/33 and asks for documents online.",
            conf.id,
        )
        note.speaker = "Kenya"
        notes.append(note)
    return notes


def test_pdf_has_header_headings_notes_and_page_numbers(qapp, demo_conference, tmp_path):
    report = make_report(demo_conference, plain_notes(demo_conference))
    data = pdf.render(report)
    assert data.startswith(b"%PDF-")
    text = pdf_text(data, tmp_path)
    assert (
        "Feedback: PP-Demo: Plenipotentiary" in text
        and "A. Observer — Digital Rights Watch" in text
    )
    assert "Committee 5 — Policy and Legal Matters" in text and "Plenary Working Group" in text
    assert (
        "Brazil supports DT/33 rev 1" in text
        and "Brazil (supports)" in text
        and "video 20:00" in text
    )
    assert "Page 1 of 1" in text
    assert text.index("Brazil supports") < text.index("Chair: ADM/54")


def test_long_pdf_numbers_every_page_and_keeps_every_note(
    qapp, demo_conference, tmp_path, monkeypatch
):
    monkeypatch.setattr(
        pdf, "CHUNK_CHARS", 10_000
    )  # several documents, as a very long report makes
    report = make_report(demo_conference, long_notes(demo_conference))
    data = pdf.render(report)
    pages = page_count(data, tmp_path)
    assert pages > 5
    text = pdf_text(data, tmp_path)
    assert [text.count(f"Marker-{i:04d}") for i in range(400)] == [1] * 400  # none lost, none twice
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert text.count(f" of {pages}") == pages
    assert "Meeting 1: Proposals on Resolution 102 (continued)" in text


def test_pdf_refuses_rather_than_truncates(qapp, demo_conference, monkeypatch):
    monkeypatch.setattr(pdf, "LAYOUT_LIMIT_PX", 1000)
    with pytest.raises(ValueError, match="too long"):
        pdf.render(make_report(demo_conference, long_notes(demo_conference, 20)))


def test_pdf_with_hostile_notes(qapp, demo_conference, tmp_path):
    notes = hostile_notes(demo_conference)
    data = pdf.render(make_report(demo_conference, notes))
    text = pdf_text(data, tmp_path)
    for marker in (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        '=HYPERLINK("http://evil","x")',
        "@SUM(A1)",
        "ATTENDEE:mailto:x@y",
        "fake SRT cue",
    ):
        assert marker in text, marker
    assert len(re.findall(r"\d{2}:\d{2} UTC\)", text)) == len(HOSTILE)  # one stamp per note
    assert page_count(data, tmp_path) > 1  # the 10 kB note alone fills a page


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_pdf_does_not_drain_none_refcount(qapp, demo_conference):
    """PySide6 6.12 drops a reference to None on every void C++ call; the renderer gives them back."""
    report = make_report(demo_conference, long_notes(demo_conference, 300))
    before = sys.getrefcount(None)
    for _ in range(3):
        pdf.render(report)
    assert sys.getrefcount(None) >= before - 50

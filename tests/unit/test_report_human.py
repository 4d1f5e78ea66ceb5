"""The report, ready to send: dates as people write them in the conference's zone, the UTC time
with its date when the day differs, the zone named with its offset, no ISO stamp in any human
format, links to the recording at the note's second and to each cited document. Machine formats
(JSON, CSV) keep ISO. Real renderers: Markdown, text, HTML, DOCX (python-docx reads it back) and
PDF (Qt draws it, poppler's pdftotext and pdfinfo read it back)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta

import pytest

from observer_app.core.export import csv_report, html, json_report, markdown, text
from observer_app.core.model import Body, Conference, Document, DocumentFile, Note, Session
from observer_app.core.report import ReportHeader, build_report, zone_name

# Any ISO-like stamp a person should not have to read: 2026-12-07, 06:02:56.119Z, 06:02:56 UTC
# (a video position such as 12:30:00 is what people read on a player: allowed)
ISO = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:\d{2}(\.\d+|Z)|\d{2}:\d{2}:\d{2} UTC")
RECORDING = "https://media.example.org/pp26/com5-3.mp4"
DT33 = "https://docs.example.org/pp26/DT-33.pdf"


@pytest.fixture
def doha() -> Conference:
    start = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)  # 13:00 in Doha (UTC+3)
    return Conference(
        id="pp26",
        name="PP-26 Doha",
        timezone="Asia/Qatar",
        bodies=(Body("com5", "Committee 5"),),
        sessions=(
            Session(
                "com5-3", "com5", "Meeting 3", start, start + timedelta(hours=14), None, RECORDING
            ),
        ),
        documents=(
            Document(
                "DT/33", "Draft report of the working group", files=(DocumentFile("en", DT33),)
            ),
        ),
    )


def notes(conference: Conference) -> list[Note]:
    return [
        # 11:55 UTC = 14:55 in Doha, same day: 1 h 55 min into the recording.
        Note(
            "Kenya supports DT/33",
            datetime(2026, 12, 7, 11, 55, tzinfo=UTC),
            "pp26",
            "com5",
            "com5-3",
        ),
        # 22:30 UTC on Monday = 01:30 on Tuesday in Doha: the UTC time says its own date.
        Note(
            "Late night: Brazil objects",
            datetime(2026, 12, 7, 22, 30, tzinfo=UTC),
            "pp26",
            "com5",
            "com5-3",
        ),
    ]


def report_of(conference: Conference):
    return build_report(
        conference,
        notes(conference),
        header=ReportHeader(author="A. Observer"),
        generated=datetime(2026, 12, 8, 6, 2, 56, 119000, tzinfo=UTC),
    )


def visible_html(page: str) -> str:
    return re.sub(r"<[^>]+>", " ", page.split("</style>", 1)[1])


def docx_text(data: bytes) -> str:
    docx = pytest.importorskip("docx")
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def pdf_text(data: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def human_formats(report, tmp_path) -> dict[str, str]:
    """Every human format's text; the PDF needs the test's Qt application (``qapp``)."""
    from observer_app.render import docx as docx_render
    from observer_app.render import pdf

    return {
        "md": markdown.render(report),
        "txt": text.render(report),
        "html": visible_html(html.render(report)),
        "docx": docx_text(docx_render.render(report)),
        "pdf": pdf_text(pdf.render(report), tmp_path),
    }


def test_dates_are_written_for_people_in_the_conference_zone(doha, tmp_path, qapp):
    report = report_of(doha)
    assert report.zone == "Doha time (UTC+3)"
    first, second = report.bodies[0].sessions[0].entries
    assert (first.when, first.when_utc) == ("Monday 7 December 2026, 14:55", "11:55 UTC")
    assert (second.when, second.when_utc) == (
        "Tuesday 8 December 2026, 01:30",
        "Monday 7 December 2026, 22:30 UTC",
    )
    assert report.generated_for_people == "Tuesday 8 December 2026, 09:02 Doha time (UTC+3)"
    for fmt, shown in human_formats(report, tmp_path).items():
        flat = " ".join(shown.split())  # PDF and text wrap lines
        assert [m.group(0) for m in ISO.finditer(flat)] == [], fmt
        assert "Monday 7 December 2026, 14:55" in flat, fmt
        assert "Monday 7 December 2026, 22:30 UTC" in flat, fmt
        assert "Doha time (UTC+3)" in flat, fmt
        assert "Tuesday 8 December 2026, 09:02 Doha time (UTC+3)" in flat, fmt  # generated


def test_each_note_links_to_its_second_of_the_recording_and_each_document_to_its_file(
    doha, tmp_path, qapp
):
    report = report_of(doha)
    first = report.bodies[0].sessions[0].entries[0]
    assert first.archive_link == f"{RECORDING}#t={115 * 60}"
    page = html.render(report)
    assert f'<a href="{RECORDING}#t=6900" rel="noopener noreferrer">video 1:55:00</a>' in page
    assert f'<a href="{DT33}" rel="noopener noreferrer">DT/33</a>' in page
    assert f"[video 1:55:00](<{RECORDING}#t=6900>)" in markdown.render(report)
    assert f"[DT/33](<{DT33}>)" in markdown.render(report)
    plain = text.render(report)
    assert f"Recording: {RECORDING}#t=6900" in plain and f"<{DT33}>" in plain

    docx = pytest.importorskip("docx")
    from observer_app.render import docx as docx_render

    document = docx.Document(io.BytesIO(docx_render.render(report)))
    targets = {r.target_ref for r in document.part.rels.values() if r.is_external}
    assert {f"{RECORDING}#t=6900", DT33} <= targets
    shown = " ".join(human_formats(report, tmp_path)["pdf"].split())
    assert f"Recording: {RECORDING}#t=6900" in shown and DT33 in shown
    # and they are links (annotations) in the PDF, as poppler lists them
    annotations = subprocess.run(
        ["pdfinfo", "-url", str(tmp_path / "report.pdf")], capture_output=True, text=True
    )
    if annotations.returncode != 0:
        pytest.skip("this poppler's pdfinfo cannot list links")
    urls = {line.split()[-1] for line in annotations.stdout.splitlines()[1:] if line.strip()}
    assert urls == {f"{RECORDING}#t=6900", f"{RECORDING}#t=45000", DT33}


def test_the_e_mail_body_says_when_for_people(doha):
    from observer_app.services.send import summary_text

    body = summary_text(report_of(doha), ["report.pdf"])
    assert "2 notes, generated Tuesday 8 December 2026, 09:02 Doha time (UTC+3)." in body
    assert [m.group(0) for m in ISO.finditer(body)] == []


def test_machine_formats_keep_iso(doha):
    report = report_of(doha)
    data = json_report.render(report)
    assert '"generated": "2026-12-08T06:02:56.119Z"' in data
    assert '"utc": "2026-12-07T11:55:00.000Z"' in data
    assert "2026-12-07T11:55:00.000Z" in csv_report.render(report)


def test_a_zone_change_during_the_conference_is_said_where_it_happens():
    geneva = Conference(id="c", name="Council", timezone="Europe/Zurich")
    before = Note("before", datetime(2026, 10, 24, 12, 0, tzinfo=UTC), "c")
    after = Note("after", datetime(2026, 10, 26, 12, 0, tzinfo=UTC), "c")
    report = build_report(geneva, [before, after], generated=after.utc)
    assert report.zone == "Zurich time (UTC+2)"
    first, second = report.bodies[0].sessions[0].entries
    assert first.when == "Saturday 24 October 2026, 14:00"
    assert second.when == "Monday 26 October 2026, 13:00 (UTC+1)"
    assert zone_name("Asia/Kolkata", after.utc) == "India time (UTC+5:30)"
    assert zone_name("America/Argentina/Buenos_Aires", after.utc) == "Buenos Aires time (UTC-3)"

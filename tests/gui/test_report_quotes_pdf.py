"""A transcript quote in the PDF report, read back with poppler: the words verbatim in their
own indented italic block, the conference time and the recording span, and a link annotation to
the recording at that second (``pdfinfo -url``). The page is also written as a PNG under
$OBSERVER_SHOTS for a person to look at. Expected values as in tests/unit/test_report_quotes.py."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from observer_app.core.model import Body, Conference, NoteStamp, Session, StreamKind
from observer_app.core.report import build_report
from observer_app.render import pdf

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing"),
]

START = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)  # 10:00 in Geneva
RECORDING = "https://webcast.example/rec/plenary-7.mp4"
WORDS = "We support Document 161 on cybersecurity"


def _report():
    conference = Conference(
        id="pp26",
        name="PP-26",
        timezone="Europe/Zurich",
        bodies=(Body(id="plenary", name="Plenary"),),
        sessions=(
            Session(
                "pl-7",
                "plenary",
                "Meeting 7",
                START,
                START + timedelta(hours=3),
                archive_url=RECORDING,
            ),
        ),
    )
    stamp = NoteStamp(
        START + timedelta(minutes=20),
        "plenary",
        "pl-7",
        stream_url=RECORDING,
        stream_kind=StreamKind.ARCHIVE,
        media_position_ms=1_200_000,
    )
    note = stamp.note(f"Strong support: “{WORDS}” (19:52–19:58) then Kenya agreed", "pp26")
    note.speaker = "Brazil"
    return build_report(conference, [note], generated=START + timedelta(days=1))


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def test_pdf_quote_has_words_times_and_a_link_to_the_second(qapp, tmp_path):
    path = tmp_path / "quotes.pdf"
    path.write_bytes(pdf.render(_report()))
    text = " ".join(_run("pdftotext", str(path), "-").split())
    assert (
        f"Strong support: “{WORDS}” — said 10:19:52 CET, video 19:52–19:58 {RECORDING}#t=1192 then Kenya agreed"
        in text
    )
    urls = _run("pdfinfo", "-url", str(path))
    assert f"{RECORDING}#t=1192" in urls
    shots = Path(os.environ.get("OBSERVER_SHOTS", "/tmp/observer-shots"))
    shots.mkdir(parents=True, exist_ok=True)
    _run(
        "pdftoppm",
        "-png",
        "-r",
        "110",
        "-f",
        "1",
        "-l",
        "1",
        str(path),
        str(shots / "report-quote"),
    )

"""Transcript quotes in feedback reports: the quoted words verbatim, marked as quotes (Markdown
``>``, HTML ``<blockquote>``, Word's Quote style, "> " in plain text), with the conference time
they were said, their span in the recording and a link to the recording at that second.

The expected strings are written by hand: the note was taken 20:00 into the recording of a
sitting that started at 10:00 Geneva time, and quotes words said 8 s earlier (19:52-19:58 in the
player), so they were said at 10:19:52 CET and the link opens the recording at second 1192.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import docx
import pytest

from observer_app.core.export import html, markdown, text
from observer_app.core.model import Body, Conference, NoteStamp, Session, StreamKind
from observer_app.core.report import build_report
from observer_app.render import docx as docx_render

START = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)  # 10:00 in Geneva
RECORDING = "https://webcast.example/rec/plenary-7.mp4"
LINK = RECORDING + "#t=1192"
WORDS = "We support Document 161 on cybersecurity"
NOTE = f"Strong support: “{WORDS}” (19:52–19:58) then Kenya agreed"


def conference() -> Conference:
    return Conference(
        id="pp26",
        name="PP-26",
        timezone="Europe/Zurich",
        bodies=(Body(id="plenary", name="Plenary"),),
        sessions=(
            Session(
                id="pl-7",
                body_id="plenary",
                title="Meeting 7",
                start=START,
                end=START + timedelta(hours=3),
                archive_url=RECORDING,
            ),
        ),
    )


def report(note_text: str = NOTE, position_ms: int | None = 1_200_000):
    stamp = NoteStamp(
        START + timedelta(minutes=20),
        "plenary",
        "pl-7",
        stream_url=RECORDING,
        stream_kind=StreamKind.ARCHIVE,
        media_position_ms=position_ms,
    )
    note = stamp.note(note_text, "pp26")
    note.speaker = "Brazil"
    return build_report(conference(), [note], generated=START + timedelta(days=1))


def test_markdown_quotes_with_times_and_link():
    out = markdown.render(report())
    assert (
        f"  **Brazil**: Strong support:\n\n  > “{WORDS}”  \n"
        f"  > — said 10:19:52 CET, [video 19:52–19:58](<{LINK}>)\n\n  then Kenya agreed"
    ) in out


def test_markdown_quote_first_is_still_a_block_quote():
    out = markdown.render(report(f"“{WORDS}” (19:52–19:58)"))
    assert f"**Brazil**: \n\n  > “{WORDS}”  \n  > — said 10:19:52 CET" in out


def test_html_blockquote_with_times_and_link():
    out = html.render(report())
    assert (
        f'<p class="text" dir="auto">Strong support:</p>'
        f'<blockquote class="quote" dir="auto"><p>“{WORDS}”</p>'
        f'<footer>— said 10:19:52 CET, <a href="{LINK}" rel="noopener noreferrer">'
        f"video 19:52–19:58</a></footer></blockquote>"
        f'<p class="text" dir="auto">then Kenya agreed</p>'
    ) in out


def test_plain_text_quote():
    out = text.render(report())
    assert (
        f"    Strong support:\n    > “{WORDS}”\n      — said 10:19:52 CET, video 19:52–19:58\n      <{LINK}>\n    then Kenya agreed"
        in out
    )


def test_docx_quote_style_times_and_link():
    document = docx.Document(io.BytesIO(docx_render.render(report())))
    cell = document.tables[0].rows[1].cells[4]
    paragraphs = [(p.style.name, p.text) for p in cell.paragraphs]
    assert paragraphs[:4] == [
        ("Normal", "Strong support:"),
        ("Quote", f"“{WORDS}”"),
        ("Normal", "— said 10:19:52 CET, video 19:52–19:58"),
        ("Normal", "then Kenya agreed"),
    ]
    targets = {r.target_ref for r in document.part.rels.values() if r.is_external}
    assert LINK in targets


def test_a_quote_in_a_note_without_stamp_keeps_its_span_and_link_but_no_time():
    out = markdown.render(report(position_ms=None))
    assert f"> — [video 19:52–19:58](<{LINK}>)" in out and "said 10:19" not in out


@pytest.mark.parametrize("plain", ["No quote here (19:52–19:58)", "“unclosed (19:52–19:58)"])
def test_notes_without_a_quote_are_rendered_as_before(plain):
    out = markdown.render(report(plain))
    assert f"**Brazil**: {plain.replace('(', '(')}" in out and "> " not in out.split("Brazil")[1]


def test_a_quote_taken_live_is_placed_in_the_recording_by_the_instant():
    # Live: the player had played 5 minutes when the note was taken at 10:20:00, so the quoted
    # line (4:52-4:58 in the player) was said at 10:19:52, which is 19:52 into the recording.
    out = markdown.render(report(f"“{WORDS}” (4:52–4:58)", position_ms=300_000))
    assert f"> — said 10:19:52 CET, [video 19:52–19:58](<{LINK}>)" in out


def test_two_quotes_in_one_note_are_two_block_quotes():
    out = markdown.render(report(f"“{WORDS}” (19:52–19:58) and “Kenya agrees” (20:01–20:03)"))
    assert f"  > “{WORDS}”  \n" in out and "  > “Kenya agrees”  \n" in out
    assert "  > — said 10:20:01 CET, [video 20:01–20:03](<" + RECORDING + "#t=1201>)" in out

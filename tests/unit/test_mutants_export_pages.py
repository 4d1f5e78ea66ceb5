"""The pages of the human report formats (HTML, Markdown, plain text) as a reader gets them.

Mutants of their templates (a heading's wording, a label, the CSS, the separator between the
stamp's parts, which field goes where) survived every older test, which only looked for a few
fragments. Here a small report built by hand (no report.py in between: its fields are written
out below) is rendered and compared with golden files in tests/data/export/, each read line by
line when written: they are what an observer's reader should get. A planted template bug
changes the page and the comparison shows the line.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from support.export_sample import empty_titled_report, sample_report

from observer_app.core.export import html, markdown, text

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "export"


def _lines(page: str) -> list[str]:
    """Line lists, so that a failure names the first line that differs."""
    return page.split("\n")


@pytest.mark.parametrize(
    "module,golden",
    [(html, "feedback.html"), (markdown, "feedback.md"), (text, "feedback.txt")],
    ids=["html", "markdown", "text"],
)
def test_pages_of_the_sample_report_are_the_golden_ones(module, golden):
    """Catches any template mutant that shows in a full report: wording of labels and headings
    ("Started", "Tags:", "Documents:", "agenda item", "Recording:"), the CSS and the CSP, the
    stamp's separators, quotes' block layout, the intro's line breaks, the signature."""
    expected = (GOLDEN / golden).read_text(encoding="utf-8")
    assert _lines(module.render(sample_report())) == _lines(expected)


def test_html_page_of_a_titled_report_without_notes():
    """Catches a lost own title (the "Feedback: …" fallback instead), meta rows shown when empty,
    the fallback times ("… UTC", the IANA zone) and the "No notes selected." line."""
    page = html.render(empty_titled_report())
    assert "<title>Week 1 &lt;draft&gt;</title>" in page
    assert page[page.index("<body>") :] == (
        "<body>\n"
        '<header><h1 dir="auto">Week 1 &lt;draft&gt;</h1>\n'
        '<dl class="meta">\n'
        '<dt>Conference</dt><dd dir="auto">PP-26 Doha</dd>\n'
        '<dt>Generated</dt><dd dir="auto">Monday 30 November 2026, 06:15 UTC</dd>\n'
        '<dt>Times</dt><dd dir="auto">Asia/Qatar, with UTC</dd>\n'
        '<dt>Notes</dt><dd dir="auto">0</dd>\n'
        "</dl></header>\n"
        "<p><em>No notes selected.</em></p>\n"
        "</body>\n"
        "</html>\n"
    )


def test_markdown_page_of_a_titled_report_without_notes():
    """Catches the conference line under an own title lost or unescaped, and empty meta rows."""
    assert markdown.render(empty_titled_report()) == (
        "# Week 1 \\<draft\\>\n"
        "\n"
        "_PP-26 Doha_\n"
        "\n"
        "- **Generated:** Monday 30 November 2026, 06:15 UTC\n"
        "- **Times:** Asia/Qatar, with UTC\n"
        "- **Notes:** 0\n"
        "\n"
        "_No notes selected._\n"
    )


def test_text_page_of_a_titled_report_without_notes():
    """Catches a signature block ("-- ") written with nobody to sign, and empty meta rows."""
    assert text.render(empty_titled_report()) == (
        "Week 1 <draft>\n"
        "==============\n"
        "Conference: PP-26 Doha\n"
        "Generated: Monday 30 November 2026, 06:15 UTC\n"
        "Times: Asia/Qatar, with UTC\n"
        "Notes: 0\n"
        "\n"
        "No notes selected.\n"
    )


def _old_report(**entry_fields: object) -> SimpleNamespace:
    """A report of objects from before the optional fields existed (``parts``, ``tags``,
    ``speaker``..., a document's ``url``, the report's ``title`` and ``introduction``): the
    formats read those with ``getattr`` and a default, and must still write a page."""
    entry = SimpleNamespace(
        note_id="n1",
        text="Old note",
        utc=datetime(2026, 11, 30, 6, 5, 3, tzinfo=UTC),
        conference_time="2026-11-30 09:05:03 +03",
        utc_time="2026-11-30 06:05:03 UTC",
        when="2026-11-30 09:05:03 +03",
        when_utc="2026-11-30 06:05:03 UTC",
        media_position="",
        documents=(SimpleNamespace(symbol="67", title=""),),
        **entry_fields,
    )
    session = SimpleNamespace(
        title="Opening", start=datetime(2026, 11, 30, 6, tzinfo=UTC), entries=[entry]
    )
    return SimpleNamespace(
        conference="PP-26",
        timezone="Asia/Qatar",
        author="",
        organization="",
        contact="",
        generated_for_people="Monday 30 November 2026, 06:15 UTC",
        zone_for_people="Asia/Qatar",
        note_count=1,
        bodies=[SimpleNamespace(name="Plenary", sessions=[session])],
    )


def test_text_page_of_an_older_report_object():
    """Catches ``getattr`` without its default (an AttributeError) or with another one ("XXXX"
    shown as speaker, stance or title) for fields an older report object lacks."""
    assert text.render(_old_report()) == (
        "Feedback: PP-26\n"
        "===============\n"
        "Conference: PP-26\n"
        "Generated: Monday 30 November 2026, 06:15 UTC\n"
        "Times: Asia/Qatar, with UTC\n"
        "Notes: 1\n"
        "\n"
        "Plenary\n"
        "=======\n"
        "\n"
        "Opening\n"
        "-------\n"
        "\n"
        "- 2026-11-30 09:05:03 +03 (2026-11-30 06:05:03 UTC)\n"
        "    Old note\n"
        "    Documents: 67\n"
    )


def test_html_page_of_an_older_report_object():
    """As above, for the HTML page; also catches a session's start line with a "recording"
    that has no link or "XXXX" in its place, and an introduction made up ("XXXX")."""
    page = html.render(_old_report())
    assert "<title>Feedback: PP-26</title>" in page
    assert page[page.index("</header>") :] == (
        "</header>\n"
        '<section class="body"><h2 dir="auto">Plenary</h2>\n'
        '<section class="session"><h3 dir="auto">Opening</h3>\n'
        '<p class="stamp">Started Monday 30 November 2026, 09:00</p>\n'
        '<ol class="notes">\n'
        '<li class="note" id="note-n1"><p class="stamp"><time datetime="2026-11-30T06:05:03.000Z">'
        "2026-11-30 09:05:03 +03</time> · 2026-11-30 06:05:03 UTC</p>"
        '<p class="text" dir="auto">Old note</p><p class="docs">Documents: 67</p></li>\n'
        "</ol>\n"
        "</section>\n"
        "</section>\n"
        "</body>\n"
        "</html>\n"
    )


def test_text_note_whose_speaker_and_stance_are_not_text():
    """Catches a speaker or stance that is not a string (``None`` from an older store) shown
    as such, or as "XXXX", instead of being left out."""
    page = text.render(_old_report(speaker=None, stance=None))
    assert page.endswith(
        "- 2026-11-30 09:05:03 +03 (2026-11-30 06:05:03 UTC)\n    Old note\n    Documents: 67\n"
    )


def test_markdown_note_of_an_entry_without_parts():
    """Catches ``getattr(e, "parts")`` without a default: an entry from before transcript
    quotes is written from its text."""
    report = _old_report(speaker="", stance="", tags=(), archive_link="")
    report.title = report.introduction = ""
    report.bodies[0].sessions[0].agenda = [
        SimpleNamespace(item="", entries=report.bodies[0].sessions[0].entries)
    ]
    report.bodies[0].sessions[0].entries[0].documents[0].url = ""
    assert markdown.render(report).endswith(
        "### Opening\n\n- **2026-11-30 09:05:03 +03** (2026-11-30 06:05:03 UTC)  \n"
        "  Old note  \n  Documents: 67\n"
    )


@pytest.mark.parametrize(
    "paragraph,expected",
    [
        ("x" * 71 + " yyyyy", ["x" * 71, "yyyyy"]),  # the blank at the last place in reach
        ("x" * 70 + "  yy", ["x" * 70, "yy"]),  # no blank left at the end of a line
        ("x" * 71 + "   y", ["x" * 71, "y"]),  # nor at the start of the next
        ("a" * 70 + " XYZ", ["a" * 70, "XYZ"]),
        ("a " + "x" * 80, ["a", "x" * 80]),
        (" " + "x" * 80 + " end", [" " + "x" * 80, "end"]),  # a line's own indent kept
        ("x" * 80 + " a b", ["x" * 80, "a b"]),  # a long word runs to the next blank only
        ("x" * 100, ["x" * 100]),
        ("x" * 72 + " \u00a0y", ["x" * 72, "\u00a0y"]),  # a no-break space is kept
    ],
)
def test_plain_text_wraps_at_72_characters(paragraph, expected):
    """Catches the wrap's cut found one place too early (``avail - 1``), a blank at the start
    taken as a cut (an empty first line), a long word cut at its last blank instead of its
    first, blanks left at either end of a line, other characters stripped with the blanks
    (``lstrip("XX XX")``, ``lstrip(None)``), and a long last word lost (``return``)."""
    assert text._fill(paragraph, "") == expected

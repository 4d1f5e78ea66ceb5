"""The pages of the human report formats (HTML, Markdown, plain text) as a reader gets them.

Mutants of their templates (a heading's wording, a label, the CSS, the separator between the
stamp's parts, which field goes where) survived every older test, which only looked for a few
fragments. Here a small report built by hand (no report.py in between: its fields are written
out below) is rendered and compared with golden files in tests/data/export/, each read line by
line when written: they are what an observer's reader should get. A planted template bug
changes the page and the comparison shows the line.
"""

from __future__ import annotations

from pathlib import Path

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

"""Tests written against mutants of core/export that survived the older tests (`make mutate`):
the escaping that keeps a note's text from turning into markup, formulas or cue timings in
the exported files. Expected values are written out by hand from the formats' rules."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest

from observer_app.core.export import csv_report, cues, html, ical, markdown, text
from observer_app.core.report import CitedDocument, ReportEntry


@pytest.mark.parametrize(
    "cell,expected",
    [
        ("  =1+1", "'  =1+1"),  # blanks before a formula are looked through
        ("\u00a0@SUM(A1)", "'\u00a0@SUM(A1)"),
        ("   ", "   "),  # only blanks: left alone (catches `stripped or stripped[0]`: IndexError)
        (" X=1", " X=1"),  # a letter first: not a formula (catches "XX" added to the blanks)
    ],
)
def test_csv_cells_that_a_spreadsheet_would_run_are_made_inert(cell, expected):
    assert csv_report.inert(cell) == expected


def test_html_escapes_both_quotes():
    # Catches quote=False/None: a value could leave its attribute.
    assert html._e("a\"b'c<d>&") == "a&quot;b&#x27;c&lt;d&gt;&amp;"


def test_html_link_without_a_public_url_is_the_escaped_label():
    assert html._link("javascript:alert(1)", "<b>DT/33</b>") == "&lt;b&gt;DT/33&lt;/b&gt;"


def test_cue_text_loses_controls_and_blank_lines():
    assert cues.clean("a\x00b\x07c\td") == "a\ufffdb c d"  # NUL shows, other controls blank
    assert cues.clean("  first  \r\n\r\n  second  \u2028third") == "  first\n  second\nthird"
    assert cues.clean("one line   ") == "one line"
    assert cues.clean("   ") == ""


def test_cue_text_is_cut_at_max_chars_with_an_ellipsis():
    assert cues.clean("abcdef", max_chars=6) == "abcdef"  # exactly at the limit: kept
    assert cues.clean("abc defg", max_chars=4) == "abc…"  # cut, trailing blank dropped
    assert cues.clean(" abcdefg", max_chars=4) == " abc…"


def test_one_line_joins_lines_with_one_space():
    assert cues.one_line("Brazil:  supports\nthe text") == "Brazil:  supports the text"


@pytest.mark.parametrize(
    "note_id,expected", [("n-1", "n-1"), ("a-->b", ""), ("", ""), ("x\ny", "x y")]
)
def test_cue_identifiers_never_hold_a_timing_arrow(note_id, expected):
    assert cues._safe_id(note_id) == expected


def test_srt_text_cannot_open_tags_or_styles():
    assert cues.srt_escape("<i>x</i> {\\an8}") == "‹i›x‹/i› { \\an8}"


def test_ical_text_escapes_separators_and_line_breaks():
    assert ical.escape_text("a\\b;c,d\re\r\nf\x01g") == "a\\\\b\\;c\\,d\\ne\\nfg"


@pytest.mark.parametrize(
    "value,expected",
    [
        ('Room "A"', "Room A"),
        ("a\nb\tc\x01d", "ab cd"),
        ("Doha: Hall 1", '"Doha: Hall 1"'),
        ("plain", "plain"),
    ],
)
def test_ical_parameter_values_are_quoted_and_cleaned(value, expected):
    assert ical.param_value(value) == expected


def test_ical_lines_fold_at_75_octets_and_never_inside_a_character():
    assert ical.fold("x" * 75) == "x" * 75
    assert ical.fold("x" * 76) == "x" * 75 + "\r\n x"
    folded = ical.fold("x" * 74 + "é" + "y" * 10)  # "é" is 2 octets and would straddle 75
    assert folded == "x" * 74 + "\r\n é" + "y" * 10
    assert ical.fold("é" * 80).replace("\r\n ", "") == "é" * 80


def test_markdown_escapes_markup_at_line_starts_and_keeps_breaks():
    assert markdown.escape("  - item") == "  \\- item"
    assert markdown.escape("12. point") == "12\\. point"
    assert markdown.escape("a\r\nb\rc") == "a  \n  b  \n  c"


def test_markdown_link_destinations_cannot_end_early():
    assert markdown._url("https://x.org/a b<c>\n") == "https://x.org/a%20b%3Cc%3E%0A"


def test_plain_text_loses_controls_and_bidi_overrides():
    assert text.clean("a\x07b\u202ec\td\r\ne\x0bf") == "abc    d\ne\nf"


def _entry(**fields: Any) -> ReportEntry:
    base = ReportEntry(
        note_id="n1",
        text="Text <b>",
        utc=datetime(2026, 11, 30, 6, 15, tzinfo=UTC),
        conference_time="2026-11-30 15:15:00 KST",
        utc_time="2026-11-30 06:15:00 UTC",
        media_position="",
        documents=(),
    )
    return dataclasses.replace(base, **fields)


def test_html_note_shows_every_field_escaped():
    # Markup in the speaker, agenda item, tags and document titles must reach the page as text
    # (the first kind of escaped bug); each piece is checked where it belongs.
    entry = _entry(
        speaker="Egypt <v>",
        stance="concern",
        agenda_item="<i>7</i>",
        tags=("access", "<b>t</b>"),
        documents=(
            CitedDocument("DT/33", "Draft <x>", "https://itu.int/md/DT33"),
            CitedDocument("67", ""),
        ),
    )
    assert html._note(entry) == (
        '<li class="note" id="note-n1">'
        '<p class="stamp"><time datetime="2026-11-30T06:15:00.000Z">2026-11-30 15:15:00 KST'
        "</time> · 2026-11-30 06:15:00 UTC"
        ' · <span class="speaker" dir="auto">Egypt &lt;v&gt;</span>'
        ' · <span class="stance">concern</span>'
        ' · agenda item <span dir="auto">&lt;i&gt;7&lt;/i&gt;</span></p>'
        '<p class="text" dir="auto">Text &lt;b&gt;</p>'
        '<p class="tags">Tags: <span dir="auto">access</span>, '
        '<span dir="auto">&lt;b&gt;t&lt;/b&gt;</span></p>'
        '<p class="docs">Documents: <a href="https://itu.int/md/DT33" rel="noopener noreferrer">'
        'DT/33</a> (<span dir="auto">Draft &lt;x&gt;</span>); 67</p>'
        "</li>"
    )


def test_html_note_links_its_video_position():
    entry = _entry(media_position="0:20:00", archive_link="https://itu.int/vod#t=1200")
    assert (
        '· <a href="https://itu.int/vod#t=1200" rel="noopener noreferrer">video 0:20:00</a></p>'
        in html._note(entry)
    )

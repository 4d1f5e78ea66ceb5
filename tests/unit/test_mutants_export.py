"""Tests written against mutants of core/export that survived the older tests (`make mutate`):
the escaping that keeps a note's text from turning into markup, formulas or cue timings in
the exported files, then what the JSON, CSV, cue-track and iCalendar files hold and how they
are laid out (the HTML, Markdown and text pages: test_mutants_export_pages.py). Expected
values are written out by hand from the formats' rules."""

from __future__ import annotations

import dataclasses
import json
import time
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from support.export_sample import sample_report

from observer_app.core import clock
from observer_app.core.export import csv_report, cues, html, ical, json_report, markdown, text
from observer_app.core.model import Body, Conference, Session, Stream
from observer_app.core.report import (
    BodyGroup,
    CitedDocument,
    Quote,
    Report,
    ReportEntry,
    SessionGroup,
)


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


# -- JSON: the submission format's data and layout ----------------------------------------------


def _session(title: str = "Opening", **fields: Any) -> SessionGroup:
    start = fields.pop("start", datetime(2026, 11, 30, 6, 0, tzinfo=UTC))
    return SessionGroup(title, start, fields.pop("entries", []), **fields)


def _report(bodies: list[BodyGroup], **fields: Any) -> Report:
    return Report(
        conference=fields.pop("conference", "PP-26 Doha"),
        timezone="Asia/Qatar",
        author=fields.pop("author", ""),
        organization=fields.pop("organization", ""),
        contact=fields.pop("contact", ""),
        generated=datetime(2026, 11, 30, 6, 15, tzinfo=UTC),
        bodies=bodies,
        **fields,
    )


def test_json_layout_of_bodies_and_sessions_without_notes():
    """Catches the hand-made layout going wrong where a list is empty or holds two items
    (``if entries or True``, ``"XX,\\nXX".join``, ``"XX]XX"``), keys written twice or lost
    (``k != "XXbodiesXX"``), ASCII escapes instead of UTF-8 (``ensure_ascii``), other
    separators, and the report's own fields (conference id, title, introduction, the empty
    author/organization/contact as "", not "XXXX")."""
    report = _report(
        [
            BodyGroup("Comité 5", [], id="com5"),
            BodyGroup(
                "Plenary",
                [
                    _session(id="pl-1", archive_url="https://media.example/pl1.mp4"),
                    _session("Closing", start=None),
                ],
                id="plen",
            ),
        ],
        title="Week 1",
        introduction="Intro",
        conference_id="pp-26",
    )
    assert json_report.render(report) == (
        "{\n"
        '  "format": "observer-feedback",\n'
        '  "format_version": 1,\n'
        '  "conference": {"id": "pp-26", "name": "PP-26 Doha", "timezone": "Asia/Qatar"},\n'
        '  "title": "Week 1",\n'
        '  "introduction": "Intro",\n'
        '  "author": "",\n'
        '  "organization": "",\n'
        '  "contact": "",\n'
        '  "generated": "2026-11-30T06:15:00.000Z",\n'
        '  "note_count": 0,\n'
        '  "bodies": [\n'
        '    {"id": "com5", "name": "Comité 5", "sessions": []},\n'
        '    {"id": "plen", "name": "Plenary", "sessions": [\n'
        '      {"id": "pl-1", "title": "Opening", "start": "2026-11-30T06:00:00.000Z",'
        ' "archive_url": "https://media.example/pl1.mp4", "entries": []},\n'
        '      {"id": null, "title": "Closing", "start": null, "archive_url": null,'
        ' "entries": []}\n'
        "    ]}\n"
        "  ]\n"
        "}\n"
    )


def test_json_report_without_bodies_closes_its_list_on_one_line():
    """Catches ``"bodies": [`` left open or closed as "XX]XX" for an empty report."""
    assert json_report.render(_report([])).endswith('  "note_count": 0,\n  "bodies": []\n}\n')


def test_json_one_note_per_line_with_its_fields():
    """Catches the layout of notes (one per line, in order, inside their session) and the
    values of the sample's first note as the schema names them (checked key by key)."""
    lines = json_report.render(sample_report()).split("\n")
    first = lines.index('    {"id": "plen", "name": "Plenary", "sessions": [')
    assert lines[first + 1].startswith('      {"id": "pl-1", "title": "Opening", ')
    assert lines[first + 1].endswith(', "entries": [')
    note = json.loads(lines[first + 2].rstrip(","))
    expected = {
        "id": "n1",
        "utc": "2026-11-30T06:05:03.250Z",
        "conference_time": "2026-11-30 09:05:03 +03",
        "media_position": "0:05:03",
        "media_position_ms": 303250,
        "speaker": "Brazil",
        "agenda_item": "7 Finance",
        "stance": "supports",
        "tags": ["budget", "gender"],
        "text": "Supports\nthe draft",
        "archive_link": "https://media.example/pl1.mp4#t=303",
        "documents": [
            {"symbol": "DT/33", "title": "Draft <report>", "url": "https://itu.int/md/DT33"},
            {"symbol": "67(Rev.1)", "title": "", "url": None},
        ],
    }
    assert {k: note[k] for k in expected} == expected
    assert json.loads(lines[first + 3])["id"] == "n2"
    assert lines[first + 4 : first + 7] == [
        "      ]}",
        "    ]},",
        '    {"id": null, "name": "Committee 5", "sessions": [',
    ]


@pytest.mark.parametrize(
    "fields,expected",
    [
        ({"position_ms": 0, "media_position": "0:45:03"}, 0),  # 0 ms is a place (not `> 0`)
        ({"position_ms": 1500, "media_position": "0:45:03"}, 1500),  # the exact ms win
        ({"position_ms": -1, "media_position": "0:45:03"}, 2_703_000),  # nonsense: the text
        ({"position_ms": True, "media_position": "45:03"}, 2_703_000),  # a bool is no position
        ({"media_position": "1:02:03"}, 3_723_000),
        ({"media_position": "45:03"}, 2_703_000),
        ({"media_position": "  0:00:07  "}, 7_000),
        ({"media_position": "0:45:03.5"}, 2_703_500),  # a tenth: 500 ms, not 5
        ({"media_position": "0:45:03,25"}, 2_703_250),
        ({"media_position": "0:45:03.125"}, 2_703_125),
        ({"media_position": "45:3"}, None),
        ({"media_position": "123:00"}, None),
        ({"media_position": "0:45:03.1234"}, None),
        ({"media_position": "soon"}, None),
        ({"media_position": ""}, None),
    ],
)
def test_position_of_a_note_in_its_recording(fields, expected):
    """Catches every way of misplacing a note in the cue track and the JSON's
    ``media_position_ms``: the exact field ignored or trusted when negative or a bool, hours,
    minutes and seconds weighed wrongly, a fraction read as ms without padding."""
    assert json_report.position_ms(_entry(**fields)) == expected


def test_position_read_from_an_entry_that_only_has_media_position_ms():
    """Catches the second field name ("media_position_ms") not being read, and a missing
    ``media_position`` read without its fallback."""
    assert json_report.position_ms(SimpleNamespace(media_position_ms=42)) == 42
    assert json_report.position_ms(SimpleNamespace(media_position=None)) is None
    assert json_report.position_ms(SimpleNamespace()) is None


def test_session_and_body_ids_come_from_their_notes_when_they_have_none():
    """Catches the fall-backs of ``session_id`` and ``body_data``: an own id (not "" and not
    another attribute), else the one id all notes share, else none (two ids, an empty id,
    or the group outside sessions, which never has an id)."""

    def notes(*ids: str | None) -> list[ReportEntry]:
        return [_entry(note_id=f"n{i}", session_id=s, body_id=s) for i, s in enumerate(ids)]

    assert json_report.session_id(_session(id="own", entries=notes("s1"))) == "own"
    assert json_report.session_id(_session(id="", entries=notes("s1", "s1"))) == "s1"
    assert json_report.session_id(_session(entries=notes("s1", "s2"))) is None
    assert json_report.session_id(_session(entries=notes("", ""))) is None
    assert json_report.session_id(_session(entries=notes(None))) is None
    assert json_report.session_id(_session(start=None, entries=notes("s1"))) is None
    # A group object from before sessions had ids: read through ``getattr``.
    old = SimpleNamespace(
        title="Opening", start=datetime(2026, 11, 30, tzinfo=UTC), entries=notes("s1")
    )
    assert json_report.session_id(old) == "s1"
    assert json_report.session_data(old)["archive_url"] is None

    assert json_report.body_data(BodyGroup("Plenary", [], id="plen"))["id"] == "plen"
    shared = BodyGroup("Plenary", [_session(entries=notes("b1")), _session(entries=notes("b1"))])
    assert json_report.body_data(shared)["id"] == "b1"
    mixed = BodyGroup("Plenary", [_session(entries=notes("b1")), _session(entries=notes("b2"))])
    assert json_report.body_data(mixed)["id"] is None


def test_json_report_fields_read_from_an_older_report_object():
    """Catches ``getattr`` without its default for the fields a report may not carry yet
    (conference id, title, introduction), and values of the wrong type passed on."""
    old = SimpleNamespace(
        conference="PP-26",
        timezone="UTC",
        author=None,
        organization=None,
        contact=None,
        generated=datetime(2026, 11, 30, tzinfo=UTC),
        note_count=0,
        bodies=[],
        title=7,
    )
    data = json_report.report_data(old)
    assert data["conference"] == {"id": None, "name": "PP-26", "timezone": "UTC"}
    assert (data["title"], data["introduction"]) == ("", "")
    assert (data["author"], data["organization"], data["contact"]) == ("", "", "")


def test_json_validate_reports_problems_in_path_order_and_the_top_level():
    """Catches the sort of the problems (by place) and the "top level" label, and the count
    check run on a document the schema already refused (a KeyError instead of the list)."""
    assert json_report.validate([]) == ["top level: [] is not of type 'object'"]
    data = json.loads(json_report.render(sample_report()))
    del data["bodies"]
    data["title"] = 1
    data["author"] = 2
    assert json_report.validate(data) == [
        "top level: 'bodies' is a required property",
        "author: 2 is not of type 'string'",
        "title: 1 is not of type 'string'",
    ]


# -- CSV: one row per note ----------------------------------------------------------------------


def test_csv_rows_of_the_sample_report():
    """Catches the joins of a cell holding several values (documents one per line with
    " — title", tags with "; "), a title separator on an untitled document, and "XXXX" for
    a missing link."""
    rows = [dict(zip(csv_report.COLUMNS, r, strict=True)) for r in csv_report.rows(sample_report())]
    assert [(r["body"], r["session"], r["note_id"]) for r in rows] == [
        ("Plenary", "Opening", "n1"),
        ("Plenary", "Opening", "n2"),
        ("Committee 5", "Outside scheduled sessions", "n3"),
        ("Committee 5", "Outside scheduled sessions", "n4"),
    ]
    first = rows[0]
    assert first["documents"] == "DT/33 — Draft <report>\n67(Rev.1)"
    assert first["tags"] == "budget; gender"
    assert first["archive_link"] == "https://media.example/pl1.mp4#t=303"
    assert (rows[1]["documents"], rows[1]["tags"], rows[1]["archive_link"]) == ("", "", "")


# -- Cue tracks --------------------------------------------------------------------------------


def _at(note_id: str, ms: int | None, **fields: Any) -> ReportEntry:
    fields.setdefault("text", f"note {note_id}")
    return _entry(note_id=note_id, position_ms=ms, **fields)


def test_cues_sorted_and_each_ends_when_the_next_begins():
    """Catches the cues of a session left in note order, sorted on whole entries
    (``sort(key=None)``: two notes at the same second cannot be compared), a cue ended by the
    previous note (``placed[i - 1]``) instead of the next one, and the count of notes without
    a place (``missing = 1``, ``-= 1``)."""
    session = _session(
        entries=[
            _at("c", 9_000),
            _at("a", 1_000),
            _at("x", None),
            _at("b", 3_000),
            _at("b2", 3_000),  # the same second: kept in note order, shown at least 1 s
            _at("y", None),
        ]
    )
    chosen, missing = cues.cues(_report([BodyGroup("Plenary", [session])]))
    assert [(c.note_id, c.start_ms, c.end_ms) for c in chosen] == [
        ("a", 1_000, 3_000),
        ("b", 3_000, 4_000),
        ("b2", 3_000, 8_000),
        ("c", 9_000, 14_000),
    ]
    assert missing == 2


def test_cues_of_an_entry_without_speaker_fields():
    """Catches ``getattr(entry, "speaker")`` without a default: an entry from before speakers
    were kept has no such attribute and must still give a cue."""
    entry = SimpleNamespace(note_id="n1", text="old note", position_ms=2_000, media_position="")
    chosen, missing = cues.cues(_report([BodyGroup("Plenary", [_session(entries=[entry])])]))
    assert chosen == [cues.Cue(2_000, 7_000, "n1", "", "", "old note")] and missing == 0


def test_srt_of_one_session_with_options():
    """Catches ``render_srt`` ignoring the chosen session or the options (``max_chars``), and
    a session given as a group that is not in the report being dropped."""
    one = _session("One", entries=[_at("a", 1_000)])
    two = _session("Two", entries=[_at("b", 2_000, text="abcdefgh")])
    report = _report([BodyGroup("Plenary", [one, two])])
    assert cues.render_srt(report, two, max_chars=4) == (
        "1\n00:00:02,000 --> 00:00:07,000\nabcd…\n"
    )
    outside = _session("Elsewhere", entries=[_at("z", 5_000)])
    assert cues.render_srt(report, outside) == "1\n00:00:05,000 --> 00:00:10,000\nnote z\n"


# -- iCalendar: the sessions file and its VTIMEZONE ---------------------------------------------


def _nov(day: int, hour: int, minute: int = 0) -> datetime:
    """A UTC instant in November 2026."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def _doha() -> tuple[Conference, list[Session]]:
    """Three sessions that take their link from the recording, the body's stream and the
    conference's page, with and without a body (and its room)."""
    conference = Conference(
        id="pp-26",
        name="PP-26, Doha",
        timezone="Asia/Qatar",
        venue="QNCC, Doha",
        url="https://pp26.example/",
        bodies=(
            Body("plen", "Plenary", short_name="PL", room="Hall A"),
            Body("com5", "Committee 5"),
        ),
        streams=(Stream("s-plen", "plen", "https://live.example/plen.m3u8"),),
    )
    sessions = [
        Session(
            "side 1/X", "gone", "Side event", _nov(30, 13), _nov(30, 14),
            stream_id="missing", archive_url="file:///home/o/side.mp4",
        ),
        Session(
            "plen-1", "plen", "Opening", _nov(30, 6), _nov(30, 8),
            stream_id="s-plen", agenda=("Election", "Budget; 2027"),
        ),
        Session(
            "com5-1", "com5", "Finance", _nov(30, 10), _nov(30, 12, 30),
            stream_id="s-plen", archive_url="https://media.example/com5-1.mp4",
        ),
    ]  # fmt: skip
    return conference, sessions


def test_ics_file_of_three_sessions():
    """The whole file, as a calendar reads it. Catches, among others: property and component
    names in another case or spelling (VERSION, CALSCALE, METHOD, ACTION, BEGIN/END), a lost
    DTSTAMP, sessions out of time order, the summary without the body's short name, the
    location without the room or with "XXXX" for a session without body, the agenda lines
    ("Agenda:", one "- item" each, joined by line breaks), the link chosen in the wrong order
    (recording, then stream, then the conference's page; local files never), the UID's
    character set, and a VTIMEZONE for Doha (+03 all year, no abbreviation in tzdata) other
    than one observance from the start of the year."""
    conference, sessions = _doha()
    ics = ical.render_sessions(
        conference, sessions, now=datetime(2026, 11, 29, 8, 0, 5, tzinfo=UTC)
    )
    alarm = "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:{}\r\nTRIGGER:-PT10M\r\nEND:VALARM\r\n"
    assert ics == (
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//Observer//Observer conference sessions//EN\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n"
        "X-WR-CALNAME:PP-26\\, Doha\r\n"
        "X-WR-TIMEZONE:Asia/Qatar\r\n"
        "BEGIN:VTIMEZONE\r\n"
        "TZID:Asia/Qatar\r\n"
        "BEGIN:STANDARD\r\n"
        "DTSTART:20260101T000000\r\n"
        "TZOFFSETFROM:+0300\r\n"
        "TZOFFSETTO:+0300\r\n"
        "TZNAME:UTC+03:00\r\n"
        "END:STANDARD\r\n"
        "END:VTIMEZONE\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:plen-1.pp-26@observer-app\r\n"
        "DTSTAMP:20261129T080005Z\r\n"
        "DTSTART;TZID=Asia/Qatar:20261130T090000\r\n"
        "DTEND;TZID=Asia/Qatar:20261130T110000\r\n"
        "SUMMARY:PL: Opening\r\n"
        "DESCRIPTION:PP-26\\, Doha\\nAgenda:\\n- Election\\n- Budget\\; 2027\r\n"
        "LOCATION:Hall A\\, QNCC\\, Doha\r\n"
        "URL:https://live.example/plen.m3u8\r\n" + alarm.format("PL: Opening") + "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:com5-1.pp-26@observer-app\r\n"
        "DTSTAMP:20261129T080005Z\r\n"
        "DTSTART;TZID=Asia/Qatar:20261130T130000\r\n"
        "DTEND;TZID=Asia/Qatar:20261130T153000\r\n"
        "SUMMARY:Committee 5: Finance\r\n"
        "DESCRIPTION:PP-26\\, Doha\r\n"
        "LOCATION:QNCC\\, Doha\r\n"
        "URL:https://media.example/com5-1.mp4\r\n"
        + alarm.format("Committee 5: Finance")
        + "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:side-1-X.pp-26@observer-app\r\n"
        "DTSTAMP:20261129T080005Z\r\n"
        "DTSTART;TZID=Asia/Qatar:20261130T160000\r\n"
        "DTEND;TZID=Asia/Qatar:20261130T170000\r\n"
        "SUMMARY:Side event\r\n"
        "DESCRIPTION:PP-26\\, Doha\r\n"
        "LOCATION:QNCC\\, Doha\r\n"
        "URL:https://pp26.example/\r\n" + alarm.format("Side event") + "END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )


def test_ics_session_without_body_stream_or_links_has_no_location_or_url():
    """Catches an empty LOCATION or URL line written anyway (``lines.append(None)``), and a
    conference without id named "XXconferenceXX" in the UID."""
    conference = Conference(id="", name="PP", timezone="UTC")
    session = Session("s1", "gone", "Side event", _nov(30, 13), _nov(30, 14))
    ics = ical.render_sessions(conference, [session], now=_nov(29, 8), alarm=None)
    event = ics[ics.index("BEGIN:VEVENT") :]
    assert event == (
        "BEGIN:VEVENT\r\n"
        "UID:s1.conference@observer-app\r\n"
        "DTSTAMP:20261129T080000Z\r\n"
        "DTSTART;TZID=UTC:20261130T130000\r\n"
        "DTEND;TZID=UTC:20261130T140000\r\n"
        "SUMMARY:Side event\r\n"
        "DESCRIPTION:PP\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )


def test_ics_stamp_is_now_when_not_given():
    """Catches the DTSTAMP not taken from the clock when the caller gives no ``now``."""
    conference, sessions = _doha()
    before = datetime.now(UTC).replace(microsecond=0)
    ics = ical.render_sessions(conference, sessions[:1])
    after = datetime.now(UTC)
    stamp = ics.split("DTSTAMP:")[1][:16]
    assert before <= datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC) <= after


def _vtimezone(name: str, first: datetime, last: datetime) -> str:
    return "\n".join(ical.vtimezone(name, first, last))


def test_vtimezone_of_a_zone_at_utc_in_winter():
    """London: +0000 in winter. Catches "-0000" (the sign of a zero offset), a missing offset
    taken as a day (``timedelta(1)``) in the first DTSTART, and the first observance's
    TZOFFSETFROM read from the previous change instead of its own offset."""
    assert _vtimezone("Europe/London", _nov(30, 9), _nov(30, 10)) == "\n".join(
        [
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:STANDARD",
            "DTSTART:20260101T000000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:20260329T010000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20261025T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )


def test_vtimezone_of_a_zone_west_of_utc():
    """New York: catches the sign of negative offsets ("+0500", "XX-XX0500")."""
    assert _vtimezone("America/New_York", _nov(30, 15), _nov(30, 16)) == "\n".join(
        [
            "BEGIN:VTIMEZONE",
            "TZID:America/New_York",
            "BEGIN:STANDARD",
            "DTSTART:20260101T000000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0500",
            "TZNAME:EST",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:20260308T020000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400",
            "TZNAME:EDT",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20261101T020000",
            "TZOFFSETFROM:-0400",
            "TZOFFSETTO:-0500",
            "TZNAME:EST",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )


def test_vtimezone_covers_a_session_on_new_years_morning_east_of_utc():
    """Sydney, a session on 1 January 2027 at 09:00 (still 31 December in UTC). Catches the
    years taken in UTC or the machine's zone instead of the conference's (the 2026 changes
    listed, 2027's lost), one year too many, and the first observance starting after the
    session (at 11:00, UTC midnight: the bug this test found; a calendar then has no rule for
    the session's time)."""
    first = datetime(2026, 12, 31, 22, tzinfo=UTC)  # 09:00 AEDT
    assert _vtimezone("Australia/Sydney", first, first + timedelta(hours=1)) == "\n".join(
        [
            "BEGIN:VTIMEZONE",
            "TZID:Australia/Sydney",
            "BEGIN:DAYLIGHT",
            "DTSTART:20270101T000000",
            "TZOFFSETFROM:+1100",
            "TZOFFSETTO:+1100",
            "TZNAME:AEDT",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20270404T030000",
            "TZOFFSETFROM:+1100",
            "TZOFFSETTO:+1000",
            "TZNAME:AEST",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:20271003T020000",
            "TZOFFSETFROM:+1000",
            "TZOFFSETTO:+1100",
            "TZNAME:AEDT",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    )


def test_zone_changes_are_found_only_inside_the_window():
    """Berlin moves to summer time at 2026-03-29 01:00 UTC. Catches a walk in two-day steps
    or one that looks past its end (``t <= end``): a window that ends at the start of that
    day has no change."""
    berlin = clock.zone("Europe/Berlin")
    day = datetime(2026, 3, 28, tzinfo=UTC)
    assert ical._transitions(berlin, day, day + timedelta(days=1)) == []
    assert ical._transitions(berlin, day, day + timedelta(days=2)) == [
        datetime(2026, 3, 29, 1, tzinfo=UTC)
    ]


@pytest.mark.parametrize(
    "delta,expected",
    [
        (timedelta(hours=5, minutes=30), "+0530"),
        (timedelta(hours=-3), "-0300"),
        (timedelta(hours=-9, minutes=-30), "-0930"),
        (timedelta(0), "+0000"),
        (None, "+0000"),
        (timedelta(seconds=3208), "+005328"),  # Amsterdam's mean time until 1937
        (timedelta(seconds=-(3600 + 125)), "-010205"),
    ],
)
def test_utc_offsets_as_icalendar_writes_them(delta, expected):
    """Catches seconds dropped or miscounted in an offset (``divmod(rest, 61)``) and the
    sign of zero and negative offsets."""
    assert ical._offset(delta) == expected


def test_parameter_values_quoted_only_for_separators():
    """Catches a value quoted for holding other characters (``"XX:;,XX"``)."""
    assert ical.param_value("EXAMPLE/Xanadu") == "EXAMPLE/Xanadu"


def _observances(name: str, first: datetime, last: datetime) -> list[tuple[str, str, str]]:
    """(kind, DTSTART, TZOFFSETTO) of each observance of the zone's VTIMEZONE."""
    lines = ical.vtimezone(name, first, last)
    starts = [i for i, line in enumerate(lines) if line in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT")]
    return [(lines[i][6:], lines[i + 1][8:], lines[i + 3][11:]) for i in starts]


def test_vtimezone_holds_a_change_at_the_last_minute_of_the_year():
    """Dhaka left summer time at midnight ending 31 December 2009 (17:00 UTC). Catches a
    window of changes that stops before the last day of the sessions' year is walked (checked
    by planting its end at local midnight on 31 December)."""
    december = datetime(2009, 12, 1, 4, tzinfo=UTC)
    assert _observances("Asia/Dhaka", december, december + timedelta(days=30)) == [
        ("STANDARD", "20090101T000000", "+0600"),
        ("DAYLIGHT", "20090619T230000", "+0700"),
        ("STANDARD", "20100101T000000", "+0600"),
    ]


def test_vtimezone_stops_soon_after_the_sessions_year():
    """Marrakesh, December 2027: Morocco's clocks change around Ramadan, in 2028 on 23 January.
    Catches a window running on into February of the next year (a change no session needs)."""
    december = datetime(2027, 12, 6, 9, tzinfo=UTC)
    assert _observances("Africa/Casablanca", december, december + timedelta(days=11)) == [
        ("STANDARD", "20270101T000000", "+0100"),
        ("DAYLIGHT", "20270207T030000", "+0000"),  # tzdata: +01 standard, +00 in Ramadan
        ("STANDARD", "20270314T020000", "+0100"),
    ]


# -- More of the cue track, JSON helpers and link rules ------------------------------------------


def test_vtt_track_of_one_session_names_it_and_its_authors():
    """Catches the NOTE block without the session's title (or with "XXXX", or the title
    looked up in every session), the author and organisation joined otherwise, the count of
    notes left out, and cue identifiers dropped; a speaker's lead-in without a stance has no
    blank before its colon (``lstrip`` for ``rstrip``)."""
    report = sample_report()
    speaker = "United Republic of Tanzania, on behalf of the African Telecommunications Union"
    assert cues.render(report, report.bodies[1].sessions[0]) == (
        "WEBVTT\n"
        "\n"
        "NOTE\n"
        "Observer notes, PP-26 Doha: Outside scheduled sessions\n"
        "A. Observer, Digital Rights Watch\n"
        "1 note(s) without a position in the recording are not in this track.\n"
        "\n"
        "n4\n"
        "01:00:00.000 --> 01:00:05.000\n"
        f"<v {speaker}>{speaker}: “all agreed” (1:00:00–1:00:02) — confirmed</v>\n"
    )


def test_vtt_track_of_the_whole_report_with_options():
    """Catches a title given to a track of several sessions, the organisation dropped when
    there is no author (``author and organization``), and the options (``max_chars``) not
    passed on."""
    report = dataclasses.replace(sample_report(), author="")
    assert cues.render(report, max_chars=5) == (
        "WEBVTT\n"
        "\n"
        "NOTE\n"
        "Observer notes, PP-26 Doha\n"
        "Digital Rights Watch\n"
        "2 note(s) without a position in the recording are not in this track.\n"
        "\n"
        "n1\n"
        "00:05:03.250 --> 00:05:08.250\n"
        "<v Brazil>Brazil (supports): Suppo…</v>\n"
        "\n"
        "n4\n"
        "01:00:00.000 --> 01:00:05.000\n"
        "<v United Republic of Tanzania, on behalf of the African Telecommunications Union>"
        "United Republic of Tanzania, on behalf of the African Telecommunications Union: “all…</v>\n"
    )


def test_cue_lead_in_of_a_stance_without_speaker():
    """Catches the stance dropped when the note names no speaker."""
    cue = cues.Cue(0, 1000, "n1", "", "concern", "text")
    assert cues._label(cue) == "(concern) "
    assert cues._label(dataclasses.replace(cue, stance="")) == ""


def test_agenda_groups_of_older_session_objects():
    """Catches ``agenda_groups`` failing on a session without ``agenda`` (all its notes in one
    group without item) or on groups without an ``item`` or with ``None``."""
    note = _entry()
    assert json_report.agenda_groups(SimpleNamespace(entries=[note])) == [("", [note])]
    session = SimpleNamespace(
        agenda=[SimpleNamespace(entries=[note]), SimpleNamespace(item=None, entries=[])],
        entries=[note],
    )
    assert json_report.agenda_groups(session) == [("", [note]), ("", [])]


def test_iso_times_of_other_zones_are_written_in_utc():
    """Catches the fast path taken for a time that is not in UTC (its local time marked "Z")."""
    seoul = datetime(2026, 11, 30, 15, 15, 3, 250000, tzinfo=clock.zone("Asia/Seoul"))
    assert json_report.iso(seoul) == "2026-11-30T06:15:03.250Z"
    assert json_report.iso(datetime(2026, 11, 30, 6, 15, tzinfo=UTC)) == "2026-11-30T06:15:00.000Z"


def test_public_links_up_to_2048_characters():
    """Catches the length limit moved by one either way."""
    base = "https://x.org/"
    assert json_report.public_url(base + "a" * (2048 - len(base))) is not None
    assert json_report.public_url(base + "a" * (2049 - len(base))) is None


def test_markdown_link_destinations_keep_ordinary_characters():
    """Catches other characters (an "X") percent-encoded with the few that must be."""
    assert markdown._url("https://x.org/DocX_1") == "https://x.org/DocX_1"


def test_empty_ids_are_written_as_null():
    """Catches an empty conference id written as "" (``_opt`` passing any value on), and
    ``_common`` failing on older entries that carry no ``session_id`` at all."""
    assert json_report.report_data(_report([], conference_id=""))["conference"]["id"] is None
    old_entries = [SimpleNamespace(note_id="n1"), SimpleNamespace(note_id="n2")]
    assert json_report.session_id(_session(entries=old_entries)) is None


def test_quote_times_without_a_link():
    """Catches a made-up link ("XXXX") when the caller gives none."""
    quote = Quote("we agree", "0:06:00–0:06:04", "09:06:00 +03")
    assert markdown.quote_times(quote) == "said 09:06:00 +03, video 0:06:00–0:06:04"
    assert markdown.quote_times(Quote("we agree", "0:06:00–0:06:04")) == "video 0:06:00–0:06:04"


def test_vtimezone_does_not_depend_on_the_machine_zone(monkeypatch):
    """Catches instants of the walk kept in the machine's own zone (``astimezone(None)``):
    its wall time, not UTC's, then became the observances' DTSTART. The machine is set to Los
    Angeles for the test (``time.tzset``), and set back."""
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        assert _observances("Europe/Berlin", _nov(30, 9), _nov(30, 10)) == [
            ("STANDARD", "20260101T000000", "+0100"),
            ("DAYLIGHT", "20260329T020000", "+0200"),
            ("STANDARD", "20261025T030000", "+0100"),
        ]
    finally:
        monkeypatch.undo()
        time.tzset()

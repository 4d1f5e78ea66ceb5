"""Transcript quotes as data (issue 19): JSON gives each note an array of quote objects, CSV
five columns a spreadsheet reads (one line per quote), the calendar the quote in its event's
description. Same note as tests/unit/test_report_quotes.py, expected values written by hand:
taken 20:00 into the recording of a sitting that started 10:00 Geneva time (09:00 UTC), it
quotes words said 8 s earlier, 19:52-19:58 in the player, by Whisper ("automatic")."""

from __future__ import annotations

import csv
import io
import json

from observer_app.core.export import csv_report, ical, json_report
from tests.unit.test_report_quotes import LINK, START, WORDS, conference, report

NOTE = f"Strong support: “{WORDS}” (19:52–19:58, automatic) then “=Kenya agreed” (20:01–20:03)"


def test_json_has_an_array_of_quote_objects():
    data = json.loads(json_report.render(report(NOTE)))
    entry = data["bodies"][0]["sessions"][0]["entries"][0]
    assert entry["quotes"] == [
        {
            "text": WORDS,
            "said_at": "2026-11-29T09:19:52.000Z",
            "video": "19:52–19:58",
            "video_start_ms": 1_192_000,
            "video_end_ms": 1_198_000,
            "link": LINK,
            "source": "automatic",
        },
        {
            "text": "=Kenya agreed",
            "said_at": "2026-11-29T09:20:01.000Z",
            "video": "20:01–20:03",
            "video_start_ms": 1_201_000,
            "video_end_ms": 1_203_000,
            "link": "https://webcast.example/rec/plenary-7.mp4#t=1201",
            "source": None,  # the note does not say (written before quotes carried it)
        },
    ]
    assert json_report.validate(data) == []


def test_json_of_a_note_without_quotes_has_an_empty_array_and_a_wrong_quote_is_refused():
    data = json.loads(json_report.render(report("No quote here")))
    entry = data["bodies"][0]["sessions"][0]["entries"][0]
    assert entry["quotes"] == []
    assert json_report.validate(data) == []
    entry["quotes"] = [{"text": "x", "source": "guessed"}]
    assert json_report.validate(data)  # the schema holds the quote objects to their fields


def test_csv_has_quote_columns_a_spreadsheet_reads_formula_safe():
    table = list(csv.reader(io.StringIO(csv_report.render(report(NOTE)).lstrip("\ufeff"))))
    row = dict(zip(table[0], table[1], strict=True))
    assert row["quotes"] == f"{WORDS}\n=Kenya agreed"
    assert row["quotes_said_at"] == "2026-11-29T09:19:52.000Z\n2026-11-29T09:20:01.000Z"
    assert row["quotes_video"] == "19:52–19:58\n20:01–20:03"
    assert row["quotes_link"] == f"{LINK}\nhttps://webcast.example/rec/plenary-7.mp4#t=1201"
    assert row["quotes_source"] == "automatic\n"
    # A quote that would start a formula is made inert like any other cell.
    single = list(csv.reader(io.StringIO(csv_report.render(report("“=1+2” (0:10–0:12)")))))
    assert dict(zip(single[0], single[1], strict=True))["quotes"] == "'=1+2"


def test_the_calendar_event_describes_the_quotes_of_its_session():
    quotes = ical.quotes_by_session(report(NOTE))
    assert list(quotes) == ["pl-7"]
    out = ical.render_sessions(
        conference(), conference().sessions, now=START, alarm=None, quotes=quotes
    )
    unfolded = out.replace("\r\n ", "")
    description = next(x for x in unfolded.split("\r\n") if x.startswith("DESCRIPTION:"))
    assert description == (
        "DESCRIPTION:PP-26\\nQuoted:\\n"
        f"“{WORDS}”\\n  (said 2026-11-29 09:19:52 UTC\\, video 19:52–19:58\\, automatic)"
        f"\\n  {LINK}\\n"
        "“=Kenya agreed”\\n  (said 2026-11-29 09:20:01 UTC\\, video 20:01–20:03)"
        "\\n  https://webcast.example/rec/plenary-7.mp4#t=1201"
    )

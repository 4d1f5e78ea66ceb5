"""Issue 17: real conference files read right. Each trouble seen in real files has a case built
here (the smallest file showing it) and, where one exists, a real public file in tests/data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from observer_app.core.feeds.base import norm_key
from observer_app.core.feeds.parse import parse_source
from tests.conftest import PINNED_NOW

DATA = Path(__file__).resolve().parents[2] / "data" / "feeds"


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


# --- frab / pentabarf schedule.xml -------------------------------------------------------------

FRAB_OLD_STYLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <version>0.9</version>
  <conference>
    <acronym>pp14</acronym>
    <title>PP-14 side events</title>
    <time_zone_name>Asia/Seoul</time_zone_name>
    <base_url>https://pp14.example.org/schedule/</base_url>
    <day_change>04:00</day_change>
  </conference>
  <day index="1" date="2014-10-21">
    <room name="Room B">
      <event id="7">
        <start>09:30</start>
        <duration>01:30</duration>
        <title>Civil society briefing</title>
        <language>fr</language>
        <attachments>
          <attachment type="slides" href="/system/attachments/7/briefing.pdf">Briefing slides</attachment>
          <attachment href="Document 67-E.pdf">Document 67-E</attachment>
        </attachments>
      </event>
      <event id="8">
        <start>01:00</start>
        <duration>00:30</duration>
        <title>Night drafting group</title>
      </event>
      <event id="9">
        <start>23:00</start>
        <title>Reception</title>
      </event>
    </room>
  </day>
</schedule>
"""


def test_frab_xml_is_read_like_the_schedule_json(tmp_path: Path) -> None:
    """A frab schedule.xml was refused as "neither XMLTV nor RSS": now its rooms are bodies and
    its events sessions, times in the declared zone, after-midnight starts on the next day."""
    path = tmp_path / "schedule.xml"
    path.write_bytes(FRAB_OLD_STYLE)
    result = parse_source(FRAB_OLD_STYLE, str(path))
    assert result.ok, result.problems
    assert result.kind == "pretalx"
    assert (result.name, result.timezone) == ("PP-14 side events", "Asia/Seoul")
    assert [b.name for b in result.bodies] == ["Room B"]
    by_title = {s.title: s for s in result.sessions}
    briefing = by_title["Civil society briefing"]
    assert (briefing.start, briefing.end) == (utc(2014, 10, 21, 0, 30), utc(2014, 10, 21, 2, 0))
    # 01:00 is before the day change (04:00): the early hours of the 22nd, 16:00 UTC on the 21st.
    assert by_title["Night drafting group"].start == utc(2014, 10, 21, 16, 0)


def test_frab_site_relative_links_resolve_against_the_declared_base_url(tmp_path: Path) -> None:
    """``/system/...pdf`` read from a file became a dead file: link; the schedule declares where
    it lives (``base_url``), so its links point there."""
    result = parse_source(FRAB_OLD_STYLE, str(tmp_path / "schedule.xml"))
    urls = {d.title: d.files[0].url for d in result.documents}
    assert urls["Briefing slides"] == "https://pp14.example.org/system/attachments/7/briefing.pdf"
    assert urls["Document 67-E"] == "https://pp14.example.org/schedule/Document 67-E.pdf"
    document = next(d for d in result.documents if d.title == "Document 67-E")
    assert (document.symbol, document.files[0].language) == ("67", "en")


def test_frab_event_without_duration_gets_the_one_no_end_rule() -> None:
    result = parse_source(FRAB_OLD_STYLE, "schedule.xml")
    reception = next(s for s in result.sessions if s.title == "Reception")
    assert reception.end - reception.start == utc(2000, 1, 1, 1) - utc(2000, 1, 1)
    assert any("assumed one hour" in w and "Room B/2/duration" in w for w in result.warnings), (
        result.warnings
    )


def test_real_pretalx_frab_export_is_read() -> None:
    """pretalx's own frab XML fixture (PrivacyWeek 2016): both events, in their room."""
    path = DATA / "schedule" / "pretalx_frab_schedule_minimal_2.xml"
    result = parse_source(path.read_bytes(), str(path))
    assert result.ok, result.problems
    assert result.name == "PrivacyWeek 2016"
    assert [b.name for b in result.bodies] == ["Volkskundemuseum"]
    assert [(s.title, s.start) for s in result.sessions] == [
        ("Eröffnungsrede", utc(2016, 10, 24, 7, 30)),
        ("Best Talk", utc(2016, 10, 24, 8, 30)),
    ]


def test_an_xml_schedule_of_another_kind_is_still_refused_by_name() -> None:
    data = b"<?xml version='1.0'?><schedule><class>Maths</class></schedule>"
    result = parse_source(data, "timetable.xml")
    assert not result.ok
    assert "<schedule>" in result.problems[0]


# --- iCalendar ---------------------------------------------------------------------------------


def vevent(
    uid: str, start: str, end: str | None = "", extra: str = "", room: str = "Plenary"
) -> str:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20141001T000000Z", f"DTSTART:{start}"]
    if end is not None:
        lines.append(f"DTEND:{end or start[:9] + str(int(start[9:11]) + 1).zfill(2) + start[11:]}")
    lines += [f"SUMMARY:Sitting {uid}", f"LOCATION:{room}"]
    lines += [line for line in extra.split("\n") if line]
    return "\r\n".join([*lines, "END:VEVENT"]) + "\r\n"


def vcalendar(*events: str, head: str = "") -> str:
    inner = "".join(events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{head}{inner}END:VCALENDAR\r\n"


def read(text: str | bytes, name: str = "c.ics"):
    data = text.encode() if isinstance(text, str) else text
    return parse_source(data, name, now=PINNED_NOW)


def test_a_stream_of_several_vcalendar_objects_is_read_whole() -> None:
    """RFC 5545 allows several VCALENDAR objects in one stream; it was refused with the library's
    "Found multiple components" and no line."""
    stream = vcalendar(vevent("a@x", "20141021T010000Z")) + vcalendar(
        vevent("b@x", "20141022T010000Z"), vevent("c@x", "20141023T010000Z")
    )
    result = read(stream)
    assert result.ok, result.problems
    assert sorted(s.id for s in result.sessions) == ["a@x", "b@x", "c@x"]
    assert any("2 calendars (VCALENDAR)" in w for w in result.warnings), result.warnings


def test_a_malformed_value_in_an_unused_property_costs_nothing_but_a_warning() -> None:
    broken = vevent("a@x", "20141021T010000Z").replace(
        "DTSTAMP:20141001T000000Z", "DTSTAMP:2014100X"
    )
    stray = vcalendar(broken, vevent("b@x", "20141022T010000Z")).replace(
        "END:VCALENDAR", "garbage without a colon\r\nEND:VCALENDAR"
    )
    result = read(stray)
    assert sorted(s.id for s in result.sessions) == ["a@x", "b@x"]
    assert any(w.startswith("event 'a@x': DTSTAMP cannot be read") for w in result.warnings), (
        result.warnings
    )
    line = stray.splitlines().index("garbage without a colon") + 1
    assert any(w.startswith(f"line {line}: ") and "skipped" in w for w in result.warnings), (
        result.warnings
    )


def test_a_fold_inside_a_utf8_character_is_unfolded_before_decoding() -> None:
    """A generator folded at 75 bytes in the middle of "é": the whole file was read as
    ISO-8859-1 and every accented title and room came out garbled (rooms no longer merged)."""
    room = "Salle plénière Séoul".encode()
    cut = room.index("é".encode()) + 1  # between the two bytes of the first é
    folded = b"LOCATION:" + room[:cut] + b"\r\n " + room[cut:]
    text = vcalendar(
        vevent("a@x", "20141021T010000Z", room="@@"),
        vevent("b@x", "20141022T010000Z", room="Salle plénière Séoul"),
    )
    result = read(text.encode().replace(b"LOCATION:@@", folded))
    assert [b.name for b in result.bodies] == ["Salle plénière Séoul"]
    assert not any("not UTF-8" in w for w in result.warnings), result.warnings
    # A fold between whole characters still reads the same, and line numbers are kept.
    assert read(text.replace("@@", "Salle plénière Séoul")).counts() == result.counts()


def test_cancelled_sittings_and_occurrences_are_left_out_with_a_warning() -> None:
    plain = vevent("gone@x", "20141021T010000Z", extra="STATUS:CANCELLED")
    series = vevent("daily@x", "20141022T010000Z", extra="RRULE:FREQ=DAILY;COUNT=3")
    override = vevent(
        "daily@x",
        "20141023T010000Z",
        extra="RECURRENCE-ID:20141023T010000Z\nSTATUS:CANCELLED",
    )
    result = read(vcalendar(plain, series, override))
    assert [s.start for s in result.sessions] == [utc(2014, 10, 22, 1), utc(2014, 10, 24, 1)]
    assert any("2 cancelled sittings (STATUS:CANCELLED) left out" in w for w in result.warnings)


def test_real_calendar_with_a_cancelled_override() -> None:
    """python-recurring-ical-events' issue 18 calendar: 3 daily sittings, the second cancelled."""
    path = DATA / "ics" / "recurring-ical-events_issue_18_cancel_status.ics"
    result = parse_source(path.read_bytes(), str(path), now=PINNED_NOW)
    assert [s.start for s in result.sessions] == [utc(2020, 1, 28, 21), utc(2020, 1, 30, 21)]


WINDOWS_ZONE = """BEGIN:VTIMEZONE\r
TZID:{tzid}\r
BEGIN:STANDARD\r
DTSTART:16010101T000000\r
TZOFFSETFROM:{offset}\r
TZOFFSETTO:{offset}\r
END:STANDARD\r
END:VTIMEZONE\r
"""


def test_the_files_own_vtimezone_comes_before_a_windows_zone_name() -> None:
    """Two Windows names, two behaviours: "Korea Standard Time" took Asia/Seoul over the file's
    own rules (12 h wrong, silently), "Tokyo Standard Time" kept them. One rule: the file's own."""
    for tzid in ("Korea Standard Time", "Tokyo Standard Time"):
        zone = WINDOWS_ZONE.format(tzid=tzid, offset="-0300")
        event = (
            vevent("a@x", "20141021T090000", "20141021T100000")
            .replace("DTSTART:", f"DTSTART;TZID={tzid}:")
            .replace("DTEND:", f"DTEND;TZID={tzid}:")
        )
        result = read(vcalendar(event, head=zone))
        assert result.sessions[0].start == utc(2014, 10, 21, 12), tzid
        assert any(tzid in w and "UTC-03:00" in w for w in result.warnings), result.warnings
        assert result.timezone == ""
    # When the file's rules are those of the zone Windows names, that zone is the calendar's.
    zone = WINDOWS_ZONE.format(tzid="Korea Standard Time", offset="+0900")
    event = (
        vevent("a@x", "20141021T090000", "20141021T100000")
        .replace("DTSTART:", "DTSTART;TZID=Korea Standard Time:")
        .replace("DTEND:", "DTEND;TZID=Korea Standard Time:")
    )
    result = read(vcalendar(event, head=zone))
    assert (result.sessions[0].start, result.timezone) == (utc(2014, 10, 21, 0), "Asia/Seoul")
    assert result.warnings == []


def test_a_sitting_without_end_lasts_an_hour_but_never_over_the_next_one() -> None:
    open_ended = vevent("open@x", "20141021T010000Z", end=None)
    soon = vevent("next@x", "20141021T013000Z")
    late = vevent("late@x", "20141021T050000Z", end=None)
    result = read(vcalendar(open_ended, soon, late))
    ends = {s.id: s.end for s in result.sessions}
    assert ends == {
        "open@x": utc(2014, 10, 21, 1, 30),
        "next@x": utc(2014, 10, 21, 2, 30),
        "late@x": utc(2014, 10, 21, 6),
    }
    assert sum("assumed one hour" in w for w in result.warnings) == 2


# --- Indico ------------------------------------------------------------------------------------


def indico_event(event_id: int, title: str, start: str, end: str | None, room: str) -> dict:
    date, time = start.split("T")
    event = {
        "_type": "Conference",
        "id": str(event_id),
        "title": title,
        "room": room,
        "timezone": "Europe/Zurich",
        "startDate": {"date": date, "time": time, "tz": "Europe/Zurich"},
    }
    if end:
        event["endDate"] = {
            "date": end.split("T")[0],
            "time": end.split("T")[1],
            "tz": "Europe/Zurich",
        }
    return event


def test_every_event_of_a_multi_event_indico_export_is_read() -> None:
    """A category export holds many events: only the first was read."""
    import json

    export = {
        "_type": "HTTPAPIResult",
        "results": [
            indico_event(
                1,
                "CWG-Internet, 1st meeting",
                "2026-12-01T09:30:00",
                "2026-12-01T12:30:00",
                "Popov",
            ),
            indico_event(
                2, "CWG-WSIS, 2nd meeting", "2026-12-02T14:30:00", "2026-12-02T17:30:00", "Popov"
            ),
            indico_event(3, "Council briefing", "2026-12-03T10:00:00", None, "Room H"),
        ],
    }
    result = parse_source(json.dumps(export).encode(), "category.json")
    assert result.ok, result.problems
    assert sorted(s.title for s in result.sessions) == [
        "CWG-Internet, 1st meeting",
        "CWG-WSIS, 2nd meeting",
        "Council briefing",
    ]
    assert sorted(b.name for b in result.bodies) == ["Popov", "Room H"]
    assert result.timezone == "Europe/Zurich"
    # An event with a start and no end is not dropped: the one rule, with its warning.
    briefing = next(s for s in result.sessions if s.title == "Council briefing")
    assert (briefing.start, briefing.end) == (utc(2026, 12, 3, 9), utc(2026, 12, 3, 10))
    assert any("results/2/endDate" in w and "assumed one hour" in w for w in result.warnings)


# --- XMLTV -------------------------------------------------------------------------------------

GUIDE_TWICE = b"""<?xml version="1.0" encoding="UTF-8"?>
<tv>
<channel id="pp14.com5"><display-name>Committee 5</display-name></channel>
<programme start="20141021093000 +0900" stop="20141021123000 +0900" channel="pp14.com5"><title>Committee 5, 2nd meeting</title></programme>
<programme start="20141021140000 +0900" stop="20141021140000 +0900" channel="pp14.com5"><title>Announcement</title></programme>
<programme start="20141021143000 +0900" stop="20141021173000 +0900" channel="pp14.com5"><title>Committee 5, 3rd meeting</title></programme>
<channel id="pp14.com5"><display-name>Committee 5</display-name></channel>
<programme start="20141021093000 +0900" stop="20141021123000 +0900" channel="pp14.com5"><title>Committee 5, 2nd meeting</title></programme>
<programme start="20141021140000 +0900" stop="20141021140000 +0900" channel="pp14.com5"><title>Announcement</title></programme>
<programme start="20141021143000 +0900" stop="20141021173000 +0900" channel="pp14.com5"><title>Committee 5, 3rd meeting</title></programme>
</tv>"""


def test_a_channel_declared_twice_gives_its_programmes_once() -> None:
    result = parse_source(GUIDE_TWICE, "guide.xml")
    assert [b.id for b in result.bodies] == ["pp14.com5"]
    assert [s.title for s in result.sessions] == [
        "Committee 5, 2nd meeting",
        "Announcement",
        "Committee 5, 3rd meeting",
    ]
    assert any("3 programmes listed twice" in w for w in result.warnings), result.warnings


def test_a_zero_length_programme_is_not_stretched_over_the_next() -> None:
    result = parse_source(GUIDE_TWICE, "guide.xml")
    announcement = next(s for s in result.sessions if s.title == "Announcement")
    following = next(s for s in result.sessions if s.title == "Committee 5, 3rd meeting")
    assert announcement.end == following.start == utc(2014, 10, 21, 5, 30)


# --- body names: one rule ----------------------------------------------------------------------

NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
SEPARATORS = st.text(st.sampled_from(" -_.,:;/()\t"), min_size=1, max_size=3)


@given(NAMES, SEPARATORS, st.integers(min_value=0, max_value=20))
def test_spacing_and_punctuation_do_not_part_names(name: str, separator: str, at: int) -> None:
    at = min(at, len(name))
    assert norm_key(name[:at] + separator + name[at:]) == norm_key(name)
    assert norm_key(name.upper()) == norm_key(name.upper().lower())


@given(NAMES.filter(lambda n: norm_key(n) != ""), st.integers(min_value=0, max_value=20))
def test_a_plus_always_parts_names(name: str, at: int) -> None:
    at = min(at, len(name))
    assert norm_key(name[:at] + "+" + name[at:]) != norm_key(name)


def test_the_documented_examples() -> None:
    same = ["Committee 5", "committee5", "COMMITTEE-5", "Committee  5", "Committée 5"]
    assert len({norm_key(n) for n in same}) == 1
    assert norm_key("X") != norm_key("X+")
    assert norm_key("EBS+1") != norm_key("EBS1")
    assert norm_key("EBS+1") == norm_key("ebs +1")


def test_combine_keeps_x_and_x_plus_apart_and_merges_committee5() -> None:
    from observer_app.core.feeds.combine import combine

    playlist = (
        b"#EXTM3U\n"
        b'#EXTINF:-1 tvg-id="x" group-title="X",X\nhttp://127.0.0.1/x.m3u8\n'
        b'#EXTINF:-1 tvg-id="xp" group-title="X+",X+\nhttp://127.0.0.1/xp.m3u8\n'
        b'#EXTINF:-1 tvg-id="c5" group-title="Committee5",Committee 5\nhttp://127.0.0.1/c5.m3u8\n'
    )
    calendar = vcalendar(vevent("s@x", "20141021T010000Z", room="Committee 5"))
    conference = combine([parse_source(playlist, "c.m3u"), read(calendar)], warnings=[])
    assert sorted(b.name for b in conference.bodies) == ["Committee5", "X", "X+"]


# --- warnings that were wrong ------------------------------------------------------------------

FEED_BODY = (
    '<rss version="2.0"><channel><title>PP-14 documents</title>'
    "<item><title>Document 67-E: Résolution</title><link>http://127.0.0.1/67</link></item>"
    "<item></item><item><title> </title></item>"
    "</channel></rss>"
)


def test_the_encoding_warning_says_nothing_was_declared_when_nothing_was() -> None:
    undeclared = parse_source(FEED_BODY.encode("cp1252"), "docs.rss")
    assert not any("declared encoding" in w for w in undeclared.warnings), undeclared.warnings
    assert any("declares no encoding" in w and "windows-1252" in w for w in undeclared.warnings)
    declared = parse_source(
        ('<?xml version="1.0" encoding="utf-8"?>' + FEED_BODY).encode("cp1252"), "docs.rss"
    )
    assert any("declared encoding (utf-8) is wrong" in w for w in declared.warnings)


def test_an_empty_feed_entry_is_not_a_nameless_document() -> None:
    result = parse_source(FEED_BODY.encode(), "docs.rss")
    assert [d.symbol for d in result.documents] == ["67"]
    assert sum("no title, link or enclosure" in w for w in result.warnings) == 2


def test_no_library_warning_reaches_the_command_lines_stderr(tmp_path: Path) -> None:
    """icalendar printed "GloballyUniqueTZIDGuessed: ..." on stderr for a Mozilla TZID; what it
    means is in the source's own warnings."""
    import os
    import subprocess
    import sys

    calendar = vcalendar(
        vevent("a@x", "20141021T090000", "20141021T100000")
        .replace("DTSTART:", "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:")
        .replace("DTEND:", "DTEND;TZID=/mozilla.org/20050126_1/Europe/Berlin:")
    )
    path = tmp_path / "moz.ics"
    path.write_text(calendar)
    env = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy"}
    env.pop("DISPLAY", None)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "observer_app",
            "--data-dir",
            str(tmp_path / "data"),
            "feed",
            "check",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    assert "read as Europe/Berlin" in run.stdout
    assert run.stderr == ""


def test_an_event_exported_twice_by_an_editing_client_is_one_sitting() -> None:
    """Found by the corpus (recurring-ical-events' alarm_absolute_edited.ics): the same UID
    without RECURRENCE-ID, once per SEQUENCE; only the latest edit is a sitting."""
    first = vevent("edited@x", "20141021T010000Z", extra="SEQUENCE:0")
    edit = vevent("edited@x", "20141021T020000Z", extra="SEQUENCE:1")
    latest = vevent("edited@x", "20141021T030000Z", extra="SEQUENCE:2")
    result = read(vcalendar(edit, latest, first))  # neither the first nor the last in the file
    assert [(s.id, s.start) for s in result.sessions] == [("edited@x", utc(2014, 10, 21, 3))]
    assert any("2 earlier versions of an event" in w for w in result.warnings), result.warnings


def test_a_rule_with_until_keeps_it_when_its_count_is_out_of_range() -> None:
    """Found by the corpus (issue_128_only_first_event.ics): COUNT=-1 beside an UNTIL cost the
    whole rule; the UNTIL still bounds it (as recurring-ical-events reads it)."""
    series = vevent(
        "weekly@x",
        "20141020T010000Z",
        extra="RRULE:FREQ=WEEKLY;UNTIL=20141110T000000Z;COUNT=-1",
    )
    result = read(vcalendar(series))
    assert [s.start.day for s in result.sessions] == [20, 27, 3]
    assert any("both UNTIL and COUNT=-1" in w for w in result.warnings), result.warnings

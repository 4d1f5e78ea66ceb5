"""Issue 17: real conference files read right. Each trouble seen in real files has a case built
here (the smallest file showing it) and, where one exists, a real public file in tests/data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from observer_app.core.feeds.parse import parse_source

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

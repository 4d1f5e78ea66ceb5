"""Property tests: whatever bytes arrive, ``parse_source`` returns (never raises, never hangs)
either problems or a result whose parts hang together, with warnings for what it skipped."""

from __future__ import annotations

import codecs
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from observer_app.core.feeds.parse import parse_source

DATA = Path(__file__).resolve().parents[2] / "data" / "feeds"
REAL = [
    DATA / "m3u" / "ipytv_m3u_plus.m3u",
    DATA / "m3u" / "iptv-playlist-parser_base.m3u",
    DATA / "xmltv" / "xmltv_simple.xml",
    DATA / "ics" / "icalendar_timezoned.ics",
    DATA / "ics" / "icalendar_event_with_recurrence_exdates_on_different_lines.ics",
    DATA / "indico" / "indico_event_sessions.json",
    DATA / "schedule" / "voc-schedule_invalid-example.json",
    DATA / "feeds" / "feedparser_json_example.json",
    DATA / "feeds" / "gofeed_rss_issue_303_encoded_no_namespace.xml",
]
KINDS = [None, "m3u", "xmltv", "ical", "indico", "pretalx", "rss", "observer"]
FAST = settings(
    max_examples=250, deadline=2000, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


def check(data: bytes, kind=None, source: str = "input.bin"):
    result = parse_source(data, source, kind)
    assert result.kind in (
        "observer",
        "m3u",
        "xmltv",
        "ical",
        "indico",
        "pretalx",
        "rss",
        "unknown",
    )
    assert all(isinstance(m, str) and m for m in result.problems + result.warnings)
    if result.ok:
        body_ids = {b.id for b in result.bodies}
        assert all(s.body_id in body_ids for s in result.streams)
        assert all(s.end > s.start and s.start.tzinfo is not None for s in result.sessions)
        assert "\ufffd" not in "".join(b.name for b in result.bodies) or result.warnings
    else:
        assert result.problems
    return result


@FAST
@given(st.binary(max_size=2000), st.sampled_from(KINDS))
def test_random_bytes(data, kind):
    check(data, kind)


@FAST
@given(st.sampled_from(REAL), st.data())
def test_truncated_real_files(path, data):
    raw = path.read_bytes()
    cut = data.draw(st.integers(0, len(raw)))
    check(raw[:cut], source=str(path))


def test_every_truncation_of_a_playlist_and_a_calendar():
    for path in (DATA / "m3u" / "ipytv_m3u_plus.m3u", DATA / "ics" / "icalendar_timezoned.ics"):
        raw = path.read_bytes()
        for cut in range(0, len(raw) + 1, 7):
            check(raw[:cut], source=str(path))


@FAST
@given(
    st.sampled_from(REAL),
    st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1", "utf-8-sig"]),
    st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_encodings_and_line_endings(path, encoding, newline):
    text = (
        path.read_bytes()
        .decode("utf-8", errors="replace")
        .replace("\r\n", "\n")
        .replace("\n", newline)
    )
    data = codecs.encode(text, encoding, errors="replace")
    result = check(data, source=str(path))
    if path.suffix == ".m3u" and encoding.startswith("utf"):
        assert (
            result.ok and result.streams
        )  # a playlist survives any Unicode encoding and line ending


@FAST
@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.sampled_from(
        [
            "#EXTM3U\n#EXTINF:-1 {x},{x}\n{x}\n",
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:{x}\n"
            "SUMMARY:{x}\nLOCATION:{x}\nEND:VEVENT\nEND:VCALENDAR\n",
            '<tv><programme start="{x}" stop="{x}" channel="{x}"><title>{x}</title></programme></tv>',
            '{{"schedule": {{"conference": {{"time_zone_name": "{x}", "days": [{{"rooms": {{"R": '
            '[{{"date": "{x}", "duration": "{x}"}}]}}}}]}}}}}}',
            '<rss version="2.0"><channel><item><title>{x}</title><link>{x}</link></item></channel></rss>',
        ]
    ),
)
def test_fields_full_of_junk(value, template):
    safe = value.replace('"', "'").replace("\\", "/")
    check(template.format(x=safe).encode("utf-8"))


@settings(max_examples=15, deadline=5000, derandomize=True)
@given(
    st.integers(10_000, 400_000),
    st.sampled_from(
        [
            '#EXTM3U\n#EXTINF:-1 tvg-name="',
            "BEGIN:VCALENDAR\nX:",
            '<tv><programme title="',
            '{"items": ["',
        ]
    ),
)
def test_huge_lines(size, prefix):
    check((prefix + "a" * size).encode())


@FAST
@given(
    st.sampled_from(["Asia/Seoul", "Mars/Olympus", "", "../../etc/passwd", "UTC+9", "\x00"]),
    st.sampled_from(["+0900", "+9999", "BST", "XYZ", ""]),
)
def test_bad_time_zones(zone, offset):
    ics = (
        f"BEGIN:VCALENDAR\nX-WR-TIMEZONE:{zone}\nBEGIN:VEVENT\nUID:1\nDTSTART;TZID={zone}:20141021T093000\n"
        "DTEND:20141021T103000Z\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    check(ics.encode())
    check(
        f'<tv><programme start="20141021093000 {offset}" channel="c"><title>t</title></programme></tv>'.encode()
    )


@FAST
@given(
    st.sampled_from(
        [
            "",
            "a",
            "../x.m3u8",
            "//host/x",
            "?q=1",
            "#frag",
            "C:\\x\\y.ts",
            "http://[::1",
            "%zz",
            " ",
        ]
    ),
    st.sampled_from(
        ["https://example.org/a/b.m3u", "/tmp/x.m3u", "relative.m3u", "file:///tmp/x.m3u"]
    ),
)
def test_relative_urls(url, source):
    result = check(f"#EXTM3U\n#EXTINF:-1,Name\n{url}\n".encode(), source=source)
    assert all(s.url for s in result.streams)

"""A conference assembled the way observers get it: a channel playlist, a guide, a calendar and a
document feed from different places, combined into one Conference; plus profiles."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from observer_app.core.feeds.base import decode_text
from observer_app.core.feeds.combine import combine
from observer_app.core.feeds.m3u import parse_extinf
from observer_app.core.feeds.parse import parse_source
from observer_app.core.feeds.profile import ProfileError, parse_profile

PLAYLIST = (
    '\ufeff#EXTM3U x-tvg-url="guide.xml"\r\n'
    '#EXTINF:-1 tvg-id="pp14.plenary" tvg-name="Plenary" group-title="Plenary",Plenary (floor)\r\n'
    "#EXTVLCOPT:http-user-agent=ObserverTest/1.0\r\n"
    "#EXTVLCOPT:http-referrer=https://webcast.example.org/\r\n"
    "https://webcast.example.org/pl/index.m3u8\r\n"
    '#EXTINF:-1 tvg-id="pp14.com5" group-title="Committee 5",Committee 5, Policy and Legal\r\n'
    "com5/index.m3u8|User-Agent=Foo%20Bar&Referer=https://x.example/\r\n"
    '#EXTINF:-1 tvg-id="pp14.com5.radio" group-title="Committee 5" radio="true",Committee 5 (audio)\r\n'
    "https://webcast.example.org/com5/audio.m3u8\r\n"
).encode("utf-8")

GUIDE = b"""<?xml version="1.0" encoding="UTF-8"?>
<tv><channel id="pp14.plenary"><display-name lang="en">Plenary</display-name></channel>
<programme start="20141021093000 +0900" stop="20141021123000 +0900" channel="pp14.plenary">
  <title lang="en">Plenary, 3rd meeting</title><desc>Elections</desc></programme>
<programme start="20141021143000 +0900" stop="20141021173000 +0900" channel="pp14.com5">
  <title lang="en">Committee 5, 2nd meeting</title></programme>
<programme start="20141021143000 +0900" stop="20141021153000 +0900" channel="pp14.wsis">
  <title>Ad hoc group on WSIS</title></programme>
</tv>"""

CALENDAR = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
X-WR-CALNAME:PP-14\r
BEGIN:VTIMEZONE\r
TZID:Asia/Seoul\r
BEGIN:STANDARD\r
DTSTART:19700101T000000\r
TZOFFSETFROM:+0900\r
TZOFFSETTO:+0900\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:wgpl-1@pp14\r
DTSTAMP:20141001T000000Z\r
DTSTART;TZID=Asia/Seoul:20141022T093000\r
DTEND;TZID=Asia/Seoul:20141022T123000\r
SUMMARY:Plenary Working Group\r
LOCATION:WG-PL\r
CONFERENCE;VALUE=URI;FEATURE=AUDIO,VIDEO;LABEL=Webcast:https://webcast.example.org/wgpl/index.m3u8\r
CONFERENCE;VALUE=URI;FEATURE=PHONE:tel:+82-51-555-0100\r
RRULE:FREQ=DAILY;COUNT=3\r
EXDATE;TZID=Asia/Seoul:20141023T093000\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:com5-3@pp14\r
DTSTAMP:20141001T000000Z\r
DTSTART;TZID=Asia/Seoul:20141022T143000\r
DURATION:PT3H\r
SUMMARY:Committee 5, 3rd meeting\r
LOCATION:committee 5\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:closing@pp14\r
DTSTAMP:20141001T000000Z\r
DTSTART;VALUE=DATE:20141107\r
SUMMARY:Closing day\r
LOCATION:Plenary\r
END:VEVENT\r
END:VCALENDAR\r
"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>PP-14 documents</title><language>en</language>
<item><title>Document 67-E: Draft resolution on ICTs</title><guid>doc-67-e</guid>
  <enclosure url="https://docs.example.org/S14-PP14-C-0067!!MSW-E.pdf" type="application/pdf" length="1"/>
  <pubDate>Tue, 21 Oct 2014 08:00:00 GMT</pubDate></item>
<item><title>Document 67-F : Projet de résolution</title><guid>doc-67-f</guid>
  <link>https://docs.example.org/S14-PP14-C-0067!!MSW-F.pdf</link></item>
<item><title>DT/33(Rev.1)</title><guid>dt-33-r1</guid><link>https://docs.example.org/dt33r1.pdf</link></item>
<item><title>Information note for observers</title><guid>note-1</guid><link>notes/1.pdf</link></item>
</channel></rss>""".encode()


def _parsed():
    return [
        parse_source(PLAYLIST, "https://feeds.example.org/pp14/channels.m3u"),
        parse_source(GUIDE, "https://feeds.example.org/pp14/guide.xml"),
        parse_source(CALENDAR, "https://feeds.example.org/pp14/calendar.ics"),
        parse_source(RSS, "https://feeds.example.org/pp14/documents.rss"),
    ]


def test_each_source_alone():
    playlist, guide, calendar, rss = _parsed()
    assert [r.kind for r in (playlist, guide, calendar, rss)] == ["m3u", "xmltv", "ical", "rss"]
    assert all(r.ok for r in (playlist, guide, calendar, rss))
    pl = playlist.streams[0]
    assert (pl.user_agent, pl.referrer) == ("ObserverTest/1.0", "https://webcast.example.org/")
    com5 = playlist.streams[1]
    assert com5.url == "https://feeds.example.org/pp14/com5/index.m3u8"
    assert (com5.user_agent, com5.referrer) == ("Foo Bar", "https://x.example/")
    assert playlist.audio_only == {playlist.streams[2].id}
    assert playlist.guide_url == "https://feeds.example.org/pp14/guide.xml"
    assert calendar.timezone == "Asia/Seoul" and calendar.name == "PP-14"
    wgpl = [s for s in calendar.sessions if s.title == "Plenary Working Group"]
    assert [s.start for s in wgpl] == [
        datetime(2014, 10, 22, 0, 30, tzinfo=UTC),
        datetime(2014, 10, 24, 0, 30, tzinfo=UTC),
    ]  # EXDATE on the 23rd
    assert (
        calendar.streams[0].url == "https://webcast.example.org/wgpl/index.m3u8"
    )  # tel: is not a webcast
    assert all(s.stream_id == calendar.streams[0].id for s in wgpl)
    closing = next(s for s in calendar.sessions if s.title == "Closing day")
    assert closing.start == datetime(2014, 11, 6, 15, 0, tzinfo=UTC)  # midnight in Seoul
    assert closing.end - closing.start == (datetime(2014, 11, 8) - datetime(2014, 11, 7))
    assert {d.symbol for d in rss.documents} >= {"67", "DT/33(Rev.1)"}
    doc67 = next(d for d in rss.documents if d.symbol == "67")
    assert {f.language for f in doc67.files} == {"en", "fr"}
    note = next(d for d in rss.documents if d.title == "Information note for observers")
    assert (
        note.symbol.startswith("feed:")
        and note.files[0].url == "https://feeds.example.org/pp14/notes/1.pdf"
    )
    again = parse_source(RSS, "https://feeds.example.org/pp14/documents.rss")
    assert next(d for d in again.documents if d.title == note.title).symbol == note.symbol  # stable


def test_combine_matches_bodies_channels_and_documents():
    notes: list[str] = []
    conf = combine(_parsed(), fallback_name="Fallback", warnings=notes)
    assert conf.name == "PP-14" and conf.timezone == "Asia/Seoul"
    names = sorted(b.name for b in conf.bodies)
    assert names == [
        "Committee 5",
        "Plenary",
        "WG-PL",
        "pp14.wsis",
    ]  # the guide's unmatched channel stays
    by_name = {b.name: b for b in conf.bodies}
    plenary, com5 = by_name["Plenary"], by_name["Committee 5"]
    third = next(s for s in conf.sessions if s.title == "Plenary, 3rd meeting")
    assert third.body_id == plenary.id and conf.stream(third.stream_id).url.endswith(
        "/pl/index.m3u8"
    )
    com5_guide = next(s for s in conf.sessions if s.title == "Committee 5, 2nd meeting")
    assert com5_guide.body_id == com5.id  # matched through the playlist's tvg-id
    com5_cal = next(s for s in conf.sessions if s.title == "Committee 5, 3rd meeting")
    assert (
        com5_cal.body_id == com5.id and com5_cal.stream_id == conf.stream_for_body(com5.id).id
    )  # "committee 5"
    assert any("pp14.wsis" in n and "tvg-id" in n for n in notes)
    assert conf.document("67") is not None and len(conf.document("67").files) == 2
    assert len({s.id for s in conf.sessions}) == len(conf.sessions)
    assert len({s.id for s in conf.streams}) == len(conf.streams)
    assert all(conf.body(s.body_id) for s in conf.sessions + conf.streams)


def test_combine_deduplicates_and_falls_back_to_utc():
    rss = parse_source(RSS, "a.rss")
    notes: list[str] = []
    conf = combine(
        [rss, parse_source(RSS, "b.rss"), parse_source(b"<html><body>x</body></html>", "c")],
        warnings=notes,
    )
    assert conf.timezone == "UTC" and any("UTC" in n for n in notes)
    assert len(conf.documents) == len(rss.documents)
    twice = combine([parse_source(CALENDAR, "x.ics"), parse_source(CALENDAR, "y.ics")])
    assert len(twice.sessions) == len(parse_source(CALENDAR, "x.ics").sessions)


def test_observer_feed_through_parse_source():
    from observer_app.runtime import paths
    from observer_app.services.conference import open_feed

    now = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
    path = str(paths.demo_feed())
    direct = open_feed(path, None, now=now).feed.conference
    result = parse_source(paths.demo_feed().read_bytes(), path, now=now)
    assert result.kind == "observer" and result.ok
    assert (result.bodies, result.sessions, result.streams, result.documents) == (
        list(direct.bodies),
        list(direct.sessions),
        list(direct.streams),
        list(direct.documents),
    )
    broken = parse_source(b'{"format": "observer-conference", "format_version": 1}', "x.json")
    assert broken.kind == "observer" and not broken.ok and "missing" in broken.problems[0]


@pytest.mark.parametrize(
    "rest, attrs, name",
    [
        (
            '-1 tvg-id="a" group-title="G, H",Name, with comma',
            {"tvg-id": "a", "group-title": "G, H"},
            "Name, with comma",
        ),
        (" -1, plain", {}, "plain"),
        ("-1 tvg-name='single' radio=true,R", {"tvg-name": "single", "radio": "true"}, "R"),
        ('16 tvg-id="CH2",Channel 2', {"tvg-id": "CH2"}, "Channel 2"),
    ],
)
def test_extinf_attributes(rest, attrs, name):
    found, display, complaint = parse_extinf(rest)
    assert (found, display, complaint) == (attrs, name, "")


def test_extinf_unterminated_quote_is_reported():
    found, display, complaint = parse_extinf('-1 tvg-name="broken,Name')
    assert display == "Name" and complaint


def test_decode_text_never_replaces_silently():
    assert decode_text("Comité".encode("utf-16"))[0] == "Comité"
    text, notes = decode_text("x\nComité".encode("cp1252"), "the file")
    assert text == "x\nComité" and notes and notes[0].startswith("line 2:")
    text, notes = decode_text("Comité".encode("utf-16-le"))
    assert text == "Comité"
    assert decode_text("\ufeffok".encode("utf-8")) == ("ok", [])


PROFILE = {
    "format": "observer-profile",
    "format_version": 1,
    "name": "PP-14",
    "timezone": "Asia/Seoul",
    "sources": [
        {"url": "channels.m3u", "refresh_minutes": 30},
        {
            "url": "https://indico.example.org/export/event/7.json?detail=sessions",
            "token_secret": "indico.token",
            "kind": "indico",
        },
        "docs.rss",
    ],
}


def test_profile(tmp_path):
    source = str(tmp_path / "pp14.profile.json")
    profile = parse_profile(json.dumps(PROFILE).encode(), source)
    assert profile.name == "PP-14" and profile.timezone == "Asia/Seoul"
    assert (
        profile.sources[0].url == (tmp_path / "channels.m3u").as_uri()
        and profile.sources[0].refresh_minutes == 30
    )
    assert profile.sources[1].token_secret == "indico.token" and profile.sources[1].kind == "indico"
    assert profile.sources[2].url.endswith("/docs.rss") and profile.sources[2].refresh_minutes == 60


@pytest.mark.parametrize(
    "change, place, words",
    [
        ({"timezone": "Mars/Olympus"}, "timezone", "unknown time zone"),
        ({"format_version": 9}, "format_version", "newer"),
        ({"sources": []}, "sources", "non-empty"),
        ({"sources": [{"url": "x", "refresh_minutes": 0}]}, "sources/0/refresh_minutes", ">= 1"),
        ({"sources": [{"url": "x", "kind": "pdf"}]}, "sources/0/kind", "not one of"),
        ({"format": "observer-conference"}, "format", "expected"),
    ],
)
def test_profile_errors_name_the_field(change, place, words):
    with pytest.raises(ProfileError) as info:
        parse_profile(json.dumps({**PROFILE, **change}).encode(), "p.json")
    assert (
        info.value.place == place
        and words in info.value.problem
        and str(info.value).startswith("p.json, ")
    )


def test_profile_that_is_html_or_broken_json():
    with pytest.raises(ProfileError, match="HTML"):
        parse_profile(b"<html></html>", "p.json")
    with pytest.raises(ProfileError, match="line 1, column"):
        parse_profile(b'{"format": ', "p.json")

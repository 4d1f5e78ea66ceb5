"""Every real-world file in tests/data/feeds through ``parse_source``: kind, usability, counts,
and one named thing each (a channel, a time zone, a header), so a regression shows by name."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.clock import PINNED_NOW

from observer_app.core.feeds.parse import parse_source

DATA = Path(__file__).resolve().parents[2] / "data" / "feeds"

# file -> (kind, ok, bodies, sessions, streams, documents)
EXPECTED = {
    "m3u/ipytv_m3u_plus.m3u": ("m3u", True, 3, 0, 4, 0),
    "m3u/ipytv_m3u_plus_unencoded_logo.m3u": ("m3u", True, 4, 0, 4, 0),
    "m3u/ipytv_m3u8_nonascii.m3u": ("m3u", True, 4, 0, 4, 0),
    "m3u/iptv-playlist-parser_base.m3u": ("m3u", True, 6, 0, 6, 0),
    "m3u/iptv-playlist-parser_comment.m3u": ("m3u", True, 1, 0, 1, 0),
    "m3u/iptv-playlist-parser_kodi.m3u": ("m3u", True, 1, 0, 1, 0),
    "m3u/iptv-playlist-parser_pipe.m3u": ("m3u", True, 2, 0, 2, 0),
    "m3u/iptv-playlist-parser_user_agent.m3u": ("m3u", True, 1, 0, 1, 0),
    "m3u/iptv-playlist-parser_vlcopt.m3u": ("m3u", True, 1, 0, 1, 0),
    "m3u/iptv-playlist-parser_url_tvg.m3u": ("m3u", True, 1, 0, 1, 0),
    "m3u/iptv-playlist-parser_duplicate.m3u": ("m3u", True, 1, 0, 2, 0),
    "m3u/iptv-org_tests_playlist_generate_unsorted.m3u": ("m3u", True, 4, 0, 4, 0),
    "m3u/iptv-org_tests_playlist_normalize_bad_encoding.m3u": ("m3u", True, 1, 0, 1, 0),
    "m3u/iptv-org_tests_playlist_quality_quality_pipe.m3u": ("m3u", True, 1, 0, 1, 0),
    "m3u/iptv-org_streams_417_html_not_m3u.m3u": ("unknown", False, 0, 0, 0, 0),
    "m3u/iptv-org_streams_Imam_Hussein_TV_noext.m3u": ("m3u", True, 1, 0, 6, 0),
    "m3u/iptv-org_streams_M3u.txt_excerpt_no_EXTM3U.m3u": ("m3u", True, 1, 0, 3, 0),
    "m3u/bom_crlf__ipytv_m3u_plus.m3u": ("m3u", True, 3, 0, 4, 0),
    "m3u/crlf__iptv-org_unsorted.m3u": ("m3u", True, 4, 0, 4, 0),
    "m3u/utf16le_bom__iptv-playlist-parser_user_agent.m3u": ("m3u", True, 1, 0, 1, 0),
    "m3u/cp1252__ipytv_m3u8_nonascii.m3u": ("m3u", True, 4, 0, 4, 0),
    "m3u/no_trailing_newline__iptv-playlist-parser_user_agent.m3u": ("m3u", True, 1, 0, 1, 0),
    "xmltv/xmltv_simple.xml": ("xmltv", True, 2, 2, 0, 0),
    "xmltv/xmltv_test.xml": ("xmltv", True, 2, 1, 0, 0),
    "indico/indico_event_sessions.json": ("indico", True, 2, 4, 0, 0),
    "indico/indico_event_occurrences.json": ("indico", True, 1, 2, 0, 0),
    "schedule/voc-schedule_pretalx-democon.json": ("pretalx", True, 2, 36, 0, 0),
    "schedule/voc-schedule_hub-schedule2.json": ("pretalx", True, 2, 2, 0, 1),
    "schedule/voc-schedule_invalid-example.json": ("pretalx", True, 1, 1, 0, 0),
    "schedule/pretalx_frab_schedule_minimal_2.xml": ("pretalx", True, 1, 2, 0, 0),
    "ics/icalendar_alarm_thunderbird_future.ics": ("ical", True, 1, 1, 0, 0),
    "ics/icalendar_bom_calendar.ics": ("ical", False, 0, 0, 0, 0),
    "ics/icalendar_empty.ics": ("ical", False, 0, 0, 0, 0),
    "ics/icalendar_event_with_recurrence_exdates_on_different_lines.ics": (
        "ical",
        True,
        1,
        10,
        0,
        0,
    ),
    "ics/icalendar_fuzz_Index_Error.ics": ("ical", False, 0, 0, 0, 0),
    "ics/icalendar_fuzz_Type_Error.ics": ("ical", False, 0, 0, 0, 0),
    "ics/icalendar_fuzz_testcase_invalid_month.ics": ("ical", False, 0, 0, 0, 0),
    "ics/icalendar_fuzz_testcase_vtimezone_lone_cr.ics": ("ical", False, 0, 0, 0, 0),
    # A stray "X" line after the event: that line is skipped (warned), the event kept.
    "ics/icalendar_issue_104_broken_calendar.ics": ("ical", True, 1, 1, 0, 0),
    "ics/icalendar_issue_1081_invalid_rrule_freq.ics": ("ical", True, 1, 1, 0, 0),
    "ics/icalendar_issue_112_missing_tzinfo_on_exdate.ics": ("ical", True, 1, 11, 0, 0),
    "ics/icalendar_issue_218_bad_tzid.ics": ("ical", True, 1, 1, 0, 0),
    "ics/icalendar_issue_722_missing_timezones.ics": (
        "ical",
        True,
        1,
        2,
        0,
        0,
    ),  # its 2024 RDATE too
    "ics/icalendar_multiple_timezones.ics": ("ical", True, 1, 3, 0, 0),
    "ics/icalendar_pacific_fiji.ics": ("ical", True, 1, 1, 0, 0),
    "ics/icalendar_parsing_error_in_UTC_offset.ics": ("ical", False, 0, 0, 0, 0),
    "ics/icalendar_rfc_7986_conferences.ics": ("ical", False, 0, 0, 0, 0),
    "ics/icalendar_small_bad_calendar.ics": ("ical", False, 0, 0, 0, 0),
    "ics/icalendar_timezoned.ics": ("ical", True, 1, 1, 0, 0),
    "ics/icaljs_day_long_recur_yearly.ics": (
        "ical",
        True,
        1,
        282,
        0,
        0,
    ),  # endless: around PINNED_NOW
    "ics/icaljs_google_birthday.ics": ("ical", True, 1, 4, 0, 0),
    "ics/recurring-ical-events_issue_18_cancel_status.ics": ("ical", True, 1, 2, 0, 0),
    "ics/recurring-ical-events_issue_48_dst.ics": ("ical", True, 1, 797, 0, 0),
    "ics/recurring-ical-events_discourse_no_dtend.ics": ("ical", True, 1, 4, 0, 0),
    "ics/latin1__icalendar_calendar_with_unicode.ics": ("ical", False, 0, 0, 0, 0),
    "feeds/feedparser_json_example.json": ("rss", True, 0, 0, 0, 2),
    "feeds/gofeed_universal_sample.json": ("rss", True, 0, 0, 0, 1),
    "feeds/gofeed_universal_invalid.json": ("unknown", False, 0, 0, 0, 0),
    "feeds/gofeed_universal_rss_feed_bom.xml": ("rss", True, 0, 0, 0, 0),
    "feeds/gofeed_rss_issue_303_encoded_no_namespace.xml": ("rss", True, 0, 0, 0, 1),
    "feeds/gofeed_rss_issue_304_cloud_with_children.xml": ("rss", True, 0, 0, 0, 0),
    "feeds/gofeed_rss_issue_305_bare_ampersand.xml": ("rss", False, 0, 0, 0, 0),
    "feeds/gofeed_rss_issue_320_legacy_entity_prefix.xml": ("rss", False, 0, 0, 0, 0),
    "feeds/feedparser_illformed_aaa_illformed.xml": ("rss", False, 0, 0, 0, 0),
    "feeds/feedparser_illformed_rss_empty_document.xml": ("unknown", False, 0, 0, 0, 0),
    "feeds/feedparser_illformed_undeclared_namespace.xml": ("rss", False, 0, 0, 0, 0),
    "feeds/feedparser_illformed_rss_item_link_corrupted_ampersands.xml": ("rss", True, 0, 0, 0, 1),
    "feeds/feedparser_illformed_rss_incomplete_cdata.xml": (
        "rss",
        True,
        0,
        0,
        0,
        0,
    ),  # its entry has no title or link
    "feeds/feedparser_illformed_chardet_shiftjis.xml": ("rss", True, 0, 0, 0, 1),
    "feeds/feedparser_illformed_chardet_windows1255.xml": (
        "rss",
        True,
        0,
        0,
        0,
        0,
    ),  # its entry has no title or link
    "feeds/feedparser_illformed_http_high_bit_date.xml": ("rss", True, 0, 0, 0, 0),
    "feeds/feedparser_encoding_utf-8-bom.xml": ("rss", True, 0, 0, 0, 0),
    "feeds/feedparser_encoding_utf-16le-bom.xml": ("rss", True, 0, 0, 0, 0),
    "feeds/feedparser_encoding_euc-kr.xml": ("rss", True, 0, 0, 0, 0),
    "feeds/feedparser_encoding_bozo_invalid-bytes-with-bom.xml": ("rss", False, 0, 0, 0, 0),
    "feeds/feedparser_encoding_bozo_linenoise.xml": (
        "rss",
        True,
        0,
        0,
        0,
        0,
    ),  # its entry has no title or link
    "feeds/feedparser_encoding_bozo_double-encoded-html.xml": (
        "rss",
        True,
        0,
        0,
        0,
        0,
    ),  # its entry has no title or link
    "feeds/feedparser_wellformed_sanitize_entry_content_script.xml": (
        "rss",
        True,
        0,
        0,
        0,
        0,
    ),  # its entry has no title or link
    "feeds/feedparser_wellformed_sanitize_entry_content_onclick.xml": (
        "rss",
        True,
        0,
        0,
        0,
        0,
    ),  # its entry has no title or link
    "feeds/feedparser_wellformed_sanitize_entry_content_iframe.xml": (
        "rss",
        True,
        0,
        0,
        0,
        0,
    ),  # its entry has no title or link
    "feeds/feedparser_wellformed_sanitize_entry_content_crazy.xml": (
        "rss",
        True,
        0,
        0,
        0,
        0,
    ),  # its entry has no title or link
    "feeds/feedparser_wellformed_sanitize_entry_summary_script_map_description.xml": (
        "rss",
        True,
        0,
        0,
        0,
        0,  # its entry has no title or link
    ),
    "feeds/feedparser_wellformed_sanitize_entry_title_script.xml": ("rss", True, 0, 0, 0, 1),
}


def _read(name: str):
    # Endless recurrences are read around "now": pinned, so the counts do not follow the clock.
    return parse_source((DATA / name).read_bytes(), str(DATA / name), now=PINNED_NOW)


def test_every_copied_file_has_an_expectation():
    on_disk = {
        str(p.relative_to(DATA)) for p in DATA.rglob("*") if p.is_file() and p.name != "SOURCES.md"
    }
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(name):
    kind, ok, bodies, sessions, streams, documents = EXPECTED[name]
    result = _read(name)
    assert (result.kind, result.ok) == (kind, ok), result.problems
    assert result.counts() == {
        "bodies": bodies,
        "sessions": sessions,
        "streams": streams,
        "documents": documents,
    }
    if ok:
        assert not result.problems
    else:
        assert result.problems and all(isinstance(p, str) and p for p in result.problems)
    for session in result.sessions:
        assert session.start.tzinfo is not None and session.end > session.start
    body_ids = {b.id for b in result.bodies}
    assert all(s.body_id in body_ids for s in result.streams + result.sessions)


def test_playlist_headers_and_groups():
    pipe = _read("m3u/iptv-playlist-parser_pipe.m3u")
    first = pipe.streams[0]
    assert first.url.startswith("http://192.54.104.122:8080/") and "|" not in first.url
    assert (
        first.referrer == "http://180upload.abc/embed-uaqmgcckhpcl.html"
        and first.user_agent.startswith("Mozilla/5.0")
    )
    vlcopt = _read("m3u/iptv-playlist-parser_vlcopt.m3u").streams[0]
    assert vlcopt.user_agent.startswith("Dalvik/2.1.0") and not vlcopt.user_agent.startswith('"')
    plus = _read("m3u/ipytv_m3u_plus.m3u")
    assert [b.name for b in plus.bodies] == ["RAI", "Italia", "Intrattenimento"]
    assert (
        plus.channels["Rai 1"] == plus.streams[0].id
        and plus.guide_url == "http://myown.link:80/luke/220311/22311"
    )


def test_playlist_oddities():
    base = _read("m3u/iptv-playlist-parser_base.m3u")
    ch1 = base.streams[0]
    assert ch1.referrer == "http://player.livesports.pw/la2/" and base.bodies[0].name == "Music"
    relative = next(s for s in base.streams if s.url.endswith("stream/chunklist.m3u8"))
    assert relative.url == (DATA / "m3u" / "stream" / "chunklist.m3u8").as_uri()
    # ch1's #EXTGRP (after its #EXTINF) is ch1's, where group-title wins; it does not leak to ch2
    assert next(b for b in base.bodies if b.id == relative.body_id).name == "Channel 2"
    assert any("sudan" in w and "line 10" in w for w in base.warnings)
    names = {s.id for s in base.streams}
    assert "the-good-the-bad-and-the-ugly" in names  # comma inside a quoted attribute
    logos = _read("m3u/ipytv_m3u_plus_unencoded_logo.m3u")
    assert [b.name for b in logos.bodies] == [
        "Vacanze 83",
        "Vacanze 90",
        "Vacanze 91",
        "Vacanze 95",
    ]


def test_playlist_encodings_agree():
    plain = _read("m3u/ipytv_m3u8_nonascii.m3u")
    legacy = _read("m3u/cp1252__ipytv_m3u8_nonascii.m3u")
    assert [b.name for b in legacy.bodies] == [b.name for b in plain.bodies]
    assert any(
        "not UTF-8" in w and "Windows-1252" in w and w.startswith("line ") for w in legacy.warnings
    )
    utf16 = _read("m3u/utf16le_bom__iptv-playlist-parser_user_agent.m3u")
    utf8 = _read("m3u/iptv-playlist-parser_user_agent.m3u")
    assert utf16.streams == utf8.streams and not utf16.warnings
    assert (
        _read("m3u/bom_crlf__ipytv_m3u_plus.m3u").streams == _read("m3u/ipytv_m3u_plus.m3u").streams
    )


def test_html_saved_as_playlist_is_an_error():
    result = _read("m3u/iptv-org_streams_417_html_not_m3u.m3u")
    assert "HTML" in result.problems[0] and result.problems[0].startswith("line 1")


def test_calendars_named_facts():
    vienna = _read("ics/icalendar_timezoned.ics")
    assert vienna.timezone == "Europe/Vienna"
    assert vienna.sessions[0].start == datetime(2012, 2, 13, 9, 0, tzinfo=UTC)  # 10:00 CET
    exdates = _read("ics/icalendar_event_with_recurrence_exdates_on_different_lines.ics")
    days = {s.start.date().isoformat() for s in exdates.sessions}
    assert "2012-04-03" not in days and "2012-05-29" not in days and "2012-07-03" in days
    latin1 = _read("ics/latin1__icalendar_calendar_with_unicode.ics")
    assert any("not UTF-8" in w for w in latin1.warnings)
    broken_rule = _read("ics/icalendar_issue_1081_invalid_rrule_freq.ics")
    assert any("cannot be expanded" in w for w in broken_rule.warnings)


def test_schedules_and_exports_named_facts():
    democon = _read("schedule/voc-schedule_pretalx-democon.json")
    assert democon.name == "DemoCon" and democon.timezone == "UTC"
    assert {b.name for b in democon.bodies} == {"Gray Room", "Tan Room"}
    hub = _read("schedule/voc-schedule_hub-schedule2.json")
    assert hub.timezone == "Europe/Berlin"
    opening = next(s for s in hub.sessions if s.title == "38C3: Opening Ceremony")
    assert opening.start == datetime(2024, 12, 27, 9, 30, tzinfo=UTC)
    indico = _read("indico/indico_event_sessions.json")
    assert indico.timezone == "Europe/Zurich" and indico.name == "Export Test"
    d2s1 = next(b for b in indico.bodies if b.name == "d2s1")
    assert [s.title for s in indico.sessions if s.body_id == d2s1.id] == ["d2s1c1"]
    first = min(indico.sessions, key=lambda s: s.start)
    assert first.title == "d1c1" and first.start == datetime(2011, 6, 23, 6, 0, tzinfo=UTC)


def test_feeds_named_facts():
    guide = _read("xmltv/xmltv_simple.xml")
    phil = guide.sessions[0]
    assert phil.title == "The Phil Silvers Show" and phil.start == datetime(
        2001, 8, 28, 23, 5, tzinfo=UTC
    )
    assert guide.session_channels[phil.id] == "bbc2.bbc.co.uk"
    jf = _read("feeds/feedparser_json_example.json")
    assert jf.name == "My Example Feed" and all(d.files for d in jf.documents)
    script = _read("feeds/feedparser_wellformed_sanitize_entry_title_script.xml")
    assert script.documents[0].title == "safe description"
    shiftjis = _read("feeds/feedparser_illformed_chardet_shiftjis.xml")
    assert any("encoding" in w for w in shiftjis.warnings)

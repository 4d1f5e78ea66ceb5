"""What a source really is before its kind is looked for (issue #7): binary files refused, UTF-16
without a byte-order mark read as text, an HLS manifest taken as one stream, gzip unpacked; and
XMLTV session ids that survive the guide moving a sitting. Real bytes throughout: the demo's
Matroska recording, a real PDF, HLS manifests from hls libraries' test suites, gzip made by gzip."""

from __future__ import annotations

import argparse
import gzip
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from observer_app.cli.feed import add_feed_parser, run_feed
from observer_app.core.feeds.base import decode_text
from observer_app.core.feeds.detect import detect_kind
from observer_app.core.feeds.parse import gunzip, parse_source, prepare

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "tests" / "data"
MKV = ROOT / "resources" / "demo" / "media" / "com5.mkv"
PDF = DATA / "pdf" / "pypdf_hello-world.pdf"
PLAYLIST = DATA / "feeds" / "m3u" / "iptv-playlist-parser_base.m3u"
GUIDE = DATA / "feeds" / "xmltv" / "xmltv_simple.xml"
CALENDAR = DATA / "feeds" / "ics" / "icalendar_timezoned.ics"
CHUNKLIST = DATA / "hls" / "grafov_wowza-vod-chunklist.m3u8"


def _summary(result):
    """What a result says, for comparing two readings of the same content."""
    return (
        result.kind,
        result.ok,
        result.counts(),
        [(s.id, s.url) for s in result.streams],
        [(b.id, b.name) for b in result.bodies],
        [(s.id, s.title, s.start, s.end) for s in result.sessions],
    )


# 1. Binary files are not sources ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name, data, what",
    [
        ("video.m3u", MKV.read_bytes()[:8192], "a video file (Matroska/WebM)"),
        ("doc.m3u", PDF.read_bytes(), "a PDF document"),
        ("garbage.m3u", random.Random(7).randbytes(2000), "binary data"),
    ],
)
def test_binary_file_named_as_a_playlist_is_refused_and_nothing_is_read(name, data, what):
    result = parse_source(data, name)
    assert not result.ok and result.counts() == {
        "bodies": 0,
        "sessions": 0,
        "streams": 0,
        "documents": 0,
    }
    assert result.kind == "m3u"
    assert len(result.problems) == 1 and result.problems[0].startswith(f"this is {what}")
    assert "not a playlist" in result.problems[0] and not result.warnings
    assert detect_kind(data, name) == "binary"


def test_binary_file_is_refused_whatever_kind_it_is_said_to_be():
    data = PDF.read_bytes()
    for kind, noun in (
        ("ical", "a calendar"),
        ("xmltv", "a programme guide"),
        ("rss", "a document feed"),
    ):
        result = parse_source(data, "https://example.org/feed", kind)
        assert not result.ok and result.kind == kind
        assert result.problems == [
            f"this is a PDF document (it starts with %PDF-), not {noun}: nothing was read from it"
        ]
    garbage = parse_source(random.Random(3).randbytes(3000), "sittings.ics")
    assert (
        garbage.kind == "ical"
        and "binary data" in garbage.problems[0]
        and "not a calendar" in garbage.problems[0]
    )


def test_text_sources_are_not_taken_for_binary():
    for path in sorted((DATA / "feeds").rglob("*")):
        if path.is_file() and path.name != "SOURCES.md":
            assert detect_kind(path.read_bytes(), str(path)) != "binary", path
            assert prepare(path.read_bytes())[2] == "", path


def test_a_text_file_padded_with_nuls_is_still_text():
    data = PLAYLIST.read_bytes() + b"\x00" * 600
    assert detect_kind(data, "channels.m3u") == "m3u" and parse_source(data, "channels.m3u").streams


def test_feed_check_exits_1_for_a_video_saved_as_a_playlist(capsys, tmp_path):
    video = tmp_path / "video.m3u"
    video.write_bytes(MKV.read_bytes()[:8192])
    parser = argparse.ArgumentParser(prog="observer-app")
    add_feed_parser(parser.add_subparsers(dest="command"))
    code = run_feed(parser.parse_args(["feed", "check", str(video)]))
    out = capsys.readouterr().out
    assert code == 1
    assert (
        f"{video}: m3u, NOT USABLE" in out
        and "problem: this is a video file (Matroska/WebM)" in out
    )


# 2. UTF-16 (and UTF-32) without a byte-order mark --------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_playlist_without_bom_reads_like_its_utf8_original(codec):
    text = PLAYLIST.read_text("utf-8")
    result = parse_source(text.encode(codec), "channels.m3u")
    original = parse_source(text.encode("utf-8"), "channels.m3u")
    assert _summary(result) == _summary(original) and result.ok and result.streams
    assert not any("\x00" in s.url for s in result.streams)
    assert (
        result.warnings[0]
        == f"line 1: the source is {codec.upper()} without a byte-order mark; read as such"
    )


@pytest.mark.parametrize("declared", ["UTF-8", "UTF-16", None])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_guide_without_bom_reads_whatever_its_declaration_says(codec, declared):
    text = GUIDE.read_text("utf-8").split("\n", 1)[1]  # without its declaration
    if declared:
        text = f'<?xml version="1.0" encoding="{declared}"?>\n{text}'
    result = parse_source(text.encode(codec), "guide.xml")
    assert result.ok, result.problems
    assert _summary(result) == _summary(
        parse_source(text.encode("utf-8").replace(b"UTF-16", b"UTF-8"), "guide.xml")
    )
    assert [s.title for s in result.sessions] == ["The Phil Silvers Show", "King of the Hill"]
    assert detect_kind(text.encode(codec), "guide.xml") == "xmltv"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_calendar_without_bom_reads_like_its_utf8_original(codec):
    text = CALENDAR.read_text("utf-8")
    result = parse_source(text.encode(codec), "sittings.ics")
    assert result.ok and result.sessions, result.problems
    assert _summary(result) == _summary(parse_source(text.encode("utf-8"), "sittings.ics"))


def test_decode_text_reads_utf16le_ascii_though_it_is_valid_utf8():
    text, notes = decode_text(
        "#EXTM3U\nhttps://a.example/x.m3u8\n".encode("utf-16-le"), "the playlist"
    )
    assert text == "#EXTM3U\nhttps://a.example/x.m3u8\n"
    assert notes == ["the playlist is UTF-16-LE without a byte-order mark; read as such"]


# 3. An HLS manifest is one stream, not a playlist of channels ---------------------------------


@pytest.mark.parametrize(
    "path, what",
    [
        (DATA / "hls" / "grafov_wowza-master.m3u8", "a master playlist with 5 variants"),
        (
            DATA / "hls" / "grafov_master-with-alternatives.m3u8",
            "a master playlist with 4 variants",
        ),
        (
            DATA / "hls" / "shaka_hls-multivideo" / "blue_1.m3u8",
            "a media playlist of 1 segment, a recording",
        ),
        (
            DATA / "hls" / "grafov_media-playlist-with-program-date-time.m3u8",
            "a media playlist of ",
        ),
        (
            DATA / "hls" / "bom__shaka_hls-multivideo_master.m3u8",
            "a master playlist with 2 variants",
        ),
        (DATA / "hls" / "shaka_hls-muxed-mp4-ts_master_CRLF.m3u8", "a master playlist with "),
    ],
)
def test_hls_manifest_file_is_one_stream_whose_address_is_the_file(path, what):
    result = parse_source(path.read_bytes(), str(path))
    assert result.ok and result.kind == "m3u"
    assert result.counts() == {"bodies": 1, "sessions": 0, "streams": 1, "documents": 0}
    assert result.streams[0].url == path.resolve().as_uri()
    assert result.streams[0].body_id == result.bodies[0].id
    assert result.warnings[0].startswith(f"this is a single HLS stream ({what}")
    assert "use it as a channel" in result.warnings[0]


def test_wowza_vod_chunklist_is_one_stream_not_522_bodies():
    result = parse_source(CHUNKLIST.read_bytes(), str(CHUNKLIST))
    assert result.counts()["bodies"] == 1 and result.counts()["streams"] == 1
    assert "a media playlist of 522 segments, a recording" in result.warnings[0]


def test_hls_manifest_from_a_url_is_that_url_named_after_its_folder():
    data = (DATA / "hls" / "grafov_wowza-master.m3u8").read_bytes()
    url = "https://webcast.example.org/pp26/Committee%205/index.m3u8?token=x"
    result = parse_source(data, url)
    assert [s.url for s in result.streams] == [url]
    assert [(b.id, b.name) for b in result.bodies] == [("committee-5", "Committee 5")]
    forced = parse_source(data, url, "m3u")
    assert _summary(forced) == _summary(result)


def test_hls_manifest_without_an_address_is_a_problem_saying_what_it_is():
    result = parse_source((DATA / "hls" / "grafov_wowza-master.m3u8").read_bytes(), "")
    assert (
        not result.ok
        and "single HLS stream (a master playlist with 5 variants)" in result.problems[0]
    )


def test_iptv_playlist_with_hls_tags_is_still_a_list_of_channels():
    data = PLAYLIST.read_bytes().replace(
        b"#EXTM3U", b"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXT-X-MEDIA-SEQUENCE:1", 1
    )
    result = parse_source(data, "channels.m3u")
    assert result.ok and len(result.streams) == 6 and not any("HLS" in w for w in result.warnings)


# 4. Gzip ----------------------------------------------------------------------------------------


def test_gzipped_guide_reads_like_the_guide():
    plain = GUIDE.read_bytes()
    result = parse_source(gzip.compress(plain), "https://epg.example.org/guide.xml.gz")
    unpacked = parse_source(plain, "https://epg.example.org/guide.xml")
    assert result.ok and result.kind == "xmltv" and result.sessions
    assert _summary(result) == _summary(unpacked) and result.warnings == unpacked.warnings
    assert detect_kind(gzip.compress(plain), "guide.xml.gz") == "xmltv"


def test_gzip_of_any_kind_and_of_several_members():
    playlist = PLAYLIST.read_bytes()
    half = len(playlist) // 2
    data = (
        gzip.compress(playlist[:half]) + gzip.compress(playlist[half:]) + b"\x00" * 8
    )  # zero padding too
    result = parse_source(data, "channels.m3u.gz")
    assert (
        _summary(result) == _summary(parse_source(playlist, "channels.m3u.gz"))
        and len(result.streams) == 6
    )
    trailing = parse_source(data + b"<html>", "channels.m3u.gz")
    assert _summary(trailing) == _summary(result)
    assert trailing.warnings[0] == "6 bytes after the end of the gzip archive were ignored"
    utf16 = parse_source(gzip.compress(PLAYLIST.read_text("utf-8").encode("utf-16-le")), "x.m3u.gz")
    assert len(utf16.streams) == 6 and "UTF-16-LE without a byte-order mark" in utf16.warnings[0]
    video = parse_source(gzip.compress(MKV.read_bytes()[:4096]), "x.m3u.gz")
    assert video.problems[0].startswith("this is a video file (Matroska/WebM), not a playlist")


def test_a_playlist_served_with_its_gzipped_guide_opens_with_the_guide(httpserver, tmp_path):
    """The usual IPTV set-up: the playlist's x-tvg-url names a .xml.gz, served as application/gzip."""
    from observer_app.services.conference import open_feed

    guide = (
        b'<tv><channel id="plen"><display-name>Plenary</display-name></channel><programme channel="plen" '
        b'start="20261202090000 +0900" stop="20261202120000 +0900"><title>Plenary: 3rd meeting</title>'
        b"</programme></tv>"
    )
    playlist = (
        '#EXTM3U x-tvg-url="epg/guide.xml.gz"\n#EXTINF:-1 tvg-id="plen" group-title="Plenary",Plenary\n'
        "https://webcast.example.org/plenary/index.m3u8\n"
    )
    httpserver.expect_request("/pp26/channels.m3u").respond_with_data(
        playlist, content_type="audio/x-mpegurl"
    )
    httpserver.expect_request("/pp26/epg/guide.xml.gz").respond_with_data(
        gzip.compress(guide), content_type="application/gzip"
    )
    conference = open_feed(
        httpserver.url_for("/pp26/channels.m3u"), tmp_path / "cache"
    ).feed.conference
    [session] = conference.sessions
    assert (
        session.title == "Plenary: 3rd meeting"
        and conference.body(session.body_id).name == "Plenary"
    )
    assert session.id == "xmltv-plen-20261202-plenary-3rd-meeting-1"


def test_damaged_and_cut_off_gzip_are_clear_problems():
    packed = bytearray(gzip.compress(GUIDE.read_bytes()))
    damaged = bytes(packed[:40]) + bytes(b ^ 0x5A for b in packed[40:80]) + bytes(packed[80:])
    result = parse_source(damaged, "guide.xml.gz")
    assert not result.ok and result.problems[0].startswith("the gzip archive is damaged (")
    cut = parse_source(bytes(packed[: len(packed) // 2]), "guide.xml.gz")
    assert not cut.ok and cut.problems[0].startswith("the gzip archive is cut off (after ")
    bad_crc = bytes(packed[:-8]) + bytes(8)
    assert (
        parse_source(bad_crc, "guide.xml.gz")
        .problems[0]
        .startswith("the gzip archive is damaged (")
    )


def test_gzip_unpacking_stops_at_its_limit():
    bomb = gzip.compress(b"\n" * 5_000_000)
    notes: list[str] = []
    data, problem = gunzip(bomb, notes, limit=1_000_000)
    assert (
        data == b""
        and problem == "the gzip archive unpacks to more than 0 MB: too large to be read"
    )
    assert gunzip(bomb, notes, limit=5_000_000) == (b"\n" * 5_000_000, "")


# 5. XMLTV session ids survive a moved sitting -----------------------------------------------


def _guide(*programmes: str) -> bytes:
    rows = "".join(
        f'<programme channel="plen" start="{start} +0900" stop="{stop} +0900">{inner}</programme>\n'
        for start, stop, inner in (p.split("|") for p in programmes)
    )
    return f'<tv><channel id="plen"><display-name>Plenary</display-name></channel>\n{rows}</tv>'.encode()


def _ids(data: bytes) -> dict[str, str]:
    result = parse_source(data, "guide.xml")
    assert result.ok, result.problems
    return {s.id: f"{s.title} {s.start:%d %H:%M}" for s in result.sessions}


def test_a_sitting_moved_by_half_an_hour_keeps_its_id():
    before = _ids(
        _guide(
            "20261202170000|20261202190000|<title>Plenary: 3rd meeting</title>",
            "20261202200000|20261202210000|<title>Plenary: Elections</title>",
        )
    )
    after = _ids(
        _guide(
            "20261202173000|20261202193000|<title>Plenary: 3rd meeting</title>",
            "20261202200000|20261202210000|<title>Plenary: Elections</title>",
        )
    )
    assert (
        list(before)
        == list(after)
        == ["xmltv-plen-20261202-plenary-3rd-meeting-1", "xmltv-plen-20261202-plenary-elections-1"]
    )
    assert after["xmltv-plen-20261202-plenary-3rd-meeting-1"] == "Plenary: 3rd meeting 02 08:30"


def test_same_title_twice_a_day_and_a_guide_that_drops_its_past_days():
    days = [
        "20261201090000|20261201120000|<title>Plenary</title>",
        "20261202090000|20261202120000|<title>Plenary</title>",
        "20261202140000|20261202170000|<title>Plenary</title>",
    ]
    full = _ids(_guide(*days))
    assert list(full) == [
        "xmltv-plen-20261201-plenary-1",
        "xmltv-plen-20261202-plenary-1",
        "xmltv-plen-20261202-plenary-2",
    ]
    later = _ids(_guide(*days[1:]))  # the next day the guide no longer lists 1 December
    assert {k: full[k] for k in later} == later
    moved = _ids(_guide(days[0], "20261202093000|20261202123000|<title>Plenary</title>", days[2]))
    assert list(moved) == list(full)


def test_own_id_and_episode_number_come_before_the_title():
    ids = _ids(
        _guide(
            "20261202090000|20261202100000|<title>Plenary</title>"
            '<episode-num system="xmltv_ns">0.4.</episode-num>'
            '<episode-num system="crid">crid://itu.int/pp26/plen-7</episode-num>',
            "20261202110000|20261202120000|<title>Plenary</title>"
            '<episode-num system="onscreen">S1E2</episode-num>',
        )
    )
    assert list(ids) == [
        "xmltv-plen-20261202-crid-itu-int-pp26-plen-7-1",
        "xmltv-plen-20261202-s1e2-1",
    ]
    data = _guide("20261202090000|20261202100000|<title>Plenary</title>").replace(
        b'<programme channel="plen"', b'<programme id="PP26/Plen-7" channel="plen"'
    )
    assert list(_ids(data)) == ["xmltv-plen-pp26-plen-7"]
    assert list(_ids(data.replace(b"20261202090000", b"20261203090000"))) == [
        "xmltv-plen-pp26-plen-7"
    ]


# Properties -------------------------------------------------------------------------------------


@settings(
    max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.binary(max_size=3000), st.sampled_from(["x.m3u", "x.ics", "x.xml", "x"]))
def test_gzip_changes_nothing_but_the_size(data, name):
    assume(not data.startswith(b"\x1f\x8b"))
    plain, packed = parse_source(data, name), parse_source(gzip.compress(data), name + ".gz")
    assert _summary(packed) == _summary(plain)
    assert (packed.problems, packed.warnings) == (plain.problems, plain.warnings)


@settings(
    max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
    st.sampled_from(["utf-16-le", "utf-16-be"]),
)
def test_any_playlist_reads_the_same_in_utf16_without_bom(name, codec):
    text = f'#EXTM3U\n#EXTINF:-1 tvg-id="plen" group-title="Plenary",{name}\nhttps://a.example/{len(name)}.m3u8\n'
    result, original = (
        parse_source(text.encode(codec), "x.m3u"),
        parse_source(text.encode("utf-8"), "x.m3u"),
    )
    assert _summary(result) == _summary(original) and result.ok


def test_a_calendar_that_mentions_pdf_is_still_a_calendar():
    from observer_app.core.feeds.detect import binary_kind

    text = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Template %PDF-1.7 export\r\n"
        b"DTSTART:20261202T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert binary_kind(text) == ""
    assert (
        binary_kind(b"\r\n%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") != ""
    )  # junk before a real PDF's header


def test_channels_with_an_hls_tag_but_no_target_duration_stay_channels():
    from observer_app.core.feeds.detect import hls_manifest

    playlist = (
        b"#EXTM3U\n#EXT-X-INDEPENDENT-SEGMENTS\n#EXTINF:-1,Plenary\nhttps://a.example/pl.m3u8\n"
        b"#EXTINF:-1,Committee 5\nhttps://a.example/c5.m3u8\n"
    )
    assert hls_manifest(playlist) == ""

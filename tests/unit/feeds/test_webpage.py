"""Issue 17, "a web page as a source": a conference page built like the real ones (an ITU-style
document table, a feed declared with <link rel="alternate">, a calendar link, an HTML5 video
with an HLS webcast, an embedded player), read from a file and served on 127.0.0.1, where
yt-dlp's own generic extractor resolves the webcast for real."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from observer_app.cli.feed import add_feed_parser, run_feed
from observer_app.core.feeds.parse import parse_source
from observer_app.net.webcast import resolve_streams
from observer_app.services.sources import read_source
from tests.support.media import make_vod_renditions
from tests.support.server import StreamServer

PAGE = Path(__file__).resolve().parents[2] / "data" / "pages" / "pp14-documents.html"

FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>PP-14 documents</title><language>en</language>
<item><title>Document 161-E: Report of the Chairman of Committee 5</title>
<link>http://127.0.0.1/files/161-E.pdf</link></item></channel></rss>"""

CALENDAR = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        "BEGIN:VEVENT",
        "UID:pl17@pp14",
        "DTSTAMP:20141001T000000Z",
        "DTSTART;TZID=Asia/Seoul:20141106T093000",
        "DTEND;TZID=Asia/Seoul:20141106T123000",
        "SUMMARY:Seventeenth Plenary meeting",
        "LOCATION:Plenary",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


def test_a_document_table_gives_symbols_titles_and_language_versions() -> None:
    result = parse_source(PAGE.read_bytes(), "https://www.itu.int/pp14/documents.html")
    assert result.ok and result.kind == "page"
    by_symbol = {d.symbol: d for d in result.documents}
    assert sorted(by_symbol) == ["67", "67(Rev.1)", "DT/33"]
    assert by_symbol["67"].title.startswith("Proposals for the work of the conference")
    assert [(f.language, f.url.rsplit("/", 1)[-1]) for f in by_symbol["67"].files] == [
        ("en", "en"),
        ("fr", "S14-PP14-C-0067!!MSW-F.docx"),
        ("es", "S14-PP14-C-0067!!PDF-S.pdf"),
    ]
    assert [f.language for f in by_symbol["67(Rev.1)"].files] == ["en", "ar"]
    assert [f.language for f in by_symbol["DT/33"].files] == ["zh", "ru"]
    # <base href="/pp14/"> decides where relative links point.
    assert by_symbol["DT/33"].files[0].url == "https://www.itu.int/pp14/files/DT-33_C.pdf"


def test_the_page_says_what_it_links_to_and_what_it_could_not_use() -> None:
    result = parse_source(PAGE.read_bytes(), "https://www.itu.int/pp14/documents.html")
    assert result.linked == [
        "https://www.itu.int/pp14/docs.rss",
        "https://www.itu.int/pp14/calendar/pp14.ics",
    ]
    assert [s.url for s in result.streams] == ["https://www.itu.int/pp14/live/plenary/index.m3u8"]
    assert any("YouTube player" in w for w in result.warnings)
    assert any(w.startswith("2 other links") for w in result.warnings), result.warnings


def test_a_login_page_is_still_refused_as_html() -> None:
    login = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action='/login'>"
    login += b"<a href='/forgot'>Forgot password?</a></form></body></html>"
    result = parse_source(login, "https://indico.example.org/export/event/7.json")
    assert not result.ok and "HTML page" in result.problems[0]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The page, its feed and calendar, and a real HLS webcast (three audio renditions)."""
    root = tmp_path_factory.mktemp("site")
    (root / "pp14" / "calendar").mkdir(parents=True)
    shutil.copy(PAGE, root / "pp14" / "documents.html")
    (root / "pp14" / "docs.rss").write_bytes(FEED)
    (root / "pp14" / "calendar" / "pp14.ics").write_text(CALENDAR)
    live = root / "pp14" / "live" / "plenary"
    live.mkdir(parents=True)
    make_vod_renditions(live, 4).rename(live / "index.m3u8")
    return root


def test_yt_dlp_resolves_the_pages_webcast_with_its_audio_languages(site: Path) -> None:
    with StreamServer(site) as server:
        found, problem = resolve_streams(server.url("pp14/documents.html"), 90)
    assert problem == ""
    assert [item["url"] for item in found] == [server.url("pp14/live/plenary/index.m3u8")]
    assert sorted(found[0]["languages"]) == ["en", "fr", "mul"]


def test_the_resolver_has_a_deadline(site: Path) -> None:
    with StreamServer(site) as server:
        server.hang("/pp14/")
        found, problem = resolve_streams(server.url("pp14/documents.html"), 3)
    assert found == [] and "within 3 s" in problem


def test_feed_check_on_a_page_url(site: Path, capsys) -> None:
    parser = argparse.ArgumentParser(prog="observer-app")
    add_feed_parser(parser.add_subparsers(dest="command"))
    with StreamServer(site) as server:
        page = server.url("pp14/documents.html")
        code = run_feed(parser.parse_args(["feed", "check", page, "--json"]))
        rows = json.loads(capsys.readouterr().out)
        assert [r.get("linked_from") for r in rows] == [None, page, page]
        code = run_feed(parser.parse_args(["feed", "check", page]))
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"{page}: page, usable" in out
    assert "1 body, 0 sessions, 1 stream, 3 documents; name 'PP-14 Documents'" in out
    assert "the webcast resolver (yt-dlp) found 1 stream with audio in en, floor, fr" in out
    assert f"{server.url('pp14/docs.rss')} (linked from {page}): rss, usable" in out
    assert f"{server.url('pp14/calendar/pp14.ics')} (linked from {page}): ical, usable" in out
    assert "1 body, 1 session, 0 streams, 0 documents" in out


def test_opening_a_page_gives_one_conference_with_what_it_links_to(site: Path, tmp_path) -> None:
    """File > Open conference with the page's address: its documents and webcast, the feed's
    documents and the calendar's sitting, combined."""
    from observer_app.services.conference import open_feed

    with StreamServer(site) as server:
        opened = open_feed(server.url("pp14/documents.html"), tmp_path / "cache")
    conference = opened.feed.conference
    assert sorted(d.symbol for d in conference.documents) == ["161", "67", "67(Rev.1)", "DT/33"]
    assert [s.title for s in conference.sessions] == ["Seventeenth Plenary meeting"]
    (stream,) = conference.streams
    assert stream.url == server.url("pp14/live/plenary/index.m3u8")
    assert sorted(c.language for c in stream.audio) == ["en", "floor", "fr"]


def _resolve_in_a_daemon(url: str) -> tuple[list[dict], str]:
    return resolve_streams(url, 60)


def test_the_resolver_works_inside_the_refresh_worker_too(site: Path) -> None:
    """The window's refresh runs in a daemon process, which may not start children."""
    from observer_app import isolate

    with StreamServer(site) as server:
        found, problem = isolate.call(
            _resolve_in_a_daemon, server.url("pp14/documents.html"), timeout=90
        )
    assert problem == "" and sorted(found[0]["languages"]) == ["en", "fr", "mul"]


def test_an_indico_event_link_is_offered_as_its_export() -> None:
    page = b"""<!DOCTYPE html><html><head><title>Side events</title></head><body>
    <ul><li><a href="https://indico.itu.int/event/1234/">Civil society briefing</a></li>
    <li><a href="https://indico.itu.int/event/1234/timetable/">its timetable</a></li>
    <li><a href="https://www.itu.int/en/about/">About ITU</a></li></ul></body></html>"""
    result = parse_source(page, "https://www.itu.int/pp14/side-events.html")
    assert result.ok
    assert result.linked == ["https://indico.itu.int/export/event/1234.json?detail=contributions"]
    assert any(w.startswith("1 other link") for w in result.warnings), result.warnings


SCRIPT_ONLY = """<!DOCTYPE html><html><head><title>Committee 5 webcast</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "VideoObject",
"name": "Committee 5, 6th meeting", "contentUrl": "{url}", "uploadDate": "2014-10-28"}}</script>
</head><body><div id="player"></div><script src="/player.js"></script></body></html>"""


def test_a_webcast_only_a_script_names_is_found_by_the_resolver(site: Path) -> None:
    """Player pages (UN Web TV's Kaltura pages among them) name their stream in a script: the
    markup gives nothing, yt-dlp reads it (here from the page's JSON-LD VideoObject)."""
    with StreamServer(site) as server:
        page = site / "pp14" / "com5.html"
        page.write_text(SCRIPT_ONLY.format(url=server.url("pp14/live/plenary/index.m3u8")))
        result = read_source(server.url("pp14/com5.html"))
    assert result.ok, result.problems
    assert [s.url for s in result.streams] == [server.url("pp14/live/plenary/index.m3u8")]
    assert result.name == "Committee 5 webcast"

"""A conference opened from one URL (own feed, profile, playlist, calendar) keeps opening when
the server is gone, fails or sends a login page: from its last good copy, with a warning giving
the reason and the age, exactly like a source in a list. Real HTTP on 127.0.0.1, real files."""

from __future__ import annotations

import json
import os
import time

import pytest
from support.cli import run
from support.server import CONTENT_TYPES, StreamServer

from observer_app.core.feeds.ownjson import FeedError
from observer_app.runtime import paths as app_paths
from observer_app.services.conference import open_feed, open_with_fallback
from observer_app.services.source_fetch import cache_paths
from observer_app.services.sources import read_source

PLAYLIST = (
    '#EXTM3U\n#EXTINF:-1 tvg-id="pl" group-title="Plenary",Plenary\nhttps://w.example/pl.m3u8\n'
    '#EXTINF:-1 tvg-id="c5" group-title="Committee 5",Committee 5\nhttps://w.example/c5.m3u8\n'
)
CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:a@t\r\n"
    "DTSTAMP:20261201T000000Z\r\nDTSTART;TZID=Asia/Seoul:20261202T093000\r\n"
    "DTEND;TZID=Asia/Seoul:20261202T123000\r\nSUMMARY:Committee 5 - Meeting 1\r\nLOCATION:Committee 5\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)
RSS = (
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Documents — PP</title>'
    "<item><title>Document 67-E: Projet de réglement</title><link>https://d.example/67-E.pdf</link></item>"
    "</channel></rss>\n"
)


@pytest.fixture
def site(tmp_path):
    """The conference's files on a real server; ``site.stop()`` is the network going away."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "channels.m3u").write_text(PLAYLIST)
    (root / "schedule.ics").write_text(CALENDAR)
    (root / "feed.json").write_bytes(app_paths.demo_feed().read_bytes())
    with StreamServer(root) as server:
        (root / "pp.json").write_text(
            json.dumps(
                {
                    "format": "observer-profile",
                    "format_version": 1,
                    "name": "PP-26",
                    "timezone": "Asia/Seoul",
                    "sources": [server.url("channels.m3u"), server.url("schedule.ics")],
                }
            )
        )
        yield server


def _fail(server: StreamServer, how: str) -> None:
    if how == "offline":
        server.stop()
    elif how == "500":
        server.respond_status("/", 500)
    else:
        server.respond_html("/")


def _shape(conference) -> tuple:
    return (
        conference.id,
        conference.name,
        sorted(b.name for b in conference.bodies),
        len(conference.sessions),
        sorted(s.url for s in conference.streams),
        len(conference.documents),
    )


REASONS = {
    "offline": "cannot connect to the server",
    "500": "the server",
    "login": "the server sent a web page (a login page?) instead of the",
}


@pytest.mark.parametrize("how", ["offline", "500", "login"])
@pytest.mark.parametrize("name", ["pp.json", "feed.json", "channels.m3u", "schedule.ics"])
def test_one_url_opens_from_its_last_good_copy(site, tmp_path, name, how):
    url = site.url(name)
    cache = tmp_path / "cache"
    first = open_feed(url, cache)
    assert not first.stale and not first.problems
    _fail(site, how)
    again = open_feed(url, cache)
    assert _shape(again.feed.conference) == _shape(first.feed.conference)
    assert not again.problems and not again.is_demo
    # The source itself leads the warnings (the window shows the first), with why and how old.
    assert again.feed.warnings[0] == again.stale[0]
    assert again.stale[0].startswith(f"{url}, {REASONS[how]}")
    assert again.stale[0].endswith("; using the copy saved earlier (0 minutes old)")
    fallback = open_with_fallback(url, cache)  # the window's way in: not the demo
    assert (
        _shape(fallback.feed.conference) == _shape(first.feed.conference) and not fallback.problems
    )


def test_a_login_page_names_what_was_expected_and_never_replaces_the_copy(site, tmp_path):
    cache = tmp_path / "cache"
    open_feed(site.url("pp.json"), cache)
    site.respond_html("/")
    for _ in range(2):  # the second time round, the copy must still be the profile, not the page
        opened = open_feed(site.url("pp.json"), cache)
        assert opened.feed.conference.name == "PP-26"
        assert opened.stale[0].startswith(
            f"{site.url('pp.json')}, the server sent a web page (a login page?) "
            "instead of the conference profile (HTML)"
        )
        assert not any("not an Observer conference feed" in w for w in opened.feed.warnings)
    single = read_source(site.url("schedule.ics"), cache)
    assert single.ok and "instead of the calendar" in single.warnings[0]


def test_the_warning_gives_the_copy_its_true_age(site, tmp_path):
    cache = tmp_path / "cache"
    open_feed(site.url("feed.json"), cache)
    body = cache_paths(cache, site.url("feed.json"))[0]
    three_hours_ago = time.time() - 3 * 3600
    os.utime(body, (three_hours_ago, three_hours_ago))
    site.stop()
    assert open_feed(site.url("feed.json"), cache).stale[0].endswith("(3 hours old)")


def test_without_a_copy_the_error_says_why(site, tmp_path):
    site.respond_html("/")
    with pytest.raises(FeedError) as caught:
        open_feed(site.url("channels.m3u"), tmp_path / "cache")
    assert str(caught.value) == (
        f"{site.url('channels.m3u')}: line 1: this is an HTML page (a login or error page?), "
        "not a conference source"
    )
    site.stop()
    with pytest.raises(FeedError, match="cannot connect"):
        open_feed(site.url("pp.json"), tmp_path / "cache")


def test_an_own_feed_copy_kept_by_earlier_versions_still_opens_offline(site, tmp_path):
    import hashlib

    url = site.url("feed.json")
    old = tmp_path / "cache" / "feeds" / (hashlib.sha256(url.encode()).hexdigest()[:24] + ".json")
    old.parent.mkdir(parents=True)
    old.write_bytes(app_paths.demo_feed().read_bytes())
    site.stop()
    opened = open_feed(url, tmp_path / "cache")
    assert opened.feed.conference.id == "pp-demo" and "cannot connect" in opened.stale[0]


def test_headless_commands_use_the_last_good_copy_and_say_so(site, tmp_path):
    data = tmp_path / "data"
    url = site.url("pp.json")
    assert run("--feed", url, "notes", "add", "Kenya asks for DT/33", data_dir=data).returncode == 0
    # Older than the refresh interval (a younger copy is used without asking: no news).
    then = time.time() - 11 * 60
    for body in data.rglob("*.body"):
        os.utime(body, (then, then))
    site.stop()
    for command in (["docs", "new"], ["search", "Kenya"], ["notes", "list", "--json"]):
        done = run("--feed", url, *command, data_dir=data)
        assert done.returncode == 0, (command, done.stderr)
        assert f"observer-app: {url}, cannot connect to the server" in done.stderr
        assert "using the copy saved earlier" in done.stderr and "demo" not in done.stderr
    notes = json.loads(run("--feed", url, "notes", "list", "--json", data_dir=data).stdout)
    assert [n["text"] for n in notes] == [
        "Kenya asks for DT/33"
    ]  # the same conference, not the demo's


@pytest.mark.parametrize(
    "content_type",
    [
        "text/xml",
        "text/xml; charset=utf-8",
        "application/rss+xml",
        "application/octet-stream",
        "text/html; charset=UTF-8",
    ],
)
def test_rss_from_a_server_warns_only_on_a_real_encoding_mismatch(
    tmp_path, monkeypatch, content_type
):
    monkeypatch.setitem(CONTENT_TYPES, ".rss", content_type)
    root = tmp_path / "site"
    root.mkdir()
    (root / "docs.rss").write_text(RSS, encoding="utf-8")
    (root / "latin.rss").write_bytes(RSS.replace("utf-8", "windows-1252").encode("cp1252"))
    with StreamServer(root) as server:
        good = read_source(server.url("docs.rss"), tmp_path / "cache")
        assert (
            good.ok
            and good.warnings == []
            and good.documents[0].title == "Document 67-E: Projet de réglement"
        )
        opened = open_feed(server.url("docs.rss"), tmp_path / "cache2")
        assert not any("encoding" in w for w in opened.feed.warnings)
        assert opened.feed.conference.name == "Documents — PP"
        wrong = read_source(server.url("latin.rss"), tmp_path / "cache")
    assert wrong.ok and wrong.documents[0].title == "Document 67-E: Projet de réglement"
    declared_utf8 = "charset=utf-8" in content_type.lower()
    assert bool(wrong.warnings) == declared_utf8  # the server says UTF-8, the bytes are not
    if declared_utf8:
        assert wrong.warnings[0].startswith(
            # the HTTP header declared it, not the feed: the message says whose declaration it was
            "the server's declared encoding (utf-8) is wrong; read as windows-1252"
        )


def test_the_last_good_copy_of_a_feed_keeps_its_content_type(tmp_path, monkeypatch):
    monkeypatch.setitem(CONTENT_TYPES, ".rss", "text/xml; charset=utf-8")
    root = tmp_path / "site"
    root.mkdir()
    (root / "latin.rss").write_bytes(RSS.replace("utf-8", "windows-1252").encode("cp1252"))
    with StreamServer(root) as server:
        url = server.url("latin.rss")
        assert read_source(url, tmp_path / "cache").warnings
    offline = read_source(url, tmp_path / "cache")  # the copy is read as it was served
    assert offline.ok and "cannot connect" in offline.warnings[0]
    assert any(
        w.startswith("the server's declared encoding (utf-8) is wrong")
        for w in offline.warnings[1:]
    )


def test_a_source_bigger_than_the_cap_is_not_read_and_the_saved_copy_stays(
    site, tmp_path, monkeypatch
):
    from observer_app.services import source_fetch

    cache = tmp_path / "cache"
    url = site.url("channels.m3u")
    first = open_feed(url, cache)
    monkeypatch.setattr(
        source_fetch, "MAX_SOURCE_BYTES", 64
    )  # the playlist is bigger than this now
    second = open_feed(url, cache)
    assert _shape(second.feed.conference) == _shape(first.feed.conference)
    assert second.stale and "MB; not read" in second.stale[0]

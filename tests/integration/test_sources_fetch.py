"""Fetching sources over real HTTP on 127.0.0.1: conditional requests, the last good copy when
the server fails, is gone, or serves a login page, and a bearer token that never leaks."""

from __future__ import annotations

import json
import os
import socket
import time

import pytest
from werkzeug import Response

from observer_app.services.source_fetch import cache_paths, fetch_source
from observer_app.services.sources import open_profile, open_sources, read_source

PLAYLIST = (
    b'#EXTM3U\n#EXTINF:-1 tvg-id="pl" group-title="Plenary",Plenary\nhttps://w.example/pl.m3u8\n'
    b'#EXTINF:-1 tvg-id="c5" group-title="Committee 5",Committee 5\nc5.m3u8\n'
)
PORTAL = b"<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body>Log in</body></html>"
INDICO = json.dumps(
    {
        "_type": "HTTPAPIResult",
        "results": [
            {
                "title": "PP-14",
                "timezone": "Asia/Seoul",
                "id": "7",
                "startDate": {"date": "2014-10-20", "time": "09:30:00", "tz": "Asia/Seoul"},
                "endDate": {"date": "2014-11-07", "time": "18:00:00", "tz": "Asia/Seoul"},
                "contributions": [
                    {
                        "_type": "Contribution",
                        "id": "1",
                        "title": "Opening",
                        "room": "Plenary",
                        "startDate": {"date": "2014-10-20", "time": "09:30:00", "tz": "Asia/Seoul"},
                        "endDate": {"date": "2014-10-20", "time": "12:30:00", "tz": "Asia/Seoul"},
                        "material": [
                            {
                                "title": "Documents",
                                "resources": [
                                    {
                                        "name": "Document 67-E",
                                        "url": "https://docs.example/67-E.pdf",
                                    }
                                ],
                            }
                        ],
                    }
                ],
            }
        ],
    }
).encode()
TOKEN = "s3cret-token-value"


def _etag_handler(body: bytes, etag: str, seen: list):
    def handler(request):
        seen.append(dict(request.headers))
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(
            body,
            headers={"ETag": etag, "Last-Modified": "Tue, 21 Oct 2014 00:00:00 GMT"},
            content_type="audio/x-mpegurl",
        )

    return handler


def test_etag_then_304_uses_the_cached_copy(httpserver, tmp_path):
    seen: list = []
    httpserver.expect_request("/pp14.m3u").respond_with_handler(
        _etag_handler(PLAYLIST, '"v1"', seen)
    )
    url = httpserver.url_for("/pp14.m3u")
    first = read_source(url, tmp_path)
    assert first.ok and first.counts()["streams"] == 2 and not first.warnings
    assert first.streams[1].url == httpserver.url_for("/c5.m3u8")
    again = fetch_source(url, tmp_path)
    assert seen[-1].get("If-None-Match") == '"v1"' and seen[-1].get("If-Modified-Since")
    assert again.origin == "not-modified" and again.data == PLAYLIST
    second = read_source(url, tmp_path)
    assert second.ok and second.streams == first.streams and not second.warnings


def test_server_error_falls_back_to_the_last_good_copy_with_its_age(httpserver, tmp_path):
    httpserver.expect_ordered_request("/s.m3u").respond_with_data(PLAYLIST, headers={"ETag": '"a"'})
    url = httpserver.url_for("/s.m3u")
    assert read_source(url, tmp_path).ok
    cached = next((tmp_path / "sources").glob("*.body"))
    three_hours_ago = time.time() - 3 * 3600
    os.utime(cached, (three_hours_ago, three_hours_ago))
    httpserver.clear()
    httpserver.expect_request("/s.m3u").respond_with_data("boom", status=500)
    result = read_source(url, tmp_path)
    assert result.ok and result.counts()["streams"] == 2
    assert "3 hours old" in result.warnings[0] and "server" in result.warnings[0]


def test_no_cache_and_a_server_error_is_a_clear_problem(httpserver, tmp_path):
    httpserver.expect_request("/missing.ics").respond_with_data("nope", status=404)
    result = read_source(httpserver.url_for("/missing.ics"), tmp_path)
    assert not result.ok and result.problems == ["the server answered 404 NOT FOUND"]


def test_offline_uses_the_cached_copy(httpserver, tmp_path):
    httpserver.expect_request("/o.m3u").respond_with_data(PLAYLIST)
    url = httpserver.url_for("/o.m3u")
    assert read_source(url, tmp_path).ok
    with socket.socket() as probe:  # a port nobody listens on: the same URL, now unreachable
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    gone = url.replace(f":{httpserver.port}/", f":{dead_port}/")
    (tmp_path / "sources").rename(tmp_path / "moved")
    assert not read_source(gone, tmp_path).ok  # nothing cached for that URL yet
    (tmp_path / "moved").rename(tmp_path / "sources")

    body, meta = cache_paths(tmp_path, url)
    new_body, new_meta = cache_paths(tmp_path, gone)
    body.rename(new_body)
    meta.rename(new_meta)
    result = read_source(gone, tmp_path)
    assert (
        result.ok
        and "cannot connect" in result.warnings[0]
        and "0 minutes old" in result.warnings[0]
    )


def test_html_instead_of_a_feed(httpserver, tmp_path):
    httpserver.expect_ordered_request("/feed.m3u").respond_with_data(
        PORTAL, content_type="text/html"
    )
    url = httpserver.url_for("/feed.m3u")
    result = read_source(url, tmp_path)
    assert not result.ok and "HTML" in result.problems[0]
    assert (
        not list((tmp_path / "sources").glob("*.body")) if (tmp_path / "sources").exists() else True
    )
    httpserver.clear()
    httpserver.expect_ordered_request("/feed.m3u").respond_with_data(PLAYLIST)
    assert read_source(url, tmp_path).ok
    httpserver.expect_ordered_request("/feed.m3u").respond_with_data(
        PORTAL, content_type="text/html"
    )
    after = read_source(url, tmp_path)  # the portal must not replace the good copy
    assert after.ok and after.counts()["streams"] == 2 and "HTML" in after.warnings[0]
    assert "saved earlier" in after.warnings[0]


def test_bearer_token_is_sent_and_never_shown(httpserver, tmp_path):
    def handler(request):
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return Response("unauthorised", status=401)
        return Response(INDICO, content_type="application/json")

    httpserver.expect_request("/export/event/7.json").respond_with_handler(handler)
    url = httpserver.url_for("/export/event/7.json")
    profile = tmp_path / "pp14.json"
    profile.write_text(
        json.dumps(
            {
                "format": "observer-profile",
                "format_version": 1,
                "name": "PP-14 observers",
                "sources": [{"url": url, "token_secret": "indico.token"}, "channels.m3u"],
            }
        )
    )
    (tmp_path / "channels.m3u").write_bytes(PLAYLIST)
    opened = open_profile(str(profile), tmp_path / "cache", get_token={"indico.token": TOKEN}.get)
    conf, results, notes = opened.conference, opened.results, opened.warnings
    assert opened.profile is not None and opened.profile.name == "PP-14 observers"
    assert [r.kind for r in results] == ["indico", "m3u"] and all(r.ok for r in results)
    assert conf.timezone == "Asia/Seoul" and conf.document("67") is not None
    plenary = next(b for b in conf.bodies if b.name == "Plenary")
    opening = next(s for s in conf.sessions if s.title == "Opening")
    assert (
        opening.body_id == plenary.id
        and conf.stream(opening.stream_id).url == "https://w.example/pl.m3u8"
    )
    denied = open_profile(str(profile), tmp_path / "cache2", get_token=lambda name: None).results
    assert (
        not denied[0].ok
        and "401" in denied[0].problems[0]
        and "indico.token" in denied[0].warnings[0]
    )
    everything = json.dumps([r.problems + r.warnings for r in results + denied]) + json.dumps(notes)
    assert TOKEN not in everything
    cached = b"".join(p.read_bytes() for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert TOKEN.encode() not in cached


def test_local_files_and_missing_ones(tmp_path):
    (tmp_path / "a.m3u").write_bytes(PLAYLIST)
    combined = open_sources(
        [str(tmp_path / "a.m3u"), str(tmp_path / "nope.ics")],
        tmp_path / "c",
        get_token=lambda name: None,
    )
    conf, results, notes = combined.conference, combined.results, combined.warnings
    assert combined.profile is None
    assert results[0].ok and results[1].problems == ["no such file"]
    assert len(conf.streams) == 2 and conf.timezone == "UTC" and any("UTC" in n for n in notes)
    assert not (tmp_path / "c").exists()  # local files are read, never cached


@pytest.mark.parametrize("status", [500, 503])
def test_retrying_server_errors_still_end(httpserver, tmp_path, status):
    httpserver.expect_request("/flaky.ics").respond_with_data("x", status=status)
    started = time.monotonic()
    result = read_source(httpserver.url_for("/flaky.ics"), tmp_path)
    assert not result.ok and result.problems[0].startswith("the server")
    assert time.monotonic() - started < 20


def test_a_profile_source_is_asked_again_only_after_its_refresh_interval(httpserver, tmp_path):
    seen: list = []
    httpserver.expect_request("/ch.m3u").respond_with_handler(_etag_handler(PLAYLIST, '"v1"', seen))
    profile = tmp_path / "pp.json"

    def write(minutes):
        profile.write_text(
            json.dumps(
                {
                    "format": "observer-profile",
                    "format_version": 1,
                    "name": "PP",
                    "sources": [{"url": httpserver.url_for("/ch.m3u"), "refresh_minutes": minutes}],
                }
            )
        )

    write(60)
    cache = tmp_path / "cache"  # (the profile file itself is local: read every time)
    assert len(open_profile(str(profile), cache).conference.streams) == 2 and len(seen) == 1
    assert (
        len(open_profile(str(profile), cache).conference.streams) == 2 and len(seen) == 1
    )  # within the hour: no request
    for body in (cache / "sources").glob("*.body"):  # an hour and a minute later
        os.utime(body, (time.time() - 3660, time.time() - 3660))
    assert (
        len(open_profile(str(profile), cache).conference.streams) == 2 and len(seen) == 2
    )  # due: conditional request
    assert seen[-1].get("If-None-Match") == '"v1"'


def test_opening_a_playlist_url_fetches_it_once(httpserver, tmp_path):
    from observer_app.services.conference import open_feed

    seen: list = []
    httpserver.expect_request("/pp.m3u").respond_with_handler(_etag_handler(PLAYLIST, '"v1"', seen))
    opened = open_feed(httpserver.url_for("/pp.m3u"), tmp_path / "cache")
    assert len(opened.feed.conference.streams) == 2
    assert len(seen) == 1  # detection and parsing share the one download


def test_opening_a_profile_url_fetches_the_profile_once(httpserver, tmp_path):
    from observer_app.services.conference import open_feed

    seen: list = []
    httpserver.expect_request("/ch.m3u").respond_with_data(PLAYLIST)
    profile = json.dumps(
        {
            "format": "observer-profile",
            "format_version": 1,
            "name": "PP",
            "sources": [{"url": httpserver.url_for("/ch.m3u")}],
        }
    ).encode()
    httpserver.expect_request("/pp.json").respond_with_handler(
        lambda request: seen.append(1) or Response(profile, content_type="application/json")
    )
    opened = open_feed(httpserver.url_for("/pp.json"), tmp_path / "cache")
    assert opened.feed.conference.name == "PP" and len(opened.feed.conference.streams) == 2
    assert len(seen) == 1

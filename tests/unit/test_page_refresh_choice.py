"""Issue 17: finding a webcast again on its page when its signed address expired, with yt-dlp's
generic extractor reading a page served on 127.0.0.1 (no libVLC here: see
tests/integration/test_page_refresh.py for the player keeping on playing)."""

from __future__ import annotations

import pytest
from support.server import StreamServer

from observer_app.core.sources import StreamSource
from observer_app.net.session import make_session
from observer_app.player.page_refresh import find_again
from observer_app.player.stream import Choice, PlayRequest, resolve
from observer_app.services.sources import resolve_streams

PLAYLIST = "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:1.0,\nseg0.ts\n"
#: Two committees' webcasts on one page, each address signed with a token path part.
PAGE = """<!DOCTYPE html><html><head><title>PP-26 webcasts</title></head><body>
<h2>Plenary</h2><video><source src="{token}/plenary.m3u8" type="application/x-mpegURL"></video>
<h2>Committee 5</h2><video><source src="{token}/committee5.m3u8" type="application/x-mpegURL">
</video></body></html>"""


@pytest.fixture
def site(tmp_path):
    for token in ("tok-a", "tok-b"):
        (tmp_path / token).mkdir()
        for name in ("plenary", "committee5"):
            (tmp_path / token / f"{name}.m3u8").write_text(PLAYLIST)
    (tmp_path / "webcasts.html").write_text(PAGE.format(token="tok-a"))
    with StreamServer(tmp_path) as server:
        yield tmp_path, server


def _rotate(root, server) -> None:
    (root / "webcasts.html").write_text(PAGE.format(token="tok-b"))
    server.respond_status("/tok-a/", 403)


def test_the_same_committees_stream_is_found_again_not_the_pages_first(site) -> None:
    root, server = site
    _rotate(root, server)
    old = StreamSource(server.url("tok-a/committee5.m3u8"), page=server.url("webcasts.html"))
    fresh, problem = find_again(old, resolve_streams)
    assert problem == ""
    assert fresh == StreamSource(
        server.url("tok-b/committee5.m3u8"), page=server.url("webcasts.html")
    )


def test_resolve_plays_the_fresh_address_when_the_old_one_is_refused(site) -> None:
    root, server = site
    _rotate(root, server)
    source = StreamSource(server.url("tok-a/committee5.m3u8"), page=server.url("webcasts.html"))
    with make_session(retries=0) as session:
        result = resolve(PlayRequest(source), Choice(), session, page_resolver=resolve_streams)
    assert result.ok, result.problem
    assert result.source is not None and result.source.url == server.url("tok-b/committee5.m3u8")
    assert result.request is not None and result.request.url == server.url("tok-b/committee5.m3u8")
    assert server.hits("/tok-b/committee5.m3u8") >= 1


def test_a_stream_not_read_from_a_page_is_refused_as_before(site) -> None:
    root, server = site
    _rotate(root, server)
    with make_session(retries=0) as session:
        result = resolve(
            PlayRequest(StreamSource(server.url("tok-a/committee5.m3u8")), live=False),
            Choice(),
            session,
        )
    assert not result.ok
    assert result.problem == "the server answered 403 Forbidden"  # no word of a page
    assert server.hits("/webcasts.html") == 0


def test_a_page_without_its_webcast_any_more_says_so(site) -> None:
    root, server = site
    server.respond_status("/tok-a/", 403)
    (root / "webcasts.html").write_text("<html><body><p>The webcast has ended.</p></body></html>")
    source = StreamSource(server.url("tok-a/committee5.m3u8"), page=server.url("webcasts.html"))
    with make_session(retries=0) as session:
        result = resolve(PlayRequest(source), Choice(), session, page_resolver=resolve_streams)
    assert not result.ok
    assert "403" in result.problem and "the page no longer names a webcast" in result.problem

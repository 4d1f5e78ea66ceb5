"""Issue 17: a webcast read from a web page whose signed address expires is found again there.

Real parts throughout: an ffmpeg live HLS encoder, a page and the stream served on 127.0.0.1
(the token is a path part, ``/tok-a/live.m3u8``, as Kaltura and many CDNs sign theirs), yt-dlp's
generic extractor reading the page in its child process, libVLC playing. The server then
refuses the old token (403) while the page names a new one; the player must keep playing.
"""

from __future__ import annotations

import os
import time

import pytest
from support.gui import wait_played
from support.media import start_live
from support.server import StreamServer

from observer_app.core.sources import StreamSource
from observer_app.player.qt_player import PlayRequest, QtPlayer
from observer_app.player.watchdog import Policy
from observer_app.services.sources import read_source, resolve_streams

pytestmark = pytest.mark.vlc

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Committee 5 - live webcast</title></head>
<body><main><h1>Committee 5</h1>
<video controls width="640"><source src="{token}/live.m3u8" type="application/x-mpegURL"></video>
</main></body></html>
"""


@pytest.fixture
def site(tmp_path):
    """A page naming the webcast under token ``tok-a``; ``tok-b`` serves the same stream."""
    root = tmp_path / "site"
    encoder = start_live(root / "live", segment_seconds=1, list_size=6)
    for token in ("tok-a", "tok-b"):
        os.symlink("live", root / token)  # inside the served folder: the server follows it
    (root / "webcast.html").write_text(PAGE.format(token="tok-a"), encoding="utf-8")
    encoder.wait_ready(timeout=20, segments=4)
    server = StreamServer(root).start()
    yield root, server
    server.stop()
    encoder.stop()


def _play_from_the_page(qtbot, server, policy: Policy | None = None):
    """Open the page as a source (yt-dlp finds the webcast) and play its stream like a tile."""
    page_url = server.url("webcast.html")
    result = read_source(page_url)
    assert result.ok, result.problems
    [stream] = result.streams
    assert stream.url == server.url("tok-a/live.m3u8")
    assert stream.page == page_url
    assert not stream.audio_only  # a plain media playlist names no codec: it may well be video
    player = QtPlayer(video=False, policy=policy, page_resolver=resolve_streams)
    messages: list[tuple[str, int]] = []
    # Each message with the reconnect attempt it came in (the notice: which attempt found it).
    player.connection_changed.connect(lambda m: messages.append((m, player.watchdog.attempt)))
    source = StreamSource(stream.url, stream.user_agent, stream.referrer, stream.page)
    player.play(PlayRequest(source, title="Committee 5", live=True))
    qtbot.waitUntil(
        lambda: player.state == "playing" and player.backend.raw_time_ms() > 1000, timeout=20_000
    )
    return player, messages, page_url


def _rotate_token(root, server, refused_prefix: str) -> None:
    """The page now names tok-b, and the server refuses what starts with ``refused_prefix``."""
    (root / "webcast.html").write_text(PAGE.format(token="tok-b"), encoding="utf-8")
    server.respond_status(refused_prefix, 403)


def _assert_plays_the_new_address(qtbot, player, server, messages, page_url) -> int:
    """Returns the reconnect attempt that found the new address."""
    notice = f"The webcast's address expired; found it again on {page_url}"
    refused = time.monotonic()
    qtbot.waitUntil(lambda: any(m == notice for m, _ in messages), timeout=60_000)
    found = time.monotonic()
    assert player.request is not None
    assert player.request.source.url == server.url("tok-b/live.m3u8")
    assert player.request.source.page == page_url  # the next expiry is found again too
    segments_before = sum(n for p, n in server.all_hits().items() if p.startswith("/tok-b/live_"))
    qtbot.waitUntil(lambda: player.state == "playing", timeout=20_000)
    wait_played(qtbot, player, 2000, timeout=20_000)  # still playing, in the stream's own time
    print(
        f"token refused -> found again on the page {found - refused:.1f} s "
        f"-> 2 s played from the new address {time.monotonic() - refused:.1f} s"
    )
    segments_after = sum(n for p, n in server.all_hits().items() if p.startswith("/tok-b/live_"))
    assert segments_after > segments_before  # the picture comes from the new address
    assert player.notice == notice  # the status line says so while it plays
    return next(attempt for m, attempt in messages if m == notice)


def test_a_refused_manifest_is_found_again_on_its_page(qtbot, site) -> None:
    root, server = site
    player, messages, page_url = _play_from_the_page(qtbot, server)
    try:
        _rotate_token(root, server, "/tok-a/")
        # The first reconnect's preflight sees the 403 and reads the page at once.
        assert _assert_plays_the_new_address(qtbot, player, server, messages, page_url) == 1
    finally:
        player.release()


def test_refused_segments_behind_a_good_manifest_are_found_again_after_a_failed_reconnect(
    qtbot, site
) -> None:
    """The manifest still answers but its segments are refused: the preflight passes, the
    reconnect fails, and the next one reads the page again."""
    root, server = site
    player, messages, page_url = _play_from_the_page(qtbot, server, Policy(open_timeout_s=8))
    try:
        _rotate_token(root, server, "/tok-a/live_")
        # The first reconnect (the manifest answers) fails; the next reads the page again.
        assert _assert_plays_the_new_address(qtbot, player, server, messages, page_url) == 2
    finally:
        player.release()


def test_the_apps_players_can_read_a_webcast_page_again(qtbot, site, tmp_path):
    """The player layer does not import services: the app hands its players the page resolver
    (yt-dlp in a child process). Without it an expired address is never found again."""
    from observer_app.ui.app import player_factory

    _root, server = site
    make, problem = player_factory(tmp_path / "work")
    assert make is not None, problem
    player = make()
    try:
        assert player.page_resolver is not None
        found, why = player.page_resolver(server.url("webcast.html"), 30.0)
    finally:
        player.release()
    assert [item["url"] for item in found] == [server.url("tok-a/live.m3u8")], why

"""Issue 17: a webcast read from a *saved copy* of a web page (an .html file) whose signed
address expires. There is no page on the web to read again, so the player cannot find a fresh
address: it says so in its reconnect messages (and when it gives up), plainly, rather than
retrying in silence; it never asks the resolver about a file.

Real parts: an ffmpeg live HLS encoder served on 127.0.0.1 under a token path, the saved page
read by Observer's own page reader, libVLC playing; the server then refuses the token (403).
"""

from __future__ import annotations

import pytest
from support.media import start_live
from support.server import StreamServer

from observer_app.core.sources import StreamSource
from observer_app.player.qt_player import PlayRequest, QtPlayer
from observer_app.services.sources import read_source

pytestmark = pytest.mark.vlc

SAVED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Committee 5 - live webcast</title></head>
<body><main><h1>Committee 5</h1>
<video controls width="640"><source src="{url}" type="application/x-mpegURL"></video>
</main></body></html>
"""


@pytest.fixture
def live(tmp_path):
    root = tmp_path / "site"
    encoder = start_live(root / "tok-a", segment_seconds=1, list_size=6)
    encoder.wait_ready(timeout=20, segments=4)
    server = StreamServer(root).start()
    yield server
    server.stop()
    encoder.stop()


def test_an_expired_address_from_a_saved_page_is_said_plainly(qtbot, live, tmp_path):
    asked: list[str] = []

    def resolver_must_not_be_asked(page: str, deadline_s: float):
        asked.append(page)
        return [], "asked"

    saved = tmp_path / "Downloads" / "Committee 5 - live webcast.html"
    saved.parent.mkdir()
    saved.write_text(SAVED.format(url=live.url("tok-a/live.m3u8")), encoding="utf-8")
    result = read_source(str(saved))
    assert result.ok, result.problems
    [stream] = result.streams
    assert stream.page == str(saved)  # where it was read from: a file, not a web address

    player = QtPlayer(video=False, page_resolver=resolver_must_not_be_asked)
    messages: list[str] = []
    player.connection_changed.connect(messages.append)
    try:
        source = StreamSource(stream.url, stream.user_agent, stream.referrer, stream.page)
        player.play(PlayRequest(source, title="Committee 5", live=True))
        qtbot.waitUntil(
            lambda: player.state == "playing" and player.backend.raw_time_ms() > 1000,
            timeout=20_000,
        )
        live.respond_status("/tok-a/", 403)  # the token expired
        why = "came from a saved copy of a web page (Committee 5 - live webcast.html)"
        qtbot.waitUntil(
            lambda: any(m.startswith("Reconnecting to Committee 5") and why in m for m in messages),
            timeout=60_000,
        )
        said = next(m for m in messages if why in m)
        assert "open the page's web address instead" in said, said
        assert "403" in said or "refused" in said, said  # what the server answered, too
        assert asked == []  # a file is not a page the resolver can read again
        assert player.request is not None and player.request.source.url == stream.url
    finally:
        player.release()

"""A live HLS stream with a long window (DVR): the player seeks back into it and keeps playing.

The stream is a 40 s playlist of real 2 s segments served without EXT-X-ENDLIST: to libVLC and
to our resolver it is live, with a 40 s window (a real encoder would need 40 s to build one).
"""

from __future__ import annotations

import pytest
from support.media import make_dvr_live
from support.server import StreamServer

from observer_app.core.sources import StreamSource
from observer_app.player.qt_player import PlayRequest, QtPlayer

pytestmark = pytest.mark.vlc


@pytest.fixture(scope="module")
def dvr_stream(tmp_path_factory):
    out = tmp_path_factory.mktemp("dvr")
    make_dvr_live(out)
    with StreamServer(out) as server:
        yield server.url("live.m3u8")


def test_seek_back_into_the_live_window_and_keep_playing(qtbot, dvr_stream):
    player = QtPlayer(video=False)
    try:
        player.play(PlayRequest(StreamSource(dvr_stream), live=True, title="Committee 5"))
        qtbot.waitUntil(
            lambda: player.state == "playing" and player.backend.raw_time_ms() > 0, timeout=15_000
        )
        earliest, edge = player.dvr_range()
        assert (
            38_000 <= edge - earliest + 4_000 <= 42_000
        )  # the 40 s window, minus the safety margin
        start = player.backend.raw_time_ms()
        assert start > 15_000, (
            "libVLC opens a live stream behind its newest segment, not at the start"
        )
        target = max(earliest, start - 15_000)
        player.seek(target)
        qtbot.waitUntil(lambda: abs(player.backend.raw_time_ms() - target) < 3_000, timeout=5_000)
        moved = player.backend.raw_time_ms()
        qtbot.waitUntil(
            lambda: player.backend.raw_time_ms() > moved + 2_000, timeout=8_000
        )  # still playing, two seconds on
        assert player.state == "playing"
        player.seek(0)  # before the window: clamped to its oldest safe point
        qtbot.waitUntil(
            lambda: abs(player.backend.raw_time_ms() - player.dvr_range()[0]) < 3_000, timeout=5_000
        )
    finally:
        player.release()


def test_no_dvr_on_an_archive(qtbot, dvr_stream):
    player = QtPlayer(video=False)
    try:
        player.play(PlayRequest(StreamSource(dvr_stream), live=False))
        qtbot.waitUntil(lambda: player.state == "playing", timeout=15_000)
        assert player.dvr_range() is None
    finally:
        player.release()

"""A recording played to its end stays "ended" (libVLC 3.0.24 sends Stopped right after
EndReached; read as "stopped", the watchdog took the silent end for a stall and reconnected near
the end again and again, each time a new transcript segment). Real parts: libVLC plays an
ffmpeg-made HLS recording served on 127.0.0.1; the watchdog is fed what the player says."""

from __future__ import annotations

import pytest

from observer_app.player.backend import OpenRequest, VlcBackend
from observer_app.player.watchdog import Watchdog
from tests.support.media import make_vod_muxed
from tests.support.server import StreamServer
from tests.support.waiting import wait_for

pytestmark = pytest.mark.vlc


def test_the_end_of_a_recording_is_not_a_stall(tmp_path):
    make_vod_muxed(tmp_path, seconds=6)
    kinds: list[str] = []
    backend = VlcBackend(on_event=lambda e: kinds.append(str(e.kind)), video=False)
    try:
        with StreamServer(tmp_path) as server:
            backend.open(OpenRequest(server.url("index.m3u8"), no_video=True, start_ms=3000))
            # libVLC's last word on the media: EndReached, then Stopped (measured here).
            wait_for(lambda: kinds.count("ended") + kinds.count("stopped") >= 2, timeout=30)
        assert "ended" in kinds, kinds
        assert backend.state == "ended", kinds
        dog = Watchdog()
        dog.opened(0.0)
        dog.observe(1.0, "playing", 1000, live=False)
        dog.observe(2.0, "playing", 2000, live=False)
        # Silent at the end for 20 s: a recording that ended is done, never reopened.
        assert dog.observe(22.0, backend.state, 2000, live=False) is None
    finally:
        backend.release()

"""QtPlayer on its own: real libVLC, no window needed."""

from __future__ import annotations

from datetime import UTC

import pytest
from support.gui import wait_played

from observer_app.core.sources import StreamSource
from observer_app.player.qt_player import PlayRequest, QtPlayer
from observer_app.player.states import PlayerState
from observer_app.runtime import paths as app_paths

pytestmark = pytest.mark.vlc

COM5 = (app_paths.resources_dir() / "demo" / "media" / "com5.mkv").as_uri()


@pytest.fixture
def player(qtbot):
    p = QtPlayer(video=False)
    yield p
    p.release()


def test_looping_file_started_late_wraps_to_the_beginning(qtbot, player):
    """libVLC restarts a repeat at :start-time; ours must play the whole loop."""
    player.play(
        PlayRequest(StreamSource(COM5), title="Committee 5", start_ms=57_000, loop=True, live=True)
    )
    qtbot.waitUntil(
        lambda: player.state == "playing" and player.backend.raw_time_ms() >= 57_000, timeout=8000
    )
    qtbot.waitUntil(
        lambda: 0 < player.backend.raw_time_ms() < 5_000, timeout=10_000
    )  # wrapped past 60 s
    # ... and kept going from 0, not back to 57 s (where libVLC's own repeat would restart).
    qtbot.waitUntil(lambda: 3_000 < player.backend.raw_time_ms() < 57_000, timeout=10_000)


def test_released_player_ignores_every_call(qtbot, player):
    player.open(COM5)
    qtbot.waitUntil(lambda: player.state == "playing", timeout=8000)
    player.release()
    player.seek(1000)
    player.toggle_pause()
    player.set_volume(10)
    player.set_language("fr")
    player.go_live()
    player.retry()
    assert player.audio_tracks() == [] and player.length_ms() == 0
    # The scenario, not a synchronisation: half a second for late timers and queued libVLC
    # events to fire; none of them may touch the freed player.
    qtbot.wait(500)


def test_live_wall_clock_counts_a_pause(qtbot, player):
    """Without PROGRAM-DATE-TIME a live stream's clock is anchored when it starts playing:
    after a 2 s pause the picture is 2 s behind the wall clock, and so is a note's stamp."""
    from datetime import datetime

    player.play(PlayRequest(StreamSource(COM5), title="Committee 5", live=True))
    qtbot.waitUntil(lambda: player.wall_clock() is not None, timeout=8000)
    wait_played(qtbot, player, 500)
    lag_before = (datetime.now(UTC) - player.wall_clock()).total_seconds()
    player.toggle_pause()
    qtbot.wait(2000)  # the scenario: a 2 s pause (what the stamp must count)
    player.toggle_pause()
    qtbot.waitUntil(lambda: player.state == "playing", timeout=3000)
    wait_played(qtbot, player, 500)
    lag_after = (datetime.now(UTC) - player.wall_clock()).total_seconds()
    assert 1.3 <= lag_after - lag_before <= 3.5


def test_mute_and_volume_set_before_playing_reach_libvlc(qtbot, monkeypatch):
    """libVLC drops them until its audio output exists; the player re-applies them on Playing.
    (amem: an audio output that supports mute, unlike the dummy one used elsewhere.)"""
    monkeypatch.setenv("OBSERVER_VLC_ARGS", "--aout=amem")
    player = QtPlayer(video=False)
    try:
        player.set_mute(True)
        player.set_volume(37)
        player.open(COM5)
        qtbot.waitUntil(lambda: player.state == "playing", timeout=8000)
        qtbot.waitUntil(lambda: player.backend._player.audio_get_mute() == 1, timeout=3000)
        assert player.backend.volume() == 37
        player.set_mute(False)
        qtbot.waitUntil(lambda: player.backend._player.audio_get_mute() == 0, timeout=3000)
    finally:
        player.release()


def test_a_slow_network_does_not_turn_every_retry_into_a_new_one(qtbot, tmp_path):
    """Resolving a stream takes 2.5 s here (slow TLS, far server); the stale state of the
    previous media must not make the watchdog abandon the fetch again and again."""
    import http.server
    import threading

    import requests

    data = COM5.replace("file://", "")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = open(data, "rb").read()
            self.send_response(200)
            self.send_header("Content-Type", "video/x-matroska")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:
                pass

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    class SlowSession(requests.Session):
        def get(self, *args, **kwargs):
            import time as _t

            _t.sleep(2.5)  # the scenario: a slow server, not a synchronisation
            return super().get(*args, **kwargs)

    player = QtPlayer(video=False, session_factory=SlowSession)
    try:
        player.open(f"http://127.0.0.1:{server.server_address[1]}/com5.mkv")
        player.backend.state = PlayerState.ERROR  # what a previous stream left behind
        qtbot.waitUntil(
            lambda: player.state == "playing" and player.backend.raw_time_ms() > 0, timeout=15_000
        )
        assert player.watchdog.attempt == 0
    finally:
        player.release()
        server.shutdown()

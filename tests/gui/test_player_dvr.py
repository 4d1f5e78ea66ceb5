"""The player panel on a live stream with a DVR window: a seek bar, skip back, "behind live"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.media import make_dvr_live
from support.server import StreamServer

from observer_app.core.model import StreamKind
from observer_app.core.playback import PlaybackTarget

pytestmark = [pytest.mark.gui, pytest.mark.vlc]


@pytest.fixture
def dvr_url(tmp_path):
    make_dvr_live(tmp_path / "dvr")
    with StreamServer(tmp_path / "dvr") as server:
        yield server.url("live.m3u8")


def test_live_window_shows_a_seek_bar_and_skip_back_goes_behind_live(qtbot, window, dvr_url):
    panel = window.player_panel
    panel.play(PlaybackTarget("com5", dvr_url, StreamKind.LIVE, None))
    player = panel.active.player
    # (the tile's player was playing the demo: wait for the new stream, resolved with its window)
    qtbot.waitUntil(
        lambda: (
            player.dvr_range() is not None
            and player.state == "playing"
            and player.backend.raw_time_ms() > 15_000
        ),
        timeout=15_000,
    )
    controls = panel.controls
    qtbot.waitUntil(lambda: controls.seek.isVisible(), timeout=3_000)
    assert controls.seek.accessibleName() == "Position in the live window"
    assert controls.live_button.isVisible()
    before = player.backend.raw_time_ms()
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    qtbot.waitUntil(lambda: player.backend.raw_time_ms() < before - 15_000, timeout=5_000)
    qtbot.waitUntil(lambda: "behind live" in controls.position.text(), timeout=3_000)
    # "Go live" acts on the player of the tile the controls are attached to.
    behind = player.backend.raw_time_ms()
    qtbot.mouseClick(controls.live_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.backend.raw_time_ms() > behind + 10_000, timeout=10_000)

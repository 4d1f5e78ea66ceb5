"""The panes wait for the video to start (``startup.when_video_starts``), but not for a player
that has finished: an ended or failed stream will never make a picture."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QWidget

from observer_app.player.qt_player import QtPlayer
from observer_app.player.states import PlayerState
from observer_app.ui import startup

pytestmark = [pytest.mark.gui, pytest.mark.vlc]


def test_the_panes_do_not_wait_for_a_player_that_has_ended(qtbot, tmp_path):
    media = tmp_path / "tone.wav"  # sound only: no video output ever appears
    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", "sine=duration=3", str(media)],
        check=True,
    )
    window = QWidget()
    player = window.player = QtPlayer(video=False)  # what when_video_starts reads
    built: list[bool] = []
    try:
        player.open(media.as_uri())
        qtbot.waitUntil(lambda: player.state is PlayerState.PLAYING, timeout=10_000)
        # Ten minutes of cap: only the end of the file can let the panes be built in time.
        startup.when_video_starts(window, lambda: built.append(True), cap_ms=600_000)
        assert built == []  # playing, no video yet: waiting
        qtbot.waitUntil(lambda: built == [True], timeout=15_000)
        # (libVLC says Stopped right after Ended once the file is done)
        assert player.state in (PlayerState.ENDED, PlayerState.STOPPED)
    finally:
        player.release()

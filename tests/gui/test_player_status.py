"""The player's status line and Play/Pause button follow the player's state (the state reaches
the controls as its text through ``QtPlayer.state_changed``)."""

from __future__ import annotations

import pytest
from support.gui import wait_playing

pytestmark = [pytest.mark.gui, pytest.mark.vlc]


def test_status_line_and_button_say_playing_then_paused_then_playing(qtbot, window):
    wait_playing(qtbot, window)
    panel = window.player_panel
    button = panel.controls.play_button
    qtbot.waitUntil(lambda: panel.status.text() == "Playing", timeout=5_000)
    assert button.text() == "Pause"
    button.click()
    qtbot.waitUntil(lambda: panel.status.text() == "Paused", timeout=10_000)
    assert button.text() == "Play"
    button.click()
    qtbot.waitUntil(lambda: panel.status.text() == "Playing", timeout=10_000)
    assert button.text() == "Pause"

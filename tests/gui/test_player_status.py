"""The player's status line and Play/Pause button follow the player's state (the state reaches
the controls as its text through ``QtPlayer.state_changed``)."""

from __future__ import annotations

import pytest
from support.gui import wait_playing

from observer_app.player.stream import Quality

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


def test_the_quality_picked_reaches_the_player_as_its_enum(qtbot, window):
    """The combo gives its data back as text: the player's resolve compares the Enum."""
    wait_playing(qtbot, window)
    combo = window.player_panel.controls.quality
    combo.setCurrentIndex(combo.findData("lowest"))
    combo.activated.emit(combo.currentIndex())  # as a user's pick does
    assert window.player.choice.quality is Quality.LOWEST
    combo.setCurrentIndex(combo.findData("auto"))
    combo.activated.emit(combo.currentIndex())
    assert window.player.choice.quality is Quality.AUTO

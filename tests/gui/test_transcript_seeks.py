"""Seeks made with the player's own controls re-anchor the live transcript (issue 19).

Real parts: the window's player (libVLC) plays espeak-ng speech over HLS on 127.0.0.1 as a
recording, *Transcribe* starts real faster-whisper (tiny.en from a test package) on the PCM
tap, then the observer seeks with the seek bar and with Ctrl+Alt+Left (back 30 s). After each
seek the first sentence is heard again and its line must carry its own time in the media (a
plain seek would leave the pipe's clock running on, ~10 s later)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from observer_app.core.model import StreamKind
from observer_app.core.playback import PlaybackTarget
from tests.support.server import StreamServer
from tests.support.speech import make_speech_hls

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

SENTENCES = [
    (1.0, "Brazil, you have the floor."),
    (8.0, "We support the proposal on cybersecurity in Document 161."),
]


@pytest.fixture(scope="module")
def recording_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speech-seek")
    playlist, spoken = make_speech_hls(folder, SENTENCES, 24.0)
    with StreamServer(folder) as server:
        yield server.url(playlist.name), spoken


def _lines(window) -> list:
    model = window.transcript.panel.model
    return [model.line_at(row) for row in range(model.rowCount())]


def _wait_for(qtbot, window, word: str, after: int) -> object:
    qtbot.waitUntil(
        lambda: any(word in x.text.lower() for x in _lines(window)[after:]), timeout=60_000
    )
    return next(x for x in _lines(window)[after:] if word in x.text.lower())


def test_seek_bar_and_keyboard_seeks_keep_line_times_true(qtbot, window, recording_url):
    url, spoken = recording_url
    panel = window.player_panel
    panel.play(PlaybackTarget("plen", url, StreamKind.ARCHIVE, None))
    player = panel.active.player
    # (the tile was playing the demo: wait for the recording itself, near its start)
    qtbot.waitUntil(
        lambda: (
            player.backend.url.startswith(url.rsplit("/", 1)[0])
            and player.state == "playing"
            and 0 < player.backend.raw_time_ms() < 4000
        ),
        timeout=10_000,
    )
    window.transcript.panel.toggle.click()
    qtbot.waitUntil(lambda: window.transcript.live.running, timeout=5000)
    line = _wait_for(qtbot, window, "cybersecurity", 0)
    assert abs(line.start_ms / 1000 - spoken[1].start_s) <= 2.0, line

    # The seek bar, back to the start (as a drag released there).
    controls = panel.controls
    qtbot.waitUntil(lambda: controls.seek.isVisible() and controls.seek.maximum() > 0)
    before = len(_lines(window))
    controls.seek.setValue(0)
    controls.seek.sliderReleased.emit()
    again = _wait_for(qtbot, window, "floor", before)
    assert abs(again.start_ms / 1000 - spoken[0].start_s) <= 2.0, (again, spoken[0])

    # The keyboard: Ctrl+Alt+Left, back 30 s (to the start again, once the second is heard).
    _wait_for(qtbot, window, "cybersecurity", before)
    before = len(_lines(window))
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    again = _wait_for(qtbot, window, "floor", before)
    assert abs(again.start_ms / 1000 - spoken[0].start_s) <= 2.0, (again, spoken[0])
    window.transcript.panel.toggle.click()
    assert not window.transcript.live.running

"""Several tiles (issue 19): the transcript follows the tile with the sound. Moving the sound
to another tile moves what is transcribed (a new segment, under that tile's stream), and the
tile left behind is no longer transcribed.

Real parts: two recordings of espeak-ng speech with different words over HLS on 127.0.0.1,
two real libVLC players in the window's tiles, real faster-whisper (tiny.en)."""

from __future__ import annotations

import pytest

from observer_app.core.model import StreamKind
from observer_app.core.playback import PlaybackTarget
from tests.support.server import StreamServer
from tests.support.speech import make_speech_hls

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

PLENARY = [(1.0, "The plenary supports the proposal on cybersecurity."), (9.0, "Thank you.")]
COMMITTEE = [(1.0, "The committee discusses the budget of the Union."), (9.0, "Thank you.")]
# (tiny.en hears "budget" as "margins" in this voice: the test keys on "committee")


@pytest.fixture(scope="module")
def two_streams(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiles")
    make_speech_hls(root / "plenary", PLENARY, 40.0)
    make_speech_hls(root / "committee", COMMITTEE, 40.0)
    with StreamServer(root) as server:
        yield server.url("plenary/speech.m3u8"), server.url("committee/speech.m3u8")


def _lines(window) -> list:
    model = window.transcript.panel.model
    return [model.line_at(row) for row in range(model.rowCount())]


def test_the_transcript_follows_the_sound_to_another_tile(qtbot, window, two_streams):
    plenary, committee = two_streams
    panel = window.player_panel
    panel.play(PlaybackTarget("plen", plenary, StreamKind.ARCHIVE, None))
    first = panel.active
    qtbot.waitUntil(lambda: plenary in (first.player.backend.url or ""), timeout=10_000)
    window.transcript.panel.toggle.click()
    qtbot.waitUntil(
        lambda: any("cybersecurity" in x.text.lower() for x in _lines(window)), timeout=60_000
    )
    assert {x.stream_url for x in _lines(window)} == {plenary}

    # A second tile: the sound (and the transcript) go there.
    panel.play(PlaybackTarget("com5", committee, StreamKind.ARCHIVE, None), new_tile=True)
    second = panel.active
    assert second is not first
    qtbot.waitUntil(lambda: window.transcript.live.player is second.player, timeout=10_000)
    before = len(_lines(window))
    qtbot.waitUntil(
        lambda: any("committee" in x.text.lower() for x in _lines(window)[before:]), timeout=60_000
    )
    moved = _lines(window)[before:]
    committee_lines = [x for x in moved if "committee" in x.text.lower()]
    assert all(x.stream_url == committee and x.body_id == "com5" for x in committee_lines)
    assert first.player.pcm_pipe is None  # the tile left behind plays on, untapped
    assert not any("cybersecurity" in x.text.lower() for x in moved)

    # A click back on the first tile: the transcript goes back with the sound.
    panel.set_active(first)
    qtbot.waitUntil(lambda: window.transcript.live.player is first.player, timeout=10_000)
    assert second.player.pcm_pipe is None and first.player.pcm_pipe is not None
    window.transcript.panel.toggle.click()
    assert not window.transcript.live.running

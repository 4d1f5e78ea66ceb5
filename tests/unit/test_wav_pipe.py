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
    # The second piece is cut in the pause at 4.1 s and starts 0.2 s before its tone (5.0 s).
    assert [round(p.start_s, 1) for p in pieces][:2] == [0.0, 4.8]
    assert all(len(p.samples) <= 8 * RATE for p in pieces)


def test_a_piece_starts_where_its_sound_does_not_in_the_silence_before():
    """Whisper dates a piece's first words at the piece's start: 2.5 s of silence kept in
    front made a line 2.4 s early (measured in tests/gui/test_transcript_renditions.py)."""
    tone = (0.3 * np.sin(np.arange(RATE * 2) * 2 * np.pi * 220 / RATE)).astype(np.float32)
    audio = np.concatenate([np.zeros(int(RATE * 2.5), dtype=np.float32), tone])
    chunker = Chunker()
    pieces = [*chunker.feed(audio), *chunker.flush()]
    assert len(pieces) == 1
    assert pieces[0].start_s == pytest.approx(2.3)  # 0.2 s before the tone at 2.5 s
    assert len(pieces[0].samples) == int(RATE * 2.2)

"""Speech to text in a child process, fed 16 kHz mono PCM (WAV) from a pipe.

Why a child process: Whisper decoding is seconds of CPU per minute of audio; in a thread of the
GUI process it would hold the GIL between CTranslate2 calls and every repaint would wait. The
child is started with ``spawn`` (no copy of the GUI's threads or libVLC state) and talks back
through a ``multiprocessing`` queue that the caller polls.

The pipe carries what libVLC's stream output writes (``player/pcm_tap.py``): a WAV header,
then samples. The writer may close and reopen it (a reconnect, a reopen after a stall): each
header starts a new *segment*, and times restart at 0 inside it; the caller knows where each
segment started in the media (its anchors) and maps ``offset_ms`` to a position and a UTC time.

Cutting the audio into pieces for Whisper: at least ``MIN_S`` seconds, cut in the first pause
(300 ms below the quiet level) after that, or at the quietest 100 ms when ``MAX_S`` is reached.
Short pieces keep the latency low (speech to line ~ piece length + decoding time); cutting in
pauses keeps words whole. Silent pieces are not decoded (Whisper invents text in silence).
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import struct
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import numpy as np

log = logging.getLogger("observer.transcript")

RATE = 16000
FRAME = RATE // 10  # 100 ms
MIN_S = 3.0
MAX_S = 8.0
#: For recordings (no one waits for the line): Whisper pads every piece to 30 s of input, so
#: pieces close to that cost the same per piece and several times less per minute of audio.
LONG_MIN_S = 20.0
LONG_MAX_S = 28.0
QUIET_RMS = 0.01  # about -40 dBFS
PAUSE_FRAMES = 3


@dataclass(frozen=True)
class TranscriberConfig:
    model_dir: str
    language: str | None = None  # None: detected by a multilingual model
    threads: int = 2
    min_s: float = MIN_S
    max_s: float = MAX_S


@dataclass(frozen=True)
class Piece:
    """Samples to decode, and where they start in their segment (seconds)."""

    start_s: float
    samples: np.ndarray


def _rms(frames: np.ndarray) -> np.ndarray:
    rms: np.ndarray = np.sqrt(np.mean(np.square(frames), axis=1))
    return rms


def _frames(samples: np.ndarray, first: int = 0) -> np.ndarray:
    count = (len(samples) - first) // FRAME
    return samples[first : first + count * FRAME].reshape(count, FRAME)


def find_cut(samples: np.ndarray, min_s: float, max_s: float) -> int | None:
    """Where to cut ``samples`` (a sample index), or None to wait for more audio."""
    first = int(min_s * RATE)
    if len(samples) < first + PAUSE_FRAMES * FRAME:
        return None
    quiet = _rms(_frames(samples, first)) < QUIET_RMS
    run = 0
    for i, q in enumerate(quiet):
        run = run + 1 if q else 0
        if run == PAUSE_FRAMES:
            return first + (i - 1) * FRAME  # in the middle of the pause
    if len(samples) >= int(max_s * RATE):
        window = _frames(samples[: int(max_s * RATE)], first)
        return first + int(np.argmin(_rms(window))) * FRAME + FRAME // 2
    return None


class Chunker:
    """Collects samples of one segment and hands out pieces cut in pauses."""

    def __init__(self, min_s: float = MIN_S, max_s: float = MAX_S):
        self.min_s, self.max_s = min_s, max_s
        self._buffer = np.zeros(0, dtype=np.float32)
        self._start = 0  # sample index of the buffer's first sample within the segment

    def feed(self, samples: np.ndarray) -> Iterator[Piece]:
        self._buffer = np.concatenate([self._buffer, samples])
        while (cut := find_cut(self._buffer, self.min_s, self.max_s)) is not None:
            yield from self._take(cut)

    def flush(self) -> Iterator[Piece]:
        if len(self._buffer):
            yield from self._take(len(self._buffer))

    def _take(self, cut: int) -> Iterator[Piece]:
        piece, self._buffer = self._buffer[:cut], self._buffer[cut:]
        start, self._start = self._start, self._start + cut
        if len(piece) >= FRAME and float(_rms(_frames(piece)).max()) >= QUIET_RMS:
            yield Piece(start / RATE, piece)


def read_wav_header(stream: IO[bytes]) -> bool:
    """Skip a streamed WAV header up to its ``data`` chunk; False at end of stream."""
    head = stream.read(12)
    if len(head) < 12:
        return False
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise ValueError("the audio pipe does not carry WAV")
    while True:
        chunk = stream.read(8)
        if len(chunk) < 8:
            return False
        kind, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if kind == b"data":
            return True
        stream.read(size + (size & 1))


def transcribe_piece(model: Any, piece: Piece, language: str | None) -> list[dict[str, Any]]:
    """Whisper on one piece: greedy, no conditioning on earlier text (no runaway repeats)."""
    segments, info = model.transcribe(
        piece.samples,
        language=language,
        beam_size=1,
        condition_on_previous_text=False,
        vad_filter=False,
    )
    lines = []
    for seg in segments:
        text = seg.text.strip()
        if not text:
            continue
        lines.append(
            {
                "kind": "line",
                "start_ms": int(round((piece.start_s + seg.start) * 1000)),
                "end_ms": int(round((piece.start_s + seg.end) * 1000)),
                "text": text,
                "language": info.language,
            }
        )
    return lines


def _segments(path: str, stop: Any) -> Iterator[IO[bytes]]:
    """Open the pipe again after each writer goes away, until asked to stop."""
    while not stop.is_set():
        with open(path, "rb", buffering=0) as stream:
            yield stream


def child_main(config: TranscriberConfig, source: str, results: Any, stop: Any) -> None:
    """The child process: load the model, then decode every segment written to ``source``."""
    from observer_app.services.speech_models import ModelError, load_model

    try:
        started = time.monotonic()
        model = load_model(__import__("pathlib").Path(config.model_dir), config.threads)
        results.put({"kind": "ready", "load_s": time.monotonic() - started})
        for segment, stream in enumerate(_segments(source, stop)):
            if not read_wav_header(stream):
                if not stop.is_set() and source_is_file(source):
                    break
                continue
            results.put({"kind": "segment", "segment": segment})
            _decode_segment(model, config, stream, segment, results, stop)
            if source_is_file(source):
                break
    except (ModelError, ValueError, OSError) as exc:
        results.put({"kind": "error", "message": str(exc)})
    finally:
        results.put({"kind": "end"})


def source_is_file(path: str) -> bool:
    import stat
    from pathlib import Path

    try:
        return stat.S_ISREG(Path(path).stat().st_mode)
    except OSError:
        return False


def _decode_segment(
    model: Any,
    config: TranscriberConfig,
    stream: IO[bytes],
    segment: int,
    results: Any,
    stop: Any,
) -> None:
    chunker = Chunker(config.min_s, config.max_s)
    received = 0
    leftover = b""
    while not stop.is_set():
        data = stream.read(RATE // 5 * 2)  # 200 ms
        if not data:
            break
        data, leftover = leftover + data, b""
        if len(data) % 2:
            data, leftover = data[:-1], data[-1:]
        samples = np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0
        received += len(samples)
        for piece in chunker.feed(samples):
            _emit(model, config, piece, segment, received, results)
    for piece in chunker.flush():
        _emit(model, config, piece, segment, received, results)
    results.put({"kind": "segment_end", "segment": segment, "audio_ms": received * 1000 // RATE})


def _emit(
    model: Any, config: TranscriberConfig, piece: Piece, segment: int, received: int, results: Any
) -> None:
    started = time.monotonic()
    for line in transcribe_piece(model, piece, config.language):
        line.update(
            segment=segment,
            audio_received_ms=received * 1000 // RATE,
            decode_s=time.monotonic() - started,
            piece_s=len(piece.samples) / RATE,
        )
        results.put(line)


def _wake_reader(path: str) -> None:
    """Open and close the pipe for writing, so a child waiting in ``open`` sees end of file."""
    import os

    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # no reader waiting, or not a pipe


class Transcriber:
    """The parent's handle on the child: start, poll messages, stop."""

    def __init__(self, config: TranscriberConfig, source: str):
        context = multiprocessing.get_context("spawn")
        self._results: Any = context.Queue()
        self._stop: Any = context.Event()
        self._process = context.Process(
            target=child_main,
            args=(config, source, self._results, self._stop),
            name="observer-transcriber",
            daemon=True,
        )
        self.source = source

    def start(self) -> Transcriber:
        self._process.start()
        return self

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def poll(self, timeout: float = 0.0) -> list[dict[str, Any]]:
        """Messages that arrived: ``ready``, ``segment``, ``line``, ``error``, ``end``."""
        messages = []
        try:
            messages.append(
                self._results.get(timeout=timeout) if timeout else self._results.get_nowait()
            )
            while True:
                messages.append(self._results.get_nowait())
        except queue.Empty:
            pass
        return messages

    def alive(self) -> bool:
        return self._process.is_alive()

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the child to finish; it may be blocked opening the pipe, so end it if it must."""
        self._stop.set()
        _wake_reader(self.source)
        self._process.join(timeout)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout)
        self._results.close()

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
import threading
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
LEAD_FRAMES = (
    5  # kept before a piece's first loud frame: Whisper misheard words at a piece's very start
)


@dataclass(frozen=True)
class TranscriberConfig:
    model_dir: str
    language: str | None = None  # None: detected by a multilingual model
    threads: int = 2
    min_s: float = MIN_S
    max_s: float = MAX_S
    limit_s: float | None = None  # decode only this much audio of each segment


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
    """Collects samples of one segment and hands out pieces cut in pauses.

    ``catch_up`` lengthens pieces while audio waits to be decoded: Whisper's cost per piece
    hardly depends on its length (it pads to 30 s), so one long piece clears a backlog where
    several short ones would let it grow. (Short first pieces, from 1 or 2 s, were tried for
    latency: Whisper then misheard "Brazil" cut off from its sentence; not kept.)"""

    def __init__(self, min_s: float = MIN_S, max_s: float = MAX_S):
        self.min_s, self.max_s = min_s, max_s
        self._buffer = np.zeros(0, dtype=np.float32)
        self._start = 0  # sample index of the buffer's first sample within the segment
        self._backlog_s = 0.0

    def catch_up(self, backlog_s: float) -> None:
        """``backlog_s`` of audio waits behind the buffer: take it in fewer, longer pieces."""
        self._backlog_s = backlog_s

    def _limits(self) -> tuple[float, float]:
        if self._backlog_s <= self.max_s:
            return self.min_s, self.max_s
        longer = min(LONG_MIN_S, self._backlog_s)
        return max(self.min_s, longer), max(self.max_s, min(LONG_MAX_S, longer + 2))

    def feed(self, samples: np.ndarray) -> Iterator[Piece]:
        self._buffer = np.concatenate([self._buffer, samples])
        while (cut := find_cut(self._buffer, *self._limits())) is not None:
            yield from self._take(cut)

    def flush(self) -> Iterator[Piece]:
        if len(self._buffer):
            yield from self._take(len(self._buffer))

    def _take(self, cut: int) -> Iterator[Piece]:
        """The piece up to ``cut``, without its leading silence (Whisper dates the first words
        of a piece at its start: after 2.5 s of silence a line came 2.4 s early), or
        nothing when it is all silence."""
        piece, self._buffer = self._buffer[:cut], self._buffer[cut:]
        start, self._start = self._start, self._start + cut
        loud = np.flatnonzero(_rms(_frames(piece)) >= QUIET_RMS)  # (none in under a frame)
        if len(loud):
            first = max(0, int(loud[0]) - LEAD_FRAMES) * FRAME
            yield Piece((start + first) / RATE, piece[first:])


_MAGIC = b"WAVEfmt "


class WavPipe:
    """Reads a pipe carrying one WAV after another: each opening by the writer (a reopen, a
    seek, a reconnect) starts with a header, and a new writer may open the pipe before the old
    one closed it, so headers are also looked for inside the data. Yields ``None`` for each
    header (a new segment) and ``bytes`` of 16-bit samples (even length) in between."""

    def __init__(self, stream: Any, block: int = RATE // 5 * 2):
        self.stream, self.block, self.buf = stream, block, b""

    def _fill(self, size: int) -> bool:
        while len(self.buf) < size:
            data = self.stream.read(self.block)
            if not data:
                return False
            self.buf += data
        return True

    def _skip_header(self) -> bool:
        """Drop a header at the start of the buffer up to its ``data`` chunk; False at the end."""
        if not self._fill(12):
            return False
        if self.buf[:4] != b"RIFF" or self.buf[8:12] != b"WAVE":
            raise ValueError("the audio pipe does not carry WAV")
        self.buf = self.buf[12:]
        while self._fill(8):
            kind, size = self.buf[:4], struct.unpack("<I", self.buf[4:8])[0]
            self.buf = self.buf[8:]
            if kind == b"data":
                return True
            if not self._fill(size + (size & 1)):
                return False
            self.buf = self.buf[size + (size & 1) :]
        return False

    def events(self) -> Iterator[bytes | None]:
        while self._skip_header():
            yield None
            while True:
                found = self.buf.find(_MAGIC)
                if found >= 8 and self.buf[found - 8 : found - 4] == b"RIFF":
                    samples = self.buf[: found - 8]
                    yield samples[: len(samples) - len(samples) % 2]
                    self.buf = self.buf[found - 8 :]
                    break  # the next header
                keep = len(self.buf) - 15  # a header may straddle two reads
                keep -= keep % 2
                if keep > 0:
                    yield self.buf[:keep]
                    self.buf = self.buf[keep:]
                data = self.stream.read(self.block)
                if not data:
                    tail = self.buf[: len(self.buf) - len(self.buf) % 2]
                    if tail:
                        yield tail
                    return
                self.buf += data


#: How Whisper decodes a piece (benchmarks/transcribe.py --options measures the others):
#: greedy, and no conditioning on earlier text (no runaway repeats; pieces are cut in pauses).
DECODING: dict[str, Any] = {
    "beam_size": 1,
    "condition_on_previous_text": False,
    "vad_filter": False,
}


def transcribe_piece(
    model: Any, piece: Piece, language: str | None, decoding: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Whisper on one piece, decoded as ``DECODING`` says (or ``decoding``: the benchmark's).

    ``language`` None with a multilingual model (the floor: delegates change language): the
    language is detected per 30 s window from the encoder pass that also decodes it
    (``multilingual``; a piece is at most ``LONG_MAX_S``, one window), not by faster-whisper's
    ``language=None``, which encodes the piece a second time first; the line says what that
    detection found (kept by the model, not detected a second time)."""
    detect = language is None and bool(getattr(model.model, "is_multilingual", False))
    if detect:  # (a model from speech_models.load_model: its detections are kept)
        model.model.last_detected = None
    segments, info = model.transcribe(
        piece.samples,
        language="en" if detect else language,  # detect: only the first guess of the window
        multilingual=detect,
        **(DECODING if decoding is None else decoding),
    )
    segments = list(segments)  # decoded now, so that the detection is this piece's
    said = info.language
    if detect and model.model.last_detected is not None:
        (token, _probability), *_ = model.model.last_detected[0]
        said = token[2:-2]  # "<|fr|>"
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
                "language": said,
            }
        )
    return lines


class _PipeReader:
    """Empties the pipe on its own thread, whatever Whisper is doing.

    The pipe holds 64 KB (2 s of audio); while a piece is decoded (1-2 s, more on a busy
    machine) nobody would read it, libVLC's write would block, and with it the player's
    input: the picture and sound froze and the watchdog reconnected. Here the bytes wait in
    memory instead. ``read`` returns b"" once at the end of each writer's opening."""

    def __init__(self, path: str, stop: Any):
        self.path, self.stop = path, stop
        self.queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self.waiting = 0  # bytes read from the pipe and not yet taken: the backlog
        threading.Thread(target=self._run, name="pipe-reader", daemon=True).start()

    def backlog_s(self) -> float:
        return self.waiting / (2 * RATE)

    def _run(self) -> None:
        _name_os_thread(PIPE_READER_THREAD)
        try:
            while not self.stop.is_set():
                with open(self.path, "rb", buffering=0) as stream:
                    _grow_pipe(stream)
                    while data := stream.read(1 << 16):
                        self.waiting += len(data)
                        self.queue.put(data)
                self.queue.put(None)
                if source_is_file(self.path):
                    break
        except OSError as exc:
            log.warning("cannot read the audio pipe: %s", exc)
        self.queue.put(None)
        self.queue.put(None)  # and the end of everything

    def read(self, _size: int = -1) -> bytes:
        while True:
            try:
                data = self.queue.get(timeout=0.5)
            except queue.Empty:
                if self.stop.is_set():
                    return b""
                continue
            if data is None:
                return b""
            self.waiting -= len(data)
            return data


#: The pipe reader's name as the system shows it (``top -H``, /proc/PID/task/TID/comm).
PIPE_READER_THREAD = "pipe-reader"


def _name_os_thread(name: str) -> None:
    """Give the calling thread ``name`` in the system's tools (Linux; Python does not): which
    of the child's threads keeps the player's priority is then visible from outside."""
    import ctypes
    import sys

    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).prctl(15, name.encode()[:15], 0, 0, 0)  # PR_SET_NAME
        except (OSError, AttributeError):
            pass


def _grow_pipe(stream: IO[bytes]) -> None:
    """Ask Linux for a 1 MB pipe buffer (30 s of audio): more slack for the writer."""
    import fcntl

    try:
        fcntl.fcntl(stream.fileno(), 1031, 1 << 20)  # F_SETPIPE_SZ
    except OSError:
        pass


class _Decoder:
    """Pieces of the current segment go to Whisper; a new header closes the segment."""

    def __init__(
        self, model: Any, config: TranscriberConfig, results: Any, backlog: Any = lambda: 0.0
    ):
        self.model, self.config, self.results = model, config, results
        self.backlog = backlog  # seconds of audio read from the pipe, not yet taken
        self.segment = -1
        self.received = 0
        self.chunker: Chunker | None = None

    def header(self) -> None:
        self.close()
        self.segment += 1
        self.received = 0
        self.chunker = Chunker(self.config.min_s, self.config.max_s)
        self.results.put({"kind": "segment", "segment": self.segment})

    def samples(self, data: bytes) -> None:
        if self.chunker is None or not data:
            return
        samples = np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0
        if self.config.limit_s is not None:  # a file arrives faster than the parent can say stop
            samples = samples[: max(0, int(self.config.limit_s * RATE) - self.received)]
            if not len(samples):
                return
        before = self.received
        self.received += len(samples)
        limit = None if self.config.limit_s is None else int(self.config.limit_s * RATE)
        if self.received // RATE != before // RATE or self.received == limit:  # how far it got
            self.results.put({"kind": "progress", "audio_ms": self.received * 1000 // RATE})
        self.chunker.catch_up(self.backlog())
        for piece in self.chunker.feed(samples):
            self._emit(piece)

    def close(self) -> None:
        if self.chunker is None:
            return
        for piece in self.chunker.flush():
            self._emit(piece)
        self.chunker = None
        audio_ms = self.received * 1000 // RATE
        self.results.put({"kind": "segment_end", "segment": self.segment, "audio_ms": audio_ms})

    def _emit(self, piece: Piece) -> None:
        started = time.monotonic()
        for line in transcribe_piece(self.model, piece, self.config.language):
            line.update(
                segment=self.segment,
                audio_received_ms=self.received * 1000 // RATE,
                decode_s=time.monotonic() - started,
                piece_s=len(piece.samples) / RATE,
                backlog_s=self.backlog(),
            )
            self.results.put(line)


def child_main(
    config: TranscriberConfig, source: str | None, results: Any, stop: Any, commands: Any = None
) -> None:
    """The child process: load the model, then decode every segment written to ``source``.

    Without a ``source`` the child is started early ("warm": the transcript pane is shown)
    and loads its model while it waits for the pipe on ``commands``: the first audio then
    meets a loaded model instead of 2-8 s of loading (the first lines came 10-20 s late)."""
    from pathlib import Path

    from observer_app.services.speech_models import ModelError, load_model

    _exit_with_parent()
    try:
        # Read the pipe from the moment it is known, even while the model loads: a full
        # pipe would block libVLC's input meanwhile (the watchdog then reconnects).
        attached = _Attach(source, commands, stop)
        # Decoding keeps the player's CPU priority: lowered (+10) it bought the player nothing
        # measurable and left a busy machine's transcript 34-44 s behind (docs/architecture.md).
        started = time.monotonic()
        model = load_model(Path(config.model_dir), config.threads)
        results.put({"kind": "ready", "load_s": time.monotonic() - started})
        reader = attached.reader()
        if reader is None:
            return
        decoder = _Decoder(model, config, results, reader.backlog_s)
        while not stop.is_set():
            events = WavPipe(reader).events()  # one writer's opening (headers inside too)
            got = False
            for event in events:
                got = True
                if event is None:
                    decoder.header()
                else:
                    decoder.samples(event)
            decoder.close()
            if not got and source_is_file(reader.path):
                break
    except (ModelError, ValueError, OSError) as exc:
        results.put({"kind": "error", "message": str(exc)})
    finally:
        results.put({"kind": "end"})


class _Attach:
    """The pipe's reader, started on a thread as soon as the pipe's path is known (given at
    start, or later on ``commands``), so that it runs while the model loads."""

    def __init__(self, source: str | None, commands: Any, stop: Any):
        self._stop, self._done = stop, threading.Event()
        self._reader: _PipeReader | None = None
        threading.Thread(
            target=self._run, args=(source, commands), name="attach", daemon=True
        ).start()

    def _run(self, source: str | None, commands: Any) -> None:
        while source is None and commands is not None and not self._stop.is_set():
            try:
                source = commands.get(timeout=0.5)
            except queue.Empty:
                continue
        if source and not self._stop.is_set():
            self._reader = _PipeReader(source, self._stop)
        self._done.set()

    def reader(self) -> _PipeReader | None:
        """The reader once the pipe is known; None when stopped first."""
        while not self._done.wait(0.5):
            if self._stop.is_set():
                return None
        return self._reader


def _exit_with_parent() -> None:
    """End this child when the app dies (kill -9 included): it may sit in ``open`` of the
    pipe forever otherwise, an orphan holding the model in memory."""
    import os
    import threading

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def source_is_file(path: str) -> bool:
    import stat
    from pathlib import Path

    try:
        return stat.S_ISREG(Path(path).stat().st_mode)
    except OSError:
        return False


def _wake_reader(path: str) -> None:
    """Open and close the pipe for writing, so a child waiting in ``open`` sees end of file."""
    import os

    try:
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass  # no reader waiting, or not a pipe


class Transcriber:
    """The parent's handle on the child: start, poll messages, stop.

    ``source`` None: a warm child that loads its model now and reads the pipe ``attach``
    gives it later."""

    def __init__(self, config: TranscriberConfig, source: str | None):
        context = multiprocessing.get_context("spawn")
        self._results: Any = context.Queue()
        self._stop: Any = context.Event()
        self._commands: Any = context.Queue()
        self._process = context.Process(
            target=child_main,
            args=(config, source, self._results, self._stop, self._commands),
            name="observer-transcriber",
            daemon=True,
        )
        self.config = config
        self.source = source

    def attach(self, source: str) -> None:
        """Decode what is written to ``source`` (a warm child's pipe)."""
        self.source = source
        self._commands.put(source)

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
        if self.source:
            _wake_reader(self.source)
        self._process.join(timeout)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout)
        self._results.close()

"""The live transcript of what a player plays: the transcriber child, the pipe, the lines.

The player keeps playing as before; ``start`` makes it reopen with its stream output also
writing 16 kHz PCM into a pipe (``player/pcm_tap.py``), and a timer polls the child every
200 ms (a non-blocking queue read: nothing on the GUI thread waits for Whisper).
"""

from __future__ import annotations

import logging
import queue
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from observer_app.core.transcript import CAPTIONS, TranscriptLine
from observer_app.player.keyframes import KeyframeLookup
from observer_app.player.pcm_sout import tap_start_ms
from observer_app.player.pcm_tap import drain_then_remove, make_pipe
from observer_app.player.states import PlayerState
from observer_app.services.live_captions import CaptionFollower, CaptionTrack, Cue
from observer_app.services.transcripts import LineMaker
from observer_app.store.db import StoreError
from observer_app.store.transcripts import TranscriptRepository

if TYPE_CHECKING:  # numpy and multiprocessing only once a transcript starts (issue 15)
    from observer_app.services.transcriber import Transcriber

log = logging.getLogger("observer.transcript")


class LiveTranscript(QObject):
    line_added = Signal(object)  # TranscriptLine
    status = Signal(str)
    stopped = Signal()

    def __init__(self, repo: TranscriptRepository | None, parent: QObject | None = None):
        super().__init__(parent)
        self.repo = repo
        self.player: Any = None
        self.maker: LineMaker | None = None
        self.model_dir = ""  # of the running transcription
        self.language: str | None = None
        self._transcriber: Transcriber | None = None
        self._warm: Transcriber | None = None  # started early, model loading or loaded
        self._pipe: Path | None = None
        # a segment whose start is not known yet, and its lines
        self._waiting: tuple[int, list[dict[str, Any]]] | None = None
        # Audio the child had read but not yet taken when it sent its last line (seconds):
        # a backlog that grows means lines fall further and further behind.
        self.backlog_s = 0.0
        self._keyframes = KeyframeLookup()
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self._transcriber is not None

    @property
    def child_pid(self) -> int | None:
        """The transcriber child's process id: the running one, else the warm one."""
        child = self._transcriber or self._warm
        return child.pid if child is not None else None

    def warm(self, model_dir: str, language: str | None) -> None:
        """Start a child that loads the model now, before any audio (the pane is shown): the
        first lines then wait for speech, not for the model. One warm child at a time; one
        for another model or language replaces it."""
        if self.running or self._warm_for(model_dir, language) is not None:
            return
        from observer_app.services.transcriber import Transcriber, TranscriberConfig

        self.cool()
        self._warm = Transcriber(TranscriberConfig(model_dir, language), None).start()

    def cool(self) -> None:
        """End the warm child (its model is not wanted any more)."""
        if self._warm is not None:
            self._warm.stop(timeout=2)
            self._warm = None

    def _warm_for(self, model_dir: str, language: str | None) -> Transcriber | None:
        warm = self._warm
        if warm is None or not warm.alive():
            return None
        same = (warm.config.model_dir, warm.config.language) == (model_dir, language)
        return warm if same else None

    def start(self, player: Any, model_dir: str, language: str | None, maker: LineMaker) -> None:
        """Transcribe what ``player`` plays from now on (it reopens its stream with the tap)."""
        self.stop()
        self.player, self.maker = player, maker
        self.model_dir, self.language = model_dir, language
        from observer_app.services.transcriber import Transcriber, TranscriberConfig

        self._pipe = make_pipe()
        warm = self._warm_for(model_dir, language)
        if warm is not None:
            self._warm = None
            warm.attach(str(self._pipe))
            self._transcriber = warm
        else:
            self.cool()
            self._transcriber = Transcriber(
                TranscriberConfig(model_dir, language), str(self._pipe)
            ).start()
        player.pcm_pipe = str(self._pipe)
        if player.request is not None:
            player.play(replace_start(player.request, player.position_ms()))
        self._timer.start()

    def switch_language(self, language: str | None) -> None:
        """The observer switched the audio channel (floor, interpretation): a new child with
        that language on a new pipe, and the player reopened once onto it (a new segment).
        Lines the old child still held are taken first; it then stops."""
        player, old, old_pipe = self.player, self._transcriber, self._pipe
        if old is None or player is None or self.maker is None:
            return
        self._poll()
        self.language = language
        self._pipe = make_pipe()
        from observer_app.services.transcriber import Transcriber, TranscriberConfig

        self._transcriber = Transcriber(
            TranscriberConfig(self.model_dir, language), str(self._pipe)
        )
        self._transcriber.start()
        self._waiting = None
        player.pcm_pipe = str(self._pipe)
        if player.request is not None:
            player.play(replace_start(player.request, player.position_ms()))
        if old_pipe is not None:
            new_pipe = str(self._pipe)
            drain_then_remove(old_pipe, lambda: _tapped_into(player, new_pipe))
        old.stop(timeout=2)

    def seek(self, position_ms: int) -> None:
        """Go to ``position_ms``. While transcribing a recording the player reopens there
        (``QtPlayer.seek``), which starts a new segment anchored at the new position."""
        if self.player is not None:
            self.player.seek(position_ms)

    def stop(self) -> None:
        """Stop transcribing: the player reopens without the tap (where it is), the pipe is
        drained meanwhile so libVLC never blocks writing into it, then the child ends."""
        if self._transcriber is None:
            return
        self._timer.stop()
        player = self.player
        if player is not None:
            player.pcm_pipe = None
            if player.request is not None and not getattr(player, "released", False):
                player.play(replace_start(player.request, player.position_ms()))
        if self._pipe is not None:
            drain_then_remove(self._pipe, lambda: _untapped(player))
            self._pipe = None
        self._transcriber.stop(timeout=2)
        self._transcriber = None
        self.stopped.emit()

    def _poll(self) -> None:
        if self._transcriber is None or self.maker is None:
            return
        if not self._transcriber.alive():  # crashed: never leave libVLC writing to nobody
            self.status.emit("the transcriber stopped unexpectedly")
            self.stop()
            return
        for message in self._transcriber.poll():
            kind = message["kind"]
            if kind == "line":
                self.backlog_s = float(message.get("backlog_s") or 0.0)
            if kind == "ready":
                self.status.emit("ready")
            elif kind == "segment":
                self._waiting = (message["segment"], [])
            elif kind == "line" and self._waiting and self._waiting[0] == message["segment"]:
                self._waiting[1].append(message)  # its segment is not anchored yet
            elif kind == "line":
                self._add(self.maker.make(message))
            elif kind == "error":
                self.status.emit(message["message"])
        if self._waiting:
            self._anchor()

    def _anchor(self) -> None:
        """Where the waiting segment starts in the media, and its UTC. A recording's tap starts
        where the demuxer began (``pcm_sout.tap_start_ms``: an HLS segment's start); a live stream where libVLC chose to start in the playlist's window
        (near the live edge), known from its first time once playing. The UTC is the stream's
        PROGRAM-DATE-TIME there, else the player's clock (``QtPlayer.wall_clock``)."""
        assert self.maker is not None and self._waiting is not None
        player = self.player
        request = getattr(player, "request", None)
        live = bool(request is not None and request.live and not request.loop)
        if live and not (player.state is PlayerState.PLAYING and player.backend.raw_time_ms() > 0):
            return  # not playing yet: the lines wait
        if live:
            start = player.backend.raw_time_ms()
        else:
            stream = getattr(player, "stream", None)
            opened = stream.request.start_ms if stream is not None and stream.request else 0
            start = tap_start_ms(opened, stream.media if stream is not None else None)
            if opened > 0 and stream is not None and stream.media is None:
                # not HLS: an MP4 taps from the keyframe before (player/keyframes.py)
                found = self._keyframes.start_of(stream.request.url, opened)
                if found is None:
                    return  # looked up off the GUI thread: the lines wait
                start = found
        utc = player.wall_clock(start) if player is not None else None
        segment, waiting = self._waiting
        self._waiting = None
        self.maker.start_segment(segment, start, utc or datetime.now(UTC))
        for message in waiting:
            self._add(self.maker.make(message))

    def _add(self, line: TranscriptLine) -> None:
        if self.repo is not None:
            try:
                self.repo.add([line])
            except StoreError as exc:  # shown, and the line still appears
                self.status.emit(str(exc))
        self.line_added.emit(line)


def _untapped(player: Any) -> bool:
    """The player's current open writes no PCM (or the player is gone)."""
    backend: Any = getattr(player, "backend", None)
    request: Any = getattr(backend, "request", None)
    return (
        player is None
        or getattr(player, "released", True)
        or (request is not None and not request.pcm_pipe and backend.state is PlayerState.PLAYING)
    )


def _tapped_into(player: Any, pipe: str) -> bool:
    """The player's current open writes into ``pipe`` (or the player is gone)."""
    backend: Any = getattr(player, "backend", None)
    request: Any = getattr(backend, "request", None)
    written = str(getattr(request, "pcm_pipe", "") or "").replace("/./", "/")
    return getattr(player, "released", True) or (
        written == pipe and backend.state is PlayerState.PLAYING
    )


def replace_start(request: Any, position_ms: int) -> Any:
    """The same play request, from ``position_ms`` (live streams restart at the live edge)."""
    from dataclasses import replace

    return request if request.live else replace(request, start_ms=max(0, position_ms))


class LiveCaptions(QObject):
    """The human captions a stream carries (an HLS SUBTITLES rendition), as transcript lines
    labelled "captions": a thread reads the caption playlist (again every target duration
    while it is live) and its WebVTT segments; a timer hands new cues to the GUI thread."""

    line_added = Signal(object)  # TranscriptLine
    status = Signal(str)
    stopped = Signal()

    def __init__(self, repo: TranscriptRepository | None, parent: QObject | None = None):
        super().__init__(parent)
        self.repo = repo
        self.maker: LineMaker | None = None
        self._queue: queue.SimpleQueue[list[Cue] | str] = queue.SimpleQueue()
        self._stop: threading.Event | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self._stop is not None

    def start(self, session: Any, track: CaptionTrack, maker: LineMaker, start_utc: datetime):
        """Follow ``track``; a cue at position p gets the UTC ``start_utc`` + p."""
        self.stop()
        self.maker = maker
        maker.start_segment(0, 0, start_utc)
        stop = self._stop = threading.Event()
        follower = CaptionFollower(session, track)
        out = self._queue

        def run() -> None:
            failures = 0
            while not stop.is_set():
                try:
                    out.put(follower.read())
                    failures = 0
                except Exception as exc:  # noqa: BLE001 (said on screen, then tried again)
                    failures += 1
                    out.put(f"captions: {exc}")
                    if failures >= 5:
                        break
                if follower.finished:
                    break
                stop.wait(follower.wait_s)

        threading.Thread(target=run, name="observer-captions", daemon=True).start()
        self._timer.start()

    def stop(self) -> None:
        if self._stop is None:
            return
        self._stop.set()
        self._stop = None
        self._timer.stop()
        self._poll()
        self.stopped.emit()

    def _poll(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, str):
                self.status.emit(item)
                continue
            for cue in item:
                self._add(cue)

    def _add(self, cue: Cue) -> None:
        assert self.maker is not None
        line = self.maker.make(
            {
                "segment": 0,
                "start_ms": cue.start_ms,
                "end_ms": cue.end_ms,
                "text": cue.text,
                "language": cue.language,
                "source": CAPTIONS,
            }
        )
        if self.repo is not None:
            try:
                self.repo.add([line])
            except StoreError as exc:
                self.status.emit(str(exc))
        self.line_added.emit(line)

"""Qt face of one player: resolve the stream off the GUI thread, play it, watch it, reconnect.

libVLC events arrive on libVLC's own thread. They are put on a plain thread-safe queue that
the GUI thread drains every 50 ms, so libVLC's thread never touches Qt and never waits on the
GUI.
Only this module and ``backend`` touch libVLC; panels (and ``probe``) talk to ``QtPlayer``.
"""

from __future__ import annotations

import logging
import queue
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from observer_app.core.clock import MediaAnchor
from observer_app.core.model import FLOOR
from observer_app.core.sources import StreamSource
from observer_app.player import page_refresh
from observer_app.player.backend import AudioTrack, PlayerEvent, VlcBackend
from observer_app.player.dvr import DvrWindow
from observer_app.player.page_refresh import expired_notice
from observer_app.player.pending_seek import PendingSeek
from observer_app.player.states import EventKind, PlayerState
from observer_app.player.stream import Choice, PlayRequest, ResolvedStream, resolve
from observer_app.player.watchdog import Action, Phase, Policy, Watchdog

if TYPE_CHECKING:
    import requests

log = logging.getLogger("observer.player")


class QtPlayer(QObject):
    #: A ``PlayerState``, as its text (``PlayerState(text)`` gives the member back).
    state_changed = Signal(str)
    #: Interpolated position in ms, about five times a second while playing.
    position_changed = Signal(int)
    tracks_changed = Signal(list)  # list[AudioTrack]
    #: (language now heard or None, whether the wanted language is offered)
    language_changed = Signal(object, bool)
    error = Signal(str)
    #: Plain status of the connection: "" when fine, else "Reconnecting to ..." etc.
    connection_changed = Signal(str)
    #: The watchdog stopped retrying; the UI offers Retry.
    gave_up = Signal(str)
    #: A ResolvedStream after each (re)open: renditions, variants, what was chosen.
    resolved = Signal(object)
    buffering = Signal(float)
    #: A callable from the resolve thread, run on the GUI thread (queued: a Qt event, no timer).

    def __init__(
        self,
        video: bool,
        parent: QObject | None = None,
        policy: Policy | None = None,
        session_factory: Callable[[], requests.Session] | None = None,
        page_resolver: page_refresh.Resolver | None = None,
    ) -> None:
        """``page_resolver`` reads a web page again for a fresh address when a stream read from
        that page expired (the app passes ``net.webcast.resolve_streams``; the player
        layer does not import services)."""
        super().__init__(parent)
        self.page_resolver = page_resolver
        self._events: queue.SimpleQueue[PlayerEvent] = queue.SimpleQueue()
        self.backend = VlcBackend(on_event=self._events.put, video=video)
        self._drain = QTimer(self)
        self._drain.setInterval(50)
        self._drain.timeout.connect(self._drain_events)
        self._drain.start()
        # What the resolve thread finished, run by the drain on the GUI thread: that thread
        # never touches a Qt object (at exit one emitting on a dying player crashed the probe).
        self._resolved_queue: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._session_factory = session_factory
        self._session_obj: requests.Session | None = (
            None  # made on first use: local files never load requests
        )
        self.watchdog = Watchdog(policy)
        #: Where rewritten manifests go (set by the app to its cache; a temp dir otherwise).
        self.work_dir: Path = Path(tempfile.gettempdir()) / "observer-hls"
        self.choice = Choice()
        self.request: PlayRequest | None = None
        self.stream: ResolvedStream | None = None
        self.dvr: DvrWindow | None = None  # the seekable window of a live stream, if it has one
        self.caption_scale = 100  # percent, applied at the next open
        self.pcm_pipe: str | None = None  # also feed the transcript's pipe (ui/transcribing.py)
        self._live_start_utc: datetime | None = None  # where a tapped live seek reopens
        self._generation, self._released, self._user_paused = 0, False, False
        self._last_tracks: list[AudioTrack] = []
        self._language_tries = 0
        self._last_message = ""
        self._last_good_position = 0
        self._resolving = False
        # "found it again on PAGE": shown while the watchdog has nothing to say, for a minute.
        self._notice, self._notice_until = "", 0.0
        self._page_tried_at = float("-inf")  # when the stream's web page was last read again
        self._pending_seek = PendingSeek()
        self._live_anchor: MediaAnchor | None = None
        self._volume: int | None = None  # volume and mute as asked, re-applied on Playing
        self._muted = False
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._on_tick)
        self._watch = QTimer(self)
        self._watch.setInterval(250)
        self._watch.timeout.connect(self._on_watch)
        self._language_timer = QTimer(self)
        self._language_timer.setInterval(150)
        self._language_timer.timeout.connect(self._apply_language)

    @property
    def _session(self) -> requests.Session:
        if self._session_obj is None:
            if self._session_factory is None:
                from observer_app.net.session import make_session

                # No HTTP-level retries: the watchdog retries, and says so on screen.
                self._session_obj = make_session(retries=0)
            else:
                self._session_obj = self._session_factory()
        return self._session_obj

    # -- control ------------------------------------------------------------------------------
    def set_window(self, xid: int) -> None:
        if not self._released:
            self.backend.set_window(xid)

    def play(self, request: PlayRequest) -> None:
        """Resolve and play ``request``; the watchdog keeps it playing."""
        if self._released:
            return
        self.request = request
        self._user_paused = False
        self._last_good_position = request.start_ms
        self._notice = ""
        self.watchdog.reset()  # a new stream starts with a clean slate (no inherited give-up)
        self._start(request.start_ms)

    def open(self, url: str, start_ms: int = 0, loop: bool = False) -> None:
        """Play a URL or file (for tests and simple callers)."""
        self.play(PlayRequest(StreamSource(url), start_ms=start_ms, loop=loop, live=False))

    def _start(self, start_ms: int) -> None:
        assert self.request is not None
        self._generation += 1
        generation = self._generation
        request = self.request
        self._last_tracks = []
        self._resolving = True
        self.watchdog.opened(time.monotonic())
        self._watch.start()
        self._tick.start()
        self.state_changed.emit(PlayerState.OPENING)

        choice = self.choice
        remote = request.source.url.startswith(
            ("http://", "https://")
        )  # local: no session, no requests import
        refresh_page = self._should_read_page_again()

        def work() -> ResolvedStream:
            return resolve(
                replace(request, start_ms=start_ms),
                choice,
                self._session if remote else None,
                work_dir=self.work_dir,
                refresh_page=refresh_page,
                page_resolver=self.page_resolver,
            )

        def done(stream: ResolvedStream) -> None:
            if generation == self._generation and not self._released:
                self._opened(stream)

        def failed(exc: Exception) -> None:
            if generation == self._generation and not self._released:
                self._opened(ResolvedStream(None, problem=f"unexpected error: {exc}"))

        if remote:
            threading.Thread(
                target=self._resolve_off_thread,
                args=(work, done, failed),
                name="observer-resolve",
                daemon=True,
            ).start()
        else:
            done(work())  # local: no network, nothing to wait for

    def _resolve_off_thread(
        self,
        work: Callable[[], ResolvedStream],
        done: Callable[[ResolvedStream], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """On a daemon thread (a hanging server must not hold the app open at quit)."""
        try:
            stream = work()
        except Exception as exc:
            log.debug("resolve failed", exc_info=True)
            self._resolved_queue.put(partial(failed, exc))
        else:
            self._resolved_queue.put(partial(done, stream))

    def _opened(self, stream: ResolvedStream) -> None:
        self._resolving = False
        self.stream = stream
        if stream.source is not None and self.request is not None:
            # The old address expired: reconnects from now on use the one found again.
            self.request = replace(self.request, source=stream.source)
            self._notice = expired_notice(stream.source.page or "")
            self._notice_until = time.monotonic() + 60
            self._set_message(self._notice)
        self.resolved.emit(stream)
        if not stream.ok:
            log.warning(
                "cannot open %s: %s",
                self.request.source.url if self.request else "?",
                stream.problem,
            )
            self.backend.stop()
            self.backend.state = PlayerState.ERROR
            self.error.emit(stream.problem)
            return
        assert stream.request is not None  # an ok stream has its request
        wanted, self._live_start_utc = self._live_start_utc, None
        if wanted is not None and stream.anchor is not None:  # a tapped live seek's instant
            start = max(0, stream.anchor.position_at(wanted))
            stream.request = replace(stream.request, start_ms=start)
        log.info(
            "open %s at %d ms%s",
            stream.request.url,
            stream.request.start_ms,
            " (loop)" if stream.request.loop else "",
        )
        language = self.choice.language if self.choice.language != FLOOR else None
        self.backend.open(
            replace(
                stream.request,
                caption_scale=self.caption_scale,
                pcm_pipe=self.pcm_pipe,
                audio_language=language,
            )
        )
        self._pending_seek.set(stream.request.pending_seek_ms)
        request = self.request
        self.dvr = DvrWindow.of(
            stream.media, bool(request and request.live and not request.loop), time.monotonic()
        )
        self._live_anchor = None
        self.watchdog.opened(time.monotonic())
        self._schedule_language()

    def toggle_pause(self) -> None:
        if self._released:
            return
        log.info("toggle pause (state was %s)", self.backend.state)  # tests read this line
        if self.backend.state is PlayerState.PLAYING:
            self._user_paused = True
            self.watchdog.paused()
            self.backend.pause()
        else:
            self._user_paused = False
            self.backend.play()
            self.watchdog.resumed(time.monotonic())

    def stop(self) -> None:
        if self._released:
            return
        self._generation += 1
        self.watchdog.paused()
        self.backend.stop()
        self._tick.stop()
        self._watch.stop()
        self.state_changed.emit(PlayerState.STOPPED)

    def seek(self, ms: int) -> None:
        if self._released:
            return
        self._pending_seek.clear()  # the user's seek wins over a start position not yet reached
        ms = self.dvr.clamp(ms, time.monotonic()) if self.dvr is not None else ms
        if self._reopen_for_tap(ms):
            return
        self.backend.seek(ms)
        self._last_good_position = max(0, int(ms))
        self.watchdog.opened(time.monotonic())  # a seek pauses the clock briefly: not a stall
        self._schedule_language()  # a seek can drop the chosen track (several audio PIDs in one TS)

    def _reopen_for_tap(self, ms: int) -> bool:
        """While the transcript's PCM tap runs, a seek in a recording reopens it at ``ms``: a
        plain seek would not tell the pipe, and the lines after it would carry the clock the
        pipe had reached. The reopen writes a new WAV header (a new segment, anchored at ``ms``
        by ``ui/transcribing.LiveTranscript``). Every seek path (slider, ±5/±30 s, keys, a click
        on a transcript line) ends here."""
        request = self.request
        if not self.pcm_pipe or request is None or request.loop:
            return False  # a looping demo seeks once playing
        if request.live:
            return self._reopen_live_for_tap(ms)
        self._last_good_position = max(0, int(ms))
        self.watchdog.reset()
        self._start(max(0, int(ms)))
        return True

    def _reopen_live_for_tap(self, ms: int) -> bool:
        """A seek within a live window while tapped: libVLC's stream output writes nothing
        more after a live seek (measured: 9.2 s of PCM, then none for 16 s while the picture
        played on), so the stream is reopened at the same instant instead: ``:start-time`` in
        the window the reopen reads (it has slid meanwhile), found through PROGRAM-DATE-TIME.
        The new opening is a new segment the transcript anchors from libVLC's time. Without
        PROGRAM-DATE-TIME the instant cannot be found again: a plain seek (the tap stops)."""
        anchor = self.stream.anchor if self.stream is not None else None
        if anchor is None:
            log.warning("live seek while transcribing, no PROGRAM-DATE-TIME: the tap stops")
            return False
        self._live_start_utc = anchor.utc_at(int(ms))
        self.watchdog.reset()
        self._start(0)
        return True

    def go_live(self) -> None:
        """Reopen a live stream at its live edge."""
        if self.request is not None and self.request.live and not self._released:
            self.watchdog.reset()
            self._start(self._resume_position())

    def retry(self) -> None:
        """After the watchdog gave up: start over now."""
        if self.request is not None and not self._released:
            self.watchdog.retry(time.monotonic())
            self._start(self._resume_position())

    def set_choice(self, choice: Choice) -> None:
        """Change language / audio-only / quality. The last two need a reopen (at the same point)."""
        old, self.choice = self.choice, choice
        self.backend.want_language(choice.language)
        if self.request is None or self._released:
            return
        if (old.audio_only, old.quality) != (choice.audio_only, choice.quality):
            self._start(self._resume_position())
        else:
            self._schedule_language()

    def set_language(self, language: str | None) -> None:
        self.set_choice(replace(self.choice, language=language))

    # libVLC forgets volume and mute set before its audio output exists (before Playing, and
    # again after each reopen): keep what was asked and re-apply it on Playing.
    def set_volume(self, volume: int) -> None:
        self._volume = volume
        if not self._released:
            self.backend.set_volume(volume)

    def set_mute(self, mute: bool) -> None:
        self._muted = mute
        if not self._released:
            self.backend.set_mute(mute)

    def set_rate(self, rate: float) -> None:
        if not self._released:
            self.backend.set_rate(rate)

    def release(self) -> None:
        """Free libVLC. Afterwards every call is a no-op: late timers must not touch freed memory."""
        if self._released:
            return
        self._released = True
        self._generation += 1
        for timer in (self._tick, self._watch, self._language_timer, self._drain):
            timer.stop()
        self.backend.release()
        if self._session_obj is not None:
            self._session_obj.close()

    # -- queries ------------------------------------------------------------------------------
    released = property(lambda self: self._released)

    @property
    def state(self) -> PlayerState:
        return self.backend.state

    muted = property(lambda self: self._muted)

    def position_ms(self) -> int:
        return self._last_good_position if self._released else self.backend.position_ms()

    def length_ms(self) -> int:
        return 0 if self._released else self.backend.length_ms()

    def audio_tracks(self) -> list[AudioTrack]:
        return [] if self._released else self.backend.audio_tracks()

    def current_language(self) -> str | None:
        return None if self._released else self.backend.current_language()

    def wall_clock(self, position_ms: int | None = None) -> datetime | None:
        """The UTC instant shown at ``position_ms`` (now by default) of a live stream: from its
        PROGRAM-DATE-TIME, else from when it started playing (a pause moves the stamp back).
        None for archives and looping demo files (their callers use the session start)."""
        position = self.position_ms() if position_ms is None else position_ms
        if self.stream is not None and self.stream.anchor is not None:
            return self.stream.anchor.utc_at(position)
        if self._live_anchor is not None:
            return self._live_anchor.utc_at(position)
        return None

    def program_date_time(self, position_ms: int) -> datetime | None:
        """The stream's own PROGRAM-DATE-TIME at ``position_ms``, if it carries one."""
        anchor = self.stream.anchor if self.stream is not None else None
        return anchor.utc_at(position_ms) if anchor is not None else None

    def dvr_range(self) -> tuple[int, int] | None:
        """(earliest, newest) position a live stream can be sought to now; None without DVR."""
        now = time.monotonic()
        return (
            None
            if self.dvr is None or self._released
            else (self.dvr.earliest_ms(now), self.dvr.edge_ms(now))
        )

    @property
    def notice(self) -> str:
        """A passing word on the connection that is not trouble ("found it again on ..."), or ""."""
        return self._notice if time.monotonic() < self._notice_until else ""

    # -- internals ------------------------------------------------------------------------------
    def _should_read_page_again(self) -> bool:
        """A reconnect of a stream read from a web page failed (its segments may be refused
        while its manifest is not): read the page again, at most every 30 s."""
        request, now = self.request, time.monotonic()
        if request is None or not request.source.page or self.watchdog.attempt < 2:
            return False
        if now - self._page_tried_at < 30:
            return False
        self._page_tried_at = now
        return True

    def _resume_position(self) -> int:
        """Where a reopen starts: live at its edge (0), else where it was last seen playing."""
        request = self.request
        if request is None or (request.live and not request.loop):
            return 0
        return self._last_good_position

    def _schedule_language(self) -> None:
        if self._released:
            return
        self._language_tries = 0
        self._language_timer.start()

    @Slot()
    def _apply_language(self) -> None:
        """Retry until tracks exist (they appear only after play starts), then verify."""
        if self._released:
            self._language_timer.stop()
            return
        self._language_tries += 1
        result = self.backend.apply_language()
        if result is None and self._language_tries < 40:
            return  # tracks not known yet
        self._language_timer.stop()
        self.language_changed.emit(self.backend.current_language(), result is not False)

    @Slot()
    def _drain_events(self) -> None:
        while not self._released and not self._resolved_queue.empty():
            self._resolved_queue.get_nowait()()
        buffering = None
        while not self._released:
            try:
                event = self._events.get_nowait()
            except queue.Empty:
                break
            if event.kind is EventKind.BUFFERING:
                buffering = event.value  # only the latest matters
            elif event.kind is not EventKind.TIME:
                self._on_event(event)
        if buffering is not None and not self._released:
            self.buffering.emit(buffering)

    def _on_event(self, event: PlayerEvent) -> None:
        if event.kind is EventKind.TRACKS:
            tracks = self.backend.audio_tracks()
            if tracks != self._last_tracks:
                self._last_tracks = tracks
                self.tracks_changed.emit(tracks)
            return
        if event.kind is PlayerState.PLAYING:
            self.backend.set_mute(self._muted)
            if self._volume is not None:
                self.backend.set_volume(self._volume)
            self._apply_pending_seek()
            self._schedule_language()
        if event.kind is PlayerState.ERROR and self.request is not None:
            self.error.emit(f"cannot play {self.request.title or self.backend.url}")
        self.state_changed.emit(event.kind)

    def _apply_pending_seek(self) -> None:
        if (
            target := self._pending_seek.step(self.backend.raw_time_ms(), time.monotonic())
        ) is not None:
            self.backend.seek(target)

    @Slot()
    def _on_tick(self) -> None:
        if not self._released and self.backend.state is PlayerState.PLAYING:
            self._apply_pending_seek()
            position = self.backend.position_ms()
            self._last_good_position = position
            request = self.request
            if (
                self._live_anchor is None
                and request is not None
                and request.live
                and not request.loop
                and self.backend.raw_time_ms() > 0
            ):
                self._live_anchor = MediaAnchor(position, datetime.now(UTC))
            self.position_changed.emit(position)

    @Slot()
    def _on_watch(self) -> None:
        if self._released or self.request is None or self._user_paused:
            return
        now = time.monotonic()
        # While the stream is being resolved (HTTP, maybe slow) the old media's "error" or
        # "ended" is stale: report "opening", so only the open timeout can call it a stall.
        state = PlayerState.OPENING if self._resolving else self.backend.state
        decision = self.watchdog.observe(now, state, self.backend.raw_time_ms(), self.request.live)
        if decision is not None and decision.action is Action.REOPEN:
            log.warning(
                "reconnecting to %s (attempt %d): %s",
                self.request.source.url,
                decision.attempt,
                decision.reason,
            )
            self._start(self._resume_position())
        elif decision is not None and decision.action is Action.GIVE_UP:
            self.backend.stop()
            message = (
                f"Stopped trying to reach {self.request.title or 'the stream'}: "
                f"{self._problem() or decision.reason}."
            )
            self._set_message(message)
            self.gave_up.emit(message)
            return
        if self.watchdog.phase is not Phase.GAVE_UP:
            self._set_message(
                self.watchdog.message(self.request.title or "the stream", now, self._problem())
                or self.notice
            )

    def _problem(self) -> str:
        return (self.stream.problem or "") if self.stream is not None else ""

    def _set_message(self, message: str) -> None:
        if message != self._last_message:
            self._last_message = message
            self.connection_changed.emit(message)

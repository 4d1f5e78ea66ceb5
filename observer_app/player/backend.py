"""python-vlc behind a narrow interface (after Syncplay's ``basePlayer``). No Qt here.

The GUI wraps it in ``player.qt_player.QtPlayer``; ``doctor`` and ``probe`` drive it directly.
libVLC event callbacks run on libVLC's own thread: they never call back into libVLC, they
only hand a ``PlayerEvent`` to ``on_event`` (which the Qt side turns into a queued signal).

Known libVLC 3.0.24 pitfalls handled here (docs/architecture.md, "libVLC facts"):
- ``vlc`` is imported lazily, so a machine without libVLC gets a plain message, not a traceback;
- audio tracks can only be selected once playing, their ids change, and a seek can drop the
  choice: we select by language and re-apply after seeks;
- ``Media.tracks_get()`` crashes: we use ``audio_get_track_description()``;
- without an X11 window libVLC must get ``--no-video`` or it crashes choosing an output.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from observer_app.core.languages import language_of_track
from observer_app.core.model import FLOOR
from observer_app.player.pcm_sout import pipe_alias, sout_options, tap_demux
from observer_app.player.states import EventKind, PlayerState

log = logging.getLogger("observer.player")

INSTALL_HINT = "sudo apt install libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output"


class LibVlcMissing(RuntimeError):
    def __init__(self, detail: str):
        super().__init__(f"libVLC not found ({detail}): install it with `{INSTALL_HINT}`")


_vlc: Any = None


def load_vlc() -> Any:  # the python-vlc module (untyped)
    """Import python-vlc and load the system libVLC once; ``LibVlcMissing`` if impossible."""
    global _vlc
    if _vlc is None:
        try:
            import vlc  # noqa: PLC0415 - deliberate lazy import
        except (ImportError, OSError, NotImplementedError, AttributeError) as exc:
            raise LibVlcMissing(str(exc) or type(exc).__name__) from None
        except SystemExit:  # python-vlc calls sys.exit() when PYTHON_VLC_LIB_PATH is wrong
            raise LibVlcMissing(
                "the library named by PYTHON_VLC_LIB_PATH cannot be loaded"
            ) from None
        try:
            vlc.libvlc_get_version()
        except Exception as exc:  # a broken libVLC can fail in many ways
            raise LibVlcMissing(str(exc)) from None
        _vlc = vlc
    return _vlc


def libvlc_version() -> str:
    version: str = load_vlc().libvlc_get_version().decode(errors="replace")
    return version


@dataclass(frozen=True)
class AudioTrack:
    id: int
    name: str
    language: str | None


@dataclass(frozen=True)
class OpenRequest:
    """Everything needed to (re)open a stream the same way after a stall."""

    url: str
    start_ms: int = 0
    loop: bool = False  # repeat a file (the demo's "live")
    live: bool = False
    no_video: bool = False  # audio-only mode: do not decode video at all
    adaptive_logic: str | None = None  # HLS/DASH variant choice: "lowest", or None for automatic
    max_height: int | None = (
        None  # cap the HLS/DASH variant's picture height (the "lowest quality")
    )
    user_agent: str | None = None
    referrer: str | None = None
    caption_scale: int = 100  # percent
    pcm_pipe: str | None = None  # also write 16 kHz mono PCM here, for the transcript (pcm_tap)
    # The audio language chosen at open. Needed with the tap: under a stream output libVLC
    # selects the input's audio itself (audio_get_track() is -1; measured with alternate
    # renditions it took the first listed, not the DEFAULT one) and set_track has no effect.
    audio_language: str | None = None
    matroska: bool = False  # a Matroska/WebM file (its first bytes; see ``tap_demux``)

    def options(self) -> list[str]:
        options = []
        # libVLC restarts every repeat at :start-time, so a looping file would loop only its
        # tail: it is opened at 0 and sought once playing (see ``pending_seek_ms``).
        if self.start_ms > 0 and not self.loop:
            options.append(f":start-time={self.start_ms / 1000:.3f}")
        if self.loop:
            options.append(":input-repeat=65535")
        if self.no_video:
            options.append(":no-video")
        if self.adaptive_logic:
            options.append(f":adaptive-logic={self.adaptive_logic}")
        if self.max_height:
            options.append(f":adaptive-maxheight={self.max_height}")
        if self.user_agent:
            options.append(f":http-user-agent={self.user_agent}")
        if self.referrer:
            options.append(f":http-referrer={self.referrer}")
        if self.caption_scale != 100:  # larger captions for readers (libVLC takes 10 to 500 %)
            options.append(f":sub-text-scale={min(500, max(10, self.caption_scale))}")
        if self.pcm_pipe and self.audio_language:
            options.append(f":audio-language={self.audio_language}")
        if self.pcm_pipe:  # the display gets everything as before; the pipe a PCM copy
            options += sout_options(self.pcm_pipe, no_video=self.no_video)
            options += tap_demux(self.matroska, self.start_ms if not self.loop else 0)
        return options

    @property
    def pending_seek_ms(self) -> int:
        """Where to seek once playing (a looping file's start)."""
        return self.start_ms if self.loop and self.start_ms > 0 else 0


@dataclass(frozen=True)
class SubtitleTrack:
    id: int
    name: str


@dataclass(frozen=True)
class Stats:
    input_kbps: float
    demux_kbps: float
    lost_pictures: int
    lost_audio_buffers: int


@dataclass(frozen=True)
class PlayerEvent:
    """One libVLC event: a change of state, or the clock, tracks or buffering (``value``)."""

    kind: PlayerState | EventKind
    value: Any = None


class VlcBackend:
    """One libVLC media player. Not thread-safe: call it from one thread (the GUI thread)."""

    def __init__(
        self,
        on_event: Callable[[PlayerEvent], None] | None = None,
        video: bool = True,
        extra_args: list[str] | None = None,
    ):
        vlc = load_vlc()
        args = ["--no-video-title-show", "--no-snapshot-preview", "--no-stats", "--quiet"]
        if not video:
            args.append("--no-video")
        args += os.environ.get("OBSERVER_VLC_ARGS", "").split()
        args += extra_args or []
        self.video_enabled = video
        self._instance = vlc.Instance(args)
        if self._instance is None:
            raise LibVlcMissing("libvlc_new failed; the VLC plugins may be missing")
        self._player = self._instance.media_player_new()
        # python-vlc looks a C function up (dlsym) at its first call; while libVLC's threads
        # load their modules (dlopen) that lookup waits for the loader's lock: 0.2 s on the GUI
        # thread before the window's first paint (profiled, issue 15). Looked up now instead.
        self._player.audio_get_track_description()  # no media yet: an empty list
        vlc.libvlc_track_description_release(None)  # NULL: releases nothing
        self._on_event = on_event or (lambda _e: None)
        self._wanted_language: str | None = None
        self.url: str | None = None
        self.request: OpenRequest | None = None
        self.state = PlayerState.IDLE
        # Interpolation: libVLC reports time in ~1 s steps for HLS/TS. One tuple, written in one
        # assignment on libVLC's thread, so the GUI thread never reads half an update.
        self._last_time: tuple[int, float] = (0, time.monotonic())
        events = self._player.event_manager()
        E = vlc.EventType
        for etype, handler in (
            (E.MediaPlayerOpening, lambda e: self._emit(PlayerState.OPENING)),
            (E.MediaPlayerPlaying, lambda e: self._emit(PlayerState.PLAYING)),
            (E.MediaPlayerPaused, lambda e: self._emit(PlayerState.PAUSED)),
            # libVLC sends Stopped right after EndReached: the media still ended (read as
            # "stopped", the watchdog took a recording's end for a stall and reopened it).
            (E.MediaPlayerStopped, lambda e: self._emit(self._stopped_or_ended())),
            (E.MediaPlayerEndReached, lambda e: self._emit(PlayerState.ENDED)),
            (E.MediaPlayerEncounteredError, lambda e: self._emit(PlayerState.ERROR)),
            (E.MediaPlayerTimeChanged, self._on_time),
            (E.MediaPlayerESAdded, lambda e: self._emit(EventKind.TRACKS)),
            (E.MediaPlayerESDeleted, lambda e: self._emit(EventKind.TRACKS)),
            (
                E.MediaPlayerBuffering,
                lambda e: self._emit(EventKind.BUFFERING, float(e.u.new_cache)),
            ),
        ):
            events.event_attach(etype, handler)

    # -- events (libVLC thread) ------------------------------------------------------------
    def _emit(self, kind: PlayerState | EventKind, value: Any = None) -> None:
        if isinstance(kind, PlayerState):
            self.state = kind
        try:
            self._on_event(PlayerEvent(kind, value))
        except Exception:  # never let an exception die silently inside ctypes
            log.exception("player event handler failed")

    def _stopped_or_ended(self) -> PlayerState:
        return PlayerState.ENDED if self.state == PlayerState.ENDED else PlayerState.STOPPED

    def _on_time(self, event: Any) -> None:
        ms = int(event.u.new_time)
        self._last_time = (ms, time.monotonic())
        self._emit(EventKind.TIME, ms)

    # -- control ---------------------------------------------------------------------------
    def set_window(self, xid: int) -> None:
        """Draw into the native window ``xid``: an X11 window here; an HWND on Windows and an
        NSView on macOS (written from libVLC's API, not verified on those systems)."""
        if self.video_enabled:
            if sys.platform == "win32":
                self._player.set_hwnd(int(xid))
            elif sys.platform == "darwin":
                self._player.set_nsobject(int(xid))
            else:
                self._player.set_xwindow(int(xid))
            # Let clicks and keys reach Qt (tile focus, shortcuts) instead of libVLC's window.
            self._player.video_set_mouse_input(False)
            self._player.video_set_key_input(False)

    def open(self, request: OpenRequest | str, start_ms: int = 0, loop: bool = False) -> None:
        """Open and play a stream (an ``OpenRequest``, or a URL with a start and loop flag)."""
        if isinstance(request, str):
            request = OpenRequest(request, start_ms, loop)
        if request.pcm_pipe:
            from dataclasses import replace

            # Another spelling of the pipe's path at each open, else libVLC reuses the finished
            # stream output (same chain) and writes nothing; no video without a window.
            self._tap_opens = getattr(self, "_tap_opens", 0) + 1
            request = replace(
                request,
                pcm_pipe=pipe_alias(request.pcm_pipe, self._tap_opens),
                no_video=request.no_video or not self.video_enabled,
            )
        media = self._instance.media_new(request.url, *request.options())
        self._player.set_media(media)
        media.release()
        self.request = request
        self.url = request.url
        self._last_time = (request.start_ms, time.monotonic())
        self.state = PlayerState.OPENING
        self._player.play()

    def play(self) -> None:
        self._player.set_pause(0) if self.state is PlayerState.PAUSED else self._player.play()

    def pause(self) -> None:
        self._player.set_pause(1)

    def stop(self) -> None:
        self._player.stop()
        self.state = PlayerState.STOPPED

    def release(self) -> None:
        self._player.stop()
        self._player.release()
        self._instance.release()

    def seek(self, ms: int) -> None:
        self._player.set_time(max(0, int(ms)))
        self._last_time = (max(0, int(ms)), time.monotonic())

    def set_volume(self, volume: int) -> None:
        self._player.audio_set_volume(max(0, min(100, int(volume))))

    def volume(self) -> int:
        return int(self._player.audio_get_volume())

    def set_mute(self, mute: bool) -> None:
        self._player.audio_set_mute(bool(mute))

    def is_muted(self) -> bool:
        return bool(self._player.audio_get_mute())

    def set_rate(self, rate: float) -> None:
        self._player.set_rate(float(rate))

    def rate(self) -> float:
        return float(self._player.get_rate())

    def stats(self) -> Stats | None:
        """Bitrates as libVLC measures them (kbit/s), for the status bar; None before playing."""
        media = self._player.get_media()
        if media is None:
            return None
        vlc = load_vlc()
        stats = vlc.MediaStats()
        if not media.get_stats(stats):
            return None
        # libVLC reports bytes per millisecond: * 8000 / 1000 = kbit/s.
        return Stats(
            stats.input_bitrate * 8000,
            stats.demux_bitrate * 8000,
            stats.lost_pictures,
            stats.lost_abuffers,
        )

    # -- subtitles -------------------------------------------------------------------------
    def subtitle_tracks(self) -> list[SubtitleTrack]:
        tracks = []
        for track_id, name in self._player.video_get_spu_description() or []:
            if track_id < 0:
                continue
            tracks.append(
                SubtitleTrack(
                    track_id,
                    name.decode(errors="replace") if isinstance(name, bytes) else str(name),
                )
            )
        return tracks

    def current_subtitle(self) -> int:
        return int(self._player.video_get_spu())

    def set_subtitle(self, track_id: int) -> None:
        """Show subtitle track ``track_id``; -1 hides subtitles."""
        self._player.video_set_spu(int(track_id))

    def add_subtitle_file(self, uri: str) -> bool:
        """Load a WebVTT/SRT file (``file://`` or http URL) over the current media and show it."""
        vlc = load_vlc()
        return bool(self._player.add_slave(vlc.MediaSlaveType.subtitle, uri, True) == 0)

    # -- time ------------------------------------------------------------------------------
    def raw_time_ms(self) -> int:
        return max(0, int(self._player.get_time()))

    #: Interpolate at most this far past libVLC's last time update: a stalled stream stays
    #: "Playing" with a frozen clock, and its position must freeze too.
    MAX_INTERPOLATION_MS = 1500

    def position_ms(self) -> int:
        """libVLC's time, interpolated with a monotonic clock between its coarse updates."""
        if self.state is not PlayerState.PLAYING:
            return max(self.raw_time_ms(), 0)
        last_ms, at = self._last_time
        return last_ms + min(int((time.monotonic() - at) * 1000), self.MAX_INTERPOLATION_MS)

    def length_ms(self) -> int:
        return max(0, int(self._player.get_length()))

    def is_seekable(self) -> bool:
        return bool(self._player.is_seekable())

    def has_video(self) -> bool:
        return bool(self._player.has_vout() > 0)

    # -- audio channels --------------------------------------------------------------------
    def audio_tracks(self) -> list[AudioTrack]:
        tracks = []
        for track_id, name in self._player.audio_get_track_description() or []:
            if track_id < 0:  # "Disable"
                continue
            text = name.decode(errors="replace") if isinstance(name, bytes) else str(name)
            tracks.append(AudioTrack(track_id, text, language_of_track(text)))
        return tracks

    def current_audio_track(self) -> AudioTrack | None:
        current = self._player.audio_get_track()
        return next((t for t in self.audio_tracks() if t.id == current), None)

    def current_language(self) -> str | None:
        track = self.current_audio_track()
        return track.language if track else None

    def want_language(self, language: str | None) -> None:
        """Remember the wanted channel; ``apply_language`` selects it when tracks exist."""
        self._wanted_language = language

    @property
    def wanted_language(self) -> str | None:
        return self._wanted_language

    def apply_language(self) -> bool | None:
        """Select the wanted language by name (ids are not stable).

        True: selected (or already on); False: the stream does not offer it; None: tracks are
        not known yet (call again once playing).
        """
        if not self._wanted_language:
            return True
        tracks = self.audio_tracks()
        if not tracks:
            return None
        match = next((t for t in tracks if t.language == self._wanted_language), None)
        if match is None:
            # Not offered: the floor, not whatever libVLC picked (it may be another interpretation).
            floor = next((t for t in tracks if t.language == FLOOR), None)
            if floor is not None and self._player.audio_get_track() != floor.id:
                self._player.audio_set_track(floor.id)
            return False
        if self._player.audio_get_track() != match.id:
            self._player.audio_set_track(match.id)
        return True

"""Qt face of the player: libVLC events become queued signals on the GUI thread.

Only this module and ``backend`` know libVLC; panels talk to ``QtPlayer``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from observer_app.player.backend import AudioTrack, PlayerEvent, VlcBackend

log = logging.getLogger("observer.player")


class QtPlayer(QObject):
    state_changed = Signal(str)
    #: Interpolated position in ms, about five times a second while playing.
    position_changed = Signal(int)
    tracks_changed = Signal(list)  # list[AudioTrack]
    #: (language now heard or None, whether the wanted language is offered)
    language_changed = Signal(object, bool)
    error = Signal(str)

    _event = Signal(object)  # from libVLC's thread; connected queued

    def __init__(self, video: bool, parent: QObject | None = None):
        super().__init__(parent)
        self._event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self.backend = VlcBackend(on_event=self._event.emit, video=video)
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._on_tick)
        self._language_tries = 0
        self._language_timer = QTimer(self)
        self._language_timer.setInterval(150)
        self._language_timer.timeout.connect(self._apply_language)
        self._last_tracks: list[AudioTrack] = []
        self._released = False

    # -- control, forwarded -----------------------------------------------------------------
    def set_window(self, xid: int) -> None:
        self.backend.set_window(xid)

    def open(self, url: str, start_ms: int = 0, loop: bool = False) -> None:
        log.info("open %s at %d ms%s", url, start_ms, " (loop)" if loop else "")
        self._last_tracks = []
        self.backend.open(url, start_ms, loop)
        self._tick.start()
        self._schedule_language()

    def toggle_pause(self) -> None:
        if self.backend.state == "playing":
            self.backend.pause()
        else:
            self.backend.play()

    def stop(self) -> None:
        self.backend.stop()
        self._tick.stop()
        self.state_changed.emit("stopped")

    def seek(self, ms: int) -> None:
        self.backend.seek(ms)
        # A seek can drop the chosen track (several audio PIDs in one TS): re-apply.
        self._schedule_language()

    def set_volume(self, volume: int) -> None:
        self.backend.set_volume(volume)

    def set_language(self, language: str | None) -> None:
        self.backend.want_language(language)
        self._schedule_language()

    def release(self) -> None:
        """Free libVLC. Afterwards every call is a no-op: late timers must not touch freed memory."""
        if self._released:
            return
        self._released = True
        self._tick.stop()
        self._language_timer.stop()
        self.backend.release()

    @property
    def released(self) -> bool:
        return self._released

    # -- queries ----------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self.backend.state

    def position_ms(self) -> int:
        return self.backend.position_ms()

    def length_ms(self) -> int:
        return self.backend.length_ms()

    def audio_tracks(self) -> list[AudioTrack]:
        return self.backend.audio_tracks()

    def current_language(self) -> str | None:
        return self.backend.current_language()

    # -- internals --------------------------------------------------------------------------
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

    @Slot(object)
    def _on_event(self, event: PlayerEvent) -> None:
        if self._released or event.kind == "time":
            return  # the tick reports interpolated time
        if event.kind == "tracks":
            tracks = self.backend.audio_tracks()
            if tracks != self._last_tracks:
                self._last_tracks = tracks
                self.tracks_changed.emit(tracks)
            return
        if event.kind == "playing":
            self._schedule_language()
        if event.kind == "error":
            self.error.emit(f"cannot play {self.backend.url}")
        self.state_changed.emit(event.kind)

    @Slot()
    def _on_tick(self) -> None:
        if not self._released and self.backend.state == "playing":
            self.position_changed.emit(self.backend.position_ms())

"""One player tile: a body's webcast with its own libVLC player and watchdog.

Several tiles can play at once (Plenary and Committee 5, say); the panel gives the sound to
one of them. A tile shows its body, LIVE/ARCHIVE, the picture, and plainly what is wrong
when the stream is not playing, with a Retry button once the watchdog gives up.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from observer_app.core.model import Conference, NoteStamp, StreamKind
from observer_app.core.playback import PlaybackTarget
from observer_app.core.sources import StreamSource
from observer_app.player.qt_player import QtPlayer
from observer_app.player.states import PlayerState
from observer_app.player.stream import PlayRequest
from observer_app.ui import icons, labels, theme
from observer_app.ui.widgets.caption_strip import CaptionStrip
from observer_app.ui.widgets.video_surface import VideoSurface

_LIVE_STYLE = "color: white; background: #c62828; padding: 1px 6px; border-radius: 3px;"
_ARCHIVE_STYLE = "color: white; background: #455a64; padding: 1px 6px; border-radius: 3px;"
_ACTIVE = "PlayerTile { border: 2px solid palette(highlight); }"
_INACTIVE = "PlayerTile { border: 2px solid transparent; }"


class PlayerTile(QFrame):
    # The observer clicked this tile: give it the sound.
    activated = Signal(object)

    def __init__(self, player: QtPlayer, parent=None):
        super().__init__(parent)
        self.player = player
        self.target: PlaybackTarget | None = None
        self._active = False
        self._repainting = False
        self.audio_only = False
        self.conference: Conference | None = None
        self.title = QLabel(self.tr("Choose a body in the schedule"))
        bold = self.title.font()  # a font, not a style sheet: style-sheeted labels kept the
        bold.setBold(True)  # old palette's black text after a switch to a dark one
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Now showing"))
        self.speaker = QLabel()
        self.speaker.setAccessibleName(self.tr("Sound"))
        self.badge = QLabel()
        self.badge.setAccessibleName(self.tr("Live or archive"))
        self.surface = VideoSurface()
        self.surface.clicked.connect(lambda: self.activated.emit(self))
        self.connection = QLabel()
        self.connection.setWordWrap(True)
        self._colour_connection()
        self.connection.setAccessibleName(self.tr("Connection status"))
        self.connection.hide()
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry connecting"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()

        top = QHBoxLayout()
        top.addWidget(self.speaker)
        top.addWidget(self.title, 1)
        top.addWidget(self.badge)
        problem = QHBoxLayout()
        problem.addWidget(self.connection, 1)
        problem.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.surface, 1)
        # Live captions (issue 19), shown by the transcript dock when the option is on.
        self.caption_strip = CaptionStrip()
        layout.addWidget(self.caption_strip)
        layout.addLayout(problem)
        self.setStyleSheet(_INACTIVE)

        if not player.backend.video_enabled:
            self.surface.show_message(self.tr("Audio only: video needs an X11 display."))
        else:
            self.surface.show_message("")
        player.connection_changed.connect(self._on_connection)
        player.gave_up.connect(self._on_gave_up)
        player.error.connect(self._on_connection)
        player.state_changed.connect(self._on_state)
        player.resolved.connect(self._on_resolved)

    def _colour_connection(self) -> None:
        """Trouble in the live red readable on the palette in force; a passing word that is not
        trouble ("found it again on PAGE") in the plain text colour."""
        pal = self.connection.palette()
        notice = bool(self.connection.text()) and self.connection.text() == self.player.notice
        plain = self.palette().color(QPalette.ColorRole.WindowText)
        pal.setColor(QPalette.ColorRole.WindowText, plain if notice else theme.color("live"))
        self.connection.setPalette(pal)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._repainting:
            self._repainting = True
            self._colour_connection()
            self.set_active(self._active)
            self._repainting = False

    @Slot(object)
    def _on_resolved(self, stream) -> None:
        """Audio only is said on the picture itself (with the bitrate once known), so a
        frozen last frame is never taken for a stalled stream."""
        request = getattr(stream, "request", None)  # (None when the stream could not resolve)
        self.audio_only = bool(request is not None and request.no_video)
        if self.audio_only:  # the stream's declared bitrate until libVLC measures one
            master = getattr(stream, "master", None)
            variant = master.audio_only_variant() if master is not None else None
            declared = variant.bandwidth // 1000 if variant is not None else 0
            self.show_audio_only(f"≈ {declared} kbit/s" if declared else "")
        elif self.player.backend.video_enabled:
            self.surface.show_message("")

    def show_audio_only(self, bitrate: str) -> None:
        if not getattr(self, "audio_only", False):
            return
        text = self.tr("Audio only: no picture, to save bandwidth")
        self.surface.show_message(f"🎧\n{text}\n{bitrate}" if bitrate else f"🎧\n{text}")
        self.surface.update()  # paint over the last video frame

    def mousePressEvent(self, event):
        self.activated.emit(self)
        super().mousePressEvent(event)

    # -- playing --------------------------------------------------------------------------------
    def play(
        self,
        target: PlaybackTarget,
        conference: Conference,
        stream_source: StreamSource | None = None,
    ) -> None:
        self.target, self.conference = target, conference
        body = conference.body(target.body_id)
        label = body.label if body else target.body_id
        self.title.setText(
            f"{labels.isolate(label)} — {labels.isolate(target.session.title, False)}"
            if target.session
            else labels.isolate(label)
        )
        self.title.setToolTip(body.name if body else "")
        live = target.kind is StreamKind.LIVE
        self.badge.setText(self.tr("● LIVE") if live else self.tr("ARCHIVE"))
        self.badge.setStyleSheet(_LIVE_STYLE if live else _ARCHIVE_STYLE)
        self._on_connection("")
        self.retry_button.hide()
        if self.player.backend.video_enabled:
            self.player.set_window(int(self.surface.winId()))
        source = stream_source or StreamSource(
            target.url, target.user_agent, target.referrer, target.page
        )
        self.player.play(
            PlayRequest(source, title=label, start_ms=target.start_ms, loop=target.loop, live=live)
        )

    def stamp(self, now: datetime | None = None) -> NoteStamp:
        """What a note taken now refers to, on this tile."""
        now = now or datetime.now(UTC)
        if self.target is None or self.player.released:
            return NoteStamp(utc=now)
        position = self.player.position_ms()
        stamp = self.target.stamp(
            position,
            now,
            program_date_time=self.player.program_date_time(position),
            wall=self.player.wall_clock(position),
        )
        if self.target.kind is StreamKind.LIVE and self.conference is not None:
            # File the note under what sits at the moment it refers to, not what sat when the
            # observer started watching (sessions end and the next begins on the same stream).
            session = self.conference.current_session(self.target.body_id, stamp.utc)
            stamp = replace(stamp, session_id=session.id if session else None)
        return stamp

    def set_active(self, active: bool, muted: bool = False) -> None:
        self.setStyleSheet(_ACTIVE if active else _INACTIVE)
        self._active = active
        self.speaker.setPixmap(icons.icon("volume" if active else "muted").pixmap(16, 16))
        self.speaker.setToolTip(
            #: A tile is one of up to four video players side by side in the window (not a
            #: thumbnail).
            self.tr("This tile has the sound") if active else self.tr("Click the tile to hear it")
        )
        self.player.set_mute(not active or muted)

    @Slot()
    def retry(self) -> None:
        self.retry_button.hide()
        self.player.retry()

    def release(self) -> None:
        self.player.release()

    # -- player signals -----------------------------------------------------------------------------
    @Slot(str)
    def _on_connection(self, message: str) -> None:
        self.connection.setText(message)
        self._colour_connection()
        self.connection.setVisible(bool(message))

    @Slot(str)
    def _on_gave_up(self, message: str) -> None:
        self._on_connection(message)
        self.retry_button.show()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        if state == PlayerState.PLAYING:
            self.retry_button.hide()
            if not self.player.watchdog.reason:
                self._on_connection(self.player.notice)  # "found it again on ...", or nothing

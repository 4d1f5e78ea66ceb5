"""One player tile: a body's webcast with its own libVLC player and watchdog.

Several tiles can play at once (Plenary and Committee 5, say); the panel gives the sound to
one of them. A tile shows its body, LIVE/ARCHIVE, the picture, and plainly what is wrong
when the stream is not playing, with a Retry button once the watchdog gives up.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout

from observer_app.core.model import Conference, NoteStamp, StreamKind
from observer_app.core.playback import PlaybackTarget
from observer_app.core.sources import StreamSource
from observer_app.player.qt_player import QtPlayer
from observer_app.player.stream import PlayRequest
from observer_app.ui import theme
from observer_app.ui.widgets.video_surface import VideoSurface

_LIVE_STYLE = "color: white; background: #c62828; padding: 1px 6px; border-radius: 3px;"
_ARCHIVE_STYLE = "color: white; background: #455a64; padding: 1px 6px; border-radius: 3px;"
_ACTIVE = "PlayerTile { border: 2px solid palette(highlight); }"
_INACTIVE = "PlayerTile { border: 2px solid transparent; }"


class PlayerTile(QFrame):
    #: The observer clicked this tile: give it the sound.
    activated = Signal(object)

    def __init__(self, player: QtPlayer, parent=None):
        super().__init__(parent)
        self.player = player
        self.target: PlaybackTarget | None = None
        self.conference: Conference | None = None
        self.title = QLabel(self.tr("Choose a body in the schedule"))
        self.title.setStyleSheet("font-weight: bold;")
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
        self.connection.setStyleSheet(
            f"color: {theme.color('live').name()};"
        )  # readable on dark too
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
        self.title.setText(f"{label} — {target.session.title}" if target.session else label)
        self.title.setToolTip(body.name if body else "")
        live = target.kind is StreamKind.LIVE
        self.badge.setText(self.tr("● LIVE") if live else self.tr("ARCHIVE"))
        self.badge.setStyleSheet(_LIVE_STYLE if live else _ARCHIVE_STYLE)
        self._on_connection("")
        self.retry_button.hide()
        if self.player.backend.video_enabled:
            self.player.set_window(int(self.surface.winId()))
        source = stream_source or StreamSource(target.url, target.user_agent, target.referrer)
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
        icon = (
            QStyle.StandardPixmap.SP_MediaVolume
            if active
            else QStyle.StandardPixmap.SP_MediaVolumeMuted
        )
        self.speaker.setPixmap(self.style().standardIcon(icon).pixmap(16, 16))
        self.speaker.setToolTip(
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
        self.connection.setVisible(bool(message))

    @Slot(str)
    def _on_gave_up(self, message: str) -> None:
        self._on_connection(message)
        self.retry_button.show()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        if state == "playing":
            self.retry_button.hide()
            if not self.player.watchdog.reason:
                self._on_connection("")

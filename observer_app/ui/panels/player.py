"""The webcast player panel: video surface, transport, audio channel, volume, status."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_app.core import clock, languages
from observer_app.core.model import Conference, FLOOR, NoteStamp, StreamKind
from observer_app.core.playback import PlaybackTarget
from observer_app.player.qt_player import QtPlayer

log = logging.getLogger("observer.ui")


class VideoSurface(QWidget):
    """A native child window libVLC draws into (X11); a message where it cannot."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(pal)
        self.setMinimumSize(320, 180)
        self.setAccessibleName("Video")
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #e0e0e0;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def resizeEvent(self, event):
        self.message.setGeometry(self.rect().adjusted(12, 12, -12, -12))
        super().resizeEvent(event)


class PlayerPanel(QWidget):
    #: The player now shows this body (id).
    body_changed = Signal(str)

    def __init__(self, player: QtPlayer | None, unavailable_reason: str = "", parent=None):
        super().__init__(parent)
        self.player = player
        self.target: PlaybackTarget | None = None
        self.conference: Conference | None = None
        self._preferred_language = FLOOR

        self.title = QLabel("Choose a body in the schedule")
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.badge = QLabel()
        self.badge.setAccessibleName("Live or archive")
        self.surface = VideoSurface()

        self.play_button = QToolButton(text="Pause")
        self.play_button.setAccessibleName("Play or pause")
        self.play_button.setToolTip("Play / pause (Space)")
        self.play_button.clicked.connect(self.toggle_pause)
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setAccessibleName("Position in the recording")
        self.seek.setEnabled(False)
        self.seek.sliderReleased.connect(lambda: self.player and self.player.seek(self.seek.value()))
        self.position = QLabel("--:--")
        self.position.setAccessibleName("Position")
        self.position.setMinimumWidth(110)
        self.language = QComboBox()
        self.language.setAccessibleName("Audio channel")
        self.language.setToolTip("Floor or interpretation channel")
        self.language.activated.connect(self._on_language_picked)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setAccessibleName("Volume")
        self.volume.setRange(0, 100)
        self.volume.setMaximumWidth(110)
        self.volume.valueChanged.connect(lambda v: self.player and self.player.set_volume(v))
        self.status = QLabel()
        self.status.setAccessibleName("Player status")

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.badge)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.seek, 1)
        controls.addWidget(self.position)
        controls.addStretch(0)
        controls.addWidget(QLabel("Audio:"))
        controls.addWidget(self.language)
        controls.addWidget(QLabel("Vol:"))
        controls.addWidget(self.volume)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.surface, 1)
        layout.addLayout(controls)
        layout.addWidget(self.status)

        if player is None:
            self.surface.show_message(unavailable_reason or "The player is not available.")
            for w in (self.play_button, self.language, self.volume):
                w.setEnabled(False)
        else:
            if not player.backend.video_enabled:
                self.surface.show_message("Audio only: video needs an X11 display.")
            else:
                self.surface.show_message("")
            player.state_changed.connect(self._on_state)
            player.position_changed.connect(self._on_position)
            player.tracks_changed.connect(self._on_tracks)
            player.language_changed.connect(self._on_language_changed)
            player.error.connect(self._on_error)

    # -- API used by the main window ------------------------------------------------------------
    def set_conference(self, conference: Conference) -> None:
        self.conference = conference

    def set_preferred_language(self, language: str) -> None:
        self._preferred_language = language
        if self.player:
            self.player.set_language(language)

    def set_initial_volume(self, volume: int) -> None:
        self.volume.setValue(volume)

    def play(self, target: PlaybackTarget) -> None:
        if self.player is None or self.player.released or self.conference is None:
            return
        self.target = target
        body = self.conference.body(target.body_id)
        session = target.session
        self.title.setText(f"{body.name if body else target.body_id}"
                           + (f" — {session.title}" if session else ""))
        live = target.kind is StreamKind.LIVE
        self.badge.setText("● LIVE" if live else "ARCHIVE")
        self.badge.setStyleSheet(
            "color: white; background: #c62828; padding: 2px 6px; border-radius: 3px;" if live
            else "color: white; background: #455a64; padding: 2px 6px; border-radius: 3px;")
        self.seek.setEnabled(target.seekable)
        self.seek.setVisible(target.seekable)  # a live stream has nowhere to seek (yet: DVR comes later)
        self.language.clear()
        self.status.setText("Opening…")
        if self.player.backend.video_enabled:
            self.player.set_window(int(self.surface.winId()))
        self.player.set_language(self._preferred_language)
        self.player.open(target.url, target.start_ms, target.loop)
        self.body_changed.emit(target.body_id)

    def seek_to(self, position_ms: int) -> None:
        if self.player and self.target and self.target.seekable:
            self.player.seek(position_ms)

    def stamp(self, now: datetime | None = None) -> NoteStamp:
        """What a note taken now refers to."""
        now = now or datetime.now(timezone.utc)
        if self.player is None or self.target is None:
            return NoteStamp(utc=now)
        return self.target.stamp(self.player.position_ms(), now)

    @Slot()
    def toggle_pause(self) -> None:
        if self.player and self.target:
            self.player.toggle_pause()

    def nudge_volume(self, delta: int) -> None:
        self.volume.setValue(max(0, min(100, self.volume.value() + delta)))

    def skip(self, delta_ms: int) -> None:
        if self.player and self.target and self.target.seekable:
            self.player.seek(max(0, self.player.position_ms() + delta_ms))

    # -- player signals ---------------------------------------------------------------------
    @Slot(str)
    def _on_state(self, state: str) -> None:
        self.play_button.setText("Play" if state in ("paused", "stopped", "ended", "error") else "Pause")
        text = {"opening": "Opening…", "playing": "Playing", "paused": "Paused", "stopped": "Stopped",
                "ended": "Ended", "error": "Cannot play this stream"}.get(state)
        if text and not self.status.text().startswith("⚠"):
            self.status.setText(text)
        if state == "playing":
            self.status.setText("Playing")

    @Slot(str)
    def _on_error(self, message: str) -> None:
        self.status.setText(f"⚠ {message}")

    @Slot(int)
    def _on_position(self, ms: int) -> None:
        if self.target is None:
            return
        length = self.player.length_ms() if self.player else 0
        if self.target.seekable and length > 0:
            if not self.seek.isSliderDown():
                self.seek.setRange(0, length)
                self.seek.setValue(ms)
            self.position.setText(f"{clock.format_position(ms)} / {clock.format_position(length)}")
        else:
            now = datetime.now(timezone.utc)
            tz = clock.zone(self.conference.timezone) if self.conference else timezone.utc
            self.position.setText(f"{clock.format_clock(now, tz, seconds=True)} {clock.zone_label(now, tz)}")

    @Slot(list)
    def _on_tracks(self, tracks) -> None:
        self.language.blockSignals(True)
        self.language.clear()
        for track in tracks:
            label = languages.name_for(track.language) if track.language else track.name
            self.language.addItem(label, track.language or f"id:{track.id}")
        current = self.player.current_language() if self.player else None
        if current:
            self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.blockSignals(False)

    @Slot(int)
    def _on_language_picked(self, index: int) -> None:
        language = self.language.itemData(index)
        if language and self.player and not str(language).startswith("id:"):
            self._preferred_language = language
            self.player.set_language(language)

    @Slot(object, bool)
    def _on_language_changed(self, language, offered: bool) -> None:
        if language:
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
        wanted = self.player.backend.wanted_language if self.player else None
        if not offered and wanted:
            self.status.setText(f"This stream has no {languages.name_for(wanted)} channel: playing the "
                                f"{languages.name_for(language) if language else 'default'} audio.")

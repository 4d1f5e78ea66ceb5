"""The player panel: one to four tiles, and the controls of the tile that has the sound.

The controls (transport, seek, rate, audio channel, audio-only, quality, captions, volume)
always act on the active tile, the one you hear; a click on another tile moves the sound
there. Notes are stamped against the active tile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from observer_app.core import clock
from observer_app.core.model import FLOOR, Conference, NoteStamp
from observer_app.core.playback import PlaybackTarget
from observer_app.player.qt_player import QtPlayer
from observer_app.player.stream import Choice, ResolvedStream
from observer_app.ui import labels
from observer_app.ui.panels.player_controls import PlayerControls
from observer_app.ui.panels.player_tile import PlayerTile
from observer_app.ui.widgets.elided_label import ElidedLabel

log = logging.getLogger("observer.ui")
MAX_TILES = 4


class PlayerPanel(QWidget):
    # The active tile now shows this body (id).
    body_changed = Signal(str)
    # The observer picked an audio channel: remember it as the preference.
    language_picked = Signal(str)
    # Double-click on the video or the full-screen button.
    fullscreen_requested = Signal()
    # The sound moved to another tile (the transcript follows it).
    sound_moved = Signal()

    def __init__(
        self,
        player_factory: Callable[[], QtPlayer] | None,
        unavailable_reason: str = "",
        parent=None,
    ):
        super().__init__(parent)
        self.player_factory = player_factory
        self.unavailable_reason = unavailable_reason
        self.conference: Conference | None = None
        self.tiles: list[PlayerTile] = []
        self.active: PlayerTile | None = None
        self.choice = Choice(language=FLOOR)
        self._volume = 80

        self.grid = QGridLayout()
        self.grid.setSpacing(4)
        self.placeholder = QLabel(unavailable_reason or self.tr("Choose a body in the schedule."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.grid.addWidget(self.placeholder, 0, 0)
        self.controls = PlayerControls(self)
        self.controls.setEnabled(False)
        self.status = ElidedLabel()
        self.status.setAccessibleName(self.tr("Player status"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.grid, 1)
        layout.addWidget(self.controls)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.controls.info, 2)  # bitrate and buffer: always on screen
        layout.addLayout(row)
        self.controls.connect_to(self)
        self.controls.fullscreen.clicked.connect(self.fullscreen_requested)
        # A click on the video focuses the player: Space then plays/pauses (and only then).
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Player"))

    # -- API for the main window -----------------------------------------------------------------
    @property
    def player(self) -> QtPlayer | None:
        return self.active.player if self.active else None

    @property
    def target(self) -> PlaybackTarget | None:
        return self.active.target if self.active else None

    def set_conference(self, conference: Conference) -> None:
        self.conference = conference
        for tile in self.tiles:  # a refresh: the tiles playing go on, with the newer sessions
            if tile.conference is not None and tile.conference.id == conference.id:
                tile.conference = conference

    caption_scale = 100  # percent (setting player.caption_scale), for every tile's next open

    def set_caption_scale(self, percent: int) -> None:
        self.caption_scale = percent
        for tile in self.tiles:
            tile.player.caption_scale = percent

    def set_preferred_language(self, language: str) -> None:
        self.choice = Choice(language, self.choice.audio_only, self.choice.quality)
        for tile in self.tiles:
            tile.player.set_choice(self.choice)

    def set_initial_volume(self, volume: int) -> None:
        self._volume = volume
        self.controls.volume.setValue(volume)

    def volume(self) -> int:
        return self.controls.volume.value()

    def play(self, target: PlaybackTarget, new_tile: bool = False) -> None:
        """Play ``target`` in the active tile (or a new one, up to four)."""
        if self.player_factory is None or self.conference is None:
            return
        tile = self.active
        if tile is None or (new_tile and len(self.tiles) < MAX_TILES):
            tile = self._add_tile()
        if tile is None:
            return
        # A radio-style channel has no picture: audio-only whatever the observer's choice.
        tile.player.set_choice(
            replace(self.choice, audio_only=True) if target.audio_only else self.choice
        )
        tile.play(target, self.conference)
        self.set_active(tile)
        self.body_changed.emit(target.body_id)

    def close_active_tile(self) -> None:
        if self.active is None or len(self.tiles) <= 1:
            return
        tile = self.active
        self.tiles.remove(tile)
        tile.release()
        tile.deleteLater()
        self._relayout()
        self.set_active(self.tiles[0])

    def stamp(self, now: datetime | None = None) -> NoteStamp:
        """What a note taken now refers to: the tile that has the sound."""
        now = now or datetime.now(UTC)
        return self.active.stamp(now) if self.active else NoteStamp(utc=now)

    def seek_to(self, position_ms: int) -> None:
        if self.active and self.active.target and self.active.target.seekable:
            self.active.player.seek(position_ms)

    def skip(self, delta_ms: int) -> None:
        tile = self.active
        if tile and tile.target and (tile.target.seekable or tile.player.dvr_range() is not None):
            tile.player.seek(
                max(0, tile.player.position_ms() + delta_ms)
            )  # (clamped to a live window)

    def toggle_pause(self) -> None:
        if self.active and self.active.target:
            self.active.player.toggle_pause()

    def go_live(self) -> None:
        if self.player is not None:
            self.player.go_live()

    def retry(self) -> None:
        if self.active is not None:
            self.active.retry()

    def step_rate(self, step: int) -> None:
        combo = self.controls.rate
        if combo.isEnabled():
            combo.setCurrentIndex(max(0, min(combo.count() - 1, combo.currentIndex() + step)))
            combo.activated.emit(combo.currentIndex())

    def next_tile(self) -> None:
        if len(self.tiles) > 1 and self.active in self.tiles:
            self.set_active(self.tiles[(self.tiles.index(self.active) + 1) % len(self.tiles)])

    def toggle_mute(self) -> None:
        self.controls.mute.toggle()

    def toggle_audio_only(self) -> None:
        self.controls.audio_only.toggle()

    def choose_captions_file(self) -> None:
        self.controls.choose_captions_file()

    def nudge_volume(self, delta: int) -> None:
        self.controls.volume.setValue(max(0, min(100, self.controls.volume.value() + delta)))

    def release(self) -> None:
        for tile in self.tiles:
            tile.release()

    # -- tiles ------------------------------------------------------------------------------------
    def _add_tile(self) -> PlayerTile | None:
        try:
            assert self.player_factory is not None, "no libVLC: tiles are not offered"
            player = self.player_factory()
        except Exception as exc:  # libVLC can fail to create another instance
            log.exception("cannot create a player")
            self.status.setText(self.tr("⚠ cannot open another player: {error}").format(error=exc))
            return None
        player.setParent(self)
        player.caption_scale = self.caption_scale
        tile = PlayerTile(player, self)
        tile.activated.connect(self.set_active)
        tile.surface.double_clicked.connect(self.fullscreen_requested)
        self.tiles.append(tile)
        self.placeholder.hide()
        self._relayout()
        return tile

    def _relayout(self) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        columns = 1 if len(self.tiles) == 1 else 2
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)

    @Slot(object)
    def set_active(self, tile: PlayerTile) -> None:
        if tile not in self.tiles:
            return
        previous, self.active = self.active, tile
        for t in self.tiles:
            t.set_active(t is tile, muted=self.controls.user_muted)
        tile.player.set_volume(self.controls.volume.value())
        self.controls.attach(tile)
        self.controls.setEnabled(True)
        if previous is not tile and tile.target is not None:
            self.body_changed.emit(tile.target.body_id)
        if previous is not tile:
            self.sound_moved.emit()

    # -- from the controls -----------------------------------------------------------------------
    def change_choice(self, choice: Choice) -> None:
        """Audio-only and quality apply to every tile (a slow link is slow for all of them)."""
        language_changed = choice.language != self.choice.language
        self.choice = choice
        if self.active is not None:
            self.active.player.set_choice(choice)
        for tile in self.tiles:
            if tile is not self.active:
                tile.player.set_choice(
                    Choice(tile.player.choice.language, choice.audio_only, choice.quality)
                )
        if language_changed and choice.language:
            self.language_picked.emit(choice.language)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def describe(self, stream: ResolvedStream | None) -> str:
        if stream is None:
            return ""
        parts = list(stream.notes)
        if stream.master is not None and stream.master.variants:
            parts.append(
                QCoreApplication.translate(
                    "PlayerPanel", "%n variant(s)", None, len(stream.master.variants)
                )
            )
        if stream.anchor is not None and self.conference is not None:
            tz = clock.zone(self.conference.timezone)
            parts.append(
                self.tr("clock from the stream (started {time})").format(
                    time=clock.format_clock(stream.anchor.utc, tz, seconds=True)
                )
            )
        return " · ".join(parts)


def language_label(code: str | None) -> str:
    return labels.language(code)

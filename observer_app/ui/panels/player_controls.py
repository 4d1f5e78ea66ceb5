"""The control bar of the player panel, attached to whichever tile has the sound."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_app.core import clock
from observer_app.core.model import Conference, StreamKind
from observer_app.player.states import PlayerState
from observer_app.player.stream import Choice, Quality, ResolvedStream
from observer_app.ui import a11y, icons, labels
from observer_app.ui.widgets.elided_label import ElidedLabel
from observer_app.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from observer_app.player.qt_player import QtPlayer
    from observer_app.ui.panels.player_tile import PlayerTile

RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)

# The states in which the button offers Play (else Pause).
_STOPPED = (PlayerState.PAUSED, PlayerState.STOPPED, PlayerState.ENDED, PlayerState.ERROR)


class ControlledPanel(Protocol):
    """What the controls use of the player panel (``PlayerPanel``): a protocol, so that the
    panel imports this module and not the other way round."""

    conference: Conference | None

    def toggle_pause(self) -> None: ...

    def change_choice(self, choice: Choice) -> None: ...

    def show_status(self, text: str) -> None: ...

    def describe(self, stream: ResolvedStream | None) -> str: ...


def _button(text: str, name: str, tip: str, icon: str | None = None) -> QToolButton:
    b = QToolButton()
    b.setText(text)
    if icon is not None:  # drawn in the palette's colours (see ui/icons.py)
        icons.set_icon(b, icon)
    b.setAccessibleName(name)
    b.setToolTip(tip)
    return b


def _group(widgets) -> QWidget:
    """Widgets kept together on one line of the options (a label and its combo)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return box


# libVLC plays a live HLS stream this far behind its newest segment (its adaptive live delay):
# closer than this counts as "live".
LIVE_DELAY_MS = 20_000


class PlayerControls(QWidget):
    # A captions file the observer opened (its path): also the session's transcript.
    captions_opened = Signal(str)

    def __init__(self, panel: ControlledPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.tile: PlayerTile | None = None
        self._connections: list[tuple[SignalInstance, Callable[..., object]]] = []
        self.play_button = _button(
            self.tr("Pause"),
            self.tr("Play or pause"),
            self.tr("Play / pause (Space)"),
            icon=icons.PAUSE,
        )
        self.live_button = _button(
            #: Button: jump to the newest moment of the live webcast (not: put on air).
            self.tr("Go live"),
            self.tr("Go live"),
            self.tr("Jump to the live edge (Ctrl+G)"),
        )
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setAccessibleName(self.tr("Position in the recording"))
        self.position = QLabel("--:--")
        self.position.setAccessibleName(self.tr("Position"))
        self.position.setMinimumWidth(100)
        self.rate = QComboBox()
        self.rate.setAccessibleName(self.tr("Playback speed"))
        self.rate.setToolTip(self.tr("Playback speed (recordings)"))
        for r in RATES:
            self.rate.addItem(f"{r:g}×", r)
        self.rate.setCurrentIndex(RATES.index(1.0))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Audio channel"))
        self.language.setToolTip(self.tr("Floor or interpretation channel"))
        self.audio_only = QCheckBox(self.tr("Audio only"))
        self.audio_only.setAccessibleName(self.tr("Audio only"))
        self.audio_only.setToolTip(self.tr("Save bandwidth: no video (Ctrl+Shift+A)"))
        self.quality = QComboBox()
        self.quality.setAccessibleName(self.tr("Video quality"))
        self.quality.addItem(self.tr("Auto quality"), Quality.AUTO.value)
        self.quality.addItem(self.tr("Lowest quality"), Quality.LOWEST.value)
        self.captions = QComboBox()
        self.captions.setAccessibleName(self.tr("Captions"))
        self.captions.setToolTip(self.tr("Subtitle/caption track"))
        self.captions.setMinimumContentsLength(10)
        self.open_captions = _button(
            self.tr("Open captions…"),
            self.tr("Open a captions file"),
            self.tr("Open a WebVTT or SRT file over this stream (Ctrl+Shift+C)"),
        )
        self.mute = _button(
            self.tr("Mute"),
            self.tr("Mute"),
            self.tr("Mute (Ctrl+M)"),
            icon=icons.VOLUME,
        )
        self.mute.setCheckable(True)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setMaximumWidth(100)
        self.fullscreen = _button(
            self.tr("Full screen"),
            self.tr("Full screen"),
            self.tr("Full screen (F11)"),
            icon=icons.FULLSCREEN,
        )
        # Shown on the player's status line (PlayerPanel), elided with the whole text in its
        # tooltip: in a row of controls, a long translation squeezed it to nothing.
        self.info = ElidedLabel()
        self.info.setAccessibleName(self.tr("Stream information"))
        self.info.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 kbit/s · buffer"))

        row1 = QHBoxLayout()
        for b in (self.play_button, self.mute, self.fullscreen):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for w in (self.play_button, self.live_button):
            row1.addWidget(w)
        row1.addWidget(self.seek, 1)
        row1.addWidget(self.position)
        self.rate_label = a11y.buddy_label(self.tr("Speed:"), self.rate)
        row1.addWidget(self.rate_label)
        row1.addWidget(self.rate)
        row1.addWidget(self.mute)
        row1.addWidget(self.volume)
        row1.addWidget(self.fullscreen)
        # The options wrap like words (FlowLayout): a narrow pane, a long translation or a
        # large font puts them on more lines instead of cutting them.
        self.options = FlowLayout()
        self.captions_label = a11y.buddy_label(self.tr("Captions:"), self.captions)
        for group in (
            (a11y.buddy_label(self.tr("Audio:"), self.language), self.language),
            (self.audio_only,),
            (a11y.buddy_label(self.tr("Picture:"), self.quality), self.quality),
            (self.captions_label, self.captions, self.open_captions),
        ):
            self.options.addWidget(_group(group))
        for combo in (self.rate, self.language, self.quality, self.captions):
            # Grow with items that come later (audio channels and captions appear once playing).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row1)
        layout.addLayout(self.options)
        self._stats = QTimer(self)
        self._stats.setInterval(2000)
        self._stats.timeout.connect(self._show_stats)
        self._buffer = 100.0
        self.user_muted = False

    def changeEvent(self, event) -> None:
        """A new font changes every option's width: wrap them again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.options.invalidate()

    def connect_to(self, panel) -> None:
        self.play_button.clicked.connect(panel.toggle_pause)
        self.live_button.clicked.connect(lambda: self._to_player(lambda p: p.go_live()))
        self.seek.sliderReleased.connect(
            lambda: self._to_player(lambda p: p.seek(self.seek.value()))
        )
        self.rate.activated.connect(
            lambda _i: self._to_player(lambda p: p.set_rate(self.rate.currentData()))
        )
        self.language.activated.connect(self._on_language_picked)
        self.audio_only.toggled.connect(self._on_choice_changed)
        self.quality.activated.connect(self._on_choice_changed)
        self.captions.activated.connect(self._on_caption_picked)
        self.open_captions.clicked.connect(self.choose_captions_file)
        self.mute.toggled.connect(self._on_mute)
        self.volume.valueChanged.connect(lambda v: self._to_player(lambda p: p.set_volume(v)))

    def _to_player(self, act: Callable[[QtPlayer], None]) -> None:
        """``act`` on the player of the tile the controls are attached to, if any."""
        if self.tile is not None:
            act(self.tile.player)

    # -- attach to a tile -----------------------------------------------------------------------------
    def attach(self, tile: PlayerTile) -> None:
        player = tile.player
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.tile = tile
        self._connections = [
            (player.state_changed, self._on_state),
            (player.position_changed, self._on_position),
            (player.tracks_changed, self._on_tracks),
            (player.language_changed, self._on_language_changed),
            (player.resolved, self._on_resolved),
            (player.buffering, self._on_buffering),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._refresh_for_target()
        self.mute.blockSignals(
            True
        )  # the button shows the observer's mute, whatever tile has the sound
        self.mute.setChecked(self.user_muted)
        self.mute.blockSignals(False)
        self._on_tracks(player.audio_tracks())
        self._on_state(player.state)
        self._stats.start()

    def _refresh_for_target(self) -> None:
        target = self.tile.target if self.tile else None
        seekable = bool(target and target.seekable)
        live = bool(target and target.kind is StreamKind.LIVE)
        dvr = live and self.tile is not None and self.tile.player.dvr_range() is not None
        self.seek.setVisible(seekable or dvr)
        self.seek.setAccessibleName(
            self.tr("Position in the live window") if dvr else self.tr("Position in the recording")
        )
        self.rate.setEnabled(seekable)
        self.rate.setVisible(seekable)
        self.rate_label.setVisible(seekable)
        self.live_button.setVisible(live)

    # -- player signals -------------------------------------------------------------------------------
    @Slot(str)
    def _on_state(self, text: str) -> None:
        state = PlayerState(text)  # (the signal carries the state's text)
        stopped = state in _STOPPED
        self.play_button.setText(self.tr("Play") if stopped else self.tr("Pause"))
        icons.set_icon(self.play_button, "play" if stopped else "pause")
        self._refresh_for_target()
        shown = {
            PlayerState.OPENING: self.tr("Opening…"),
            PlayerState.PLAYING: self.tr("Playing"),
            PlayerState.PAUSED: self.tr("Paused"),
            PlayerState.STOPPED: self.tr("Stopped"),
            PlayerState.ENDED: self.tr("Ended"),
            PlayerState.ERROR: self.tr("Not playing"),
        }.get(state, "")
        self.panel.show_status(shown)

    @Slot(int)
    def _on_position(self, ms: int) -> None:
        tile = self.tile
        if tile is None or tile.target is None:
            return
        window = None if tile.target.seekable else tile.player.dvr_range()
        if window is not None:  # a live stream with a DVR window: seek back into it
            if not self.seek.isSliderDown():
                self.seek.setRange(*window)
                self.seek.setValue(ms)
            behind = window[1] - ms
            self.position.setText(
                self.tr("● live")
                if behind < LIVE_DELAY_MS
                else self.tr("−{time} behind live").format(
                    time=labels.isolate(clock.format_position(behind))
                )
            )
            return
        length = tile.player.length_ms()
        if tile.target.seekable and length > 0:
            if not self.seek.isSliderDown():
                self.seek.setRange(0, length)
                self.seek.setValue(ms)
            self.position.setText(
                labels.isolate(f"{clock.format_position(ms)} / {clock.format_position(length)}")
            )
            return
        conference = self.panel.conference
        tz = clock.zone(conference.timezone) if conference else UTC
        shown = tile.player.wall_clock(ms) or datetime.now(UTC)
        self.position.setText(  # one unit in Arabic: "21:45:24 KST", not "KST 21:45:24"
            labels.isolate(
                f"{clock.format_clock(shown, tz, seconds=True)} {clock.zone_label(shown, tz)}"
            )
        )

    @Slot(list)
    def _on_tracks(self, tracks) -> None:
        self.language.blockSignals(True)
        self.language.clear()
        for track in tracks:
            label = labels.language(track.language) if track.language else track.name
            self.language.addItem(label, track.language or f"id:{track.id}")
        current = self.tile.player.current_language() if self.tile else None
        if current:
            self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.blockSignals(False)
        self._fill_captions()

    @Slot(object, bool)
    def _on_language_changed(self, language, offered: bool) -> None:
        if language:
            self.language.setCurrentIndex(max(0, self.language.findData(language)))
        wanted = self.tile.player.choice.language if self.tile else None
        if not offered and wanted:
            # Language names stand alone after a colon: spliced into a sentence they would
            # need a case, a gender and a lower-case initial that a label cannot give.
            if language:
                text = self.tr("Channel not in this stream: {wanted}. Playing: {heard}.")
            else:
                text = self.tr("Channel not in this stream: {wanted}. Playing the default audio.")
            self.panel.show_status(
                text.format(wanted=labels.language(wanted), heard=labels.language(language))
            )

    @Slot(object)
    def _on_resolved(self, stream) -> None:
        self.info.setText(self.panel.describe(stream))
        self.info.setToolTip(self.info.text())

    @Slot(float)
    def _on_buffering(self, percent: float) -> None:
        self._buffer = percent

    def _show_stats(self) -> None:
        if (
            self.tile is None
            or self.tile.player.released
            or self.tile.player.state is not PlayerState.PLAYING
        ):
            return
        stats = self.tile.player.backend.stats()
        parts = []
        if stats is not None and stats.input_kbps > 0:
            parts.append(f"{stats.input_kbps:.0f} kbit/s")
        parts.append(
            self.tr("buffer ok")
            if self._buffer >= 100
            else self.tr("buffering {percent}%").format(percent=f"{self._buffer:.0f}")
        )
        if stats is not None and stats.lost_pictures:
            parts.append(
                QCoreApplication.translate(
                    "PlayerControls", "%n frame(s) lost", None, stats.lost_pictures
                )
            )
        # What reaches the player (input), else what it reads (demux: a local file, whose
        # input libVLC does not count).
        kbps = max(stats.input_kbps, stats.demux_kbps) if stats is not None else 0
        if kbps > 0:
            self.tile.show_audio_only(f"{kbps:.0f} kbit/s")
        described = self.panel.describe(self.tile.player.stream)
        self.info.setText(" · ".join(parts + ([described] if described else [])))
        self.info.setToolTip(self.info.text())

    # -- user actions ----------------------------------------------------------------------------------
    @Slot(int)
    def _on_language_picked(self, index: int) -> None:
        language = self.language.itemData(index)
        if language and not str(language).startswith("id:"):
            self.panel.change_choice(self._choice(language))

    def _on_choice_changed(self, *_args) -> None:
        self.panel.change_choice(
            self._choice(self.tile.player.choice.language if self.tile else None)
        )

    def _choice(self, language: str | None) -> Choice:
        """What the controls ask for (a combo's data comes back as text, not as the Enum)."""
        return Choice(language, self.audio_only.isChecked(), Quality(self.quality.currentData()))

    def _on_mute(self, muted: bool) -> None:
        self.user_muted = muted
        icons.set_icon(self.mute, "muted" if muted else "volume")
        if self.tile:
            self.tile.player.set_mute(muted)

    def _fill_captions(self) -> None:
        self.captions.blockSignals(True)
        self.captions.clear()
        self.captions.addItem(self.tr("No captions"), -1)
        if self.tile is not None and not self.tile.player.released:
            for track in self.tile.player.backend.subtitle_tracks():
                self.captions.addItem(track.name, track.id)
            current = self.tile.player.backend.current_subtitle()
            self.captions.setCurrentIndex(max(0, self.captions.findData(current)))
        self.captions.blockSignals(False)

    @Slot(int)
    def _on_caption_picked(self, index: int) -> None:
        if self.tile is not None:
            self.tile.player.backend.set_subtitle(int(self.captions.itemData(index)))

    def choose_captions_file(self, path: str | None = None) -> bool:
        if self.tile is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open captions"), "", self.tr("Captions (*.vtt *.srt);;All files (*)")
            )
            if not path:
                return False
        ok = self.tile.player.backend.add_subtitle_file(Path(path).resolve().as_uri())
        self.panel.show_status(
            self.tr("Captions loaded: {name}").format(name=Path(path).name)
            if ok
            else self.tr("⚠ cannot load captions {path}").format(path=path)
        )
        QTimer.singleShot(800, self._fill_captions)
        if ok:
            self.captions_opened.emit(str(Path(path).resolve()))
        return ok

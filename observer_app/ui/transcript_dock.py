"""The transcript pane's wiring: the live transcript of the tile that has the sound, replay on
click, human captions, the live-caption strip. No logic of its own beyond choosing the model
(downloaded off the GUI thread when it is not on this machine).

It is given what it uses, not the window (issue 16): the profile, the current conference (a
function: the window may open another), and the player panel (its tiles, target and signals).
The window connects the rest: ``panel.quote_requested`` to its note composer,
``caption_actions`` (the live-caption size shortcuts) to itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QProgressDialog

from observer_app.core import clock
from observer_app.core.model import FLOOR, StreamKind
from observer_app.core.playback import PlaybackTarget
from observer_app.core.transcript import CAPTIONS, TranscriptLine, parse_captions
from observer_app.services import speech_models as sm
from observer_app.services.live_captions import CaptionTrack, find_caption_track
from observer_app.services.transcripts import LineMaker, whisper_language
from observer_app.store.db import StoreError
from observer_app.store.transcripts import TranscriptRepository
from observer_app.ui.jobs import run_task
from observer_app.ui.panels.transcript import TranscriptPanel
from observer_app.ui.transcribing import LiveCaptions, LiveTranscript

if TYPE_CHECKING:
    from observer_app.core.model import Conference
    from observer_app.services.context import Profile
    from observer_app.ui.panels.player import PlayerPanel


class TranscriptDock(QObject):
    # (file, bytes done, bytes total) of a model download, emitted on the download's thread
    # and delivered on the GUI thread (a queued connection).
    download_progress = Signal(str, object, object)

    def __init__(
        self,
        profile: Profile,
        conference: Callable[[], Conference],
        player_panel: PlayerPanel,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.profile, self.conference, self.player_panel = profile, conference, player_panel
        self.panel = TranscriptPanel(clock.zone(conference().timezone))
        self.live = LiveTranscript(TranscriptRepository(profile.db), self)
        # Set by the window: the pane its layouts place (ui/layouts.py, "transcript").
        self._dock: QDockWidget | None = None
        # The live-caption size shortcuts, for the window to add (window-wide keys).
        self.caption_actions: list[QAction] = []
        self.panel.seek_requested.connect(self.seek)
        self.panel.transcribe_toggled.connect(self.toggle)
        self.panel.shown.connect(self.say_where_it_goes)
        # The pane shown: load the model in a child now, so the first words find it loaded
        # (shown: on screen, its tab raised; see ``dock`` and ``warm``).
        self._warming = QTimer(self)
        self._warming.setSingleShot(True)
        self._warming.setInterval(1000)  # not while the window is still being built
        self._warming.timeout.connect(self.warm)
        self.panel.shown.connect(self._warming.start)
        self.say_where_it_goes()
        self.live.line_added.connect(self.panel.add_line)
        self.live.status.connect(self._status)
        # Human captions the stream carries: the transcript instead of Whisper's (issue 19).
        self.captions = LiveCaptions(TranscriptRepository(profile.db), self)
        self.captions.line_added.connect(self.panel.add_line)
        self.captions.status.connect(self.panel.set_status)
        self._http: Any = None  # the requests session of caption reads, made on first use
        self._model_name = ""  # of the running transcription
        player_panel.controls.captions_opened.connect(self.captions_file)
        player_panel.sound_moved.connect(self._follow_sound)
        player_panel.language_picked.connect(self._follow_channel)
        self._setup_live_captions()
        self._cancel = False
        self.hub = sm.HUB_URL  # where models are downloaded from (tests serve one locally)
        # Shown while a model downloads: progress, and Cancel (which keeps nothing).
        self.progress: QProgressDialog | None = None
        self.download_progress.connect(self._show_progress)
        self._follow = QTimer(self)  # follow-along highlight of the line being said
        self._follow.setInterval(500)
        self._follow.timeout.connect(self._follow_player)
        self._follow.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.live.stop)
            app.aboutToQuit.connect(self.live.cool)
            app.aboutToQuit.connect(self.captions.stop)

    @property
    def dock(self) -> QDockWidget | None:
        return self._dock

    @dock.setter
    def dock(self, dock: QDockWidget | None) -> None:
        """The pane's dock. Its tab raised is the pane shown: a pane in a tab behind another
        gets no show event when its tab is raised (Qt counts it visible throughout)."""
        self._dock = dock
        if dock is not None:
            dock.visibilityChanged.connect(self._dock_visibility)

    def _dock_visibility(self, visible: bool) -> None:
        if visible:
            self._warming.start()

    def on_screen(self) -> bool:
        """The pane is where the observer can see it. Not ``isVisible()``: that stays True for
        a pane in a tab behind another (the start's Watch layout has the transcript behind the
        schedule), whose model loaded at every start: 100-165 MB and a core's second for a
        child nobody had asked for (issue 15)."""
        return self.panel.isVisible() and not self.panel.visibleRegion().isEmpty()

    # -- live captions under the video ------------------------------------------------------

    def set_conference(self, conference: Conference) -> None:
        """Another conference shown: its lines' times in its own zone."""
        self.panel.model.set_zone(clock.zone(conference.timezone))

    def _setup_live_captions(self) -> None:
        """The option (setting, panel check box), its size (setting, Ctrl+Shift++/-), and every
        new line, human or machine, into the strip of the tile with the sound."""
        settings = self.profile.settings
        self.caption_size = int(settings.get("transcript.caption_size"))
        box = self.panel.live_captions
        box.setChecked(bool(settings.get("transcript.live_captions")))
        box.toggled.connect(self._captions_toggled)
        self.live.line_added.connect(self._caption_line)
        self.captions.line_added.connect(self._caption_line)
        self.player_panel.sound_moved.connect(self._place_strip)
        for keys, step in (
            (("Ctrl+Shift++", "Ctrl+Shift+="), 1),
            (("Ctrl+Shift+-", "Ctrl+Shift+_"), -1),
        ):
            action = QAction(
                self.tr("Larger live captions") if step > 0 else self.tr("Smaller live captions"),
                self,
            )
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.resize_captions(s))
            self.caption_actions.append(action)
        self._place_strip()

    def _strips(self) -> list[Any]:
        return [tile.caption_strip for tile in self.player_panel.tiles]

    def _place_strip(self) -> None:
        """The strip shows under the tile with the sound only, when the option is on."""
        active = self.player_panel.active
        on = self.panel.live_captions.isChecked()
        for tile in self.player_panel.tiles:
            strip = tile.caption_strip
            strip.set_size(self.caption_size)
            if tile is not active:
                strip.clear_lines()
            strip.setVisible(on and tile is active)

    def _captions_toggled(self, on: bool) -> None:
        self.profile.settings.set("transcript.live_captions", on)
        self._place_strip()

    def resize_captions(self, step: int) -> None:
        active = self.player_panel.active
        if active is None:
            return
        self.caption_size = active.caption_strip.step(step)
        self.profile.settings.set("transcript.caption_size", self.caption_size)
        self._place_strip()

    def _caption_line(self, line: TranscriptLine) -> None:
        active = self.player_panel.active
        if active is not None and self.panel.live_captions.isChecked():
            active.caption_strip.add_line(line.text)
            active.caption_strip.show()

    def _follow_channel(self, channel: str) -> None:
        """The observer switched the audio channel: the transcript follows with that
        channel's language (a new segment); an English-only model stays English, and says so."""
        if not self.live.running:
            return
        language = whisper_language(channel, self._model_name)
        if language != self.live.language:
            self.live.switch_language(language)
        if self._model_name.endswith(".en") and channel[:2] not in ("en", FLOOR[:2]):
            self.panel.set_status(
                self.tr(
                    "The model {name} knows English only: choose a multilingual model in "
                    "Settings to transcribe this channel."
                ).format(name=self._model_name)
            )

    def _follow_sound(self) -> None:
        """The sound moved to another tile: what is transcribed moves with it (a new segment,
        under that tile's session); the old tile plays on without the tap."""
        if not (self.live.running or self.captions.running):
            return
        if self.live.running and self.live.player is self.player_panel.player:
            return
        self.live.stop()
        self.captions.stop()
        self.toggle(True)

    def say_where_it_goes(self) -> None:
        """The privacy line, true to the profile: the team folder's host once one is set up
        (the team dialog or ``settings set sync.webdav_url``), since sync sends transcripts."""
        from urllib.parse import urlsplit

        url = str(self.profile.settings.get("sync.webdav_url") or "").strip()
        self.panel.set_team_folder(urlsplit(url).hostname if url else None)

    def warm(self) -> None:
        """Start the transcriber child with the chosen model (when it is on this machine: no
        download without the observer pressing Transcribe) while the pane is on screen."""
        if self.live.running or not self.on_screen():
            return
        settings = self.profile.settings
        name = str(settings.get("transcript.model"))
        try:
            folder = sm.find_model(
                name,
                self.profile.paths.cache,
                str(settings.get("transcript.model_dir") or ""),
            )
        except sm.ModelError:
            return  # said when the observer presses Transcribe
        if folder is not None:
            self.live.warm(str(folder), whisper_language(self._channel_language(), name))

    def _follow_player(self) -> None:
        player = self.player_panel.player
        if player is not None and self.panel.isVisible() and self.panel.model.rowCount():
            self.panel.follow(player.position_ms())

    def seek(self, position_ms: int) -> None:
        """A click on a line: the transcript reopens the recording there while it runs."""
        if self.live.running:
            self.live.seek(position_ms)
        else:
            self.player_panel.seek_to(position_ms)

    def show_line(self, line: TranscriptLine | None) -> None:
        """A transcript hit of the window's find: show its session's lines at that line, and
        go to its second: a seek when its stream is playing, else its recording replayed."""
        if line is None:
            return
        if not self.live.running:  # a running transcription keeps its own growing lines
            repo = TranscriptRepository(self.profile.db)
            self.panel.set_lines(repo.lines(line.conference_id, line.session_key))
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()
        self.panel.show_line(line)
        target = self.player_panel.target
        if (
            target is not None
            and self.player_panel.player is not None
            and target.url == line.stream_url
        ):
            self.seek(line.start_ms)
        elif line.stream_url:
            self.player_panel.play(
                PlaybackTarget(
                    line.body_id or "stream",
                    line.stream_url,
                    StreamKind.ARCHIVE,
                    None,
                    start_ms=line.start_ms,
                )
            )
        else:
            self.panel.set_status(self.tr("This line has no recording to replay."))

    def toggle(self, on: bool) -> None:
        if not on:
            self._cancel = True
            self.live.stop()
            self.captions.stop()
            return
        self.say_where_it_goes()
        player = self.player_panel.player
        if player is None:
            self.panel.set_status(self.tr("Play something first."))
            self.panel.toggle.setChecked(False)
            return
        self._cancel = False
        target = self.player_panel.target
        url = target.url if target is not None else ""
        if not url.startswith(("http://", "https://")):
            self._machine()
            return
        # Human captions first: look for a caption rendition off the GUI thread.
        self.panel.set_status(self.tr("Looking for the stream's captions…"))
        language = self._channel_language()
        run_task(
            lambda: (self._session(), find_caption_track(self._session(), url, language)),
            self._captions_or_machine,
            lambda _exc: self._machine(),  # no captions readable: Whisper does it
        )

    def _session(self) -> Any:
        if self._http is None:
            from observer_app.net.session import make_session

            self._http = make_session(retries=1)
        return self._http

    def _captions_or_machine(self, found: tuple[Any, CaptionTrack | None]) -> None:
        session, track = found
        if self._cancel or not self.panel.toggle.isChecked():
            return
        if track is None:
            self._machine()
            return
        self.captions.start(session, track, self._maker(), self._start_utc())
        self.panel.set_status(
            self.tr("Showing the stream's own captions (written by people), not transcribing.")
        )

    def captions_file(self, path: str) -> None:
        """A captions file opened over the video ("Open captions…") is that session's
        transcript, labelled "captions"; Whisper stops (its lines stay "automatic")."""
        try:
            cues = parse_captions(Path(path).read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError) as exc:
            self.panel.set_status(str(exc))
            return
        if not cues:
            self.panel.set_status(
                self.tr("{name} has no WebVTT or SRT cues.").format(name=Path(path).name)
            )
            return
        if self.live.running:
            self.live.stop()
            self.panel.toggle.setChecked(False)
        maker = self._maker()
        maker.start_segment(0, 0, self._start_utc())
        lines = [
            maker.make({"start_ms": a, "end_ms": b, "text": text, "source": CAPTIONS})
            for a, b, text in cues
        ]
        try:
            TranscriptRepository(self.profile.db).add(lines)
        except StoreError as exc:
            self.panel.set_status(str(exc))
        for line in lines:
            self.panel.add_line(line)
        self.panel.set_status(
            self.tr("The transcript is the captions of {name} (written by people).").format(
                name=Path(path).name
            )
        )

    def _start_utc(self) -> datetime:
        """The UTC of position 0: the stream's clock, else the session's start, else now."""
        player, target = self.player_panel.player, self.player_panel.target
        utc = player.wall_clock(0) if player is not None else None
        session = target.session if target is not None else None
        return utc or (session.start if session is not None else None) or datetime.now(UTC)

    def _channel_language(self) -> str | None:
        """The channel the observer chose (FLOOR or a language code)."""
        return self.player_panel.choice.language

    def _machine(self) -> None:
        if self._cancel or not self.panel.toggle.isChecked():
            return
        settings = self.profile.settings
        name = str(settings.get("transcript.model"))
        cache = self.profile.paths.cache
        try:
            folder = sm.find_model(name, cache, str(settings.get("transcript.model_dir") or ""))
        except sm.ModelError as exc:
            self._failed(exc)
            return
        if folder is not None:
            self._start(str(folder), name)
            return
        self._download(name, cache)

    def _download(self, name: str, cache: Any) -> None:
        """Fetch the model on a worker thread with a progress dialog whose Cancel stops the
        download (``download_model`` then removes its partial folder)."""
        text = self.tr("Downloading the {name} model…").format(name=name)
        self.panel.set_status(text)
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, 1000, self.player_panel.window())
        dialog.setObjectName("model_download")
        dialog.setWindowTitle(self.tr("Transcript model"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the observer keeps watching
        dialog.canceled.connect(self._cancel_download)
        dialog.setValue(0)
        dialog.show()
        self.progress = dialog

        def report(p: sm.Progress) -> None:
            self.download_progress.emit(p.file, p.done_bytes, p.total_bytes)

        run_task(
            lambda: sm.download_model(
                name, cache, hub=self.hub, progress=report, cancelled=lambda: self._cancel
            ),
            lambda path: self._downloaded(str(path), name),
            self._failed,
        )

    def _show_progress(self, file: str, done: int, total: int) -> None:
        if self.progress is None or not total:
            return
        self.progress.setValue(min(1000, done * 1000 // total))
        self.progress.setLabelText(
            self.tr("Downloading {file}: {done} of {total} MB").format(
                file=file, done=f"{done / 1e6:.1f}", total=f"{total / 1e6:.1f}"
            )
        )

    def _cancel_download(self) -> None:
        self._cancel = True
        self.panel.set_status(self.tr("Cancelling the download…"))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel_download)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _downloaded(self, folder: str, name: str) -> None:
        self._close_progress()
        self._start(folder, name)

    def _start(self, folder: str, name: str) -> None:
        if self._cancel or self.player_panel.player is None:
            return
        self._model_name = name
        language = whisper_language(self._channel_language(), name)
        self.live.start(self.player_panel.player, folder, language, self._maker())

    def _maker(self) -> LineMaker:
        """Lines of the session the active tile plays (or of its body and day)."""
        target = self.player_panel.target
        session = target.session if target is not None else None
        body = target.body_id if target is not None else "stream"
        key = session.id if session is not None else f"{body}-{datetime.now(UTC):%Y%m%d}"
        return LineMaker(
            self.conference().id,
            key,
            stream_url=target.url if target else "",
            body_id=target.body_id if target else None,
        )

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        self.panel.toggle.setChecked(False)  # before the message: unchecking sets a status
        if isinstance(exc, sm.DownloadCancelled):
            self.panel.set_status(self.tr("Download cancelled; nothing was kept."))
        else:
            self.panel.set_status(str(exc))

    def _status(self, text: str) -> None:
        self.panel.set_status(
            self.tr("Transcribing on this computer.") if text == "ready" else text
        )

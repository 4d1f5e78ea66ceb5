"""The main window: wires the panels together, menus and shortcuts. No logic of its own."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from observer_app import APP_NAME
from observer_app.core import playback
from observer_app.core.model import Conference, Note
from observer_app.player.qt_player import QtPlayer
from observer_app.player.states import PlayerState
from observer_app.runtime import heap
from observer_app.ui import jobs, layouts, message_bridge, startup, status, theme
from observer_app.ui.actions import (
    ActionId,
)
from observer_app.ui.panels.player import PlayerPanel
from observer_app.ui.widgets.source_status import SourceStatus
from observer_app.ui.window_menus import MenusAndToolbar

if TYPE_CHECKING:  # the panes, dialogs and services are imported when first used (issue 15)
    from observer_app.services.conference import OpenResult
    from observer_app.services.context import Profile
    from observer_app.ui.controller import Controller
    from observer_app.ui.panels.documents import DocumentsPanel
    from observer_app.ui.panels.notes import NotesPanel
    from observer_app.ui.panels.schedule import SchedulePanel
    from observer_app.ui.refresh import ConferenceRefresher
    from observer_app.ui.reminders import ReminderBanner, Reminders
    from observer_app.ui.transcript_dock import TranscriptDock

log = logging.getLogger("observer.ui")


class MainWindow(MenusAndToolbar, QMainWindow):
    # The welcome page while it is open (ui.app.build_window sets it once the window shows).
    first_run: QWidget | None = None
    # Every pane is built and wired (at once, or after the first frame when staged).
    panes_built = Signal()
    notes: NotesPanel
    schedule: SchedulePanel
    documents: DocumentsPanel
    transcript: TranscriptDock
    banner: ReminderBanner
    reminders: Reminders
    refresher: ConferenceRefresher
    controller: Controller

    def __init__(
        self,
        profile: Profile,
        opened: OpenResult,
        player_factory: Callable[[], QtPlayer] | None,
        player_problem: str = "",
        *,
        staged: bool = False,
    ):
        """The window on ``opened``. ``staged`` (the app's start, ui/startup.py): only the
        player, the menus, the toolbar and empty docks now, the panes after the first frame;
        else (tests, a second window) everything before returning."""
        super().__init__()
        self.profile = profile
        self.conference: Conference = opened.feed.conference
        self.setObjectName("main_window")
        self.setMinimumSize(900, 560)

        self.player_panel = PlayerPanel(player_factory, player_problem)
        central = QWidget()
        central.setObjectName("player_column")
        self._column = column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.player_panel, 1)
        central.setMinimumSize(240, 200)  # the player never vanishes behind a pane
        self.setCentralWidget(central)
        # Empty docks at once, with their restored sizes; the panes go in them when built.
        minimums = self._pane_minimums()
        self.panes = layouts.Panes(
            self, {key: startup.Placeholder(key, minimums.get(key)) for key in layouts.PANES}
        )
        self.panes.rearranged.append(self._tab_in_reading_order)
        self.source_status = SourceStatus(self)
        self.statusBar().addPermanentWidget(self.source_status)
        self._build_menus()
        self._build_toolbar()
        status.install(self.statusBar())  # fixed height, long messages elided: nothing shifts

        self.player_panel.set_initial_volume(int(profile.settings.get("player.volume")))
        self.player_panel.set_preferred_language(str(profile.settings.get("player.language")))
        self.player_panel.set_caption_scale(int(profile.settings.get("player.caption_scale")))
        self.player_panel.body_changed.connect(
            lambda body: self.profile.settings.set("player.last_body", body)
        )
        self.player_panel.fullscreen_requested.connect(self.toggle_fullscreen)
        self.player_panel.language_picked.connect(
            lambda lang: self.profile.settings.set("player.language", lang)
        )
        self.player_panel.set_conference(self.conference)
        self.setWindowTitle(f"{self.conference.short_name or self.conference.name} — {APP_NAME}")
        self._restore_geometry()
        self.start_default_body()
        self.built = False
        # The notes first: the composer is what a person reaches for at once.
        steps = [self._build_notes, self._build_schedule, self._build_documents]
        steps.append(self._build_transcript)
        self._stages = startup.Stages(self, steps, lambda: self._built(opened))
        if staged:
            self._keys = startup.KeyBuffer(self)
            startup.after_first_paint(self, self._first_frame_shown)
        else:
            self._stages.finish()

    def finish_building(self) -> None:
        """Build what is not built yet, now (a staged window closed in its first instants)."""
        self._stages.finish()

    # -- the panes, built after the first frame (ui/startup.py) --------------------------------
    def _build_notes(self) -> None:
        from observer_app.store.db import damage_in

        try:
            self.notes = self._notes_panel()
        except Exception as exc:  # damage its first queries find: as build_recovering does
            problem = damage_in(exc)
            if problem is None:
                raise
            log.error("damage found while building the notes pane: %s", problem)
            self.profile.recover(problem)
            self.notes = self._notes_panel()
            from observer_app.ui.dialogs import recovery_notice

            recovery_notice.show_pending(self, self.profile)
        self._notes_built()
        self._put("notes", self.notes)

    def notes_restored(self, _report: object = None) -> None:
        """The notes database was restored (``recovery_notice.DamageWatch.recovered``): the
        list reads it again (a pane not built yet reads it when it is)."""
        if hasattr(self, "notes"):
            self.notes.reload()

    def _notes_panel(self) -> NotesPanel:
        from observer_app.ui.panels.notes import NotesPanel
        from observer_app.ui.widgets.note_composer import load_speakers

        panel = NotesPanel(self.profile.notes, self.player_panel.stamp, speakers=load_speakers())
        panel.author = str(self.profile.settings.get("author.name"))
        return panel

    def _build_schedule(self) -> None:
        from observer_app.ui.panels.schedule import SchedulePanel

        self.schedule = SchedulePanel()
        self._put("schedule", self.schedule)

    def _build_documents(self) -> None:
        from observer_app.ui.panels.documents import DocumentsPanel

        self.documents = DocumentsPanel()
        self.documents.set_profile(self.profile)
        self._put("documents", self.documents)
        self._put("viewer", self.documents.viewer)
        state = self._qsettings().value(f"splitters/{self.documents.splitter.objectName()}")
        if state:
            self.documents.splitter.restoreState(state)

    def _build_transcript(self) -> None:
        from observer_app.ui.transcript_dock import TranscriptDock  # noqa: PLC0415 (issue 19)

        # The transcript is one of the panes (a tab beside the schedule in Watch), never a strip
        # squeezing the video.
        self.transcript = TranscriptDock(
            self.profile, lambda: self.conference, self.player_panel, parent=self
        )
        self.transcript.panel.quote_requested.connect(self.notes.composer.quote)
        self.addActions(self.transcript.caption_actions)
        self.transcript.dock = self.panes.docks["transcript"]
        self._put("transcript", self.transcript.panel)

    def _first_frame_shown(self) -> None:
        """The panes after the first frame, once the video has started."""
        startup.when_video_starts(self, self._stages.start)

    MINIMUMS_KEY = "startup/pane_minimums"

    def _pane_minimums(self) -> dict[str, tuple[int, int]]:
        """Each pane's minimum size as measured when last built (its placeholder takes it)."""
        try:
            saved = json.loads(str(self._qsettings().value(self.MINIMUMS_KEY) or "{}"))
            return {str(k): (int(v[0]), int(v[1])) for k, v in saved.items()}
        except (ValueError, TypeError, IndexError, AttributeError):
            return {}

    def _save_pane_minimums(self) -> None:
        sizes = {}
        for key, dock in self.panes.docks.items():
            widget = dock.widget()
            if widget is not None:
                hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
                sizes[key] = [hint.width(), hint.height()]
        self._qsettings().setValue(self.MINIMUMS_KEY, json.dumps(sizes))

    def _put(self, key: str, widget: QWidget) -> None:
        """A built pane into its dock, in place of the placeholder (same size: nothing moves).
        The placeholder stays, hidden, a child of the dock: deleting it made PySide 6.12 drop
        the window's status bar wrapper (a "C++ object already deleted" on the next message)."""
        self.panes.docks[key].setWidget(widget)

    def _built(self, opened: OpenResult) -> None:
        """The panes are all there: wire them, show the conference in them, start the timers."""
        from observer_app.ui.controller import Controller
        from observer_app.ui.reminders import ReminderBanner, Reminders

        profile = self.profile
        self._save_pane_minimums()
        self.banner = ReminderBanner()
        self._column.insertWidget(0, self.banner)
        self.documents.view.selectionModel().currentRowChanged.connect(
            lambda *_: self.panes.reveal("viewer")
        )
        self.reminders = Reminders(
            profile.follows, profile.settings, self.banner, self, self.windowIcon()
        )
        self.reminders.watch_requested.connect(lambda body: self.watch(body, None))
        self.schedule.follow_changed.connect(self.set_followed)
        # The background work (backups, outbox, refresh, sync, opening): see ui/controller.py.
        self.controller = Controller(profile, self.conference, self)
        self._connect_controller()
        self.refresher = self.controller.refresher
        self.refresher.changed.connect(self.apply_refresh)
        self.refresher.succeeded.connect(self.source_status.set_messages)
        self.refresher.failed.connect(
            lambda reason: self.source_status.set_messages(
                self.source_status.messages,
                self.tr("Refresh failed, showing the last version: {reason}").format(
                    reason=reason.splitlines()[0] if reason else "?"
                ),
            )
        )

        self.schedule.watch_requested.connect(self.watch)
        self.schedule.watch_in_new_tile.connect(
            lambda body, session: self.watch(body, session, new_tile=True)
        )
        self.schedule.briefing_marked.connect(self.notes.mark_briefing)
        self.player_panel.body_changed.connect(self.schedule.select_body)
        self.notes.note_activated.connect(self.replay_note)
        self.notes.document_requested.connect(self.show_document)
        self.documents.note_requested.connect(self.notes.show_note)
        self.documents.transcript_requested.connect(self.transcript.show_line)
        self.documents.cite_requested.connect(self.notes.cite)
        self.documents.results_model.writes_done = self.notes.finish_writes
        self.show_conference(opened, play=False)  # (playing since the first stage)
        if self.player_panel.target is not None:  # played before the schedule was built
            self.schedule.select_body(self.player_panel.target.body_id)
        self.panes.name_tab_bars()  # Tab in reading order, now that the panes are there
        # Not a job: the notes list following the recording on screen, once a second.
        self._follow_timer = QTimer(self)
        self._follow_timer.timeout.connect(self._follow_playback)
        self._follow_timer.start(1000)
        self.built = True
        self.panes_built.emit()
        keys = getattr(self, "_keys", None)
        if keys is not None:
            typing_in = (QLineEdit, QPlainTextEdit, QTextEdit)
            if keys.held and not isinstance(QApplication.focusWidget(), typing_in):
                self.notes.editor.setFocus()  # typed before any pane was there: a note
            keys.release()  # what was typed meanwhile, to the widget that has the focus now

    def _connect_controller(self) -> None:
        controller = self.controller
        controller.messages.shown.connect(lambda posted: message_bridge.show_in(self, posted))
        controller.opened.connect(self._opened)
        controller.open_failed.connect(self._open_failed)
        controller.notes_changed.connect(self.notes.changed_elsewhere)
        controller.synced.connect(self._synced)

    # -- conference -------------------------------------------------------------------------------
    def show_conference(self, opened: OpenResult, play: bool = True) -> None:
        self._set_panels(opened.feed.conference)
        self.setWindowTitle(f"{self.conference.short_name or self.conference.name} — {APP_NAME}")
        self.schedule.set_follows(self.profile.follows.follows(self.conference.id))
        self.reminders.set_conference(self.conference)
        # Refreshed: the conference shown, or the one asked for while the demo stands in for it.
        self.refresher.track(
            opened.wanted or self.profile.settings.get("conference.last_feed") or "",
            self.conference,
        )
        if play:  # (at start the window played before its panes were built)
            self.start_default_body()
        problems = opened.problems + opened.feed.warnings
        self._showing_fallback = opened.is_demo and bool(opened.problems)
        self.source_status.set_messages(problems)
        if problems:
            self.statusBar().showMessage(problems[0], 30000)
            if opened.problems:
                box = QMessageBox(
                    QMessageBox.Icon.Warning,
                    self.tr("Conference feed"),
                    "\n\n".join(opened.problems),
                    QMessageBox.StandardButton.Ok,
                    self,
                )
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                box.open()  # not modal: the app is usable meanwhile

    def apply_refresh(self, opened: OpenResult) -> None:
        """A newer version of the same conference: update the panels, keep playing."""
        if opened.feed.conference.id != self.conference.id:
            if self._showing_fallback:  # the wanted conference is reachable again: show it
                self.profile.settings.set("conference.last_feed", self.refresher.source)
                self.show_conference(opened)
                self.statusBar().showMessage(self.tr("The conference could be read again."), 8000)
            return
        # (its messages came with refresher.succeeded)
        self._set_panels(opened.feed.conference, in_turns=True)
        self.statusBar().showMessage(self.tr("The conference was updated."), 8000)

    def _set_panels(self, conference: Conference, in_turns: bool = False) -> None:
        """Show ``conference`` in every panel. ``in_turns`` (a refresh): one panel per
        event-loop turn, so that the window answers in between (at once: 50-150 ms at a
        time at 5,000 channels; each turn now stays under 50)."""
        import sqlite3

        from observer_app.services.notes import refile_former_bodies
        from observer_app.store.db import StoreError

        try:  # notes filed under a body's former id show under the body (issue 17)
            moved = refile_former_bodies(self.profile, conference)
            if moved:
                log.info("%d notes re-filed under their body's current id", moved)
        except (StoreError, sqlite3.Error) as exc:  # the notes stay put; the conference opens
            log.warning("%s", exc)
        replaced, self.conference = self.conference, conference
        steps: list[Callable[[Conference], object]] = [
            self.schedule.set_list,
            self.schedule.set_timeline,
            self.player_panel.set_conference,
            self.notes.set_conference,
            self.documents.set_conference,
            self.controller.set_conference,
            self._transcript_conference,
        ]
        if not in_turns:
            for step in steps:
                step(conference)
            return
        steps.append(self.reminders.set_conference)  # (a refresh's new sessions remind too)
        if replaced is not None and replaced is not conference:
            # Freeing the replaced conference at once took 14 ms at 50,000 channels, in
            # whichever step let go of it last: after the steps, a slice per turn instead.
            freed = heap.release_in_slices(
                replaced,
                (replaced.streams, replaced.sessions, replaced.bodies, replaced.documents),
            )
            steps.append(lambda _conference: jobs.in_turns(freed, self))
        del replaced
        self._next_turn(conference, steps)

    def _transcript_conference(self, conference: Conference) -> None:
        transcript = getattr(self, "transcript", None)  # (built a turn after the first panes)
        if transcript is not None:
            transcript.set_conference(conference)

    def _next_turn(self, conference: Conference, steps: list) -> None:
        """Run the first of ``steps`` now and the rest in later turns, unless another
        conference came meanwhile (its own steps replace these)."""
        if not steps or self.conference is not conference or self._closed:
            return  # (a closed window's steps must not reach a profile closed after it)
        steps[0](conference)
        if len(steps) > 1:
            QTimer.singleShot(0, lambda: self._next_turn(conference, steps[1:]))

    def start_default_body(self) -> None:
        """Play the first body that is sitting now (else the first body with a stream)."""
        now = datetime.now(UTC)
        live = [b for b in self.conference.bodies if self.conference.current_session(b.id, now)]
        candidates = live or [
            b for b in self.conference.bodies if self.conference.stream_for_body(b.id)
        ]
        if candidates and self.player_panel.player_factory is not None:
            wanted = (self.profile.settings.get("player.last_body"), self.conference.featured_body)
            preferred = next((b for w in wanted for b in candidates if b.id == w), candidates[0])
            self.watch(preferred.id, None)

    @property
    def player(self) -> QtPlayer | None:
        """The player that has the sound (what notes are stamped against)."""
        return self.player_panel.player

    @Slot(str, object)
    def watch(self, body_id: str, session_id: str | None, new_tile: bool = False) -> None:
        target = playback.plan(self.conference, body_id, session_id, datetime.now(UTC))
        if target is None:
            self.statusBar().showMessage(
                self.tr("Nothing to play there: no stream, or no recording yet."), 8000
            )
            return
        self.player_panel.play(target, new_tile=new_tile)

    @Slot(object, bool)
    def set_followed(self, follow, followed: bool) -> None:
        self.profile.follows.set_followed(self.conference.id, follow, followed)
        self.schedule.set_follows(self.profile.follows.follows(self.conference.id))
        self.reminders.check()

    @Slot(str)
    def show_document(self, symbol: str) -> None:
        if not self.documents.open_symbol(symbol):
            self.statusBar().showMessage(
                self.tr("{symbol} is not among this conference's documents.").format(symbol=symbol),
                8000,
            )

    @Slot(object)
    def replay_note(self, note: Note) -> None:
        """Seek to a note's moment: in the archive shown now, or open its session's archive."""
        replay = playback.replay(self.conference, self.player_panel.target, note, datetime.now(UTC))
        if replay.action is playback.ReplayAction.SEEK:
            self.player_panel.seek_to(replay.position_ms)
        elif replay.target is not None:
            self.player_panel.play(replay.target)
        else:
            self.statusBar().showMessage(replay.reason, 8000)

    @Slot()
    def open_conference(self, source: str | None = None) -> None:
        """Ask for sources (or a recent conference), then open them off the GUI thread."""
        from observer_app.services.recent import recent
        from observer_app.ui.dialogs.open_conference import OpenConferenceDialog

        if source is None:
            dialog = OpenConferenceDialog(recent(self.profile.settings), self)
            if dialog.exec() != OpenConferenceDialog.DialogCode.Accepted or not dialog.chosen():
                return
            source = dialog.chosen()
        self.statusBar().showMessage(
            self.tr("Opening {source}…").format(source=source.splitlines()[0])
        )
        self.controller.open_source(source)

    def _opened(self, result: OpenResult) -> None:
        self.notes.flush_draft()
        self.show_conference(result)

    def _open_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        QMessageBox.warning(
            self,
            self.tr("Cannot open this conference"),
            message + "\n\n" + self.tr("The current conference stays open."),
        )

    # -- actions -------------------------------------------------------------------------------
    def watch_selected_in_new_tile(self) -> None:
        index = self.schedule.view.currentIndex()
        body = self.schedule.model.body_at(index)
        if body is not None:
            session = self.schedule.model.session_at(index)
            self.watch(body.id, session.id if session else None, new_tile=True)

    def toggle_fullscreen(self) -> None:
        """Video and controls only, full screen; again (or Esc via F11) to come back."""
        full = not self.isFullScreen()
        if full:
            self._before_fullscreen = self.saveState()
            for dock in self.panes.docks.values():
                dock.hide()
        for widget in (self.menuBar(), self.statusBar(), self.toolbar):
            widget.setVisible(not full)
        if full:
            self.showFullScreen()
        else:
            self.showNormal()
            self.restoreState(self._before_fullscreen)
        self.actions_by_id[ActionId.LEAVE_FULL_SCREEN].setEnabled(full)

    def leave_fullscreen(self) -> None:
        if self.isFullScreen():
            self.toggle_fullscreen()

    def _follow_playback(self) -> None:
        """While a recording plays, the note at that moment is highlighted in the list."""
        target, player = self.player_panel.target, self.player_panel.player
        if (
            target is not None
            and target.seekable
            and player is not None
            and player.state is PlayerState.PLAYING
        ):
            self.notes.follow(target.stamp(player.position_ms(), datetime.now(UTC)).utc)

    def _synced(self, report) -> None:
        from observer_app.ui.dialogs import team

        team.announce_conflicts(self, report)

    def export_feedback(self) -> None:
        from observer_app.ui.dialogs import export as export_dialog

        self.notes.flush_draft()
        export_dialog.export_feedback(self, self.profile, self.conference)

    def edit_settings(self) -> None:
        from observer_app.ui.dialogs.settings import SettingsDialog

        if SettingsDialog(self.profile.settings, self).exec():
            self.apply_settings()

    def apply_settings(self) -> None:
        """Settings the window uses live: interpretation, author, colours."""
        self.player_panel.set_preferred_language(str(self.profile.settings.get("player.language")))
        self.player_panel.set_caption_scale(int(self.profile.settings.get("player.caption_scale")))
        self.notes.author = str(self.profile.settings.get("author.name"))
        theme.apply(str(self.profile.settings.get("ui.theme")))
        self.refresher.restart()  # conference.refresh_minutes

    # -- geometry and shutdown ----------------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        return QSettings(str(self.profile.paths.qt_settings), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        """Where the docks were (at once, empty: the panes fill them in; the documents'
        splitter is restored when that pane is built)."""
        self.panes.restore(self._qsettings())

    def save_geometry(self) -> None:
        s = self._qsettings()
        self.panes.save(s)
        s.setValue(
            f"splitters/{self.documents.splitter.objectName()}", self.documents.splitter.saveState()
        )
        s.sync()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._fit_toolbar()

    _closed = False  # closeEvent came: a refresh's remaining steps are dropped

    def closeEvent(self, event) -> None:
        self._closed = True
        self.finish_building()  # closed in its first instants: save as a complete window
        self.notes.flush_draft()
        self.save_geometry()
        self.controller.shutdown()  # its schedule stops; the last backup, here and now
        try:
            self.profile.settings.set("player.volume", self.player_panel.volume())
        except Exception:  # never block closing on a settings write
            log.exception("could not save the volume")
        self.player_panel.release()
        # A closed window's timers (reminders, notes refresh, backups) must not reach a profile closed after it.
        for timer in self.findChildren(QTimer):
            timer.stop()
        super().closeEvent(event)

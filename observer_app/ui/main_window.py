"""The main window: wires the panels together, menus and shortcuts. No logic of its own."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolBar, QVBoxLayout, QWidget

from observer_app import APP_NAME
from observer_app.core import playback
from observer_app.core.feeds.ownjson import FeedError
from observer_app.core.model import Conference, Note
from observer_app.player.qt_player import QtPlayer
from observer_app.services.conference import OpenResult, open_feed
from observer_app.services.context import Profile
from observer_app.services.notes import refile_former_bodies
from observer_app.store.backup import RollingBackups
from observer_app.store.db import StoreError
from observer_app.ui import icons, layouts, status, theme
from observer_app.ui.actions import MENUS, ActionId, Context, ShortcutGuard, build_actions, label
from observer_app.ui.dialogs import export as export_dialog
from observer_app.ui.dialogs.open_conference import OpenConferenceDialog, recent, remember
from observer_app.ui.dialogs.settings import SettingsDialog
from observer_app.ui.panels.documents import DocumentsPanel
from observer_app.ui.panels.note_composer import load_speakers
from observer_app.ui.panels.notes import NotesPanel
from observer_app.ui.panels.player import PlayerPanel
from observer_app.ui.panels.schedule import SchedulePanel
from observer_app.ui.refresh import ConferenceRefresher
from observer_app.ui.reminders import ReminderBanner, Reminders
from observer_app.ui.widgets.source_status import SourceStatus
from observer_app.workers import run_task

log = logging.getLogger("observer.ui")
# Toolbar actions: (shortcut of the window's action, icon meaning). Found by shortcut so that
# the toolbar follows the action table (ui/actions.py) without a copy of it.
_TOOLBAR = (
    ("Ctrl+O", "open"),
    ("Ctrl+N", "new-note"),
    ("Ctrl+E", "export"),
    ("F11", "fullscreen"),
    ("Ctrl+,", "settings"),
)


class MainWindow(QMainWindow):
    # The welcome page while it is open (ui.app.build_window sets it once the window shows).
    first_run: QWidget | None = None

    def __init__(
        self,
        profile: Profile,
        opened: OpenResult,
        player_factory: Callable[[], QtPlayer] | None,
        player_problem: str = "",
    ):
        super().__init__()
        self.profile = profile
        self.conference: Conference = opened.feed.conference
        self.setObjectName("main_window")
        self.setMinimumSize(900, 560)

        self.schedule = SchedulePanel()
        self.player_panel = PlayerPanel(player_factory, player_problem)
        self.notes = NotesPanel(profile.notes, self.player_panel.stamp, speakers=load_speakers())
        self.notes.author = str(profile.settings.get("author.name"))
        self.documents = DocumentsPanel()
        self.documents.set_profile(profile)
        from observer_app.ui.transcript_dock import TranscriptDock  # noqa: PLC0415 (issue 19)

        # The transcript is one of the panes (a tab beside the schedule in Watch), never a strip
        # squeezing the video.
        self.transcript = TranscriptDock(self)

        self.banner = ReminderBanner()
        central = QWidget()
        central.setObjectName("player_column")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.player_panel, 1)
        central.setMinimumSize(240, 200)  # the player never vanishes behind a pane
        self.setCentralWidget(central)
        # The document page gets a pane of its own: wide enough to read, apart from its list.
        self.panes = layouts.Panes(
            self,
            {
                "schedule": self.schedule,
                "notes": self.notes,
                "documents": self.documents,
                "viewer": self.documents.viewer,
                "transcript": self.transcript.panel,
            },
        )
        self.transcript.dock = self.panes.docks["transcript"]
        self.documents.view.selectionModel().currentRowChanged.connect(
            lambda *_: self.panes.reveal("viewer")
        )
        self.panes.rearranged.append(self._tab_in_reading_order)
        self.reminders = Reminders(
            profile.follows, profile.settings, self.banner, self, self.windowIcon()
        )
        self.reminders.watch_requested.connect(lambda body: self.watch(body, None))
        self.schedule.follow_changed.connect(self.set_followed)
        self.refresher = ConferenceRefresher(profile.settings, profile.paths.cache, self)
        self.refresher.changed.connect(self.apply_refresh)
        self.source_status = SourceStatus(self)
        self.statusBar().addPermanentWidget(self.source_status)
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
        self.player_panel.body_changed.connect(
            lambda body: self.profile.settings.set("player.last_body", body)
        )
        self.player_panel.fullscreen_requested.connect(self.toggle_fullscreen)
        self.player_panel.language_picked.connect(
            lambda lang: self.profile.settings.set("player.language", lang)
        )
        self.notes.note_activated.connect(self.replay_note)
        self.notes.document_requested.connect(self.show_document)
        self.documents.note_requested.connect(self.notes.show_note)
        self.documents.transcript_requested.connect(self.transcript.show_line)
        self.documents.cite_requested.connect(self.notes.cite)
        self._build_menus()
        self._build_toolbar()
        status.install(self.statusBar())  # fixed height, long messages elided: nothing shifts

        self.player_panel.set_initial_volume(int(profile.settings.get("player.volume")))
        self.player_panel.set_preferred_language(str(profile.settings.get("player.language")))
        self.player_panel.set_caption_scale(int(profile.settings.get("player.caption_scale")))
        self.show_conference(opened)
        self._restore_geometry()
        self.backups = RollingBackups(profile.db, profile.paths.backups)
        self._backing_up = False
        self._delivering = False
        self._timers = []
        for interval, slot in (
            (300_000, self._backup),
            (1000, self._follow_playback),
            (60_000, self._deliver),
        ):
            timer = QTimer(self)
            timer.timeout.connect(slot)
            timer.start(interval)
            self._timers.append(timer)
        QTimer.singleShot(5000, self._backup)

    # -- conference -------------------------------------------------------------------------------
    def show_conference(self, opened: OpenResult) -> None:
        self._set_panels(opened.feed.conference)
        self.setWindowTitle(f"{self.conference.short_name or self.conference.name} — {APP_NAME}")
        self.schedule.set_follows(self.profile.follows.follows(self.conference.id))
        self.reminders.set_conference(self.conference)
        # Refreshed: the conference shown, or the one asked for while the demo stands in for it.
        self.refresher.track(
            opened.wanted or self.profile.settings.get("conference.last_feed") or "",
            self.conference,
        )
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
        self._set_panels(opened.feed.conference)  # (its messages came with refresher.succeeded)
        self.statusBar().showMessage(self.tr("The conference was updated."), 8000)

    def _set_panels(self, conference: Conference) -> None:
        try:  # notes filed under a body's former id show under the body (issue 17)
            moved = refile_former_bodies(self.profile, conference)
            if moved:
                log.info("%d notes re-filed under their body's current id", moved)
        except (StoreError, sqlite3.Error) as exc:  # the notes stay put; the conference opens
            log.warning("%s", exc)
        self.conference = conference
        for panel in (self.schedule, self.player_panel, self.notes, self.documents):
            panel.set_conference(conference)

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
        action, value = playback.replay(
            self.conference, self.player_panel.target, note, datetime.now(UTC)
        )
        if action == "seek":
            self.player_panel.seek_to(cast(int, value))  # replay: "seek" comes with ms
        elif action == "play":
            self.player_panel.play(cast(playback.PlaybackTarget, value))  # "play": a target
        else:
            self.statusBar().showMessage(cast(str, value), 8000)  # "none": the reason

    @Slot()
    def open_conference(self, source: str | None = None) -> None:
        """Ask for sources (or a recent conference), then open them off the GUI thread."""
        if source is None:
            dialog = OpenConferenceDialog(recent(self.profile.settings), self)
            if dialog.exec() != OpenConferenceDialog.DialogCode.Accepted or not dialog.chosen():
                return
            source = dialog.chosen()
        self.statusBar().showMessage(
            self.tr("Opening {source}…").format(source=source.splitlines()[0])
        )
        cache = self.profile.paths.cache
        run_task(
            lambda: open_feed(source, cache),
            lambda result: self._opened(source, result),
            self._open_failed,
        )

    def _opened(self, source: str, result: OpenResult) -> None:
        self.profile.settings.set("conference.last_feed", source)
        remember(self.profile.settings, source)
        self.notes.flush_draft()
        self.show_conference(result)

    def _open_failed(self, exc: Exception) -> None:
        message = (
            str(exc)
            if isinstance(exc, FeedError)
            else self.tr("Unexpected error: {error}").format(error=exc)
        )
        self.statusBar().clearMessage()
        QMessageBox.warning(
            self,
            self.tr("Cannot open this conference"),
            message + "\n\n" + self.tr("The current conference stays open."),
        )

    # -- actions -------------------------------------------------------------------------------
    @Slot()
    def _whole_phrase_undo_redo(self) -> None:
        """The Edit menu's Undo/Redo say the whole translated phrase of the note command
        ("&Undo deleting the note"), after QUndoStack has set its glued "Undo delete note"."""
        stack, undo, redo = self.notes.undo_stack, self._undo_action, self._redo_action
        if not all(shiboken6.isValid(x) for x in (stack, undo, redo)):
            return  # the window is being destroyed: the stack clears itself on the way out
        done, next_up = stack.command(stack.index() - 1), stack.command(stack.index())
        undo.setText(getattr(done, "undo_label", None) or self.tr("&Undo"))
        redo.setText(getattr(next_up, "redo_label", None) or self.tr("&Redo"))

    def _build_menus(self) -> None:
        menus = {key: self.menuBar().addMenu(label(str(title))) for key, title in MENUS}
        edit = menus["Edit"]
        undo = self.notes.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.notes.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (undo, redo):
            edit.addAction(action)
            self.addAction(action)
        self._undo_action, self._redo_action = undo, redo
        stack = self.notes.undo_stack
        for changed in (stack.indexChanged, stack.undoTextChanged, stack.redoTextChanged):
            changed.connect(self._whole_phrase_undo_redo)
        self._whole_phrase_undo_redo()
        self.actions_by_id = build_actions(
            self,
            menus,
            {Context.PLAYER: self.player_panel, Context.NOTES_LIST: self.notes.view},
        )
        self.shortcut_guard = ShortcutGuard(self, self.actions_by_id)

    def _tab_in_reading_order(self) -> None:
        """Tab goes through the panes in reading order whatever the layout: schedule, player,
        notes, documents, page (docking put the player, the central widget, last)."""
        chain: list[QWidget]
        chain, widget = [], self.nextInFocusChain()
        while widget is not None and widget is not self and len(chain) < 5000:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:  # (setTabOrder skips the rest)
                chain.append(widget)
            widget = widget.nextInFocusChain()
        viewer = self.documents.viewer
        ordered = []
        for panel in (self.schedule, self.player_panel, self.notes, self.documents, viewer):
            ordered += [
                w
                for w in chain
                if panel.isAncestorOf(w) and (panel is viewer or not viewer.isAncestorOf(w))
            ]
        for first, second in zip(ordered, ordered[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _build_toolbar(self) -> None:
        """The frequent actions (found among the window's actions by their shortcut) and the
        layouts, with icons; the View menu lists the layouts and the panes."""
        self.toolbar = QToolBar(self.tr("Toolbar"), self)
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        by_shortcut = {
            a.shortcut().toString(): a for a in self.actions() if not a.shortcut().isEmpty()
        }
        for shortcut, meaning in _TOOLBAR:
            action = by_shortcut.get(shortcut)
            if action is not None:
                icons.set_icon(action, meaning)
                self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        view = next(
            (a.menu() for a in self.menuBar().actions() if a.text() == label("&View")), None
        )
        self.panes.add_to(view or self.menuBar().addMenu(label("&View")), self.toolbar)

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
            and player.state == "playing"
        ):
            self.notes.follow(target.stamp(player.position_ms(), datetime.now(UTC)).utc)

    def _deliver(self) -> None:
        """Send what waits in the outbox, off the GUI thread, on a connection of its own."""
        if self._delivering or not self.profile.outbox.list_pending():
            return
        from observer_app.services import send
        from observer_app.services.context import open_profile

        paths = self.profile.paths
        self._delivering = True

        def work():
            own = open_profile(paths, secondary=True)
            try:
                return send.deliver_due(own)
            finally:
                own.close()

        def done(results) -> None:
            self._delivering = False
            sent = [r for r in results if r.state == "sent"]
            if sent:
                self.statusBar().showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "Outbox: %n report(s) delivered", None, len(sent)
                    ),
                    15000,
                )

        def failed(exc) -> None:
            self._delivering = False
            log.error("outbox delivery failed: %s", exc)

        run_task(work, done, failed)

    def _backup(self) -> None:
        """A rolling backup of the notes, off the GUI thread (see store/backup.py)."""
        if self._backing_up:
            return
        self._backing_up = True

        def failed(
            exc: Exception,
        ) -> None:  # a failed backup must be visible but never stop the app
            self._backing_up = False
            log.error("backup failed: %s", exc)
            self.statusBar().showMessage(
                self.tr("⚠ Backup failed: {error}").format(error=exc), 15000
            )

        run_task(
            self.backups.maybe_backup, lambda _path: setattr(self, "_backing_up", False), failed
        )

    def export_feedback(self) -> None:
        self.notes.flush_draft()
        export_dialog.export_feedback(self, self.profile, self.conference)

    def edit_settings(self) -> None:
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
        s = self._qsettings()
        self.panes.restore(s)
        state = s.value(f"splitters/{self.documents.splitter.objectName()}")
        if state:
            self.documents.splitter.restoreState(state)

    def save_geometry(self) -> None:
        s = self._qsettings()
        self.panes.save(s)
        s.setValue(
            f"splitters/{self.documents.splitter.objectName()}", self.documents.splitter.saveState()
        )
        s.sync()

    def _fit_toolbar(self) -> None:
        """Text beside the icons while it fits, icons alone (names in tooltips) when the
        window is narrow or the font large."""
        bar = self.toolbar
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        wide = bar.sizeHint().width() <= self.width()
        if not wide:
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._fit_toolbar()

    def closeEvent(self, event) -> None:
        self.notes.flush_draft()
        self.save_geometry()
        try:  # here and now: a worker thread would be killed with the process, mid-copy
            self.backups.maybe_backup()
        except Exception as exc:  # never block closing on a backup
            log.error("backup at exit failed: %s", exc)
        try:
            self.profile.settings.set("player.volume", self.player_panel.volume())
        except Exception:  # never block closing on a settings write
            log.exception("could not save the volume")
        self.player_panel.release()
        # A closed window's timers (reminders, notes refresh, backups) must not reach a profile closed after it.
        for timer in self.findChildren(QTimer):
            timer.stop()
        super().closeEvent(event)

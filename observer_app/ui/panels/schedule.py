"""What is on: bodies with their sessions, live status, conference and local times."""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from observer_app.core import clock
from observer_app.core.model import Conference
from observer_app.ui.models.schedule import ScheduleModel


class SchedulePanel(QWidget):
    #: (body id, session id or None): the observer asked to watch this.
    watch_requested = Signal(str, object)
    #: The same, in an extra player tile (Ctrl+double-click, Ctrl+Enter).
    watch_in_new_tile = Signal(str, object)
    #: "This session is (was) a civil-society briefing": notes since its start are what is new.
    briefing_marked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.conference: Conference | None = None
        self.clock_label = QLabel()
        self.clock_label.setAccessibleName("Conference clock")
        self.clock_label.setWordWrap(True)
        self.model = ScheduleModel(self)
        self.view = QTreeView()
        self.view.setAccessibleName("Schedule")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setExpandsOnDoubleClick(False)  # double-click means "watch this"
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # titles elide, status stays visible
        # ``activated`` covers double-click and Enter (connecting doubleClicked too opened twice).
        self.view.activated.connect(self._on_activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        hint = QLabel("Double-click (or Enter) a body to watch it live, a past session to replay it; "
                      "with Ctrl, in a second player tile.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self._timer = QTimer(self)
        self._timer.setInterval(5000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def set_conference(self, conference: Conference) -> None:
        self.conference = conference
        self.model.set_conference(conference, datetime.now(timezone.utc))
        self.view.expandAll()
        # The observer's own time column only when it differs from the conference's.
        self.view.setColumnHidden(3, not self.model.zones_differ())
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        if self.conference is None:
            return
        now = datetime.now(timezone.utc)
        self.model.set_now(now)
        conf_tz = clock.zone(self.conference.timezone)
        self.clock_label.setText(
            f"<b>{escape(self.conference.name)}</b><br>{escape(self.conference.venue)}<br>"
            f"Now: {now.astimezone(conf_tz):%a %d %b} {clock.dual_time(now, conf_tz, clock.local_zone())}"
        )

    def select_body(self, body_id: str) -> None:
        index = self.model.index_of_body(body_id)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _context_menu(self, point) -> None:
        from PySide6.QtWidgets import QMenu

        index = self.view.indexAt(point)
        body, session = self.model.body_at(index), self.model.session_at(index)
        if body is None:
            return
        menu = QMenu(self)
        menu.addAction("Watch", lambda: self.watch_requested.emit(body.id, session.id if session else None))
        menu.addAction("Watch in a new tile", lambda: self.watch_in_new_tile.emit(body.id, session.id if session else None))
        if session is not None:
            menu.addAction("Mark as a civil-society briefing", lambda: self.briefing_marked.emit(session))
        menu.exec(self.view.viewport().mapToGlobal(point))

    @Slot()
    def _on_activated(self, index) -> None:
        body = self.model.body_at(index)
        if body is not None:
            session = self.model.session_at(index)
            extra = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier
            (self.watch_in_new_tile if extra else self.watch_requested).emit(body.id, session.id if session else None)

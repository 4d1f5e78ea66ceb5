"""What is on: bodies with their sessions, live status, conference and local times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import escape

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QStyleOptionViewItem,
    QTabWidget,
    QToolButton,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from observer_app.core import clock
from observer_app.core.follows import BODY, SESSION, Follow
from observer_app.core.model import Conference, Session
from observer_app.ui import a11y, i18n, labels, theme
from observer_app.ui.models.choices import choice_combo, refill
from observer_app.ui.models.schedule import ScheduleModel
from observer_app.ui.panels.timeline import TimelineView
from observer_app.ui.widgets.isolating_delegate import IsolatingDelegate


class WrappingDelegate(IsolatingDelegate):
    """Rows as tall as their title needs at the column's width (two lines rather than
    "Meeting 1: Open..."); QTreeView asks the delegate for a height without telling it the
    column's width, so the width is read from the view's header."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint(option, index)
        if index.column() != 0:
            return size
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.view.header().sectionSize(0) - self.view.indentation() * (depth + 1) - 8
        text = str(index.data() or "")
        if width <= 0 or not text:
            return size
        rect = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(size.width(), max(size.height(), rect.height() + 4))


class SchedulePanel(QWidget):
    # (body id, session id or None): the observer asked to watch this.
    watch_requested = Signal(str, object)
    # The same, in an extra player tile (Ctrl+double-click, Ctrl+Enter).
    watch_in_new_tile = Signal(str, object)
    # "This session is (was) a civil-society briefing": notes since its start are what is new.
    briefing_marked = Signal(object)
    # (Follow, followed?): the observer follows or stops following a body or a session.
    follow_changed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conference: Conference | None = None
        self.clock_label = QLabel()
        self.clock_label.setAccessibleName(self.tr("Conference clock"))
        self.clock_label.setWordWrap(True)
        self.body_filter = choice_combo(self.tr("Show the schedule of"), self.tr("All bodies"))
        self.body_filter.currentIndexChanged.connect(self._filter_changed)
        self.follows: set[Follow] = set()
        self.model = ScheduleModel(self)
        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Schedule"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Long session titles wrap onto a second line instead of ending in "Open...".
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setItemDelegate(WrappingDelegate(self.view))
        self.view.setExpandsOnDoubleClick(False)  # double-click means "watch this"
        self.view.viewport().installEventFilter(self)  # its width decides which columns fit
        header = self.view.header()
        header.setStretchLastSection(False)
        # Fixed widths from sample texts, not ResizeToContents: that asks every row of the tree
        # (a 2,000-channel playlist) for its text on each update and stalls the window.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )  # titles elide, status stays visible
        metrics = self.view.fontMetrics()
        zone_sample = i18n.format_date(datetime(2026, 11, 25, 0, 0), "ddd HH:mm") + " GMT+10"
        for column, sample in (
            (1, self.tr("● LIVE until {time}").format(time="00:00")),
            (2, zone_sample),
            (3, zone_sample),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self._widths = [header.sectionSize(column) for column in range(4)]  # (a hidden one reads 0)
        # ``activated`` covers double-click and Enter (connecting doubleClicked too opened twice).
        self.view.activated.connect(self._on_activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        hint = QLabel(
            self.tr(
                "Double-click (or Enter) a body to watch it live, a past session to replay it; "
                "with Ctrl, in a second player tile."
            )
        )
        hint.setWordWrap(True)
        self.timeline = TimelineView()
        self.timeline.watch_requested.connect(self.watch_requested)
        self.timeline.follow_toggled.connect(
            lambda session: self.toggle_follow(Follow(SESSION, session.id))
        )
        self.timeline.day_changed.connect(
            lambda day: self.day_label.setText(
                labels.latin_digits(i18n.format_date(day, "dddd d MMMM"))
            )
        )
        day_bar = QHBoxLayout()
        self.day_label: QLabel = QLabel()  # annotated: the lambda above names it first
        back, forward = (
            ("▶", "◀") if QApplication.isRightToLeft() else ("◀", "▶")
        )  # arrows point the reading way
        for text, step, name in (
            (back, -1, self.tr("Previous day")),
            (forward, 1, self.tr("Next day")),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(
                self.tr("{action} (Page Up / Page Down in the timeline)").format(action=name)
            )
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, step=step: self.timeline.step_day(step))
            day_bar.addWidget(button)
        day_bar.addWidget(self.day_label, 1)
        day_page = QWidget()
        day_layout = QVBoxLayout(day_page)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addLayout(day_bar)
        self.hidden_label = QLabel()
        self.hidden_label.setWordWrap(True)
        self.hidden_label.hide()
        day_layout.addWidget(self.hidden_label)
        # In a scroll area: a conference of many bodies must not make the pane tall (the
        # schedule shares the height with the player).
        day_scroll = QScrollArea()
        day_scroll.setWidgetResizable(True)
        day_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        day_scroll.setWidget(self.timeline)
        day_layout.addWidget(day_scroll, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Schedule views"))
        self.tabs.addTab(self.view, self.tr("&List"))
        self.tabs.addTab(day_page, self.tr("&Day"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.clock_label)
        show_row = QHBoxLayout()
        show_row.addWidget(a11y.buddy_label(self.tr("Show:"), self.body_filter))
        show_row.addWidget(self.body_filter, 1)
        layout.addLayout(show_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        self._timer = QTimer(self)
        self._timer.setInterval(5000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def set_conference(self, conference: Conference) -> None:
        self.set_list(conference)
        self.set_timeline(conference)

    def set_list(self, conference: Conference) -> None:
        """The first half of ``set_conference``: the list view (a refresh applies the halves in
        two event-loop turns, each a shorter stall of the window)."""
        self.conference = conference
        body_gone = refill(self.body_filter, [(body.name, body.id) for body in conference.bodies])
        rows_to_open: list[int] | None = self.model.set_conference(
            conference, datetime.now(UTC), statuses_later=True
        )
        if body_gone:  # the body shown alone is gone from the conference: all bodies again
            self.model.set_body_filter(None)
            rows_to_open = None  # (a reset: open every body with sessions)
        self._expand(rows_to_open)

    def set_timeline(self, conference: Conference) -> None:
        """The second half of ``set_conference``: the guide, its day, the clock."""
        if self.conference is not conference:
            return  # a newer conference came meanwhile
        previous, day = self.timeline.conference, self.timeline.day
        self.timeline.set_conference(conference, self.body_filter.currentData())
        if previous is not None and previous.id == conference.id:
            self.timeline.set_day(day)  # a refresh keeps the day the observer was looking at
        self.day_label.setText(
            labels.latin_digits(i18n.format_date(self.timeline.day, "dddd d MMMM"))
        )
        self._show_hidden()
        self._fit_columns()
        self.refresh()  # the statuses of "now", left by ``set_list`` to this turn

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            self.view.scheduleDelayedItemsLayout()  # titles re-wrap at the new width
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Time columns only when the titles keep room to be read (a narrow column showed
        "Comm..." beside three columns of times), and the observer's own time only when it
        differs from the conference's. Hidden times are in each row's tooltip."""
        widths = self._widths
        room = (
            self.view.viewport().width()
            - widths[1]
            - self.view.fontMetrics().horizontalAdvance("M" * 20)
        )
        conf_time = room >= widths[2]
        own_time = conf_time and self.model.zones_differ() and room >= widths[2] + widths[3]
        self.view.setColumnHidden(2, not conf_time)
        self.view.setColumnHidden(3, not own_time)
        self.model.set_compact(not conf_time)

    def _show_hidden(self) -> None:
        hidden = self.timeline.hidden
        self.hidden_label.setText(
            self.tr(
                "%Ln bodies without sessions are not shown here; they are in the List.", "", hidden
            )
        )
        self.hidden_label.setVisible(hidden > 0)

    def _expand(self, rows: list[int] | None = None) -> None:
        """Open the bodies that have sessions (a 2,000-channel playlist has none: expandAll
        walked them all, 56 ms of a refresh); after a refresh only ``rows``, the bodies new to
        the list, so that what the observer closed stays closed."""
        for row in self.model.rows_with_sessions() if rows is None else rows:
            self.view.setExpanded(self.model.index(row, 0), True)

    def set_follows(self, follows: set[Follow]) -> None:
        self.follows = set(follows)
        self.model.set_follows(self.follows)
        self.timeline.set_follows(self.follows)

    def toggle_follow(self, follow: Follow) -> None:
        self.follow_changed.emit(follow, follow not in self.follows)

    @Slot()
    def _filter_changed(self) -> None:
        body_id = self.body_filter.currentData()
        self.model.set_body_filter(body_id)
        if self.conference is not None:
            day = self.timeline.day
            self.timeline.set_conference(self.conference, body_id)
            self.timeline.set_day(day)
            self._show_hidden()
        self._expand()

    @Slot()
    def refresh(self, model_too: bool = True) -> None:
        if self.conference is None:
            return
        now = datetime.now(UTC)
        if model_too:
            self.model.set_now(now)
        self.timeline.set_now(now)
        conf_tz, local = clock.zone(self.conference.timezone), clock.local_zone()
        cue = ""
        if not clock.same_offset(now, conf_tz, local):
            hours = (
                (now.astimezone(conf_tz).utcoffset() or timedelta())
                - (now.astimezone(local).utcoffset() or timedelta())
            ) / timedelta(hours=1)
            text = (
                self.tr("The conference is {hours} h ahead of you.")
                if hours > 0
                else self.tr("The conference is {hours} h behind you.")
            ).format(hours=_hours(abs(hours)))
            cue = f"<br><span style='color:{theme.color('live').name()}'>{text}</span>"
        day = labels.latin_digits(i18n.format_date(now.astimezone(conf_tz), "ddd d MMM"))
        when = labels.isolate(f"{day} {clock.dual_time(now, conf_tz, local)}", False)
        venue = f"{escape(self.conference.venue)}<br>" if self.conference.venue else ""
        self.clock_label.setText(
            f"<b>{escape(self.conference.name)}</b><br>{venue}"
            + self.tr("Now: {when}").format(when=when)
            + cue
        )

    def select_body(self, body_id: str) -> None:
        index = self.model.index_of_body(body_id)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _context_menu(self, point: QPoint) -> None:
        from PySide6.QtWidgets import QMenu

        index = self.view.indexAt(point)
        body, session = self.model.body_at(index), self.model.session_at(index)
        if body is None:
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("Watch"),
            lambda: self.watch_requested.emit(body.id, session.id if session else None),
        )
        menu.addAction(
            #: A tile is one of up to four video players side by side in the window (not a
            #: thumbnail).
            self.tr("Watch in a new tile"),
            lambda: self.watch_in_new_tile.emit(body.id, session.id if session else None),
        )
        self._add_follow_action(
            menu,
            Follow(BODY, body.id),
            self.tr("Follow {body} (every session)").format(body=body.label),
        )
        if session is not None:
            self._add_follow_action(
                menu, Follow(SESSION, session.id), self.tr("Follow this session")
            )
            menu.addAction(
                self.tr("Mark as a civil-society briefing"),
                lambda: self.briefing_marked.emit(session),
            )
        menu.exec(self.view.viewport().mapToGlobal(point))

    def _add_follow_action(self, menu: QMenu, follow: Follow, label: str) -> None:
        action = menu.addAction(label, lambda: self.toggle_follow(follow))
        action.setCheckable(True)
        action.setChecked(follow in self.follows)

    def show_day_timeline(self) -> None:
        self.tabs.setCurrentIndex(1)

    def follow_selected(self) -> None:
        """Ctrl+D: follow (or stop following) what is selected."""
        follow = self.selected_follow()
        if follow is not None:
            self.toggle_follow(follow)
        else:
            QToolTip.showText(
                self.mapToGlobal(self.rect().center()),
                self.tr("Select a body or a session to follow it."),
                self,
            )

    def selected_follow(self) -> Follow | None:
        """What "Follow" (Ctrl+D) acts on: the selected session (list or day view), else its body."""
        if self.tabs.currentIndex() == 1:
            session: Session | None = self.timeline.selected
            return Follow(SESSION, session.id) if session else None
        index = self.view.currentIndex()
        body, session = self.model.body_at(index), self.model.session_at(index)
        if session is not None:
            return Follow(SESSION, session.id)
        return Follow(BODY, body.id) if body is not None else None

    @Slot()
    def _on_activated(self, index: QModelIndex) -> None:
        body = self.model.body_at(index)
        if body is not None:
            session = self.model.session_at(index)
            extra = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier
            (self.watch_in_new_tile if extra else self.watch_requested).emit(
                body.id, session.id if session else None
            )


def _hours(hours: float) -> str:
    """9 -> "9", 5.75 -> "5:45" (Kathmandu; "5.75 h" read as a decimal puzzle)."""
    whole, minutes = divmod(round(hours * 60), 60)
    return f"{whole}:{minutes:02d}" if minutes else str(whole)

"""A programme guide for one day: a row per room/body, sessions as blocks on a time axis.

Times are drawn in the conference's zone, with the observer's own hours under them when the
two differ, and a red line at "now". Keyboard: arrows move between sessions and rows, Enter
watches, F follows; PageUp/PageDown change the day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import cast

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from observer_app.core import clock
from observer_app.core.follows import Follow, is_followed
from observer_app.core.model import Conference, Session
from observer_app.ui import theme

LABEL_W, AXIS_H, ROW_H = 96, 34, 34


class TimelineView(QWidget):
    watch_requested = Signal(str, object)  # body id, session id
    follow_toggled = Signal(object)  # Session
    day_changed = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Day timeline"))
        self.setAccessibleDescription(
            self.tr(
                "Sessions of the day per body. Arrows move, Enter watches, F follows, "
                "Page Up and Page Down change the day."
            )
        )
        self.conference: Conference | None = None
        self.body_ids: list[str] = []
        self.hidden = 0  # bodies left out because they have no session at all
        self._window_cache: tuple | None = None
        self.follows: set[Follow] = set()
        self.day: date = date.today()
        self.now = datetime.now(UTC)
        self.selected: Session | None = None
        self._tz = clock.local_zone()
        self._local = clock.local_zone()
        self._days: tuple[Conference, list[date]] | None = None
        self._span_days: dict[tuple[datetime, datetime], tuple[date, ...]] = {}
        self._span_zone = self._tz

    # -- data -----------------------------------------------------------------------------------
    def set_conference(self, conference: Conference, body_filter: str | None = None) -> None:
        self._window_cache = None
        self.conference = conference
        self._tz = clock.zone(conference.timezone)
        self.body_ids = [b.id for b in conference.bodies if body_filter in (None, b.id)]
        # A playlist of 2,000 channels beside a calendar of four rooms: the guide shows the
        # rooms, not 2,000 empty rows (the channels stay in the List view).
        scheduled = {s.body_id for s in conference.sessions}
        kept = [b for b in self.body_ids if b in scheduled] if scheduled else self.body_ids
        self.hidden = len(self.body_ids) - len(kept)
        self.body_ids = kept
        days = self.days()
        today = self.now.astimezone(self._tz).date()
        self.day = today if today in days or not days else min(days, key=lambda d: abs(d - today))
        self.selected = None
        self.setMinimumHeight(AXIS_H + ROW_H * max(1, len(self.body_ids)) + 4)
        self.update()

    def days(self) -> list[date]:
        """Every day a session touches (a night sitting: two), in the conference's zone. Kept
        per conference, and per session times across a refresh (which brings a new conference
        of nearly the same sessions): working them out again took 30-45 ms of a refresh."""
        if self.conference is None:
            return []
        if self._days is not None and self._days[0] is self.conference:
            return self._days[1]
        if self._span_zone != self._tz:
            self._span_days, self._span_zone = {}, self._tz
        spans = self._span_days
        found: set[date] = set()
        for s in self.conference.sessions:
            span = (s.start, s.end)
            days = spans.get(span)
            if days is None:
                days = spans[span] = _days_touched(s.start, s.end, self._tz)
            found.update(days)
            if len(found) >= 4000:
                break
        self._days = (self.conference, sorted(found))
        return self._days[1]

    def set_day(self, day: date) -> None:
        self.day, self.selected, self._window_cache = day, None, None
        self.day_changed.emit(day)
        self.update()

    def step_day(self, step: int) -> None:
        days = self.days()
        later = [d for d in days if (d > self.day if step > 0 else d < self.day)]
        if later:
            self.set_day(min(later) if step > 0 else max(later))

    def set_now(self, now: datetime) -> None:
        self.now = now
        self.update()

    def set_follows(self, follows: set[Follow]) -> None:
        self.follows = set(follows)
        self.update()

    def _window(self) -> tuple[datetime, datetime]:
        """The hours shown: the day's sessions with an hour around them (08:00–19:00 at least).
        Asked for every session painted: kept until the day or the conference changes."""
        if self._window_cache is None:  # emptied by set_conference and set_day
            self._window_cache = self._compute_window()
        return self._window_cache

    def _compute_window(self) -> tuple[datetime, datetime]:
        start = datetime.combine(self.day, time(8), self._tz)
        end = datetime.combine(self.day, time(19), self._tz)
        day_start, day_end = self._day_bounds()
        for s in self.sessions_of_day():
            start = min(start, max(day_start, s.start.astimezone(self._tz)))
            end = max(end, min(day_end, s.end.astimezone(self._tz)))
        return start.replace(minute=0), min(
            day_end, (end + timedelta(minutes=59)).replace(minute=0)
        )

    def _day_bounds(self) -> tuple[datetime, datetime]:
        """Midnight to midnight of the day shown, in the conference's zone."""
        return (
            datetime.combine(self.day, time(0), self._tz),
            datetime.combine(self.day + timedelta(days=1), time(0), self._tz),
        )

    def sessions_of_day(self, body_id: str | None = None) -> list[Session]:
        """Sessions that touch the day shown: one that began the evening before and is still
        sitting belongs to this morning too."""
        if self.conference is None:
            return []
        day_start, day_end = self._day_bounds()
        return sorted(
            (
                s
                for s in self.conference.sessions
                if s.start < day_end
                and s.end > day_start
                and s.body_id in self.body_ids
                and body_id in (None, s.body_id)
            ),
            key=lambda s: s.start,
        )

    # -- geometry --------------------------------------------------------------------------------
    def _x(self, when: datetime) -> float:
        start, end = self._window()
        width = max(1.0, self.width() - LABEL_W - 8)
        return LABEL_W + width * (when - start).total_seconds() / max(
            1.0, (end - start).total_seconds()
        )

    def session_rect(self, session: Session) -> QRectF:
        row = self.body_ids.index(session.body_id)
        x0, x1 = (
            max(float(LABEL_W), self._x(session.start)),
            min(self.width() - 8.0, self._x(session.end)),
        )
        return QRectF(x0, AXIS_H + row * ROW_H + 3, max(4.0, x1 - x0 - 2), ROW_H - 6)

    def session_at(self, point: QPointF) -> Session | None:
        return next(
            (s for s in self.sessions_of_day() if self.session_rect(s).contains(point)), None
        )

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if self.conference is None:
            painter.end()
            return
        self._paint_axis(painter, pal)
        small = QFont(self.font())
        for row, body_id in enumerate(self.body_ids):
            body = self.conference.body(body_id)
            y = AXIS_H + row * ROW_H
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(4, y, LABEL_W - 8, ROW_H),
                Qt.AlignmentFlag.AlignVCenter,
                body.label if body else body_id,
            )
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 0.5))
            painter.drawLine(QPointF(0, y + ROW_H), QPointF(self.width(), y + ROW_H))
        painter.setFont(small)
        for session in self.sessions_of_day():
            self._paint_session(painter, session, pal)
        now_x = self._x(self.now)
        if LABEL_W <= now_x <= self.width():
            painter.setPen(QPen(theme.color("now_line", pal), 2))
            painter.drawLine(QPointF(now_x, AXIS_H - 6), QPointF(now_x, self.height()))
        # Ended here, not when Python lets go of it: a profiler's sample of this frame kept the
        # painter alive past the paint event, and its destructor then ran on the sampler's
        # thread (Qt: "endPaint() called with active painter", then a crash).
        painter.end()

    def _paint_axis(self, painter: QPainter, pal: QPalette) -> None:
        start, end = self._window()
        differ = not clock.same_offset(start, self._tz, self._local)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRectF(4, 0, LABEL_W, 16), Qt.AlignmentFlag.AlignLeft, clock.zone_label(start, self._tz)
        )
        if differ:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(4, 16, LABEL_W, 16),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("you: {zone}").format(zone=clock.zone_label(start, self._local)),
            )
        hour = start
        hours = max(1.0, (end - start).total_seconds() / 3600)
        per_hour = (self.width() - LABEL_W - 8) / hours
        label_w = self.fontMetrics().horizontalAdvance("00:00") + 8
        step = timedelta(
            hours=next((h for h in (1, 2, 3, 4, 6, 12) if per_hour * h >= label_w), 24)
        )
        while hour <= end:
            x = self._x(hour)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 0.5))
            painter.drawLine(QPointF(x, AXIS_H - 4), QPointF(x, self.height()))
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(QPointF(x + 2, 12), f"{hour.astimezone(self._tz):%H:%M}")
            if differ:
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(QPointF(x + 2, 28), f"{hour.astimezone(self._local):%H:%M}")
            hour += step

    def _paint_session(self, painter: QPainter, session: Session, pal: QPalette) -> None:
        rect = self.session_rect(session)
        live, past = session.is_live(self.now), session.is_past(self.now)
        fill = theme.color("block_live" if live else "block_past" if past else "block_next", pal)
        painter.setPen(
            QPen(pal.color(QPalette.ColorRole.Highlight), 2)
            if session is self.selected
            else QPen(fill.darker(130), 1)
        )
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        star = "★ " if is_followed(session, self.follows) else ""
        painter.setPen(
            theme.color("block_text", pal)
        )  # chosen with the block colours, not the palette's text
        text = painter.fontMetrics().elidedText(
            star + session.title, Qt.TextElideMode.ElideRight, int(rect.width()) - 6
        )
        painter.drawText(rect.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, text)

    # -- interaction ------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            tip = cast(QHelpEvent, event)  # a ToolTip event is a QHelpEvent (Qt's documentation)
            session = self.session_at(
                tip.position() if hasattr(tip, "position") else QPointF(tip.pos())
            )
            if session is not None:
                QToolTip.showText(tip.globalPos(), self.describe(session), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def describe(self, session: Session) -> str:
        body = self.conference.body(session.body_id) if self.conference else None
        status = (
            " " + self.tr("(live)")
            if session.is_live(self.now)
            else " " + self.tr("(ended)")
            if session.is_past(self.now)
            else ""
        )
        return (
            f"{body.label if body else session.body_id}: {session.title}{status}\n"
            f"{clock.dual_time(session.start, self._tz, self._local)} – "
            f"{clock.dual_time(session.end, self._tz, self._local)}"
        )

    def select(self, session: Session | None) -> None:
        self.selected = session
        if session is not None:
            self.setAccessibleDescription(self.describe(session))
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        self.select(self.session_at(event.position()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        session = self.session_at(event.position())
        if session is not None:
            self.watch_requested.emit(session.body_id, session.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step_day(1 if key == Qt.Key.Key_PageDown else -1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.watch_requested.emit(self.selected.body_id, self.selected.id)
        elif key == Qt.Key.Key_F and self.selected is not None:
            self.follow_toggled.emit(self.selected)
        else:
            super().keyPressEvent(event)

    def _move(self, key: int) -> None:
        sessions = self.sessions_of_day()
        if not sessions:
            return
        current = self.selected if self.selected in sessions else None
        if current is None:
            self.select(next((s for s in sessions if not s.is_past(self.now)), sessions[0]))
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            row = self.sessions_of_day(current.body_id)
            i = row.index(current) + (1 if key == Qt.Key.Key_Right else -1)
            if 0 <= i < len(row):
                self.select(row[i])
            return
        r = self.body_ids.index(current.body_id) + (1 if key == Qt.Key.Key_Down else -1)
        while 0 <= r < len(self.body_ids):
            row = self.sessions_of_day(self.body_ids[r])
            if row:  # the session of that row nearest in time
                self.select(min(row, key=lambda s: abs((s.start - current.start).total_seconds())))
                return
            r += 1 if key == Qt.Key.Key_Down else -1


def _days_touched(start: datetime, end: datetime, tz) -> tuple[date, ...]:
    """The days, in ``tz``, that a session from ``start`` to ``end`` touches."""
    day, last = start.astimezone(tz).date(), (end - timedelta(microseconds=1)).astimezone(tz).date()
    days: list[date] = []
    while day <= last and len(days) < 4000:
        days.append(day)
        day += timedelta(days=1)
    return tuple(days)

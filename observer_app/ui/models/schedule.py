"""Bodies and their sessions as a tree: body rows (with what is on now) over session rows."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from observer_app.core import clock
from observer_app.core.follows import BODY, SESSION, Follow
from observer_app.core.model import Body, Conference, Session
from observer_app.ui import i18n, theme
from observer_app.ui.models import schedule_diff

COLUMNS = (
    QT_TRANSLATE_NOOP("ScheduleModel", "Body / session"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Status"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Conference time"),
    QT_TRANSLATE_NOOP("ScheduleModel", "Your time"),
)
NAME, STATUS, CONF_TIME, LOCAL_TIME = range(4)
BodyRole = Qt.ItemDataRole.UserRole + 1
SessionRole = Qt.ItemDataRole.UserRole + 2
FOLLOWED = "★ "  # shown before what the observer follows (and said by screen readers as "star")
_NO_PARENT = 0xFFFFFFFF  # internalId of body rows


class ScheduleModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._conference: Conference | None = None
        self._bodies: list[Body] = []
        self._sessions: list[list[Session]] = []
        # Session rows carry their body's serial (not its row) as internal id, so that a session
        # index kept by the view (current, selected) stays right when bodies are inserted above.
        self._serials: list[int] = []
        self._serial_of: dict[str, int] = {}
        self._row_of_serial: dict[int, int] = {}
        self._now = clock.ensure_utc(datetime.now().astimezone())
        self._conf_tz = clock.local_zone()
        self._local_tz = clock.local_zone()
        self._follows: set[Follow] = set()
        # Each body's statuses at ``_statuses_at`` (see set_now).
        self._statuses: dict[str, tuple[tuple, list[tuple[bool, bool]]]] = {}
        self._statuses_at: datetime | None = None
        self._body_filter: str | None = None
        self._compact = (
            False  # the time columns are hidden: upcoming sessions show their time as status
        )

    def set_conference(
        self, conference: Conference, now: datetime, statuses_later: bool = False
    ) -> list[int]:
        """Show ``conference``. A newer version of the one shown (a refresh) is applied as row
        insertions, removals and changes, not a reset: the view keeps its selection, scroll and
        collapsed bodies, and does not lay out thousands of rows again (40 ms on a 2,400-body
        playlist). Returns the rows of the bodies that are new to the view."""
        first = self._conference is None or self._conference.id != conference.id
        zone_changed = (
            self._conference is not None and self._conference.timezone != conference.timezone
        )
        self._conference = conference
        self._conf_tz = clock.zone(conference.timezone)
        if first:
            self._now = now
            self._rebuild()
            return self.rows_with_sessions()
        new_rows = self._update_rows(*self._wanted())
        if statuses_later and not zone_changed:
            return new_rows  # the caller's next ``set_now`` (another event-loop turn) does it
        # Kept sessions whose status moved meanwhile (the diff signals edits); every row when the
        # zone changed (each shows times in it).
        self.set_now(now, force=zone_changed)
        if zone_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, CONF_TIME, CONF_TIME)
        return new_rows

    def set_body_filter(self, body_id: str | None) -> None:
        """Show one body only (None: all)."""
        self._body_filter = body_id
        self._rebuild()

    def _wanted(self) -> tuple[list[Body], list[list[Session]]]:
        conference = self._conference
        bodies = (
            [b for b in conference.bodies if self._body_filter in (None, b.id)]
            if conference
            else []
        )
        return bodies, [conference.sessions_of(b.id) for b in bodies] if conference else []

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._bodies, self._sessions = self._wanted()
        self._renumber()
        self.endResetModel()

    def _renumber(self) -> None:
        """Serials for bodies new to the model, and the serial -> row map (after every change
        of rows, before the change is announced)."""
        for body in self._bodies:
            if body.id not in self._serial_of:
                self._serial_of[body.id] = len(self._serial_of)
        self._serials = [self._serial_of[b.id] for b in self._bodies]
        self._row_of_serial = {serial: row for row, serial in enumerate(self._serials)}

    # -- a newer conference applied row by row (schedule_diff says what changed) ----------
    def _update_rows(self, bodies: list[Body], sessions: list[list[Session]]) -> list[int]:
        """Show ``bodies`` and their ``sessions``; the rows to open in the view
        (bodies new to it, and bodies that just got their first sessions)."""
        ops = schedule_diff.opcodes([b.id for b in self._bodies], [b.id for b in bodies])
        if sum(tag != "equal" for tag, *_ in ops) > schedule_diff.MAX_CHANGES:
            self._rebuild()
            return [row for row, found in enumerate(self._sessions) if found]
        to_open: set[str] = set()
        changed: set[str] = set()  # bodies whose kept session rows may show something else
        renamed: set[str] = set()  # bodies whose own row may show something else
        root = QModelIndex()
        # From the end: rows before i1 are still as they were.
        for tag, i1, i2, j1, j2 in reversed(ops):
            if tag == "equal":
                for offset in range(i2 - i1):
                    row, body = i1 + offset, bodies[j1 + offset]
                    if self._bodies[row] != body:
                        renamed.add(body.id)
                    self._bodies[row] = body
                    if self._sessions[row] != sessions[j1 + offset]:
                        changed.add(body.id)
                    if self._update_sessions(row, sessions[j1 + offset]):
                        to_open.add(body.id)
                continue
            if i2 > i1:
                self.beginRemoveRows(root, i1, i2 - 1)
                del self._bodies[i1:i2], self._sessions[i1:i2]
                self._renumber()
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(root, i1, i1 + j2 - j1 - 1)
                self._bodies[i1:i1] = bodies[j1:j2]
                self._sessions[i1:i1] = sessions[j1:j2]
                self._renumber()
                self.endInsertRows()
                to_open.update(
                    b.id for b, found in zip(bodies[j1:j2], sessions[j1:j2], strict=True) if found
                )
        self._announce_data(changed, renamed | changed)
        return [row for row, body in enumerate(self._bodies) if body.id in to_open]

    def _update_sessions(self, row: int, new: list[Session]) -> bool:
        """The sessions under body ``row``; True when it had none and now has some."""
        old = self._sessions[row]
        ops = schedule_diff.opcodes([s.id for s in old], [s.id for s in new])
        if len(ops) == 1 and ops[0][0] == "equal":
            self._sessions[row] = new
            return False
        parent = self.index(row, 0)
        shown = self._sessions[row] = list(old)  # never edit a list the old conference still holds
        for tag, i1, i2, j1, j2 in reversed(ops):
            if tag == "equal":
                shown[i1:i2] = new[j1:j2]
                continue
            if i2 > i1:
                self.beginRemoveRows(parent, i1, i2 - 1)
                del shown[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(parent, i1, i1 + j2 - j1 - 1)
                shown[i1:i1] = new[j1:j2]
                self.endInsertRows()
        return not old and bool(new)

    def _announce_data(self, changed: set[str], bodies: set[str]) -> None:
        """One signal per body row that may show something else (its name, or its now/next
        from sessions that changed), then one per body whose sessions differ. Never one signal
        over all the bodies: QTreeView re-measures every row between its two ends, sessions
        included (5,600 size hints, 1.5 s of CPU, at each refresh of a 50,000-channel
        conference that changed no body); when many bodies changed, that one signal is
        cheaper than many."""
        last = self.columnCount() - 1
        if not self._bodies:
            return
        rows = [row for row, body in enumerate(self._bodies) if body.id in bodies]
        if len(rows) > schedule_diff.MAX_CHANGES:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._bodies) - 1, last))
        else:
            for row in rows:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        for row, found in enumerate(self._sessions):
            if found and self._bodies[row].id in changed:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(found) - 1, last, parent)
                )

    def set_compact(self, compact: bool) -> None:
        if compact != self._compact:
            self._compact = compact
            self.set_now(self._now, force=True)

    def set_follows(self, follows: set[Follow]) -> None:
        self._follows = set(follows)
        self.set_now(self._now, force=True)

    def is_followed(self, body: Body | None, session: Session | None) -> bool:
        if session is not None:
            return (
                Follow(SESSION, session.id) in self._follows
                or Follow(BODY, session.body_id) in self._follows
            )
        return body is not None and Follow(BODY, body.id) in self._follows

    def set_now(self, now: datetime, force: bool = False) -> None:
        """Refresh the live/next/past status (called every few seconds). Only the rows whose
        status changed since the last call are signalled: on a 2,000-body conference a signal
        for every row kept the window busy for 45 ms every five seconds. The statuses of the
        last call are kept, so each call works out those of ``now`` only."""
        before, self._now = self._now, now
        kept = self._statuses if self._statuses_at == before else {}
        statuses: dict[str, tuple[tuple, list[tuple[bool, bool]]]] = {}
        for row, body in enumerate(self._bodies):
            sessions = self._sessions[row]
            was = kept.get(body.id)
            if was is None or len(was[1]) != len(sessions):  # new to the model, or rows changed
                was = _statuses(sessions, before)
            is_ = statuses[body.id] = _statuses(sessions, now)
            if force or was[0] != is_[0]:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            changed = [
                i
                for i, pair in enumerate(zip(was[1], is_[1], strict=True))
                if force or pair[0] != pair[1]
            ]
            if changed:
                parent = self.index(row, 0)
                self.dataChanged.emit(
                    self.index(changed[0], 0, parent),
                    self.index(changed[-1], len(COLUMNS) - 1, parent),
                )
        self._statuses, self._statuses_at = statuses, now

    def rows_with_sessions(self) -> list[int]:
        return [row for row, sessions in enumerate(self._sessions) if sessions]

    # -- QAbstractItemModel ------------------------------------------------------------------
    # index() and parent() are called for every row whenever the view lays the tree out: they
    # check bounds themselves instead of through hasIndex() (two more calls into Python each).
    def index(self, row, column, parent=QModelIndex()):
        if row < 0 or not 0 <= column < len(COLUMNS):
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, column, _NO_PARENT)
                if row < len(self._bodies)
                else QModelIndex()
            )
        body_row = parent.row()
        if (
            parent.internalId() != _NO_PARENT
            or parent.column() != 0
            or row >= len(self._sessions[body_row])
        ):
            return QModelIndex()
        return self.createIndex(row, column, self._serials[body_row])

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        row = self._row_of_serial.get(int(index.internalId()))
        return QModelIndex() if row is None else self.createIndex(row, 0, _NO_PARENT)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self._bodies)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._sessions[parent.row()])
        return 0

    def columnCount(self, parent=QModelIndex()):
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == CONF_TIME and self._conference:
                return clock.zone_label(self._now, self._conf_tz)
            if section == LOCAL_TIME:
                return self.tr("You ({zone})").format(
                    zone=clock.zone_label(self._now, self._local_tz)
                )
            return QCoreApplication.translate("ScheduleModel", COLUMNS[section])
        return None

    def zones_differ(self) -> bool:
        return not clock.same_offset(self._now, self._conf_tz, self._local_tz)

    def _body_row(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        """The body row of a valid index (None for a session whose body was just removed)."""
        return (
            index.row()
            if index.internalId() == _NO_PARENT
            else self._row_of_serial.get(int(index.internalId()))
        )

    def body_at(self, index: QModelIndex | QPersistentModelIndex) -> Body | None:
        row = self._body_row(index) if index.isValid() else None
        return None if row is None else self._bodies[row]

    def session_at(self, index: QModelIndex | QPersistentModelIndex) -> Session | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        row = self._body_row(index)
        return None if row is None else self._sessions[row][index.row()]

    def index_of_body(self, body_id: str) -> QModelIndex:
        for row, body in enumerate(self._bodies):
            if body.id == body_id:
                return self.index(row, 0)
        return QModelIndex()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._conference is None:
            return None
        body = self.body_at(index)
        session = self.session_at(index)
        if body is None:
            return None
        if role == BodyRole:
            return body.id if body else None
        if role == SessionRole:
            return session.id if session else None
        if session is None:
            return self._body_data(body, index.column(), role)
        return self._session_data(session, index.column(), role)

    def _body_data(self, body: Body, column: int, role):
        assert self._conference is not None  # data() answers nothing without one
        current = self._conference.current_session(body.id, self._now)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return (FOLLOWED if self.is_followed(body, None) else "") + body.label
            nxt = self._conference.next_session(body.id, self._now)
            if column == STATUS:
                if current:
                    return self.tr("● LIVE until {time}").format(
                        time=clock.format_clock(current.end, self._conf_tz)
                    )
                return (
                    self.tr("next {when}").format(
                        when=i18n.format_date(nxt.start.astimezone(self._conf_tz), "ddd HH:mm")
                    )
                    if nxt
                    else ""
                )
            shown = current or nxt  # "Now", else "Next", in both zones
            if shown is not None and column in (CONF_TIME, LOCAL_TIME):
                return self._session_data(shown, column, role)
        if role == Qt.ItemDataRole.FontRole and column == NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and current:
            return QBrush(theme.color("live"))
        if role == Qt.ItemDataRole.ToolTipRole:
            nxt = self._conference.next_session(body.id, self._now)
            lines = [body.name] + ([body.room] if body.room else [])
            if current:
                lines.append(self.tr("Now: {title}").format(title=current.title))
            if nxt:
                lines.append(
                    self.tr("Next: {title}, {when}").format(
                        title=nxt.title,
                        when=clock.dual_time(nxt.start, self._conf_tz, self._local_tz),
                    )
                )
            return "\n".join(lines)
        return None

    def _session_data(self, session: Session, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return (FOLLOWED if self.is_followed(None, session) else "") + session.title
            if column == CONF_TIME:
                return i18n.format_date(session.start.astimezone(self._conf_tz), "ddd HH:mm")
            if column == LOCAL_TIME:
                return i18n.format_date(session.start.astimezone(self._local_tz), "ddd HH:mm")
            if column == STATUS:
                if session.is_live(self._now):
                    return self.tr("● LIVE")
                if session.is_past(self._now):
                    return self.tr("archive") if session.archive_url else self.tr("ended")
                return (
                    i18n.format_date(session.start.astimezone(self._conf_tz), "ddd HH:mm")
                    if self._compact
                    else ""
                )
        if role == Qt.ItemDataRole.ForegroundRole:
            if session.is_live(self._now) and column == STATUS:
                return QBrush(theme.color("live"))
            if session.is_past(self._now):
                return QBrush(theme.color("past"))
        if role == Qt.ItemDataRole.ToolTipRole:
            agenda = "\n".join(f"• {a}" for a in session.agenda)
            when = (
                i18n.format_date(session.start.astimezone(self._conf_tz), "dddd d MMMM, HH:mm")
                + "–"
                f"{session.end.astimezone(self._conf_tz):%H:%M} {clock.zone_label(session.start, self._conf_tz)}"
            )
            return f"{session.title}\n{when}" + (
                "\n\n" + self.tr("Agenda:") + f"\n{agenda}" if agenda else ""
            )
        return None

    # No flags(): Qt's own (enabled, selectable) is what rows need, and the view asks for every
    # row at each layout (6,800 calls into Python, 15 ms, on a 2,400-body conference).


def _state(session: Session, when: datetime) -> tuple[bool, bool]:
    return session.is_live(when), session.is_past(when)


def _statuses(sessions: list[Session], when: datetime) -> tuple[tuple, list[tuple[bool, bool]]]:
    """What a body's rows show of ``when``: (its live and next session ids, each session's
    (live, past)). ``sessions`` in time order, as ``Conference.sessions_of`` gives them."""
    states = [_state(s, when) for s in sessions]
    current = next((s.id for s, (live, _past) in zip(sessions, states, strict=True) if live), None)
    upcoming = next((s.id for s in sessions if s.start > when), None)
    return (current, upcoming), states

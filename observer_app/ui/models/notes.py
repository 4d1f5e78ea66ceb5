"""The observer's notes as a table: conference time, video position, body, speaker, text.

The model holds only the rowids of the notes shown and loads the notes themselves a page at a
time as the view asks for them: a conference with 100,000 notes filters and searches in
milliseconds instead of building 100,000 objects on every keystroke.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush

from observer_app.core import clock
from observer_app.core.model import Conference, Note
from observer_app.core.notefilter import NoteFilter
from observer_app.core.playback import recording_position
from observer_app.store.db import Database
from observer_app.store.notes import NoteRepository
from observer_app.ui import i18n, labels, theme
from observer_app.ui.jobs import Latest
from observer_app.ui.models.base import ColumnsModel

COLUMNS = (
    QT_TRANSLATE_NOOP("NotesModel", "Time"),
    QT_TRANSLATE_NOOP("NotesModel", "Video"),
    QT_TRANSLATE_NOOP("NotesModel", "Body"),
    QT_TRANSLATE_NOOP("NotesModel", "Speaker"),
    QT_TRANSLATE_NOOP("NotesModel", "Note"),
)
NoteRole = Qt.ItemDataRole.UserRole + 1
PAGE = 256
# The roles ``NotesModel.data`` answers.
_ROLES = frozenset(
    (
        NoteRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)


def _find_on_own_connection(
    repository: NoteRepository, conference_id: str, note_filter: NoteFilter, tz: tzinfo
) -> Callable[[], list[int]]:
    """``repository.find_rowids`` for a worker thread, on a connection of its own."""
    path, backups = repository.db.path, repository.db.backup_dir

    def find() -> list[int]:
        db = Database(path, backups).open()
        try:
            return NoteRepository(db).find_rowids(conference_id, note_filter, tz)
        finally:
            db.close()

    return find


class NotesModel(ColumnsModel):
    COLUMNS = COLUMNS
    CONTEXT = "NotesModel"
    # A filter run by ``find_later`` failed (a search FTS5 cannot parse): the message.
    find_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finding = Latest(self._found, lambda exc: self.find_failed.emit(str(exc)))
        self._wanted: tuple[Conference, Callable[[list[int]], list[Note | None]]] | None = None
        self._find: Callable[[], list[int]] = list
        self._rowids: list[int] = []
        self._pages: dict[int, list[Note | None]] = {}
        # Notes shown before their commit (the writer thread's), under provisional negative
        # rowids until ``confirm`` gives them theirs: pages loaded meanwhile show them too.
        self._pending: dict[int, Note] = {}
        self._provisional = 0
        self._load: Callable[[list[int]], list[Note | None]] = lambda ids: []
        self._conference: Conference | None = None
        self._tz = clock.local_zone()
        self.time_ordered = True

    def set_rows(
        self,
        conference: Conference,
        rowids: list[int],
        load: Callable[[list[int]], list[Note | None]],
        time_ordered: bool = True,
    ) -> None:
        """Show the notes with these rowids (display order); ``load`` fetches a page of them, in
        the same order, with None for a note that is gone. A filter still running on a worker
        (``find_later``) is overtaken: its answer will not be shown."""
        self._finding.cancel()
        self._show_rows(conference, rowids, load, time_ordered)

    def find_later(
        self, repository: NoteRepository, conference: Conference, note_filter: NoteFilter, tz
    ) -> None:
        """Show the notes ``note_filter`` picks, found on a worker (a filter or a search over
        100,000 notes takes 60 ms: too long for the GUI thread at each keystroke), the latest
        filter winning. Pages of notes are then loaded through ``repository`` as shown."""
        self._wanted = (conference, lambda ids: repository.by_rowids(ids, keep_missing=True))
        self._find = _find_on_own_connection(repository, conference.id, note_filter, tz)
        self._finding.ask(self._find)

    @property
    def finding(self) -> bool:
        """A filter is running on a worker: the rows shown are those of the previous one."""
        return self._finding.busy

    def _found(self, rowids: list[int]) -> None:
        if self._wanted is not None:
            conference, load = self._wanted
            self._show_rows(conference, rowids, load)

    def _show_rows(self, conference, rowids, load, time_ordered: bool = True) -> None:
        self.beginResetModel()
        self._conference = conference
        self._tz = clock.zone(conference.timezone)
        self._rowids, self._load, self._pages = list(rowids), load, {}
        self._pending = {}  # (the panel puts a note back if its commit comes after this list)
        self.time_ordered = time_ordered
        self.endResetModel()

    def set_notes(self, conference: Conference, notes: list[Note]) -> None:
        """Show these notes (already loaded; for small lists and tests)."""
        ordered = sorted(notes, key=lambda n: (n.utc, n.created))
        by_key = {i: n for i, n in enumerate(ordered)}
        self.set_rows(conference, list(by_key), lambda ids: [by_key[i] for i in ids])

    def note_at(self, row: int) -> Note | None:
        if not 0 <= row < len(self._rowids):
            return None
        page = row // PAGE
        if page not in self._pages:
            ids = self._rowids[page * PAGE : (page + 1) * PAGE]
            loaded = self._load(ids)  # None where a note went away meanwhile
            if self._pending:
                loaded = [self._pending.get(i, n) for i, n in zip(ids, loaded, strict=True)]
            self._pages[page] = loaded
        return self._pages[page][row % PAGE]

    def insert_pending(self, note: Note) -> tuple[int, int]:
        """Show ``note`` before its commit, under a provisional key: (key, row); row -1 when a
        filter is running (see ``insert``)."""
        self._provisional -= 1
        key = self._provisional
        self._pending[key] = note
        return key, self.insert(key, note)

    def confirm(self, key: int, rowid: int) -> int:
        """The note shown under ``key`` was committed as ``rowid``: its row, -1 if the list no
        longer shows it (refilled meanwhile)."""
        self._pending.pop(key, None)
        row = self.row_of(key)
        if row >= 0:
            self._rowids[row] = rowid
        return row

    def withdraw(self, key: int) -> None:
        """The note shown under ``key`` could not be saved: its row goes."""
        self._pending.pop(key, None)
        row = self.row_of(key)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rowids[row]
        for page in [p for p in self._pages if p >= row // PAGE]:
            del self._pages[page]  # loaded again, shifted, when shown
        self.endRemoveRows()

    def pending_row(self, note_id: str) -> int:
        """The row of a note shown before its commit, -1 if none."""
        key = next((k for k, n in self._pending.items() if n.id == note_id), None)
        return -1 if key is None else self.row_of(key)

    def insert(self, rowid: int, note: Note) -> int:
        """Add one note in time order; returns its row. A new note is nearly always the last, so
        the last row is looked at first (no bisection loading pages), and the pages already
        loaded are kept, shifted by one row, not dropped: Enter costs no reload of the list.
        While a filter runs on a worker, it is run again (it may have missed the note): -1."""
        if self._finding.busy:
            self._finding.ask(self._find)
            return -1
        last = self.note_at(len(self._rowids) - 1) if self.time_ordered else None
        if last is not None and last.utc <= note.utc:
            row = len(self._rowids)
        else:
            row = self.row_at_or_before(note.utc) + 1
        self.beginInsertRows(QModelIndex(), row, row)
        self._rowids.insert(row, rowid)
        self._shift_pages(row, note)
        self.endInsertRows()
        return row

    def _shift_pages(self, row: int, note: Note) -> None:
        """Put ``note`` at ``row`` in the loaded pages: each later page starts one row earlier
        in the order, so the last note of a page moves to the start of the next. A page whose
        previous page is not loaded cannot know its new first note: it is dropped (and loaded
        again if shown)."""
        carry: Note | None = note
        at, known = row % PAGE, True
        if at == 0 and row == len(self._rowids) - 1:  # the first row of a new last page
            self._pages[row // PAGE] = [note]
            return
        for page in range(row // PAGE, max(self._pages, default=-1) + 1):
            cached = self._pages.get(page)
            if cached is None or not known:
                self._pages.pop(page, None)
                known = False
                continue
            cached.insert(at, carry)
            carry = cached.pop() if len(cached) > PAGE else None
            at = 0

    def notes(self) -> list[Note]:
        return [n for n in (self.note_at(r) for r in range(len(self._rowids))) if n is not None]

    def row_of(self, rowid: int) -> int:
        """The row showing the note ``rowid``, -1 if the list does not show it. A new note is
        nearly always among the last rows: they are looked at first."""
        tail = max(0, len(self._rowids) - 64)
        for row in range(len(self._rowids) - 1, tail - 1, -1):
            if self._rowids[row] == rowid:
                return row
        try:
            return self._rowids.index(rowid, 0, tail)
        except ValueError:
            return -1

    def row_at_or_before(self, utc: datetime) -> int:
        """The last note at or before ``utc`` (time order), -1 if none: what the player shows."""
        if not self.time_ordered or not self._rowids:
            return -1

        class _Key:
            def __getitem__(_self, row):  # noqa: N805 - bisect only needs indexing
                note = self.note_at(row)
                return note.utc if note else utc

            def __len__(_self):  # noqa: N805
                return len(self._rowids)

        return bisect.bisect_right(_Key(), utc) - 1

    def row_total(self) -> int:
        return len(self._rowids)

    def _conflict_mark(self, note) -> str:
        """Whose version a conflict copy is, and when it was made (the other is the note)."""
        return self.tr("(⚠ conflicting edit by {who}, {when})").format(
            who=note.edited_by or note.author or "?",
            when=i18n.format_date(note.updated.astimezone(self._tz), "d MMM HH:mm"),
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # A view asks each cell for about seven roles at every paint; most are not ours, and
        # answering them without finding the note saves a third of repainting after Enter.
        if role not in _ROLES or not index.isValid():
            return None
        note = self.note_at(index.row())
        if note is None:
            return None
        if role == NoteRole:
            return note
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return i18n.format_date(note.utc.astimezone(self._tz), "ddd HH:mm:ss")
            if col == 1:
                position = (
                    recording_position(note, self._conference)
                    if self._conference
                    else note.media_position_ms
                )
                return clock.format_position(position) if position is not None else ""
            if col == 2:
                body = (
                    self._conference.body(note.body_id)
                    if self._conference and note.body_id
                    else None
                )
                return body.label if body else ""
            if col == 3:
                return note.speaker
            if col == 4:
                marks = ["⚠"] if note.conflict_of else []
                if note.stance:
                    marks.append(f"[{labels.stance(note.stance)}]")
                if not note.for_feedback:
                    marks.append(self.tr("(private)"))
                tags = " ".join(f"#{t}" for t in note.tags)
                # The text comes before whose edit it is: a narrow column still shows what it says.
                after = [tags] if tags else []
                if note.conflict_of:
                    after.append(self._conflict_mark(note))
                return " ".join(marks + [note.text.replace("\n", " ⏎ ")] + after)
        if role == Qt.ItemDataRole.ForegroundRole and note.conflict_of:
            return QBrush(theme.color("private"))
        if role == Qt.ItemDataRole.ToolTipRole:
            conflict = f"{self._conflict_mark(note)}\n" if note.conflict_of else ""
            return f"{conflict}{note.text}\n\n{clock.iso_utc(note.utc)} UTC" + (
                self.tr(", video {position}").format(
                    position=clock.format_position(note.media_position_ms)
                )
                if note.media_position_ms is not None
                else ""
            )
        return None

"""Notes, drafts, briefings and sync ancestry. The only SQL that touches them (the draft
autosave's own writer thread and the stored draft's form are in store/drafts.py)."""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from typing import Any, Literal, overload

from observer_app.core import clock
from observer_app.core.model import Briefing, Note, NoteStamp, StreamKind
from observer_app.core.notefilter import NoteFilter, fts_query
from observer_app.core.symbols import find_symbols
from observer_app.store.db import Database, StoreError
from observer_app.store.drafts import (
    CLEAR_DRAFT,
    SAVE_DRAFT,
    DraftWriter,
    draft_row,
    stamp_from_dict,
)

_COLUMNS = (
    "id, conference_id, body_id, session_id, stream_url, stream_kind, media_position_ms, "
    "program_date_time, utc, text, for_feedback, created, updated, speaker, agenda_item, stance, tags, "
    "author, conflict_of, deleted, documents, edited_by"
)
_COLUMN_COUNT = len(_COLUMNS.split(","))
_DOCUMENTS_AT = [c.strip() for c in _COLUMNS.split(",")].index("documents")
_PLACEHOLDERS = ",".join("?" * _COLUMN_COUNT)


def _opt_iso(dt: datetime | None) -> str | None:
    return clock.iso_utc(dt) if dt else None


def _opt_dt(text: str | None) -> datetime | None:
    return _utc(text) if text else None


def _utc(text: str) -> datetime:
    """A stored instant: the store writes "...Z", which fromisoformat reads as UTC directly
    (a third of reading 10,000 notes went to the general parser); anything else parses as before."""
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = None
    if parsed is not None and parsed.tzinfo is UTC:
        return parsed
    return clock.parse_iso(text)


def _fts_quote(value: str) -> str:
    return value.replace('"', '""')


def cited_symbols(text: str) -> str:
    """ " DT/33 67(Rev.1) ": the canonical symbols a note cites, for the document filter."""
    symbols = dict.fromkeys(s.canonical() for _a, _b, s in find_symbols(text))
    return f" {' '.join(symbols)} " if symbols else ""


def _row_to_note(row: sqlite3.Row) -> Note:
    """The note of a row whose first columns are ``_COLUMNS``. Read by position: a Row looks a
    name up by comparing it with each column's name (a fifth of reading 10,000 notes)."""
    (
        note_id, conference_id, body_id, session_id, stream_url, stream_kind, media_position_ms,
        program_date_time, utc, text, for_feedback, created, updated, speaker, agenda_item,
        stance, tags, author, conflict_of, deleted, _documents, edited_by,
    ) = row[:_COLUMN_COUNT]  # fmt: skip
    return Note(
        id=note_id,
        conference_id=conference_id,
        body_id=body_id,
        session_id=session_id,
        stream_url=stream_url,
        stream_kind=StreamKind(stream_kind) if stream_kind else None,
        media_position_ms=media_position_ms,
        program_date_time=_opt_dt(program_date_time),
        utc=_utc(utc),
        text=text,
        for_feedback=bool(for_feedback),
        created=_utc(created),
        updated=_utc(updated),
        speaker=speaker,
        agenda_item=agenda_item,
        stance=stance,
        tags=() if tags in ("[]", "", None) else tuple(json.loads(tags)),
        author=author,
        conflict_of=conflict_of,
        deleted=bool(deleted),
        edited_by=edited_by,
    )


def _values(note: Note) -> tuple[object, ...]:
    return (
        note.id,
        note.conference_id,
        note.body_id,
        note.session_id,
        note.stream_url,
        note.stream_kind.value if note.stream_kind else None,
        note.media_position_ms,
        _opt_iso(note.program_date_time),
        clock.iso_utc(note.utc),
        note.text,
        int(note.for_feedback),
        clock.iso_utc(note.created),
        clock.iso_utc(note.updated),
        note.speaker,
        note.agenda_item,
        note.stance,
        json.dumps(list(note.tags), ensure_ascii=False),
        note.author,
        note.conflict_of,
        int(note.deleted),
        cited_symbols(note.text),
        note.edited_by,
    )


class NoteRepository:
    def __init__(self, db: Database):
        self.db = db

    def _write(self, what: str, sql: str, params: tuple[object, ...]) -> None:
        try:
            with self.db.transaction() as conn:
                conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(
                f"could not {what} in {self.db.path}: {exc}. Nothing was lost: your text is still in the editor."
            ) from None

    # -- notes ---------------------------------------------------------------------------------
    def add(self, note: Note) -> Note:
        self._write(
            "save the note",
            f"INSERT INTO notes ({_COLUMNS}) VALUES ({_PLACEHOLDERS})",
            _values(note),
        )
        return note

    def add_and_clear_draft(self, note: Note, slot: str) -> Note:
        """Save a note and drop the draft it came from, in one commit (a crash between the two
        would otherwise restore the draft and save the note twice)."""
        try:
            with self.db.transaction() as conn:
                conn.execute(
                    f"INSERT INTO notes ({_COLUMNS}) VALUES ({_PLACEHOLDERS})", _values(note)
                )
                conn.execute("DELETE FROM drafts WHERE slot = ?", (slot,))
        except sqlite3.Error as exc:
            raise StoreError(
                f"could not save the note in {self.db.path}: {exc}. Nothing was lost: your text is "
                "still in the editor."
            ) from None
        return note

    def save(self, note: Note) -> Note:
        """Insert, or update the whole note in place (edits, undo, imported bundles).

        An upsert, not INSERT OR REPLACE: REPLACE deletes the row without firing the delete
        trigger (so the full-text index would keep stale entries) and gives it a new rowid.
        """
        columns = [c.strip() for c in _COLUMNS.split(",")]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        self._write(
            "save the note",
            f"INSERT INTO notes ({_COLUMNS}) VALUES ({_PLACEHOLDERS}) ON CONFLICT(id) DO UPDATE SET {updates}",
            _values(note),
        )
        return note

    def update_text(self, note_id: str, text: str) -> None:
        self._write(
            "update the note",
            "UPDATE notes SET text = ?, documents = ?, updated = ? WHERE id = ?",
            (
                text,
                cited_symbols(text),
                clock.iso_utc(clock.ensure_utc(datetime.now().astimezone())),
                note_id,
            ),
        )

    def delete(self, note_id: str) -> None:
        """Soft delete: undo brings it back, and teammates learn of the deletion."""
        self._set_deleted(note_id, True)

    def undelete(self, note_id: str) -> None:
        self._set_deleted(note_id, False)

    def _set_deleted(self, note_id: str, deleted: bool) -> None:
        self._write(
            "delete the note" if deleted else "restore the note",
            "UPDATE notes SET deleted = ?, updated = ? WHERE id = ?",
            (int(deleted), clock.iso_utc(clock.ensure_utc(datetime.now().astimezone())), note_id),
        )

    def refile_bodies(self, conference_id: str, renames: dict[str, str]) -> int:
        """Move the notes filed under a body's former id (``Body.former_ids``) to its id, in one
        transaction; their text and times stay as they are. How many notes moved."""
        moved = 0
        try:
            # Which former ids hold notes, looked up in the notes_by_body index: a 50,000-channel
            # conference may have thousands of former ids, and this runs on every refresh.
            olds, filed = list(renames), set()
            for i in range(0, len(olds), 500):
                chunk = olds[i : i + 500]
                filed |= {
                    row[0]
                    for row in self.db.execute(
                        "SELECT DISTINCT body_id FROM notes WHERE conference_id = ? "
                        f"AND deleted IN (0, 1) AND body_id IN ({', '.join('?' * len(chunk))})",
                        (conference_id, *chunk),
                    )
                }
            wanted = [(new, old) for old, new in renames.items() if old in filed]
            if not wanted:
                return 0
            with self.db.transaction() as conn:
                for new, old in wanted:
                    moved += conn.execute(  # (deleted named: the notes_by_body index serves)
                        "UPDATE notes SET body_id = ? "
                        "WHERE conference_id = ? AND deleted IN (0, 1) AND body_id = ?",
                        (new, conference_id, old),
                    ).rowcount
        except sqlite3.Error as exc:
            raise StoreError(
                f"could not re-file notes under their body in {self.db.path}: {exc}"
            ) from None
        return moved

    def get(self, note_id: str) -> Note | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
        return _row_to_note(row) if row else None

    def ids_starting(self, prefix: str, conference_id: str, limit: int = 2) -> list[str]:
        """Ids of the notes of a conference that start with ``prefix`` (a short id typed on the
        command line); ``limit`` of them at most."""
        escaped = prefix.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.db.execute(
            "SELECT id FROM notes WHERE conference_id = ? AND id LIKE ? ESCAPE '\\' "
            "ORDER BY id LIMIT ?",
            (conference_id, escaped + "%", limit),
        )
        return [str(r["id"]) for r in rows]

    def list(self, conference_id: str | None = None, include_deleted: bool = False) -> list[Note]:
        """Notes in time order (of the moment they refer to)."""
        return [_row_to_note(r) for r in self._in_time_order(conference_id, include_deleted)]

    def list_with_citations(self, conference_id: str) -> tuple[builtins.list[Note], dict[str, str]]:
        """``list(conference_id)`` and, for those notes, ``cited_by_id``, from one read: the
        symbols come after the text in a row, so reading them on their own followed every long
        note's overflow pages again (0.28 s of a 100,000-note export)."""
        notes, cited = [], {}
        for row in self._in_time_order(conference_id, include_deleted=False):
            note = _row_to_note(row)
            notes.append(note)
            if row[_DOCUMENTS_AT]:
                cited[note.id] = row[_DOCUMENTS_AT]
        return notes, cited

    def _in_time_order(self, conference_id: str | None, include_deleted: bool) -> sqlite3.Cursor:
        where, params = [], []
        if not include_deleted:
            where.append("deleted = 0")
        if conference_id is not None:
            where.append("conference_id = ?")
            params.append(conference_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return self.db.execute(
            f"SELECT {_COLUMNS} FROM notes {clause} ORDER BY utc, created", tuple(params)
        )

    def find(
        self, conference_id: str, f: NoteFilter, tz: tzinfo, limit: int | None = None
    ) -> builtins.list[Note]:
        """Notes matching ``f``; with a text query, best matches first, else in time order."""
        return self.by_rowids(self.find_rowids(conference_id, f, tz, limit))

    @overload
    def by_rowids(
        self, rowids: builtins.list[int], keep_missing: Literal[False] = False
    ) -> builtins.list[Note]: ...
    @overload
    def by_rowids(
        self, rowids: builtins.list[int], keep_missing: Literal[True]
    ) -> builtins.list[Note | None]: ...
    def by_rowids(
        self, rowids: builtins.list[int], keep_missing: bool = False
    ) -> builtins.list[Note] | builtins.list[Note | None]:
        """The notes with these rowids, in the given order (the notes list loads pages of them).
        With ``keep_missing``, a note gone meanwhile leaves None in its place (rows stay aligned)."""
        if not rowids:
            return []
        found: dict[int, Note] = {}
        for start in range(0, len(rowids), 500):  # stay under SQLite's parameter limit
            chunk = rowids[start : start + 500]
            rows = self.db.execute(
                f"SELECT {_COLUMNS}, rowid FROM notes WHERE rowid IN "
                f"({','.join('?' * len(chunk))})",
                tuple(chunk),
            )
            found.update((r[_COLUMN_COUNT], _row_to_note(r)) for r in rows)
        if keep_missing:
            return [found.get(r) for r in rowids]
        return [found[r] for r in rowids if r in found]

    def cited_by_id(self, conference_id: str) -> dict[str, str]:
        """Note id -> the canonical symbols kept for it (" DT/33 67(Rev.1) "), for the notes
        that cite any: a report need not parse every note again. A note with none is left out
        (a note stored before the column existed has none either, so its text is parsed)."""
        rows = self.db.execute(
            "SELECT id, documents FROM notes WHERE conference_id = ? AND documents != ''",
            (conference_id,),
        )
        return {row[0]: row[1] for row in rows}

    def rowid(self, note_id: str) -> int:
        rowid: int = self.db.execute("SELECT rowid FROM notes WHERE id = ?", (note_id,)).fetchone()[
            0
        ]
        return rowid

    def count(self, conference_id: str) -> int:
        count: int = self.db.execute(
            "SELECT count(*) FROM notes WHERE conference_id = ? AND deleted = 0", (conference_id,)
        ).fetchone()[0]
        return count

    def days(self, conference_id: str, tz: tzinfo) -> builtins.list[date]:
        """The days (in ``tz``) that have notes, from distinct 10-minute slots (time zones such as
        UTC+5:30 or +5:45 do not start their days on the hour): no need to read every note."""
        rows = self.db.execute(
            "SELECT value FROM note_facets WHERE conference_id = ? AND kind = 'slot'",
            (conference_id,),
        )
        return sorted({clock.parse_iso(r["value"] + "0:00Z").astimezone(tz).date() for r in rows})

    def find_rowids(
        self, conference_id: str, f: NoteFilter, tz: tzinfo, limit: int | None = None
    ) -> builtins.list[int]:
        """Only the rowids of the matching notes, in display order: fast even for 100,000 notes."""
        sql, params = self._selection(conference_id, f, tz)
        sql += " ORDER BY n.utc"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self._tuples(sql, params, f)]

    def _tuples(
        self, sql: str, params: builtins.list[Any], f: NoteFilter
    ) -> builtins.list[tuple[Any, ...]]:
        try:
            assert self.db.conn is not None, "the profile is closed"
            cursor = self.db.conn.cursor()
            cursor.row_factory = (
                None  # plain tuples: a sqlite3.Row per id costs more than the query
            )
            return cursor.execute(sql, tuple(params)).fetchall()
        except sqlite3.OperationalError as exc:  # a query FTS5 still cannot parse
            raise StoreError(f"cannot search for {f.text!r}: {exc}") from None

    def _selection(
        self, conference_id: str, f: NoteFilter, tz: tzinfo
    ) -> tuple[str, builtins.list[Any]]:
        """``SELECT n.rowid FROM notes n WHERE ...`` for the notes ``f`` matches, unordered."""
        where, params = ["n.conference_id = ?", "n.deleted = 0"], [conference_id]
        for column, value in (
            ("body_id", f.body_id),
            ("session_id", f.session_id),
            ("stance", f.stance),
        ):
            if value:
                where.append(f"n.{column} = ?")
                params.append(value)
        if f.speaker:
            where.append("n.speaker = ? COLLATE NOCASE")
            params.append(f.speaker)
        # Tags and cited documents are found through the full-text index (a scan of 100,000
        # JSON arrays or LIKE patterns took 80-150 ms), then checked exactly.
        fts_terms = []
        if f.tag:
            fts_terms.append(f'tags : "{_fts_quote(f.tag)}"')
            where.append("EXISTS (SELECT 1 FROM json_each(n.tags) WHERE value = ?)")
            params.append(f.tag)
        if f.document:
            fts_terms.append(f'documents : "{_fts_quote(f.document)}"')
            where.append("n.documents LIKE ?")
            params.append(f"% {f.document} %")
        if f.only_for_feedback:
            where.append("n.for_feedback = 1")
        bounds = f.day_range(tz)
        lo = max([b for b in (f.since, bounds[0] if bounds else None) if b], default=None)
        hi = min([b for b in (f.until, bounds[1] if bounds else None) if b], default=None)
        if lo:
            where.append("n.utc >= ?")
            params.append(clock.iso_utc(lo))
        if hi:
            where.append("n.utc < ?")
            params.append(clock.iso_utc(hi))
        query = " AND ".join(([f"({fts_query(f.text)})"] if fts_query(f.text) else []) + fts_terms)
        if query:
            # The full-text match runs once, as a subquery: written as a join, SQLite may walk
            # the notes and re-run the MATCH for each one (1.9 s for 10,000 notes).
            # Time order, like the unfiltered list: the observer reads notes as a timeline.
            where.insert(0, "n.rowid IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)")
            params.insert(0, query)
        return f"SELECT n.rowid FROM notes n WHERE {' AND '.join(where)}", params

    def _chosen(
        self, conference_id: str, f: NoteFilter, tz: tzinfo, owners: frozenset[str] | None
    ) -> tuple[str, builtins.list[Any]]:
        """The notes of a report: ``f``'s, for feedback, or private ones of ``owners``."""
        selection, params = self._selection(conference_id, f, tz)
        if owners is None:
            return f"{selection} AND n.for_feedback = 1", params
        marks = ",".join("?" * len(owners))
        keep = f"(n.for_feedback = 1 OR trim(n.author, char(32, 9, 10, 13)) IN ({marks}))"
        return f"{selection} AND {keep}", params + sorted(owners)

    def report_groups(
        self, conference_id: str, f: NoteFilter, tz: tzinfo, owners: frozenset[str] | None
    ) -> builtins.list[tuple[str | None, str | None, int, str]]:
        """(body id, session id, how many notes, the earliest's ISO time) for the notes of a
        report: enough to count it and to find a page without reading a note (one pass)."""
        chosen, params = self._chosen(conference_id, f, tz, owners)
        counted = chosen.replace(
            "SELECT n.rowid", "SELECT n.body_id, n.session_id, count(*), min(n.utc)", 1
        )
        return self._tuples(f"{counted} GROUP BY n.body_id, n.session_id", params, f)

    def report_rowids(
        self,
        conference_id: str,
        f: NoteFilter,
        tz: tzinfo,
        owners: frozenset[str] | None,
        group: tuple[str | None, tuple[str | None, ...]],
        offset: int,
        limit: int,
    ) -> builtins.list[int]:
        """The rowids of notes ``offset`` to ``offset + limit`` of a report's group: a body and
        the session ids whose notes it holds, in time order."""
        chosen, params = self._chosen(conference_id, f, tz, owners)
        body_id, session_ids = group
        named = [x for x in session_ids if x is not None]
        either = [f"n.session_id IN ({','.join('?' * len(named))})"] if named else []
        if None in session_ids:
            either.append("n.session_id IS NULL")
        sql = (
            f"{chosen} AND n.body_id IS ? AND ({' OR '.join(either) or '0'}) "
            "ORDER BY n.utc, n.created LIMIT ? OFFSET ?"
        )
        rows = self._tuples(sql, [*params, body_id, *named, limit, offset], f)
        return [r[0] for r in rows]

    def speakers(self, conference_id: str) -> builtins.list[str]:
        """Speakers already used, most used first: the observer's own completion list."""
        return self._facet(conference_id, "speaker", "uses DESC, value")

    def tags(self, conference_id: str) -> builtins.list[str]:
        return self._facet(conference_id, "tag", "value")

    def _facet(self, conference_id: str, kind: str, order: str) -> builtins.list[str]:
        """From the counts the triggers of schema step 6 keep (no scan of the notes)."""
        rows = self.db.execute(
            f"SELECT value FROM note_facets WHERE conference_id = ? AND kind = ? ORDER BY {order}",
            (conference_id, kind),
        )
        return [r["value"] for r in rows]

    def data_version(self) -> int:
        """Changes whenever *another* connection commits (a CLI ``notes add``, a second window):
        cheap to poll, so the notes list can follow."""
        version: int = self.db.execute("PRAGMA data_version").fetchone()[0]
        return version

    # -- briefings ----------------------------------------------------------------------------------
    def add_briefing(self, briefing: Briefing) -> Briefing:
        self._write(
            "save the briefing",
            "INSERT INTO briefings (id, conference_id, utc, title) VALUES (?,?,?,?)",
            (briefing.id, briefing.conference_id, clock.iso_utc(briefing.utc), briefing.title),
        )
        return briefing

    def briefings(self, conference_id: str) -> builtins.list[Briefing]:
        rows = self.db.execute(
            "SELECT id, conference_id, utc, title FROM briefings WHERE conference_id = ? "
            "ORDER BY utc",
            (conference_id,),
        )
        return [
            Briefing(r["conference_id"], clock.parse_iso(r["utc"]), r["title"], r["id"])
            for r in rows
        ]

    def last_briefing(self, conference_id: str, before: datetime | None = None) -> Briefing | None:
        past = [b for b in self.briefings(conference_id) if before is None or b.utc <= before]
        return past[-1] if past else None

    # -- sync ancestry (see services.bundles) ---------------------------------------------------------
    def ancestor(self, note_id: str) -> str | None:
        row = self.db.execute(
            "SELECT ancestor FROM sync_state WHERE note_id = ?", (note_id,)
        ).fetchone()
        return row["ancestor"] if row else None

    def set_ancestor(self, note_id: str, ancestor: str) -> None:
        self._write(
            "record the sync state",
            "INSERT INTO sync_state (note_id, ancestor) VALUES (?, ?) "
            "ON CONFLICT(note_id) DO UPDATE SET ancestor = excluded.ancestor",
            (note_id, ancestor),
        )

    # -- the draft: what is in the editor but not committed yet, with its stamp --------------------------
    def save_draft(
        self,
        text: str,
        stamp: NoteStamp | None,
        slot: str = "main",
        fields: dict[str, Any] | None = None,
    ) -> None:
        self._write("save the draft", SAVE_DRAFT, draft_row(text, stamp, slot, fields))

    def draft_writer(self, on_error: Callable[[str], None]) -> DraftWriter:
        """A writer that saves this database's drafts off the calling thread (see DraftWriter)."""
        return DraftWriter(self.db.path, on_error)

    def load_draft(self, slot: str = "main") -> tuple[str, NoteStamp | None] | None:
        found = self.load_draft_with_fields(slot)
        return (found[0], found[1]) if found else None

    def load_draft_with_fields(
        self, slot: str = "main"
    ) -> tuple[str, NoteStamp | None, dict[str, Any]] | None:
        row = self.db.execute("SELECT text, stamp FROM drafts WHERE slot = ?", (slot,)).fetchone()
        if row is None or not row["text"]:
            return None
        data = json.loads(row["stamp"]) if row["stamp"] else {}
        stamp = stamp_from_dict(data) if data.get("utc") else None
        return row["text"], stamp, data.get("fields", {})

    def clear_draft(self, slot: str = "main") -> None:
        self._write("clear the draft", CLEAR_DRAFT, (slot,))

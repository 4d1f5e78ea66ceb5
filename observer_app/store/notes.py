"""Notes and the draft being typed. The only SQL that touches them."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from observer_app.core import clock
from observer_app.core.model import Note, NoteStamp, StreamKind
from observer_app.store.db import Database, StoreError

_COLUMNS = (
    "id, conference_id, body_id, session_id, stream_url, stream_kind, media_position_ms, "
    "program_date_time, utc, text, for_feedback, created, updated"
)


def _opt_iso(dt: datetime | None) -> str | None:
    return clock.iso_utc(dt) if dt else None


def _opt_dt(text: str | None) -> datetime | None:
    return clock.parse_iso(text) if text else None


def _row_to_note(row: sqlite3.Row) -> Note:
    return Note(
        id=row["id"], conference_id=row["conference_id"], body_id=row["body_id"], session_id=row["session_id"],
        stream_url=row["stream_url"], stream_kind=StreamKind(row["stream_kind"]) if row["stream_kind"] else None,
        media_position_ms=row["media_position_ms"], program_date_time=_opt_dt(row["program_date_time"]),
        utc=clock.parse_iso(row["utc"]), text=row["text"], for_feedback=bool(row["for_feedback"]),
        created=clock.parse_iso(row["created"]), updated=clock.parse_iso(row["updated"]),
    )


class NoteRepository:
    def __init__(self, db: Database):
        self.db = db

    def _write(self, what: str, sql: str, params: tuple) -> None:
        try:
            with self.db.transaction() as conn:
                conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(f"could not {what} in {self.db.path}: {exc}. Nothing was lost: your text is still in the editor.") from None

    def add(self, note: Note) -> Note:
        self._write("save the note", f"INSERT INTO notes ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            note.id, note.conference_id, note.body_id, note.session_id, note.stream_url,
            note.stream_kind.value if note.stream_kind else None, note.media_position_ms,
            _opt_iso(note.program_date_time), clock.iso_utc(note.utc), note.text, int(note.for_feedback),
            clock.iso_utc(note.created), clock.iso_utc(note.updated),
        ))
        return note

    def update_text(self, note_id: str, text: str) -> None:
        self._write("update the note", "UPDATE notes SET text = ?, updated = ? WHERE id = ?",
                    (text, clock.iso_utc(clock.ensure_utc(datetime.now().astimezone())), note_id))

    def delete(self, note_id: str) -> None:
        """Soft delete, so that undo (and a later trash view) can bring it back."""
        self._write("delete the note", "UPDATE notes SET deleted = 1 WHERE id = ?", (note_id,))

    def data_version(self) -> int:
        """Changes whenever *another* connection commits (a CLI ``notes add``, a second window):
        cheap to poll, so the notes list can follow."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def get(self, note_id: str) -> Note | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,)).fetchone()
        return _row_to_note(row) if row else None

    def list(self, conference_id: str | None = None) -> list[Note]:
        """Live notes in time order (of the moment they refer to)."""
        if conference_id is None:
            rows = self.db.execute(f"SELECT {_COLUMNS} FROM notes WHERE deleted = 0 ORDER BY utc, created")
        else:
            rows = self.db.execute(
                f"SELECT {_COLUMNS} FROM notes WHERE conference_id = ? AND deleted = 0 ORDER BY utc, created",
                (conference_id,),
            )
        return [_row_to_note(r) for r in rows]

    # The draft: what is in the editor but not committed yet, with its stamp.
    def save_draft(self, text: str, stamp: NoteStamp | None, slot: str = "main") -> None:
        stamp_json = json.dumps(_stamp_to_dict(stamp)) if stamp else None
        self._write("save the draft",
                    "INSERT INTO drafts (slot, text, stamp, updated) VALUES (?,?,?,?) "
                    "ON CONFLICT(slot) DO UPDATE SET text = excluded.text, stamp = excluded.stamp, updated = excluded.updated",
                    (slot, text, stamp_json, clock.iso_utc(clock.ensure_utc(datetime.now().astimezone()))))

    def load_draft(self, slot: str = "main") -> tuple[str, NoteStamp | None] | None:
        row = self.db.execute("SELECT text, stamp FROM drafts WHERE slot = ?", (slot,)).fetchone()
        if row is None or not row["text"]:
            return None
        return row["text"], _stamp_from_dict(json.loads(row["stamp"])) if row["stamp"] else None

    def clear_draft(self, slot: str = "main") -> None:
        self._write("clear the draft", "DELETE FROM drafts WHERE slot = ?", (slot,))


def _stamp_to_dict(stamp: NoteStamp) -> dict:
    return {
        "utc": clock.iso_utc(stamp.utc), "body_id": stamp.body_id, "session_id": stamp.session_id,
        "stream_url": stamp.stream_url, "stream_kind": stamp.stream_kind.value if stamp.stream_kind else None,
        "media_position_ms": stamp.media_position_ms, "program_date_time": _opt_iso(stamp.program_date_time),
    }


def _stamp_from_dict(d: dict) -> NoteStamp:
    return NoteStamp(
        utc=clock.parse_iso(d["utc"]), body_id=d.get("body_id"), session_id=d.get("session_id"),
        stream_url=d.get("stream_url"), stream_kind=StreamKind(d["stream_kind"]) if d.get("stream_kind") else None,
        media_position_ms=d.get("media_position_ms"), program_date_time=_opt_dt(d.get("program_date_time")),
    )

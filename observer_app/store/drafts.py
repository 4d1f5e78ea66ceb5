"""The editor's draft as stored (one row per slot in ``drafts``) and its writer thread: the
autosave's disk sync never holds the GUI thread. SQL for the drafts table lives here and in
store/notes.py (a saved note clears its draft in the same commit)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from observer_app.core import clock
from observer_app.core.model import NoteStamp, StreamKind

SAVE_DRAFT = (
    "INSERT INTO drafts (slot, text, stamp, updated) VALUES (?,?,?,?) "
    "ON CONFLICT(slot) DO UPDATE SET text = excluded.text, stamp = excluded.stamp, "
    "updated = excluded.updated"
)
CLEAR_DRAFT = "DELETE FROM drafts WHERE slot = ?"


def draft_row(
    text: str, stamp: NoteStamp | None, slot: str, fields: dict[str, Any] | None
) -> tuple[str, str, str | None, str]:
    data = stamp_to_dict(stamp) if stamp else {}
    if fields:
        data["fields"] = {**fields, "tags": list(fields.get("tags", ()))}
    stamp_json = json.dumps(data) if data else None
    return (slot, text, stamp_json, clock.iso_utc(clock.ensure_utc(datetime.now().astimezone())))


class DraftWriter:
    """Saves the editor's draft on a thread of its own, with a connection of its own: the
    autosave's disk sync (``synchronous=FULL``, up to tens of ms) never holds the GUI thread.

    The latest draft wins: one queued while another is being written replaces the one waiting.
    A crash loses at most what was typed since the last draft handed over, as before. Before
    anything else writes the draft slot (a note saved by Enter clears it in the same commit),
    ``settle()`` drops what waits and waits for the write in progress, so an older draft can
    never land after the note that ended it."""

    def __init__(self, path: Path, on_error: Callable[[str], None]):
        self._path = path
        self._on_error = on_error
        self._ready = threading.Condition()
        self._waiting: tuple[str, str, str | None, str] | None = None
        self._writing = False
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="draft-writer", daemon=True)
        self._thread.start()

    def submit(
        self, text: str, stamp: NoteStamp | None, slot: str, fields: dict[str, Any] | None
    ) -> None:
        """Save this draft soon (an empty text clears the slot); returns at once."""
        with self._ready:
            self._waiting = draft_row(text, stamp, slot, fields)
            self._ready.notify_all()

    def settle(self) -> None:
        """Forget the draft waiting, and return once no draft is being written."""
        with self._ready:
            self._waiting = None
            self._ready.wait_for(lambda: not self._writing)

    def close(self) -> None:
        with self._ready:
            self._closed = True
            self._ready.notify_all()
        self._thread.join()

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        while True:
            with self._ready:
                self._ready.wait_for(lambda: self._closed or self._waiting is not None)
                if self._closed:
                    break
                row, self._waiting, self._writing = self._waiting, None, True
            assert row is not None
            try:
                conn = conn or _draft_connection(self._path)
                _write_draft(conn, row)
            except sqlite3.Error as exc:
                self._on_error(f"could not save the draft in {self._path}: {exc}")
            finally:
                with self._ready:
                    self._writing = False
                    self._ready.notify_all()
        if conn is not None:
            conn.close()


def _draft_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    conn.execute("PRAGMA synchronous=FULL")  # durable when the commit returns, as every write
    return conn


def _write_draft(conn: sqlite3.Connection, row: tuple[str, str, str | None, str]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        if row[1]:
            conn.execute(SAVE_DRAFT, row)
        else:
            conn.execute(CLEAR_DRAFT, (row[0],))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def stamp_to_dict(stamp: NoteStamp) -> dict[str, Any]:
    return {
        "utc": clock.iso_utc(stamp.utc),
        "body_id": stamp.body_id,
        "session_id": stamp.session_id,
        "stream_url": stamp.stream_url,
        "stream_kind": stamp.stream_kind.value if stamp.stream_kind else None,
        "media_position_ms": stamp.media_position_ms,
        "program_date_time": (
            clock.iso_utc(stamp.program_date_time) if stamp.program_date_time else None
        ),
    }


def stamp_from_dict(d: dict[str, Any]) -> NoteStamp:
    return NoteStamp(
        utc=clock.parse_iso(d["utc"]),
        body_id=d.get("body_id"),
        session_id=d.get("session_id"),
        stream_url=d.get("stream_url"),
        stream_kind=StreamKind(d["stream_kind"]) if d.get("stream_kind") else None,
        media_position_ms=d.get("media_position_ms"),
        program_date_time=(
            clock.parse_iso(d["program_date_time"]) if d.get("program_date_time") else None
        ),
    )

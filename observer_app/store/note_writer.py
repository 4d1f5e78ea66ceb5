"""The notes panel's writes, in order, on a thread of its own with a connection of its own: a
note's durable commit (``synchronous=FULL``: an fsync, 2-100 ms on a busy disk) never holds the
GUI thread, and the drafts autosaved between notes go through the same queue, so an older
draft can never land after the note that ended it, nor a note's commit clear a newer draft.

Never risking a note: before a note is queued, one ``write()`` appends it to a journal beside
the database (no sync: the text is then in the kernel's hands, so a crash or kill of the
process between Enter and the commit loses nothing; a power cut in those few milliseconds
(and the window's 15 ms hold, which lets the row be painted first) can, as it could the draft
typed in the last second before Enter). ``replay_journal`` runs
when the next writer starts on the profile: a note the journal holds and the database does
not is saved then, with its draft cleared in the same commit. A failed commit (a full disk)
leaves the entry in the journal until the window has put the text back into the composer
and calls ``forget``: a window that never gets that far (closing) still has it replayed.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from observer_app.core.model import Note, NoteStamp
from observer_app.store.db import Database, DiskFullError, StoreError, free_bytes
from observer_app.store.drafts import _write_draft, draft_row
from observer_app.store.notes import _COLUMNS, _PLACEHOLDERS, NoteRepository, _values

log = logging.getLogger("observer.store")

JOURNAL_SUFFIX = ".pending-notes.jsonl"


def journal_path(database: Path) -> Path:
    """The journal of notes handed over and not yet committed, beside ``database``."""
    return database.with_name(database.stem + JOURNAL_SUFFIX)


@dataclass
class _NoteOp:
    note: Note
    slot: str
    saved: Callable[[int, int], None]  # its rowid, the conference's notes; writer thread
    failed: Callable[[StoreError], None]


@dataclass
class _DraftOp:
    row: tuple[str, str, str | None, str]


class NoteWriter:
    """Notes and drafts written in the order they were handed over, off the calling thread.

    ``add`` journals the note and queues it (it raises ``StoreError`` only when even the
    journal cannot be written: the caller keeps the text). ``submit`` queues a draft; a newer
    draft replaces one still waiting at the end of the queue. ``drain`` waits until all is
    written (quit, an edit that must come after the notes before it)."""

    def __init__(
        self,
        path: Path,
        backup_dir: Path,
        on_draft_error: Callable[[str], None],
        on_commit: Callable[[bool], None] | None = None,
    ):
        """``on_commit(others_wrote)`` is called on the writer thread after each commit;
        ``others_wrote``: another connection committed since this writer's previous commit
        (so a reader that sees the database change knows whether it was only us)."""
        self._path, self._backups = Path(path), Path(backup_dir)
        self._on_draft_error = on_draft_error
        self._on_commit = on_commit
        self._version: int | None = None  # PRAGMA data_version after this writer's last commit
        self._journal = journal_path(self._path)
        replay_journal(self._path, self._backups)
        self._journal_lock = threading.Lock()
        self._journaled: dict[str, bytes] = {}  # note id -> its journal line, not yet forgotten
        self._fd: int | None = None
        self._ready = threading.Condition()
        self._queue: deque[_NoteOp | _DraftOp] = deque()
        self._busy = False
        self._closed = False
        self._held_until = 0.0  # monotonic time before which the queue waits (``add``'s hold)
        self._thread = threading.Thread(target=self._run, name="note-writer", daemon=True)
        self._thread.start()

    # -- the caller's side (the GUI thread) ------------------------------------------------------
    def add(
        self,
        note: Note,
        slot: str,
        saved: Callable[[int, int], None],
        failed: Callable[[StoreError], None],
        hold: float = 0.0,
    ) -> None:
        """Journal ``note`` (one append, no sync) and queue its commit with the clearing of
        ``slot``'s draft. On the writer thread then: ``saved(rowid, notes in its conference)``
        or ``failed(error)``.

        ``hold``: seconds the commit waits (the window's Enter: the row is painted first; a
        writer waking at once took the CPU and the GIL from that paint, and Enter -> row shown
        was slower). ``drain``, ``settle`` and ``close`` do not wait for it."""
        line = json.dumps({"note": list(_values(note)), "slot": slot}, ensure_ascii=False) + "\n"
        self._append(note.id, line.encode("utf-8"))
        with self._ready:
            self._held_until = time.monotonic() + hold if hold > 0 else 0.0
            # A draft still waiting is older than this note, which clears the slot anyway.
            self._queue = deque(
                op for op in self._queue if not (isinstance(op, _DraftOp) and op.row[0] == slot)
            )
            self._queue.append(_NoteOp(note, slot, saved, failed))
            self._ready.notify_all()

    def submit(
        self, text: str, stamp: NoteStamp | None, slot: str, fields: dict[str, Any] | None
    ) -> None:
        """Save this draft after what is queued (an empty text clears the slot)."""
        row = draft_row(text, stamp, slot, fields)
        with self._ready:
            last = self._queue[-1] if self._queue else None
            if isinstance(last, _DraftOp) and last.row[0] == slot:
                self._queue[-1] = _DraftOp(row)  # the latest draft of a slot wins
            else:
                self._queue.append(_DraftOp(row))
            self._ready.notify_all()

    def settle(self) -> None:
        """Drop the drafts waiting (the caller writes the current one itself) and return once
        everything else handed over is written."""
        with self._ready:
            self._queue = deque(op for op in self._queue if not isinstance(op, _DraftOp))
        self.drain()

    def drain(self, timeout: float | None = None) -> bool:
        """Wait until everything handed over is written; False if ``timeout`` came first."""
        with self._ready:
            self._held_until = 0.0  # (a held commit goes now)
            self._ready.notify_all()
            return self._ready.wait_for(lambda: not self._queue and not self._busy, timeout)

    @property
    def pending(self) -> int:
        """Writes handed over and not finished."""
        with self._ready:
            return len(self._queue) + int(self._busy)

    def forget(self, note_id: str) -> None:
        """The caller took a failed note back (its text is in the composer again): it must not
        come back from the journal at the next start."""
        with self._journal_lock:
            if self._journaled.pop(note_id, None) is not None:
                self._rewrite_journal()

    def close(self, timeout: float | None = None) -> None:
        """Write what is queued (at most ``timeout`` seconds), then stop. A note left unwritten
        stays in the journal and is saved at the next start."""
        with self._ready:
            self._closed = True
            self._held_until = 0.0
            self._ready.notify_all()
        self._thread.join(timeout)
        with self._journal_lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    # -- the journal -----------------------------------------------------------------------------
    def _append(self, note_id: str, line: bytes) -> None:
        with self._journal_lock:
            try:
                if self._fd is None:
                    self._fd = os.open(self._journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                _write_all(self._fd, line)
            except OSError as exc:
                self._rewrite_journal()  # no half line left behind
                raise _journal_error(self._journal, exc) from None
            self._journaled[note_id] = line

    def _committed(self, note_id: str) -> None:
        with self._journal_lock:
            self._journaled.pop(note_id, None)
            if not self._journaled:
                self._rewrite_journal()

    def _rewrite_journal(self) -> None:
        """The journal holds exactly the notes not committed nor forgotten (lock held)."""
        try:
            if not self._journaled:
                if self._fd is not None:
                    os.ftruncate(self._fd, 0)
                return
            spare = self._journal.with_name(self._journal.name + ".new")
            fd = os.open(spare, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                _write_all(fd, b"".join(self._journaled.values()))
            finally:
                os.close(fd)
            os.replace(spare, self._journal)  # whole or not at all, if the process dies here
            if self._fd is not None:
                os.close(self._fd)
            self._fd = os.open(self._journal, os.O_WRONLY | os.O_APPEND)
        except OSError as exc:  # an entry too many is harmless: replaying is idempotent
            log.warning("note journal %s not rewritten: %s", self._journal, exc)

    # -- the writer thread -----------------------------------------------------------------------
    def _run(self) -> None:
        db: Database | None = None
        while True:
            with self._ready:
                self._wait_for_work()
                if not self._queue:
                    break  # closed, and everything written
                op, self._busy = self._queue.popleft(), True
            try:
                db = db or Database(self._path, self._backups).open()
                self._write(db, op)
            except StoreError as exc:  # the database could not even be opened
                self._report(op, exc)
            finally:
                with self._ready:
                    self._busy = False
                    self._ready.notify_all()
        if db is not None:
            db.close()

    def _wait_for_work(self) -> None:
        """Until something is queued (or closing), and any hold of ``add`` is over (lock held)."""
        while True:
            self._ready.wait_for(lambda: self._closed or bool(self._queue))
            held = self._held_until - time.monotonic()
            if self._closed or held <= 0:
                return
            self._ready.wait(held)

    def _write(self, db: Database, op: _NoteOp | _DraftOp) -> None:
        others_wrote = self._others_wrote(db)
        if isinstance(op, _DraftOp):
            try:
                _write_draft(db.conn, op.row)  # type: ignore[arg-type]
            except sqlite3.Error as exc:
                self._on_draft_error(f"could not save the draft in {self._path}: {exc}")
                return
        else:
            self._write_note(db, op)
        if self._on_commit is not None:
            self._on_commit(others_wrote)

    def _others_wrote(self, db: Database) -> bool:
        """Whether another connection committed since this writer's last commit (its own
        commits leave its own ``data_version`` unchanged)."""
        try:
            version = int(db.execute("PRAGMA data_version").fetchone()[0])
        except (StoreError, sqlite3.Error):
            return True
        others, self._version = self._version != version, version
        return others

    def _write_note(self, db: Database, op: _NoteOp) -> None:
        repository = NoteRepository(db)
        try:
            repository.add_and_clear_draft(op.note, op.slot)
            rowid = repository.rowid(op.note.id)
            count = repository.count(op.note.conference_id)
        except StoreError as exc:
            op.failed(exc)
            return
        self._committed(op.note.id)
        op.saved(rowid, count)

    def _report(self, op: _NoteOp | _DraftOp, exc: StoreError) -> None:
        if isinstance(op, _NoteOp):
            op.failed(exc)
        else:
            self._on_draft_error(str(exc))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _journal_error(journal: Path, exc: OSError) -> StoreError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(journal.parent, free_bytes(journal.parent))
    return StoreError(
        f"could not save the note in {journal.parent}: {exc.strerror or exc}. Nothing was lost: "
        "your text is still in the editor."
    )


def replay_journal(database: Path, backup_dir: Path) -> int:
    """Save the notes a crash left in the journal and not in ``database``; how many. Each is
    saved with its draft cleared in one commit, as Enter would have; a note already saved is
    left alone, and so is the draft then (it is a newer one). An unreadable journal is kept
    aside, never deleted."""
    journal = journal_path(database)
    try:
        lines = journal.read_bytes().splitlines()
    except FileNotFoundError:
        return 0
    except OSError as exc:  # unreadable now (permissions, I/O): the window must still open
        log.error("notes in %s not replayed yet: %s", journal, exc)
        return 0  # the journal stays: the next start tries again
    entries: list[tuple[list[Any], str]] = []
    unreadable = 0
    for line in lines:
        try:
            entry = json.loads(line)
            entries.append((list(entry["note"]), str(entry["slot"])))
        except (ValueError, KeyError, TypeError):
            unreadable += bool(line.strip())
    if not entries and not unreadable:
        return 0  # the usual case: everything handed over was committed
    try:
        db = Database(database, backup_dir).open()
    except StoreError as exc:
        log.error("notes in %s not replayed yet: %s", journal, exc)
        return 0  # the journal stays: the next start tries again
    saved = 0
    try:
        for values, slot in entries:
            with db.transaction() as conn:
                cursor = conn.execute(
                    f"INSERT INTO notes ({_COLUMNS}) VALUES ({_PLACEHOLDERS}) "
                    "ON CONFLICT(id) DO NOTHING",
                    values,
                )
                if cursor.rowcount == 1:
                    conn.execute("DELETE FROM drafts WHERE slot = ?", (slot,))
                    saved += 1
    except (StoreError, sqlite3.Error) as exc:
        log.error("notes in %s not replayed yet: %s", journal, exc)
        return saved  # the journal stays: the next start tries again
    finally:
        db.close()
    if unreadable:
        _keep_aside(journal, f"{unreadable} unreadable line(s)")
    else:
        journal.unlink(missing_ok=True)
    if saved:
        log.warning("saved %d note(s) that a crash left in %s", saved, journal)
    return saved


def _keep_aside(journal: Path, why: str) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = journal.with_name(f"{journal.name}.unreadable-{stamp}")
    journal.rename(kept)
    log.error("note journal %s has %s: kept as %s", journal, why, kept)

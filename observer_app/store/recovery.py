"""The one recovery path for a damaged notes database, whoever finds the damage.

SQLite reporting damage (malformed, not a database, a corrupt index or FTS table), at open
or in any query, in the window or on the command line, leads here:

1. the damaged file and its -wal/-shm are moved aside by rename (kept byte for byte);
2. the newest sound rolling backup that holds a notes table is copied in (the others are
   skipped with a warning; no backup left: an empty database of the current schema);
3. **salvage**: the notes (and drafts) still readable in a copy of the damaged file are merged
   into the restored one: a note the backup lacks is added, one edited after it is updated,
   none twice (the note id is the key);
4. a notice saying exactly what happened is written next to the database and stays until the
   window has shown it; the command line prints it in full when it recovered.

Why a reader of our own: the sqlite3 shell's ``.recover`` needs the ``sqlite_dbpage`` virtual
table, which Debian 12's libsqlite3 (3.40.1) is built without ("SQL logic error"). A damaged
b-tree page only breaks the scans that cross it, so ``_tolerant_rows`` reads by rowid, jumps
over a range that fails and then reads each rowid in that range one by one.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from observer_app.store.backup import backups_newest_first, check
from observer_app.store.db import Database, StoreError

log = logging.getLogger("observer.store")

#: A salvaged row: column name -> value as SQLite gave it.
Row = dict[str, Any]

NOTICE_NAME = "recovery-notice.json"
_STAMP = "%Y%m%dT%H%M%SZ"
#: A failing range is skipped by doubling jumps; past this many rowids we stop looking.
_MAX_JUMP = 1 << 20
#: Rowids read one by one inside a range that failed (a few damaged pages hold far fewer).
_MAX_SINGLE_READS = 200_000


@dataclass(frozen=True)
class RecoveryReport:
    """What the recovery did, in numbers a person can check."""

    database: str
    kept_as: str
    problem: str
    restored_from: str | None
    backup_time: str | None  # ISO UTC
    restored_notes: int
    salvaged_notes: int
    missing_notes: int
    missing_from: str | None  # ISO UTC: the window in which missing notes were written
    missing_to: str | None
    recovered_at: str

    def message(self) -> str:
        """The full notice, the same words on both faces."""
        lines = [
            f"The notes database {self.database} was damaged ({self.problem}).",
            f"The damaged file was kept, byte for byte, as {self.kept_as} "
            "(with its -wal and -shm files if it had them).",
        ]
        if self.restored_from:
            lines.append(
                f"{self.restored_notes} notes were restored from the backup of "
                f"{_local(self.backup_time)} ({self.restored_from})."
            )
        else:
            lines.append("No sound backup existed, so Observer started from an empty database.")
        lines.append(
            f"{self.salvaged_notes} notes written or changed after that were salvaged from "
            "the damaged file."
        )
        if self.missing_notes:
            lines.append(
                f"{self.missing_notes} notes could not be read back and may be missing: they were "
                f"written between {_local(self.missing_from)} and {_local(self.missing_to)}."
            )
        else:
            lines.append(
                "No note is known to be missing (notes written between "
                f"{_local(self.missing_from)} and {_local(self.missing_to)} are the ones to "
                "check if in doubt)."
            )
        return "\n".join(lines)


def _local(iso: str | None) -> str:
    if not iso:
        return "?"
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def recover(
    database: Path, backup_dir: Path, problem: str, now: datetime | None = None
) -> RecoveryReport:
    """Run the whole path on a database no connection holds open; returns what it did and
    leaves the notice behind for the window. Raises OSError when even the move fails."""
    now = now or datetime.now(UTC)
    database = Path(database)
    good = next(((when, b) for when, b in backups_newest_first(backup_dir) if _usable(b)), None)
    staged = database.with_name(f"{database.name}.restoring")
    if good is not None:
        # Copy first (a full disk fails here, before anything is moved), then swap by renames.
        shutil.copy2(good[1], staged)
    kept = _move_aside(database, now)
    if good is not None:
        staged.replace(database)
        log.warning("restored %s from %s", database, good[1])
    else:
        _create_empty(database, backup_dir)
    restored = _count_notes(database) if good is not None else 0
    salvaged, missing, last_change = _salvage_into(kept, database)
    report = RecoveryReport(
        database=str(database),
        kept_as=str(kept),
        problem=problem,
        restored_from=str(good[1]) if good else None,
        backup_time=good[0].isoformat() if good else None,
        restored_notes=restored,
        salvaged_notes=salvaged,
        missing_notes=missing,
        missing_from=good[0].isoformat() if good else None,
        missing_to=last_change.isoformat(),
        recovered_at=now.isoformat(),
    )
    save_notice(database.parent, report)
    return report


def _usable(backup: Path) -> bool:
    """A backup recovery can restore: sound, and with the notes table the salvage merges into
    (a sound SQLite file without one, under a rolling name, made the merge raise and left the
    user without a database). One that is not is logged and skipped, never deleted."""
    problem = check(backup)
    if problem is None:
        try:
            conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
            try:
                conn.execute("SELECT id, rowid, updated FROM notes LIMIT 1").fetchall()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            problem = str(exc)
    if problem is not None:
        log.warning("the backup %s cannot be restored (%s): skipped", backup, problem)
    return problem is None


def _move_aside(database: Path, now: datetime) -> Path:
    kept = database.with_name(f"{database.name}.damaged-{now.strftime(_STAMP)}")
    n = 1
    while kept.exists():
        kept = database.with_name(f"{database.name}.damaged-{now.strftime(_STAMP)}-{n}")
        n += 1
    if database.exists():
        database.replace(kept)
    for suffix in ("-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            side.replace(kept.with_name(kept.name + suffix))
    return kept


def _create_empty(database: Path, backup_dir: Path) -> None:
    """An empty database of the current schema, so the notes still readable have a home."""
    try:
        Database(database, backup_dir).open().close()
    except StoreError as exc:  # the caller's own open reports it; nothing is salvaged then
        log.error("no empty database could be made for the salvage: %s", exc)


def _count_notes(database: Path) -> int:
    conn = sqlite3.connect(database)
    try:
        return int(conn.execute("SELECT count(*) FROM notes").fetchone()[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


# -- salvage -----------------------------------------------------------------------------------
def _salvage_into(kept: Path, database: Path) -> tuple[int, int, datetime]:
    """(notes salvaged, notes possibly missing, when the damaged file last changed)."""
    last_change = datetime.fromtimestamp(
        max(p.stat().st_mtime for p in _family(kept) if p.exists()), UTC
    )
    if not database.exists():
        return 0, 0, last_change  # not even an empty one could be made
    with tempfile.TemporaryDirectory(prefix="observer-salvage-") as tmp:
        copy = Path(tmp) / "damaged.sqlite3"
        shutil.copyfile(kept, copy)  # never open the kept file itself: a read would change it
        wal = kept.with_name(kept.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        # A stale -shm is not copied: SQLite rebuilds the index from the WAL.
        notes, failed = _read_table(copy, "notes")
        drafts, _ = _read_table(copy, "drafts")
    salvaged, known_rowids = _merge(database, notes, drafts)
    highest = max([r for r, _ in notes] + list(known_rowids) + [0])
    missing = sum(1 for rowid in range(1, highest + 1) if rowid not in known_rowids)
    if failed and not notes:
        missing = max(missing, 1)  # nothing readable at all: say notes may be missing
    return salvaged, missing, last_change


def _family(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _read_table(copy: Path, table: str) -> tuple[list[tuple[int, Row]], bool]:
    """Every readable row of ``table`` as (rowid, {column: value}); True if some could not be."""
    try:
        conn = sqlite3.connect(copy)
    except sqlite3.Error:
        return [], True
    try:
        conn.execute("PRAGMA writable_schema=ON")  # read past a damaged schema entry if need be
        try:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        except sqlite3.Error:
            return [], True
        if not columns:
            return [], True
        rows: list[tuple[int, Row]] = []
        failed = False
        for rowid, values in _tolerant_rows(conn, table, columns):
            if values is None:
                failed = True
            else:
                rows.append((rowid, dict(zip(columns, values, strict=True))))
        return rows, failed
    finally:
        conn.close()


def _tolerant_rows(
    conn: sqlite3.Connection, table: str, columns: list[str]
) -> Iterator[tuple[int, tuple[Any, ...] | None]]:
    """Rows in rowid order; a range that cannot be scanned is jumped over, then read rowid by
    rowid. Yields (rowid, None) once per failure so the caller knows something was lost."""
    select = f"SELECT rowid, {', '.join(columns)} FROM {table}"
    after, min_jump = 0, 1
    while True:
        advanced = False
        try:
            for row in conn.execute(f"{select} WHERE rowid > ? ORDER BY rowid", (after,)):
                after, advanced = row[0], True
                yield row[0], tuple(row[1:])
            return
        except sqlite3.DatabaseError:
            yield after + 1, None
        # No row since the last jump: jump further, so the same bad page is never retried.
        min_jump = 1 if advanced else min_jump * 2
        resume = _next_readable(conn, table, after, min_jump)
        # sqlite3 reads one row ahead: the row before a bad page fails with it. With nothing
        # readable past the jump, the rowids the jump stepped over are still read one by one.
        stop = after + min_jump if resume is None else resume
        for rowid in range(after + 1, min(stop, after + 1 + _MAX_SINGLE_READS)):
            row = _one(conn, select, rowid)
            if row is not None:
                yield rowid, row
        if resume is None:
            return
        after = resume - 1


def _next_readable(conn: sqlite3.Connection, table: str, after: int, jump: int) -> int | None:
    """The first rowid past ``after`` from which a scan works, found by doubling jumps; None
    if every jump failed. A jump past the table's end returns where it landed: the rowids it
    stepped over (the last page's, when the damage is just before it) are read one by one."""
    while jump <= _MAX_JUMP:
        try:
            row = conn.execute(
                f"SELECT rowid FROM {table} WHERE rowid >= ? ORDER BY rowid LIMIT 1",
                (after + jump,),
            ).fetchone()
            return after + jump if row is None else max(int(row[0]), after + 1)
        except sqlite3.DatabaseError:
            jump *= 2
    return None


def _one(conn: sqlite3.Connection, select: str, rowid: int) -> tuple[Any, ...] | None:
    try:
        row = conn.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else tuple(row[1:])


def _merge(
    database: Path, notes: list[tuple[int, Row]], drafts: list[tuple[int, Row]]
) -> tuple[int, set[int]]:
    """Add the salvaged notes the restored database lacks, update those edited since; returns
    (how many notes changed, the rowids now known to hold notes)."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        present = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, rowid, updated FROM notes")}
        known = {rowid for rowid, _ in present.values()}
        wanted = {r[1] for r in conn.execute("PRAGMA table_info(notes)")}
        salvaged = 0
        conn.execute("BEGIN IMMEDIATE")
        for rowid, values in notes:
            if not _plausible(values):
                continue
            have = present.get(values["id"])
            if have is not None and str(values["updated"]) <= str(have[1]):
                known.add(rowid)
                continue
            if _upsert(conn, "notes", "id", values, wanted, rowid if have is None else None):
                salvaged += 1
                known.add(rowid)
        draft_columns = {r[1] for r in conn.execute("PRAGMA table_info(drafts)")}
        for _rowid, values in drafts:
            if isinstance(values.get("slot"), str) and isinstance(values.get("text"), str):
                _upsert(conn, "drafts", "slot", values, draft_columns, None)
        conn.execute("COMMIT")
        return salvaged, known
    finally:
        conn.close()


def _plausible(values: Row) -> bool:
    """A salvaged row worth keeping: a note id, a text and a time that parse."""
    try:
        datetime.fromisoformat(str(values["utc"]))
        datetime.fromisoformat(str(values["updated"]))
    except (KeyError, ValueError):
        return False
    return isinstance(values.get("id"), str) and isinstance(values.get("text"), str)


def _upsert(
    conn: sqlite3.Connection,
    table: str,
    key: str,
    values: Row,
    columns: set[str],
    rowid: int | None,
) -> bool:
    names = [c for c in values if c in columns]
    if rowid is not None:  # the same rowid as before: the gap count stays right
        taken = conn.execute(f"SELECT 1 FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        if taken is None:
            names = ["rowid", *names]
            values = {**values, "rowid": rowid}
    updates = ", ".join(f"{c} = excluded.{c}" for c in names if c not in (key, "rowid"))
    sql = (
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT({key}) DO UPDATE SET {updates}"
    )
    try:
        conn.execute(sql, [values[c] for c in names])
    except sqlite3.Error as exc:
        log.warning("a salvaged %s row could not be merged: %s", table, exc)
        return False
    return True


# -- the notice ----------------------------------------------------------------------------------
def save_notice(data_dir: Path, report: RecoveryReport) -> None:
    """Write the notice for the window (atomically); it stays until the window shows it."""
    path = Path(data_dir) / NOTICE_NAME
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(json.dumps(asdict(report), indent=1), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        log.error("the recovery notice could not be kept: %s", exc)


def pending_notice(data_dir: Path) -> RecoveryReport | None:
    """The notice the window has not shown yet, if any."""
    try:
        data = json.loads((Path(data_dir) / NOTICE_NAME).read_text(encoding="utf-8"))
        return RecoveryReport(**data)
    except (OSError, ValueError, TypeError):
        return None


def notice_seen(data_dir: Path) -> None:
    """The window showed the notice and the user closed it: it is not shown again."""
    try:
        (Path(data_dir) / NOTICE_NAME).unlink(missing_ok=True)
    except OSError as exc:
        log.error("the recovery notice could not be cleared: %s", exc)

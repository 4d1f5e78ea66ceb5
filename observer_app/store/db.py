"""The profile database: one SQLite file, WAL, ``user_version`` migrations.

Rules (after Vorta's store and qutebrowser's ``UserVersion``):
- a database written by a newer Observer is refused with a plain message, never downgraded;
- before any migration of an existing file, a copy is made with SQLite's backup API;
- commits are durable when they return (``synchronous=FULL``): a committed note survives kill -9
  or a power cut (the window commits notes on a writer thread, ``store/note_writer.py``).
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from observer_app.store.migrations import MIGRATIONS

log = logging.getLogger("observer.store")


class StoreError(Exception):
    """A problem with the database that the user must hear about in plain words."""


class SchemaTooNewError(StoreError):
    pass


class DamagedError(StoreError):
    """SQLite says the file is damaged (malformed, not a database, a corrupt index or FTS
    table): the one recovery path (``store.recovery``) must run, whatever query found it."""

    def __init__(self, path: Path, problem: str):
        super().__init__(f"the notes database {path} is damaged ({problem})")
        self.path = path
        self.problem = problem


class DiskFullError(StoreError):
    """The disk holding the database is full. ``str()`` speaks to the window (the note stays
    in the editor); ``for_command_line()`` to a shell (nothing was saved, the text is yours)."""

    def __init__(self, place: Path, free_bytes: int | None):
        self.place = place
        self.free_bytes = free_bytes
        super().__init__(
            f"{self.facts()} Nothing was lost: your note is still in the editor; free some "
            "space and save it again."
        )

    def facts(self) -> str:
        free = "unknown" if self.free_bytes is None else human_size(self.free_bytes)
        return (
            f"The disk is full ({free} free on the disk holding {self.place}): nothing was written."
        )

    def for_command_line(self) -> str:
        return (
            f"{self.facts()} The note was NOT saved and your text was not changed; free some "
            "space and run the command again."
        )


def human_size(size: int) -> str:
    """1,536 -> "1.5 kB": the free space a person can compare with what they delete."""
    value = float(size)
    for unit in ("bytes", "kB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"  # pragma: no cover - the loop always returns


#: What SQLite says of a broken file, as opposed to a lock, a busy or full disk or a
#: permission problem, which must never be "repaired" with a backup.
_NOT_DAMAGE = ("locked", "busy", "unable to open", "permission", "readonly", "disk is full")
_DAMAGE = (
    "not a database",
    "malformed",
    "corrupt",
    "disk image",
    "btree",
    "*** in database",
    "page ",
    "freelist",
    "wrong # of entries",
    "missing from index",
    "fts5: ",
    "vtable constructor failed",
)
#: Below this much free space an I/O error while writing is a full disk: SQLite says
#: "disk I/O error" rather than "disk is full" when the WAL cannot grow at all.
_FULL_BELOW = 1024 * 1024


def looks_damaged(message: str) -> bool:
    lowered = message.lower()
    if any(word in lowered for word in _NOT_DAMAGE):
        return False
    return any(word in lowered for word in _DAMAGE)


def damage_in(exc: BaseException) -> str | None:
    """The damage an exception reports (from SQLite, or a StoreError carrying SQLite's words),
    else None. The faces use it to route any query's failure to the recovery path."""
    if isinstance(exc, DamagedError):
        return exc.problem
    if isinstance(exc, (SchemaTooNewError, DiskFullError)):
        return None
    if isinstance(exc, (sqlite3.DatabaseError, StoreError)) and looks_damaged(str(exc)):
        return str(exc)
    return None


def free_bytes(place: Path) -> int | None:
    try:
        return shutil.disk_usage(place).free
    except OSError:
        return None


def translate(exc: sqlite3.Error, path: Path) -> StoreError | None:
    """The StoreError a SQLite failure means (damage, full disk), or None for the others."""
    text = str(exc)
    if isinstance(exc, sqlite3.DatabaseError) and looks_damaged(text):
        return DamagedError(path, text)
    lowered = text.lower()
    if "disk is full" in lowered or "disk i/o error" in lowered:
        free = free_bytes(path.parent)
        if "disk is full" in lowered or (free is not None and free < _FULL_BELOW):
            return DiskFullError(path.parent, free)
    return None


class Database:
    def __init__(self, path: Path, backup_dir: Path, migrations: list[list[str]] | None = None):
        self.path = Path(path)
        self.backup_dir = Path(backup_dir)
        self.migrations = MIGRATIONS if migrations is None else migrations
        self.conn: sqlite3.Connection | None = None
        self._depth = 0
        #: Called with SQLite's words when a query finds damage (the window schedules the
        #: recovery with it); the ``DamagedError`` is raised all the same.
        self.on_damage: Callable[[str], None] | None = None

    @property
    def latest(self) -> int:
        return len(self.migrations)

    def open(self) -> Database:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._refuse_newer_read_only()
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=5)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}") from None
        try:
            conn.row_factory = sqlite3.Row
            self.conn = conn
            self._refuse_newer()  # before WAL: a newer file must stay byte-for-byte untouched
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            self.conn = conn
            self._migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            self.conn = None
            known = translate(exc, self.path)
            if known is not None:
                raise known from None
            raise StoreError(f"the database {self.path} cannot be read ({exc})") from None
        except StoreError:
            conn.close()
            self.conn = None
            raise
        return self

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    @property
    def user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @property
    def _conn(self) -> sqlite3.Connection:
        if self.conn is None:
            raise StoreError("the database is not open")
        return self.conn

    def _refuse_newer_read_only(self) -> None:
        """Check the schema version without writing anything: a read-write connection would
        already checkpoint a newer version's WAL into the file we are about to refuse."""
        if not self.path.exists():
            return
        try:
            probe = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        except sqlite3.Error:
            return  # the read-write open reports it
        try:
            version = probe.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            known = translate(exc, self.path)  # damage, or a disk too full for the -shm file
            if known is not None:
                raise known from None
            raise StoreError(f"the database {self.path} cannot be read ({exc})") from None
        finally:
            probe.close()
        self._refuse_version(version)

    def _refuse_newer(self) -> None:
        self._refuse_version(self.user_version)

    def _refuse_version(self, current: int) -> None:
        if current > self.latest:
            raise SchemaTooNewError(
                f"the database {self.path} was written by a newer version of Observer (schema {current}, "
                f"this version knows {self.latest}). Update Observer, or start with another --data-dir; "
                "the file was left untouched."
            )

    def _migrate(self) -> None:
        current = self.user_version
        if current == self.latest:
            return
        if current > 0:
            backup = self.backup(f"before-migration-v{current}-to-v{self.latest}")
            log.info("backed up %s to %s before migrating", self.path, backup)
        for version in range(current + 1, self.latest + 1):
            with self.transaction() as conn:
                for statement in self.migrations[version - 1]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version:d}")
            log.info("migrated %s to schema %d", self.path, version)

    def backup(self, label: str) -> Path:
        """Copy the database with SQLite's online backup API (consistent even while in use)."""
        self.backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.backup_dir / f"{self.path.stem}-{stamp}-{label}.sqlite3"
        dest = sqlite3.connect(target)
        try:
            with dest:
                self._conn.backup(dest)
        finally:
            dest.close()
        return target

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested uses join the outer one (a whole bundle import is one
        commit, one fsync, instead of one per note)."""
        conn = self._conn
        if self._depth:
            self._depth += 1
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                _rollback(conn)
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            known = translate(exc, self.path)
            if known is None:
                raise
            _rollback(conn)  # a COMMIT that failed leaves the transaction open
            raise self._reported(known) from None
        finally:
            self._depth = 0

    def execute(
        self, sql: str, params: tuple[object, ...] | dict[str, object] = ()
    ) -> sqlite3.Cursor:
        """Run one statement; damage and a full disk come out as ``DamagedError`` and
        ``DiskFullError`` (rows fetched later can still raise SQLite's own error: the faces
        classify those with ``damage_in``)."""
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            known = translate(exc, self.path)
            if known is None:
                raise
            raise self._reported(known) from None

    def _reported(self, error: StoreError) -> StoreError:
        if isinstance(error, DamagedError) and self.on_damage is not None:
            self.on_damage(error.problem)
        return error

    @property
    def changes(self) -> int:
        """Rows written through this connection since it opened (0 when closed)."""
        return self.conn.total_changes if self.conn is not None else 0


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo what the failed transaction wrote; no transaction left open is not a problem."""
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass

"""The profile database: one SQLite file, WAL, ``user_version`` migrations.

Rules (after Vorta's store and qutebrowser's ``UserVersion``):
- a database written by a newer Observer is refused with a plain message, never downgraded;
- before any migration of an existing file, a copy is made with SQLite's backup API;
- commits are durable when they return (``synchronous=FULL``): a note is on disk when Enter
  returns, and survives kill -9 or a power cut.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from observer_app.store.migrations import MIGRATIONS

log = logging.getLogger("observer.store")


class StoreError(Exception):
    """A problem with the database that the user must hear about in plain words."""


class SchemaTooNewError(StoreError):
    pass


class Database:
    def __init__(self, path: Path, backup_dir: Path, migrations: list[list[str]] | None = None):
        self.path = Path(path)
        self.backup_dir = Path(backup_dir)
        self.migrations = MIGRATIONS if migrations is None else migrations
        self.conn: sqlite3.Connection | None = None
        self._depth = 0

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
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

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
        conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
        finally:
            self._depth = 0

    def execute(self, sql: str, params: tuple | dict = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

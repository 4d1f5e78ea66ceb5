"""Rolling backups and the integrity check; recovery itself is ``store.recovery``.

Backups use SQLite's online backup API (consistent while the app writes), are skipped when
nothing changed since the last one, and are thinned to one per hour for a day and one per day
for a month. Any process that wrote notes makes one at exit when the newest is over an hour
old (``services.context``), so notes added by scripts are backed up without the window.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from observer_app.store.db import DamagedError, Database, looks_damaged

log = logging.getLogger("observer.store")

PREFIX = "rolling-"
_STAMP = "%Y%m%dT%H%M%SZ"


def check(path: Path) -> str | None:
    """None when ``path`` is a sound SQLite database, else what is wrong (read-only check)."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        return None if result == "ok" else result
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def _backups(backup_dir: Path) -> list[tuple[datetime, Path]]:
    found = []
    for path in backup_dir.glob(f"{PREFIX}*.sqlite3"):
        try:
            when = datetime.strptime(path.stem[len(PREFIX) : len(PREFIX) + 16], _STAMP).replace(
                tzinfo=UTC
            )
        except ValueError:
            continue
        found.append((when, path))
    return sorted(found)


def backups_newest_first(backup_dir: Path) -> list[tuple[datetime, Path]]:
    """The rolling backups, newest first: recovery restores the first sound one."""
    return list(reversed(_backups(backup_dir)))


class RollingBackups:
    """``maybe_backup()`` every few minutes, from a worker thread: it reads the database through
    its own connection (a backup of 100,000 notes, or a slow disk, must not freeze the window;
    at 2,000 notes it already took 130 ms on the GUI thread)."""

    def __init__(
        self, db: Database, backup_dir: Path, min_interval: timedelta = timedelta(hours=1)
    ):
        self.db: Database | None = db
        self.db_path = db.path
        self.backup_dir = backup_dir
        self.min_interval = min_interval

    @classmethod
    def for_path(
        cls, db_path: Path, backup_dir: Path, min_interval: timedelta = timedelta(hours=1)
    ) -> RollingBackups:
        """Backups of a database file this process no longer has open (at exit)."""
        backups = cls.__new__(cls)
        backups.db = None  # damage met is still raised as DamagedError (no window to tell)
        backups.db_path, backups.backup_dir, backups.min_interval = (
            db_path,
            backup_dir,
            min_interval,
        )
        return backups

    @staticmethod
    def _fingerprint(conn: sqlite3.Connection) -> str:
        """Changes whenever the content does; cheap enough to run every few minutes."""
        parts = []
        for table, cols in (
            ("notes", "count(*), max(updated), total(length(text)), total(deleted)"),
            ("drafts", "count(*), max(updated)"),
            ("briefings", "count(*), max(utc)"),
            ("settings", "count(*), group_concat(value)"),
        ):
            parts.append(repr(tuple(conn.execute(f"SELECT {cols} FROM {table}").fetchone())))
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]

    def maybe_backup(self, now: datetime | None = None, force: bool = False) -> Path | None:
        """Back up if something changed and the last backup is old enough; then thin them out.

        A backup reads every page: damage it meets is reported like a query's (``DamagedError``
        and the database's ``on_damage``), so the window recovers instead of backing up junk."""
        try:
            return self._maybe_backup(now, force)
        except sqlite3.DatabaseError as exc:
            if not looks_damaged(str(exc)):
                raise
            if self.db is not None and self.db.on_damage is not None:
                self.db.on_damage(str(exc))
            raise DamagedError(self.db_path, str(exc)) from None

    def _maybe_backup(self, now: datetime | None, force: bool) -> Path | None:
        now = now or datetime.now(UTC)
        source = sqlite3.connect(self.db_path, timeout=5)
        try:
            backups = _backups(self.backup_dir)
            fingerprint = self._fingerprint(source)
            if backups:
                last_time, last_path = backups[-1]
                if last_path.stem.endswith(fingerprint):
                    return None  # nothing changed
                if not force and now - last_time < self.min_interval:
                    return None
            self.backup_dir.mkdir(parents=True, exist_ok=True)
            target = self.backup_dir / f"{PREFIX}{now.strftime(_STAMP)}-{fingerprint}.sqlite3"
            tmp = target.with_name(
                f"{target.stem}.{os.getpid()}-{threading.get_ident()}.tmp"
            )  # the exit's and a timer's may meet
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        tmp.replace(target)
        self.thin(now)
        return target

    def thin(self, now: datetime) -> list[Path]:
        """Keep the newest backup of each hour of the last day and of each day of the last month."""
        keep: dict[tuple[str, str], Path] = {}
        removed = []
        for when, path in _backups(self.backup_dir):  # oldest first: newer ones overwrite the slot
            age = now - when
            if age <= timedelta(days=1):
                keep[("h", when.strftime("%Y%m%d%H"))] = path
            elif age <= timedelta(days=31):
                keep[("d", when.strftime("%Y%m%d"))] = path
        kept = set(keep.values())
        for _when, path in _backups(self.backup_dir):
            if path not in kept:
                path.unlink(missing_ok=True)
                removed.append(path)
        for path in self.backup_dir.glob(f"{PREFIX}*.tmp"):  # copies cut short (the app was killed)
            if path.stat().st_mtime < now.timestamp() - 3600:
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

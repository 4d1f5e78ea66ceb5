"""Rolling backups, the integrity check at start, and recovery from a damaged database.

Backups use SQLite's online backup API (consistent while the app writes), are skipped when
nothing changed since the last one, and are thinned to one per hour for a day and one per day
for a month. A database that fails its check at start is moved aside (kept, never deleted),
the newest good backup is restored, and the caller gets a report saying exactly what happened.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from observer_app.store.db import Database

log = logging.getLogger("observer.store")

PREFIX = "rolling-"
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Recovery:
    damaged: Path  # the database that failed its check
    kept_as: Path  # where it was moved (never deleted)
    restored_from: Path | None  # the backup now in use, or None (started empty)
    backup_time: datetime | None
    problem: str

    def message(self) -> str:
        head = (
            f"The notes database {self.damaged} was damaged ({self.problem}). "
            f"It was moved to {self.kept_as} and kept, untouched."
        )
        if self.restored_from is None:
            return head + " No backup could be read, so Observer started with an empty database."
        local = (
            self.backup_time.astimezone().strftime("%Y-%m-%d %H:%M") if self.backup_time else "?"
        )
        return (
            head
            + f" The backup of {local} was restored from {self.restored_from}: notes written after "
            f"that time may be missing; the damaged file may still hold them."
        )


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


def recover(path: Path, backup_dir: Path, problem: str, now: datetime | None = None) -> Recovery:
    """Move the damaged database aside and put the newest sound backup in its place."""
    now = now or datetime.now(UTC)
    good = next(((when, b) for when, b in reversed(_backups(backup_dir)) if check(b) is None), None)
    staged = None
    if good is not None:
        # Copy first (a full disk fails here, before anything is moved), then swap by renames.
        staged = path.with_name(f"{path.name}.restoring")
        shutil.copy2(good[1], staged)
    kept = path.with_name(f"{path.name}.damaged-{now.strftime(_STAMP)}")
    path.replace(kept)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(kept.with_name(kept.name + suffix))
    if staged is None:
        return Recovery(path, kept, None, None, problem)
    staged.replace(path)
    log.warning("restored %s from %s", path, good[1])
    return Recovery(path, kept, good[1], good[0], problem)


class RollingBackups:
    """``maybe_backup()`` every few minutes, from a worker thread: it reads the database through
    its own connection (a backup of 100,000 notes, or a slow disk, must not freeze the window;
    at 2,000 notes it already took 130 ms on the GUI thread)."""

    def __init__(
        self, db: Database, backup_dir: Path, min_interval: timedelta = timedelta(hours=1)
    ):
        self.db_path = db.path
        self.backup_dir = backup_dir
        self.min_interval = min_interval

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
        """Back up if something changed and the last backup is old enough; then thin them out."""
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
                f"{target.stem}.{threading.get_ident()}.tmp"
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
        keep: dict[tuple, Path] = {}
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

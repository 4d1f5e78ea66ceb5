"""The profile both faces (GUI and CLI) open: paths, database, repositories, settings.

Who owns the profile is asked of the OS (``store.liveness``): the process holding the lock
runs the integrity check when it is due and makes a backup at exit if it wrote anything.
Damage found later, by any query, goes through ``Profile.recover`` (``store.recovery``).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from observer_app.runtime import secrets
from observer_app.runtime.paths import AppPaths
from observer_app.store import liveness
from observer_app.store.backup import RollingBackups, check
from observer_app.store.db import Database, SchemaTooNewError, StoreError, looks_damaged
from observer_app.store.follows import FollowRepository
from observer_app.store.notes import NoteRepository
from observer_app.store.outbox import OutboxRepository
from observer_app.store.recovery import RecoveryReport, recover
from observer_app.store.settings import SettingsRepository

log = logging.getLogger("observer.store")

#: A process that wrote notes backs up at exit when the newest backup is older than this.
BACKUP_AT_EXIT_AFTER = timedelta(hours=1)


class InUseDamageError(StoreError):
    """Damage found while another process owns the profile: it cannot be repaired under that
    process's feet; the owner's next start checks and recovers."""


@dataclass
class Profile:
    paths: AppPaths
    db: Database
    notes: NoteRepository
    settings: SettingsRepository
    #: Set when the database was damaged and recovered by this process: tell the user.
    recovery: RecoveryReport | None = None
    secondary: bool = False
    lock: liveness.ProfileLock | None = field(default=None, repr=False)

    @property
    def outbox(self) -> OutboxRepository:
        return OutboxRepository(self.db)

    @property
    def follows(self) -> FollowRepository:
        return FollowRepository(self.db)

    def recover(self, problem: str) -> RecoveryReport:
        """Damage found by a query: close, run the one recovery path, reopen in place (the
        repositories keep working on the same ``Database`` object)."""
        if self.lock is None or not self.lock.held:
            _request_check(self.paths)
            raise InUseDamageError(
                f"the notes database {self.paths.database} is damaged ({problem}); another "
                "Observer (the window) has it open. Close it and start it again: it will check "
                "the database, keep the damaged file and restore your notes."
            )
        self.db.close()
        self.recovery = recover(self.paths.database, self.paths.backups, problem)
        self.db.open()
        return self.recovery

    def close(self) -> None:
        owner = self.lock is not None and self.lock.held
        wrote = self.db.changes > 0
        self.db.close()
        if wrote and owner:  # beside an owner (the window), the owner backs up
            _backup_at_exit(self.paths)
        if self.lock is not None and self.lock.held:
            liveness.mark_clean(self.paths.data)
            self.lock.release()


def open_profile(paths: AppPaths, secondary: bool = False) -> Profile:
    """Create the directories and open (and migrate) the database.

    ``secondary``: never own the profile (a worker thread of the window). Otherwise the
    profile is owned if no live process holds its lock. Raises ``paths.PathError`` or
    ``store.db.StoreError`` with a message fit for the user.
    """
    paths.ensure()
    secrets.use_profile(paths.data)  # this profile's passwords, not another data directory's
    lock = None if secondary else liveness.ProfileLock(paths.data)
    if lock is not None and not lock.acquire():
        lock = None  # the window (or another command) has it: it owns checks and recovery
    try:
        db, recovery = _open_database(paths, owner=lock is not None)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if lock is not None:
        liveness.mark_dirty(paths.data)
    profile = Profile(paths, db, NoteRepository(db), SettingsRepository(db), recovery)
    profile.secondary, profile.lock = lock is None, lock
    return profile


def _open_database(paths: AppPaths, owner: bool) -> tuple[Database, RecoveryReport | None]:
    due = owner and _check_due(paths)
    problem = check(paths.database) if due else None
    if problem is not None and not looks_damaged(problem):
        raise StoreError(f"cannot check the database {paths.database}: {problem}")
    if problem is None:
        try:
            db = Database(paths.database, paths.backups).open()
            if owner and (due or not _stamp(paths).exists()):  # a new file counts as checked
                _stamp(paths).touch()
            return db, None
        except SchemaTooNewError:
            raise
        except StoreError as exc:
            # Only a damaged file is replaced by a backup: a full disk, a lock or a failed
            # migration leaves a sound database that must stay exactly where it is.
            if not looks_damaged(str(exc)):
                raise
            if not owner:
                _request_check(paths)
                raise
            problem = str(exc)
    recovery = recover(paths.database, paths.backups, problem)
    return Database(paths.database, paths.backups).open(), recovery


# The integrity check reads the whole file (a second or more for a big profile), so it runs
# when it can matter: after a run that did not end cleanly (crash, kill, power cut), when
# damage was seen by a process that could not repair it, and at least once a week.
_CHECK_EVERY = 7 * 24 * 3600


def _stamp(paths: AppPaths) -> Path:
    return paths.data / "last-integrity-check"


def _check_due(paths: AppPaths) -> bool:
    if not paths.database.exists():
        return False
    if liveness.was_dirty(paths.data):
        return True  # the last owner did not end cleanly
    try:
        last = _stamp(paths).stat().st_mtime
    except OSError:
        return True
    return time.time() - last > _CHECK_EVERY


def _request_check(paths: AppPaths) -> None:
    try:
        _stamp(paths).unlink(missing_ok=True)
    except OSError:
        pass


def _backup_at_exit(paths: AppPaths) -> None:
    """Notes written from a script are backed up too, not only while the window runs."""
    try:
        RollingBackups.for_path(paths.database, paths.backups, BACKUP_AT_EXIT_AFTER).maybe_backup(
            datetime.now(UTC)
        )
    except Exception as exc:  # noqa: BLE001 - a failed backup must not fail the command
        log.warning("no backup at exit: %s", exc)


def in_use(paths: AppPaths) -> bool:
    """Another live process (or another handle in this one) owns this profile."""
    return liveness.held_by_someone(paths.data)

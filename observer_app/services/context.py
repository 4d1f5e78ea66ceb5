"""The profile both faces (GUI and CLI) open: paths, database, repositories, settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from observer_app import secrets
from observer_app.paths import AppPaths
from observer_app.store.backup import Recovery, check, recover
from observer_app.store.db import Database, SchemaTooNewError, StoreError
from observer_app.store.follows import FollowRepository
from observer_app.store.notes import NoteRepository
from observer_app.store.outbox import OutboxRepository
from observer_app.store.settings import SettingsRepository


@dataclass
class Profile:
    paths: AppPaths
    db: Database
    notes: NoteRepository
    settings: SettingsRepository
    #: Set when the database was damaged and restored from a backup at open: tell the user.
    recovery: Recovery | None = None
    secondary: bool = False

    @property
    def outbox(self) -> OutboxRepository:
        return OutboxRepository(self.db)

    @property
    def follows(self) -> FollowRepository:
        return FollowRepository(self.db)

    def close(self) -> None:
        self.db.close()
        if not self.secondary:
            _mark_clean_exit(self.paths)


def open_profile(paths: AppPaths, secondary: bool = False) -> Profile:
    """Create the directories and open (and migrate) the database.

    Raises ``paths.PathError`` or ``store.db.StoreError`` with a message fit for the user.
    """
    paths.ensure()
    secrets.use_profile(paths.data)  # this profile's passwords, not another data directory's
    recovery = None
    # A secondary open (a worker thread of the window, a command run beside it) never checks,
    # recovers or touches the running marker: that is the owner's job.
    due = not secondary and _check_due(paths)
    problem = check(paths.database) if due else None
    if problem is not None and not _looks_damaged(problem):
        raise StoreError(f"cannot check the database {paths.database}: {problem}")
    if problem is None:
        try:
            db = Database(paths.database, paths.backups).open()
        except SchemaTooNewError:
            raise
        except StoreError as exc:
            # Only a damaged file is replaced by a backup: a full disk, a lock or a failed
            # migration leaves a sound database that must stay exactly where it is.
            if not _looks_damaged(str(exc)):
                raise
            problem = str(exc)
    if problem is not None:
        recovery = recover(paths.database, paths.backups, problem)
        db = Database(paths.database, paths.backups).open()
    if not secondary:
        _mark_running(paths, checked=due)
    return Profile(paths, db, NoteRepository(db), SettingsRepository(db), recovery, secondary)


def _looks_damaged(message: str) -> bool:
    """Damage (what quick_check or SQLite says of a broken file), as opposed to a lock, a busy or
    full disk or a permission problem, which must never be "repaired" with a backup."""
    lowered = message.lower()
    if any(
        word in lowered
        for word in ("locked", "busy", "unable to open", "permission", "readonly", "disk is full")
    ):
        return False
    return any(
        word in lowered
        for word in (
            "not a database",
            "malformed",
            "corrupt",
            "disk image",
            "btree",
            "*** in database",
            "page ",
            "freelist",
            "wrong # of entries",
        )
    )


# The integrity check reads the whole file (a second or more for a big profile), so it runs
# when it can matter: after a run that did not end cleanly (crash, kill, power cut), and at
# least once a week. A WAL database with synchronous=FULL survives crashes; disks do not.
_CHECK_EVERY = 7 * 24 * 3600


def _marker(paths: AppPaths) -> Path:
    return paths.data / "running"


def _stamp(paths: AppPaths) -> Path:
    return paths.data / "last-integrity-check"


def _check_due(paths: AppPaths) -> bool:
    if not paths.database.exists():
        return False
    if _marker(paths).exists():
        return True  # the last run did not end cleanly
    try:
        last = _stamp(paths).stat().st_mtime
    except OSError:
        return True
    import time

    return time.time() - last > _CHECK_EVERY


def _mark_running(paths: AppPaths, checked: bool) -> None:
    try:
        _marker(paths).touch()
        if checked or not _stamp(paths).exists():
            _stamp(paths).touch()
    except OSError:
        pass


def _mark_clean_exit(paths: AppPaths) -> None:
    try:
        _marker(paths).unlink(missing_ok=True)
    except OSError:
        pass


def in_use(paths: AppPaths) -> bool:
    """Another Observer (the window) has this profile open, or did not close it cleanly."""
    return _marker(paths).exists()

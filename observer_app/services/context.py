"""The profile both faces (GUI and CLI) open: paths, database, repositories, settings."""

from __future__ import annotations

from dataclasses import dataclass

from observer_app.paths import AppPaths
from observer_app.store.backup import Recovery, check, recover
from observer_app.store.db import Database, SchemaTooNewError, StoreError
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

    @property
    def outbox(self) -> OutboxRepository:
        return OutboxRepository(self.db)

    def close(self) -> None:
        self.db.close()


def open_profile(paths: AppPaths) -> Profile:
    """Create the directories and open (and migrate) the database.

    Raises ``paths.PathError`` or ``store.db.StoreError`` with a message fit for the user.
    """
    paths.ensure()
    recovery = None
    problem = check(paths.database)
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
    return Profile(paths, db, NoteRepository(db), SettingsRepository(db), recovery)


def _looks_damaged(message: str) -> bool:
    lowered = message.lower()
    return any(word in lowered for word in ("not a database", "malformed", "corrupt", "disk image"))

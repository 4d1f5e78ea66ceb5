"""store/ part B (backup.py, outbox.py, documents.py, transcripts.py): what the mutation run
showed no test would notice. Real SQLite files; expected values written here by hand.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.damage import damage_page, pages_of

from observer_app.core.model import Note
from observer_app.store.backup import RollingBackups
from observer_app.store.db import DamagedError, Database
from observer_app.store.notes import NoteRepository

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _damaged_profile(folder: Path) -> Path:
    """A closed database whose second page of notes is junk."""
    path = folder / "observer.sqlite3"
    database = Database(path, folder / "backups").open()
    notes = NoteRepository(database)
    for i in range(40):
        notes.add(Note(f"note {i} " + "x" * 300, NOW, "pp26"))
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    damage_page(path, pages_of(path, "notes")[1])
    return path


# -- backup.py ---------------------------------------------------------------------------------


def test_the_backup_at_exit_reports_damage_as_damage(tmp_path):
    """Catches (a real bug, fixed): the backup of a closed file (``for_path``, run at every
    command's exit) met damage and raised AttributeError (no ``db``) instead of DamagedError,
    so the exit's log said "'RollingBackups' object has no attribute 'db'"."""
    path = _damaged_profile(tmp_path)
    with pytest.raises(DamagedError) as raised:
        RollingBackups.for_path(path, tmp_path / "backups").maybe_backup(NOW, force=True)
    assert raised.value.path == path
    assert list((tmp_path / "backups").glob("rolling-*")) == []

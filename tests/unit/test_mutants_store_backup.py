"""store/backup.py: what counts as a change worth a backup, the interval, the thinning's
edges, backups of a closed file, and damage met while backing up. Real SQLite files; the
backup folder's names and ages are written here by hand.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.damage import damage_page, pages_of

from observer_app.core.model import Briefing, Note
from observer_app.store.backup import RollingBackups, backups_newest_first, check
from observer_app.store.db import DamagedError, Database
from observer_app.store.notes import NoteRepository

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    NoteRepository(database).add(Note("first", NOW, "pp26"))
    yield database
    database.close()


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_each_kind_of_change_is_worth_a_backup(db):
    """Catches: a change to a note's text, a deletion, a draft, a briefing or a setting left
    out of the fingerprint (that change would never be backed up while nothing else moved)."""
    backups = RollingBackups(db, db.backup_dir)
    notes = NoteRepository(db)
    note = notes.list("pp26")[0]
    when = NOW
    assert backups.maybe_backup(when, force=True) is not None
    assert backups.maybe_backup(when + timedelta(hours=2)) is None  # nothing changed
    for change in (
        lambda: db.execute("UPDATE notes SET text = 'longer text' WHERE id = ?", (note.id,)),
        lambda: db.execute("UPDATE notes SET deleted = 1 WHERE id = ?", (note.id,)),
        lambda: notes.save_draft("half a sentence", None),
        lambda: notes.add_briefing(Briefing("pp26", NOW)),
        lambda: db.execute("INSERT INTO settings (key, value) VALUES ('k', '1')"),
        lambda: db.execute("UPDATE settings SET value = '2' WHERE key = 'k'"),
    ):
        change()
        when += timedelta(hours=2)
        assert backups.maybe_backup(when) is not None, change


def test_the_interval_between_backups_and_force(db):
    """Catches: the interval compared the wrong way (a backup every few minutes, or never),
    ``force`` ignored, and the backup named without its time and fingerprint."""
    backups = RollingBackups(db, db.backup_dir, min_interval=timedelta(hours=1))
    first = backups.maybe_backup(NOW)
    assert first is not None and first.name.startswith("rolling-20261130T120000Z-")
    assert first.suffix == ".sqlite3" and len(first.stem) == len("rolling-20261130T120000Z-") + 16
    NoteRepository(db).add(Note("second", NOW, "pp26"))
    assert backups.maybe_backup(NOW + timedelta(minutes=59, seconds=59)) is None
    assert backups.maybe_backup(NOW + timedelta(hours=1)) is not None
    NoteRepository(db).add(Note("third", NOW, "pp26"))
    forced = backups.maybe_backup(NOW + timedelta(hours=1, minutes=1), force=True)
    assert forced is not None and forced.name.startswith("rolling-20261130T130100Z-")
    assert backups.maybe_backup(NOW + timedelta(days=1), force=True) is None  # no change


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%SZ")


def test_thinning_keeps_one_per_hour_for_a_day_and_one_per_day_for_a_month(tmp_path):
    """Catches: the day and month limits off (a backup exactly a day or 31 days old dropped,
    one older than 31 days kept), the newest of an hour or day replaced by an older one, and
    files that are not backups touched."""
    folder = tmp_path / "backups"
    folder.mkdir()
    ages = {
        "a": timedelta(minutes=10),
        "b": timedelta(minutes=40),  # 11:20, the same hour as a (11:50): a is newer
        "c": timedelta(days=1),
        "d": timedelta(days=1, hours=1),
        "e": timedelta(days=1, hours=2),  # the same day as d, older
        "f": timedelta(days=31),
        "g": timedelta(days=31, seconds=1),
    }
    for name, age in ages.items():
        (folder / f"rolling-{_stamp(NOW - age)}-{name * 16}.sqlite3").write_bytes(b"x")
    (folder / "observer-20260101T000000000000Z-before-migration-v1-to-v2.sqlite3").write_bytes(
        b"kept"
    )
    (folder / "rolling-notadate-x.sqlite3").write_bytes(b"unreadable name: left alone")

    removed = RollingBackups.for_path(tmp_path / "observer.sqlite3", folder).thin(NOW)

    kept_letters = {p.name.split("-")[2][0] for p in folder.glob("rolling-2*.sqlite3")}
    assert kept_letters == {"a", "c", "d", "f"}
    assert {p.name.split("-")[2][0] for p in removed} == {"b", "e", "g"}
    assert (folder / "rolling-notadate-x.sqlite3").exists()
    assert len(list(folder.glob("observer-*"))) == 1


def test_a_copy_cut_short_is_cleared_only_after_an_hour(tmp_path):
    """Catches: a copy still being written by another process removed (its backup would
    fail), or an abandoned one kept for ever."""
    folder = tmp_path / "backups"
    folder.mkdir()
    young, old = folder / "rolling-young.1-2.tmp", folder / "rolling-old.1-2.tmp"
    for path, age in ((young, timedelta(minutes=59)), (old, timedelta(minutes=61))):
        path.write_bytes(b"half a copy")
        os.utime(path, ((NOW - age).timestamp(), (NOW - age).timestamp()))
    removed = RollingBackups.for_path(tmp_path / "observer.sqlite3", folder).thin(NOW)
    assert removed == [old]
    assert young.exists() and not old.exists()


def test_the_newest_backup_comes_first(tmp_path):
    """Catches: the list in the order the folder gives, or oldest first (recovery restores
    the first sound one)."""
    folder = tmp_path / "backups"
    folder.mkdir()
    for hours in (5, 1, 3):
        (folder / f"rolling-{_stamp(NOW - timedelta(hours=hours))}-f.sqlite3").write_bytes(b"")
    assert [when for when, _ in backups_newest_first(folder)] == [
        NOW - timedelta(hours=1),
        NOW - timedelta(hours=3),
        NOW - timedelta(hours=5),
    ]


def test_check_tells_a_sound_file_from_a_damaged_one(tmp_path, db):
    """Catches: a missing file or a sound one reported as damaged, and damage reported as
    sound (recovery would restore a broken backup)."""
    assert check(tmp_path / "nothing here.sqlite3") is None
    assert check(db.path) is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 50)
    assert check(junk) == "file is not a database"


def test_damage_met_while_backing_up_is_reported_not_copied(tmp_path):
    """Catches: a damaged file backed up as if sound (the junk would be restored later), the
    error raised as SQLite's own, or the window's callback not told."""
    path = tmp_path / "observer.sqlite3"
    database = Database(path, tmp_path / "backups").open()
    notes = NoteRepository(database)
    for i in range(40):
        notes.add(Note(f"note {i} " + "x" * 300, NOW, "pp26"))
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    damage_page(path, pages_of(path, "notes")[1])
    database = Database(path, tmp_path / "backups").open()
    seen: list[str] = []
    database.on_damage = seen.append
    try:
        with pytest.raises(DamagedError) as raised:
            RollingBackups(database, tmp_path / "backups").maybe_backup(NOW, force=True)
        assert raised.value.path == path
        assert seen == ["database disk image is malformed"]
        assert list((tmp_path / "backups").glob("rolling-*.sqlite3")) == []
    finally:
        database.close()

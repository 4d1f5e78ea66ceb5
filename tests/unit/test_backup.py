"""Rolling backups and recovery from a damaged database, on real SQLite files."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from observer_app.core.model import NoteStamp
from observer_app.runtime import paths as app_paths
from observer_app.services.context import open_profile
from observer_app.store.backup import RollingBackups, _backups, check

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def profile_with_notes(tmp_path, texts):
    paths = app_paths.resolve(tmp_path)
    profile = open_profile(paths)
    for text in texts:
        profile.notes.add(NoteStamp(NOW).note(text, "pp-demo"))
    return profile


def test_backup_is_skipped_when_nothing_changed_and_thinned(tmp_path):
    profile = profile_with_notes(tmp_path, ["one"])
    backups = RollingBackups(profile.db, profile.paths.backups)
    first = backups.maybe_backup(NOW)
    assert first is not None and check(first) is None
    assert backups.maybe_backup(NOW + timedelta(hours=2)) is None  # nothing changed
    profile.notes.add(NoteStamp(NOW).note("two", "pp-demo"))
    assert backups.maybe_backup(NOW + timedelta(minutes=10)) is None  # too soon
    assert backups.maybe_backup(NOW + timedelta(hours=2)) is not None
    # 40 days of hourly changes: one per hour for a day, one per day for a month remain.
    for hour in range(40 * 24):
        profile.notes.add(NoteStamp(NOW).note(f"n{hour}", "pp-demo"))
        backups.maybe_backup(NOW + timedelta(hours=3 + hour))
    kept = _backups(profile.paths.backups)
    end = NOW + timedelta(hours=3 + 40 * 24 - 1)
    assert all(end - when <= timedelta(days=31) for when, _p in kept)
    assert 24 + 29 <= len(kept) <= 25 + 31
    profile.close()


def test_backup_runs_on_another_thread_while_notes_are_written(tmp_path):
    """The window backs up from a worker thread: the backup reads through its own connection."""
    import threading

    profile = profile_with_notes(tmp_path, [f"note {i}" for i in range(200)])
    backups = RollingBackups(profile.db, profile.paths.backups)
    done: list = []
    worker = threading.Thread(target=lambda: done.append(backups.maybe_backup(NOW, force=True)))
    worker.start()
    for i in range(50):  # the GUI connection keeps writing meanwhile
        profile.notes.add(NoteStamp(NOW).note(f"while backing up {i}", "pp-demo"))
    worker.join(30)
    assert done and done[0] is not None and check(done[0]) is None
    import sqlite3

    copy = sqlite3.connect(done[0])
    count = copy.execute("SELECT count(*) FROM notes WHERE text LIKE 'note %'").fetchone()[0]
    copy.close()
    assert count == 200  # a consistent snapshot with at least every note written before
    profile.close()


@pytest.mark.parametrize("damage", ["header", "half", "five_bytes"])
def test_damaged_database_is_kept_and_the_backup_restored(tmp_path, damage):
    profile = profile_with_notes(tmp_path, ["before the backup"])
    RollingBackups(profile.db, profile.paths.backups).maybe_backup(NOW, force=True)
    profile.notes.add(NoteStamp(NOW).note("after the backup", "pp-demo"))
    db_path = profile.paths.database
    profile.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    profile.close()
    data = db_path.read_bytes()
    if damage == "header":
        db_path.write_bytes(b"\0" * 100 + data[100:])
    elif damage == "half":
        db_path.write_bytes(data[: len(data) // 2])
    else:
        db_path.write_bytes(b"oops!")
    damaged_bytes = db_path.read_bytes()

    profile = open_profile(app_paths.resolve(tmp_path))
    try:
        recovery = profile.recovery
        assert recovery is not None
        assert Path(recovery.kept_as).read_bytes() == damaged_bytes  # kept, untouched
        message = recovery.message()
        assert str(db_path) in message and str(recovery.kept_as) in message
        # The close above backed up "after the backup" too (the forced backup is days old).
        assert "2 notes were restored" in message
        assert sorted(n.text for n in profile.notes.list("pp-demo")) == [
            "after the backup",
            "before the backup",
        ]
    finally:
        profile.close()


def test_damaged_without_backup_starts_empty_and_says_so(tmp_path):
    paths = app_paths.resolve(tmp_path)
    paths.ensure()
    paths.database.write_bytes(b"not a database at all" * 50)
    profile = open_profile(paths)
    try:
        assert (
            profile.recovery is not None and "No sound backup existed" in profile.recovery.message()
        )
        assert profile.notes.list("pp-demo") == []
        assert os.path.exists(profile.recovery.kept_as)
    finally:
        profile.close()


def test_a_sound_database_that_fails_to_open_is_never_replaced(tmp_path, monkeypatch):
    """A full disk during the pre-migration backup, a lock...: not damage. Leave the file be."""
    from observer_app.store import db as store_db
    from observer_app.store.db import StoreError

    profile = profile_with_notes(tmp_path, ["three weeks of notes"])
    RollingBackups(profile.db, profile.paths.backups).maybe_backup(
        NOW - timedelta(days=20), force=True
    )
    database = profile.paths.database
    profile.close()
    before = database.read_bytes()

    def refuse(self):
        raise StoreError(f"cannot open the database {self.path}: database or disk is full")

    monkeypatch.setattr(store_db.Database, "open", refuse)
    with pytest.raises(StoreError, match="disk is full"):
        open_profile(app_paths.resolve(tmp_path))
    assert database.read_bytes() == before
    assert not list(database.parent.glob("*.damaged-*"))


def test_integrity_check_runs_after_an_unclean_exit(tmp_path, monkeypatch):
    from observer_app.services import context

    calls = []
    real = context.check
    monkeypatch.setattr(context, "check", lambda path: calls.append(path) or real(path))
    paths = app_paths.resolve(tmp_path)
    open_profile(paths).close()  # new profile: nothing to check
    open_profile(paths).close()  # clean exits, checked recently: skipped
    assert calls == []
    crashed = open_profile(paths)  # ...and this run "crashes" (never closed)
    crashed.db.close()
    crashed.lock.release()  # what the OS does when a process dies
    open_profile(paths).close()
    assert calls == [paths.database]


def test_secondary_opens_never_check_recover_or_clear_the_marker(tmp_path, monkeypatch):
    from observer_app.services import context

    paths = app_paths.resolve(tmp_path)
    owner = open_profile(paths)  # the window
    monkeypatch.setattr(context, "check", lambda path: "database is locked")
    worker = open_profile(paths, secondary=True)
    worker.close()
    assert context.in_use(paths)  # the window's marker survives its worker
    monkeypatch.undo()
    owner.close()
    assert not context.in_use(paths)
    # A lock reported by the check is not damage: nothing is moved.
    crashed = open_profile(paths)  # "crash": the marker stays, so the next open checks
    crashed.db.close()
    crashed.lock.release()
    monkeypatch.setattr(context, "check", lambda path: "database is locked")
    with pytest.raises(context.StoreError, match="locked"):
        open_profile(paths)
    assert not list(paths.data.glob("*.damaged-*"))


def test_copies_cut_short_by_a_killed_app_are_cleared(tmp_path):
    profile = profile_with_notes(tmp_path, ["one"])
    backups = RollingBackups(profile.db, profile.paths.backups)
    profile.paths.backups.mkdir(parents=True, exist_ok=True)
    stale = profile.paths.backups / "rolling-20261130T100000Z-abc.123.tmp"
    fresh = (
        profile.paths.backups / "rolling-20261130T115959Z-abc.456.tmp"
    )  # maybe being written now
    for path in (stale, fresh):
        path.write_bytes(b"half a database")
    os.utime(stale, (NOW.timestamp() - 7200, NOW.timestamp() - 7200))
    os.utime(fresh, (NOW.timestamp() - 60, NOW.timestamp() - 60))
    assert backups.maybe_backup(NOW, force=True) is not None
    assert not stale.exists() and fresh.exists()
    profile.close()

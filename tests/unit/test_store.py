"""The store: migrations, backups, the newer-schema guard, durability of a committed note."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime

import pytest

from observer_app.core.model import NoteStamp, StreamKind
from observer_app.core.settings import SettingError
from observer_app.store.db import Database, SchemaTooNewError, StoreError
from observer_app.store.migrations import LATEST, MIGRATIONS
from observer_app.store.notes import NoteRepository
from observer_app.store.settings import SettingsRepository

NOW = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)


def test_new_database_is_wal_at_latest_version(tmp_path):
    db = Database(tmp_path / "p.sqlite3", tmp_path / "backups").open()
    assert db.user_version == LATEST
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert not (tmp_path / "backups").exists()  # nothing to back up on a fresh file
    db.close()


def test_migration_backs_up_first_and_keeps_data(tmp_path):
    path = tmp_path / "p.sqlite3"
    db = Database(path, tmp_path / "backups").open()
    NoteRepository(db).add(NoteStamp(NOW).note("before the upgrade", "c"))
    db.close()
    step2 = ["ALTER TABLE notes ADD COLUMN future_column TEXT"]
    db = Database(path, tmp_path / "backups", migrations=MIGRATIONS + [step2]).open()
    assert db.user_version == LATEST + 1
    assert [n.text for n in NoteRepository(db).list("c")] == ["before the upgrade"]
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and f"v{LATEST}-to-v{LATEST + 1}" in backups[0].name
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert old.execute("SELECT text FROM notes").fetchone()[0] == "before the upgrade"
    old.close()
    db.close()


def test_failed_migration_leaves_old_version(tmp_path):
    path = tmp_path / "p.sqlite3"
    Database(path, tmp_path / "b").open().close()
    broken = ["CREATE TABLE ok_table (x)", "THIS IS NOT SQL"]
    with pytest.raises(StoreError):
        Database(path, tmp_path / "b", migrations=MIGRATIONS + [broken]).open()
    db = Database(path, tmp_path / "b").open()
    assert db.user_version == LATEST
    assert db.execute("SELECT name FROM sqlite_master WHERE name='ok_table'").fetchone() is None
    db.close()


def test_newer_schema_is_refused_and_untouched(tmp_path):
    """Also with pages still in the WAL: a read-write open would checkpoint them into the file."""
    path = tmp_path / "p.sqlite3"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE future (x)")
    writer.execute("INSERT INTO future VALUES (1)")
    writer.execute(f"PRAGMA user_version = {LATEST + 5}")
    writer.commit()
    wal = path.with_name(path.name + "-wal")
    files = {p: p.read_bytes() for p in (path, wal)}
    assert len(files[wal]) > 0
    with pytest.raises(SchemaTooNewError, match="newer version of Observer"):
        Database(path, tmp_path / "b").open()
    assert {p: p.read_bytes() for p in (path, wal)} == files
    writer.close()


def test_not_a_database_gives_plain_error(tmp_path):
    path = tmp_path / "p.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="is damaged \\(file is not a database\\)"):
        Database(path, tmp_path / "b").open()


def test_note_round_trip_keeps_every_stamp_field(tmp_path):
    db = Database(tmp_path / "p.sqlite3", tmp_path / "b").open()
    repo = NoteRepository(db)
    stamp = NoteStamp(
        NOW,
        "com5",
        "com5-d2-am",
        "https://x/live.m3u8",
        StreamKind.LIVE,
        83_456,
        datetime(2026, 11, 30, 6, 14, 58, 500000, tzinfo=UTC),
    )
    note = repo.add(stamp.note("Brazil: DT/33\nsecond line", "pp-demo"))
    (back,) = repo.list("pp-demo")
    assert back == note
    repo.delete(note.id)
    assert repo.list("pp-demo") == []
    assert repo.get(note.id).text == "Brazil: DT/33\nsecond line"  # soft delete: undo can restore
    db.close()


def test_draft_round_trip(tmp_path):
    db = Database(tmp_path / "p.sqlite3", tmp_path / "b").open()
    repo = NoteRepository(db)
    assert repo.load_draft() is None
    stamp = NoteStamp(NOW, "com6", media_position_ms=5)
    repo.save_draft("half a tho", stamp)
    assert repo.load_draft() == ("half a tho", stamp)
    repo.clear_draft()
    assert repo.load_draft() is None
    db.close()


def test_settings_are_typed_and_validated(tmp_path):
    db = Database(tmp_path / "p.sqlite3", tmp_path / "b").open()
    s = SettingsRepository(db)
    assert s.get("player.volume") == 80
    assert s.set("player.volume", "55") == 55
    assert s.get("player.volume") == 55
    with pytest.raises(SettingError, match="between 0 and 100"):
        s.set("player.volume", 300)
    with pytest.raises(SettingError, match="one of"):
        s.set("player.language", "klingon")
    with pytest.raises(SettingError, match="unknown setting"):
        s.get("no.such")
    db.close()


def test_committed_note_survives_kill_9(tmp_path):
    """A child commits notes, says so after each, and is killed at once: every note it reported
    must be there (this fails if ``add`` returned before its transaction was committed)."""
    script = textwrap.dedent(f"""
        import sys, time
        from datetime import datetime, timezone
        from pathlib import Path
        from observer_app.core.model import NoteStamp
        from observer_app.store.db import Database
        from observer_app.store.notes import NoteRepository
        db = Database(Path({str(tmp_path / "p.sqlite3")!r}), Path({str(tmp_path / "b")!r})).open()
        repo = NoteRepository(db)
        for i in range(50):
            repo.add(NoteStamp(datetime.now(timezone.utc)).note(f"note {{i}}", "c"))
            print(i, flush=True)
        time.sleep(60)  # the scenario: alive (with its connection open) until killed
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    seen = -1
    for line in child.stdout:
        seen = int(line)
        if seen == 49:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    db = Database(tmp_path / "p.sqlite3", tmp_path / "b").open()
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(NoteRepository(db).list("c")) == seen + 1 == 50
    db.close()


def test_disk_full_on_write_is_a_store_error(tmp_path, monkeypatch):
    db = Database(tmp_path / "p.sqlite3", tmp_path / "b").open()
    repo = NoteRepository(db)
    repo.add(NoteStamp(NOW).note("kept", "c"))

    class FullConnection:
        def __init__(self, conn):
            self.conn = conn

        def execute(self, sql, params=()):
            if sql.startswith("INSERT"):
                raise sqlite3.OperationalError("database or disk is full")
            return self.conn.execute(sql, params)

    monkeypatch.setattr(db, "conn", FullConnection(db.conn))
    with pytest.raises(StoreError, match="disk is full.*still in the editor"):
        repo.add(NoteStamp(NOW).note("lost?", "c"))
    monkeypatch.undo()
    assert [n.text for n in repo.list("c")] == ["kept"]
    db.close()


def test_saving_an_edit_keeps_the_search_index_right(tmp_path):
    import zoneinfo

    from observer_app.core.notefilter import NoteFilter

    db = Database(tmp_path / "p.sqlite3", tmp_path / "b").open()
    repo = NoteRepository(db)
    note = repo.add(NoteStamp(NOW).note("Brazil supports DT/33", "c"))
    rowid = repo.rowid(note.id)
    repo.save(note.edited(text="Egypt opposes ADM/54"))
    tz = zoneinfo.ZoneInfo("UTC")
    assert repo.rowid(note.id) == rowid  # edited in place
    assert repo.find("c", NoteFilter(text="brazil"), tz) == []
    assert [n.text for n in repo.find("c", NoteFilter(text="egypt"), tz)] == [
        "Egypt opposes ADM/54"
    ]
    assert [n.text for n in repo.find("c", NoteFilter(document="ADM/54"), tz)] == [
        "Egypt opposes ADM/54"
    ]
    assert db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('integrity-check')") is not None
    db.close()


def test_nested_transactions_commit_once(tmp_path):
    db = Database(tmp_path / "p.sqlite3", tmp_path / "b").open()
    repo = NoteRepository(db)
    with pytest.raises(RuntimeError):
        with db.transaction():
            repo.add(NoteStamp(NOW).note("one", "c"))
            repo.add(NoteStamp(NOW).note("two", "c"))
            raise RuntimeError("stop")
    assert repo.list("c") == []  # all or nothing
    with db.transaction():
        repo.add(NoteStamp(NOW).note("one", "c"))
        repo.add(NoteStamp(NOW).note("two", "c"))
    assert len(repo.list("c")) == 2
    db.close()

"""store/db.py: what a SQLite failure means (damage, full disk, neither), the words the user
reads, the newer-schema guard, migrations and their backup, and damage reported by a query.
Real SQLite files; messages written here by hand.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

import logging
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.damage import damage_page, pages_of

from observer_app.store import db as db_module
from observer_app.store.db import (
    DamagedError,
    Database,
    DiskFullError,
    SchemaTooNewError,
    StoreError,
    damage_in,
    human_size,
    looks_damaged,
    translate,
)


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 bytes"),
        (1023, "1023 bytes"),
        (1024, "1.0 kB"),
        (1536, "1.5 kB"),
        (1024 * 1024 - 1, "1024.0 kB"),
        (5 * 1024 * 1024, "5.0 MB"),
        (3 * 1024**3, "3.0 GB"),
        (2048 * 1024**3, "2048.0 GB"),
    ],
)
def test_free_space_in_units_a_person_compares(size, shown):
    """Catches: a unit boundary off by one, a unit or its spelling changed, whole bytes shown
    with a decimal, or terabytes shown in a unit that does not exist."""
    assert human_size(size) == shown


# Each message holds one of the words that mean damage, and no other.
DAMAGE = [
    "file is not a database",
    "malformed database schema (notes_fts)",
    "database corruption at line 74915",
    "the disk image is unusable",
    "btreeInitPage() returns error code 11",
    "*** in database main ***",
    "On tree page 5 cell 2: invalid page number 999",
    "Freelist: size is 3 but should be 4",
    "wrong # of entries in index notes_by_time",
    "row 12 missing from index notes_by_time",
    "fts5: missing row 3 from content table",
    "vtable constructor failed: notes_fts",
]


@pytest.mark.parametrize("message", DAMAGE)
def test_what_sqlite_says_of_a_broken_file_is_damage(message):
    """Catches: one word of the damage list lost or misspelt (that damage would never reach
    the recovery: the user would be stuck with errors), or a case-sensitive comparison."""
    assert looks_damaged(message)
    assert looks_damaged(message.upper())


@pytest.mark.parametrize(
    "word", ["locked", "busy", "unable to open", "permission", "readonly", "disk is full"]
)
def test_a_lock_a_full_disk_or_a_permission_is_never_damage(word):
    """Catches: one of these taken for damage: the sound file would be replaced by a backup
    and the notes since then merged back by the salvage instead of left alone."""
    assert not looks_damaged(f"database disk image is malformed ({word})")
    assert not looks_damaged(f"Malformed: {word.upper()}")


def test_damage_in_routes_only_damage_to_the_recovery():
    """Catches: a newer schema or a full disk sent to the recovery (a backup would replace a
    sound file), damage in a StoreError's words or SQLite's own error missed, or any other
    exception taken for damage."""
    path = Path("/data/observer.sqlite3")
    assert damage_in(DamagedError(path, "database disk image is malformed")) == (
        "database disk image is malformed"
    )
    assert damage_in(SchemaTooNewError("malformed? no: schema 99")) is None
    assert damage_in(DiskFullError(path.parent, None)) is None
    assert damage_in(sqlite3.DatabaseError("database disk image is malformed")) == (
        "database disk image is malformed"
    )
    assert damage_in(StoreError("the database x cannot be read (file is not a database)")) == (
        "the database x cannot be read (file is not a database)"
    )
    assert damage_in(sqlite3.OperationalError("database is locked")) is None
    assert damage_in(ValueError("malformed")) is None


def test_translate_tells_damage_a_full_disk_and_the_rest_apart(tmp_path):
    """Catches: damage not turned into DamagedError (or with another file's name), a full disk
    not recognised (or placed on the file instead of its folder), and an I/O error on a disk
    with room taken for a full one."""
    path = tmp_path / "observer.sqlite3"
    damaged = translate(sqlite3.DatabaseError("database disk image is malformed"), path)
    assert isinstance(damaged, DamagedError)
    assert damaged.path == path and damaged.problem == "database disk image is malformed"
    assert str(damaged) == (
        f"the notes database {path} is damaged (database disk image is malformed)"
    )
    full = translate(sqlite3.OperationalError("database or disk is full"), path)
    assert isinstance(full, DiskFullError)
    assert full.place == tmp_path and full.free_bytes is not None and full.free_bytes > 0
    # SQLite says "disk I/O error" when the WAL cannot grow at all; here the disk has room.
    assert translate(sqlite3.OperationalError("disk I/O error"), path) is None
    nowhere = tmp_path / "no such folder" / "observer.sqlite3"
    full_unknown = translate(sqlite3.OperationalError("database or disk is full"), nowhere)
    assert isinstance(full_unknown, DiskFullError) and full_unknown.free_bytes is None
    assert translate(sqlite3.OperationalError("disk I/O error"), nowhere) is None
    assert translate(sqlite3.OperationalError("database is locked"), path) is None
    assert translate(sqlite3.Error("malformed"), path) is None  # not a DatabaseError


def test_a_full_disk_in_the_words_of_the_window_and_of_the_command_line():
    """Catches: any change to what the user is told (how much is free, where, what happened
    to the note, what to do), in either face."""
    error = DiskFullError(Path("/data"), 1536)
    assert str(error) == (
        "The disk is full (1.5 kB free on the disk holding /data): nothing was written. "
        "Nothing was lost: your note is still in the editor; free some space and save it again."
    )
    assert DiskFullError(Path("/data"), None).for_command_line() == (
        "The disk is full (unknown free on the disk holding /data): nothing was written. "
        "The note was NOT saved and your text was not changed; free some space and run the "
        "command again."
    )


# -- the database file -------------------------------------------------------------------------
def test_open_makes_the_folders_and_the_durable_settings(tmp_path):
    """Catches: the folder not made, and WAL, synchronous=FULL or foreign keys not set."""
    db = Database(tmp_path / "a" / "b" / "observer.sqlite3", tmp_path / "backups").open()
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()
    db.close()  # twice: no error
    with pytest.raises(StoreError, match="the database is not open"):
        _ = db.user_version
    assert db.changes == 0


def test_a_file_where_the_folder_should_be_is_a_plain_error(tmp_path):
    """Catches: the OSError escaping as a traceback instead of a message naming the file."""
    (tmp_path / "blocker").write_text("a file, not a folder")
    path = tmp_path / "blocker" / "observer.sqlite3"
    with pytest.raises(StoreError) as raised:
        Database(path, tmp_path / "backups").open()
    assert str(raised.value).startswith(f"cannot open the database {path}: ")


def test_a_newer_schema_is_refused_in_plain_words_and_left_untouched(tmp_path):
    """Catches: the version compared the wrong way (the latest refused, or a newer one
    opened and written to), and the message changed."""
    path = tmp_path / "observer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as raised:
        Database(path, tmp_path / "backups", migrations=[["CREATE TABLE a (x)"]] * 2).open()
    assert str(raised.value) == (
        f"the database {path} was written by a newer version of Observer (schema 3, this "
        "version knows 2). Update Observer, or start with another --data-dir; the file was "
        "left untouched."
    )
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["observer.sqlite3"]
    db = Database(path, tmp_path / "backups", migrations=[[]] * 3).open()  # the same: opens
    assert db.user_version == 3
    db.close()


def test_a_damaged_file_is_reported_as_damage_at_open(tmp_path):
    """Catches: damage found by the read-only probe reported as anything but damage (the
    recovery would not run)."""
    path = tmp_path / "observer.sqlite3"
    path.write_bytes(b"not a database at all" * 50)
    with pytest.raises(DamagedError) as raised:
        Database(path, tmp_path / "backups").open()
    assert raised.value.path == path
    assert "not a database" in raised.value.problem


def test_migrations_run_in_order_after_a_backup_of_the_old_file(tmp_path):
    """Catches: a step skipped or run twice, the version not recorded, no backup before
    migrating an existing file (or a backup of a new one), and a backup named so that it
    cannot be told apart."""
    path = tmp_path / "observer.sqlite3"
    backups = tmp_path / "backups"
    steps = [["CREATE TABLE a (x)"], ["CREATE TABLE b (x)", "INSERT INTO b VALUES (1)"]]
    db = Database(path, backups, migrations=steps[:1]).open()
    assert db.user_version == 1 and db.latest == 1
    db.execute("INSERT INTO a VALUES ('kept')")
    db.close()
    assert not backups.exists()

    steps.append(["INSERT INTO b VALUES (2)"])
    db = Database(path, backups, migrations=steps).open()
    assert db.user_version == 3
    assert [r[0] for r in db.execute("SELECT x FROM b ORDER BY x")] == [1, 2]
    assert [r[0] for r in db.execute("SELECT x FROM a")] == ["kept"]
    db.close()
    (backup,) = backups.iterdir()
    assert backup.name.startswith("observer-")
    assert backup.name.endswith("-before-migration-v1-to-v3.sqlite3")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT x FROM a").fetchall() == [("kept",)]
    old.close()


def test_a_failing_migration_step_is_undone_whole(tmp_path):
    """Catches: a half-applied step left in the file (its first statement kept) or the
    version raised although the step failed."""
    path = tmp_path / "observer.sqlite3"
    Database(path, tmp_path / "backups", migrations=[["CREATE TABLE a (x)"]]).open().close()
    broken = [["CREATE TABLE a (x)"], ["CREATE TABLE b (x)", "CREATE TABLE a (x)"]]
    with pytest.raises(StoreError) as raised:
        Database(path, tmp_path / "backups", migrations=broken).open()
    assert str(raised.value) == (f"the database {path} cannot be read (table a already exists)")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'b'").fetchall() == []
    conn.close()


@pytest.mark.parametrize(
    ("step", "error"),
    [
        # SQLite's own error (the "cannot be read" branch of open)
        ("CREATE TABLE a (x)", StoreError),
        # words SQLite also uses for damage: a StoreError out of the transaction (the other branch)
        ("SELECT json('{')", DamagedError),
    ],
)
def test_a_failed_open_leaves_the_database_closed(tmp_path, step, error):
    """Catches: the connection of a failed open kept as "" instead of None (in either branch):
    the caller's cleanup (``close``) and ``changes`` then raised AttributeError, and a query
    did not say that the database is not open."""
    path = tmp_path / "observer.sqlite3"
    Database(path, tmp_path / "backups", migrations=[["CREATE TABLE a (x)"]]).open().close()
    db = Database(path, tmp_path / "backups", migrations=[["CREATE TABLE a (x)"], [step]])
    with pytest.raises(error):
        db.open()
    db.close()
    assert db.changes == 0
    with pytest.raises(StoreError, match="the database is not open"):
        db.execute("SELECT 1")


def test_a_damaged_schema_page_is_damage_at_open(tmp_path):
    """Catches: damage that open's own statements meet after the read-only probe passed (the
    probe reads only the header; the schema's page is read by the next statements) not told as
    damage (``known = None``, ``translate(None, ...)``: "cannot be read") or told of another
    file (``translate(exc, None)``): the recovery would not run, or not on this file."""
    path = tmp_path / "observer.sqlite3"
    db = Database(path, tmp_path / "backups").open()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage_page(path, 1, at=100)  # the schema table's b-tree header, after the file header

    with pytest.raises(DamagedError) as raised:
        Database(path, tmp_path / "backups").open()
    assert raised.value.path == path
    assert raised.value.problem == "database disk image is malformed"


def _damaged_notes_db(tmp_path: Path) -> Database:
    """A database whose notes table's first leaf page is damaged, opened again."""
    path = tmp_path / "observer.sqlite3"
    db = Database(path, tmp_path / "backups").open()
    filler = "x" * 300
    for i in range(40):
        db.execute(
            "INSERT INTO notes (id, conference_id, utc, text, created, updated) "
            "VALUES (?, 'pp26', '2026-11-30T06:00:00Z', ?, '2026-11-30T06:00:00Z', "
            "'2026-11-30T06:00:00Z')",
            (f"n{i}", filler),
        )
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage_page(path, pages_of(path, "notes")[0])
    return Database(path, tmp_path / "backups").open()


def test_damage_met_by_a_query_or_a_write_is_reported_and_raised(tmp_path):
    """Catches: damage met by a query or inside a transaction raised as SQLite's own error
    (the faces would not start the recovery), or the window's callback not told."""
    db = _damaged_notes_db(tmp_path)
    seen: list[str] = []
    db.on_damage = seen.append
    try:
        with pytest.raises(DamagedError):
            db.execute("SELECT text FROM notes ORDER BY rowid")
        with pytest.raises(DamagedError):
            with db.transaction() as conn:
                conn.execute("UPDATE notes SET text = 'y'")
        assert seen == ["database disk image is malformed"] * 2
        with pytest.raises(sqlite3.OperationalError):  # not damage: raised as it is
            db.execute("SELECT * FROM no_such_table")
        assert len(seen) == 2
    finally:
        db.close()


def test_damage_met_without_a_window_is_raised_as_damage(tmp_path):
    """Catches: a database with no damage callback (the command line, scripts) whose callback
    is "" instead of None: the damage came out as a TypeError ("'str' object is not callable")
    instead of DamagedError, and the command line's recovery never ran."""
    db = _damaged_notes_db(tmp_path)
    try:
        with pytest.raises(DamagedError) as raised:
            db.execute("SELECT text FROM notes ORDER BY rowid")
        assert raised.value.problem == "database disk image is malformed"
    finally:
        db.close()


def test_changes_counts_the_rows_this_connection_wrote(tmp_path):
    """Catches: the count of written rows (what decides a backup at exit) not following
    writes, or not zero once closed."""
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    start = db.changes
    db.execute("INSERT INTO settings (key, value) VALUES ('a', '1'), ('b', '2')")
    assert db.changes == start + 2
    db.close()
    assert db.changes == 0


def test_a_full_disk_is_not_reported_as_damage(tmp_path, monkeypatch):
    """Catches: the window's damage callback told of a full disk (it would start a recovery
    that replaces a sound file with a backup)."""
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    seen: list[str] = []
    db.on_damage = seen.append

    class FullConnection:  # a full disk cannot be made here without a tiny file system
        def __init__(self, conn: sqlite3.Connection):
            self.conn = conn

        def execute(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
            if sql.startswith("INSERT"):
                raise sqlite3.OperationalError("database or disk is full")
            return self.conn.execute(sql, params)

    monkeypatch.setattr(db, "conn", FullConnection(db.conn))
    with pytest.raises(DiskFullError):
        db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
    monkeypatch.undo()
    assert seen == []
    db.close()


def test_backups_go_into_a_folder_made_on_demand_and_used_again(tmp_path):
    """Catches: the backup folder made without its parents (a first backup in a new profile
    fails) or refused when it exists already (the second backup, before the next migration,
    fails and the migration with it)."""
    folder = tmp_path / "profile" / "backups" / "db"
    db = Database(tmp_path / "observer.sqlite3", folder).open()
    try:
        first = db.backup("first")
        second = db.backup("second")
    finally:
        db.close()
    assert first.parent == folder and second.parent == folder
    assert first.name.startswith("observer-") and first.name.endswith("-first.sqlite3")
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.name, second.name])


def test_a_backups_name_carries_its_utc_moment(tmp_path, monkeypatch):
    """Catches: the moment left out of a backup's name or written in local time or in another
    form (two backups with one label would take one name; "newest" would be misread by a
    person choosing one). The process runs at UTC+5:30 here."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
        try:
            before = datetime.now(UTC)
            first, second = db.backup("manual"), db.backup("manual")
        finally:
            db.close()
    finally:
        monkeypatch.undo()
        time.tzset()
    assert first != second and first.exists() and second.exists()
    stamp = first.name.removeprefix("observer-").removesuffix("-manual.sqlite3")
    assert len(stamp) == 22 and stamp[8] == "T" and stamp.endswith("Z")
    moment = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    assert abs(moment - before) < timedelta(minutes=5)


@pytest.mark.parametrize(
    ("words", "free", "full"),
    [
        ("disk I/O error", 1024 * 1024 - 1, True),  # the WAL could not grow: the disk is full
        ("Disk I/O error", 1024 * 1024 - 1, True),
        ("disk I/O error", 1024 * 1024, False),  # 1 MiB free is room: a real I/O error
        ("database is locked", 1024 * 1024 - 1, False),  # not a disk failure at all
    ],
)
def test_an_io_error_on_an_almost_full_disk_is_a_full_disk(
    tmp_path, monkeypatch, words, free, full
):
    """Catches: SQLite's "disk I/O error" on a disk with less than 1 MiB free not told as a
    full disk (the words not matched, in any case), 1 MiB itself taken as full, and a lock on
    a nearly full disk taken for a full disk. Fake: a disk with this little room cannot be
    staged in this process, so the free space the code measures is set here."""
    monkeypatch.setattr(db_module, "free_bytes", lambda place: free)
    error = translate(sqlite3.OperationalError(words), tmp_path / "observer.sqlite3")
    assert isinstance(error, DiskFullError) is full
    if full:
        assert (error.place, error.free_bytes) == (tmp_path, 1024 * 1024 - 1)


def test_a_migration_logs_its_backup_and_each_step(tmp_path, caplog):
    """Catches: the log line of the backup taken before migrating losing its words, the file
    or the backup's name (support reads it to find the copy of the old file), and a step's
    line wrong."""
    path = tmp_path / "observer.sqlite3"
    backups = tmp_path / "backups"
    steps = [["CREATE TABLE a (x)"], ["CREATE TABLE b (x)"]]
    Database(path, backups, migrations=steps[:1]).open().close()
    caplog.set_level(logging.INFO, logger="observer.store")
    caplog.clear()  # (the first open logs too where an earlier test left the logger at INFO)

    Database(path, backups, migrations=steps).open().close()

    (backup,) = backups.iterdir()
    assert [r.getMessage() for r in caplog.records if r.name == "observer.store"] == [
        f"backed up {path} to {backup} before migrating",
        f"migrated {path} to schema 2",
    ]


def test_a_newer_schema_with_its_write_ahead_log_is_refused_without_touching_either(tmp_path):
    """Catches: the read-only probe skipped (``if self.path.exists()`` inverted) or opened
    without ``uri=True`` (it then fails to open "file:...?mode=ro" and is skipped): the refusal
    then comes from the read-write connection, whose close checkpoints the newer version's log
    into its file and deletes the log. What a newer Observer left after a crash (its last
    commits only in the -wal) must stay byte for byte."""
    written = tmp_path / "written"
    written.mkdir()
    conn = sqlite3.connect(written / "observer.sqlite3")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")  # every commit stays in the -wal
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('written by a newer Observer')")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    profile = tmp_path / "profile"
    profile.mkdir()
    for name in ("observer.sqlite3", "observer.sqlite3-wal"):  # as a crash leaves them
        (profile / name).write_bytes((written / name).read_bytes())
    conn.close()
    path = profile / "observer.sqlite3"
    main, log = path.read_bytes(), (profile / "observer.sqlite3-wal").read_bytes()
    assert len(log) > 0

    with pytest.raises(SchemaTooNewError, match="schema 99"):
        Database(path, tmp_path / "backups").open()

    assert path.read_bytes() == main
    assert (profile / "observer.sqlite3-wal").read_bytes() == log


def test_a_database_never_opened_says_so(tmp_path):
    """Catches: a new ``Database`` whose connection is "" instead of None: closing it (a
    caller's cleanup after a failed open) or asking its changes raised AttributeError, and a
    query said nothing of the database not being open."""
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups")
    db.close()
    assert db.changes == 0
    with pytest.raises(StoreError, match="the database is not open"):
        db.execute("SELECT 1")
    assert not (tmp_path / "observer.sqlite3").exists()

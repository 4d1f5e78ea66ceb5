"""store/recovery.py called in this process (tests/unit/test_damage.py runs it through the
command line, in a process mutmut cannot see): real SQLite files damaged at chosen pages, real
rolling backups, and the report, the restored file and the notice checked against values
written here or read from the damaged file's own bytes (tests/support/damage.py).

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.damage import damage_page, overwrite, pages_of, rowids_on_leaf

from observer_app.core.model import NoteStamp
from observer_app.store.backup import RollingBackups
from observer_app.store.db import Database, StoreError
from observer_app.store.notes import NoteRepository
from observer_app.store.recovery import (
    NOTICE_NAME,
    RecoveryReport,
    notice_seen,
    pending_notice,
    recover,
    save_notice,
)

CONF = "pp26"
NOW = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
BACKED_UP = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)
LAST_WRITE = datetime(2026, 11, 30, 6, 10, tzinfo=UTC)
FILLER = " lorem ipsum dolor sit amet" * 8  # ~200 characters: a few notes per page
BEFORE, AFTER = 60, 120


def text_of(i: int) -> str:
    """The note with rowid i+1 (rowids follow the order of writing)."""
    return (f"before {i}" if i < BEFORE else f"after {i - BEFORE}") + FILLER


class Written:
    """A profile's database and backup folder written by the real store."""

    def __init__(self, root: Path):
        self.database = root / "observer.sqlite3"
        self.backups = root / "backups"
        self.db = Database(self.database, self.backups).open()
        self.notes = NoteRepository(self.db)

    def add(self, text: str) -> str:
        return self.notes.add(NoteStamp(NOW).note(text, CONF)).id

    def backup(self, when: datetime) -> Path:
        path = RollingBackups(self.db, self.backups).maybe_backup(when, force=True)
        assert path is not None
        return path

    def close(self, mtime: datetime = LAST_WRITE) -> None:
        """Everything in the main file, as after a clean exit; its time set to ``mtime``."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
        for suffix in ("-wal", "-shm"):
            self.database.with_name(self.database.name + suffix).unlink(missing_ok=True)
        os.utime(self.database, (mtime.timestamp(), mtime.timestamp()))


def written(root: Path) -> Written:
    """BEFORE notes, a backup at BACKED_UP, AFTER notes, closed."""
    w = Written(root)
    for i in range(BEFORE):
        w.add(text_of(i))
    w.backup(BACKED_UP)
    for i in range(BEFORE, BEFORE + AFTER):
        w.add(text_of(i))
    w.close()
    return w


def rows(database: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(database)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def after_leaves(db: Path) -> list[tuple[int, list[int]]]:
    """The leaves of the notes table holding only notes written after the backup, by rowid."""
    leaves = sorted(
        ((p, rowids_on_leaf(db, p)) for p in pages_of(db, "notes")), key=lambda item: item[1]
    )
    return [(p, r) for p, r in leaves if min(r) > BEFORE]


@pytest.fixture
def utc_local(monkeypatch):
    """The notice shows times in local time: pin it to UTC so the words can be written here."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_damaged_page_restores_the_backup_and_salvages_every_readable_note(tmp_path):
    """Catches: the backup not restored, notes read past the damage not salvaged (a scan that
    stops at the first bad page), salvaged notes given new rowids (the gap count then names
    the wrong notes), the kept file's name or time, and wrong counts in the report."""
    w = written(tmp_path)
    leaves = after_leaves(w.database)
    page, lost = leaves[len(leaves) // 2]
    damage_page(w.database, page)
    for side in tmp_path.glob("observer.sqlite3*"):  # reading the pages made a -wal and -shm
        os.utime(side, (LAST_WRITE.timestamp(), LAST_WRITE.timestamp()))
    damaged = w.database.read_bytes()

    report = recover(w.database, w.backups, "database disk image is malformed", now=NOW)

    kept = tmp_path / "observer.sqlite3.damaged-20261130T061500Z"
    assert kept.read_bytes() == damaged
    backup = next(w.backups.glob("rolling-20261130T050000Z-*.sqlite3"))
    assert asdict(report) == {
        "database": str(w.database),
        "kept_as": str(kept),
        "problem": "database disk image is malformed",
        "restored_from": str(backup),
        "backup_time": "2026-11-30T05:00:00+00:00",
        "restored_notes": BEFORE,
        "salvaged_notes": AFTER - len(lost),
        "missing_notes": len(lost),
        "missing_from": "2026-11-30T05:00:00+00:00",
        "missing_to": "2026-11-30T06:10:00+00:00",
        "recovered_at": "2026-11-30T06:15:00+00:00",
    }
    # Every readable note is back, at its own rowid.
    back = dict(rows(w.database, "SELECT rowid, text FROM notes"))
    expected = {r: text_of(r - 1) for r in range(1, BEFORE + AFTER + 1) if r not in lost}
    assert back == expected
    assert rows(w.database, "PRAGMA integrity_check") == [("ok",)]
    assert not (tmp_path / "observer.sqlite3.restoring").exists()
    assert pending_notice(tmp_path) == report  # left for the window


def test_several_damaged_pages_in_a_row_and_the_last_page(tmp_path):
    """Catches: the jump over a failing range not doubling (the same bad pages read again and
    the notes after them given up), the one-by-one reads of a skipped range dropped, and a
    damaged last page losing the note just before it (Python's sqlite3 reads one row ahead,
    so a scan fails before handing over the row that precedes the damaged page: found by
    this test, fixed in recovery._tolerant_rows)."""
    w = written(tmp_path)
    leaves = after_leaves(w.database)
    assert len(leaves) >= 6, "the test needs more notes for enough pages"
    run = leaves[1:4]  # three neighbouring pages
    last = leaves[-1]
    for page, _ in [*run, last]:
        damage_page(w.database, page)
    lost = {r for _, ids in [*run, last] for r in ids}

    report = recover(w.database, w.backups, "malformed", now=NOW)

    back = {r for (r,) in rows(w.database, "SELECT rowid FROM notes")}
    assert back == set(range(1, BEFORE + AFTER + 1)) - lost
    assert report.salvaged_notes == AFTER - len(lost)
    # The rowids past the last readable one are not known to exist: only the gaps count.
    assert report.missing_notes == len(lost - set(last[1]))


def test_damage_just_before_a_small_last_page(tmp_path):
    """Catches: the notes of a small last page lost, and the user told none is missing, when
    the doubling jump over the damage lands past the table's end (found by this test, fixed
    in recovery._next_readable); and that case read as a row (a crash)."""
    w = Written(tmp_path)
    for i in range(BEFORE):
        w.add(text_of(i))
    w.backup(BACKED_UP)
    for i in range(BEFORE, BEFORE + AFTER):
        w.add(text_of(i))
    last_first = after_leaves_of_open(w)[-1][1][0]
    w.db.execute("DELETE FROM notes WHERE rowid > ?", (last_first,))  # a small last page
    w.close()
    leaves = after_leaves(w.database)
    assert len(leaves[-1][1]) < len(leaves[-2][1])
    page, lost = leaves[-2]
    damage_page(w.database, page)

    report = recover(w.database, w.backups, "malformed", now=NOW)

    back = {r for (r,) in rows(w.database, "SELECT rowid FROM notes")}
    assert back == set(range(1, last_first + 1)) - set(lost)
    assert report.missing_notes == len(lost)


def after_leaves_of_open(w: Written) -> list[tuple[int, list[int]]]:
    w.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return after_leaves(w.database)


def test_damage_on_the_first_page_of_notes_reads_the_rest(tmp_path):
    """Catches: a scan failing before any row (nothing advanced yet) stopping there."""
    w = written(tmp_path)
    leaves = sorted(
        ((p, rowids_on_leaf(w.database, p)) for p in pages_of(w.database, "notes")),
        key=lambda item: item[1],
    )
    page, lost = leaves[0]
    damage_page(w.database, page)

    report = recover(w.database, w.backups, "malformed", now=NOW)

    back = {r for (r,) in rows(w.database, "SELECT rowid FROM notes")}
    assert back == set(range(1, BEFORE + AFTER + 1))  # the backup holds the first page's notes
    assert report.salvaged_notes == AFTER
    assert report.missing_notes == 0


def test_the_newest_sound_backup_is_restored(tmp_path):
    """Catches: the oldest sound backup restored instead of the newest, and a damaged newest
    backup restored (or stopping the search)."""
    w = Written(tmp_path)
    w.add("in every backup")
    w.backup(BACKED_UP - timedelta(hours=3))
    w.add("in the two newer backups")
    middle = w.backup(BACKED_UP - timedelta(hours=2))
    w.add("only in the damaged newest backup")
    newest = w.backup(BACKED_UP - timedelta(hours=1))
    w.close()
    overwrite(newest, 0, b"\0" * 100)
    overwrite(w.database, 0, b"\0" * 100)  # nothing can be read back from it

    report = recover(w.database, w.backups, "file is not a database", now=NOW)

    assert report.restored_from == str(middle)
    assert report.backup_time == "2026-11-30T03:00:00+00:00"
    assert report.restored_notes == 2
    assert {t for (t,) in rows(w.database, "SELECT text FROM notes")} == {
        "in every backup",
        "in the two newer backups",
    }
    assert report.salvaged_notes == 0
    assert report.missing_notes == 1  # nothing readable: say notes may be missing


def test_edits_deletions_new_notes_and_drafts_after_the_backup_are_merged(tmp_path):
    """Catches: a note edited after the backup keeping its old text, a deletion undone, a note
    not changed since counted as salvaged (``<=`` made ``<``), drafts not salvaged, and a
    note whose rowid was reused after a hard delete lost (inserted at a rowid taken)."""
    w = Written(tmp_path)
    ids = [w.add(t) for t in ("unchanged", "to edit", "to delete", "hard deleted")]
    w.backup(BACKED_UP)
    w.notes.update_text(ids[1], "edited after the backup")
    w.notes.delete(ids[2])
    w.db.execute("DELETE FROM notes WHERE id = ?", (ids[3],))
    new_id = w.add("written after the backup")  # takes rowid 4 again
    assert w.notes.rowid(new_id) == 4
    w.notes.save_draft("half a sentence", None, slot="main")
    w.close()

    report = recover(w.database, w.backups, "malformed", now=NOW)

    back = {r[0]: r[1:] for r in rows(w.database, "SELECT id, text, deleted FROM notes")}
    assert back == {
        ids[0]: ("unchanged", 0),
        ids[1]: ("edited after the backup", 0),
        ids[2]: ("to delete", 1),
        ids[3]: ("hard deleted", 0),  # in the backup: restored
        new_id: ("written after the backup", 0),
    }
    assert report.salvaged_notes == 3  # edited, deleted, new
    assert report.restored_notes == 4
    assert report.missing_notes == 0
    assert rows(w.database, "SELECT slot, text FROM drafts") == [("main", "half a sentence")]


def test_a_row_whose_times_do_not_parse_is_not_salvaged(tmp_path):
    """Catches: the plausibility check dropped (a half-overwritten row would be merged with a
    time nothing can sort or show) or made to refuse sound rows."""
    w = Written(tmp_path)
    w.add("in the backup")
    w.backup(BACKED_UP)
    bad_utc, bad_updated = w.add("bad utc"), w.add("bad updated")
    good = w.add("sound")
    w.db.execute("UPDATE notes SET utc = 'not a time' WHERE id = ?", (bad_utc,))
    w.db.execute("UPDATE notes SET updated = '30/11/2026' WHERE id = ?", (bad_updated,))
    w.close()

    report = recover(w.database, w.backups, "malformed", now=NOW)

    assert {t for (t,) in rows(w.database, "SELECT text FROM notes")} == {"in the backup", "sound"}
    assert report.salvaged_notes == 1
    assert good in {i for (i,) in rows(w.database, "SELECT id FROM notes")}


def test_no_backup_keeps_every_side_file_and_a_free_name(tmp_path):
    """Catches: the -wal and -shm files left behind (SQLite would apply a damaged log to the
    new file) or not kept beside the damaged one, an earlier kept file overwritten (the
    numbering of names), and the last change taken from the oldest of the three files."""
    database = tmp_path / "observer.sqlite3"
    stamp = "observer.sqlite3.damaged-20261130T061500Z"
    (tmp_path / stamp).write_bytes(b"an earlier recovery")
    (tmp_path / f"{stamp}-1").write_bytes(b"another one")
    contents = {"": b"oops!", "-wal": b"a damaged log", "-shm": b"an old index"}
    for i, (suffix, data) in enumerate(contents.items()):
        side = tmp_path / f"observer.sqlite3{suffix}"
        side.write_bytes(data)
        when = (LAST_WRITE - timedelta(minutes=(2 - i) * 5)).timestamp()  # the -shm is newest
        os.utime(side, (when, when))

    report = recover(database, tmp_path / "backups", "file is not a database", now=NOW)

    kept = tmp_path / f"{stamp}-2"
    assert report.kept_as == str(kept)
    for suffix, data in contents.items():
        assert (tmp_path / f"{kept.name}{suffix}").read_bytes() == data
    # In their place: an empty database, without the damaged log and index.
    assert rows(database, "SELECT count(*) FROM notes") == [(0,)]
    assert not (tmp_path / "observer.sqlite3-wal").exists()
    assert not (tmp_path / "observer.sqlite3-shm").exists()
    assert (tmp_path / stamp).read_bytes() == b"an earlier recovery"
    assert (tmp_path / f"{stamp}-1").read_bytes() == b"another one"
    assert report.restored_from is None and report.backup_time is None
    assert report.restored_notes == 0
    assert report.missing_to == "2026-11-30T06:10:00+00:00"


def test_the_notice_in_full_with_a_backup_and_missing_notes(utc_local):
    """Catches: any change to the words the user reads, the counts or times left out, and the
    missing-notes sentence shown when none is missing (or the reverse)."""
    report = RecoveryReport(
        database="/data/observer.sqlite3",
        kept_as="/data/observer.sqlite3.damaged-20261130T061500Z",
        problem="database disk image is malformed",
        restored_from="/data/backups/rolling-20261130T050000Z-ab.sqlite3",
        backup_time="2026-11-30T05:00:00+00:00",
        restored_notes=60,
        salvaged_notes=110,
        missing_notes=10,
        missing_from="2026-11-30T05:00:00+00:00",
        missing_to="2026-11-30T06:10:00+00:00",
        recovered_at="2026-11-30T06:15:00+00:00",
    )
    assert report.message() == (
        "The notes database /data/observer.sqlite3 was damaged (database disk image is "
        "malformed).\n"
        "The damaged file was kept, byte for byte, as "
        "/data/observer.sqlite3.damaged-20261130T061500Z (with its -wal and -shm files if it "
        "had them).\n"
        "60 notes were restored from the backup of 2026-11-30 05:00 "
        "(/data/backups/rolling-20261130T050000Z-ab.sqlite3).\n"
        "110 notes written or changed after that were salvaged from the damaged file.\n"
        "10 notes could not be read back and may be missing: they were written between "
        "2026-11-30 05:00 and 2026-11-30 06:10."
    )


def test_the_notice_in_full_without_a_backup(utc_local):
    """Catches: the no-backup sentence changed or a missing time shown as anything but '?'."""
    report = RecoveryReport(
        database="/data/observer.sqlite3",
        kept_as="/data/kept",
        problem="file is not a database",
        restored_from=None,
        backup_time=None,
        restored_notes=0,
        salvaged_notes=0,
        missing_notes=0,
        missing_from=None,
        missing_to="2026-11-30T06:10:00+00:00",
        recovered_at="2026-11-30T06:15:00+00:00",
    )
    assert report.message() == (
        "The notes database /data/observer.sqlite3 was damaged (file is not a database).\n"
        "The damaged file was kept, byte for byte, as /data/kept (with its -wal and -shm files "
        "if it had them).\n"
        "No sound backup existed, so Observer started from an empty database.\n"
        "0 notes written or changed after that were salvaged from the damaged file.\n"
        "No note is known to be missing (notes written between ? and 2026-11-30 06:10 are the "
        "ones to check if in doubt)."
    )


def _report(**changes) -> RecoveryReport:
    fields = dict.fromkeys(
        ("database", "kept_as", "problem", "missing_to", "recovered_at"), "2026-11-30T06:10:00Z"
    )
    fields.update(
        restored_from=None,
        backup_time=None,
        restored_notes=0,
        salvaged_notes=0,
        missing_notes=0,
        missing_from=None,
    )
    fields.update(changes)
    return RecoveryReport(**fields)


def test_the_notice_waits_for_the_window_then_goes(tmp_path):
    """Catches: the notice not written (or written to another name, or left half-written in
    its .tmp file), read back wrong, or not removed once shown."""
    report = _report(salvaged_notes=7)
    save_notice(tmp_path, report)
    assert [p.name for p in tmp_path.iterdir()] == [NOTICE_NAME]
    assert json.loads((tmp_path / NOTICE_NAME).read_text("utf-8"))["salvaged_notes"] == 7
    assert pending_notice(tmp_path) == report
    assert pending_notice(tmp_path) == report  # reading does not consume it
    notice_seen(tmp_path)
    assert pending_notice(tmp_path) is None
    assert list(tmp_path.iterdir()) == []
    notice_seen(tmp_path)  # seen twice (two windows): no error


@pytest.mark.parametrize(
    "content", ["{not json", json.dumps({"database": "x"}), json.dumps({"unknown": 1})]
)
def test_an_unreadable_notice_is_no_notice(tmp_path, content):
    """Catches: a half-written or foreign notice file stopping the window (an exception
    instead of no notice)."""
    (tmp_path / NOTICE_NAME).write_text(content, encoding="utf-8")
    assert pending_notice(tmp_path) is None


def test_a_notice_that_cannot_be_written_or_cleared_is_logged_not_raised(tmp_path, caplog):
    """Catches: an error while keeping or clearing the notice raised into the recovery (the
    restored database is what matters) or passed over in silence."""
    caplog.set_level(logging.ERROR, logger="observer.store")
    save_notice(tmp_path / "no such folder", _report())
    assert "the recovery notice could not be kept" in caplog.text
    (tmp_path / NOTICE_NAME).mkdir()  # unlink() of a folder fails
    notice_seen(tmp_path)
    assert "the recovery notice could not be cleared" in caplog.text


def test_without_a_backup_the_readable_notes_are_salvaged_into_a_new_database(tmp_path):
    """Catches: with no backup yet (the first hour of a new profile), the readable notes left
    in the kept file only, and the user told that no note is missing (found by this test,
    fixed in recovery.recover)."""
    w = Written(tmp_path)
    for i in range(BEFORE):
        w.add(text_of(i))
    w.close()
    leaves = sorted(
        ((p, rowids_on_leaf(w.database, p)) for p in pages_of(w.database, "notes")),
        key=lambda item: item[1],
    )
    page, lost = leaves[1]
    damage_page(w.database, page)

    report = recover(w.database, w.backups, "malformed", now=NOW)

    back = dict(rows(w.database, "SELECT rowid, text FROM notes"))
    assert back == {r: text_of(r - 1) for r in range(1, BEFORE + 1) if r not in lost}
    assert report.restored_from is None and report.restored_notes == 0
    assert report.salvaged_notes == BEFORE - len(lost)
    assert report.missing_notes == len(lost)
    assert rows(w.database, "PRAGMA integrity_check") == [("ok",)]
    reopened = Database(w.database, w.backups).open()  # the schema is the current one
    assert reopened.user_version == reopened.latest
    reopened.close()


def test_a_notice_already_cleared_is_no_error(tmp_path, caplog):
    """Catches: clearing a notice that is gone (a second window showed it) logged as an
    error."""
    caplog.set_level(logging.ERROR, logger="observer.store")
    notice_seen(tmp_path)
    assert caplog.records == []


def test_the_log_says_why_the_notice_failed(tmp_path, caplog):
    """Catches: the system's reason left out of the log line (support could not tell a full
    disk from a permission problem)."""
    caplog.set_level(logging.ERROR, logger="observer.store")
    save_notice(tmp_path / "no such folder", _report())
    (tmp_path / NOTICE_NAME).mkdir()
    notice_seen(tmp_path)
    assert [r.getMessage().split(": ", 1)[0] for r in caplog.records] == [
        "the recovery notice could not be kept",
        "the recovery notice could not be cleared",
    ]
    assert "No such file or directory" in caplog.records[0].getMessage()
    assert "Is a directory" in caplog.records[1].getMessage()


def test_the_window_to_check_when_no_note_is_missing(utc_local):
    """Catches: the start of the window (the backup's time) shown as '?'."""
    report = _report(
        missing_from="2026-11-30T05:00:00+00:00", missing_to="2026-11-30T06:10:00+00:00"
    )
    assert report.message().endswith(
        "No note is known to be missing (notes written between 2026-11-30 05:00 and "
        "2026-11-30 06:10 are the ones to check if in doubt)."
    )


def test_a_salvaged_row_the_restored_file_refuses_is_logged_and_not_counted(tmp_path, caplog):
    """Catches: a note that could not be merged counted as salvaged (the notice would say it
    is back when it is not), the others given up with it, or the failure not logged. The
    refusal is a real SQLite trigger in the backup (a damaged-schema case cannot be staged)."""
    w = Written(tmp_path)
    w.add("in the backup")
    backup = w.backup(BACKED_UP)
    w.add("refused by the restored file")
    w.add("merged")
    w.close()
    conn = sqlite3.connect(backup)
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON notes WHEN new.text LIKE 'refused%' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    conn.commit()
    conn.close()
    caplog.set_level(logging.WARNING, logger="observer.store")

    report = recover(w.database, w.backups, "malformed", now=NOW)

    assert {t for (t,) in rows(w.database, "SELECT text FROM notes")} == {"in the backup", "merged"}
    assert report.salvaged_notes == 1
    assert report.missing_notes == 1  # its rowid is a gap: the user is told to check
    assert "a salvaged notes row could not be merged: refused" in caplog.text


def test_notes_still_in_the_write_ahead_log_are_salvaged(tmp_path):
    """Catches: the damaged file's -wal not read with it (notes committed since the last
    checkpoint, which a crash leaves only in the log, would be lost)."""
    w = Written(tmp_path / "live")
    w.add("in the backup")
    w.backup(BACKED_UP)
    w.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    w.add("only in the log")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("observer.sqlite3", "observer.sqlite3-wal"):  # as kill -9 leaves them
        (crashed / name).write_bytes((tmp_path / "live" / name).read_bytes())
    w.db.close()
    (crashed / "backups").mkdir()
    for backup in (tmp_path / "live" / "backups").iterdir():
        (crashed / "backups" / backup.name).write_bytes(backup.read_bytes())

    report = recover(crashed / "observer.sqlite3", crashed / "backups", "malformed", now=NOW)

    back = {t for (t,) in rows(crashed / "observer.sqlite3", "SELECT text FROM notes")}
    assert back == {"in the backup", "only in the log"}
    assert report.salvaged_notes == 1


def test_the_first_free_name_for_the_kept_file_and_the_log_of_the_restore(tmp_path, caplog):
    """Catches: the numbering of kept files starting past 1, the restore not logged with the
    file and the backup it came from, and a recovery time without its UTC offset."""
    w = Written(tmp_path)
    w.add("a")
    backup = w.backup(BACKED_UP)
    w.close()
    (tmp_path / "observer.sqlite3.damaged-20261130T061500Z").write_bytes(b"an earlier one")
    caplog.set_level(logging.WARNING, logger="observer.store")

    report = recover(w.database, w.backups, "malformed", now=NOW)

    assert report.kept_as == str(tmp_path / "observer.sqlite3.damaged-20261130T061500Z-1")
    # (its warnings only: a test run earlier may have left another logger at INFO)
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == [f"restored {w.database} from {backup}"]
    later = recover(w.database, w.backups, "malformed")  # now: the clock's, in UTC
    assert datetime.fromisoformat(later.recovered_at).utcoffset() == timedelta(0)


def test_a_row_whose_text_is_no_longer_text_is_not_salvaged(tmp_path):
    """Catches: a row kept when only one of its id and text is sound (bytes where the text
    was would be merged as a note nothing can show)."""
    w = Written(tmp_path)
    w.add("in the backup")
    w.backup(BACKED_UP)
    broken = w.add("text overwritten")
    w.add("sound")
    w.db.execute("UPDATE notes SET text = x'00ff00' WHERE id = ?", (broken,))
    w.close()

    report = recover(w.database, w.backups, "malformed", now=NOW)

    assert {t for (t,) in rows(w.database, "SELECT text FROM notes")} == {"in the backup", "sound"}
    assert report.salvaged_notes == 1


def test_an_empty_notes_table_has_nothing_missing(tmp_path):
    """Catches: a note said to be missing from a database that held none (the count of gaps
    starting from one, or an empty read taken for a failed one)."""
    w = Written(tmp_path)
    w.close()
    report = recover(w.database, w.backups, "malformed", now=NOW)
    assert (report.salvaged_notes, report.missing_notes) == (0, 0)


def test_the_only_page_of_notes_damaged_says_notes_may_be_missing(tmp_path):
    """Catches: a failed read of every row taken for an empty table: the notice would say no
    note is missing when every note since the backup is."""
    w = Written(tmp_path)
    w.add("in the backup")
    w.backup(BACKED_UP)
    w.add("after the backup")
    w.close()
    (page,) = pages_of(w.database, "notes")
    damage_page(w.database, page)
    report = recover(w.database, w.backups, "malformed", now=NOW)
    assert report.salvaged_notes == 0
    assert report.missing_notes >= 1


def test_a_damaged_schema_page_says_notes_may_be_missing(tmp_path):
    """Catches: a table that cannot even be described taken for an empty one."""
    w = Written(tmp_path)
    w.add("a")
    w.backup(BACKED_UP)
    w.close()
    overwrite(w.database, 100, b"\xff" * 5)  # the schema's b-tree header
    report = recover(w.database, w.backups, "malformed", now=NOW)
    assert report.missing_notes == 1


def test_without_a_backup_the_first_note_lost_is_counted(tmp_path):
    """Catches: rowid 1 left out of the count of gaps."""
    w = Written(tmp_path)
    for i in range(BEFORE):
        w.add(text_of(i))
    w.close()
    leaves = sorted(
        ((p, rowids_on_leaf(w.database, p)) for p in pages_of(w.database, "notes")),
        key=lambda item: item[1],
    )
    page, lost = leaves[0]
    assert 1 in lost
    damage_page(w.database, page)
    report = recover(w.database, w.backups, "malformed", now=NOW)
    assert report.missing_notes == len(lost)


def test_the_last_change_can_be_the_write_ahead_logs(tmp_path):
    """Catches: the -wal left out of the files whose time says when notes were last written
    (the window of notes to check would end too early)."""
    database = tmp_path / "observer.sqlite3"
    for suffix, minutes in (("", 20), ("-wal", 5), ("-shm", 15)):
        side = tmp_path / f"observer.sqlite3{suffix}"
        side.write_bytes(b"junk")
        when = (LAST_WRITE - timedelta(minutes=minutes)).timestamp()
        os.utime(side, (when, when))
    report = recover(database, tmp_path / "backups", "file is not a database", now=NOW)
    assert report.missing_to == "2026-11-30T06:05:00+00:00"


def test_no_home_for_the_salvage_is_logged_with_its_reason(tmp_path, monkeypatch, caplog):
    """Catches: the log line saying no empty database could be made losing its words or the
    reason (support could not tell why nothing was salvaged), and a salvage attempted into a
    file that does not exist. Fake: running as root, no folder here refuses a new file right
    after a rename in it, so ``Database.open`` is made to raise the StoreError it would raise."""
    w = Written(tmp_path)
    w.add("a note")
    w.close()
    kept_bytes = w.database.read_bytes()

    def refuse(self: Database) -> Database:
        raise StoreError("cannot open the database: disk refused")

    monkeypatch.setattr(Database, "open", refuse)
    caplog.set_level(logging.ERROR, logger="observer.store")

    report = recover(w.database, w.backups, "malformed", now=NOW)

    assert [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR] == [
        "no empty database could be made for the salvage: cannot open the database: disk refused"
    ]
    assert not w.database.exists()
    assert (report.restored_notes, report.salvaged_notes, report.missing_notes) == (0, 0, 0)
    assert report.missing_to == "2026-11-30T06:10:00+00:00"
    assert Path(report.kept_as).read_bytes() == kept_bytes


def test_the_log_line_of_a_refused_row_in_full(tmp_path, caplog):
    """Catches: the words of the log line for a salvaged row the restored file refused
    changed (support searches the log for them)."""
    w = Written(tmp_path)
    w.add("in the backup")
    backup = w.backup(BACKED_UP)
    w.add("refused by the restored file")
    w.close()
    conn = sqlite3.connect(backup)
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON notes WHEN new.text LIKE 'refused%' "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    conn.commit()
    conn.close()
    caplog.set_level(logging.WARNING, logger="observer.store")

    recover(w.database, w.backups, "malformed", now=NOW)

    assert [r.getMessage() for r in caplog.records if "salvaged" in r.getMessage()] == [
        "a salvaged notes row could not be merged: refused"
    ]


def test_a_draft_whose_text_is_no_longer_text_is_not_salvaged(tmp_path):
    """Catches: a draft kept when only its slot is sound (``and`` made ``or``): bytes where
    the text was would be put back into the composer's slot."""
    w = Written(tmp_path)
    w.add("in the backup")
    w.backup(BACKED_UP)
    w.notes.save_draft("a sound draft", None, slot="main")
    w.notes.save_draft("to be damaged", None, slot="edit")
    w.db.execute("UPDATE drafts SET text = X'00ff' WHERE slot = 'edit'")
    w.close()

    recover(w.database, w.backups, "malformed", now=NOW)

    assert rows(w.database, "SELECT slot, text FROM drafts") == [("main", "a sound draft")]


def _without_notes_table(backup: Path) -> None:
    """A backup that stays a sound SQLite file (``quick_check`` says "ok") but whose notes
    table is gone: what a hand-made file, another program's database under a rolling name, or a
    backup cut down by a tool leaves in the folder."""
    conn = sqlite3.connect(backup)
    conn.execute("DROP TABLE notes")
    conn.commit()
    conn.close()
    assert rows(backup, "PRAGMA quick_check") == [("ok",)]


def test_a_sound_backup_without_notes_is_skipped_for_the_next_one(tmp_path, caplog):
    """Catches: recovery crashing ("no such table: notes" out of ``_merge``) on a newest backup
    that passes the integrity check but holds no notes, leaving the user with no database and
    the damaged one moved aside; the older usable backup must be restored instead, the readable
    notes salvaged, and the skipped file named in a warning with its reason."""
    w = Written(tmp_path)
    w.add("in both backups")
    older = w.backup(BACKED_UP - timedelta(hours=1))
    w.add("in the newest backup only")
    newest = w.backup(BACKED_UP)
    w.add("after every backup")
    w.close()
    _without_notes_table(newest)
    caplog.set_level(logging.WARNING, logger="observer.store")

    report = recover(w.database, w.backups, "malformed", now=NOW)

    assert report.restored_from == str(older)
    assert report.backup_time == "2026-11-30T04:00:00+00:00"
    assert report.restored_notes == 1
    assert sorted(t for (t,) in rows(w.database, "SELECT text FROM notes")) == [
        "after every backup",
        "in both backups",
        "in the newest backup only",
    ]
    assert report.salvaged_notes == 2
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == [
        f"the backup {newest} cannot be restored (no such table: notes): skipped",
        f"restored {w.database} from {older}",
    ]
    assert newest.exists()  # left as it was: not ours to delete


def test_only_a_backup_without_notes_starts_an_empty_database_and_salvages(tmp_path, caplog):
    """Catches: the same crash with no other backup: recovery must start from an empty database
    of the current schema and salvage every readable note into it, saying it found no backup."""
    w = Written(tmp_path)
    w.add("before the backup")
    only = w.backup(BACKED_UP)
    w.add("after the backup")
    w.close()
    _without_notes_table(only)
    caplog.set_level(logging.WARNING, logger="observer.store")

    report = recover(w.database, w.backups, "malformed", now=NOW)

    assert report.restored_from is None and report.restored_notes == 0
    assert sorted(t for (t,) in rows(w.database, "SELECT text FROM notes")) == [
        "after the backup",
        "before the backup",
    ]
    assert report.salvaged_notes == 2 and report.missing_notes == 0
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == [f"the backup {only} cannot be restored (no such table: notes): skipped"]
    reopened = Database(w.database, w.backups).open()
    assert reopened.user_version == reopened.latest
    reopened.close()


def test_a_backup_damaged_past_its_first_notes_is_skipped(tmp_path, caplog):
    """Catches: the integrity check left out of ``_usable`` (``problem = None``): reading the
    first note of a backup does not see a damaged page further on, so that backup would be
    restored, damage and all, instead of the older sound one."""
    w = Written(tmp_path)
    w.add("in both backups")
    older = w.backup(BACKED_UP - timedelta(hours=1))
    for i in range(BEFORE):
        w.add(text_of(i))
    newest = w.backup(BACKED_UP)
    w.close()
    damage_page(newest, pages_of(newest, "notes")[-1])  # the last leaf: the first row reads
    caplog.set_level(logging.WARNING, logger="observer.store")

    report = recover(w.database, w.backups, "malformed", now=NOW)

    assert report.restored_from == str(older)
    assert report.restored_notes == 1
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings[0].startswith(f"the backup {newest} cannot be restored (")
    assert warnings[1:] == [f"restored {w.database} from {older}"]
    assert rows(w.database, "PRAGMA integrity_check") == [("ok",)]

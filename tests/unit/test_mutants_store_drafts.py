"""store/drafts.py: the draft's stamp and fields as stored, the writer thread's clearing of a
slot and its error report. A real SQLite file and a real thread; expected values by hand.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC, datetime

import pytest
from support.waiting import wait_for

from observer_app.core.model import NoteStamp, StreamKind
from observer_app.store.db import Database
from observer_app.store.drafts import DraftWriter
from observer_app.store.notes import NoteRepository

T0 = datetime(2026, 11, 30, 6, 15, 30, tzinfo=UTC)


@pytest.fixture
def repo(tmp_path):
    db = Database(tmp_path / "observer.sqlite3", tmp_path / "backups").open()
    yield NoteRepository(db)
    db.close()


def test_a_draft_keeps_every_field_of_its_stamp_and_the_editor_fields(repo):
    """Catches: a stamp field dropped or swapped on the way to the database and back (the
    note would be filed at another moment or stream after a crash), and the editor's fields
    (speaker, tags) lost."""
    stamp = NoteStamp(
        T0,
        body_id="com5",
        session_id="com5-d1",
        stream_url="https://live.example.org/com5.m3u8",
        stream_kind=StreamKind.ARCHIVE,
        media_position_ms=123456,
        program_date_time=datetime(2026, 11, 30, 6, 14, tzinfo=UTC),
    )
    fields = {"speaker": "Brazil", "tags": ("spectrum", "budget")}
    repo.save_draft("Brazil supports", stamp, slot="main", fields=fields)
    assert repo.load_draft_with_fields("main") == (
        "Brazil supports",
        stamp,
        {"speaker": "Brazil", "tags": ["spectrum", "budget"]},
    )
    bare = NoteStamp(T0)
    repo.save_draft("no stream", bare, slot="edit:1")
    assert repo.load_draft_with_fields("edit:1") == ("no stream", bare, {})
    repo.save_draft("no stamp", None, slot="edit:2")
    assert repo.load_draft_with_fields("edit:2") == ("no stamp", None, {})


def test_the_writer_clears_a_slot_with_an_empty_text(repo):
    """Catches: an empty draft written as an empty row instead of clearing the slot, or the
    other slots cleared with it."""
    repo.save_draft("other slot", None, slot="edit:1")
    writer = repo.draft_writer(lambda message: None)
    try:
        writer.submit("typed", None, "main", None)
        assert wait_for(lambda: repo.load_draft("main") is not None, timeout=10)
        writer.submit("", None, "main", None)
        assert wait_for(
            lambda: (
                repo.db.execute("SELECT count(*) FROM drafts WHERE slot = 'main'").fetchone()[0]
                == 0
            ),
            timeout=10,
        )
    finally:
        writer.close()
    assert repo.load_draft("edit:1") == ("other slot", None)


def test_a_draft_that_cannot_be_written_is_reported_with_where(tmp_path):
    """Catches: the error swallowed (the user would think the draft safe) or reported
    without the file, and the writer thread dying with it (the next draft never saved)."""
    errors: list[str] = []
    missing = tmp_path / "no such folder" / "observer.sqlite3"
    writer = DraftWriter(missing, errors.append)
    try:
        writer.submit("typed", None, "main", None)
        assert wait_for(lambda: len(errors) == 1, timeout=10)
        writer.submit("typed more", None, "main", None)
        assert wait_for(lambda: len(errors) == 2, timeout=10)
    finally:
        writer.close()
    assert errors[0] == f"could not save the draft in {missing}: unable to open database file"


def test_the_writer_goes_on_saving_drafts_after_settle(repo):
    """Catches: ``settle`` leaving an empty row where "nothing waits" should be: the writer
    thread, back from the write in progress, takes it, dies, and no later draft is saved.
    Another connection holds the write lock so that settle comes mid-write."""
    errors: list[str] = []
    writer = repo.draft_writer(errors.append)
    lock = sqlite3.connect(repo.db.path, isolation_level=None, check_same_thread=False)
    lock.execute("BEGIN IMMEDIATE")
    try:
        writer.submit("typed", None, "main", None)
        assert wait_for(lambda: writer._writing, timeout=10)  # held by the lock
        writer.submit("typed more", None, "main", None)  # waits behind it

        def release_once_settled() -> None:
            wait_for(lambda: not writer._waiting, timeout=10)  # settle dropped "typed more"
            lock.execute("COMMIT")

        releaser = threading.Thread(target=release_once_settled)
        releaser.start()
        writer.settle()
        releaser.join(10)
        writer.submit("typed after Enter", None, "main", None)
        assert wait_for(lambda: repo.load_draft("main") == ("typed after Enter", None), timeout=10)
    finally:
        if lock.in_transaction:
            lock.execute("COMMIT")
        lock.close()
        writer.close()
    assert errors == []


def handles_on(path) -> int:
    """How many file handles of this process are open on ``path``."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            count += os.readlink(f"/proc/self/fd/{fd}") == str(path)
        except OSError:
            pass
    return count


def test_the_draft_thread_is_a_daemon_named_for_the_stall_reports(repo):
    """Catches: a thread that is not a daemon (a quit without ``close`` would hang at exit)
    or that has lost its name (stack dumps of a stall show "Thread-12")."""
    writer = repo.draft_writer(lambda message: None)
    try:
        ours = [t for t in threading.enumerate() if t.name == "draft-writer"]
        assert len(ours) == 1 and ours[0].daemon is True
    finally:
        writer.close()


def test_settle_on_a_new_writer_returns_at_once(repo):
    """Catches: a writer that starts out "writing": the first Enter's settle would wait for
    ever (the window hangs)."""
    writer = repo.draft_writer(lambda message: None)
    settler = threading.Thread(target=writer.settle, daemon=True)
    settler.start()
    settler.join(10)
    try:
        assert not settler.is_alive()
    finally:
        writer.close()


def test_close_lets_go_of_the_database(tmp_path, monkeypatch):
    """Catches: the draft writer's connection left open after ``close`` (a handle kept on
    the database), and a writer that wrote nothing failing on its thread while closing.
    No other connection is open here: SQLite keeps a closed connection's file open while
    another one in the process holds a lock on it."""
    path = tmp_path / "observer.sqlite3"
    Database(path, tmp_path / "backups").open().close()
    failures: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    DraftWriter(path, lambda message: None).close()
    writer = DraftWriter(path, lambda message: None)
    writer.submit("typed", None, "main", None)
    assert wait_for(lambda: handles_on(path) == 1, timeout=10)
    writer.close()
    assert handles_on(path) == 0
    assert failures == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT text FROM drafts").fetchall() == [("typed",)]


def test_the_repositorys_draft_writer_reports_to_the_caller(repo):
    """Catches: the repository's draft writer made without the caller's error report (a
    draft that cannot be written would go unnoticed, the writer thread dying on it)."""
    repo.db.execute(
        "CREATE TRIGGER refuse_drafts BEFORE INSERT ON drafts "
        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    errors: list[str] = []
    writer = repo.draft_writer(errors.append)
    try:
        writer.submit("typed", None, "main", None)
        assert wait_for(lambda: errors != [], timeout=10)
    finally:
        writer.close()
    assert errors == [f"could not save the draft in {repo.db.path}: refused by the test"]

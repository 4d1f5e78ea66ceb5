"""The draft writer (store/notes.py): autosaves on a thread of their own, never landing after
the note that ended them. Real SQLite files; another connection holds the write lock where a
test needs the writer to be caught mid-write."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime

from support.waiting import wait_for

from observer_app.core.model import NoteStamp
from observer_app.store.db import Database
from observer_app.store.notes import NoteRepository

NOW = datetime(2026, 12, 7, 14, 0, tzinfo=UTC)


def open_repo(tmp_path) -> NoteRepository:
    return NoteRepository(Database(tmp_path / "p.sqlite", tmp_path / "backups").open())


def drafts(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT text FROM drafts")]


def wait_until(condition, seconds: float = 5.0) -> bool:
    return wait_for(condition, seconds, interval=0.005)


def test_a_draft_is_saved_off_the_calling_thread_and_the_latest_wins(tmp_path):
    repo = open_repo(tmp_path)
    errors: list[str] = []
    writer = repo.draft_writer(errors.append)
    lock = sqlite3.connect(tmp_path / "p.sqlite", isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")  # the disk is busy: a write now waits
    try:
        writer.submit("first words", NoteStamp(NOW), "main", {"speaker": "Kenya"})
        writer.submit("first words and more", NoteStamp(NOW), "main", {"speaker": "Kenya"})
        # submit() returned while the lock is held: the caller never waited on the disk.
        assert drafts(tmp_path / "p.sqlite") == []
    finally:
        lock.execute("COMMIT")
    assert wait_until(lambda: drafts(tmp_path / "p.sqlite") == ["first words and more"])
    text, stamp, fields = repo.load_draft_with_fields("main")
    assert (text, stamp.utc, fields["speaker"]) == ("first words and more", NOW, "Kenya")
    writer.submit("", None, "main", None)  # emptied editor: the draft goes
    assert wait_until(lambda: drafts(tmp_path / "p.sqlite") == [])
    writer.close()
    assert errors == []


def test_settle_waits_for_the_write_in_progress_so_no_old_draft_lands_after_the_note(tmp_path):
    repo = open_repo(tmp_path)
    writer = repo.draft_writer(lambda _e: None)
    lock = sqlite3.connect(tmp_path / "p.sqlite", isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    writer.submit("the note being typed", NoteStamp(NOW), "main", None)
    assert wait_until(lambda: writer._writing)  # the writer is in its write, held by the lock
    settled, saved = threading.Event(), threading.Event()

    def enter() -> None:  # what Enter does: settle, then the note and the draft's end in one commit
        own = open_repo(tmp_path)  # (a connection serves the thread that made it)
        writer.settle()
        settled.set()
        own.add_and_clear_draft(NoteStamp(NOW).note("the note being typed", "c"), "main")
        own.db.close()
        saved.set()

    typist = threading.Thread(target=enter)
    typist.start()
    # settle() must not return while the older draft is still on its way to the disk.
    assert not settled.wait(0.5)
    lock.execute("COMMIT")
    typist.join(10)
    assert saved.is_set()
    assert drafts(tmp_path / "p.sqlite") == []  # the older draft landed first, then was cleared
    assert [n.text for n in repo.list("c")] == ["the note being typed"]
    writer.close()

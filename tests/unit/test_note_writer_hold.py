"""Issue 15: Enter's commit waits a moment (the window paints the row first), the note being
journaled already; waiting for the writer (closing, exporting, an undo) never waits for it.
Real SQLite files, the real writer thread."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import UTC, datetime

from observer_app.core.model import NoteStamp
from observer_app.store import note_writer
from observer_app.store.db import Database
from observer_app.store.note_writer import NoteWriter, journal_path

NOW = datetime(2026, 12, 7, 14, 0, tzinfo=UTC)


def new_writer(tmp_path) -> NoteWriter:
    Database(tmp_path / "p.sqlite", tmp_path / "backups").open().close()  # (schema made)
    return NoteWriter(tmp_path / "p.sqlite", tmp_path / "backups", lambda _error: None)


def saved_texts(tmp_path) -> list[str]:
    with sqlite3.connect(tmp_path / "p.sqlite") as conn:
        return [r[0] for r in conn.execute("SELECT text FROM notes")]


def test_the_commit_waits_for_the_hold_with_the_note_journaled(tmp_path):
    writer = new_writer(tmp_path)
    committed = threading.Event()
    handed = time.monotonic()
    writer.add(
        NoteStamp(NOW).note("Kenya supports", "conf"),
        "main",
        lambda _rowid, _count: committed.set(),
        lambda error: None,
        hold=0.3,
    )
    assert b"Kenya supports" in journal_path(tmp_path / "p.sqlite").read_bytes()
    assert committed.wait(10)
    assert time.monotonic() - handed >= 0.3  # not before the hold was over
    assert saved_texts(tmp_path) == ["Kenya supports"]
    writer.close()


def test_draining_does_not_wait_for_the_hold(tmp_path):
    writer = new_writer(tmp_path)
    note = NoteStamp(NOW).note("Egypt asks for time", "conf")
    writer.add(note, "main", lambda _rowid, _count: None, lambda error: None, hold=600)
    assert writer.drain(timeout=10)  # (a hold of ten minutes, ended by drain)
    assert saved_texts(tmp_path) == ["Egypt asks for time"]
    again = NoteStamp(NOW).note("Egypt again", "conf")
    writer.add(again, "main", lambda *_: None, lambda e: None, hold=600)
    writer.close(timeout=10)  # closing writes what is held too
    assert not writer._thread.is_alive()
    assert saved_texts(tmp_path) == ["Egypt asks for time", "Egypt again"]


class _StoppedClock:
    """The writer's ``time`` with a monotonic clock that never moves: a hold, once set, would
    never end by itself (a fake: the real clock cannot be stopped)."""

    def __init__(self, now: float):
        self.now = now

    def monotonic(self) -> float:
        return self.now


def test_a_note_handed_over_without_a_hold_is_committed_at_once(tmp_path, monkeypatch):
    """Catches a default hold (``hold: float = 1.0``): every caller that names none (the command
    line, imports, replays) would wait for it; with the clock stopped it would never end."""
    monkeypatch.setattr(note_writer, "time", _StoppedClock(5000.0))
    writer = new_writer(tmp_path)
    committed = threading.Event()
    writer.add(
        NoteStamp(NOW).note("Brazil objects", "conf"),
        "main",
        lambda _rowid, _count: committed.set(),
        lambda error: None,
    )
    assert committed.wait(10)
    assert saved_texts(tmp_path) == ["Brazil objects"]
    writer.close()

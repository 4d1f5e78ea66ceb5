"""store/note_writer.py in this process: the journal that keeps a note between Enter and its
commit, the writer thread's order (notes and drafts as handed over), its error reports, and
the replay of a journal a crash left behind. Only GUI tests reached it before (in a window
mutmut cannot see into). Real SQLite files, a real thread, real failures: a trigger that
refuses a write, /dev/full for a full disk, a folder where the journal should be, a database
written by a newer Observer. Expected values are written here by hand.

The writer thread is held still with its own ``on_commit`` callback (a gate it waits at after
its first commit), so "queued while another write is in progress" is a state, not a race.

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.waiting import wait_for

from observer_app.core.model import Note, NoteStamp, StreamKind
from observer_app.store.db import Database, DiskFullError, SchemaTooNewError, StoreError
from observer_app.store.note_writer import NoteWriter, journal_path, replay_journal
from observer_app.store.notes import NoteRepository, _values

CONF = "pp26"
T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)


class Gate:
    """``on_commit`` that records its argument and, until opened, holds the writer thread
    after a commit (the thread stays busy; what is handed over meanwhile waits in the queue)."""

    def __init__(self, closed: bool = True):
        self.calls: list[bool] = []
        self.entered = threading.Event()
        self.go = threading.Event()
        if not closed:
            self.go.set()

    def __call__(self, others_wrote: bool) -> None:
        self.calls.append(others_wrote)
        self.entered.set()
        self.go.wait(15)

    def open(self) -> None:
        self.go.set()


class Saved:
    """The ``saved`` and ``failed`` callbacks of one note."""

    def __init__(self) -> None:
        self.saved: list[tuple[int, int]] = []
        self.failed: list[StoreError] = []

    def ok(self, rowid: int, count: int) -> None:
        self.saved.append((rowid, count))

    def bad(self, error: StoreError) -> None:
        self.failed.append(error)

    @property
    def done(self) -> bool:
        return bool(self.saved or self.failed)


def note(text: str, minute: int = 0, conf: str = CONF) -> Note:
    when = T0 + timedelta(minutes=minute)
    return Note(text, when, conf, created=when, updated=when)


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return [tuple(r) for r in conn.execute(sql)]


def drafts(path: Path) -> dict[str, str]:
    return dict(rows(path, "SELECT slot, text FROM drafts"))


def texts(path: Path) -> list[str]:
    return [r[0] for r in rows(path, "SELECT text FROM notes ORDER BY rowid")]


@pytest.fixture
def place(tmp_path) -> tuple[Path, Path]:
    """A migrated profile database with a draft in two slots."""
    path, backups = tmp_path / "observer.sqlite3", tmp_path / "backups"
    db = Database(path, backups).open()
    repo = NoteRepository(db)
    repo.save_draft("typed before Enter", None, slot="main")
    repo.save_draft("an edit in progress", None, slot="edit:1")
    db.close()
    return path, backups


def held_writer(place, gate: Gate, errors: list[str] | None = None) -> NoteWriter:
    """A writer held at the gate after writing a draft of its own slot ("hold")."""
    path, backups = place
    writer = NoteWriter(path, backups, (errors if errors is not None else []).append, gate)
    writer.submit("holding", None, "hold", None)
    assert gate.entered.wait(10)
    return writer


def refuse(path: Path, table: str) -> None:
    """A real SQLite failure for the next insert into ``table`` (a trigger that aborts)."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            f"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )


def allow(path: Path, table: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(f"DROP TRIGGER refuse_{table}")


def test_the_journal_lies_beside_the_database_under_its_own_name():
    """Catches: the journal's name built from another part of the path (the next start
    would look for it elsewhere and never replay it)."""
    assert journal_path(Path("/data/profile/observer.sqlite3")) == Path(
        "/data/profile/observer.pending-notes.jsonl"
    )


def test_a_note_is_saved_with_its_draft_cleared_and_its_rowid_and_count_reported(place):
    """Catches: the draft of the note's slot left behind (restored at the next start: the note
    typed twice), another slot's draft cleared with it, and ``saved`` given the wrong rowid or
    count (the panel shows the wrong number of notes)."""
    path, backups = place
    writer = NoteWriter(path, backups, lambda message: None)
    first, second = Saved(), Saved()
    try:
        writer.add(note("Brazil supports", 1), "main", first.ok, first.bad)
        writer.add(note("Kenya objects", 2, conf="wtdc25"), "edit:9", second.ok, second.bad)
        writer.add(note("India agrees", 3), "edit:9", second.ok, second.bad)
        assert writer.drain(10)
    finally:
        writer.close(10)
    assert first.saved == [(1, 1)] and first.failed == []
    assert second.saved == [(2, 1), (3, 2)] and second.failed == []
    assert texts(path) == ["Brazil supports", "Kenya objects", "India agrees"]
    assert drafts(path) == {"edit:1": "an edit in progress"}


def test_the_journal_holds_the_note_until_its_commit_then_nothing(place):
    """Catches: the journal line not written before the commit (a crash then loses the
    note), written in another form than ``replay_journal`` reads, non-ASCII text escaped or
    mangled, and the journal not emptied after the commit (every note would be replayed)."""
    path, backups = place
    gate = Gate()
    writer = held_writer(place, gate)
    journal = journal_path(path)
    done = Saved()
    try:
        typed = note("Côte d'Ivoire: 5 % — agreed", 4)
        writer.add(typed, "main", done.ok, done.bad)
        raw = journal.read_bytes()
        assert raw.endswith(b"\n") and raw.count(b"\n") == 1
        assert "Côte d'Ivoire: 5 % — agreed".encode() in raw
        entry = json.loads(raw)
        assert entry["slot"] == "main"
        assert entry["note"][:3] == [typed.id, CONF, None]  # id, conference, body
        assert "Côte d'Ivoire: 5 % — agreed" in entry["note"]
        assert texts(path) == []  # not committed yet: only the journal has it
        assert oct(journal.stat().st_mode & 0o777) == "0o600"
        gate.open()
        assert writer.drain(10)
    finally:
        gate.open()
        writer.close(10)
    assert done.saved == [(1, 1)]
    assert journal.read_bytes() == b""
    assert texts(path) == ["Côte d'Ivoire: 5 % — agreed"]


def test_a_draft_waiting_for_the_note_of_its_slot_is_dropped_and_other_slots_kept(place):
    """Catches: an older draft of the note's slot written after the note (the typed text
    comes back in the composer), and the drafts of other slots dropped with it."""
    path, backups = place
    gate = Gate()
    writer = held_writer(place, gate)
    done = Saved()
    try:
        writer.submit("Kenya obj", None, "edit:2", None)
        writer.add(note("India agrees", 1), "edit:5", done.ok, done.bad)
        writer.submit("Brazil supports", None, "main", None)
        writer.add(note("Brazil supports", 2), "main", done.ok, done.bad)
        assert writer.pending == 4  # the held write, the draft of edit:2, two notes
        gate.open()
        assert writer.drain(10)
    finally:
        gate.open()
        writer.close(10)
    assert drafts(path) == {
        "edit:1": "an edit in progress",
        "edit:2": "Kenya obj",
        "hold": "holding",
    }
    assert texts(path) == ["India agrees", "Brazil supports"]


def test_the_latest_draft_replaces_the_one_waiting_and_counts_once(place):
    """Catches: every keystroke's draft queued (``pending`` grows, each one a disk sync), and
    a draft queued after a note replacing the note instead of following it."""
    path, backups = place
    gate = Gate()
    writer = held_writer(place, gate)
    done = Saved()
    try:
        writer.submit("B", None, "main", None)
        writer.submit("Br", None, "main", None)
        writer.submit("Bra", None, "main", None)
        assert writer.pending == 2  # the held write and one draft
        writer.add(note("Brazil", 1), "edit:1", done.ok, done.bad)
        writer.submit("Kenya", None, "main", None)
        assert writer.pending == 4
        gate.open()
        assert writer.drain(10)
        assert writer.pending == 0
    finally:
        gate.open()
        writer.close(10)
    assert drafts(path) == {"main": "Kenya", "hold": "holding"}
    assert texts(path) == ["Brazil"]


def test_a_draft_of_another_slot_does_not_replace_the_one_waiting(place):
    """Catches: the latest draft replacing the waiting one whatever its slot (an edit's draft,
    typed just before the user went back to the composer, was then never written)."""
    path, backups = place
    gate = Gate()
    writer = held_writer(place, gate)
    try:
        writer.submit("Brazil supports 67(Rev.1)", None, "edit:1", None)
        writer.submit("K", None, "main", None)
        writer.submit("Ke", None, "main", None)
        gate.open()
        assert writer.drain(10)
    finally:
        gate.open()
        writer.close(10)
    assert drafts(path) == {"edit:1": "Brazil supports 67(Rev.1)", "main": "Ke", "hold": "holding"}


def test_drain_gives_up_after_its_timeout_while_a_write_is_in_progress(place):
    """Catches: ``drain`` returning True while the writer is still busy (quit would close the
    window before the note's commit) or ignoring its timeout."""
    gate = Gate()
    writer = held_writer(place, gate)
    try:
        assert writer.pending == 1
        assert writer.drain(0.05) is False
        gate.open()
        assert writer.drain(10) is True
    finally:
        gate.open()
        writer.close(10)


def test_settle_drops_the_drafts_waiting_and_waits_for_the_notes(place):
    """Catches: ``settle`` writing the waiting draft after all (an older draft landing after
    the one the caller writes itself), dropping a note with the drafts, or returning before
    the note is written."""
    path, backups = place
    gate = Gate()
    writer = held_writer(place, gate)
    done = Saved()
    settled = threading.Event()
    try:
        writer.add(note("Brazil", 1), "edit:1", done.ok, done.bad)
        writer.submit("stale", None, "main", None)
        assert writer.pending == 3
        thread = threading.Thread(target=lambda: (writer.settle(), settled.set()))
        thread.start()
        assert wait_for(lambda: writer.pending == 2, timeout=10)
        assert not settled.is_set()
        gate.open()
        thread.join(10)
        assert settled.is_set()
        assert done.saved == [(1, 1)]
    finally:
        gate.open()
        writer.close(10)
    assert drafts(path) == {"main": "typed before Enter", "hold": "holding"}


def test_on_commit_tells_the_writers_own_commits_from_another_programs(place):
    """Catches: ``others_wrote`` always True (the panel reloads after each of its own notes)
    or always False (a teammate's import never shows), and no call after a draft's commit."""
    path, backups = place
    gate = Gate(closed=False)
    writer = NoteWriter(path, backups, lambda message: None, gate)
    done = Saved()
    try:
        writer.submit("B", None, "main", None)
        assert writer.drain(10)
        writer.add(note("Brazil", 1), "main", done.ok, done.bad)
        assert writer.drain(10)
        writer.submit("K", None, "main", None)
        assert writer.drain(10)
        with sqlite3.connect(path) as other:
            other.execute("INSERT INTO drafts (slot, text, updated) VALUES ('x', 'y', 'z')")
        writer.submit("Ke", None, "main", None)
        assert writer.drain(10)
        writer.submit("Ken", None, "main", None)
        assert writer.drain(10)
    finally:
        writer.close(10)
    assert gate.calls == [True, False, False, True, False]


def test_a_note_whose_commit_fails_is_reported_and_stays_in_the_journal(place, tmp_path):
    """Catches: the failure swallowed (the text thought saved), the journal entry dropped on
    failure (a window closed before taking the text back loses it), ``forget`` not removing
    the entry (the note taken back into the composer would come back twice), ``forget``
    removing the other notes with it, and the next writer not replaying what is left."""
    path, backups = place
    refuse(path, "notes")
    writer = NoteWriter(path, backups, lambda message: None)
    first, second = Saved(), Saved()
    journal = journal_path(path)
    try:
        writer.add(note("Brazil supports", 1), "main", first.ok, first.bad)
        writer.add(note("Kenya objects", 2), "edit:1", second.ok, second.bad)
        assert writer.drain(10)
        assert first.saved == [] and second.saved == []
        assert [str(e) for e in first.failed] == [
            f"could not save the note in {path}: refused by the test. Nothing was lost: your "
            "text is still in the editor."
        ]
        assert len(second.failed) == 1
        assert journal.read_bytes().count(b"\n") == 2
        writer.forget("no such note")
        assert journal.read_bytes().count(b"\n") == 2
        writer.forget(first_id(journal))
        left = journal.read_bytes()
        assert left.count(b"\n") == 1 and b"Kenya objects" in left
        assert b"Brazil supports" not in left
    finally:
        writer.close(10)
    assert drafts(path) == {"main": "typed before Enter", "edit:1": "an edit in progress"}
    allow(path, "notes")
    again = NoteWriter(path, backups, lambda message: None)  # replays the journal first
    again.close(10)
    assert texts(path) == ["Kenya objects"]
    assert drafts(path) == {"main": "typed before Enter"}
    assert not journal.exists()


def first_id(journal: Path) -> str:
    return json.loads(journal.read_bytes().splitlines()[0])["note"][0]


def test_the_last_failed_note_forgotten_empties_the_journal(place):
    """Catches: ``forget`` of the only entry leaving the line in the journal (the note taken
    back into the composer would also be replayed at the next start)."""
    path, backups = place
    refuse(path, "notes")
    writer = NoteWriter(path, backups, lambda message: None)
    done = Saved()
    journal = journal_path(path)
    try:
        typed = note("Brazil supports", 1)
        writer.add(typed, "main", done.ok, done.bad)
        assert writer.drain(10) and done.failed
        writer.forget(typed.id)
        assert journal.read_bytes() == b""
        writer.add(note("Kenya objects", 2), "main", done.ok, done.bad)  # appends again
        assert writer.drain(10)
        assert journal.read_bytes().count(b"\n") == 1
    finally:
        writer.close(10)


def test_close_writes_what_is_queued_and_lets_go_of_the_journal(place):
    """Catches: ``close`` stopping before the queue is written (the note waits for the next
    start) and the journal's file handle left open."""
    path, backups = place
    writer = NoteWriter(path, backups, lambda message: None)
    done = Saved()
    writer.add(note("Brazil", 1), "main", done.ok, done.bad)
    writer.add(note("Kenya", 2), "main", done.ok, done.bad)
    writer.close(10)
    assert texts(path) == ["Brazil", "Kenya"]
    assert done.saved == [(1, 1), (2, 2)]
    journal = str(journal_path(path))
    assert not [fd for fd in os.listdir("/proc/self/fd") if _target(fd) == journal], (
        "the journal is still open after close()"
    )


def _target(fd: str) -> str | None:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return None


def test_a_journal_that_cannot_be_written_refuses_the_note_with_a_plain_message(place):
    """Catches: the note queued although nothing keeps it (a crash before the commit would
    lose it) and the error's words lost. A folder stands where the journal should be."""
    path, backups = place
    writer = NoteWriter(path, backups, lambda message: None)
    journal_path(path).mkdir()  # after the start's replay, which reads the journal
    done = Saved()
    try:
        with pytest.raises(StoreError) as caught:
            writer.add(note("Brazil", 1), "main", done.ok, done.bad)
        assert writer.pending == 0
    finally:
        writer.close(10)
    assert not isinstance(caught.value, DiskFullError)
    assert str(caught.value) == (
        f"could not save the note in {path.parent}: Is a directory. Nothing was lost: "
        "your text is still in the editor."
    )
    assert texts(path) == [] and done.saved == []


def test_a_full_disk_under_the_journal_says_so(place):
    """Catches: ENOSPC reported as some other failure (the user is not told to free space)
    and a half line left in the journal. /dev/full is a real device that says ENOSPC."""
    path, backups = place
    writer = NoteWriter(path, backups, lambda message: None)
    journal_path(path).symlink_to("/dev/full")  # after the replay (reading it never ends)
    done = Saved()
    try:
        with pytest.raises(DiskFullError) as caught:
            writer.add(note("Brazil", 1), "main", done.ok, done.bad)
        assert writer.pending == 0
    finally:
        writer.close(10)
    assert caught.value.place == path.parent
    assert caught.value.free_bytes is not None and caught.value.free_bytes > 0
    assert texts(path) == []


def test_a_database_that_cannot_be_opened_fails_the_note_and_reports_the_draft(tmp_path):
    """Catches: the open's failure swallowed for a note (the text thought saved) or for a
    draft, and the writer thread stopping with it (the next note never answered)."""
    path, backups = tmp_path / "observer.sqlite3", tmp_path / "backups"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")  # written by a newer Observer
    errors: list[str] = []
    writer = NoteWriter(path, backups, errors.append)
    first, second = Saved(), Saved()
    try:
        writer.add(note("Brazil", 1), "main", first.ok, first.bad)
        writer.submit("Kenya", None, "main", None)
        writer.add(note("India", 2), "edit:1", second.ok, second.bad)
        assert writer.drain(10)
    finally:
        writer.close(10)
    assert [type(e) for e in first.failed + second.failed] == [SchemaTooNewError] * 2
    assert first.saved == [] and second.saved == []
    assert len(errors) == 1 and errors[0].startswith(f"the database {path} was written by a newer")
    assert journal_path(path).read_bytes().count(b"\n") == 2  # both kept for the next start


def test_a_draft_that_cannot_be_written_is_reported_and_the_notes_go_on(place):
    """Catches: a draft's SQLite failure swallowed (the user thinks the draft is safe), or
    reported without the file, and a commit reported for a draft that was not written."""
    path, backups = place
    refuse(path, "drafts")
    errors: list[str] = []
    gate = Gate(closed=False)
    writer = NoteWriter(path, backups, errors.append, gate)
    done = Saved()
    try:
        writer.submit("typed", None, "edit:7", None)
        assert writer.drain(10)
        assert gate.calls == []
        writer.add(note("Brazil", 1), "edit:8", done.ok, done.bad)
        assert writer.drain(10)
    finally:
        writer.close(10)
    assert errors == [f"could not save the draft in {path}: refused by the test"]
    assert done.saved == [(1, 1)] and gate.calls == [False]  # the failed draft read the version


# -- replay_journal --------------------------------------------------------------------------


def journal_line(typed: Note, slot: str) -> bytes:
    """A line as ``add`` writes it (the input of a replay, not its expected output)."""
    return (json.dumps({"note": list(_values(typed)), "slot": slot}) + "\n").encode()


def test_no_journal_or_an_empty_one_replays_nothing_and_opens_nothing(tmp_path):
    """Catches: an empty journal (the usual case after a clean close) treated as notes to
    replay: the database opened and created on every start for nothing."""
    path, backups = tmp_path / "observer.sqlite3", tmp_path / "backups"
    assert replay_journal(path, backups) == 0
    journal_path(path).write_bytes(b"\n \n")
    assert replay_journal(path, backups) == 0
    assert not path.exists()


def test_replay_saves_the_notes_a_crash_left_and_leaves_saved_ones_alone(place, caplog):
    """Catches: a note the database lacks not saved, its draft left (restored as if never
    sent), a note already saved written again or its slot's newer draft cleared, the
    journal kept after a full replay (replayed again at every start), and the count or the
    log line wrong."""
    path, backups = place
    kept, lost = note("Kenya objects", 1), note("Brazil supports", 2)
    db = Database(path, backups).open()
    NoteRepository(db).add(kept)
    db.close()
    journal = journal_path(path)
    journal.write_bytes(journal_line(kept, "edit:1") + journal_line(lost, "main"))
    with caplog.at_level(logging.WARNING, logger="observer.store"):
        assert replay_journal(path, backups) == 1
    assert texts(path) == ["Kenya objects", "Brazil supports"]
    assert drafts(path) == {"edit:1": "an edit in progress"}
    assert not journal.exists()
    assert [r.getMessage() for r in caplog.records] == [
        f"saved 1 note(s) that a crash left in {journal}"
    ]
    caplog.clear()
    journal.write_bytes(journal_line(lost, "edit:1"))
    with caplog.at_level(logging.WARNING, logger="observer.store"):
        assert replay_journal(path, backups) == 0
    assert drafts(path) == {"edit:1": "an edit in progress"} and not journal.exists()
    assert caplog.records == []


@pytest.fixture
def in_delhi(monkeypatch):
    """The process's local time zone is UTC+5:30 for the test (restored after)."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_unreadable_lines_are_kept_aside_and_the_readable_notes_saved(place, caplog, in_delhi):
    """Catches: a journal with a damaged line deleted (the notes in it lost for good), or
    renamed without its stamp or with a local-time stamp (Z says UTC), a blank line counted
    as damage, and the readable notes not saved because of the damaged one."""
    path, backups = place
    good = note("Brazil supports", 1)
    journal = journal_path(path)
    journal.write_bytes(
        b'{"note": [1, 2\n'  # cut by a crash
        + journal_line(good, "main")
        + b"\n"
        + b'{"slot": "main"}\n'  # no note
        + b'["a list"]\n'
        + b'{"note": 5, "slot": "main"}\n'
    )
    with caplog.at_level(logging.ERROR, logger="observer.store"):
        assert replay_journal(path, backups) == 1
    assert texts(path) == ["Brazil supports"]
    assert not journal.exists()
    kept = sorted(p.name for p in path.parent.glob("observer.pending-notes.jsonl.*"))
    assert len(kept) == 1
    stamp = kept[0].removeprefix("observer.pending-notes.jsonl.unreadable-")
    assert len(stamp) == 16 and stamp[8] == "T" and stamp.endswith("Z")
    kept_at = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert abs(datetime.now(UTC) - kept_at) < timedelta(minutes=5)  # not 5 h 30 off
    messages = [r.getMessage() for r in caplog.records]
    assert messages == [
        f"note journal {journal} has 4 unreadable line(s): kept as {path.parent / kept[0]}"
    ]


def test_a_database_that_cannot_be_opened_keeps_the_journal_for_the_next_start(tmp_path, caplog):
    """Catches: the journal deleted or emptied when the database could not be opened (the
    notes in it would be lost), or the failure not logged."""
    path, backups = tmp_path / "observer.sqlite3", tmp_path / "backups"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    journal = journal_path(path)
    line = journal_line(note("Brazil supports", 1), "main")
    journal.write_bytes(line)
    with caplog.at_level(logging.ERROR, logger="observer.store"):
        assert replay_journal(path, backups) == 0
    assert journal.read_bytes() == line
    assert len(caplog.records) == 1
    assert (
        caplog.records[0]
        .getMessage()
        .startswith(
            f"notes in {journal} not replayed yet: the database {path} was written by a newer"
        )
    )


def test_a_replay_that_fails_half_way_keeps_the_journal_and_counts_what_it_saved(place, caplog):
    """Catches: the journal deleted after a failed replay (the notes not yet saved lost), the
    count of notes saved before the failure lost, and the failure not logged."""
    path, backups = place
    first, second = note("Brazil supports", 1), note("Kenya objects", 2)
    db = Database(path, backups).open()
    db.execute(
        "CREATE TRIGGER refuse_kenya BEFORE INSERT ON notes WHEN NEW.text = 'Kenya objects' "
        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    db.close()
    journal = journal_path(path)
    content = journal_line(first, "main") + journal_line(second, "edit:1")
    journal.write_bytes(content)
    with caplog.at_level(logging.ERROR, logger="observer.store"):
        assert replay_journal(path, backups) == 1
    assert journal.read_bytes() == content
    assert texts(path) == ["Brazil supports"]
    assert drafts(path) == {"edit:1": "an edit in progress"}
    assert [r.getMessage() for r in caplog.records] == [
        f"notes in {journal} not replayed yet: refused by the test"
    ]


def test_a_journal_that_cannot_be_read_is_left_and_the_writer_still_starts(tmp_path, caplog):
    """Catches (a bug found here, fixed): a journal the process cannot read (a folder in its
    place here; EACCES or an I/O error on a real disk) raised out of ``NoteWriter()``, so the
    notes panel, and the window with it, could not open. Now it is logged and left for the
    next start."""
    path, backups = tmp_path / "observer.sqlite3", tmp_path / "backups"
    journal = journal_path(path)
    journal.mkdir()
    with caplog.at_level(logging.ERROR, logger="observer.store"):
        assert replay_journal(path, backups) == 0
        writer = NoteWriter(path, backups, lambda message: None)
        writer.close(10)
    assert journal.is_dir()
    assert [r.getMessage() for r in caplog.records] == [
        f"notes in {journal} not replayed yet: [Errno 21] Is a directory: '{journal}'"
    ] * 2


def test_a_draft_keeps_its_stamp_and_the_editor_fields(place):
    """Catches: the draft's stamp or the editor's fields (speaker, tags) dropped on the way
    through the writer: after a crash the restored draft would be filed at another moment,
    without its speaker."""
    path, backups = place
    stamp = NoteStamp(
        T0,
        body_id="com5",
        session_id="com5-d1",
        stream_url="https://live.example.org/com5.m3u8",
        stream_kind=StreamKind.LIVE,
        media_position_ms=61000,
    )
    writer = NoteWriter(path, backups, lambda message: None)
    try:
        writer.submit("Brazil sup", stamp, "main", {"speaker": "Brazil", "tags": ("budget",)})
        assert writer.drain(10)
    finally:
        writer.close(10)
    db = Database(path, backups).open()
    try:
        assert NoteRepository(db).load_draft_with_fields("main") == (
            "Brazil sup",
            stamp,
            {"speaker": "Brazil", "tags": ["budget"]},
        )
    finally:
        db.close()


def handles_on(journal: Path) -> int:
    """How many file handles of this process are open on this file (or on a journal that a
    rewrite replaced: Linux names it "... (deleted)")."""
    names = (str(journal), f"{journal} (deleted)")
    return sum(1 for fd in os.listdir("/proc/self/fd") if _target(fd) in names)


def test_the_rewritten_journal_holds_exactly_the_notes_left_and_stays_private(place):
    """Catches, in the rewrite after ``forget``: the lines left joined with something between
    them (unreadable at the next start), the new journal readable by others (the notes are
    private), the old handle left open or a handle that cannot append (the next note
    refused), and a later forget of the last note leaving it in the journal (it would come
    back twice)."""
    path, backups = place
    refuse(path, "notes")
    writer = NoteWriter(path, backups, lambda message: None)
    done = Saved()
    journal = journal_path(path)
    typed = [note("Brazil supports", 1), note("Kenya objects", 2), note("India agrees", 3)]
    try:
        for one in typed:
            writer.add(one, "main", done.ok, done.bad)
        assert writer.drain(10) and len(done.failed) == 3
        writer.forget(typed[0].id)
        assert journal.read_bytes() == journal_line(typed[1], "main") + journal_line(
            typed[2], "main"
        )
        assert oct(journal.stat().st_mode & 0o777) == "0o600"
        assert handles_on(journal) == 1
        later = note("Egypt abstains", 4)
        writer.add(later, "main", done.ok, done.bad)  # appends to the rewritten journal
        assert journal.read_bytes().endswith(journal_line(later, "main"))
        assert writer.drain(10)
        for one in (typed[1], typed[2], later):
            writer.forget(one.id)
        assert journal.read_bytes() == b""
    finally:
        writer.close(10)


def test_a_journal_that_cannot_be_rewritten_is_logged_with_its_place(place, caplog):
    """Catches: the rewrite's failure logged without the journal or the reason. A folder
    stands where the rewrite's spare file should go."""
    path, backups = place
    refuse(path, "notes")
    writer = NoteWriter(path, backups, lambda message: None)
    done = Saved()
    journal = journal_path(path)
    spare = journal.with_name(journal.name + ".new")
    try:
        writer.add(note("Brazil supports", 1), "main", done.ok, done.bad)
        writer.add(note("Kenya objects", 2), "main", done.ok, done.bad)
        assert writer.drain(10) and len(done.failed) == 2
        spare.mkdir()
        with caplog.at_level(logging.WARNING, logger="observer.store"):
            writer.forget(first_id(journal))
    finally:
        writer.close(10)
    assert journal.read_bytes().count(b"\n") == 2  # an entry too many: replaying is idempotent
    assert [r.getMessage() for r in caplog.records] == [
        f"note journal {journal} not rewritten: [Errno 21] Is a directory: '{spare}'"
    ]


def test_the_writer_thread_is_a_daemon_named_for_the_stall_reports(place):
    """Catches: a thread that is not a daemon (a window that quits without ``close`` would
    hang at exit on it) or that has lost its name (stack dumps of a stall show
    "Thread-12" instead of the note writer)."""
    path, backups = place
    writer = NoteWriter(path, backups, lambda message: None)
    try:
        ours = [t for t in threading.enumerate() if t.name == "note-writer"]
        assert len(ours) == 1 and ours[0].daemon is True
    finally:
        writer.close(10)


def test_close_lets_go_of_the_database_and_of_nothing_else(place, monkeypatch):
    """Catches: the writer's connection left open after ``close`` (the window's quit leaves a
    handle on the database; the next owner's recovery cannot replace the file on Windows),
    and a writer that wrote nothing failing on its thread while closing."""
    path, backups = place
    failures: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    idle = NoteWriter(path, backups, lambda message: None)
    idle.close(10)
    writer = NoteWriter(path, backups, lambda message: None)
    done = Saved()
    writer.add(note("Brazil", 1), "main", done.ok, done.bad)
    assert writer.drain(10) and handles_on(path) >= 1  # the writer's connection
    writer.close(10)
    assert handles_on(path) == 0
    assert failures == []


def test_close_gives_up_waiting_after_its_timeout(place):
    """Catches: ``close(timeout)`` waiting for ever on a write that does not end (a quit on a
    stuck disk would hang the window; the note stays in the journal for the next start)."""
    gate = Gate()
    writer = held_writer(place, gate)
    try:
        writer.close(0.1)
        assert writer.pending == 1  # close returned while the write was still held
    finally:
        gate.open()
    assert writer.drain(10)


def test_replay_counts_every_note_it_saves(place, caplog):
    """Catches: the count of replayed notes stuck at 1 (the log would say one note was saved
    from the crash when three were)."""
    path, backups = place
    lost = [note("Brazil supports", 1), note("Kenya objects", 2), note("India agrees", 3)]
    journal = journal_path(path)
    journal.write_bytes(b"".join(journal_line(one, "main") for one in lost))
    with caplog.at_level(logging.WARNING, logger="observer.store"):
        assert replay_journal(path, backups) == 3
    assert texts(path) == ["Brazil supports", "Kenya objects", "India agrees"]
    assert [r.getMessage() for r in caplog.records] == [
        f"saved 3 note(s) that a crash left in {journal}"
    ]

"""Issue 15: Enter shows the note at once and its durable commit runs on the notes panel's
writer thread, without ever risking the note. Real window, real SQLite files; a "busy disk" is
another connection holding the database's write lock (the writer waits for it, as it would for
a slow disk), a full disk a real tmpfs, a crash a real SIGKILL of a real app process."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from support.gui import show

from observer_app.runtime import paths as app_paths
from observer_app.services.context import open_profile
from observer_app.store.note_writer import journal_path
from observer_app.ui.app import build_window
from tests.support.disk import tiny_tmpfs

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("OBSERVER_NOTE_WRITER_SHOTS", "/tmp/observer-note-writer-shots"))


def live_texts(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT text FROM notes WHERE deleted = 0")]


def shown_texts(window) -> list[str]:
    return [n.text for n in window.notes.model.notes()]


class WriteLock:
    """Another program holding the database's write lock: the writer's commit waits for it."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")
        self._once = threading.Lock()
        self.held = True

    def release(self) -> None:
        """Commit and close (from any thread; the second call does nothing)."""
        with self._once:
            if self.held:
                self.conn.execute("COMMIT")
                self.conn.close()
                self.held = False


def type_and_enter(window, text: str) -> None:
    editor = window.notes.editor
    editor.setFocus()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from observer_app.runtime import qtfix
    qtfix.immortalize_singletons()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from observer_app.runtime import paths
    from observer_app.services.context import open_profile
    from observer_app.ui.app import build_window
    profile = open_profile(paths.resolve(Path(sys.argv[1])))
    window = build_window(profile, None)
    window.show()
    app.processEvents()
    print("ready", flush=True)
    sys.stdin.readline()  # the test holds the database's write lock from here on
    editor = window.notes.editor
    editor.setFocus()
    QTest.keyClicks(editor, "Kenya asks for the floor on DT/33")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    model = window.notes.model
    shown = model.note_at(model.rowCount() - 1).text
    print(f"entered|{shown}|{window.notes._writer.pending}|{editor.toPlainText()!r}", flush=True)
    sys.stdin.readline()  # killed while waiting here
    """
)


def test_a_crash_between_enter_and_the_commit_loses_nothing(qtbot, app_dirs, tmp_path):
    open_profile(app_dirs).close()  # the profile exists: the child's start writes nothing
    database = app_dirs.data / "observer.sqlite3"
    env = {**os.environ, "OBSERVER_NO_FIRST_RUN": "1", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(app_dirs.data.parent)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    lock = None
    try:
        assert child.stdout.readline().strip() == "ready"
        lock = WriteLock(database)
        child.stdin.write("go\n")
        child.stdin.flush()
        entered = child.stdout.readline().strip().split("|")
        # Enter returned with the row shown and the composer empty, the commit still waiting.
        assert entered == ["entered", "Kenya asks for the floor on DT/33", "1", "''"]
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
        if lock is not None:
            lock.release()
    assert live_texts(database) == []  # killed before the commit
    profile = open_profile(app_dirs)  # the same profile, started again
    window = build_window(profile, None)
    show(qtbot, window)
    try:
        assert shown_texts(window) == ["Kenya asks for the floor on DT/33"]
        assert live_texts(database) == ["Kenya asks for the floor on DT/33"]  # once
        with sqlite3.connect(database) as conn:
            assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
        assert not journal_path(database).exists()
    finally:
        window.close()
        profile.close()


def test_enter_shows_the_note_while_the_disk_is_busy_and_undo_acts_on_it(qtbot, window):
    notes = window.notes
    database = notes.repository.db.path
    lock = WriteLock(database)
    try:
        type_and_enter(window, "Brazil supports DT/33")
        # Shown and selected at once, the composer ready, though nothing is on disk yet.
        assert shown_texts(window) == ["Brazil supports DT/33"]
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.notes.grab().save(str(SHOTS / "note-shown-disk-busy.png"))
        assert notes.selected_note().text == "Brazil supports DT/33"
        assert notes.composer.text() == "" and live_texts(database) == []
        # Ctrl+Z on the just-added row, whose commit still waits for the disk: the undo
        # comes after the commit (the disk is freed meanwhile by the other program).
        threading.Timer(0.3, lock.release).start()
        notes.undo_stack.undo()  # (Edit > Undo; Ctrl+Z in the composer undoes typing)
    finally:
        lock.release()
    assert notes.finish_writes(timeout=10)
    assert live_texts(database) == []  # added, then deleted: in that order
    qtbot.waitUntil(lambda: shown_texts(window) == [])
    notes.undo_stack.redo()
    assert live_texts(database) == ["Brazil supports DT/33"]


def test_a_just_added_note_can_be_deleted_before_its_commit(qtbot, window):
    notes = window.notes
    database = notes.repository.db.path
    lock = WriteLock(database)
    try:
        type_and_enter(window, "Egypt opposes")
        assert notes.selected_note().text == "Egypt opposes"
        threading.Timer(0.3, lock.release).start()
        notes.delete_selected()
    finally:
        lock.release()
    assert notes.finish_writes(timeout=10)
    assert live_texts(database) == [] and shown_texts(window) == []


def test_quit_waits_for_the_writer(qtbot, app_dirs):
    profile = open_profile(app_dirs)
    window = build_window(profile, None)
    show(qtbot, window)
    database = profile.db.path
    lock = WriteLock(database)
    try:
        type_and_enter(window, "Chile asks for a vote")
        assert live_texts(database) == []
        threading.Timer(0.3, lock.release).start()
        window.close()  # returns once the note is committed
        assert live_texts(database) == ["Chile asks for a vote"]
    finally:
        lock.release()
        profile.close()


def test_filtered_enter_and_a_teammates_notes_are_found_on_workers(qtbot, window, monkeypatch):
    from observer_app.store.notes import NoteRepository

    notes = window.notes
    threads: list[threading.Thread] = []
    for name in ("find_rowids", "days"):
        real = getattr(NoteRepository, name)

        def spy(self, *args, _real=real, **kwargs):
            threads.append(threading.current_thread())
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(NoteRepository, name, spy)
    notes.filters.search.setText("Kenya")
    qtbot.waitUntil(lambda: not notes.model.finding and bool(threads))
    threads.clear()
    type_and_enter(window, "Kenya supports")
    qtbot.waitUntil(lambda: shown_texts(window) == ["Kenya supports"])
    assert notes.selected_note().text == "Kenya supports"  # the saved note is selected
    other = open_profile(app_paths.resolve(window.profile.paths.data.parent))
    try:  # a teammate's note, brought in by a sync (the controller says notes changed)
        teammate = notes.stamp_provider().note("Kenya objects", window.conference.id)
        other.notes.add(teammate)
    finally:
        other.close()
    window.controller.notes_changed.emit()
    qtbot.waitUntil(lambda: sorted(shown_texts(window)) == ["Kenya objects", "Kenya supports"])
    qtbot.waitUntil(lambda: not notes._choices_scheduled)
    assert {t.name for t in threads} and threading.main_thread() not in threads


@pytest.fixture
def tiny_disk(tmp_path):
    with tiny_tmpfs(tmp_path / "tiny", "2m") as mount_point:
        yield mount_point


def test_a_commit_that_fails_takes_the_row_back_and_keeps_what_was_typed_since(qtbot, tiny_disk):
    profile = open_profile(app_paths.resolve(tiny_disk / "p"))
    window = build_window(profile, None)
    show(qtbot, window)
    notes, database = window.notes, profile.db.path
    seen: list[str] = []

    def close_the_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            SHOTS.mkdir(parents=True, exist_ok=True)
            box.grab().save(str(SHOTS / "note-not-saved-box.png"))
            window.grab().save(str(SHOTS / "note-not-saved-window.png"))
            box.accept()
        else:
            QTimer.singleShot(20, close_the_message)

    lock = WriteLock(database)
    try:
        type_and_enter(window, "Brazil asks for the floor " + "x" * 3000)
        assert shown_texts(window) == ["Brazil asks for the floor " + "x" * 3000]
        QTest.keyClicks(notes.editor, "and Kenya")  # the next note, typed meanwhile
        with open(tiny_disk / "filler", "wb", buffering=0) as fh:  # then the disk fills up
            try:
                while True:
                    fh.write(b"\0" * 4096)
            except OSError:
                pass
        QTimer.singleShot(0, close_the_message)
    finally:
        lock.release()  # the writer goes on, and finds the disk full
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "disk is full" in seen[0]
    assert shown_texts(window) == []  # the row is withdrawn
    # The text is back, before what was typed since, which is kept.
    assert notes.composer.text() == "Brazil asks for the floor " + "x" * 3000 + "\n\nand Kenya"
    assert not notes.undo_stack.canUndo()  # no "undo adding" of a note never added
    assert journal_path(database).read_bytes() == b""  # in the composer now, not the journal
    (tiny_disk / "filler").unlink()
    window.close()
    profile.close()
    assert live_texts(database) == []


def test_the_writers_own_commits_reload_nothing_and_another_programs_notes_show(
    qtbot, window, monkeypatch
):
    from observer_app.store.notes import NoteRepository

    notes = window.notes
    finds: list[int] = []
    real = NoteRepository.find_rowids

    def spy(self, *args, **kwargs):
        finds.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(NoteRepository, "find_rowids", spy)
    notes._follow.stop()  # the follow timer's looks, taken by hand
    notes._reload_if_changed()  # its first look
    type_and_enter(window, "Kenya supports")
    notes.editor.setFocus()
    QTest.keyClicks(notes.editor, "a draft")  # autosaved by the writer too
    qtbot.waitUntil(lambda: not notes._draft_dirty, timeout=5000)
    assert notes.finish_writes(timeout=10)
    # The writer's commits are known to the panel as its own...
    qtbot.waitUntil(lambda: notes._data_version == notes.repository.data_version())
    finds.clear()
    notes._reload_if_changed()  # ...so the follow timer reloads nothing
    assert finds == [] and not notes.model.finding
    other = open_profile(app_paths.resolve(window.profile.paths.data.parent))
    try:  # another program adds a note: that one shows
        other.notes.add(notes.stamp_provider().note("Chile objects", window.conference.id))
    finally:
        other.close()
    notes._reload_if_changed()
    qtbot.waitUntil(lambda: "Chile objects" in shown_texts(window))

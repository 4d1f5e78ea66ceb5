"""The window's side of the one recovery path, with real damage to the real profile file: the
notice of a recovery done on the command line shows once at the next start; damage found while
the window runs is recovered and shown; a full disk (a real tmpfs) keeps the note in the editor.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from support.damage import damage_page, pages_of, rowids_on_leaf

from observer_app.core.model import NoteStamp
from observer_app.services.context import open_profile
from observer_app.store.backup import RollingBackups
from observer_app.store.recovery import pending_notice
from observer_app.ui.app import build_window
from observer_app.ui.dialogs import recovery_notice
from tests.support.disk import tiny_tmpfs

pytestmark = pytest.mark.gui

ENV = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy"}
ENV.pop("DISPLAY", None)
FILLER = " lorem ipsum dolor sit amet" * 8
SHOTS = Path(os.environ.get("OBSERVER_RECOVERY_SHOTS", "/tmp/observer-recovery-shots"))


def _written(app_dirs, before=100, after=100) -> None:
    profile = open_profile(app_dirs)
    for i in range(before + after):
        if i == before:
            RollingBackups(profile.db, app_dirs.backups).maybe_backup(datetime.now(UTC), force=True)
        profile.notes.add(NoteStamp(datetime.now(UTC)).note(f"note {i}{FILLER}", "pp-demo"))
    profile.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    profile.close()


def _damage_a_page_after_the_backup(database: Path, before=100) -> list[int]:
    leaves = sorted(
        ((p, rowids_on_leaf(database, p)) for p in pages_of(database, "notes")),
        key=lambda item: min(item[1]),
    )
    page, rowids = next((p, r) for p, r in leaves[:-1] if min(r) > before)
    damage_page(database, page)
    return rowids


def _notice(qtbot) -> QMessageBox:
    found: list[QMessageBox] = []

    def visible() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "recovery_notice" and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(visible, timeout=10_000)
    return found[0]


def _shot(box: QMessageBox, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(SHOTS / name))


def test_a_recovery_done_on_the_command_line_is_shown_once_at_the_next_start(qtbot, app_dirs):
    _written(app_dirs)
    lost = _damage_a_page_after_the_backup(app_dirs.database)
    cli = subprocess.run(
        [sys.executable, "-m", "observer_app", "--data-dir", str(app_dirs.data.parent)]
        + ["notes", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
    )
    assert cli.returncode == 0 and "was damaged" in cli.stderr, cli.stderr
    assert len(json.loads(cli.stdout)) == 200 - len(lost)

    profile = open_profile(app_dirs)
    win = build_window(profile, None)
    qtbot.addWidget(win)
    win.show()
    recovery_notice.install(win, profile)
    recovery_notice.show_pending(win, profile)
    box = _notice(qtbot)
    _shot(box, "recovery-notice-after-cli.png")
    assert f"{len(lost)} notes could not be read back" in box.text()
    assert "100 notes were restored" in box.text() and ".damaged-" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: pending_notice(app_dirs.data) is None)
    assert recovery_notice.show_pending(win, profile) is None  # seen: not shown again
    win.close()
    profile.close()


def test_damage_found_by_a_query_while_the_window_runs_is_recovered(qtbot, app_dirs):
    _written(app_dirs)
    profile = open_profile(app_dirs)
    win = build_window(profile, None)
    qtbot.addWidget(win)
    win.show()
    # As ui.app.run_gui wires it: the watch says "recovered", the window reloads its list.
    recovery_notice.install(win, profile).recovered.connect(win.notes_restored)
    assert win.notes.model.rowCount() == 200
    lost = _damage_a_page_after_the_backup(app_dirs.database)
    # Another program (a script) writes, so the window's connection reads the file again; then
    # the window's periodic backup, on its worker thread, reads every page.
    other = sqlite3.connect(app_dirs.database)
    other.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('x.touch', '1')")
    other.commit()
    other.close()
    win.controller.backup()
    box = _notice(qtbot)
    _shot(box, "recovery-notice-while-running.png")
    assert f"{200 - 100 - len(lost)} notes written or changed after that were salvaged" in (
        box.text()
    )
    assert len(profile.notes.list("pp-demo")) == 200 - len(lost)
    # The list shows the restored database, not the rows it had before the damage.
    qtbot.waitUntil(lambda: win.notes.model.rowCount() == 200 - len(lost))
    assert list(app_dirs.data.glob("observer.sqlite3.damaged-*"))
    box.button(QMessageBox.StandardButton.Ok).click()
    win.close()
    profile.close()


@pytest.fixture
def tiny_disk(tmp_path):
    with tiny_tmpfs(tmp_path / "tiny", "2m") as mount_point:
        yield mount_point


def test_a_full_disk_keeps_the_note_in_the_editor_and_says_so(qtbot, tiny_disk):
    from observer_app.runtime import paths as app_paths

    paths = app_paths.resolve(tiny_disk / "p")
    profile = open_profile(paths)
    win = build_window(profile, None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with open(tiny_disk / "filler", "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    seen: list[str] = []

    def close_the_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, close_the_message)

    text = "Brazil asks for the floor" + " x" * 2000
    win.notes.editor.setFocus()
    QTest.keyClicks(win.notes.editor, text[0])
    win.notes.editor.insertPlainText(text[1:])
    QTimer.singleShot(0, close_the_message)
    QTest.keyClick(win.notes.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    assert "disk is full" in seen[0] and str(paths.data) in seen[0]
    assert "still in the editor" in seen[0]
    assert win.notes.composer.text() == text  # nothing lost
    (tiny_disk / "filler").unlink()
    win.close()
    profile.close()

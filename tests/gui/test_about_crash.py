"""Help > About (versions, licences, Copy) and the crash dialog: an exception in a slot or a
thread shows a scrubbed report, writes it to the log directory, and the app keeps running."""

from __future__ import annotations

import platform
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from support.gui import show

from observer_app.services.context import open_profile
from observer_app.ui.app import build_window
from observer_app.ui.dialogs import about
from observer_app.ui.dialogs import crash as crash_dialog

pytestmark = [pytest.mark.gui, pytest.mark.vlc]
TOKEN = "tk_live_9f8e7d6c5b4a3f2e1d0c"


def test_about_shows_versions_and_licences_and_copies_them(qtbot, window):
    shown = []

    def look_and_close():
        dialog = QApplication.activeModalWidget()
        shown.append(dialog)
        if dialog is not None:
            rows = {
                dialog.versions.item(r, 0).text(): dialog.versions.item(r, 1).text()
                for r in range(dialog.versions.rowCount())
            }
            shown.append(rows)
            licences = {
                dialog.licences.item(r, 0).text(): dialog.licences.item(r, 2).text()
                for r in range(dialog.licences.rowCount())
            }
            shown.append(licences)
            dialog.copy_button.click()
            dialog.accept()

    QTimer.singleShot(300, look_and_close)
    action = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.text() == "&About Observer"
    )
    action.trigger()
    dialog, versions, licences = shown
    assert isinstance(dialog, about.AboutDialog)
    assert versions["Python"].startswith(platform.python_version())
    assert versions["Qt"].startswith("6.") and versions["PySide6"].startswith("6.")
    assert versions["libVLC"].startswith("3.")  # the window's player loaded it
    assert versions["Keyring"]
    assert "LGPL" in licences["PySide6-Essentials"]
    assert "Apache" in licences["requests"]
    assert licences["observer-app"] == "GPL-3.0-or-later"
    assert licences["libVLC (system)"] == about.LIBVLC_LICENCE
    copied = QGuiApplication.clipboard().text()
    assert f"Python: {versions['Python']}" in copied and "requests" in copied and "libVLC" in copied


def test_licence_of_reads_the_metadata():
    assert about.licence_of("no-such-distribution-here") == ""
    assert about.licence_of("PySide6-Essentials")  # declared in the wheel's metadata
    assert len(about.dependency_licences()) == len(about.MAIN_DEPENDENCIES) + 2


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_a_scrubbed_report_and_the_app_goes_on(qtbot, window, app_dirs):
    handler = crash_dialog.install(app_dirs.log)
    button = QPushButton("Send")
    qtbot.addWidget(button)

    def upload_report():
        raise RuntimeError(f"receiver refused: Authorization: Bearer {TOKEN}")

    button.clicked.connect(upload_report)
    try:
        button.click()
        qtbot.waitUntil(
            lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=3000
        )
        dialog = handler.dialog
        text = dialog.report.toPlainText()
        assert "RuntimeError: receiver refused" in text and "upload_report" in text
        assert "Qt: 6." in text and "Python: " in text
        assert TOKEN not in text and "[redacted]" in text
        files = list(app_dirs.log.glob("crash-*.txt"))
        assert len(files) == 1 and str(files[0]) in dialog.intro.text()
        saved = files[0].read_text(encoding="utf-8")
        assert saved == text and TOKEN not in saved
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == text
        # A second error while the dialog is open: counted in the same dialog.
        button.click()
        qtbot.waitUntil(lambda: dialog.count == 2, timeout=3000)
        assert "2 times" in dialog.intro.text()
        assert [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, crash_dialog.CrashDialog) and w.isVisible()
        ] == [dialog]
        dialog.continue_button.click()
        qtbot.waitUntil(lambda: handler.dialog is None, timeout=3000)
        # The app is still alive: the window answers.
        assert window.isVisible()
        window.notes.composer.editor.setPlainText("still here")
        assert window.notes.composer.editor.toPlainText() == "still here"
        # An exception in a thread reaches the GUI thread's dialog too.
        worker = threading.Thread(target=lambda: {}["password"], name="worker-7")
        worker.start()
        worker.join()
        qtbot.waitUntil(
            lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=3000
        )
        assert "Where: thread worker-7" in handler.dialog.report.toPlainText()
        assert "KeyError" in handler.dialog.report.toPlainText()
        assert len(list(app_dirs.log.glob("crash-*.txt"))) == 3  # every error is kept, shown or not
        handler.dialog.close()
    finally:
        handler.uninstall()


def test_unwritable_log_directory_still_shows_the_dialog(qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    handler = crash_dialog.CrashHandler(blocker / "log")
    try:
        raise ValueError("boom")
    except ValueError as exc:
        handler.handle(type(exc), exc, exc.__traceback__, "main thread")
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=3000)
    assert "could not be saved" in handler.dialog.intro.text()
    handler.dialog.close()


def test_quit_closes_the_window_as_closing_it_does_and_keeps_the_draft(qtbot, app_dirs):
    profile = open_profile(app_dirs)
    win = build_window(profile, None)
    show(qtbot, win)
    try:
        win.notes.composer.editor.setPlainText("typed before the error")
        dialog = crash_dialog.CrashDialog("Traceback\nValueError: x\n", None, win)
        dialog.show()
        dialog.quit_button.click()
        assert not win.isVisible() and not dialog.isVisible()
        draft = profile.notes.load_draft(f"conference:{win.conference.id}")
        assert draft is not None and draft[0] == "typed before the error"  # flushed at close
    finally:
        win.close()
        profile.close()

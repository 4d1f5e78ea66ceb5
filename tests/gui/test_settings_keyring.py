"""Issue 12: opening Settings showed three keyring prompts and froze the window. Settings
opens without touching the keyring; typed secrets are written off the GUI thread, with one
prompt at most; the window keeps answering while the prompt waits."""

from __future__ import annotations

import time

import keyring
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QSpinBox, QTabWidget

from observer_app.runtime import secrets
from observer_app.ui.dialogs.settings import SettingsDialog
from tests.support.keyrings import PromptingKeyring

pytestmark = pytest.mark.gui


@pytest.fixture
def prompting():
    previous = keyring.get_keyring()
    ring = PromptingKeyring()
    keyring.set_keyring(ring)
    yield ring
    ring.answered.set()
    keyring.set_keyring(previous)
    secrets._session_only.clear()


def test_settings_opens_without_the_keyring_and_saves_off_the_gui_thread(qtbot, window, prompting):
    dialog = SettingsDialog(window.profile.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert prompting.prompts == 0  # opening asked nothing
    QTest.keyClicks(dialog.secret_fields["smtp.password"], "mail-secret")
    QTest.keyClicks(dialog.secret_fields["sync.webdav_password"], "dav-secret")
    started = time.monotonic()
    dialog.accept()
    assert time.monotonic() - started < 0.5  # accept() did not wait for the prompt
    assert prompting.waiting.wait(5)  # the worker is now "showing" the prompt
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=2000)  # the GUI thread runs meanwhile
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    print(f"longest GUI gap while the keyring prompt waited: {max(gaps) * 1000:.0f} ms")
    prompting.answered.set()  # the person dismisses the prompt
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=5000)
    message = window.findChildren(QMessageBox)[-1].text()
    assert "smtp.password" in message and "sync.webdav_password" in message
    assert prompting.prompts == 1  # the second secret was not asked for again
    assert secrets.get_secret("sync.webdav_password") == "dav-secret"  # kept for this run


def test_settings_pages_and_default_port(qtbot, window):
    dialog = SettingsDialog(window.profile.settings, window)
    qtbot.addWidget(dialog)
    pages = dialog.findChild(QTabWidget)
    titles = [pages.tabText(i) for i in range(pages.count())]
    for title in ("Profile", "Watching", "Sending", "Team", "Conference", "Appearance"):
        assert title in titles
    port = dialog.findChild(QSpinBox, "smtp.port")
    port.setValue(0)
    assert port.text() == "default"
    assert "conference.recent" not in dialog.editors  # raw JSON is not shown

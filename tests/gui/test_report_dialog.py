"""The report builder: selection, remembered author, live preview, save in any format."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from observer_app.core.model import NoteStamp
from observer_app.runtime import paths as app_paths
from observer_app.services.conference import open_feed
from observer_app.services.context import open_profile
from observer_app.ui.dialogs.export import ReportDialog
from observer_app.ui.dialogs.outbox import OutboxDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def setup(qtbot, app_dirs):
    profile = open_profile(app_dirs)
    conference = open_feed(str(app_paths.demo_feed()), None).feed.conference
    session = conference.sessions_of("com5")[0]
    for speaker, text, private in (
        ("Kenya", "Kenya supports DT/33", False),
        ("Chile", "Chile asks about ADM/54", False),
        ("", "my private reminder", True),
    ):
        note = NoteStamp(session.start, "com5", session.id).note(text, conference.id)
        note.speaker, note.for_feedback = speaker, not private
        profile.notes.add(note)
    yield profile, conference
    profile.close()


def test_preview_follows_the_choices_and_author_is_remembered(qtbot, setup):
    profile, conference = setup
    dialog = ReportDialog(profile, conference)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Kenya supports DT/33" in dialog.preview.toPlainText(), timeout=5000)
    assert "my private reminder" not in dialog.preview.toPlainText()
    dialog.title.clear()
    QTest.keyClicks(dialog.title, "Day 2 feedback")
    dialog.author.setText("A. Observer")
    dialog.speaker.setCurrentIndex(dialog.speaker.findData("Chile"))
    qtbot.waitUntil(
        lambda: (
            "Day 2 feedback" in dialog.preview.toPlainText()
            and "Kenya supports" not in dialog.preview.toPlainText()
        ),
        timeout=3000,
    )
    assert "Chile asks about ADM/54" in dialog.preview.toPlainText()
    assert profile.settings.get("author.name") == "A. Observer"
    dialog.private.setChecked(True)
    dialog.speaker.setCurrentIndex(0)
    qtbot.waitUntil(lambda: "my private reminder" in dialog.preview.toPlainText(), timeout=3000)


@pytest.mark.parametrize(
    "fmt,magic",
    [
        ("html", b"<!DOCTYPE html>"),
        ("pdf", b"%PDF-"),
        ("docx", b"PK"),
        ("csv", "\ufeff".encode()),
        ("vtt", b"WEBVTT"),
    ],
)
def test_save_in_each_format(qtbot, setup, tmp_path, fmt, magic):
    profile, conference = setup
    dialog = ReportDialog(profile, conference)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        dialog.save(str(tmp_path / f"r.{fmt}"))
    path = saved.args[0]
    assert path is not None and path.read_bytes().startswith(magic)


def test_sending_without_setup_says_what_to_do_and_queues_nothing(qtbot, setup, monkeypatch):
    profile, conference = setup
    dialog = ReportDialog(profile, conference)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(
        "observer_app.ui.dialogs.export.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    with qtbot.waitSignal(dialog.sent, timeout=10000) as sent:  # sent from a worker
        dialog.send("http")
    assert sent.args[0] is None
    assert shown and "http.url" in shown[0]
    outbox = OutboxDialog(profile)
    qtbot.addWidget(outbox)
    assert outbox.model.rowCount() == 0


def test_settings_dialog_keeps_secrets_out_of_files(qtbot, setup, monkeypatch):
    """Without a keyring the token lives for this run only, the user is told, and no file has it."""
    import keyring
    from keyring.backends import fail

    from observer_app.runtime import secrets
    from observer_app.ui.dialogs.settings import SettingsDialog

    profile, _conference = setup
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    from PySide6.QtWidgets import QMessageBox, QWidget

    try:
        window = QWidget()
        qtbot.addWidget(window)
        dialog = SettingsDialog(profile.settings, window)
        QTest.keyClicks(dialog.secret_fields["http.token"], "tok-1234567890-secret")
        dialog.accept()  # the keyring is written off the GUI thread; the warning comes after
        qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=5000)
        assert "until you quit" in window.findChildren(QMessageBox)[0].text()
        assert secrets.get_secret("http.token") == "tok-1234567890-secret"
        for path in profile.paths.data.parent.rglob("*"):
            if path.is_file():
                assert b"tok-1234567890-secret" not in path.read_bytes(), path
    finally:
        keyring.set_keyring(previous)
        secrets._session_only.clear()

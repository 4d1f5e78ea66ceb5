"""The report builder at scale (issue 15): the preview is read and rendered on a worker and shown
a page at a time, saving runs on a worker with its stage shown, and only the latest request
of a kind is answered."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from observer_app.core.model import NoteStamp
from observer_app.runtime import paths as app_paths
from observer_app.services import export
from observer_app.services.conference import open_feed
from observer_app.services.context import open_profile
from observer_app.ui.dialogs.export import PREVIEW_NOTES, ReportDialog
from observer_app.ui.jobs import Latest

pytestmark = pytest.mark.gui
COUNT = 2 * PREVIEW_NOTES + 50


@pytest.fixture
def big(qtbot, app_dirs):
    profile = open_profile(app_dirs)
    conference = open_feed(str(app_paths.demo_feed()), None).feed.conference
    sessions = conference.sessions_of("com5")[:2] + conference.sessions_of("plenary")[:1]
    with profile.db.transaction():
        for i in range(COUNT):
            session = sessions[i * len(sessions) // COUNT]
            stamp = NoteStamp(session.start + timedelta(seconds=i), session.body_id, session.id)
            profile.notes.add(stamp.note(f"remark number {i:04d}", conference.id))
    yield profile, conference
    profile.close()


def remarks(dialog) -> list[str]:
    return [w for w in dialog.preview.toPlainText().split() if w.isdigit() and len(w) == 4]


def test_the_preview_shows_every_note_once_a_page_at_a_time(qtbot, big):
    dialog = ReportDialog(*big)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(remarks(dialog)), timeout=10000)
    seen = []
    while True:
        page = remarks(dialog)
        assert len(page) <= PREVIEW_NOTES
        assert str(COUNT) in dialog.preview.toPlainText().split()  # the header counts them all
        seen += page
        if not dialog.next_page.isEnabled():
            break
        with qtbot.waitSignal(dialog.preview_shown, timeout=5000):
            dialog.next_page.click()
    assert sorted(seen) == [f"{i:04d}" for i in range(COUNT)]  # each once (in report order)
    assert dialog.page_label.text() == f"Notes 201–{COUNT} of {COUNT}"
    assert f"{COUNT} notes" in dialog.windowTitle()
    with qtbot.waitSignal(dialog.preview_shown, timeout=5000):
        dialog.previous_page.click()
    assert remarks(dialog) == seen[PREVIEW_NOTES : 2 * PREVIEW_NOTES]


def test_saving_runs_on_a_worker_and_shows_its_stage(qtbot, big, tmp_path, monkeypatch):
    dialog = ReportDialog(*big)
    qtbot.addWidget(dialog)
    written_on = []
    real_write = export.write_atomically

    def spy(path, data):  # the real write, noting the thread it runs on
        written_on.append(threading.current_thread())
        real_write(path, data)

    monkeypatch.setattr(export, "write_atomically", spy)
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        dialog.save(str(tmp_path / "report.md"))
        assert not dialog.save_button.isEnabled() and not dialog.progress.isHidden()
        assert dialog.status.text() == "Reading the notes…"
    assert saved.args[0] == tmp_path / "report.md"
    assert written_on and written_on[0] is not threading.main_thread()
    assert "remark number 0249" in (tmp_path / "report.md").read_text()
    assert dialog.save_button.isEnabled() and dialog.progress.isHidden()
    assert dialog.status.text() == f"Saved {COUNT} notes to {tmp_path / 'report.md'}"


def test_every_stage_of_a_save_reaches_the_status_line_in_order(qtbot, big, tmp_path):
    """Stages come as the job's progress events, not sampled by a timer: none is skipped,
    however fast the save."""
    dialog = ReportDialog(*big)
    qtbot.addWidget(dialog)
    seen = []
    real_set_stage = dialog._set_stage

    def spy(stage: str) -> None:
        seen.append(stage)
        real_set_stage(stage)

    dialog._set_stage = spy
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save(str(tmp_path / "report.csv"))
    assert seen == ["read", "read", "render", "write", ""]
    assert dialog.status.text() == f"Saved {COUNT} notes to {tmp_path / 'report.csv'}"


def test_a_save_that_fails_says_so_and_the_notes_stay(qtbot, big, tmp_path, monkeypatch):
    dialog = ReportDialog(*big)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(
        "observer_app.ui.dialogs.export.QMessageBox.critical", lambda *a: shown.append(a[2])
    )
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        dialog.save(str(tmp_path / "no such folder" / "report.md"))
    assert saved.args[0] is None
    assert shown and "cannot write" in shown[0] and "Your notes are safe" in shown[0]
    assert big[0].notes.count(big[1].id) == COUNT and dialog.save_button.isEnabled()


def test_only_the_latest_request_is_answered(qtbot):
    release, ran, answers = threading.Event(), [], []
    latest = Latest(answers.append, lambda exc: answers.append(exc))

    def slow():
        ran.append("slow")
        release.wait(10)
        return "slow"

    latest.ask(slow)
    qtbot.waitUntil(lambda: ran == ["slow"])
    for name in ("middle", "last"):
        latest.ask(lambda name=name: ran.append(name) or name)
    assert latest.busy
    release.set()
    qtbot.waitUntil(lambda: not latest.busy, timeout=5000)
    assert ran == ["slow", "last"] and answers == ["last"]


def test_a_cancelled_request_is_not_answered(qtbot):
    release, answers = threading.Event(), []
    latest = Latest(answers.append, answers.append)
    latest.ask(lambda: release.wait(10) and "stale")
    latest.cancel()  # the dialog that asked is closing
    release.set()
    qtbot.waitUntil(lambda: not latest.busy, timeout=5000)
    latest.ask(lambda: "fresh")
    qtbot.waitUntil(lambda: answers == ["fresh"], timeout=5000)

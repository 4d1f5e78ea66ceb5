"""The application layer (ui/controller.py, ui/jobs.py, core/message.py + ui/message_bridge.py):
jobs signal in order and run once at a time, worker results and messages arrive on the GUI
thread by Qt events (no timer polls), the controller's jobs report through the bridge, and the
team dialogs work with the controller alone (they no longer reach into the window)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from observer_app.core import message
from observer_app.core.message import Level, Message
from observer_app.core.model import Note, utc_now
from observer_app.runtime import secrets
from observer_app.services import bundles, send
from observer_app.services import sync as team_sync
from observer_app.services.context import open_profile
from observer_app.store.outbox import OutboxRepository
from observer_app.ui import message_bridge
from observer_app.ui.controller import Controller
from observer_app.ui.dialogs import team
from observer_app.ui.jobs import Job, JobState, run_task
from observer_app.ui.message_bridge import MessageBridge
from tests.integration import test_send_smtp as smtp_tests
from tests.integration import test_webdav as webdav_tests

# The SMTP tests' own fixtures: a throwaway CA, the mail settings, a keyring in memory.
ca = smtp_tests.ca
configured = smtp_tests.configured
memory_keyring = smtp_tests.memory_keyring
# A real WebDAV team folder (wsgidav on 127.0.0.1) and observers' profiles set up for it.
dav_server, dav, observers = webdav_tests.dav_server, webdav_tests.dav, webdav_tests.observers

pytestmark = pytest.mark.gui


def _gui_thread() -> QThread:
    return QCoreApplication.instance().thread()


def test_a_jobs_signals_come_in_order_on_the_gui_thread(qtbot):
    seen: list[tuple[str, object, bool]] = []

    def work(report, first: int) -> str:
        report(first)
        report(first + 1)
        return "done"

    job = Job("count", work)

    def note(name: str):
        return lambda *args: seen.append(
            (name, args[0] if args else None, QThread.currentThread() == _gui_thread())
        )

    # Direct connections: each slot runs on the thread that emitted, which must be the GUI's.
    direct = Qt.ConnectionType.DirectConnection
    job.started.connect(note("started"), direct)
    job.progress.connect(note("progress"), direct)
    job.finished.connect(note("finished"), direct)
    job.failed.connect(note("failed"), direct)
    with qtbot.waitSignal(job.finished, timeout=5000):
        assert job.start(1)
        assert job.state is JobState.RUNNING
    assert seen == [
        ("started", None, True),
        ("progress", 1, True),
        ("progress", 2, True),
        ("finished", "done", True),
    ]
    assert job.state is JobState.DONE


def test_a_running_job_is_not_started_twice(qtbot):
    release, runs = threading.Event(), []

    def work(_report) -> int:
        runs.append(1)
        release.wait(10)
        return len(runs)

    job = Job("slow", work)
    finished: list[int] = []
    job.finished.connect(finished.append)
    assert job.start()
    assert not job.start()  # the old "if self._backing_up: return"
    release.set()
    qtbot.waitUntil(lambda: finished == [1], timeout=5000)
    assert runs == [1] and job.state is JobState.DONE
    release.clear()
    assert job.start()  # finished: it may run again
    release.set()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=5000)


def test_a_failing_job_says_failed_with_its_exception(qtbot):
    def work(_report):
        raise OSError("disk full")

    job = Job("broken", work)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start()
    assert isinstance(failed.args[0], OSError) and str(failed.args[0]) == "disk full"
    assert job.state is JobState.FAILED


def test_no_timer_runs_while_a_task_waits_and_the_result_still_arrives(qtbot):
    """The result is a posted event: nothing polls while the worker works."""
    release, results = threading.Event(), []
    run_task(lambda: release.wait(10) and "answer", results.append, results.append)
    app = QCoreApplication.instance()
    active = [t for t in app.findChildren(QTimer) if t.isActive()]
    assert active == []
    release.set()
    qtbot.waitUntil(lambda: results == ["answer"], timeout=5000)


def test_a_message_posted_on_a_worker_thread_arrives_on_the_gui_thread(qtbot):
    bridge = MessageBridge()
    arrived: list[tuple[Level, str, bool]] = []
    bridge.shown.connect(  # direct: the slot runs on the thread that emitted, the GUI's
        lambda m: arrived.append((m.level, m.text, QThread.currentThread() == _gui_thread())),
        Qt.ConnectionType.DirectConnection,
    )
    try:
        worker = threading.Thread(target=lambda: message.error("the disk is full", title="Backup"))
        worker.start()
        worker.join(5)
        qtbot.waitUntil(lambda: arrived != [], timeout=5000)
        assert arrived == [(Level.ERROR, "the disk is full", True)]
        message.info("on the GUI thread")  # from the GUI thread: shown at once, no event loop turn
        assert arrived[-1] == (Level.INFO, "on the GUI thread", True)
    finally:
        bridge.close()
    message.info("after close")
    assert len(arrived) == 2  # a closed bridge hears nothing more


def test_the_window_shows_info_in_its_status_line_and_an_error_in_a_box(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    message_bridge.show_in(
        window, Message(Level.INFO, "Syncing with the team folder…", timeout_ms=0)
    )
    assert window.statusBar().currentMessage() == "Syncing with the team folder…"
    message_bridge.show_in(window, Message(Level.ERROR, "401 Unauthorized", title="Sync failed"))
    [box] = window.findChildren(QMessageBox)
    assert (
        box.isVisible() and box.text() == "401 Unauthorized" and box.windowTitle() == "Sync failed"
    )
    assert window.statusBar().currentMessage() == ""  # what was in progress is over
    assert box.windowModality() == Qt.WindowModality.NonModal  # a job's error blocks no typing


@pytest.fixture
def controller(qtbot, profile, demo_conference):
    parent = QWidget()
    qtbot.addWidget(parent)
    made = Controller(profile, demo_conference, parent)
    shown: list = []
    made.messages.shown.connect(shown.append)
    made.shown = shown  # what the window would have shown
    yield made
    made.shutdown()


def test_a_failed_backup_reaches_the_status_line_through_the_bridge(qtbot, controller, profile):
    # Where the backups go is a file, not a folder: the real copy fails on the worker thread.
    profile.paths.backups.parent.mkdir(parents=True, exist_ok=True)
    if profile.paths.backups.is_dir():
        for child in profile.paths.backups.iterdir():
            child.unlink()
        profile.paths.backups.rmdir()
    profile.paths.backups.write_text("not a folder")
    with qtbot.waitSignal(controller.backup_job.failed, timeout=10000):
        assert controller.backup()
    qtbot.waitUntil(lambda: controller.shown != [], timeout=5000)
    [shown] = controller.shown
    assert shown.level is Level.WARNING and shown.text.startswith("⚠ Backup failed: ")


def test_the_outbox_job_delivers_over_real_smtp_and_says_so(
    qtbot, controller, profile, demo_conference, ca, configured
):
    server, inbox = smtp_tests._start(ca)
    try:
        configured(server.port, ca_file=False)  # refused first: the CA is not trusted yet
        result = send.send_report(profile, demo_conference, "email", smtp_tests.FILES)
        assert result.state is send.SendState.FAILED and inbox.messages == []
        configured(server.port, ca_file=True)
        [item] = OutboxRepository(profile.db).list_failed()
        assert OutboxRepository(profile.db).retry_now(item.id, utc_now() - timedelta(seconds=1))
        with qtbot.waitSignal(controller.outbox_job.finished, timeout=30000) as done:
            assert controller.deliver()
        assert [r.state for r in done.args[0]] == [send.SendState.SENT]
        assert len(inbox.messages) == 1
        assert [m.text for m in controller.shown] == ["Outbox: 1 report delivered"]
        assert not controller.deliver()  # nothing waits any more: no job started
    finally:
        server.stop()


def test_importing_a_bundle_needs_the_controller_not_the_window(
    qtbot, controller, profile, demo_conference, tmp_path, monkeypatch
):
    """Team > Import with a bare widget as the dialogs' parent: the notes land, the controller
    says the notes changed (the window's list reloads on that), the status line is a message."""
    teammate = open_profile(_teammate_paths(tmp_path))
    try:
        teammate.settings.set("author.name", "Bob")
        body = demo_conference.bodies[0].id
        teammate.notes.add(Note("Kenya asks for the floor", utc_now(), demo_conference.id, body))
        path = tmp_path / "bob.json"
        assert bundles.export_bundle(teammate, demo_conference.id, path) == 1
    finally:
        teammate.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[1]))
    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(controller.notes_changed, timeout=5000):
        report = team.import_bundle(parent, controller, str(path))
    assert report is not None and report.added == 1 and told == ["Bundle imported"]
    assert [n.text for n in profile.notes.list(demo_conference.id)] == ["Kenya asks for the floor"]


def _teammate_paths(tmp_path):
    from observer_app.runtime import paths

    return paths.resolve(tmp_path / "teammate")


def _team_controller(qtbot, observers, demo_conference, password: str):
    """Alice has shared a note of the demo conference; Bob's window syncs through its controller."""
    alice = observers("alice")
    alice.notes.add(
        Note("Plenary: Brazil asks for the floor", utc_now(), demo_conference.id, author="alice")
    )
    alice_scope = secrets.profile_scope(alice.paths.data)
    secrets.set_secret(team_sync.PASSWORD_SECRET, webdav_tests.PASSWORDS["alice"], alice_scope)
    team_sync.sync(alice, demo_conference.id)
    bob = observers("bob")
    secrets.set_secret(team_sync.PASSWORD_SECRET, password, secrets.profile_scope(bob.paths.data))
    controller = Controller(bob, demo_conference)  # the test holds it (no window)
    shown: list = []
    controller.messages.shown.connect(shown.append)
    return bob, controller, shown


def test_team_sync_is_the_controllers_job_and_reports_through_the_bridge(
    qtbot, observers, demo_conference
):
    bob, controller, shown = _team_controller(
        qtbot, observers, demo_conference, webdav_tests.PASSWORDS["bob"]
    )
    try:
        with qtbot.waitSignals([controller.notes_changed, controller.synced], timeout=30000):
            team.sync(controller)
            assert not controller.sync()  # one sync at a time
        assert [n.text for n in bob.notes.list(demo_conference.id)] == [
            "Plenary: Brazil asks for the floor"
        ]
        assert [m.text for m in shown] == [
            "Syncing with the team folder…",
            "Synced with the team folder: 1 added, 0 updated, 0 deleted, 0 conflict(s).",
        ]
    finally:
        controller.shutdown()


def test_a_refused_sync_is_an_error_box_message(qtbot, observers, demo_conference):
    bob, controller, shown = _team_controller(qtbot, observers, demo_conference, "wrong")
    try:
        with qtbot.waitSignal(controller.sync_job.failed, timeout=30000):
            controller.sync()
        qtbot.waitUntil(lambda: len(shown) == 2)
        assert shown[1].level is Level.ERROR and shown[1].title == "Sync failed"
        assert "wrong" not in shown[1].text  # never the password
        assert bob.notes.list(demo_conference.id) == []
    finally:
        controller.shutdown()

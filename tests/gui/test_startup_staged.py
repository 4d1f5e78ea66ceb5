"""The staged start-up (ui/startup.py, issue 15): the window maps with only the player's modules
loaded, and a note typed the instant the window appears, before its panes exist, loses nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from support.gui import show

from observer_app.services.context import open_profile
from observer_app.ui.app import build_window

pytestmark = pytest.mark.gui

# What the first picture does not need: built or imported after the first frame.
DEFERRED = (
    "observer_app.cli",
    "observer_app.ui.panels.notes",
    "observer_app.ui.panels.schedule",
    "observer_app.ui.panels.documents",
    "observer_app.ui.panels.pdf_viewer",
    "observer_app.ui.transcript_dock",
    "observer_app.ui.dialogs.export",
    "observer_app.ui.dialogs.first_run",
    "observer_app.ui.dialogs.settings",
    "observer_app.ui.dialogs.outbox",
    "observer_app.services.transcriber",
    "observer_app.services.documents",
    "jsonschema",
    "requests",
    "numpy",
    "qtawesome",
    "pypdfium2",
    "PySide6.QtPdf",
    # The standard library's that only sending, notes or a crash need (7-13 ms of the start
    # for logging.handlers alone, which brings socket, pickle and queue's pieces).
    "logging.handlers",
    "socket",
    "pickle",
    "uuid",
    "platform",
)
# The child: the real `observer-app` start, with a spy on the hook that starts building the
# panes after the first paint: it writes the modules loaded then, and again once built.
CHILD = textwrap.dedent(
    """
    import json, sys
    from observer_app.ui import startup

    def spy(widget, then, *args):
        def at_first_paint():
            if getattr(spy, "seen", False):
                return
            spy.seen = True
            mapped = sorted(sys.modules)
            then()
            widget.panes_built.connect(lambda: finish(widget, mapped))
        real(widget, at_first_paint, *args)

    def finish(widget, mapped):
        with open(sys.argv[1], "w") as out:
            json.dump({"mapped": mapped, "built": sorted(sys.modules)}, out)
        widget.close()

    real, startup.after_first_paint = startup.after_first_paint, spy
    from observer_app.__main__ import main
    sys.exit(main(["--data-dir", sys.argv[2]]))
    """
)


def test_nothing_deferred_is_imported_before_the_window_maps(tmp_path):
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs the X display of tests/run.sh")
    out = tmp_path / "modules.json"
    env = {**os.environ, "OBSERVER_NO_FIRST_RUN": "1", "OBSERVER_VLC_ARGS": "--aout=dummy"}
    run = subprocess.run(
        [sys.executable, "-c", CHILD, str(out), str(tmp_path / "profile")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and out.exists(), run.stderr[-3000:]
    modules = json.loads(out.read_text())
    mapped, built = set(modules["mapped"]), set(modules["built"])
    assert "observer_app.ui.main_window" in mapped and "vlc" in mapped  # the spy saw the start
    assert sorted(name for name in DEFERRED if name in mapped) == []
    # The panes' own modules do come, once the window is complete (the list names real ones).
    assert {"observer_app.ui.panels.notes", "observer_app.ui.transcript_dock"} <= built
    # QtPdf (and the QtNetwork and Kerberos libraries it loads: 3-4 MB) comes with the first
    # document shown, not with the complete window.
    assert "PySide6.QtPdf" not in built


def test_a_note_typed_as_the_window_appears_loses_no_keystroke(qtbot, app_dirs, monkeypatch):
    from observer_app.ui import startup

    first_paint = []  # the panes are built when the test says (after its typing), not before
    monkeypatch.setattr(startup, "after_first_paint", lambda _w, then, *_: first_paint.append(then))
    profile = open_profile(app_dirs)
    window = build_window(profile, None, staged=True)
    try:
        show(qtbot, window)  # mapped, painted and active
        assert first_paint and not window.built and not hasattr(window, "notes")
        # Where Qt may put the focus at start: there Space is Play/pause (a shortcut of the
        # player), and the words' spaces must not go to it.
        window.player_panel.setFocus()
        qtbot.waitUntil(lambda: window.player_panel.hasFocus(), timeout=5000)
        text = "Egypt: DT/33(Rev.1) para 4, objects!"  # (QTest types ASCII only)
        QTest.keyClicks(window.player_panel, text)
        first_paint[0]()  # now the panes are built, one per turn of the event loop
        qtbot.waitUntil(lambda: window.built, timeout=20000)
        assert window.notes.editor.toPlainText() == text
        QTest.keyClick(window.notes.editor, Qt.Key.Key_Return)  # the note is saved as usual
        qtbot.waitUntil(
            lambda: [n.text for n in profile.notes.list(window.conference.id)] == [text],
            timeout=5000,
        )
    finally:
        window.close()
        profile.close()


def test_keys_are_watched_application_wide_only_from_the_first_paint(qtbot, app_dirs, monkeypatch):
    """Before its first paint the key buffer watches the window alone: an application-wide
    filter sends every event's receiver through Python, and the first receiver of a class
    PySide has not met yet makes it set up all of Qt's QObject classes (40-50 ms of the first
    frame, issue 15). From the first paint on it watches everything (typing is covered above)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    from observer_app.ui import startup

    other = QWidget()
    seen: list[bool] = []  # (no wrapper kept: PySide would reuse it with the type it had then)
    real = startup.KeyBuffer.eventFilter

    def spy(self, watched, event):
        if watched is other:
            seen.append(True)
        return real(self, watched, event)

    monkeypatch.setattr(startup.KeyBuffer, "eventFilter", spy)
    monkeypatch.setattr(startup, "after_first_paint", lambda *_: None)  # (no panes: not needed)
    profile = open_profile(app_dirs)
    window = build_window(profile, None, staged=True)
    try:
        QCoreApplication.sendEvent(other, QEvent(QEvent.Type.User))
        assert seen == []  # not painted yet: the application is not watched
        show(qtbot, window)
        qtbot.waitUntil(lambda: window._keys._watching_all, timeout=5000)
        QCoreApplication.sendEvent(other, QEvent(QEvent.Type.User))
        assert seen == [True]
    finally:
        window.close()
        other.deleteLater()
        profile.close()


def test_the_first_paint_pass_does_not_go_through_the_application_wide_filter(
    qtbot, app_dirs, monkeypatch
):
    """The window's widgets paint in the same pass as the window, after it: the application-wide
    filter installed at the window's paint sent them through Python, and PySide set its classes
    up before the first frame reached the screen (40-45 ms of CPU of that pass, issue 15). It
    comes on the turn after."""
    from PySide6.QtCore import QEvent, QTimer

    from observer_app.ui import startup

    window_box: list = []
    pass_over: list[bool] = []
    painted_early: list[str] = []
    real = startup.KeyBuffer.eventFilter

    def spy(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if watched is self.window and not pass_over and not window_box:
                window_box.append(True)  # the window's first paint: its pass ends at the next turn
                QTimer.singleShot(0, lambda: pass_over.append(True))
            elif window_box and not pass_over:
                painted_early.append(watched.objectName() or type(watched).__name__)
        return real(self, watched, event)

    monkeypatch.setattr(startup.KeyBuffer, "eventFilter", spy)
    monkeypatch.setattr(startup, "after_first_paint", lambda *_: None)  # (no panes: not needed)
    profile = open_profile(app_dirs)
    window = build_window(profile, None, staged=True)
    try:
        show(qtbot, window)
        qtbot.waitUntil(lambda: bool(pass_over) and window._keys._watching_all, timeout=5000)
        assert painted_early == []
    finally:
        window.close()
        profile.close()


def test_source_lines_cached_by_pyside_are_dropped_once_the_window_is_complete(qtbot, app_dirs):
    import linecache

    from observer_app.ui import main_window

    linecache.getlines(main_window.__file__)  # as PySide's import hook leaves every module's
    assert main_window.__file__ in linecache.cache
    profile = open_profile(app_dirs)
    window = build_window(profile, None)
    try:
        show(qtbot, window)
        qtbot.waitUntil(lambda: main_window.__file__ not in linecache.cache, timeout=10000)
    finally:
        window.close()
        profile.close()


def test_the_gui_thread_gets_the_gil_back_within_a_millisecond_once_the_window_is_up(
    qtbot, app_dirs
):
    """Python's 5 ms switch interval let busy worker threads (a refresh unpacking 50,000
    channels, a notes reload) keep the GIL from the GUI thread for 50-120 ms (issue 15)."""
    import sys

    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's default, whatever an earlier test left
    profile = open_profile(app_dirs)
    window = build_window(profile, None)
    try:
        show(qtbot, window)
        qtbot.waitUntil(lambda: sys.getswitchinterval() <= 0.001, timeout=10000)
    finally:
        window.close()
        profile.close()
        sys.setswitchinterval(before)


def test_nothing_moves_when_the_panes_fill_in(qtbot, app_dirs, monkeypatch):
    """The window, its player and its docks keep the places of the first frame once the panes
    are built into them (saved layout restored at once); screenshots of both moments go to
    OBSERVER_STARTUP_SHOTS when set."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication
    from support.gui import flush_events

    from observer_app.ui import startup

    profile = open_profile(app_dirs)
    earlier = build_window(profile, None)  # a first start measures the panes (as the app does)
    show(qtbot, earlier)
    earlier.close()
    first_paint = []
    monkeypatch.setattr(startup, "after_first_paint", lambda _w, then, *_: first_paint.append(then))
    window = build_window(profile, None, staged=True)  # the next start

    def places() -> dict[str, QRect]:
        found = {"window": window.geometry(), "player": window.centralWidget().geometry()}
        docks = window.panes.docks.items()
        found |= {k: d.geometry() for k, d in docks if not d.visibleRegion().isEmpty()}
        return found

    def shot(name: str) -> None:
        folder = os.environ.get("OBSERVER_STARTUP_SHOTS")
        if folder:
            os.makedirs(folder, exist_ok=True)
            screen = QGuiApplication.primaryScreen()
            screen.grabWindow(0).save(os.path.join(folder, name))

    try:
        show(qtbot, window)
        flush_events()
        first = places()
        shot("startup-first-frame.png")
        first_paint[0]()  # (the app calls it on the first paint: the first frame's places)
        qtbot.waitUntil(lambda: window.built, timeout=20000)
        flush_events()
        shot("startup-complete.png")
        assert places() == first
        assert window.panes.docks["notes"].widget() is window.notes
    finally:
        window.close()
        profile.close()


def test_a_window_closed_at_its_first_frame_quits_without_opening_the_welcome_page(tmp_path):
    """Closing the window in its first instants builds the panes to save them; the welcome page
    of a new profile then must not open over the closed window and keep the program running
    (it did: the start-up benchmark and the bundle test waited forever)."""
    env = {**os.environ, "OBSERVER_BENCH_FIRST_FRAME": "1", "OBSERVER_VLC_ARGS": "--aout=dummy"}
    env.pop("OBSERVER_NO_FIRST_RUN", None)  # (the suite's guard against the welcome page)
    command = [sys.executable, "-m", "observer_app", "--data-dir", str(tmp_path / "new")]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("first-frame "), result.stdout

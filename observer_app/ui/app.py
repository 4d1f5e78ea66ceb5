"""Start the GUI: QApplication, profile, conference, player, main window."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from observer_app import APP_ID, APP_NAME, __version__
from observer_app.core.feeds.ownjson import FeedError
from observer_app.player.backend import LibVlcMissing
from observer_app.runtime.paths import AppPaths, PathError
from observer_app.services.conference import open_with_fallback
from observer_app.services.context import Profile, open_profile
from observer_app.store.db import StoreError

if TYPE_CHECKING:
    import argparse

log = logging.getLogger("observer.ui")


def _resolve_page(page: str, deadline_s: float):
    """The player's page resolver: yt-dlp in a child process (loaded on the first expiry)."""
    from observer_app.net.webcast import resolve_streams

    return resolve_streams(page, deadline_s)


def player_factory(work_dir: Path | None = None):
    """A function making QtPlayers (video on X11, else audio only), or None and the reason why
    libVLC cannot be used. ``work_dir`` keeps rewritten stream manifests."""
    from observer_app.player.backend import load_vlc
    from observer_app.player.qt_player import QtPlayer

    try:
        load_vlc()
    except LibVlcMissing as exc:
        log.error("%s", exc)
        return None, str(exc)
    video = QGuiApplication.platformName() in ("xcb", "windows", "cocoa")  # where libVLC can embed

    def make() -> QtPlayer:
        player = QtPlayer(video=video, page_resolver=_resolve_page)
        if work_dir is not None:
            player.work_dir = work_dir
        return player

    return make, ""


def build_window(profile: Profile, feed: str | None, staged: bool = False):
    """The main window on ``feed`` (or the last conference, or the demo). Raises FeedError only
    when even the bundled demo cannot be read. ``staged``: the panes are built after the first
    frame (the app's start, ui/startup.py)."""
    from observer_app.ui import startup, theme
    from observer_app.ui.main_window import MainWindow

    theme.apply(str(profile.settings.get("ui.theme")))
    source = feed or profile.settings.get("conference.last_feed") or None
    opened = open_with_fallback(source, profile.paths.cache)
    if feed and not opened.problems:
        profile.settings.set("conference.last_feed", feed)
    factory, problem = player_factory(profile.paths.cache / "hls")
    window = MainWindow(profile, opened, factory, problem, staged=staged)
    window.first_run = None

    def welcome() -> None:
        if not window.isVisible():  # closed before its panes were there: nothing to welcome to
            return
        from observer_app.ui.dialogs import first_run

        page = first_run.maybe_show(window.profile.settings, window)
        if page is not None:  # the window connects: the page does not reach into it
            page.saved.connect(window.apply_settings)
            page.open_requested.connect(lambda: window.open_conference())
        window.first_run = page

    # Once the window is up (complete, when staged): the welcome page opens over it.
    if window.built:
        QTimer.singleShot(0, window, welcome)
    else:
        window.panes_built.connect(lambda: QTimer.singleShot(0, window, welcome))
    # Start-up's objects out of the collector's way, once they all exist (ui/startup.py).
    if window.built:
        QTimer.singleShot(0, window, startup.settle)
    else:
        window.panes_built.connect(lambda: QTimer.singleShot(0, window, startup.settle))
    if problem:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "Player unavailable"),
            problem,
            QMessageBox.StandardButton.Ok,
            window,
        )
        QTimer.singleShot(0, box.open)
    return window


def check_display() -> str | None:
    """Why Qt cannot open a window here, in plain words (Qt itself aborts with a misleading hint)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        return (
            "No display: Observer's window needs a desktop session (X11 or Wayland). On a server, run it "
            "under `xvfb-run observer-app`, or use the headless commands (observer-app --help)."
        )
    return None


def prefer_x11() -> None:
    """On Wayland with XWayland, use X11: libVLC can draw video only into an X11 window."""
    if (
        os.environ.get("WAYLAND_DISPLAY")
        and os.environ.get("DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


def run_gui(args: argparse.Namespace | SimpleNamespace, paths: AppPaths) -> int:
    problem = check_display()
    if problem:
        print(f"observer-app: {problem}", file=sys.stderr)
        return 2
    prefer_x11()
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    # The desktop entry's id (packaging/linux): docks and notifications match the window to it.
    QApplication.setDesktopFileName("org.observer.Observer")
    app = QApplication(sys.argv[:1])
    from PySide6.QtGui import QIcon

    from observer_app.runtime import paths as app_paths

    app.setWindowIcon(QIcon(str(app_paths.resources_dir() / "icons" / "observer.svg")))
    _quit_on_sigterm(app)
    from observer_app.ui.dialogs import crash as crash_dialog

    crash_dialog.install(
        paths.log
    )  # an unexpected exception shows a report instead of killing the app
    try:
        profile = open_profile(paths)
    except (PathError, StoreError) as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "{app} cannot start").format(app=APP_NAME),
            str(exc),
        )
        return 1
    from observer_app.ui import i18n

    i18n.install(str(profile.settings.get("ui.language")), paths.cache)
    from observer_app.ui.dialogs import recovery_notice

    try:
        window = recovery_notice.build_recovering(
            lambda profile, feed: build_window(profile, feed, staged=True), profile, args.feed
        )
    except FeedError as exc:
        print(f"observer-app: the demo conference is damaged: {exc}", file=sys.stderr)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "{app} cannot start").format(app=APP_NAME),
            QCoreApplication.translate("App", "The demo conference is damaged: {error}").format(
                error=exc
            ),
        )
        return 1
    window.show()
    recovery_notice.install(window, profile).recovered.connect(window.notes_restored)
    if profile.recovery is not None:
        print(f"observer-app: {profile.recovery.message()}", file=sys.stderr)
    recovery_notice.show_pending(window, profile)
    if os.environ.get("OBSERVER_BENCH_FIRST_FRAME"):
        _report_first_frame(window, app)
    code = app.exec()
    profile.close()
    return code


def _quit_on_sigterm(app: QApplication) -> None:
    """SIGTERM/SIGINT close the window cleanly (draft flushed, geometry saved).

    Python runs a signal handler between any two bytecodes of the main thread, in the middle of
    whatever the window is doing (building its panes, say): closing there re-entered that work
    (a SIGTERM during the staged start met a window without its controller yet). The handler
    only notes the request; a timer, which also wakes the interpreter, closes from the event
    loop.
    """
    requested: list[int] = []

    def handler(signum, _frame):
        requested.append(signum)

    def close_if_asked() -> None:
        if not requested:
            return
        requested.clear()
        for window in app.topLevelWidgets():
            if window.objectName() == "main_window":
                window.close()
        app.quit()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    timer = QTimer(app)
    timer.timeout.connect(close_if_asked)
    timer.start(100)


def _report_first_frame(window, app: QApplication) -> None:
    """Benchmark hook (benchmarks/startup.py): print when video shows and time moves, then quit."""
    started = time.monotonic()

    def poll():
        player = window.player
        if (
            player is not None
            and not player.released
            and player.backend.has_video()
            and player.backend.raw_time_ms() > 0
        ):
            print(f"first-frame {time.monotonic() - started:.3f}", flush=True)
            window.close()
        elif time.monotonic() - started > 30:
            print("first-frame timeout", flush=True)
            window.close()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)

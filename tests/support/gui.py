"""Helpers of the GUI tests: a window shown and active on Xvfb, its player moving."""

from __future__ import annotations


def show(qtbot, win):
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # keyboard focus needs the active window (no window manager on Xvfb)
    qtbot.waitActive(win)


def wait_playing(qtbot, win, timeout=10000):
    player = win.player
    qtbot.waitUntil(lambda: player.state == "playing", timeout=timeout)
    first = player.backend.raw_time_ms()
    # Moving: forward, or wrapped to the start of the demo's 60 s loop (a start at 59.8 s
    # would otherwise wait a whole minute to pass first + 0.3 s).
    qtbot.waitUntil(lambda: abs(player.backend.raw_time_ms() - first) > 300, timeout=timeout)


def flush_events() -> None:
    """Deliver every event already posted (resizes, layout requests, zero-delay timers) and
    those they post in turn: what "the window settled" means, without waiting for a time."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(3):  # a resize posts a layout request, which may post a resize again
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def wait_played(qtbot, player, ms: int, timeout: int = 10_000) -> None:
    """Until libVLC has played ``ms`` more of the stream: "a while later" measured in the
    stream's own time, not in wall time a loaded machine stretches."""
    start = player.backend.raw_time_ms()
    qtbot.waitUntil(lambda: player.backend.raw_time_ms() >= start + ms, timeout=timeout)

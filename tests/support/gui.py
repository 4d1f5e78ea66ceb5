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

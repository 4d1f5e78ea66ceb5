"""Fixtures of the GUI tests: the main window on the demo, shown and active on Xvfb."""

from __future__ import annotations

import pytest

from observer_app.services.context import open_profile
from observer_app.ui.app import build_window


def show(qtbot, win):
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # keyboard focus needs the active window (no window manager on Xvfb)
    qtbot.waitActive(win)


@pytest.fixture
def window(qtbot, app_dirs):
    profile = open_profile(app_dirs)
    win = build_window(profile, None)
    show(qtbot, win)
    yield win
    win.close()
    profile.close()

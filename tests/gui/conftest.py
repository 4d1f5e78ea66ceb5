"""Fixtures of the GUI tests: the main window on the demo, shown and active on Xvfb."""

from __future__ import annotations

import pytest
from support.gui import show

from observer_app.services.context import open_profile
from observer_app.ui.app import build_window


@pytest.fixture(scope="session", autouse=True)
def _english(qapp):
    """The interface in English whatever this machine's locale, with English plural forms
    ("1 note", "2 notes"), as the app installs it at start. tests/gui/test_i18n.py switches."""
    from observer_app.ui import i18n

    i18n.install("en")


@pytest.fixture(autouse=True)
def _no_first_run(monkeypatch):
    """Every test gets a fresh profile, which would open the welcome page over the window;
    tests/gui/test_first_run.py removes this to test that page itself."""
    monkeypatch.setenv("OBSERVER_NO_FIRST_RUN", "1")


@pytest.fixture
def window(qtbot, app_dirs):
    profile = open_profile(app_dirs)
    win = build_window(profile, None)
    show(qtbot, win)
    yield win
    win.close()
    profile.close()

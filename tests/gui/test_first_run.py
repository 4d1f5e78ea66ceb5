"""The welcome page: shown on a fresh profile over the window (not modal), saves the answers,
never comes back; skipped with OBSERVER_NO_FIRST_RUN=1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from support.gui import flush_events, show

from observer_app.services.context import open_profile
from observer_app.ui import theme
from observer_app.ui.app import build_window
from observer_app.ui.dialogs import first_run

pytestmark = [pytest.mark.gui, pytest.mark.vlc]


def open_window(qtbot, app_dirs):
    profile = open_profile(app_dirs)
    win = build_window(profile, None)
    show(qtbot, win)
    return profile, win


def test_first_start_asks_saves_and_never_asks_again(qtbot, app_dirs, monkeypatch):
    monkeypatch.delenv("OBSERVER_NO_FIRST_RUN")
    profile, win = open_window(qtbot, app_dirs)
    try:
        qtbot.waitUntil(
            lambda: win.first_run is not None and win.first_run.isVisible(), timeout=3000
        )
        page = win.first_run
        assert not page.isModal()
        assert win.isEnabled()  # the window behind keeps working
        page.activateWindow()
        qtbot.waitActive(page)
        page.name.setFocus()
        QTest.keyClicks(page.name, "Ana Pereira")
        page.organization.setText("Digital Rights Coalition")
        page.interpretation.setCurrentIndex(page.interpretation.findData("fr"))
        page.ui_language.setCurrentIndex(page.ui_language.findData("es"))
        page.theme.setCurrentIndex(page.theme.findData("high-contrast"))
        QTest.keyClick(
            page.name, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier
        )  # "Start with the &demo"
        qtbot.waitUntil(lambda: not page.isVisible(), timeout=3000)
        s = profile.settings
        assert (s.get("author.name"), s.get("author.organization")) == (
            "Ana Pereira",
            "Digital Rights Coalition",
        )
        assert (s.get("player.language"), s.get("ui.language"), s.get("ui.theme")) == (
            "fr",
            "es",
            "high-contrast",
        )
        assert s.get("ui.first_run_done") is True
        assert win.notes.author == "Ana Pereira"  # applied at once
        qtbot.waitUntil(
            lambda: QApplication.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00",
            timeout=2000,
        )
    finally:
        theme.apply("system")
        win.close()
        profile.close()
    # Second start: nothing asked, even with the name emptied again (done is done).
    profile = open_profile(app_dirs)
    profile.settings.set("author.name", "")
    profile.settings.set("ui.theme", "system")
    profile.close()
    profile, win = open_window(qtbot, app_dirs)
    try:
        flush_events()  # the welcome page is decided in a zero-delay timer after show
        assert win.first_run is None
    finally:
        win.close()
        profile.close()


def test_open_my_conference_goes_to_the_open_dialog(qtbot, app_dirs, monkeypatch):
    monkeypatch.delenv("OBSERVER_NO_FIRST_RUN")
    profile, win = open_window(qtbot, app_dirs)
    asked = []
    monkeypatch.setattr(win, "open_conference", lambda source=None: asked.append(source))
    try:
        qtbot.waitUntil(lambda: win.first_run is not None, timeout=3000)
        win.first_run.open_button.click()
        assert asked == [None]
        assert profile.settings.get("ui.first_run_done") is True
        assert profile.settings.get("author.name") == ""  # nothing typed: nothing invented
    finally:
        win.close()
        profile.close()


def test_a_profile_with_a_name_or_the_variable_skips_the_page(qtbot, app_dirs, monkeypatch):
    profile = open_profile(app_dirs)
    profile.settings.set("author.name", "Ana")
    profile.close()
    monkeypatch.delenv("OBSERVER_NO_FIRST_RUN")
    profile, win = open_window(qtbot, app_dirs)
    flush_events()  # the welcome page is decided in a zero-delay timer after show
    assert win.first_run is None
    win.close()
    profile.close()
    profile = open_profile(app_dirs)
    profile.settings.set("author.name", "")
    profile.close()
    monkeypatch.setenv("OBSERVER_NO_FIRST_RUN", "1")
    profile, win = open_window(qtbot, app_dirs)
    flush_events()  # the welcome page is decided in a zero-delay timer after show
    assert win.first_run is None
    win.close()
    profile.close()


def test_the_page_needs_only_the_settings_and_says_what_was_chosen(qtbot, app_dirs, monkeypatch):
    monkeypatch.delenv("OBSERVER_NO_FIRST_RUN")
    profile = open_profile(app_dirs)
    try:
        page = first_run.maybe_show(profile.settings)  # no window: nothing of it is needed
        assert page is not None
        qtbot.addWidget(page)
        told: list[str] = []
        page.saved.connect(lambda: told.append("saved"))
        page.open_requested.connect(lambda: told.append("open"))
        page.name.setText("Ana Pereira")
        page.open_button.click()
        assert told == ["saved", "open"]  # saved first: the window applies them, then opens
        assert profile.settings.get("author.name") == "Ana Pereira"
        assert first_run.maybe_show(profile.settings) is None  # done is done
    finally:
        profile.close()

"""What the sources said stays visible (a status-bar button with every message), a failing
refresh says so, and a conference that could not be read at start is shown once it can."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView
from support.gui import show

from observer_app.services.context import open_profile
from observer_app.ui.app import build_window

pytestmark = pytest.mark.gui
PLAYLIST = (
    '#EXTM3U\n#EXTINF:-1 group-title="Plenary",Plenary\nhttps://example.org/plenary/index.m3u8\n'
)


def test_every_source_message_can_be_read_from_the_status_bar(qtbot, window, tmp_path):
    playlist = tmp_path / "channels.m3u"
    playlist.write_text(PLAYLIST)
    broken = tmp_path / "saved.ics"
    broken.write_text("<!DOCTYPE html><html><body>Please log in</body></html>")
    window.open_conference(f"{playlist}\n{broken}")
    qtbot.waitUntil(
        lambda: [b.name for b in window.conference.bodies] == ["Plenary"], timeout=10000
    )
    status = window.source_status
    assert status.isVisible() and status.messages
    assert any("saved.ics" in m for m in status.messages)
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)
    view = status.dialog.findChild(QListView)
    assert [
        view.model().index(r, 0).data() for r in range(view.model().rowCount())
    ] == status.messages
    status.dialog.close()


def test_a_failing_refresh_is_shown_until_one_succeeds(qtbot, window, tmp_path):
    playlist = tmp_path / "channels.m3u"
    playlist.write_text(PLAYLIST)
    window.open_conference(str(playlist))
    qtbot.waitUntil(
        lambda: [b.name for b in window.conference.bodies] == ["Plenary"], timeout=10000
    )
    assert "Refresh failed" not in window.source_status.text()  # (it does say: no time zone given)
    playlist.unlink()
    with qtbot.waitSignal(window.refresher.failed, timeout=15000):
        window.refresher.refresh()
    assert window.source_status.isVisible() and "Refresh failed" in window.source_status.text()
    assert [b.name for b in window.conference.bodies] == ["Plenary"]  # the last version stays
    playlist.write_text(PLAYLIST)
    with qtbot.waitSignal(window.refresher.succeeded, timeout=15000):
        window.refresher.refresh()
    assert "Refresh failed" not in window.source_status.text()


def test_a_conference_unreadable_at_start_replaces_the_demo_once_readable(
    qtbot, app_dirs, tmp_path
):
    playlist = tmp_path / "channels.m3u"
    profile = open_profile(app_dirs)
    profile.settings.set(
        "conference.last_feed", str(playlist)
    )  # the observer's conference, not there yet
    win = build_window(profile, None)
    show(qtbot, win)
    try:
        assert "demo" in win.conference.name.lower() and win.source_status.isVisible()
        playlist.write_text(PLAYLIST)
        win.refresher.refresh()
        qtbot.waitUntil(
            lambda: [b.name for b in win.conference.bodies] == ["Plenary"], timeout=15000
        )
        assert not any("demo" in m for m in win.source_status.messages)
    finally:
        win.close()
        profile.close()


def test_a_refresh_that_falls_back_to_the_saved_copy_says_so(qtbot, window, tmp_path):
    from support.server import StreamServer

    (tmp_path / "web").mkdir()
    (tmp_path / "web" / "channels.m3u").write_text(PLAYLIST)
    server = StreamServer(tmp_path / "web").start()
    try:
        window.open_conference(server.url("channels.m3u"))
        qtbot.waitUntil(
            lambda: [b.name for b in window.conference.bodies] == ["Plenary"], timeout=10000
        )
        assert not any("saved earlier" in m for m in window.source_status.messages)
    finally:
        server.stop()  # the network goes away
    with qtbot.waitSignal(window.refresher.succeeded, timeout=15000):
        window.refresher.refresh()
    assert any("saved earlier" in m for m in window.source_status.messages)
    assert window.source_status.isVisible() and [b.name for b in window.conference.bodies] == [
        "Plenary"
    ]


def test_the_demo_standing_in_is_replaced_by_the_conference_asked_for_not_the_last_one(
    qtbot, app_dirs, tmp_path
):
    last = tmp_path / "last.m3u"
    last.write_text(PLAYLIST)
    asked = tmp_path / "asked.m3u"  # --feed asked.m3u, which is not there yet
    profile = open_profile(app_dirs)
    profile.settings.set("conference.last_feed", str(last))
    win = build_window(profile, str(asked))
    show(qtbot, win)
    try:
        assert "demo" in win.conference.name.lower() and win.refresher.source == str(asked)
    finally:
        win.close()
        profile.close()

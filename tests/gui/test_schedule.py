"""The schedule: follow a body or session, reminders, the day timeline, .ics of followed sessions."""

from __future__ import annotations

from datetime import timedelta

import icalendar
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip

from observer_app.core.follows import BODY, SESSION, Follow
from observer_app.ui.dialogs import calendar
from observer_app.ui.models.schedule import FOLLOWED, NAME

pytestmark = [pytest.mark.gui, pytest.mark.vlc]


def body_row(win, body_id):
    return win.schedule.model.index_of_body(body_id)


def test_ctrl_d_follows_the_selected_body_and_the_list_shows_it(qtbot, window):
    index = body_row(window, "com6")
    window.schedule.view.setCurrentIndex(index)
    window.schedule.view.setFocus()
    qtbot.keyClick(window.schedule.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.profile.follows.follows(window.conference.id) == {Follow(BODY, "com6")}
    name = window.schedule.model.data(window.schedule.model.index(index.row(), NAME))
    assert name.startswith(FOLLOWED)
    first_session = window.schedule.model.index(0, NAME, index)
    assert window.schedule.model.data(first_session).startswith(FOLLOWED)  # its sessions too
    qtbot.keyClick(window.schedule.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.profile.follows.follows(window.conference.id) == set()


def test_a_followed_session_reminds_once_and_watch_opens_its_body(qtbot, window):
    conf = window.conference
    session = next(s for s in conf.sessions_of("plenary"))
    window.set_followed(Follow(SESSION, session.id), True)
    window.profile.settings.set("schedule.reminder_minutes", 10)
    assert window.reminders.check(now=session.start - timedelta(minutes=20)) == []
    due = window.reminders.check(now=session.start - timedelta(minutes=7))
    assert [r.session.id for r in due] == [session.id]
    assert window.reminders.check(now=session.start - timedelta(minutes=6)) == []  # once
    # Xvfb has no notification tray: the banner says it, and Watch opens the body.
    assert window.reminders.tray is None and window.banner.isVisible()
    assert "starts in 7 min" in window.banner.label.text()
    qtbot.mouseClick(window.banner.watch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.player_panel.target is not None
            and window.player_panel.target.body_id == "plenary"
        )
    )
    assert not window.banner.isVisible()


def test_day_timeline_is_keyboard_driven(qtbot, window):
    window.schedule.tabs.setCurrentIndex(1)
    timeline = window.schedule.timeline
    timeline.setFocus()
    qtbot.waitUntil(timeline.hasFocus)
    day = timeline.day
    assert timeline.sessions_of_day(), "the demo has sessions on the day shown"
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    chosen = timeline.selected
    assert chosen is not None and chosen in timeline.sessions_of_day()
    qtbot.keyClick(timeline, Qt.Key.Key_F)
    assert Follow(SESSION, chosen.id) in window.profile.follows.follows(window.conference.id)
    qtbot.keyClick(timeline, Qt.Key.Key_PageDown)
    assert timeline.day > day or timeline.day == max(timeline.days())
    qtbot.keyClick(timeline, Qt.Key.Key_PageUp)
    # the rectangle of a session is inside the widget and a click there selects it
    timeline.set_day(chosen.start.astimezone(timeline._tz).date())
    rect = timeline.session_rect(chosen)
    assert timeline.rect().contains(rect.center().toPoint())
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert timeline.selected == chosen
    # hovering it shows what it is (the tooltip event Qt sends on a pause over the widget)
    inside = rect.center().toPoint()
    QApplication.sendEvent(
        timeline, QHelpEvent(QEvent.Type.ToolTip, inside, timeline.mapToGlobal(inside))
    )
    qtbot.waitUntil(lambda: QToolTip.text() == timeline.describe(chosen), timeout=3_000)


def test_followed_sessions_export_as_a_calendar_with_zone_and_alarm(
    qtbot, window, tmp_path, monkeypatch
):
    window.set_followed(Follow(BODY, "com5"), True)
    window.profile.settings.set(
        "schedule.reminder_minutes", 40
    )  # the calendar rings when the app would
    target = tmp_path / "followed.ics"
    # The file dialog is the one part not driven here (a native dialog); it answers a path.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "iCalendar (*.ics)")
    )
    calendar.export_followed(window, window.profile, window.conference)
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    events = [c for c in parsed.walk("VEVENT")]
    assert len(events) == len(window.conference.sessions_of("com5"))
    assert all(e["DTSTART"].params["TZID"] == window.conference.timezone for e in events)
    assert parsed.walk("VTIMEZONE") and all(e.walk("VALARM") for e in events)
    assert {a["TRIGGER"].dt for e in events for a in e.walk("VALARM")} == {-timedelta(minutes=40)}


def test_open_conference_from_a_playlist_and_a_calendar_then_find_it_in_recent(
    qtbot, window, tmp_path
):
    from support.sources import CALENDAR, PLAYLIST

    from observer_app.services.recent import recent
    from observer_app.ui.dialogs.open_conference import OpenConferenceDialog

    (tmp_path / "channels.m3u").write_text(PLAYLIST)
    (tmp_path / "schedule.ics").write_bytes(CALENDAR.encode())
    source = f"{tmp_path / 'channels.m3u'}\n{tmp_path / 'schedule.ics'}"
    window.open_conference(source)
    qtbot.waitUntil(
        lambda: [s.title for s in window.conference.sessions] == ["Committee 5 - Meeting 1"],
        timeout=10000,
    )
    assert window.schedule.model.rowCount() == 2  # Committee 5 and Plenary
    assert recent(window.profile.settings)[0] == source
    dialog = OpenConferenceDialog(recent(window.profile.settings), window)
    qtbot.addWidget(dialog)
    index = dialog.recent_view.model().index(0, 0)
    assert "(+1 more)" in index.data()
    dialog.recent_view.activated.emit(index)
    assert dialog.result() == OpenConferenceDialog.DialogCode.Accepted and dialog.chosen() == source


def test_a_refresh_updates_the_conference_without_restarting_the_player(qtbot, window, tmp_path):
    from observer_app.runtime import paths as app_paths

    media = app_paths.resources_dir() / "demo" / "media"
    playlist = tmp_path / "channels.m3u"
    entry = '#EXTINF:-1 group-title="{0}",{0}\n{1}\n'
    playlist.write_text("#EXTM3U\n" + entry.format("Committee 5", (media / "com5.mkv").as_uri()))
    window.open_conference(str(playlist))
    qtbot.waitUntil(
        lambda: [b.name for b in window.conference.bodies] == ["Committee 5"], timeout=10000
    )
    qtbot.waitUntil(
        lambda: window.player is not None and window.player.state == "playing", timeout=10000
    )
    target = window.player_panel.target
    playlist.write_text(
        playlist.read_text() + entry.format("Plenary", (media / "plenary.mkv").as_uri())
    )
    with qtbot.waitSignal(window.refresher.changed, timeout=10000):
        window.refresher.refresh()
    assert sorted(b.name for b in window.conference.bodies) == ["Committee 5", "Plenary"]
    assert window.schedule.model.rowCount() == 2
    assert (
        window.player_panel.target is target and window.player.state == "playing"
    )  # not restarted
    with qtbot.assertNotEmitted(window.refresher.changed, wait=1500):  # unchanged: nothing to apply
        window.refresher.refresh()


def test_a_changed_refresh_interval_applies_without_a_restart(window):
    window.profile.settings.set("conference.refresh_minutes", 0)
    window.apply_settings()
    assert not window.refresher.timer.isActive()
    window.profile.settings.set("conference.refresh_minutes", 5)
    window.apply_settings()
    assert window.refresher.timer.isActive() and window.refresher.timer.interval() == 300_000

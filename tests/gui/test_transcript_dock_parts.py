"""The transcript dock is built from what it uses, without a window (issue 16): the profile, a
function giving the current conference, and the player panel. Real parts: a profile on a real
SQLite file, the real player panel (no tile playing), a WebVTT file opened through the player
controls' signal, the lines read back from the store."""

from __future__ import annotations

from dataclasses import replace

import pytest

from observer_app.store.transcripts import TranscriptRepository
from observer_app.ui.panels.player import PlayerPanel
from observer_app.ui.transcript_dock import TranscriptDock

pytestmark = [pytest.mark.gui]

VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n{text}\n"


def test_the_dock_needs_no_window_and_follows_the_current_conference(
    qtbot, profile, demo_conference, tmp_path
):
    player_panel = PlayerPanel(None, "no player in this test")
    qtbot.addWidget(player_panel)
    current = [demo_conference]
    dock = TranscriptDock(profile, lambda: current[0], player_panel)
    quoted: list[tuple] = []
    dock.panel.quote_requested.connect(lambda *args: quoted.append(args))

    first = tmp_path / "first.vtt"
    first.write_text(VTT.format(text="Kenya has the floor."), encoding="utf-8")
    player_panel.controls.captions_opened.emit(str(first))
    # The observer opens another conference: the next captions are filed under it.
    current[0] = replace(demo_conference, id="another-conference")
    second = tmp_path / "second.vtt"
    second.write_text(VTT.format(text="Brazil has the floor."), encoding="utf-8")
    player_panel.controls.captions_opened.emit(str(second))

    repo = TranscriptRepository(profile.db)
    key = dock.panel.model.line_at(0).session_key
    assert [x.text for x in repo.lines(demo_conference.id, key)] == ["Kenya has the floor."]
    assert [x.text for x in repo.lines("another-conference", key)] == ["Brazil has the floor."]

    # What the window connects: the shortcuts it adds, the quote it hands to its composer.
    keys = [[k.toString() for k in a.shortcuts()] for a in dock.caption_actions]
    assert keys == [["Ctrl+Shift++", "Ctrl+Shift+="], ["Ctrl+Shift+-", "Ctrl+Shift+_"]]
    dock.panel.show_line(dock.panel.model.line_at(0))
    dock.panel.quote.click()
    assert quoted  # the panel's signal, for whoever holds the composer

    # Transcribe with nothing playing says so, and reaches for no window to do it.
    dock.toggle(True)
    assert not dock.panel.toggle.isChecked()


def test_the_lines_times_follow_the_zone_of_the_conference_opened(qtbot, window, tmp_path):
    """Catches: the pane's zone fixed when it was built (the demo's Seoul time kept for a
    conference opened after it), or the window not telling the pane."""
    from datetime import UTC, datetime

    from observer_app.core.transcript import TranscriptLine

    qtbot.waitUntil(lambda: getattr(window, "transcript", None) is not None, timeout=20_000)
    model = window.transcript.panel.model
    said = datetime(2026, 12, 1, 8, 30, 5, tzinfo=UTC)
    model.set_lines([TranscriptLine(window.conference.id, "s", 0, 4_000, said, "Kenya.")])
    assert window.conference.timezone == "Asia/Seoul"
    assert model.index(0, 0).data().endswith("17:30:05")  # 08:30:05 UTC in Seoul (UTC+9)
    changed: list[int] = []
    model.dataChanged.connect(lambda first, last, roles: changed.append(first.row()))
    playlist = tmp_path / "channels.m3u"
    playlist.write_text(
        '#EXTM3U\n#EXTINF:-1 tvg-id="pl.itu",Plenary\nhttps://example.org/p.m3u8\n',
        encoding="utf-8",
    )
    window.open_conference(str(playlist))  # a playlist has no zone of its own: UTC
    qtbot.waitUntil(lambda: window.conference.source == str(playlist), timeout=20_000)
    qtbot.waitUntil(lambda: model.index(0, 0).data().endswith("08:30:05"), timeout=10_000)
    assert changed  # the view was told to repaint the times

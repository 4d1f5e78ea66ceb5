"""Issue 15: a refresh's new conference is applied one panel per event-loop turn (the window
answers in between), and the guide's days, kept across refreshes, still follow the sessions.
Real window on the demo conference."""

from __future__ import annotations

import weakref
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer

from observer_app.services.conference import OpenResult

pytestmark = pytest.mark.gui


def refreshed(conference) -> OpenResult:
    """The OpenResult a refresh hands over, with ``conference`` in it."""
    from observer_app.runtime import paths as app_paths
    from observer_app.services.conference import open_feed

    base = open_feed(str(app_paths.demo_feed()), None)
    return OpenResult(replace(base.feed, conference=conference))


def test_the_window_answers_between_the_panels_of_a_refresh(qtbot, window, monkeypatch):
    order: list[str] = []
    real = window.documents.set_conference

    def documents_updated(conference):
        order.append("documents updated")
        real(conference)

    monkeypatch.setattr(window.documents, "set_conference", documents_updated)
    newer = replace(window.conference, name=window.conference.name + " (updated)")
    QTimer.singleShot(0, lambda: order.append("an event of the window"))
    window.apply_refresh(refreshed(newer))
    assert window.schedule.conference is newer  # the first panel at once
    qtbot.waitUntil(lambda: window.controller.conference is newer)
    assert order == ["an event of the window", "documents updated"]
    assert window.notes.conference is newer and window.schedule.timeline.conference is newer


def test_the_guides_days_follow_a_refresh_that_moves_a_session(qtbot, window):
    timeline = window.schedule.timeline
    before = timeline.days()
    last = max(window.conference.sessions, key=lambda s: s.end)
    moved = replace(last, start=last.start + timedelta(days=3), end=last.end + timedelta(days=3))
    sessions = tuple(moved if s is last else s for s in window.conference.sessions)
    newer = replace(window.conference, sessions=sessions)
    window.apply_refresh(refreshed(newer))
    qtbot.waitUntil(lambda: timeline.conference is newer)
    day = moved.start.astimezone(timeline._tz).date()
    assert day in timeline.days() and day not in before


def test_a_refreshed_away_conference_is_freed_a_slice_per_turn(qtbot, window, monkeypatch):
    """Freeing a 50,000-channel conference at once took 14 ms of the GUI thread: the replaced
    one is freed a slice per turn after the panels, and nothing keeps it (the reminders and
    the tiles playing take the newer one)."""
    from observer_app.runtime import heap
    from observer_app.ui.refresh import RefreshOutcome

    monkeypatch.setattr(heap, "SLICE", 1)  # a channel per turn: the demo has a few
    shown = window.conference
    alive = [weakref.ref(stream) for stream in shown.streams]
    assert len(alive) >= 2
    # The newer conference has channels of its own: the old ones are held by nothing else.
    newer = replace(shown, name=shown.name + " (updated)")
    newer = replace(newer, streams=tuple(replace(s) for s in shown.streams))
    refresher, counts = window.refresher, []
    ticker = QTimer()
    ticker.timeout.connect(lambda: counts.append(sum(ref() is not None for ref in alive)))
    ticker.start(0)
    refresher._done(RefreshOutcome(refreshed(newer), "digest", refresher.shown, []))
    del shown
    qtbot.waitUntil(lambda: bool(counts) and counts[-1] == 0)
    ticker.stop()
    assert window.reminders.conference is newer
    assert len(set(counts)) > 2, counts  # not all at once: some turns saw some channels left

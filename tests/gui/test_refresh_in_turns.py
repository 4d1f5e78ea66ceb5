"""Issue 15: a refresh's new conference is applied one panel per event-loop turn (the window
answers in between), and the guide's days, kept across refreshes, still follow the sessions.
Real window on the demo conference."""

from __future__ import annotations

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

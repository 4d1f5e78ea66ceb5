"""A refresh signals only what changed (issue 15: a data signal for each of 300 bodies' sessions
held the GUI thread 40 ms on a 50,000-channel conference), and still every change: an edited
title, and a status that moved with the clock since the last tick."""

from __future__ import annotations

from datetime import timedelta

import pytest

from observer_app.ui.models.schedule import ScheduleModel
from tests.gui.test_schedule_updates import NOW, conference

pytestmark = pytest.mark.gui
BODIES = {f"b{i}": [f"b{i}-s{j}" for j in range(3)] for i in range(50)}


def session_signals(model: ScheduleModel) -> list[tuple[str, int, int]]:
    """(body id, first row, last row) of each dataChanged under a body."""
    seen: list[tuple[str, int, int]] = []

    def note(top, bottom, *_roles):
        if top.parent().isValid():
            seen.append((model.body_at(top.parent()).id, top.row(), bottom.row()))

    model.dataChanged.connect(note)
    return seen


def test_a_refresh_signals_the_sessions_of_the_body_it_changed_only(qtbot):
    model = ScheduleModel()
    model.set_conference(conference(BODIES), NOW)
    seen = session_signals(model)
    model.set_conference(conference(BODIES, {"b7-s1": "Budget, second reading"}), NOW)
    assert [body for body, _first, _last in seen] == ["b7"]
    b7 = model.index(7, 0)
    assert model.data(model.index(1, 0, b7)) == "Budget, second reading"


def test_a_status_that_moved_since_the_last_tick_is_signalled_at_a_refresh(qtbot):
    model = ScheduleModel()
    model.set_conference(conference(BODIES), NOW - timedelta(hours=2))
    seen = session_signals(model)
    # Same conference, two hours later: each body's first session (NOW to NOW+1h) is now live.
    model.set_conference(conference(BODIES), NOW + timedelta(minutes=5))
    assert {body for body, first, last in seen if first <= 0 <= last} == set(BODIES)


def body_signals(model: ScheduleModel) -> list[tuple[int, int]]:
    """(first row, last row) of each dataChanged over body rows."""
    seen: list[tuple[int, int]] = []

    def note(top, bottom, *_roles):
        if not top.parent().isValid():
            seen.append((top.row(), bottom.row()))

    model.dataChanged.connect(note)
    return seen


def test_a_refresh_signals_the_body_rows_that_changed_only(qtbot):
    """Not one signal over all the bodies: QTreeView re-measures every row between its ends,
    sessions included (5,600 size hints, seconds of CPU, at each 50,000-channel refresh)."""
    model = ScheduleModel()
    model.set_conference(conference(BODIES), NOW)
    seen = body_signals(model)
    model.set_conference(conference(BODIES), NOW)
    assert seen == []  # nothing changed: nothing to re-measure
    model.set_conference(conference(BODIES, {"b7": "Committee 7, renamed"}), NOW)
    assert seen == [(7, 7)]
    assert model.data(model.index(7, 0)) == "Committee 7, renamed"
    model.set_conference(conference(BODIES, {"b3-s0": "Opening, moved"}), NOW)
    # b3's sessions changed (its now/next may show another); b7 has its name back.
    assert seen[1:] == [(3, 3), (7, 7)]


def test_each_tick_works_out_the_statuses_of_now_only(qtbot, monkeypatch):
    """The statuses of the previous tick are kept, not worked out again at each tick."""
    from observer_app.ui.models import schedule

    model = ScheduleModel()
    model.set_conference(conference(BODIES), NOW)
    model.set_now(NOW + timedelta(minutes=1))
    calls = []
    real = schedule._statuses
    monkeypatch.setattr(schedule, "_statuses", lambda *a: calls.append(1) or real(*a))
    model.set_now(NOW + timedelta(minutes=2))
    assert len(calls) == len(BODIES)
    seen = session_signals(model)
    model.set_now(NOW + timedelta(hours=1, minutes=5))  # every first session ended: signalled
    assert {body for body, first, last in seen if first <= 0 <= last} == set(BODIES)

"""A refreshed conference reaches the schedule as row changes, not a reset: the tree stays right
(checked by Qt's own model tester and against a freshly built model), and what the observer did
(selected session, collapsed bodies, chosen filter) survives."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTreeView
from support.gui import flush_events

from observer_app.core.model import Body, Conference, Session
from observer_app.ui.models.schedule import ScheduleModel
from observer_app.ui.panels.note_filters import NoteFilterBar
from observer_app.ui.panels.schedule import SchedulePanel

pytestmark = pytest.mark.gui
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def conference(bodies: dict[str, list[str]], titles: dict[str, str] | None = None) -> Conference:
    """Bodies (id -> session ids, in order); a session's title is its id unless ``titles`` says."""
    titles = titles or {}
    sessions = tuple(
        Session(
            sid, bid, titles.get(sid, sid), NOW + timedelta(hours=i), NOW + timedelta(hours=i + 1)
        )
        for bid, sids in bodies.items()
        for i, sid in enumerate(sids)
    )
    return Conference(
        "conf",
        "Conference",
        "Europe/Zurich",
        bodies=tuple(Body(bid, titles.get(bid, bid.upper())) for bid in bodies),
        sessions=sessions,
    )


def tree(model: ScheduleModel) -> list[tuple[str, list[str]]]:
    """What the model shows: body names with their session titles (from data(), as a view reads it)."""
    shown = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        shown.append(
            (
                model.data(parent),
                [model.data(model.index(r, 0, parent)) for r in range(model.rowCount(parent))],
            )
        )
    return shown


def mutate(
    rng: random.Random, bodies: dict[str, list[str]], serial: list[int]
) -> dict[str, list[str]]:
    """A random small refresh: bodies and sessions added, removed, renamed or moved."""
    out = {b: list(s) for b, s in bodies.items()}
    for _ in range(rng.randint(1, 4)):
        serial[0] += 1
        n = serial[0]
        action = rng.choice(
            ["add_body", "drop_body", "add_session", "drop_session", "move_body", "nothing"]
        )
        keys = list(out)
        if action == "add_body" or not keys:
            pos = rng.randint(0, len(keys))
            keys.insert(pos, f"b{n}")
            out[f"b{n}"] = [f"s{n}-{i}" for i in range(rng.randint(0, 3))]
            out = {k: out[k] for k in keys}
        elif action == "drop_body":
            out.pop(rng.choice(keys))
        elif action == "add_session":
            sessions = out[rng.choice(keys)]
            sessions.insert(rng.randint(0, len(sessions)), f"s{n}")
        elif action == "drop_session":
            sessions = out[rng.choice(keys)]
            if sessions:
                sessions.pop(rng.randrange(len(sessions)))
        elif action == "move_body":
            key = keys.pop(rng.randrange(len(keys)))
            keys.insert(rng.randint(0, len(keys)), key)
            out = {k: out[k] for k in keys}
    return out


@pytest.mark.parametrize("seed", range(12))
def test_random_refreshes_show_the_same_tree_as_a_fresh_model_without_a_reset(qtbot, seed):
    rng = random.Random(seed)
    bodies = {
        f"a{i}": [f"a{i}-s{j}" for j in range(rng.randint(0, 4))] for i in range(rng.randint(0, 8))
    }
    model = ScheduleModel()
    QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning
    )  # a warning fails the test
    view = QTreeView()
    view.setModel(model)
    view.expandAll()
    model.set_conference(conference(bodies), NOW)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    serial = [0]
    for _ in range(8):
        bodies = mutate(rng, bodies, serial)
        titles = {
            sid: f"{sid} (v{serial[0]})"
            for sids in bodies.values()
            for sid in sids
            if rng.random() < 0.3
        }
        model.set_conference(conference(bodies, titles), NOW)
        fresh = ScheduleModel()
        fresh.set_conference(conference(bodies, titles), NOW)
        assert tree(model) == tree(fresh)
    assert resets == []


def test_a_selected_session_stays_selected_when_bodies_are_added_above_it(qtbot):
    model = ScheduleModel()
    view = QTreeView()
    view.setModel(model)
    model.set_conference(conference({"pl": ["pl-1"], "c5": ["c5-1", "c5-2"]}), NOW)
    view.setCurrentIndex(model.index(1, 0, model.index(1, 0)))
    assert model.session_at(view.currentIndex()).id == "c5-2"
    model.set_conference(
        conference({"new": ["n-1", "n-2"], "pl": ["pl-1", "pl-0"], "c5": ["c5-0", "c5-1", "c5-2"]}),
        NOW,
    )
    current = view.currentIndex()
    assert model.session_at(current).id == "c5-2"
    assert model.body_at(current).id == "c5"
    assert model.parent(current).row() == 2


def test_a_body_removed_under_the_selection_leaves_nothing_dangling(qtbot):
    model = ScheduleModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    view = QTreeView()
    view.setModel(model)
    model.set_conference(conference({"pl": ["pl-1"], "c5": ["c5-1"]}), NOW)
    view.setCurrentIndex(model.index(0, 0, model.index(1, 0)))
    model.set_conference(conference({"pl": ["pl-1"]}), NOW)
    assert (
        model.session_at(view.currentIndex()) is None
        or model.session_at(view.currentIndex()).id == "pl-1"
    )
    assert [b.id for b in (model.body_at(model.index(r, 0)) for r in range(model.rowCount()))] == [
        "pl"
    ]


def test_a_refresh_keeps_collapsed_bodies_closed_and_opens_new_ones(qtbot):
    panel = SchedulePanel()
    qtbot.addWidget(panel)
    panel.set_conference(conference({"pl": ["pl-1"], "c5": ["c5-1"]}))
    c5 = panel.model.index_of_body("c5")
    assert panel.view.isExpanded(c5)
    panel.view.setExpanded(c5, False)
    panel.set_conference(conference({"pl": ["pl-1", "pl-2"], "c5": ["c5-1"], "c6": ["c6-1"]}))
    assert not panel.view.isExpanded(panel.model.index_of_body("c5"))
    assert panel.view.isExpanded(panel.model.index_of_body("c6"))
    assert panel.view.isExpanded(panel.model.index_of_body("pl"))


def test_the_body_filter_survives_a_refresh_and_falls_back_when_its_body_goes(qtbot):
    panel = SchedulePanel()
    qtbot.addWidget(panel)
    panel.set_conference(conference({"pl": ["pl-1"], "c5": ["c5-1"]}))
    panel.body_filter.setCurrentIndex(panel.body_filter.findData("c5"))
    assert panel.model.rowCount() == 1
    panel.set_conference(conference({"pl": ["pl-1"], "c5": ["c5-1", "c5-2"], "c6": []}))
    assert panel.body_filter.currentData() == "c5"
    assert [panel.model.body_at(panel.model.index(0, 0)).id, panel.model.rowCount()] == ["c5", 1]
    assert panel.model.rowCount(panel.model.index(0, 0)) == 2
    panel.set_conference(conference({"pl": ["pl-1"]}))
    assert panel.body_filter.currentData() is None
    assert panel.model.rowCount() == 1 and panel.model.body_at(panel.model.index(0, 0)).id == "pl"
    assert panel.view.isExpanded(panel.model.index(0, 0))  # its sessions show


def test_note_filters_keep_the_chosen_body_and_say_when_it_is_gone(qtbot):
    bar = NoteFilterBar()
    qtbot.addWidget(bar)
    bar.set_choices(conference({"pl": [], "c5": []}), [], ["Kenya"], ["privacy"])
    bar.body.setCurrentIndex(bar.body.findData("c5"))
    bar.tag.setCurrentIndex(bar.tag.findData("privacy"))
    with qtbot.assertNotEmitted(bar.changed):
        bar.set_choices(
            conference({"new": [], "pl": [], "c5": []}), [], ["Kenya"], ["privacy", "wsis"]
        )
    assert (bar.body.currentData(), bar.tag.currentData()) == ("c5", "privacy")
    assert bar.body.count() == 4  # "All bodies" + three
    with qtbot.waitSignal(bar.changed, timeout=1000):
        bar.set_choices(conference({"pl": []}), [], ["Kenya"], ["privacy"])
    assert bar.current().body_id is None and bar.current().tag == "privacy"


def test_an_unchanged_refresh_of_many_bodies_signals_no_rows(qtbot):
    bodies = {f"ch{i}": [] for i in range(3000)}
    model = ScheduleModel()
    model.set_conference(conference(bodies), NOW)
    moved = []
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
        signal.connect(lambda *args: moved.append(args))
    model.set_conference(replace(conference(bodies), name="Renamed"), NOW)
    assert moved == []
    assert model.rowCount() == 3000 and model.index(2999, 0) != QModelIndex()


def test_the_day_view_leaves_out_bodies_without_any_session_and_says_so(qtbot):
    panel = SchedulePanel()
    qtbot.addWidget(panel)
    panel.set_conference(conference({"ch1": [], "pl": ["pl-1"], "ch2": [], "c5": ["c5-1"]}))
    assert panel.timeline.body_ids == ["pl", "c5"]
    assert not panel.hidden_label.isHidden() and "2 bodies" in panel.hidden_label.text()
    panel.set_conference(
        conference({"ch1": [], "ch2": []})
    )  # a bare playlist: every channel is a row
    assert panel.timeline.body_ids == ["ch1", "ch2"] and panel.hidden_label.isHidden()


def test_time_columns_give_way_to_titles_in_a_narrow_panel(qtbot):
    tomorrow = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    panel = SchedulePanel()
    qtbot.addWidget(panel)
    panel.set_conference(
        Conference(
            "conf",
            "Conference",
            "Europe/Zurich",
            bodies=(Body("pl", "Plenary"),),
            sessions=(
                Session(
                    "s1",
                    "pl",
                    "A session with a long title",
                    tomorrow,
                    tomorrow + timedelta(hours=1),
                ),
            ),
        )
    )
    session_status = panel.model.index(0, 1, panel.model.index(0, 0))
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    assert not panel.view.isColumnHidden(2)  # the conference's time fits beside the titles
    assert session_status.data() == ""  # it is in its own column
    panel.resize(260, 500)
    qtbot.waitUntil(lambda: panel.view.isColumnHidden(2) and panel.view.isColumnHidden(3))
    flush_events()  # the view settles (hiding columns resizes the viewport again): it must stay so
    assert panel.view.isColumnHidden(2)
    local = tomorrow.astimezone(ZoneInfo("Europe/Zurich"))
    assert local.strftime("%H:%M") in session_status.data()  # the start time moved into the status
    panel.resize(900, 500)
    qtbot.waitUntil(lambda: not panel.view.isColumnHidden(2))


def test_a_night_sitting_shows_on_both_days_it_touches(qtbot):
    from observer_app.ui.panels.timeline import LABEL_W

    zone = ZoneInfo("Asia/Seoul")
    start = datetime(2026, 12, 2, 23, 0, tzinfo=zone)
    night = Session("night", "pl", "Night sitting", start, start + timedelta(hours=3))
    morning = Session(
        "morning", "pl", "Morning", start + timedelta(hours=10), start + timedelta(hours=12)
    )
    panel = SchedulePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.set_conference(
        Conference(
            "conf",
            "Conference",
            "Asia/Seoul",
            bodies=(Body("pl", "Plenary"),),
            sessions=(night, morning),
        )
    )
    timeline = panel.timeline
    assert [str(d) for d in timeline.days()] == ["2026-12-02", "2026-12-03"]
    timeline.set_day(start.date() + timedelta(days=1))
    assert [s.id for s in timeline.sessions_of_day()] == ["night", "morning"]
    rect = timeline.session_rect(night)
    assert rect.left() >= LABEL_W and rect.width() > 4  # from midnight, not off the left edge
    timeline.set_day(start.date())
    assert [s.id for s in timeline.sessions_of_day()] == ["night"]
    assert timeline.session_rect(night).right() <= timeline.width()


def test_the_first_open_expands_only_bodies_with_sessions(qtbot):
    panel = SchedulePanel()
    qtbot.addWidget(panel)
    panel.set_conference(conference({"ch1": [], "pl": ["pl-1"], "ch2": []}))
    expanded = [
        b for b in ("ch1", "pl", "ch2") if panel.view.isExpanded(panel.model.index_of_body(b))
    ]
    assert expanded == ["pl"]  # (a view keeps one persistent index per expanded row: 4,600 cost)

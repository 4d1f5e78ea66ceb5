"""Issue 15: ``run_task`` keeps its threads for the next task (``Thread.start()`` waits until the
new thread runs: up to 130 ms of the GUI thread on a loaded machine), yet a long task never
holds up another one."""

from __future__ import annotations

import threading

import pytest

from observer_app.ui.jobs import run_task

pytestmark = pytest.mark.gui


def test_a_finished_tasks_thread_runs_the_next_task(qtbot):
    done: list[object] = []
    run_task(lambda: None, done.append, pytest.fail)  # at least one kept thread from now on
    qtbot.waitUntil(lambda: len(done) == 1)
    existing = set(threading.enumerate())  # earlier tests may have left idle threads too
    ran_on: list[threading.Thread] = []
    for number in range(3):  # one after the other, as a search box asks
        run_task(lambda: ran_on.append(threading.current_thread()), done.append, pytest.fail)
        qtbot.waitUntil(lambda number=number: len(done) == number + 2)
    assert set(ran_on) <= existing and threading.main_thread() not in ran_on


def test_a_long_task_does_not_hold_up_the_next(qtbot):
    release = threading.Event()
    done: list[str] = []
    run_task(lambda: release.wait(10) and "long", done.append, pytest.fail)
    run_task(lambda: "short", done.append, pytest.fail)
    qtbot.waitUntil(lambda: done == ["short"])  # while the long one still waits
    release.set()
    qtbot.waitUntil(lambda: done == ["short", "long"])

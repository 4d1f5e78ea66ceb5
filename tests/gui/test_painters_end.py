"""The app's own paintEvents end their QPainter before returning. One left to Python's
garbage outlived the event whenever something held the frame (a profiler's or a stall
watchdog's stack sample, a traceback): Qt warned "endPaint() called with active painter" and
the scripted session crashed when the painter was later destroyed on the sampler's thread
(issue 15, benchmarks/window_session.py --full)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

from observer_app.runtime import paths as app_paths
from observer_app.services.conference import open_feed
from observer_app.ui.panels.timeline import TimelineView
from observer_app.ui.reminders import ReminderBanner
from observer_app.ui.widgets.elided_label import ElidedLabel


def _timeline_with_demo() -> QWidget:
    view = TimelineView()
    view.set_conference(open_feed(str(app_paths.demo_feed())).feed.conference)
    return view


def _timeline_empty() -> QWidget:
    return TimelineView()  # no conference yet: the early return


def _banner() -> QWidget:
    banner = ReminderBanner()
    banner.show()
    return banner


def _label() -> QWidget:
    return ElidedLabel("Committee 5 — Document 67(Rev.1) and DT/33, a long title " * 3)


@pytest.mark.parametrize("make", [_timeline_with_demo, _timeline_empty, _banner, _label])
def test_the_painter_is_ended_when_paint_event_returns(qtbot, make):
    widget = make()
    qtbot.addWidget(widget)
    widget.resize(640, 300)
    widget.show()
    qtbot.waitExposed(widget)
    kept = []  # the paintEvent frames, held as a stack sampler holds them

    def hold(frame, event, _arg):
        if event == "return" and frame.f_code.co_name == "paintEvent":
            kept.append(frame)

    sys.setprofile(hold)
    try:
        widget.update()
        qtbot.waitUntil(lambda: any("painter" in f.f_locals for f in kept))
    finally:
        sys.setprofile(None)
    painters = [f.f_locals["painter"] for f in kept if "painter" in f.f_locals]
    assert not any(p.isActive() for p in painters)

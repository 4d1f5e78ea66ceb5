"""SIGTERM closes the window from the event loop, never inside the code the signal interrupted
(a SIGTERM during the staged start once closed a window still building its panes, which then
had no controller: a traceback at exit)."""

from __future__ import annotations

import signal

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from observer_app.ui.app import _quit_on_sigterm

pytestmark = pytest.mark.gui


def test_the_signal_handler_only_asks_and_the_event_loop_closes(qtbot):
    kept = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    window = QWidget()
    window.setObjectName("main_window")
    qtbot.addWidget(window)
    window.show()
    try:
        _quit_on_sigterm(QApplication.instance())
        handler = signal.getsignal(signal.SIGTERM)
        handler(signal.SIGTERM, None)  # as Python runs it: between two bytecodes of any code
        assert window.isVisible(), "closed inside the interrupted code"
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        signal.signal(signal.SIGTERM, kept[0])
        signal.signal(signal.SIGINT, kept[1])

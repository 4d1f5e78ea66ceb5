"""A staged start-up (issue 15): the window maps and the video starts first; the panes are
built after the first frame, one per turn of the event loop, into docks that already have
their restored sizes, so nothing moves when they fill in.

While the panes are being built, keystrokes are held (``KeyBuffer``) and replayed once the
window is complete: a note typed the instant the window appears loses no letter, whatever
widget ends up with the focus.
"""

from __future__ import annotations

import linecache
import logging
import sys
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("observer.ui")

_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
# Mouse presses on a window still being built are dropped: a menu or a pane's placeholder
# has nothing to act on yet (a click in the first few hundred ms; rarely wanted).
_CLICKS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class Placeholder(QWidget):
    """What a dock holds until its pane is built: empty, so that the dock keeps the size
    restoreState gave it (a pane is swapped in with ``QDockWidget.setWidget``)."""

    def __init__(self, key: str, minimum: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.setObjectName(f"placeholder_{key}")
        if minimum:  # the pane's own, measured at the last start: the docks keep their splits
            self.setMinimumSize(*minimum)


class KeyBuffer(QObject):
    """Holds the key events that reach ``window`` until ``release``, then sends copies to the
    widget that has the focus by then, in the order typed.

    It watches the whole application only once the window's first paint is done (nobody types
    into a window not yet on screen): an application-wide filter hands every event's receiver to
    Python, and the first receiver of a class PySide has not met yet (Qt's internal window and
    dock classes) makes it set up every QObject class of the loaded Qt modules, 104 enums,
    40-50 ms of the main thread that the first frame used to wait for (issue 15)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.held: list[QKeyEvent] = []
        self._replaying = False
        self._released = self._watching_all = self._painted = False
        window.installEventFilter(self)  # (its own events only, until the first paint)

    def _watch_application(self) -> None:
        self._watching_all = True
        self.window.removeEventFilter(self)
        app = QApplication.instance()
        if app is not None and not self._released:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Paint and not self._painted and watched is self.window:
            # On the next turn, not now: the window's widgets paint in this same pass after it,
            # and through an application-wide filter they made PySide set its classes up
            # before the frame reached the screen.
            self._painted = True
            QTimer.singleShot(0, self, self._watch_application)
        if self._replaying or kind not in _KEYS + _CLICKS:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            # Claimed for the key press that follows (held below): else Qt's shortcut map
            # would run the command of the widget focused now (Space or a letter in the
            # player's controls) and the key would never reach the note.
            event.accept()
        elif kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            self.held.append(event.clone())
        return True  # held (keys), claimed (shortcut overrides) or dropped (clicks)

    def release(self) -> None:
        """Stop holding; replay what was held to the focus widget (else the window)."""
        self._released = True
        self.window.removeEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        held, self.held = self.held, []
        self._replaying = True
        try:
            for event in held:
                target = QApplication.focusWidget()
                if target is None or target.window() is not self.window:
                    target = self.window
                action = self._shortcut(target, event)
                if action is not None:  # a command's shortcut (Ctrl+N...) runs the command
                    action.trigger()
                elif not self._is_shortcut_release(event):
                    QCoreApplication.sendEvent(target, event)
        finally:
            self._replaying = False
        if held:
            log.debug("start-up: %d key events replayed", len(held))

    def _shortcut(self, target: QWidget, event: QKeyEvent) -> QAction | None:
        """The enabled action of the window whose shortcut is this key press where ``target``
        has the focus (a sent event skips Qt's shortcut map, so the map is asked here)."""
        if event.type() != QEvent.Type.KeyPress:
            return None
        pressed = QKeySequence(event.keyCombination())
        for action in self.window.findChildren(QAction):
            if not action.isEnabled() or pressed not in action.shortcuts():
                continue
            owners = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
            context = action.shortcutContext()
            if context in (
                Qt.ShortcutContext.WindowShortcut,
                Qt.ShortcutContext.ApplicationShortcut,
            ):
                return action
            if context == Qt.ShortcutContext.WidgetShortcut and target in owners:
                return action
            if context == Qt.ShortcutContext.WidgetWithChildrenShortcut and any(
                w is target or w.isAncestorOf(target) for w in owners
            ):
                return action
        return None

    def _is_shortcut_release(self, event: QKeyEvent) -> bool:
        """The release of a key whose press ran a command (not sent on: nothing typed it)."""
        if event.type() != QEvent.Type.KeyRelease:
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(pressed in a.shortcuts() for a in self.window.findChildren(QAction))


def after_first_paint(widget: QWidget, then: Callable[[], None], fallback_ms: int = 2000) -> None:
    """Call ``then`` on the event loop's turn after ``widget`` was first painted (its window
    mapped and drawn: what the user sees first must not wait for what comes next), or after
    ``fallback_ms`` if it is not painted by then (started minimised). ``then`` must be
    idempotent."""
    QTimer.singleShot(fallback_ms, widget, then)

    class _Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, widget, then)
                self.deleteLater()
            return False

    widget.installEventFilter(_Watch(widget))


def when_video_starts(
    window: QWidget, then: Callable[[], None], cap_ms: int = 1500, every_ms: int = 20
) -> None:
    """Call ``then`` once the window's player has its video output (the first picture is on
    its way: building the panes no longer competes with libVLC's start for the two cores), or
    when nothing plays, or after ``cap_ms`` at the latest."""
    waited = [0]

    def check() -> None:
        player = getattr(window, "player", None)
        if (
            player is None
            or player.released
            or player.backend.has_video()
            or player.state.finished
            or waited[0] >= cap_ms
        ):
            then()
            return
        waited[0] += every_ms
        QTimer.singleShot(every_ms, window, check)

    check()


class Stages:
    """``steps`` run one per turn of the event loop once started (the window repaints and
    libVLC's events are handled between them), then ``done``; ``finish`` runs what is left at
    once (a window closed before it was complete still saves everything)."""

    def __init__(
        self, owner: QObject, steps: Iterable[Callable[[], None]], done: Callable[[], None]
    ) -> None:
        self.owner = owner
        self.todo = list(steps)
        self.done: Callable[[], None] | None = done
        self.started = False

    def start(self) -> None:
        if not self.started:
            self.started = True
            QTimer.singleShot(0, self.owner, self._one)

    def _one(self) -> None:
        if self.todo:
            step = self.todo.pop(0)
            QTimer.singleShot(0, self.owner, self._one)  # (the next turn, even if this raises)
            step()
        else:
            self._done()

    def finish(self) -> None:
        self.started = True
        while self.todo:
            self.todo.pop(0)()
        self._done()

    def _done(self) -> None:
        done, self.done = self.done, None
        if done is not None:
            done()


# How long another Python thread may hold the GIL before the GUI thread's request makes it
# let go (Python's default is 5 ms). CPython wakes one arbitrary waiter at each switch, and a
# waiter that saw a switch go to another thread starts its wait again: in a refresh at 50,000
# channels the GUI thread slept 40 ms of a 44 ms stall on a futex (the GIL) although no C call
# held it over 10 ms (issue 15). A thread sleeping 1 ms at a time against two busy threads
# waited up to 26-30 ms at 5 ms, 11-12 ms at 1 ms; against three, 64-76 ms and 25-27 ms.
GUI_SWITCH_INTERVAL_S = 0.001


def settle() -> None:
    """Once the window is complete: drop the source lines PySide kept, freeze what lives, and
    shorten the GIL's switch interval (``GUI_SWITCH_INTERVAL_S``) for the window's sake.

    PySide's import hook (shibokensupport ``feature_imported``) reads the source of every
    module imported after it, through ``inspect.getsource``, to see whether it uses PySide;
    ``linecache`` then keeps those lines for the life of the process: 7.4 MB of the app's
    memory while playing (tracemalloc, issue 15). A traceback re-reads what it needs.
    """
    from observer_app.runtime import heap

    linecache.clearcache()
    heap.settle()
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)

"""Messages for the person at the screen, from any layer and any thread (after qutebrowser's
``message`` module).

Code that has something to tell the user (a backup failed, the outbox delivered a report, a
sync finished) calls ``message.info/warning/error`` without knowing whether a window exists.
Listeners subscribe: the window's bridge (``ui/message_bridge.py``) carries each message to the
GUI thread and shows it in the status bar or a box. With no listener (the command line, tests
of a service) a message goes to the log only. Pure Python: no Qt here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

log = logging.getLogger("observer.message")


class Level(StrEnum):
    INFO = "info"  # the status bar, for a while
    WARNING = "warning"  # the status bar, marked, for longer
    ERROR = "error"  # a box: it needs to be read


@dataclass(frozen=True)
class Message:
    level: Level
    text: str
    title: str = ""  # the box's title, for errors
    timeout_ms: int = 10_000  # how long the status bar keeps it


Listener = Callable[[Message], None]

_lock = threading.Lock()
_listeners: list[Listener] = []


def subscribe(listener: Listener) -> None:
    with _lock:
        _listeners.append(listener)


def unsubscribe(listener: Listener) -> None:
    with _lock:
        if listener in _listeners:
            _listeners.remove(listener)


def post(message: Message) -> None:
    """Hand ``message`` to every listener (on the caller's thread; listeners that need another
    thread carry it there themselves). Always logged."""
    log.log(_LOG_LEVELS[message.level], "%s", message.text)
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener(message)
        except Exception:  # one broken listener must not silence the others
            log.exception("message listener failed")


def info(text: str, timeout_ms: int = 10_000) -> None:
    post(Message(Level.INFO, text, timeout_ms=timeout_ms))


def warning(text: str, timeout_ms: int = 15_000) -> None:
    post(Message(Level.WARNING, text, timeout_ms=timeout_ms))


def error(text: str, title: str = "") -> None:
    post(Message(Level.ERROR, text, title=title))


_LOG_LEVELS = {Level.INFO: logging.INFO, Level.WARNING: logging.WARNING, Level.ERROR: logging.ERROR}

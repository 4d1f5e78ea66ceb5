"""The window's end of ``core.message``: every message, from whatever thread it was posted on,
arrives as the ``shown`` signal on the GUI thread; the window connects it to its status bar and
message boxes (``show_in``)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QMessageBox

from observer_app.core import message
from observer_app.core.message import Level, Message


class MessageBridge(QObject):
    # A core.message.Message, always emitted on the GUI thread.
    shown = Signal(object)
    _arrived = Signal(object)  # emitted on a worker thread; queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        message.subscribe(self._listen)

    def close(self) -> None:
        """Stop listening (the window is closing)."""
        message.unsubscribe(self._listen)

    def _listen(self, posted: Message) -> None:  # on the thread that posted
        if not shiboken6.isValid(self):
            message.unsubscribe(self._listen)  # deleted without close(): forget it
            return
        if QThread.currentThread() == self.thread():
            self.shown.emit(posted)  # at once: what the user just did shows what it did
        else:
            self._arrived.emit(posted)

    @Slot(object)
    def _deliver(self, posted: Message) -> None:
        self.shown.emit(posted)


def show_in(window: QMainWindow, posted: Message) -> None:
    """How a window shows a message: the status bar, or a non-modal box for an error (which
    clears the status bar: "Syncing…" must not stay once the sync has failed)."""
    if posted.level is Level.ERROR:
        window.statusBar().clearMessage()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            posted.title or window.windowTitle(),
            posted.text,
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)  # notes can still be typed
        box.show()
        return
    window.statusBar().showMessage(posted.text, posted.timeout_ms)

""" "Note deleted — Undo": a message over the notes list, where the user's eyes are."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SHOWN_MS = 8000


class UndoToast(QFrame):
    """A small bar at the bottom of ``host`` with a message and an Undo button.

    It floats over the list (no layout shift) and goes away by itself after a few seconds.
    """

    undo_requested = Signal()

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.host = host
        self.setObjectName("undo_toast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Notes message"))
        self.undo = QPushButton(self.tr("&Undo"))
        self.undo.setAccessibleName(self.tr("Undo the deletion"))
        self.undo.clicked.connect(self._undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.message, 1)
        row.addWidget(self.undo)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        host.installEventFilter(self)
        self.hide()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self._place()
        self.show()
        self.raise_()
        self._timer.start(SHOWN_MS)

    def _undo(self) -> None:
        self.hide()
        self.undo_requested.emit()

    def _place(self) -> None:
        self.adjustSize()
        width = min(self.host.width() - 16, max(self.sizeHint().width(), 260))
        self.resize(width, self.sizeHint().height())
        self.move((self.host.width() - width) // 2, self.host.height() - self.height() - 8)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if watched is self.host and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

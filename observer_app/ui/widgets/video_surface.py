"""A native child window libVLC draws into (X11), with a message where it cannot draw."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class VideoSurface(QWidget):
    clicked = Signal()
    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("black"))
        self.setPalette(pal)
        self.setMinimumSize(240, 135)
        self.setAccessibleName(self.tr("Video"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #e0e0e0; background: transparent;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def paintEvent(self, event: QPaintEvent) -> None:
        # Opaque native window: unless we paint it, a resize without video (a dead stream)
        # showed whatever the X server had there (garbage stripes on Xvfb).
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("black"))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.message.setGeometry(self.rect().adjusted(12, 12, -12, -12))
        super().resizeEvent(event)

    # libVLC's window swallows mouse input unless told otherwise; these reach us on the margins
    # and when video is off.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()
        super().mouseDoubleClickEvent(event)

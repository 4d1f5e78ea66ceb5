"""A one-line label for messages of any length (downloads, search results, errors, the player's
state): it elides what does not fit and keeps the whole text in its tooltip, and it never asks
for more width, so a long message cannot push or squeeze the controls around it."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_BREAKS = re.compile(r"[ \t\r\n\f\v]+")


def single_line(text: str) -> str:
    """``text`` on one line: breaks and runs of ordinary spaces become one space. No-break
    spaces stay (``str.split()`` would turn French typography's U+202F before ":" into a
    breaking space)."""
    return _BREAKS.sub(" ", text).strip()


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        one_line = single_line(text)
        super().setText(one_line)
        self.setToolTip(text if text else "")
        self.setAccessibleDescription(one_line)
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, self.fontMetrics().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(
            min(self.fontMetrics().horizontalAdvance(self.text()) + 4, 400),
            self.fontMetrics().height(),
        )

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
        painter.end()  # now, not whenever Python lets go of it (see TimelineView.paintEvent)

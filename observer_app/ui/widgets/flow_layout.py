"""A layout that places its widgets left to right (right to left in Arabic) and wraps onto a
new line when the row is full, like words in a paragraph. The player's option controls use it:
in a narrow pane or a long translation they wrap instead of being cut.

After Qt's own Flow Layout example (BSD licence), in Python."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._height = 0  # of the lines as last placed
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's names
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        if height != self._height:  # more or fewer lines: the parent must make room again
            self._height = height
            QTimer.singleShot(0, self.invalidate)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest item, and as tall as the lines at the present width: docks and splitters
        ask no height-for-width, and would squeeze the wrapped lines over each other."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        if self._height > size.height():
            size.setHeight(self._height)
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in lines within ``rect`` (if ``move``); the height they take."""
        x, y, line_height = rect.x(), rect.y(), 0
        parent = self.parentWidget()
        right_to_left = parent is not None and parent.isRightToLeft()
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            space = self._spacing
            if widget is not None:
                space = max(
                    space,
                    widget.style().layoutSpacing(
                        QSizePolicy.ControlType.PushButton,
                        QSizePolicy.ControlType.PushButton,
                        Qt.Orientation.Horizontal,
                    ),
                )
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x, y, line_height = rect.x(), y + line_height + self._spacing, 0
            if move:
                place = QRect(QPoint(x, y), hint)
                if right_to_left:  # mirror: the first control on the right
                    place.moveLeft(rect.right() - (x - rect.x()) - hint.width() + 1)
                item.setGeometry(place)
            x += hint.width() + space
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()

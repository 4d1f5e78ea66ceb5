"""How a row of the notes list is drawn: reading order and digits in a right-to-left interface."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyledItemDelegate

from observer_app.ui import labels


class NoteRowDelegate(QStyledItemDelegate):
    """In a right-to-left interface each cell is one unit following its first strong letter,
    and the symbols and times in it keep their left-to-right reading order ("67(Rev.1)",
    not "(Rev.1)67"). Times and positions show ASCII digits like every other view; what the
    observer typed (speaker, text) keeps the digits typed."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if not option.text or not QGuiApplication.isRightToLeft():
            return
        text = option.text if index.column() >= 3 else labels.latin_digits(option.text)
        option.text = f"{labels.FSI}{labels.isolate_spans(text)}{labels.PDI}"

"""An item delegate that shows each cell's text as one bidirectional unit (see
``labels.isolate``): in the Arabic interface a document symbol, a time or an English session
title keeps its reading order instead of being reordered around its punctuation; and with
one kind of digits (``labels.latin_digits``)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyledItemDelegate

from observer_app.ui import labels


class IsolatingDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if option.text and QGuiApplication.isRightToLeft():
            option.text = labels.isolate(labels.latin_digits(option.text), left_to_right=False)

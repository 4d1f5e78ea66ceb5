"""The status bar: one fixed-height line whatever is said in it. A long or multi-line message
(a download's error, a refresh's reason) is shown on one line, elided by Qt, and whole in the
tooltip, so it never grows the bar or moves the panes above it."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStatusBar

from observer_app.ui.widgets.elided_label import single_line


def install(bar: QStatusBar) -> None:
    bar.setSizeGripEnabled(True)
    bar.setFixedHeight(bar.fontMetrics().height() + 10)
    bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def on_message(text: str) -> None:
        one_line = single_line(text)
        if one_line != text:  # QStatusBar draws one line: newlines would be lost glyphs
            bar.blockSignals(True)
            bar.showMessage(one_line, 15000)
            bar.blockSignals(False)
        bar.setToolTip(text)

    bar.messageChanged.connect(on_message)

"""Live captions for those who cannot hear: the last transcript lines, large, in a strip
directly under the picture inside the tile.

Not drawn over the picture: libVLC paints into its own native X11 window, and without a
compositor X11 has no per-window alpha, so a translucent Qt child above it has nothing of the
video to blend with (not tried here; the strip is the safe form the issue allows). A strip of
the tile's width never hides the video and reads the same on every desktop.

White on black whatever the palette (21:1, the convention of broadcast captions), so it is
readable in the light, dark and high-contrast themes alike; the text's own direction decides
its alignment (each line isolated: an Arabic line and a Chinese one keep their own order).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from observer_app.ui import labels

# Caption sizes offered (percent of the window font); the keyboard steps through them.
SIZES = (100, 125, 150, 200, 250, 300)
_LINES = 2  # lines kept on screen: enough to read a sentence that was just replaced


class CaptionStrip(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("live_captions")
        self.setAccessibleName(self.tr("Live captions"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setStyleSheet("QLabel#live_captions { background: #000; color: #fff; padding: 4px; }")
        self._said: list[str] = []
        self.percent = 150
        self.set_size(self.percent)
        self.hide()

    def set_size(self, percent: int) -> None:
        """Caption text at ``percent`` of the application font."""
        self.percent = percent
        font = self.font()
        base = QLabel().font().pointSizeF()
        font.setPointSizeF(max(6.0, base * percent / 100))
        self.setFont(font)

    def step(self, direction: int) -> int:
        """One size larger (+1) or smaller (-1); the new percent."""
        sizes = list(SIZES)
        now = min(range(len(sizes)), key=lambda i: abs(sizes[i] - self.percent))
        self.set_size(sizes[max(0, min(len(sizes) - 1, now + direction))])
        return self.percent

    def add_line(self, text: str) -> None:
        self._said = [*self._said, " ".join(text.split())][-_LINES:]
        # Each line isolated in its own direction (first strong letter): in one label, an
        # Arabic line would otherwise turn the next Chinese line's full stop to its left.
        self.setText("\n".join(labels.isolate(x, left_to_right=False) for x in self._said))

    def lines(self) -> list[str]:
        return list(self._said)

    def clear_lines(self) -> None:
        self._said = []
        self.clear()

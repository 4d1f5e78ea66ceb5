"""The bar above the notes list: search, and filters by body, stance, speaker, tag, document,
day, and "since the last briefing"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_app.core.model import STANCES, Conference
from observer_app.core.notefilter import NoteFilter
from observer_app.ui import i18n, labels
from observer_app.ui.models.choices import choice_combo, refill


class NoteFilterBar(QWidget):
    # The filter changed (debounced for typing).
    changed = Signal()
    # "Briefing now" pressed.
    briefing_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search notes"))
        self.body = choice_combo(self.tr("Filter by body"), self.tr("All bodies"))
        self.stance = choice_combo(
            self.tr("Filter by stance"),
            self.tr("Any stance"),
            [(labels.stance(stance), stance) for stance in STANCES],
        )
        self.day = choice_combo(self.tr("Filter by day"), self.tr("Any day"))
        self.speaker = choice_combo(self.tr("Filter by speaker"), self.tr("Any speaker"))
        self.tag = choice_combo(self.tr("Filter by tag"), self.tr("Any tag"))
        self.document = choice_combo(self.tr("Filter by document"), self.tr("Any document"))
        self.since_briefing = QToolButton(text=self.tr("Since last briefing"))
        self.since_briefing.setCheckable(True)
        self.since_briefing.setAccessibleName(self.tr("Only notes since the last briefing"))
        #: Button: mark that a civil-society briefing (fr « séance d’information ») happens now.
        self.mark_briefing = QPushButton(self.tr("Briefing now"))
        self.mark_briefing.setAccessibleName(self.tr("Mark a briefing now"))
        self.mark_briefing.setToolTip(
            self.tr(
                "Mark that a civil-society briefing happens now: 'since last briefing' starts here"
            )
        )
        row1 = QHBoxLayout()
        row1.addWidget(self.search, 1)
        row1.addWidget(self.since_briefing)
        row1.addWidget(self.mark_briefing)
        # One row when it fits; two or three rows with large fonts or a narrow column (no clipped filters).
        self.combos = (self.body, self.day, self.speaker, self.stance, self.tag, self.document)
        row2 = QGridLayout()
        row2.setContentsMargins(0, 0, 0, 0)
        self.grid, self._columns = row2, 0
        self._arrange(len(self.combos))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.body, self.stance, self.day, self.speaker, self.tag, self.document):
            combo.activated.connect(lambda _i: self.changed.emit())
        self.since_briefing.toggled.connect(lambda _b: self.changed.emit())
        self.mark_briefing.clicked.connect(self.briefing_requested)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for combo in self.combos:
            self.grid.removeWidget(combo)
        for i, combo in enumerate(self.combos):
            self.grid.addWidget(combo, i // columns, i % columns)
        for c in range(len(self.combos) + 1):
            self.grid.setColumnStretch(c, 1 if c == columns else 0)

    def resizeEvent(self, event) -> None:
        spacing = max(self.grid.horizontalSpacing(), 0)
        for columns in (len(self.combos), 3, 2):
            widths = [c.sizeHint().width() for c in self.combos]
            rows = [widths[i : i + columns] for i in range(0, len(widths), columns)]
            if max(sum(r) + spacing * (len(r) - 1) for r in rows) <= event.size().width():
                break
        self._arrange(columns)
        super().resizeEvent(event)

    def set_choices(
        self, conference: Conference, days: list[date], speakers: list[str], tags: list[str]
    ) -> None:
        """Refill the combos, keeping what was selected (untouched when unchanged: a refresh of a
        2,000-body conference must not rebuild and re-measure them)."""
        fell_back = [
            refill(self.body, [(b.label, b.id) for b in conference.bodies]),
            refill(self.day, [(i18n.format_date(d, "ddd d MMM"), d) for d in days]),
            refill(self.speaker, [(s, s) for s in speakers]),
            refill(self.tag, [(t, t) for t in tags]),
            refill(self.document, [(d.symbol, d.symbol) for d in conference.documents]),
        ]
        if any(fell_back):  # a chosen body/day/... is gone: the list must stop filtering by it
            self.changed.emit()

    def current(self, since=None) -> NoteFilter:
        return NoteFilter(
            body_id=self.body.currentData(),
            day=self.day.currentData(),
            speaker=self.speaker.currentData(),
            stance=self.stance.currentData(),
            tag=self.tag.currentData(),
            document=self.document.currentData(),
            since=since if self.since_briefing.isChecked() else None,
            text=self.search.text(),
        )

    def is_filtering(self) -> bool:
        return (
            bool(self.search.text().strip())
            or self.since_briefing.isChecked()
            or any(
                c.currentIndex() > 0
                for c in (self.body, self.stance, self.day, self.speaker, self.tag, self.document)
            )
        )

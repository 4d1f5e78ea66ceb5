"""The bar above the notes list: search, and filters by body, stance, speaker, tag, document,
day, and "since the last briefing".

Like Thunderbird's quick filter bar, the six labelled filters are folded behind one "Filters"
button on the search line (the list keeps its rows beside a video that takes half a laptop
screen), and unfold while any of them filters, so a filtered list never hides why."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from observer_app.core.model import STANCES, Conference
from observer_app.core.notefilter import NoteFilter
from observer_app.ui import a11y, i18n, labels
from observer_app.ui.models.choices import choice_combo, refill
from observer_app.ui.widgets.flow_layout import FlowLayout


def _labelled(caption: str, combo: QComboBox) -> QWidget:
    """A combo with its visible label, kept together on one line of the flow: a screen reader
    hears the combo by the label ("Stance: Any stance"), not by its current item alone."""
    field = QWidget()
    row = QHBoxLayout(field)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(a11y.buddy_label(caption, combo))
    row.addWidget(combo)
    return field


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
        # The search and the briefing buttons on one line; the labelled filters flow and wrap
        # like words below it (a narrow notes pane or a long translation takes more lines,
        # never more width: the video keeps its half of the window).
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        #: Button: show or hide the filters by body, day, speaker... ("Filters (2)": 2 active).
        self.toggle = QToolButton(text=self.tr("Filters"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show the filters"))
        search_row.addWidget(self.toggle)
        search_row.addWidget(self.since_briefing)
        search_row.addWidget(self.mark_briefing)
        self.combos = (self.body, self.day, self.speaker, self.stance, self.tag, self.document)
        captions = (
            self.tr("Body:"),
            self.tr("Day:"),
            self.tr("Speaker:"),
            self.tr("Stance:"),
            self.tr("Tag:"),
            self.tr("Document:"),
        )
        # The folding part: the labelled filters, flowing and wrapping like words.
        self.panel = QWidget()
        self.flow = FlowLayout(self.panel)
        self.flow.setContentsMargins(0, 0, 0, 0)
        for caption, combo in zip(captions, self.combos, strict=True):
            self.flow.addWidget(_labelled(caption, combo))
        self.panel.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.panel)
        self.toggle.toggled.connect(self._show_panel)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in self.combos:
            combo.activated.connect(lambda _i: self.changed.emit())
            combo.currentIndexChanged.connect(lambda _i: self._show_active())
        self.since_briefing.toggled.connect(lambda _b: self.changed.emit())
        self.mark_briefing.clicked.connect(self.briefing_requested)

    def active_count(self) -> int:
        """How many of the folding filters (body, day, speaker...) filter the list now."""
        return sum(combo.currentIndex() > 0 for combo in self.combos)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def toggle_expanded(self) -> None:
        """Ctrl+Shift+F: unfold the filters and put focus on the first; fold them again (unless
        one filters: then they stay in sight) with focus back in the search."""
        if self.toggle.isChecked() and not self.active_count():
            self.toggle.setChecked(False)
            self.search.setFocus()
        else:
            self.toggle.setChecked(True)
            self.combos[0].setFocus()

    def _show_panel(self, expanded: bool) -> None:
        if not expanded and self.active_count():
            self.toggle.setChecked(True)  # a filter is on: folding it away would hide why
            return
        self.panel.setVisible(expanded)
        self.toggle.setAccessibleName(
            self.tr("Hide the filters") if expanded else self.tr("Show the filters")
        )

    def _show_active(self) -> None:
        """The button counts the active filters, and they unfold while any is active."""
        count = self.active_count()
        self.toggle.setText(self.tr("Filters (%n)", "", count) if count else self.tr("Filters"))
        if count:
            self.toggle.setChecked(True)

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
            or self.active_count() > 0
        )

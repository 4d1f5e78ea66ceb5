"""The items of a filter combo box ("All bodies", then one per body...) as one list model.

A 2,000-channel playlist makes 2,000 bodies: refilling a combo item by item on every refresh of
the conference (remove each, add each, then measure each for the size hint) held the window for
tens of milliseconds. Here a refill is one model reset, and none at all when nothing changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox

# Above this many items a combo no longer widens to its longest label (it would be measured
# item by item, and one long channel name would push the other filters off the row).
MEASURE_LIMIT = 200
_NARROW_CHARACTERS = 18


class ChoiceModel(QAbstractListModel):
    """Row 0 is the "any/all" choice (value None), then ``(label, value)`` items in order."""

    def __init__(self, first_label: str, parent=None):
        super().__init__(parent)
        self._first = first_label
        self._items: list[tuple[str, object]] = []
        self._rows: dict[object, int] | None = None

    def set_items(self, items: Iterable[tuple[str, object]]) -> bool:
        """Replace the items; False (and no signal at all) when they are the same as before."""
        items = list(items)
        if items == self._items:
            return False
        self.beginResetModel()
        self._items, self._rows = items, None
        self.endResetModel()
        return True

    def row_of(self, value: object) -> int:
        """The row holding ``value`` (0, the "all" row, when it is None or gone)."""
        if value is None:
            return 0
        if self._rows is None:
            self._rows = {}
            for row, (_label, item_value) in enumerate(self._items, 1):
                self._rows.setdefault(item_value, row)
        return self._rows.get(value, 0)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._items) + 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = index.row()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._first if row == 0 else self._items[row - 1][0]
        if role == Qt.ItemDataRole.UserRole:
            return None if row == 0 else self._items[row - 1][1]
        return None


def choice_combo(
    accessible_name: str, first_label: str, items: Iterable[tuple[str, object]] = ()
) -> QComboBox:
    """A filter combo backed by a ``ChoiceModel`` (fill it with ``refill``)."""
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    combo.setModel(ChoiceModel(first_label, combo))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    refill(combo, items)
    return combo


def refill(combo: QComboBox, items: Iterable[tuple[str, object]]) -> bool:
    """New items for a ``choice_combo``, keeping the chosen value when it is still offered
    (else "all"). No signal is emitted; True when the chosen value had to fall back to "all"."""
    model = cast(ChoiceModel, combo.model())  # a choice_combo has one
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        if model.set_items(items):
            big = model.rowCount() > MEASURE_LIMIT
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                if big
                else QComboBox.SizeAdjustPolicy.AdjustToContents
            )
            combo.setMinimumContentsLength(_NARROW_CHARACTERS if big else 0)
            combo.setCurrentIndex(model.row_of(current))
    finally:
        combo.blockSignals(False)
    return current is not None and combo.currentData() is None

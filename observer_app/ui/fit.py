"""Which visible texts of a window do not fit their widget: labels, buttons, check boxes, the
items of combo boxes, column headers and tabs. A French or Russian text is often a third
longer than the English one; this finds where a layout cut it (issue 12, "Languages").

Measured with the widget's own font metrics against the room Qt gave it, so it is exact for
what is on screen now. Elided labels (ElidedLabel) and icon-only tool buttons are meant to
show less than their text and are skipped. Used by tests/gui/test_i18n.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from observer_app.ui.widgets.elided_label import ElidedLabel

# Pixels of slack: rounding in layouts and fonts' side bearings.
SLACK = 2


@dataclass(frozen=True)
class Clip:
    widget: QWidget
    text: str
    need: int
    have: int

    def __str__(self) -> str:
        from observer_app.ui.a11y import owner_module  # noqa: PLC0415 - a11y imports widgets

        return (
            f"{owner_module(self.widget)}: {type(self.widget).__name__} {self.text!r} "
            f"needs {self.need} px, has {self.have}"
        )


def _label(label: QLabel) -> Clip | None:
    if isinstance(label, ElidedLabel) or not label.text() or label.pixmap() is not None:
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.contentsRect().width())
        have = label.contentsRect().height()
    else:
        need, have = label.sizeHint().width(), label.width()
    return Clip(label, label.text(), need, have) if need > have + SLACK else None


def _button(button: QAbstractButton) -> Clip | None:
    if not button.text():
        return None
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle().name == "ToolButtonIconOnly" and not button.icon().isNull()
    ):
        return None  # the text is the accessible name, not shown
    need, have = button.sizeHint().width(), button.width()  # (check boxes: box and text)
    return Clip(button, button.text(), need, have) if need > have + SLACK else None


def _combo(combo: QComboBox) -> list[Clip]:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    clips = []
    for row in range(combo.count()):
        text = combo.itemText(row)
        need = metrics.horizontalAdvance(text)
        if need > field.width() + SLACK:
            clips.append(Clip(combo, text, need, field.width()))
    return clips


def _header(header: QHeaderView) -> list[Clip]:
    model = header.model()
    if model is None or header.isHidden():
        return []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    clips = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        need = header.fontMetrics().horizontalAdvance(text) + 2 * margin
        have = header.sectionSize(section)
        if text and need > have + SLACK:
            clips.append(Clip(header, text, need, have))
    return clips


def _tabs(bar: QTabBar) -> list[Clip]:
    clips = []
    for index in range(bar.count()):
        text = bar.tabText(index).replace("&", "")
        need = bar.fontMetrics().horizontalAdvance(text)
        rect = bar.tabRect(index)
        have = rect.width() - 8
        if rect.left() < 0 or rect.right() > bar.width():  # scrolled out of sight
            have = max(0, min(rect.right(), bar.width()) - max(rect.left(), 0) - 8)
        if need > have + SLACK:
            clips.append(Clip(bar, text, need, have))
    return clips


def clipped(root: QWidget) -> list[Clip]:
    """Every text under ``root`` (in its window, visible) that does not fit."""
    found: list[Clip] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window() or not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            clip = _label(widget)
            found += [clip] if clip else []
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            clip = _button(widget)
            found += [clip] if clip else []
        elif isinstance(widget, QComboBox):
            found += _combo(widget)
        elif isinstance(widget, QHeaderView):
            found += _header(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
    return found

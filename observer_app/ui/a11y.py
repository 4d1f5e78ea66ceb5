"""Accessibility audit of a widget tree: which interactive controls a screen reader cannot name.

A control is named by what a screen reader would announce (see ``accessible_name``), so one
labelled by a form row counts as named. Used by the GUI tests; cheap enough to run on any window.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Widget kinds a person operates (and so must be able to find by name).
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)


@dataclass(frozen=True)
class Problem:
    widget: QWidget
    owner: str  # the module of the nearest ancestor class defined in observer_app (where to fix it)
    what: str

    def __str__(self) -> str:
        w = self.widget
        text = f" text={_visible_text(w)!r}" if _visible_text(w) else ""
        parent = w.parentWidget()
        where = (
            f" in {type(parent).__name__} {parent.objectName() or accessible_name(parent)!r}"
            if parent
            else ""
        )
        return f"{self.owner}: {type(w).__name__} {w.objectName()!r}{text}{where}: {self.what}"


def is_symbol(text: str) -> bool:
    """True for text with no letter or digit ("▶", "−", "⇱", "❝", "+"): not a name to hear."""
    return not any(unicodedata.category(c)[0] in "LN" for c in text.replace("&", ""))


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, (QAbstractButton, QLineEdit)):
        return widget.text()
    return ""


def _is_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a combo's line edit, scroll bars, tab scroll arrows, headers)."""
    parent = widget.parentWidget()
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    if isinstance(
        parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)
    ):  # a line edit's clear button
        return True
    return widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar)


def _needs_name(widget: QWidget) -> bool:
    if isinstance(widget, INTERACTIVE):
        return True
    # The PDF view and custom surfaces count when they take focus.
    return (
        widget.focusPolicy() != widget.focusPolicy().NoFocus
        and type(widget).__module__ != "PySide6.QtWidgets"
    )


def owner_module(widget: QWidget) -> str:
    current = widget
    while current is not None:
        module = type(current).__module__
        if module.startswith("observer_app."):
            return module
        current = current.parentWidget()
    return "?"


def buddy_label(text: str, control: QWidget) -> QLabel:
    """A visible label for ``control`` that screen readers hear as its name ("Audio: Floor").

    On Linux Qt names a combo box by its current item and ignores setAccessibleName; what
    Orca says first is the label that the combo is *labelled by*, a QLabel whose buddy it is
    (a sibling: put both in the same layout)."""
    label = QLabel(text)
    label.setBuddy(control)
    return label


def _buddy_text(widget: QWidget) -> str:
    labels = widget.window().findChildren(QLabel)
    return next((label.text() for label in labels if label.buddy() is widget), "")


def heard_by_label(combo: QComboBox) -> bool:
    """A combo box is heard by its purpose only through a visible label whose buddy it is:
    Qt on Linux names it by its current item ("All bodies") and ignores setAccessibleName."""
    return bool(_buddy_text(combo).replace("&", "").strip())


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, else a button's text, else the
    text of the label whose buddy it is (a form row), else for a tab bar its tab widget's name.

    For a combo box see ``heard_by_label``: Qt on Linux gives it its current item as name and
    drops setAccessibleName."""
    name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
    if not name:
        name = _buddy_text(widget)
    if not name and isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
        name = widget.parentWidget().accessibleName()
    return name.replace("&", "").strip()


def audit(root: QWidget, skip_modules: tuple[str, ...] = ()) -> tuple[list[Problem], list[Problem]]:
    """(problems, skipped): unnamed interactive controls under ``root`` (itself included), and
    the ones that belong to ``skip_modules`` (reported apart, to be fixed by their owners)."""
    problems: list[Problem] = []
    skipped: list[Problem] = []
    for widget in [root, *root.findChildren(QWidget)]:
        # Other windows (dialogs parented here, combo and completer pop-ups) are audited on their own.
        if widget.window() is not root.window() or _is_internal(widget) or not _needs_name(widget):
            continue
        name = accessible_name(widget)
        text = _visible_text(widget)
        found = []
        if isinstance(widget, QComboBox) and not heard_by_label(widget):
            found.append("a combo box heard only by its value: give it a visible buddy label")
        elif not name or is_symbol(name):
            found.append("no accessible name" if not name else f"name is only a symbol ({name!r})")
        if text and is_symbol(text) and not (widget.toolTip() or widget.accessibleDescription()):
            found.append("symbol-only text without a tooltip or accessible description")
        owner = owner_module(widget)
        for what in found:
            (skipped if owner in skip_modules else problems).append(Problem(widget, owner, what))
    return problems, skipped

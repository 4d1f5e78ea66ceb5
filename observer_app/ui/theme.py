"""Colours: the system palette, or a dark or high-contrast one built here (no platform theme
plug-in is needed), and the few signal colours (live, past, private) in a shade readable on
whichever palette is in force.

Everything that paints a colour of its own asks ``color(role)`` at paint time, so a change of
theme applies everywhere without restarting.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class Theme(StrEnum):
    """The ``ui.theme`` setting's choices (a StrEnum: the setting keeps the text)."""

    SYSTEM = "system"  # the desktop's palette and style
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


THEMES = tuple(theme.value for theme in Theme)
# The palettes built here (the Fusion style draws them).
_BUILT_IN = (Theme.DARK, Theme.HIGH_CONTRAST)

# Signal colours: (on a light background, on a dark background). Both pairs reach at least 4.5:1
# against the Base colour of the palettes below (WCAG AA for text).
_SIGNALS = {
    "live": ("#c62828", "#ff8a80"),
    "past": ("#616161", "#b0b0b0"),
    "private": ("#8a5200", "#ffcc80"),
    "now_line": ("#d32f2f", "#ff5252"),
    "warning_text": ("#3e2723", "#ffe082"),
    "warning_back": ("#fff8e1", "#3a2f00"),
    "warning_edge": ("#ffb300", "#ffb300"),
    "block_live": ("#ffcdd2", "#6d2222"),
    "block_past": ("#e0e0e0", "#3c3c3c"),
    "block_next": ("#bbdefb", "#1d3b5c"),
    "block_text": ("#212121", "#f2f2f2"),
}

_DARK = {
    "Window": "#2b2b2b",
    "WindowText": "#e8e8e8",
    "Base": "#1e1e1e",
    "AlternateBase": "#272727",
    "ToolTipBase": "#3a3a3a",
    "ToolTipText": "#f0f0f0",
    "PlaceholderText": "#9e9e9e",
    "Text": "#e8e8e8",
    "Button": "#353535",
    "ButtonText": "#e8e8e8",
    "BrightText": "#ff8a80",
    "Light": "#4a4a4a",
    "Midlight": "#3f3f3f",
    "Mid": "#8a8a8a",
    "Dark": "#1a1a1a",
    "Shadow": "#000000",
    "Highlight": "#2a62b8",
    "HighlightedText": "#ffffff",
    "Link": "#8ab4f8",
    "LinkVisited": "#c58af9",
}
_HIGH_CONTRAST = {
    "Window": "#000000",
    "WindowText": "#ffffff",
    "Base": "#000000",
    "AlternateBase": "#141414",
    "ToolTipBase": "#000000",
    "ToolTipText": "#ffffff",
    "PlaceholderText": "#c8c8c8",
    "Text": "#ffffff",
    "Button": "#000000",
    "ButtonText": "#ffffff",
    "BrightText": "#ffff00",
    "Light": "#ffffff",
    "Midlight": "#c0c0c0",
    "Mid": "#c0c0c0",
    "Dark": "#3a3a3a",
    "Shadow": "#ffffff",
    "Highlight": "#ffff00",
    "HighlightedText": "#000000",
    "Link": "#00ffff",
    "LinkVisited": "#ff80ff",
}
# Disabled text: dimmer, still readable (about 4.6:1 on the dark Base, 8:1 on black).
_DISABLED: dict[str, str] = {Theme.DARK: "#8c8c8c", Theme.HIGH_CONTRAST: "#a8a8a8"}

_system_style: str | None = None


def palette(name: str) -> QPalette:
    """The palette of theme ``name`` (``system``: the style's own)."""
    app = QApplication.instance()
    if name not in _BUILT_IN:
        return app.style().standardPalette() if isinstance(app, QApplication) else QPalette()
    colours = _DARK if name == Theme.DARK else _HIGH_CONTRAST
    result = QPalette()
    for role_name, value in colours.items():
        result.setColor(getattr(QPalette.ColorRole, role_name), QColor(value))
    disabled = QColor(_DISABLED[name])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return result


def apply(name: str, app: QApplication | None = None) -> None:
    """Switch the whole application to theme ``name``. Built-in themes use the Fusion style,
    which draws everything from the palette (native styles may ignore it)."""
    global _system_style
    if app is None:
        running = QApplication.instance()
        app = running if isinstance(running, QApplication) else None  # no widgets: no theme
    if app is None:
        return
    if _system_style is None:
        _system_style = app.style().name()
    if name in _BUILT_IN:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
    elif app.style().name() != _system_style:
        app.setStyle(_system_style)
    app.setProperty("observer_theme", name)
    app.setPalette(palette(name))
    app.setStyleSheet(_input_borders(name))
    from observer_app.ui import icons  # noqa: PLC0415 - icons asks this module's palette

    for window in app.topLevelWidgets():
        icons.refresh(window)


# The border of input fields in the built-in palettes. Fusion draws a field's frame a shade of
# the window colour: invisible when the window is black (high contrast) and faint on dark grey.
_BORDER: dict[str, str] = {Theme.DARK: "#9a9a9a", Theme.HIGH_CONTRAST: "#ffffff"}


def border_colour(name: str) -> QColor | None:
    return QColor(_BORDER[name]) if name in _BORDER else None


def _input_borders(name: str) -> str:
    """A style sheet giving text fields, combos and spin boxes a visible frame (3:1 against
    both the field and the window, WCAG's contrast for the edge of a control)."""
    if name not in _BORDER:
        return ""
    edge, focus = _BORDER[name], palette(name).color(QPalette.ColorRole.Highlight).name()
    fields = "QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox"
    return (
        f"{fields} {{ border: 1px solid {edge}; border-radius: 2px; padding: 2px; }}\n"
        f"{fields.replace(',', ':focus,')}:focus {{ border: 2px solid {focus}; }}\n"
        f"QComboBox {{ border: 1px solid {edge}; border-radius: 2px; padding: 1px 4px; }}\n"
        f"QComboBox:focus {{ border: 2px solid {focus}; }}\n"
        # Fusion's check box is a black square on black: an edge, and filled when checked.
        f"QCheckBox::indicator {{ width: 12px; height: 12px; border: 1px solid {edge}; }}\n"
        f"QCheckBox::indicator:checked {{ background: {focus}; border: 2px solid {edge}; }}\n"
    )


def is_dark(pal: QPalette | None = None) -> bool:
    pal = pal or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Base).lightness() < 128


def color(role: str, pal: QPalette | None = None) -> QColor:
    """A signal colour readable on the current palette (``live``, ``past``, ``private``...)."""
    light, dark = _SIGNALS[role]
    return QColor(dark if is_dark(pal) else light)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)

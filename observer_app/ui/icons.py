"""Icons of controls and actions: one name per meaning, drawn from a maintained icon font
(Material Design Icons through qtawesome, bundled in the wheel, same look on every OS) in the
palette's text colour, so that they stay visible in the dark and high-contrast palettes.

A freedesktop theme icon of the same meaning is preferred when the desktop has one (the user's
own theme), except with the app's built-in palettes, where a theme drawn for a light desktop
would be dark on dark.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

log = logging.getLogger("observer.ui")

# Meanings named in code (plain strings in calls would read as untranslated text).
PAUSE, VOLUME, FULLSCREEN = "pause", "volume", "fullscreen"
PREVIOUS, NEXT, ZOOM_IN, ZOOM_OUT = "previous", "next", "zoom-in", "zoom-out"
FIT_WIDTH, EXTERNAL = "fit-width", "external"
# meaning -> (freedesktop icon name, Material Design Icons name in qtawesome)
ICONS = {
    "play": ("media-playback-start", "mdi6.play"),
    "pause": ("media-playback-pause", "mdi6.pause"),
    "volume": ("audio-volume-high", "mdi6.volume-high"),
    "muted": ("audio-volume-muted", "mdi6.volume-off"),
    "fullscreen": ("view-fullscreen", "mdi6.fullscreen"),
    "live": ("media-record", "mdi6.broadcast"),
    "open": ("document-open", "mdi6.folder-open-outline"),
    "export": ("document-send", "mdi6.file-export-outline"),
    "settings": ("preferences-system", "mdi6.cog-outline"),
    "new-note": ("document-new", "mdi6.note-plus-outline"),
    "layout-watch": ("video-display", "mdi6.television-play"),
    "layout-read": ("x-office-document", "mdi6.book-open-page-variant-outline"),
    "layout-report": ("accessories-text-editor", "mdi6.file-document-edit-outline"),
    "external": ("document-open", "mdi6.open-in-new"),
    "zoom-in": ("zoom-in", "mdi6.magnify-plus-outline"),
    "zoom-out": ("zoom-out", "mdi6.magnify-minus-outline"),
    "fit-width": ("zoom-fit-best", "mdi6.arrow-expand-horizontal"),
    "previous": ("go-previous", "mdi6.chevron-left"),
    "next": ("go-next", "mdi6.chevron-right"),
    "cite": ("insert-text", "mdi6.format-quote-open"),
    "download": ("folder-download", "mdi6.download"),
    "seen": ("mail-mark-read", "mdi6.check-all"),
    "audio-only": ("audio-x-generic", "mdi6.headphones"),
}


def _desktop_theme_wanted() -> bool:
    """The desktop's own icon theme only with the desktop's palette (see module docstring)."""
    app = QGuiApplication.instance()
    return bool(QIcon.themeName()) and (
        app is None or app.property("observer_theme") in (None, "system")
    )


def icon(meaning: str) -> QIcon:
    """The icon for ``meaning`` (a key of ICONS), in the current palette's text colour."""
    theme_name, font_name = ICONS[meaning]
    if _desktop_theme_wanted() and QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    try:
        import qtawesome  # noqa: PLC0415 - loads its fonts; only once a window exists
    except ImportError:  # a packaging mistake must not stop the app: text stays on the buttons
        log.warning("qtawesome is missing: controls without icons")
        return QIcon()
    palette = QGuiApplication.palette()
    return qtawesome.icon(
        font_name,
        color=palette.color(QPalette.ColorRole.ButtonText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
    )


def set_icon(target, meaning: str) -> None:
    """Give a button or action the icon for ``meaning``, redrawn by ``refresh`` when the palette
    changes (an icon drawn for a light palette is invisible on a dark one)."""
    target.setProperty("observer_icon", meaning)
    target.setIcon(icon(meaning))


def refresh(root) -> None:
    """Redraw every icon set by ``set_icon`` under ``root`` (widgets and actions) in the
    current palette."""
    from PySide6.QtCore import QObject  # noqa: PLC0415

    for item in [root, *root.findChildren(QObject)]:
        meaning = item.property("observer_icon")
        if meaning and hasattr(item, "setIcon"):
            item.setIcon(icon(str(meaning)))

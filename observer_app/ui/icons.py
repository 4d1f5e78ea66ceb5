"""Icons of controls and actions: one name per meaning, drawn from a maintained icon font
(Material Design Icons, the font file qtawesome bundles in its wheel, same look on every OS) in
the palette's text colour, so that they stay visible in the dark and high-contrast palettes.

The glyphs are drawn here as qtawesome draws them (its default "text" painter), without
importing qtawesome: its import and the twelve fonts it loads took 0.2-0.7 s of start-up and
several MB while playing (issue 15). Only the one font used is loaded, on the first icon.

A freedesktop theme icon of the same meaning is preferred when the desktop has one (the user's
own theme), except with the app's built-in palettes, where a theme drawn for a light desktop
would be dark on dark.
"""

from __future__ import annotations

import logging
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

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
# The glyphs' code points in qtawesome's charmap of the font below (a unit test checks them
# against that charmap, so an upgrade that moves a glyph fails the suite, not the toolbar).
CODEPOINTS = {
    "mdi6.play": 0xF040A,
    "mdi6.pause": 0xF03E4,
    "mdi6.volume-high": 0xF057E,
    "mdi6.volume-off": 0xF0581,
    "mdi6.fullscreen": 0xF0293,
    "mdi6.broadcast": 0xF1720,
    "mdi6.folder-open-outline": 0xF0DCF,
    "mdi6.file-export-outline": 0xF102E,
    "mdi6.cog-outline": 0xF08BB,
    "mdi6.note-plus-outline": 0xF039D,
    "mdi6.television-play": 0xF0ECF,
    "mdi6.book-open-page-variant-outline": 0xF15D6,
    "mdi6.file-document-edit-outline": 0xF0DC9,
    "mdi6.open-in-new": 0xF03CC,
    "mdi6.magnify-plus-outline": 0xF06ED,
    "mdi6.magnify-minus-outline": 0xF06EC,
    "mdi6.arrow-expand-horizontal": 0xF084E,
    "mdi6.chevron-left": 0xF0141,
    "mdi6.chevron-right": 0xF0142,
    "mdi6.format-quote-open": 0xF0757,
    "mdi6.download": 0xF01DA,
    "mdi6.check-all": 0xF012D,
    "mdi6.headphones": 0xF02CB,
}
FONT_FILES = "materialdesignicons6-webfont-*.ttf"  # in qtawesome's fonts folder
_family: str | None = None  # the font's family once loaded ("" when it could not be)


def font_path() -> Path | None:
    """qtawesome's copy of the icon font, found without importing qtawesome."""
    spec = find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    return next(iter(sorted(fonts.glob(FONT_FILES))), None)


def _font_family() -> str:
    global _family
    if _family is None:
        path = font_path()
        font_id = QFontDatabase.addApplicationFont(str(path)) if path else -1
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else ""
        if not _family:  # a packaging mistake must not stop the app: text stays on the buttons
            log.warning("the icon font %s is missing: controls without icons", FONT_FILES)
    return _family


class GlyphIconEngine(QIconEngine):
    """One glyph of the icon font, centred, 7/8 of the icon's height, in ``colour`` (the
    disabled colour when disabled): what qtawesome's CharIconPainter draws by default."""

    def __init__(self, char: str, family: str, colour: QColor, disabled: QColor) -> None:
        super().__init__()
        self.char, self.family = char, family
        self.colour, self.disabled = QColor(colour), QColor(disabled)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else self.colour)
        font = QFont()
        font.setFamily(self.family)
        font.setPixelSize(round(0.875 * rect.height()))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.char, self.family, self.colour, self.disabled)


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
    family = _font_family()
    if not family:
        return QIcon()
    palette = QGuiApplication.palette()
    return QIcon(
        GlyphIconEngine(
            chr(CODEPOINTS[font_name]),
            family,
            palette.color(QPalette.ColorRole.ButtonText),
            palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
        )
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

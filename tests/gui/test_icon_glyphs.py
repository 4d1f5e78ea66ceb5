"""ui/icons.py draws the icon font's glyphs itself (qtawesome's import cost start-up time and
memory, issue 15): every icon must look exactly as qtawesome drew it, pixel for pixel."""

from __future__ import annotations

import json

import pytest
import qtawesome
from PySide6.QtGui import QColor, QIcon

from observer_app.ui import icons

SIZES = (16, 24, 32)


def test_code_points_are_qtawesomes():
    path = icons.font_path()
    assert path is not None and path.exists()
    charmap_file = path.with_name(path.name.replace("webfont-", "webfont-charmap-")).with_suffix(
        ".json"
    )
    charmap = json.loads(charmap_file.read_text())
    for _theme, name in icons.ICONS.values():
        assert icons.CODEPOINTS[name] == int(charmap[name.split(".", 1)[1]], 16), name


@pytest.mark.parametrize("mode", [QIcon.Mode.Normal, QIcon.Mode.Disabled])
def test_every_icon_is_drawn_as_qtawesome_drew_it(qapp, monkeypatch, mode):
    monkeypatch.setattr(icons, "_desktop_theme_wanted", lambda: False)
    colour, disabled = QColor("#123456"), QColor("#a0a0a0")
    for _theme, name in icons.ICONS.values():
        ours = QIcon(
            icons.GlyphIconEngine(
                chr(icons.CODEPOINTS[name]), icons._font_family(), colour, disabled
            )
        )
        theirs = qtawesome.icon(name, color=colour, color_disabled=disabled)
        for size in SIZES:
            mine = ours.pixmap(size, size, mode).toImage()
            reference = theirs.pixmap(size, size, mode).toImage()
            assert mine.convertToFormat(reference.format()) == reference, (name, size, mode)
            assert any(  # not two blank images
                mine.pixelColor(x, y).alpha() for x in range(size) for y in range(size)
            ), name


def test_icon_is_drawn_without_importing_qtawesome(qapp):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from observer_app.ui import icons\n"
        "assert not icons.icon('play').pixmap(24, 24).isNull()\n"
        "print('qtawesome' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"

"""Render the app icon's PNG sizes from ``resources/icons/observer.svg``.

Why a script and Qt: the PNGs must stay in step with the one SVG, and Qt's SVG renderer is
already in the venv (PySide6), so no extra tool (ImageMagick, rsvg) is needed to rebuild them.
Desktops that cannot scale SVG (Windows .ico, some panels, AppStream) take these PNGs.

usage: .venv/bin/python packaging/make_icons.py [--svg FILE] [--out DIR] [--check]
  --check  render into memory and exit 1 if a committed PNG is missing or out of date
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "observer.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"observer-{size}.png"


def render(svg: Path, size: int):
    """One square ``QImage`` of ``size`` px, transparent around the artwork."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG file (Qt's renderer refused it)")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _app():
    """Qt needs a GUI application object for painting; offscreen so no display is needed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["make_icons"])


def _same_pixels(a, b, tolerance: int = 8) -> bool:
    """Renders can differ by a step of antialiasing between Qt versions: compare with slack."""
    if a.size() != b.size():
        return False
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            if (
                max(
                    abs(pa.red() - pb.red()),
                    abs(pa.green() - pb.green()),
                    abs(pa.blue() - pb.blue()),
                    abs(pa.alpha() - pb.alpha()),
                )
                > tolerance
            ):
                return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=SVG.parent)
    parser.add_argument(
        "--check", action="store_true", help="compare with the PNGs in --out, write nothing"
    )
    args = parser.parse_args(argv)
    app = _app()  # noqa: F841 - must live while painting
    from PySide6.QtGui import QImage

    stale = []
    for size in SIZES:
        try:
            image = render(args.svg, size)
        except ValueError as exc:
            print(f"make_icons: {exc}", file=sys.stderr)
            return 2
        target = args.out / png_name(size)
        if args.check:
            if not _same_pixels(image, QImage(str(target))):
                stale.append(target.name)
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG", 0):  # quality 0 = strongest PNG compression
            print(f"make_icons: cannot write {target}", file=sys.stderr)
            return 2
    if stale:
        print(
            f"make_icons: out of date or missing in {args.out}: {', '.join(stale)}; "
            "run .venv/bin/python packaging/make_icons.py",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

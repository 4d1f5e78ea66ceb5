"""Time to show the first page of a 200-page PDF in the document viewer (prints figures).

Goal (issue #6): the page on screen within the two seconds an observer has when a delegate
says "as in DT/33". Measures what the viewer shows (issue 15: it measured a render the viewer
never uses): PdfViewer.load until the first page's text is painted in its view (QPdfView renders
on its own), against QtPdf's load and render of that page alone, interleaved, offscreen.

usage: .venv/bin/python benchmarks/viewer.py [--pages 200] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from documents import make_pdf, vocabulary

    from observer_app.runtime import qtfix

    qtfix.immortalize_singletons()
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from observer_app.ui.panels.pdf_viewer import PdfViewer

    rng = random.Random(7)
    words, weights = vocabulary(rng, 2000)
    path = Path(tempfile.mkdtemp()) / "long.pdf"
    path.write_bytes(
        make_pdf(
            [
                "\n".join(" ".join(rng.choices(words, weights, k=12)) for _ in range(45))
                for _ in range(args.pages)
            ]
        )
    )
    app = QApplication(["observer-bench"])
    from compare import LOAD_NOTE, compare, goal, interleaved
    from PySide6.QtPdf import QPdfDocument

    viewer = PdfViewer()
    viewer.resize(500, 700)
    viewer.show()
    copies = iter(range(10**6))

    def fresh_copy() -> Path:
        """A new file each run: the viewer has not seen it (as with the next document)."""
        copy = path.with_name(f"long-{next(copies)}.pdf")
        copy.write_bytes(path.read_bytes())
        return copy

    def text_on_screen() -> bool:
        image = viewer.view.viewport().grab().toImage()
        dark = 0
        for y in range(0, image.height(), 6):
            for x in range(0, image.width(), 6):
                if image.pixelColor(x, y).lightness() < 110:
                    dark += 1
        return dark > 40  # lines of text painted, not a blank page or a frame

    def viewer_shows() -> float:
        copy = fresh_copy()
        viewer.clear("")  # the previous document's page must not count
        while text_on_screen():
            app.processEvents()
        start = time.perf_counter()
        assert viewer.load(copy, "67", "en", ["en"])
        while not text_on_screen():
            app.processEvents()
            if time.perf_counter() - start > 20:
                return float("nan")
        return time.perf_counter() - start

    def bare_render() -> float:
        copy = fresh_copy()
        start = time.perf_counter()
        document = QPdfDocument()
        document.load(str(copy))
        image = document.render(0, QSize(480, 680))
        took = time.perf_counter() - start
        assert not image.isNull()
        return took

    app_times, bare_times = interleaved(viewer_shows, bare_render, args.runs)
    print(LOAD_NOTE)
    print(f"{args.pages}-page PDF ({path.stat().st_size / 1e6:.1f} MB), a new file each run")
    compare(
        "  open in the viewer -> first page's text painted, vs QtPdf load + render alone",
        app_times,
        bare_times,
        "bare",
    )
    goal("first page painted (max)", max(app_times), 2.0, " s")


if __name__ == "__main__":
    main()

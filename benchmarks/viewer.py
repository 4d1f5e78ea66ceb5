"""Time to show the first page of a 200-page PDF in the document viewer (prints figures).

Goal (issue #6): the page on screen within the two seconds an observer has when a delegate
says "as in DT/33". Measures PdfViewer.load (QtPdf opens the file) and the first page image
rendered at the viewer's width, median of several runs, offscreen.

usage: .venv/bin/python benchmarks/viewer.py [--pages 200] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
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

    from observer_app import qtfix

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
    viewer = PdfViewer()
    viewer.resize(500, 700)
    viewer.show()
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        assert viewer.load(path, "67", "en", ["en"])
        image = viewer.pdf.render(0, QSize(480, 680))
        app.processEvents()
        times.append(time.perf_counter() - start)
        assert not image.isNull()
    print(
        f"{args.pages}-page PDF ({path.stat().st_size / 1e6:.1f} MB): first page shown in median "
        f"{statistics.median(times) * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms (goal: well under 2 s)"
    )


if __name__ == "__main__":
    main()

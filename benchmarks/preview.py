"""The export preview at scale (issue 15: any size report opens in < 0.3 s): a page of
``PREVIEW_NOTES`` notes read, built and rendered to HTML as the dialog's worker does
(``export.report_page``), at the first, middle and last page, against building the whole
report first (what the preview did before: ~15 s at 100,000 notes). Prints figures; asserts
nothing. Wall times on a shared machine: the CPU time is printed beside them.

usage: nice .venv/bin/python benchmarks/preview.py [--notes 100000] [--runs 3] [--whole]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from compare import LOAD_NOTE, goal, spread  # noqa: E402
from export import PINNED_NOW, make_notes  # noqa: E402

from observer_app.runtime import paths as app_paths  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--whole", action="store_true", help="also time the whole report")
    args = parser.parse_args()

    from observer_app.services import export
    from observer_app.services.conference import open_feed
    from observer_app.services.context import open_profile
    from observer_app.ui.dialogs.export import PREVIEW_NOTES

    conference = open_feed(str(app_paths.demo_feed()), None, now=PINNED_NOW).feed.conference
    print(LOAD_NOTE)
    with tempfile.TemporaryDirectory() as tmp:
        profile = open_profile(app_paths.resolve(Path(tmp) / "profile"))
        with profile.db.transaction():
            for note in make_notes(conference, args.notes, random.Random(7)):
                profile.notes.add(note)
        print(f"preview page ({PREVIEW_NOTES} notes) of a {args.notes}-note report:")
        for first in (0, args.notes // 2, max(args.notes - PREVIEW_NOTES, 0)):
            walls, cpus = [], []
            for _ in range(args.runs):
                wall, cpu = time.perf_counter(), time.process_time()
                page = export.report_page(profile, conference, first, PREVIEW_NOTES)
                export.render(page, "html")
                walls.append(time.perf_counter() - wall)
                cpus.append(time.process_time() - cpu)
            print(
                f"  from note {first:>6}: wall {spread(walls, 1, ' s')}; cpu {spread(cpus, 1, ' s')}"
            )
            goal(f"preview page at note {first}", statistics.median(walls), 0.3, " s")
        if args.whole:
            wall = time.perf_counter()
            export.make_report(profile, conference)
            print(
                f"  the whole report built first (the old way): {time.perf_counter() - wall:.2f} s"
            )
        profile.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

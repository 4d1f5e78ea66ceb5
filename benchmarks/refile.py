"""Re-filing notes under a body's current id (``services.notes.refile_former_bodies``), which
the window runs on the GUI thread each time the conference is shown or refreshed (prints
figures; asserts nothing).

The worst case: a 50,000-channel playlist where every 7th name has a "+" (7,143 former ids)
and a profile of 100,000 notes, 14,286 of them filed under former ids. Figures: the first
open (every such note moved, once) and every later refresh (nothing to move; goal < 100 ms).

usage: .venv/bin/python benchmarks/refile.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from observer_app.core.feeds.combine import combine  # noqa: E402
from observer_app.core.feeds.parse import parse_source  # noqa: E402
from observer_app.core.model import NoteStamp  # noqa: E402
from observer_app.runtime import paths as app_paths  # noqa: E402
from observer_app.services.context import open_profile  # noqa: E402
from observer_app.services.notes import refile_former_bodies  # noqa: E402

CHANNELS, NOTES, GOAL_MS = 50_000, 100_000, 100


def main() -> int:
    lines = ["#EXTM3U"]
    for i in range(CHANNELS):
        plus = "+" if i % 7 == 0 else ""
        lines += [f'#EXTINF:-1 tvg-id="c{i}",Channel {i}{plus}', f"http://127.0.0.1:9/{i}.m3u8"]
    result = parse_source("\n".join(lines).encode(), "/tmp/channels.m3u")
    conference = combine([result], fallback_name="Bench")
    former = sum(len(b.former_ids) for b in conference.bodies)
    with tempfile.TemporaryDirectory() as folder:
        profile = open_profile(app_paths.resolve(Path(folder) / "profile"))
        start = datetime(2026, 11, 30, tzinfo=UTC)
        with profile.notes.db.transaction():
            for i in range(NOTES):  # bodies as the version before the "+" rule filed them
                stamp = NoteStamp(start + timedelta(seconds=i), f"channel-{(i * 37) % CHANNELS}")
                profile.notes.add(stamp.note(f"note {i}", conference.id))
        began = time.perf_counter()
        moved = refile_former_bodies(profile, conference)
        first = time.perf_counter() - began
        began = time.perf_counter()
        refile_former_bodies(profile, conference)
        later = time.perf_counter() - began
        profile.close()
    print(f"{CHANNELS} channels, {former} former ids, {NOTES} notes")
    print(f"first open: {first * 1000:.0f} ms ({moved} notes re-filed, once)")
    verdict = "MET" if later * 1000 < GOAL_MS else "MISSED"
    print(f"every later refresh: {later * 1000:.0f} ms (goal < {GOAL_MS} ms: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Notes at scale: 100,000 notes in one profile (prints figures; asserts nothing).

- commit: Enter -> durable row, i.e. NoteRepository.add with synchronous=FULL (an fsync per
  note), p50/p99 over 300 commits on top of 100,000 notes (goal p99 < 5 ms; the fsync cost
  depends on the disk);
- filter and search: NoteRepository.find_rowids (what the notes list runs on each change,
  the notes themselves are loaded a page at a time) for typical filters and words, p95
  (goal < 30 ms), and loading the first page of 256 notes;
- start: the GUI process from launch to window shown, empty profile vs 100,000 notes
  (goal within 1.1x), offscreen, median of 5.

usage: .venv/bin/python benchmarks/notes.py [--notes 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))
from compare import goal  # noqa: E402

from observer_app.core.model import STANCES, NoteStamp  # noqa: E402
from observer_app.core.notefilter import NoteFilter  # noqa: E402
from observer_app.runtime import paths as app_paths  # noqa: E402
from observer_app.services.context import open_profile  # noqa: E402

WORDS = (
    "access consultation budget security resolution internet satellite spectrum gender development "
    "cybersecurity privacy children emergency broadband standards membership finance"
).split()
SPEAKERS = (
    "Brazil",
    "Egypt",
    "Kenya",
    "Germany",
    "India",
    "United States",
    "China",
    "Russian Federation",
    "Côte d'Ivoire",
    "Mexico",
    "Chair",
    "Secretariat",
)
SYMBOLS = ("DT/33", "67(Rev.1)", "Document 84", "ADM/54", "67(Add.2)", "DL/12")
BODIES = ("plenary", "wgpl", "com5", "com6")


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def vocabulary(rng, size=3000):
    """Words with a Zipf-like frequency, as in real notes: a few common, most rare."""
    syllables = "ka ri to mu se la no vi de pa ru go mi ta be lo".split()
    rare = ["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)]
    words = list(WORDS) + rare
    weights = [1 / (rank + 1) for rank in range(len(words))]
    return words, weights


def fill(profile, count, rng, conference_id="pp-demo", bodies=BODIES):
    """``count`` notes of the conference ``conference_id`` filed under ``bodies``."""
    start = datetime(2026, 3, 2, 0, 0, tzinfo=UTC)
    words, weights = vocabulary(rng)
    conn = profile.db.conn
    conn.execute("PRAGMA synchronous=OFF")  # bulk load only; measurements below use FULL
    with profile.db.transaction():
        for i in range(count):
            text = " ".join(rng.choices(words, weights, k=rng.randint(5, 30)))
            if rng.random() < 0.3:
                text += f" {rng.choice(SYMBOLS)}"
            note = NoteStamp(start + timedelta(seconds=i * 7), rng.choice(bodies)).note(
                text, conference_id
            )
            note.speaker, note.stance = rng.choice(SPEAKERS), rng.choice(("",) + STANCES)
            note.tags = (rng.choice(WORDS),)
            conn.execute(*_insert(note))
    conn.execute("PRAGMA synchronous=FULL")


def _insert(note):
    from observer_app.store import notes as store_notes

    return (
        f"INSERT INTO notes ({store_notes._COLUMNS}) VALUES ({store_notes._PLACEHOLDERS})",
        store_notes._values(note),
    )


def start_time(data_dir: Path, runs: int = 5) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "OBSERVER_VLC_ARGS": "--aout=dummy --no-video",
    }
    code = (
        "import sys,time; t=time.monotonic(); sys.argv=['observer-app','--data-dir',sys.argv[1]]\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def done():\n"
        "    print(time.monotonic()-t, flush=True); QApplication.instance().quit()\n"
        "QTimer.singleShot(0, done)\n"
        "from observer_app.__main__ import main; main()\n"
    )
    times = []
    for _ in range(runs):
        begin = time.monotonic()
        subprocess.run(
            [sys.executable, "-c", code, str(data_dir)], env=env, capture_output=True, timeout=120
        )
        times.append(time.monotonic() - begin)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(1)
    tz = ZoneInfo("Asia/Seoul")
    with tempfile.TemporaryDirectory() as tmp:
        empty_dir, full_dir = Path(tmp) / "empty", Path(tmp) / "full"
        open_profile(app_paths.resolve(empty_dir)).close()
        profile = open_profile(app_paths.resolve(full_dir))
        t0 = time.monotonic()
        fill(profile, args.notes, rng)
        print(f"loaded {args.notes} notes in {time.monotonic() - t0:.1f} s")

        commits = []
        for i in range(300):
            note = NoteStamp(datetime.now(UTC), "com5").note(
                f"bench commit {i} Brazil supports DT/33", "pp-demo"
            )
            t = time.perf_counter()
            profile.notes.add(note)
            commits.append((time.perf_counter() - t) * 1000)
        print(
            f"commit (the durable insert alone; Enter in the window: window_session.py): "
            f"p50 {pct(commits, 50):.2f} ms, p99 {pct(commits, 99):.2f} ms"
        )
        goal("durable insert p99", pct(commits, 99), 5)

        filters = [
            NoteFilter(),
            NoteFilter(body_id="com5"),
            NoteFilter(speaker="Brazil"),
            NoteFilter(stance="opposes"),
            NoteFilter(document="DT/33"),
            NoteFilter(tag="privacy"),
            NoteFilter(text="cybersecurity"),
            NoteFilter(text="brazil supports"),
            NoteFilter(text="spectrum sat", body_id="com6"),
            NoteFilter(day=datetime(2026, 3, 3).date()),
        ]
        timings, counts = [], []
        for _ in range(10):
            for f in filters:
                t = time.perf_counter()
                rowids = profile.notes.find_rowids("pp-demo", f, tz)
                profile.notes.by_rowids(
                    rowids[:256], keep_missing=True
                )  # the first page the list shows
                timings.append((time.perf_counter() - t) * 1000)
                counts.append(len(rowids))
        print(
            f"filter/search + first page (on a worker since issue 15): p50 {pct(timings, 50):.1f} "
            f"ms, p95 {pct(timings, 95):.1f} ms (results from {min(counts)} to {max(counts)} notes)"
        )
        goal("filter/search + first page p95", pct(timings, 95), 30)
        profile.close()
        empty, full = start_time(empty_dir), start_time(full_dir)
        print(
            f"app start to window: empty profile {empty:.2f} s, {args.notes} notes {full:.2f} s "
            f"(ratio {full / empty:.2f})"
        )
        goal("start with notes / empty", full / empty, 1.1, "x")
    return 0


if __name__ == "__main__":
    sys.exit(main())

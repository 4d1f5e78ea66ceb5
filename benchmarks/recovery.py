"""Recovery of a damaged profile at scale (prints figures; asserts nothing).

A profile of N notes (~250 characters each) with a backup at N/2, five bytes damaged over a
notes page holding notes written after the backup; then the one recovery path
(``store.recovery.recover``: move aside, restore, salvage, merge) is timed, and the integrity
check (``PRAGMA quick_check``, run at open after an unclean exit) on the sound file.

usage: .venv/bin/python benchmarks/recovery.py [--notes 20000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.damage import damage_page, pages_of, rowids_on_leaf  # noqa: E402

from observer_app.core.model import NoteStamp  # noqa: E402
from observer_app.runtime import paths as app_paths  # noqa: E402
from observer_app.services.context import open_profile  # noqa: E402
from observer_app.store.backup import RollingBackups, check  # noqa: E402
from observer_app.store.recovery import recover  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=20_000)
    n = parser.parse_args().notes
    with tempfile.TemporaryDirectory() as tmp:
        paths = app_paths.resolve(tmp)
        profile = open_profile(paths)
        with profile.db.transaction():
            for i in range(n // 2 + 1):
                profile.notes.add(
                    NoteStamp(datetime.now(UTC)).note(f"note {i} " + "word " * 48, "pp-demo")
                )
        RollingBackups(profile.db, paths.backups).maybe_backup(datetime.now(UTC), force=True)
        with profile.db.transaction():
            for i in range(n // 2 + 1, n):
                profile.notes.add(
                    NoteStamp(datetime.now(UTC)).note(f"note {i} " + "word " * 48, "pp-demo")
                )
        profile.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        profile.close()
        size = paths.database.stat().st_size
        started = time.perf_counter()
        problem = check(paths.database)
        checked = time.perf_counter() - started
        leaves = sorted(
            ((p, rowids_on_leaf(paths.database, p)) for p in pages_of(paths.database, "notes")),
            key=lambda item: min(item[1]),
        )
        page, lost = leaves[len(leaves) * 3 // 4]
        damage_page(paths.database, page)
        started = time.perf_counter()
        report = recover(paths.database, paths.backups, "malformed")
        took = time.perf_counter() - started
    print(
        f"notes: {n:,}; database {size / 1e6:.1f} MB; quick_check {checked * 1000:.0f} ms ({problem or 'ok'})"
    )
    print(
        f"recovery: {took * 1000:.0f} ms; restored {report.restored_notes:,}, salvaged "
        f"{report.salvaged_notes:,}, possibly missing {report.missing_notes} (page held {len(lost)})"
    )


if __name__ == "__main__":
    main()

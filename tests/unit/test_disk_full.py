"""A full disk, for real: the profile lives on a tiny tmpfs (needs root to mount; CI runs as root)."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime

import pytest

from observer_app import paths as app_paths
from observer_app.core.model import NoteStamp
from observer_app.services import export
from observer_app.services.context import open_profile
from observer_app.store.db import Database, StoreError

NOW = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)


@pytest.fixture
def tiny_disk(tmp_path):
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
            capture_output=True,
        ).returncode
        != 0
    ):
        pytest.skip("mounting a tmpfs needs root")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_notes_on_a_full_disk_fail_plainly_and_keep_what_was_saved(tiny_disk):
    profile = open_profile(app_paths.resolve(tiny_disk / "profile"))
    saved = 0
    with pytest.raises(StoreError) as err:
        for i in range(100_000):
            profile.notes.add(NoteStamp(NOW).note(f"note {i} " + "x" * 500, "pp-demo"))
            saved += 1
    assert "full" in str(err.value) and "still in the editor" in str(err.value)
    assert saved > 10
    profile.close()
    # Reopen (read the data back) on the still-full disk: everything committed is there.
    db = Database(tiny_disk / "profile" / "data" / "observer.sqlite3", tiny_disk / "b").open()
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == saved
    db.close()


def test_export_to_a_full_disk_leaves_no_half_file(tiny_disk, tmp_path):
    filler = tiny_disk / "filler"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
    target = tiny_disk / "report.md"
    with pytest.raises(export.ExportError, match="cannot write"):
        export.write_atomically(target, "# Feedback\n" + "line\n" * 200_000)
    assert not target.exists()
    assert [p.name for p in tiny_disk.iterdir()] == ["filler"]  # no temporary left behind

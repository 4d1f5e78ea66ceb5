"""A full disk, for real: the profile lives on a tiny tmpfs (needs root to mount; CI runs as root)."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime

import pytest

from observer_app.core.model import NoteStamp
from observer_app.runtime import paths as app_paths
from observer_app.services import export
from observer_app.services.context import open_profile
from observer_app.store.db import Database, StoreError
from tests.support.disk import tiny_tmpfs

NOW = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)


@pytest.fixture
def tiny_disk(tmp_path):
    with tiny_tmpfs(tmp_path / "tiny", "1m") as mount_point:
        yield mount_point


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
    with pytest.raises(export.ExportError, match="cannot write") as err:
        export.write_atomically(target, "# Feedback\n" + "line\n" * 200_000)
    assert f"the disk is full (0 bytes free on the disk holding {tiny_disk})" in str(err.value)
    assert not target.exists()
    assert [p.name for p in tiny_disk.iterdir()] == ["filler"]  # no temporary left behind


def _fill_leaving(disk, free_bytes: int) -> None:
    """Fill the tmpfs, then give back ``free_bytes`` (tmpfs counts whole 4 kB pages)."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - free_bytes))


@pytest.mark.parametrize("free_kb", [0, 16, 48])
def test_notes_add_on_a_full_disk_names_it_and_exits_non_zero(tiny_disk, free_kb):
    import shutil
    import sys

    env = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy"}
    env.pop("DISPLAY", None)

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "observer_app", "--data-dir", str(tiny_disk / "p"), *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )

    assert cli("notes", "add", "written before the disk filled").returncode == 0
    _fill_leaving(tiny_disk, free_kb * 1024)
    text = "the sentence typed when the disk was full " + "x" * 4000
    results = [cli("notes", "add", text) for _ in range(5)]  # 48 kB fills after a note or two
    failed = [r for r in results if r.returncode != 0]
    assert failed, "the disk never filled"
    for result in failed:
        assert "Traceback" not in result.stderr
        assert result.returncode == 1
        assert "disk is full" in result.stderr and str(tiny_disk / "p" / "data") in result.stderr
        assert " free on the disk" in result.stderr and "NOT saved" in result.stderr
        assert "editor" not in result.stderr  # words for the command line, not the window
    saved = len(results) - len(failed)
    (tiny_disk / "filler").unlink()
    assert shutil.disk_usage(tiny_disk).free > 100_000
    listed = cli("notes", "list", "--json")
    assert listed.returncode == 0 and "damaged" not in listed.stderr  # a full disk is no damage
    texts = [n["text"] for n in __import__("json").loads(listed.stdout)]
    assert texts == ["written before the disk filled"] + [text] * saved
    assert not list((tiny_disk / "p" / "data").glob("*.damaged-*"))

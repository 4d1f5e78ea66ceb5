"""Real damage to real SQLite files, then a real command line process: the one recovery path.

Each test damages a profile written by the real code (notes before a backup, more after it),
runs ``observer-app`` as a user would, and checks what came back against what the file held:
no traceback, the newest backup restored, the notes after it salvaged, the damaged file kept
byte for byte, and a notice that says so and waits for the window.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from support.damage import damage_page, overwrite, page_size, pages_of, rowids_on_leaf

from observer_app.core.model import NoteStamp
from observer_app.runtime import paths as app_paths
from observer_app.services.context import open_profile
from observer_app.store.backup import RollingBackups
from observer_app.store.recovery import pending_notice

ENV = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy"}
ENV.pop("DISPLAY", None)
FILLER = " lorem ipsum dolor sit amet" * 8  # ~200 characters: a few notes per page
BEFORE, AFTER = 120, 120


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "observer_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
    )


def text_of(i: int) -> str:
    """The note with rowid i+1 (notes get rowids 1, 2, 3... in the order they are written)."""
    return (f"before {i}" if i < BEFORE else f"after {i - BEFORE}") + FILLER


def written_profile(root: Path) -> app_paths.AppPaths:
    """BEFORE notes, a backup, AFTER notes; closed cleanly with everything in the main file."""
    paths = app_paths.resolve(root)
    profile = open_profile(paths)
    for i in range(BEFORE):
        profile.notes.add(NoteStamp(datetime.now(UTC)).note(text_of(i), "pp-demo"))
    RollingBackups(profile.db, paths.backups).maybe_backup(datetime.now(UTC), force=True)
    for i in range(BEFORE, BEFORE + AFTER):
        profile.notes.add(NoteStamp(datetime.now(UTC)).note(text_of(i), "pp-demo"))
    profile.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    profile.close()  # no backup at exit: the newest is seconds old
    assert len(list(paths.backups.glob("rolling-*.sqlite3"))) == 1
    return paths


def listed(data_dir: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    result = cli(data_dir, "notes", "list", "--json", *extra)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    return result, {n["text"] for n in json.loads(result.stdout)}


def kept_file(paths: app_paths.AppPaths) -> Path:
    kept = [
        p
        for p in paths.data.glob("observer.sqlite3.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1
    return kept[0]


def middle_leaf_after_backup(db: Path) -> tuple[int, list[int]]:
    """A leaf of the notes table holding only notes written after the backup, not the last one."""
    leaves = [(p, rowids_on_leaf(db, p)) for p in pages_of(db, "notes")]
    leaves.sort(key=lambda item: min(item[1]))
    after = [(p, r) for p, r in leaves[:-1] if min(r) > BEFORE]
    return after[len(after) // 2]


def test_five_bytes_in_a_notes_page_recovered_by_the_command_line(tmp_path):
    paths = written_profile(tmp_path)
    page, lost_rowids = middle_leaf_after_backup(paths.database)
    damage_page(paths.database, page)
    damaged = paths.database.read_bytes()

    result, texts = listed(tmp_path)

    lost = {text_of(r - 1) for r in lost_rowids}
    assert texts == {text_of(i) for i in range(BEFORE + AFTER)} - lost
    assert kept_file(paths).read_bytes() == damaged  # byte for byte
    notice = result.stderr
    assert str(kept_file(paths)) in notice and "malformed" in notice
    assert f"{BEFORE} notes were restored from the backup" in notice
    assert f"{AFTER - len(lost_rowids)} notes written or changed after that were salvaged" in notice
    assert f"{len(lost_rowids)} notes could not be read back and may be missing" in notice
    assert pending_notice(paths.data) is not None  # the window has not shown it yet
    # The next command works on the recovered file and says nothing more.
    again, texts_again = listed(tmp_path)
    assert texts_again == texts and "damaged" not in again.stderr


def test_recovery_restores_the_newest_sound_backup_not_the_oldest(tmp_path):
    paths = app_paths.resolve(tmp_path)
    profile = open_profile(paths)
    backups = RollingBackups(profile.db, paths.backups)
    base = datetime.now(UTC) - timedelta(hours=3)
    profile.notes.add(NoteStamp(base).note("in both backups", "pp-demo"))
    backups.maybe_backup(base, force=True)
    profile.notes.add(NoteStamp(base).note("only in the newer backup", "pp-demo"))
    backups.maybe_backup(base + timedelta(hours=2), force=True)
    profile.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    profile.close()
    overwrite(paths.database, 0, b"\0" * 100)  # the header: nothing can be salvaged

    result, texts = listed(tmp_path)
    assert texts == {"in both backups", "only in the newer backup"}
    assert "2 notes were restored" in result.stderr


@pytest.mark.parametrize(
    "where",
    ["header", "first page", "index page", "fts table", "half file", "five-byte file"],
)
def test_damage_anywhere_goes_through_the_same_path(tmp_path, where):
    paths = written_profile(tmp_path)
    db = paths.database
    size = page_size(db)
    if where == "header":
        overwrite(db, 0, b"\0" * 100)
    elif where == "first page":
        overwrite(db, 100, b"\xff" * 5)  # the schema's b-tree header
    elif where == "index page":
        damage_page(db, pages_of(db, "notes_by_time")[0])
    elif where == "fts table":
        damage_page(db, pages_of(db, "notes_fts_data")[0])
    elif where == "half file":
        db.write_bytes(db.read_bytes()[: (len(db.read_bytes()) // size // 2) * size])
    else:
        db.write_bytes(b"oops!")
    damaged = db.read_bytes()

    # The listing the user asks for crosses the damaged structure: a search reads the FTS.
    result, texts = listed(tmp_path, *(["--search", "after"] if where == "fts table" else []))

    assert kept_file(paths).read_bytes() == damaged
    assert "was damaged" in result.stderr and str(kept_file(paths)) in result.stderr
    restored_or_salvaged = cli(tmp_path, "notes", "list", "--json")
    everything = {n["text"] for n in json.loads(restored_or_salvaged.stdout)}
    assert {text_of(i) for i in range(BEFORE)} <= everything  # the backup, at least
    if where in ("index page", "fts table"):  # the table itself is sound: nothing lost
        assert everything == {text_of(i) for i in range(BEFORE + AFTER)}
        assert f"{AFTER} notes written or changed after that were salvaged" in result.stderr
    if where == "fts table":
        assert texts == {text_of(i) for i in range(BEFORE, BEFORE + AFTER)}


def test_a_stale_shm_and_a_damaged_wal_frame_lose_nothing_committed_before(tmp_path):
    """SQLite checks WAL frames by checksum: a damaged frame ends the log there. What came
    before it must still be read, with no traceback and no false 'recovery'."""
    paths = app_paths.resolve(tmp_path)
    profile = open_profile(paths)
    for i in range(10):
        profile.notes.add(NoteStamp(datetime.now(UTC)).note(f"first {i}", "pp-demo"))
    profile.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for i in range(10):
        profile.notes.add(NoteStamp(datetime.now(UTC)).note(f"in the wal {i}", "pp-demo"))
    wal = paths.database.with_name("observer.sqlite3-wal")
    shm = paths.database.with_name("observer.sqlite3-shm")
    # Copy the live files as a crash would leave them (the process never closes).
    wal_bytes, shm_bytes, db_bytes = wal.read_bytes(), shm.read_bytes(), paths.database.read_bytes()
    profile.close()
    crash = tmp_path / "crashed"
    crash_paths = app_paths.resolve(crash)
    crash_paths.ensure()
    crash_paths.database.write_bytes(db_bytes)
    page = page_size(crash_paths.database)
    frames = (len(wal_bytes) - 32) // (page + 24)
    cut = 32 + (frames - 2) * (page + 24) + 24 + 10  # inside the second-to-last frame's page
    damaged_wal = wal_bytes[:cut] + b"\xde\xad\xbe\xef\x00" + wal_bytes[cut + 5 :]
    crash_paths.database.with_name("observer.sqlite3-wal").write_bytes(damaged_wal)
    stale = bytearray(shm_bytes)
    stale[:48] = b"\x01" * 48  # a wal-index from another state
    crash_paths.database.with_name("observer.sqlite3-shm").write_bytes(bytes(stale))

    result, texts = listed(crash)
    assert {f"first {i}" for i in range(10)} <= texts
    assert "Traceback" not in result.stderr


def test_a_crashed_process_never_disables_the_next_ones_check(tmp_path):
    """kill -9 while the profile is open: the lock dies with the process, so the next command
    owns the profile and runs the integrity check (a marker file said "in use" for ever)."""
    paths = written_profile(tmp_path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from observer_app.runtime import paths\n"
            "from observer_app.services.context import open_profile\n"
            f"p = open_profile(paths.resolve({str(tmp_path)!r}))\n"
            "print('open', p.secondary, flush=True)\n"
            "time.sleep(600)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open False"
        beside = cli(tmp_path, "notes", "list")  # while it lives, it owns the profile
        assert beside.returncode == 0
    finally:
        holder.kill()
        holder.wait()
    # Damage an index only: no query of `notes list` reads it, only the check finds it.
    damage_page(paths.database, pages_of(paths.database, "notes_by_speaker")[0])
    result, texts = listed(tmp_path)
    assert "was damaged" in result.stderr
    assert texts == {text_of(i) for i in range(BEFORE + AFTER)}


def test_notes_added_by_a_script_are_backed_up_at_exit(tmp_path):
    assert cli(tmp_path, "notes", "add", "from a script").returncode == 0
    paths = app_paths.resolve(tmp_path)
    (backup,) = paths.backups.glob("rolling-*.sqlite3")
    conn = sqlite3.connect(backup)
    assert [r[0] for r in conn.execute("SELECT text FROM notes")] == ["from a script"]
    conn.close()


def test_a_note_and_its_draft_are_one_commit_even_under_kill_9(tmp_path):
    """SIGKILL at the first statement after a COMMIT inside add_and_clear_draft: a note saved
    in one commit and its draft dropped in another would leave both (a duplicate on restore)."""
    paths = app_paths.resolve(tmp_path)
    profile = open_profile(paths)
    profile.notes.save_draft("the text", NoteStamp(datetime.now(UTC)), "main")
    profile.close()
    script = (
        "import os, signal\n"
        "from datetime import UTC, datetime\n"
        "from observer_app.runtime import paths\n"
        "from observer_app.core.model import NoteStamp\n"
        "from observer_app.services.context import open_profile\n"
        f"p = open_profile(paths.resolve({str(tmp_path)!r}))\n"
        "committed = []\n"
        "def trace(sql):\n"
        "    if committed:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    if sql.strip().upper().startswith('COMMIT'):\n"
        "        committed.append(sql)\n"
        "p.db.conn.set_trace_callback(trace)\n"
        "p.notes.add_and_clear_draft(NoteStamp(datetime.now(UTC)).note('the text', 'pp-demo'), 'main')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env=ENV, timeout=60)
    assert done.returncode == -9
    conn = sqlite3.connect(paths.database)
    notes = conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    drafts = conn.execute("SELECT count(*) FROM drafts WHERE text != ''").fetchone()[0]
    conn.close()
    assert (notes, drafts) in ((1, 0), (0, 1))


def test_damage_seen_beside_a_live_owner_is_left_to_it_and_said_plainly(tmp_path):
    """The window owns the profile: a command must not move the file from under it."""
    paths = written_profile(tmp_path)
    page, _lost = middle_leaf_after_backup(paths.database)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time\n"
            "from observer_app.runtime import paths\n"
            "from observer_app.services.context import open_profile\n"
            f"p = open_profile(paths.resolve({str(tmp_path)!r}))\n"
            "print('open', flush=True)\n"
            "time.sleep(600)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        damage_page(paths.database, page)
        beside = cli(tmp_path, "notes", "list")
    finally:
        holder.kill()
        holder.wait()
    assert beside.returncode == 1 and "Traceback" not in beside.stderr
    assert "another Observer (the window) has it open" in beside.stderr
    assert not list(paths.data.glob("*.damaged-*"))
    result, _texts = listed(tmp_path)  # the owner is gone: this one recovers
    assert "was damaged" in result.stderr

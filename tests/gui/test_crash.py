"""Kill -9 the real app at random moments while typing notes through X11, 20 rounds.

After every round: the database passes integrity_check, every note whose Enter was pressed
(and that was on disk before the kill) is there, and a draft the app had written before the
kill comes back as the draft.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from support.waiting import wait_for

# 20 starts of the whole app: 100-120 s on a loaded machine, over the suite's 120 s hang guard.
pytestmark = [pytest.mark.gui, pytest.mark.vlc, pytest.mark.timeout(360)]
ROUNDS = 20


def xdo(*args):
    subprocess.run(["xdotool", *args], timeout=20, check=False, capture_output=True)


def read_state(db_path):
    db = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        notes = [r[0] for r in db.execute("SELECT text FROM notes WHERE deleted = 0")]
        drafts = [r[0] for r in db.execute("SELECT text FROM drafts WHERE text != ''")]
    finally:
        db.close()
    return integrity, notes, drafts


def test_kill_9_at_random_moments_loses_nothing(tmp_path):
    if not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
        pytest.skip("needs the X server of tests/run.sh and xdotool")
    rng = random.Random(20141020)
    env = {**os.environ}
    env.pop("QT_QPA_PLATFORM", None)
    db_path = tmp_path / "data" / "observer.sqlite3"
    log = tmp_path / "log" / "observer.log"
    committed: list[str] = []
    pending_draft: str | None = None
    restored_drafts = 0
    for round_no in range(ROUNDS):
        opened_before = log.read_text().count("open file://") if log.exists() else 0
        with open(tmp_path / "stderr.txt", "a") as stderr:
            proc = subprocess.Popen(
                [sys.executable, "-m", "observer_app", "--data-dir", str(tmp_path)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        try:
            assert wait_for(
                lambda opened_before=opened_before: (
                    log.exists() and log.read_text().count("open file://") > opened_before
                )
            ), f"round {round_no}: the app did not start"
            found = subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(proc.pid)],
                capture_output=True,
                text=True,
                timeout=20,
            ).stdout.split()
            assert found, f"round {round_no}: no window"
            # --sync: X has given the window the focus; its FocusIn reaches Qt before the keys.
            xdo("windowfocus", "--sync", found[-1])
            xdo("key", "ctrl+n")
            if pending_draft is not None:
                restored_drafts += 1
                xdo("key", "Return")  # the restored draft is in the editor: save it
                assert wait_for(lambda saved=pending_draft: saved in read_state(db_path)[1]), (
                    f"round {round_no}: the restored draft was not saved"
                )
                committed.append(pending_draft)
                pending_draft = None
            for i in range(rng.randint(1, 3)):
                text = f"r{round_no} n{i} Kenya supports DT/33"
                xdo("type", "--delay", "5", text)
                xdo("key", "Return")
                # Enter processed (the note is on disk): from here on it must survive.
                assert wait_for(lambda text=text: text in read_state(db_path)[1]), (
                    f"round {round_no}: {text!r} was not saved"
                )
                committed.append(text)
            partial = f"r{round_no} draft on ADM/54"
            xdo("type", "--delay", "5", partial)
            pause = rng.uniform(0.0, 2.5)
            time.sleep(pause)  # the scenario, not a synchronisation: a kill at a random moment
            drafts_before = read_state(db_path)[2]  # what the draft timer had written by then
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
        integrity, notes, drafts = read_state(db_path)
        assert integrity == "ok", f"round {round_no}"
        assert set(committed) <= set(notes), f"round {round_no}: lost {set(committed) - set(notes)}"
        assert len(notes) == len(set(notes)), f"round {round_no}: a note was saved twice"
        if drafts_before == [partial]:  # a draft written before the kill survives it
            assert drafts == [partial], f"round {round_no}: draft {drafts!r} lost in the kill"
        pending_draft = drafts[0] if drafts else None
        if (
            pending_draft is not None
            and pending_draft != partial
            and not partial.startswith(pending_draft)
        ):
            pytest.fail(f"round {round_no}: unexpected draft {pending_draft!r}")
    print(
        f"{ROUNDS} rounds, {len(committed)} notes committed and found, {restored_drafts} drafts restored"
    )

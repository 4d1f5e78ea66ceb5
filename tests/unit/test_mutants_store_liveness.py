"""store/liveness.py: the profile's lock and its "running" mark, on real files with real
flock locks (the older tests reached them through command-line processes only).

Each test names the planted bug (mutant) it was written against."""

from __future__ import annotations

from observer_app.store.liveness import (
    ProfileLock,
    held_by_someone,
    mark_clean,
    mark_dirty,
    was_dirty,
)


def test_one_holder_at_a_time_even_within_one_process(tmp_path):
    """Catches: a second handle given the lock (two owners would both run the recovery), the
    lock not let go on release, a second acquire by the holder refused, and the probe taking
    the lock for good (nobody could own the profile after asking)."""
    assert held_by_someone(tmp_path) is False
    first, second = ProfileLock(tmp_path), ProfileLock(tmp_path)
    assert first.acquire() is True and first.held
    assert first.acquire() is True  # already ours
    assert (tmp_path / "observer.lock").exists()
    assert second.acquire() is False and not second.held
    assert held_by_someone(tmp_path) is True
    first.release()
    assert not first.held
    first.release()  # twice: no error
    assert held_by_someone(tmp_path) is False
    assert second.acquire() is True  # the probe did not keep it
    second.release()


def test_the_running_mark_says_whether_the_last_run_ended_cleanly(tmp_path):
    """Catches: the mark not made, made under another name than the one checked, or not
    removed at a clean exit (every start would run the full check), and an error raised
    where there is nothing to do."""
    assert was_dirty(tmp_path) is False
    mark_dirty(tmp_path)
    assert (tmp_path / "running").exists() and was_dirty(tmp_path) is True
    mark_clean(tmp_path)
    assert was_dirty(tmp_path) is False
    mark_clean(tmp_path)  # already clean: no error
    mark_dirty(tmp_path / "no such folder")  # nowhere to write: no error


def test_a_lock_that_cannot_even_be_asked_for_is_nobodys(tmp_path):
    """Catches: a folder that does not exist (the lock file cannot be opened) taken as held
    by someone (the profile would be left without an owner for ever)."""
    assert held_by_someone(tmp_path / "no such folder") is False

"""Is another Observer process using this profile right now? Asked of the operating system.

An exclusive lock on ``data/observer.lock`` is held by the process that owns the profile (the
window, or a command run when no window is open). The OS drops the lock when the process ends,
however it ends, so a crash never leaves a stale "someone is running" behind: the next process
gets the lock and runs the checks (the old marker file did not vanish on kill -9, and the
command line then skipped the integrity check for good).

A separate ``running`` file records "the owner has not closed cleanly": it is created when the
lock is taken and removed at a clean close, so the next owner knows to check the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

LOCK_NAME = "observer.lock"
DIRTY_NAME = "running"


class ProfileLock:
    """A non-blocking exclusive lock on a file; ``held`` says whether we got it."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_NAME
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> bool:
        """Take the lock if nobody alive holds it; False (and nothing changed) otherwise."""
        if self._file is not None:
            return True
        handle = open(self.path, "a+b")  # noqa: SIM115 - kept open for the life of the lock
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is not None:
            try:
                _unlock(self._file)
            except OSError:
                pass
            self._file.close()
            self._file = None


def held_by_someone(data_dir: Path) -> bool:
    """True when a live process (this one included, through another handle) holds the lock."""
    probe = ProfileLock(data_dir)
    try:
        if probe.acquire():
            probe.release()
            return False
    except OSError:
        return False
    return True


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock, not fcntl's POSIX locks: a flock belongs to the open file, so a second handle in
    # the same process (a worker thread's profile) is refused like another process would be.
    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def mark_dirty(data_dir: Path) -> None:
    try:
        (Path(data_dir) / DIRTY_NAME).touch()
    except OSError:
        pass


def was_dirty(data_dir: Path) -> bool:
    return (Path(data_dir) / DIRTY_NAME).exists()


def mark_clean(data_dir: Path) -> None:
    try:
        os.unlink(Path(data_dir) / DIRTY_NAME)
    except OSError:
        pass

"""Crash reports: secrets scrubbed, versions present, files written and pruned; the log rotates
and scrubs too."""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, datetime, timedelta

import pytest

from observer_app.runtime import crash, log, secrets

TOKEN = "tk_live_9f8e7d6c5b4a3f2e1d0c"


@pytest.mark.parametrize(
    "text",
    [
        f"Authorization: Bearer {TOKEN}",
        f"{{'Authorization': 'Bearer {TOKEN}', 'Accept': 'application/json'}}",
        f"headers={{'authorization': '{TOKEN}'}}",
        f"POST https://platform.example.org/api?token={TOKEN}&x=1 failed",
        f"http.token={TOKEN}",
        f'{{"password": "{TOKEN}"}}',
        f"smtp login failed: password='{TOKEN}'",
        f"webdav https://me:{TOKEN}@cloud.example.org/remote.php/dav/",
        f"api_key: {TOKEN}",
        f"sent with Basic {TOKEN}",
    ],
)
def test_scrub_removes_the_secret_and_says_so(text):
    out = crash.scrub(text)
    assert TOKEN not in out
    assert crash.REDACTED in out


def test_scrub_leaves_ordinary_text_alone():
    text = (
        "Document 67(Rev.1) cited by author.name=Ana at 10:32; DT/33 page 4. "
        "https://example.org/pp26/channels.m3u returned 404"
    )
    assert crash.scrub(text) == text


def test_scrub_removes_known_values_wherever_they_are():
    out = crash.scrub(f"ValueError: unexpected {TOKEN} in answer; short ab stays", [TOKEN, "ab"])
    assert TOKEN not in out and "short ab stays" in out


def _raise(message):
    try:
        raise RuntimeError(message)
    except RuntimeError:
        return sys.exc_info()


def test_report_has_versions_traceback_and_no_secret(monkeypatch):
    monkeypatch.setitem(secrets._session_only, "smtp.password", "correct horse battery")
    exc_info = _raise(
        f"receiver said no to Authorization: Bearer {TOKEN} (pw correct horse battery)"
    )
    when = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
    report = crash.format_report(*exc_info, where="thread worker-1", when=when)
    assert "When: 2026-11-30 06:15:00 UTC" in report
    assert "Where: thread worker-1" in report
    assert "Python: 3." in report and "Observer: " in report and "Platform: " in report
    assert (
        "Traceback (most recent call last)" in report and "RuntimeError: receiver said no" in report
    )
    assert "_raise" in report  # the frame that raised
    assert TOKEN not in report and "correct horse battery" not in report


def test_versions_name_loaded_libraries_only():
    info = crash.versions()
    assert info["Python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}")
    assert ("Qt" in info) == ("PySide6.QtCore" in sys.modules)
    assert ("libVLC" in info) == ("vlc" in sys.modules)


def test_write_report_names_files_by_time_and_keeps_the_newest(tmp_path):
    start = datetime(2026, 11, 30, 6, 15, tzinfo=UTC)
    paths = []
    for i in range(crash.KEEP_REPORTS + 5):
        path = crash.write_report(
            tmp_path / "log", f"report {i}\n", when=start + timedelta(seconds=i // 2)
        )
        os.utime(path, (1_700_000_000 + i, 1_700_000_000 + i))
        paths.append(path)
    assert paths[0].name == "crash-20261130-061500.txt"
    assert paths[1].name == "crash-20261130-061500-2.txt"  # same second: not overwritten
    kept = sorted((tmp_path / "log").glob("crash-*.txt"))
    assert len(kept) == crash.KEEP_REPORTS
    assert paths[-1] in kept and paths[0] not in kept
    assert paths[-1].read_text(encoding="utf-8") == f"report {crash.KEEP_REPORTS + 4}\n"


def test_write_report_to_an_unwritable_place_raises_oserror(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(OSError):
        crash.write_report(blocker / "log", "x")


def test_log_file_rotates_and_is_scrubbed(tmp_path):
    log.setup(tmp_path / "log")
    logger = logging.getLogger("observer.test")
    try:
        logger.error("sending failed: Authorization: Bearer %s", TOKEN)
        try:
            raise ValueError(f"token={TOKEN}")
        except ValueError:
            logger.exception("receiver")
        for i in range(12_000):  # about 1.2 MB: past the 1 MB limit
            logger.info("line %05d %s", i, "x" * 80)
    finally:
        for handler in logging.getLogger("observer").handlers:
            handler.close()
        logging.getLogger("observer").handlers.clear()
    files = sorted(p.name for p in (tmp_path / "log").iterdir())
    assert "observer.log" in files and "observer.log.1" in files
    text = "".join((tmp_path / "log" / name).read_text(encoding="utf-8") for name in files)
    assert TOKEN not in text
    assert text.count(crash.REDACTED) >= 2
    assert all((tmp_path / "log" / name).stat().st_size <= 1_000_000 + 200 for name in files)


def test_the_log_keeps_its_newest_lines_in_order_across_rotations(tmp_path):
    """The rotation (log.SizeRotatingFileHandler, written for the window's start without
    logging.handlers) keeps what RotatingFileHandler kept: the newest lines, in order, in
    NAME, NAME.1 ... NAME.<backups>, none lost between them, each file within the limit."""
    path = tmp_path / "observer.log"
    handler = log.SizeRotatingFileHandler(path, 2_000, backups=3)
    logger = logging.getLogger("observer.test.rotation")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for i in range(400):  # 400 lines of 25 bytes: 10 kB, five times over the limit
            logger.warning("line %04d %s", i, "x" * 14)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["observer.log", "observer.log.1", "observer.log.2", "observer.log.3"]
    kept = [tmp_path / n for n in ("observer.log.3", "observer.log.2", "observer.log.1")] + [path]
    numbers = [int(line.split()[1]) for f in kept for line in f.read_text().splitlines()]
    assert numbers == list(range(numbers[0], 400))  # oldest kept first, no gap, the last one
    assert numbers[0] > 0  # the oldest lines were dropped
    assert all(f.stat().st_size <= 2_000 for f in kept)


def test_a_secret_kept_for_this_run_is_scrubbed_by_value_without_a_keyword(monkeypatch):
    """A password held in memory (no usable keyring) is removed wherever it shows, even where no
    'password' or 'Bearer' says a secret follows."""
    monkeypatch.setitem(secrets._session_only, "sync.webdav_password", "plum-orchard-4417")
    report = crash.format_report(*_raise("could not parse plum-orchard-4417 as a date"))
    assert "RuntimeError: could not parse" in report
    assert "plum-orchard-4417" not in report

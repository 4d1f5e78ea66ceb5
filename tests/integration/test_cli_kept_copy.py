"""A headless export of a conference opened from a URL reads the kept copy, as the window does
between its refreshes: no request while the copy is younger than the refresh interval; an
older copy is asked for again; offline, the old copy is used and the command says how old it
is (issue 15). A real HTTP server on 127.0.0.1 counts the requests; real processes, real files."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from support.cli import run
from support.server import StreamServer

PLAYLIST = (
    '#EXTM3U\n#EXTINF:-1 tvg-id="pl" group-title="Plenary",Plenary\nhttps://w.example/pl.m3u8\n'
    '#EXTINF:-1 tvg-id="c5" group-title="Committee 5",Committee 5\nhttps://w.example/c5.m3u8\n'
)
CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:a@t\r\n"
    "DTSTAMP:20261201T000000Z\r\nDTSTART;TZID=Asia/Seoul:20261202T093000\r\n"
    "DTEND;TZID=Asia/Seoul:20261202T123000\r\nSUMMARY:Committee 5 - Meeting 1\r\nLOCATION:Committee 5\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "channels.m3u").write_text(PLAYLIST)
    (root / "schedule.ics").write_text(CALENDAR)
    with StreamServer(root) as server:
        yield server


def _age_kept_copies(data: Path, minutes: int) -> None:
    """Make every kept copy ``minutes`` old, as if the last request was that long ago."""
    kept = list(data.rglob("*.body"))
    assert kept, "the first command kept no copy"
    then = time.time() - minutes * 60
    for body in kept:
        os.utime(body, (then, then))


def test_exports_within_the_refresh_interval_ask_the_server_nothing(site, tmp_path):
    data, url = tmp_path / "data", site.url("channels.m3u")
    added = run("--feed", url, "notes", "add", "Kenya asks for DT/33", data_dir=data)
    assert added.returncode == 0, added.stderr
    assert site.hits("/channels.m3u") == 1
    for n in range(2):
        report = tmp_path / f"report{n}.md"
        done = run("--feed", url, "export", "-o", str(report), data_dir=data)
        assert done.returncode == 0, done.stderr
        assert "Kenya asks for DT/33" in report.read_text(encoding="utf-8")
        assert "observer-app:" not in done.stderr  # a young copy is no news
    assert site.hits("/channels.m3u") == 1  # each export fetched (or asked 304) again before


def test_an_older_copy_is_asked_for_again(site, tmp_path):
    data, url = tmp_path / "data", site.url("channels.m3u")
    assert run("--feed", url, "notes", "list", data_dir=data).returncode == 0
    _age_kept_copies(data, 11)  # the refresh interval is 10 minutes by default
    done = run("--feed", url, "export", "-o", str(tmp_path / "r.md"), data_dir=data)
    assert done.returncode == 0, done.stderr
    assert site.hits("/channels.m3u") == 2


def test_offline_an_old_copy_exports_with_its_age_said(site, tmp_path):
    data, url = tmp_path / "data", site.url("channels.m3u")
    added = run("--feed", url, "notes", "add", "Brazil supports 67(Rev.1)", data_dir=data)
    assert added.returncode == 0, added.stderr
    _age_kept_copies(data, 11)
    site.stop()
    report = tmp_path / "offline.md"
    done = run("--feed", url, "export", "-o", str(report), data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "Brazil supports 67(Rev.1)" in report.read_text(encoding="utf-8")
    assert f"observer-app: {url}, cannot connect to the server" in done.stderr
    assert "using the copy saved earlier (11 minutes old)" in done.stderr


def test_refresh_turned_off_asks_every_time(site, tmp_path):
    """``conference.refresh_minutes`` 0 (no refresh in the window): every command asks."""
    data, url = tmp_path / "data", site.url("channels.m3u")
    assert run("settings", "set", "conference.refresh_minutes", "0", data_dir=data).returncode == 0
    for _ in range(2):
        done = run("--feed", url, "export", "-o", str(tmp_path / "r.md"), data_dir=data)
        assert done.returncode == 0, done.stderr
    assert site.hits("/channels.m3u") == 2


def test_the_window_s_conference_of_several_sources_is_read_from_the_kept_copies(site, tmp_path):
    """The conference the window last opened (a playlist and a calendar, one per line)."""
    data = tmp_path / "data"
    both = f"{site.url('channels.m3u')}\n{site.url('schedule.ics')}"
    assert run("settings", "set", "conference.last_feed", both, data_dir=data).returncode == 0
    for _ in range(2):
        done = run("export", "-o", str(tmp_path / "r.md"), data_dir=data)
        assert done.returncode == 0, done.stderr
    assert (site.hits("/channels.m3u"), site.hits("/schedule.ics")) == (1, 1)

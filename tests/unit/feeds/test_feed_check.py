"""``feed check``: exit status and output for good and broken sources, text and --json."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from observer_app.cli.feed import add_feed_parser, run_feed

DATA = Path(__file__).resolve().parents[2] / "data" / "feeds"
GOOD = [
    DATA / "m3u" / "ipytv_m3u_plus.m3u",
    DATA / "xmltv" / "xmltv_test.xml",
    DATA / "indico" / "indico_event_sessions.json",
]
HTML = DATA / "m3u" / "iptv-org_streams_417_html_not_m3u.m3u"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="observer-app")
    add_feed_parser(parser.add_subparsers(dest="command"))
    code = run_feed(parser.parse_args(["feed", "check", *argv]))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_good_sources_exit_0_with_counts(capsys):
    code, out, _ = _run(capsys, *map(str, GOOD))
    assert code == 0
    assert (
        f"{GOOD[0]}: m3u, usable" in out and "3 bodies, 0 sessions, 4 streams, 0 documents" in out
    )
    assert "time zone Europe/Zurich" in out and "warning: programme '3sat.de'" in out


def test_one_broken_source_exits_1_and_names_the_problem(capsys, tmp_path):
    code, out, _ = _run(capsys, str(GOOD[0]), str(HTML), str(tmp_path / "absent.ics"))
    assert code == 1
    assert f"{HTML}: unknown, NOT USABLE" in out and "problem: line 1: this is an HTML page" in out
    assert f"{tmp_path / 'absent.ics'}: unknown, NOT USABLE\n  problem: no such file" in out


def test_json_shape(capsys):
    code, out, _ = _run(capsys, str(GOOD[0]), str(HTML), "--json")
    rows = json.loads(out)
    assert code == 1 and [r["ok"] for r in rows] == [True, False]
    assert set(rows[0]) >= {"source", "kind", "ok", "counts", "problems", "warnings"}
    assert rows[0]["counts"] == {"bodies": 3, "sessions": 0, "streams": 4, "documents": 0}
    assert rows[1]["problems"] and rows[1]["kind"] == "unknown"


def test_a_profile_is_checked_source_by_source(capsys, tmp_path):
    (tmp_path / "c.m3u").write_bytes(GOOD[0].read_bytes())
    (tmp_path / "broken.ics").write_bytes(b"BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    profile = tmp_path / "p.json"
    profile.write_text(
        json.dumps(
            {
                "format": "observer-profile",
                "format_version": 1,
                "name": "P",
                "timezone": "Asia/Seoul",
                "sources": ["c.m3u", "broken.ics"],
            }
        )
    )
    code, out, _ = _run(capsys, str(profile), "--json")
    rows = json.loads(out)
    assert code == 1 and [(r["kind"], r["ok"]) for r in rows] == [("m3u", True), ("ical", False)]
    assert all(r["profile"] == str(profile) for r in rows)
    code, out, _ = _run(capsys, str(profile))
    assert (
        f" (from {profile}): m3u, usable" in out and f" (from {profile}): ical, NOT USABLE" in out
    )
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "observer-profile", "format_version": 1, "sources": []}))
    code, out, _ = _run(capsys, str(bad))
    assert code == 1 and "problem: sources: a non-empty list" in out


def test_importable_and_runnable_in_a_fresh_interpreter():
    code = (
        "import argparse, sys\nfrom observer_app.cli.feed import add_feed_parser, run_feed\n"
        "p = argparse.ArgumentParser(); add_feed_parser(p.add_subparsers(dest='command'))\n"
        "sys.exit(run_feed(p.parse_args(sys.argv[1:])))"
    )
    good = subprocess.run(
        [sys.executable, "-c", code, "feed", "check", str(GOOD[0])],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert good.returncode == 0 and "m3u, usable" in good.stdout
    bad = subprocess.run(
        [sys.executable, "-c", code, "feed", "check", "--json", str(HTML)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1 and json.loads(bad.stdout)[0]["ok"] is False

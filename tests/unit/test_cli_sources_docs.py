"""The wired commands: `feed check`, `docs fetch`, `search`, through the real `observer-app` entry."""

from __future__ import annotations

import json

from support.cli import run


def test_feed_check_says_what_each_source_gives_and_fails_on_a_bad_one(tmp_path):
    playlist = tmp_path / "channels.m3u"
    playlist.write_text(
        '#EXTM3U\n#EXTINF:-1 group-title="Committee 5",C5\nhttps://example.org/c5.m3u8\n'
    )
    page = tmp_path / "page.m3u"
    page.write_text("<!DOCTYPE html><html><body>Sign in</body></html>")
    good = run("feed", "check", str(playlist), "--json", data_dir=tmp_path / "d")
    assert good.returncode == 0, good.stderr
    [entry] = json.loads(good.stdout)
    assert entry["kind"] == "m3u" and entry["ok"] and entry["counts"]["streams"] == 1
    bad = run("feed", "check", str(playlist), str(page), data_dir=tmp_path / "d")
    assert bad.returncode == 1 and "page.m3u" in bad.stdout


def test_docs_fetch_indexes_the_demo_documents_and_search_finds_a_page(tmp_path):
    fetched = run("docs", "fetch", "--json", data_dir=tmp_path / "d")
    assert fetched.returncode == 0, fetched.stderr
    summary = json.loads(fetched.stdout)
    assert (
        summary["counts"]["failed"] == 0 and summary["counts"]["local"] == len(summary["files"]) > 0
    )
    assert all(f["pages"] > 0 and not f["text_problem"] for f in summary["files"])
    assert {f["status"] for f in summary["files"]} == {"local"}  # the text scripts read (an Enum)
    found = run("search", "open consultations", "--json", data_dir=tmp_path / "d")
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert hits and any(h.get("symbol") == "DT/33" for h in hits)
    assert all("consultations" in h["snippet"].lower() for h in hits)

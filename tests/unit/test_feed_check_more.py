"""``feed check`` reads what the window reads (a playlist's guide, once), counts in good English,
and puts a profile's own warnings in its rows; guides are compared by where they are, not by
how their address is spelt. Real files in tmp_path."""

from __future__ import annotations

import argparse
import json

import pytest

from observer_app.cli.feed import add_feed_parser, run_feed
from observer_app.services.sources import address_key, open_sources

PLAYLIST = (
    '#EXTM3U{guide}\n#EXTINF:-1 tvg-id="com5" group-title="Committee 5",Committee 5\n'
    "https://webcast.example.org/com5/index.m3u8\n"
)
GUIDE = """<?xml version="1.0" encoding="UTF-8"?>
<tv>
  <channel id="com5"><display-name>Committee 5</display-name></channel>
  <programme start="20261202093000 +0900" stop="20261202123000 +0900" channel="com5">
    <title lang="en">Committee 5 - Meeting 7</title>
  </programme>
</tv>
"""


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="observer-app")
    add_feed_parser(parser.add_subparsers(dest="command"))
    code = run_feed(parser.parse_args(["feed", "check", *argv]))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def folder(tmp_path):
    place = tmp_path / "PP 26 (Seoul)"  # a space and brackets: file: URIs escape them
    place.mkdir()
    (place / "guide.xml").write_text(GUIDE)
    (place / "channels.m3u").write_text(PLAYLIST.format(guide=' x-tvg-url="guide.xml"'))
    return place


def test_a_playlist_is_checked_with_the_guide_it_names(capsys, folder):
    playlist = folder / "channels.m3u"
    code, out, _ = _run(capsys, str(playlist))
    assert code == 0
    guide_url = (folder / "guide.xml").as_uri()
    assert (
        f"{guide_url} (guide named by {playlist}): xmltv, usable\n  1 body, 1 session, 0 streams"
        in out
    )
    code, out, _ = _run(capsys, str(playlist), "--json")
    rows = json.loads(out)
    assert [(r["source"], r["kind"], r.get("guide_of")) for r in rows] == [
        (str(playlist), "m3u", None),
        (guide_url, "xmltv", str(playlist)),
    ]


def test_a_guide_that_cannot_be_read_is_a_warning_on_the_playlist_as_in_the_window(capsys, folder):
    (folder / "guide.xml").unlink()
    code, out, _ = _run(capsys, str(folder / "channels.m3u"), "--json")
    [row] = json.loads(out)
    assert code == 0 and row["ok"]
    assert any(
        "its guide" in w and "guide.xml" in w and "no such file" in w for w in row["warnings"]
    )


@pytest.mark.parametrize("spelling", ["path", "relative", "uri"])
def test_a_guide_given_as_a_source_and_named_by_the_playlist_is_read_once(
    folder, monkeypatch, spelling
):
    monkeypatch.chdir(folder.parent)
    guide = {
        "path": str(folder / "guide.xml"),
        "relative": f"{folder.name}/guide.xml",
        "uri": (folder / "guide.xml").as_uri(),
    }[spelling]
    combined = open_sources(
        [str(folder / "channels.m3u"), guide], None, get_token=lambda name: None
    )
    conference, results = combined.conference, combined.results
    assert [r.kind for r in results] == ["m3u", "xmltv"]
    assert [s.title for s in conference.sessions] == ["Committee 5 - Meeting 7"]


@pytest.mark.parametrize(
    "a, b",
    [
        ("HTTP://Example.ORG:80/guide.xml#today", "http://example.org/guide.xml"),
        ("https://example.org:443/g.xml?day=2", "https://example.org/g.xml?day=2"),
        ("https://example.org", "https://example.org/"),
    ],
)
def test_web_addresses_that_name_the_same_place_have_one_key(a, b):
    assert address_key(a) == address_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("https://example.org/g.xml?day=2", "https://example.org/g.xml?day=3"),
        ("http://example.org/g.xml", "https://example.org/g.xml"),
        ("https://example.org:8443/g.xml", "https://example.org/g.xml"),
        ("https://example.org/G.xml", "https://example.org/g.xml"),
    ],
)
def test_different_places_keep_different_keys(a, b):
    assert address_key(a) != address_key(b)


def test_local_spellings_of_one_file_have_one_key(folder, monkeypatch):
    monkeypatch.chdir(folder)
    keys = {
        address_key(s)
        for s in (
            "guide.xml",
            str(folder / "guide.xml"),
            (folder / "guide.xml").as_uri(),
            f"../{folder.name}/guide.xml",
        )
    }
    assert keys == {str(folder / "guide.xml")}


def test_counts_of_one_are_singular(capsys, tmp_path):
    playlist = tmp_path / "one.m3u"
    playlist.write_text(PLAYLIST.format(guide=""))
    code, out, _ = _run(capsys, str(playlist))
    assert code == 0 and "  1 body, 0 sessions, 1 stream, 0 documents" in out


def test_an_empty_argument_is_no_source_not_a_directory(capsys):
    code, out, _ = _run(capsys, "")
    assert code == 1 and "problem: no source given" in out and "directory" not in out
    code, out, _ = _run(capsys, "  ", "--json")
    assert code == 1 and json.loads(out)[0]["problems"] == ["no source given"]


def test_a_profile_s_own_warnings_are_in_its_rows_not_on_stderr(capsys, folder):
    (folder / "channels.m3u").write_text(PLAYLIST.format(guide=""))
    profile = folder / "pp.json"
    profile.write_text(
        json.dumps(
            {
                "format": "observer-profile",
                "format_version": 1,
                "name": "PP",
                "timezone": "Asia/Seoul",
                "colour": "red",
                "sources": ["channels.m3u", {"url": "guide.xml", "mirror": "x"}],
            }
        )
    )
    code, out, err = _run(capsys, str(profile), "--json")
    rows = json.loads(out)
    assert code == 0 and err == ""
    assert [r["kind"] for r in rows] == ["m3u", "xmltv"] and all(
        r["profile"] == str(profile) for r in rows
    )
    assert rows[0]["warnings"] == [f"profile {profile}: colour: not a profile field; ignored"]
    assert rows[1]["warnings"] == [
        f"profile {profile}: sources/1/mirror: not a source field; ignored"
    ]
    code, out, err = _run(capsys, str(profile))
    assert err == "" and "warning: profile" in out and "sources/1/mirror" in out

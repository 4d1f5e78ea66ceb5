"""A combined conference's id: the same on every observer's computer for a named conference
(team bundles match on it), distinct for unrelated nameless ones (a bare playlist was always
"conference"), and kept by a profile while its sources change."""

from __future__ import annotations

from observer_app.core.feeds.base import slug
from observer_app.core.feeds.combine import combine, conference_id
from observer_app.core.feeds.parse import parse_source

PLAYLIST = '#EXTM3U\n#EXTINF:-1 group-title="Plenary",Plenary\nhttps://example.org/pl.m3u8\n'
CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-CALNAME:PP-26 sittings\r\n"
    "BEGIN:VEVENT\r\nUID:a@t\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261202T090000Z\r\n"
    "DTEND:20261202T100000Z\r\nSUMMARY:Plenary\r\nLOCATION:Plenary\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return parse_source(path.read_bytes(), str(path))


def test_two_bare_playlists_are_two_conferences(tmp_path):
    first = combine([read(tmp_path, "a/channels.m3u", PLAYLIST)])
    second = combine([read(tmp_path, "b/channels.m3u", PLAYLIST)])
    assert first.id != second.id and first.id.startswith("channels-")


def test_a_named_conference_has_the_same_id_on_every_computer(tmp_path):
    alice = combine([read(tmp_path, "home/alice/sittings.ics", CALENDAR)])
    bob = combine([read(tmp_path, "home/bob/Downloads/sittings.ics", CALENDAR)])
    assert alice.id == bob.id == slug("PP-26 sittings")


def test_a_profile_name_wins_and_keeps_the_id_while_sources_change(tmp_path):
    playlist = read(tmp_path, "channels.m3u", PLAYLIST)
    before = combine([playlist], profile_name="PP-26 (ours)", location=str(tmp_path / "pp26.json"))
    after = combine(
        [read(tmp_path, "sittings.ics", CALENDAR), playlist],
        profile_name="PP-26 (ours)",
        location=str(tmp_path / "elsewhere" / "pp26.json"),
    )
    assert before.id == after.id and after.name == "PP-26 (ours)"


def test_one_address_written_two_ways_is_one_conference(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert conference_id("channels.m3u") == conference_id(str(tmp_path / "channels.m3u"))
    assert conference_id("https://Example.org:443/pp26/ch.m3u#x") == conference_id(
        "https://example.org/pp26/ch.m3u"
    )
    assert conference_id("https://a.example/pp26.m3u") != conference_id(
        "https://b.example/pp26.m3u"
    )

"""A combined conference keeps its id while its sources change (notes, follows and document
records hang on it), and unrelated conferences do not share one."""

from __future__ import annotations

from observer_app.core.feeds.combine import combine, conference_id
from observer_app.core.feeds.parse import parse_source

PLAYLIST = '#EXTM3U\n#EXTINF:-1 group-title="Plenary",Plenary\nhttps://example.org/pl.m3u8\n'
CALENDAR = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-CALNAME:PP-26 sittings\r\n"
            "BEGIN:VEVENT\r\nUID:a@t\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261202T090000Z\r\n"
            "DTEND:20261202T100000Z\r\nSUMMARY:Plenary\r\nLOCATION:Plenary\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text)
    return parse_source(path.read_bytes(), str(path))


def test_two_bare_playlists_are_two_conferences(tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    first = combine([read(tmp_path, "a/channels.m3u", PLAYLIST)])
    second = combine([read(tmp_path, "b/channels.m3u", PLAYLIST)])
    assert first.id != second.id and first.id.startswith("channels-")


def test_adding_a_named_calendar_keeps_the_id_and_a_profile_name_wins(tmp_path):
    playlist = read(tmp_path, "channels.m3u", PLAYLIST)
    alone = combine([playlist])
    with_calendar = combine([playlist, read(tmp_path, "sittings.ics", CALENDAR)])
    assert with_calendar.name == "PP-26 sittings" and with_calendar.id == alone.id
    named = combine([playlist, read(tmp_path, "sittings.ics", CALENDAR)], profile_name="PP-26 (our profile)",
                    location=str(tmp_path / "pp26.json"))
    assert named.name == "PP-26 (our profile)" and named.id == conference_id(str(tmp_path / "pp26.json"))


def test_the_same_file_named_two_ways_is_one_conference(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert conference_id("channels.m3u") == conference_id(str(tmp_path / "channels.m3u"))
    assert conference_id("https://a.example/pp26.json") != conference_id("https://b.example/pp26.json")

"""Opening a conference from other source kinds, or several at once, through the GUI's path."""

from __future__ import annotations

import json
from datetime import UTC

import pytest
from support.sources import CALENDAR, PLAYLIST

from observer_app.core.feeds.ownjson import FeedError
from observer_app.services.conference import open_feed


def test_a_playlist_alone_opens_as_a_conference(tmp_path):
    playlist = tmp_path / "channels.m3u"
    playlist.write_text(PLAYLIST)
    conference = open_feed(str(playlist), tmp_path / "cache").feed.conference
    assert sorted(b.name for b in conference.bodies) == ["Committee 5", "Plenary"]
    assert {s.url for s in conference.streams} == {
        "https://webcast.example.org/com5/index.m3u8",
        "https://webcast.example.org/plenary/index.m3u8",
    }


def test_several_sources_one_per_line_are_combined(tmp_path):
    (tmp_path / "channels.m3u").write_text(PLAYLIST)
    (tmp_path / "schedule.ics").write_bytes(CALENDAR.encode())
    opened = open_feed(
        f"{tmp_path / 'channels.m3u'}\n{tmp_path / 'schedule.ics'}\n", tmp_path / "cache"
    )
    conference = opened.feed.conference
    assert (
        len(conference.sessions) == 1 and conference.sessions[0].title == "Committee 5 - Meeting 1"
    )
    com5 = next(b for b in conference.bodies if b.name == "Committee 5")
    assert (
        conference.sessions[0].body_id == com5.id
        and conference.stream_for_body(com5.id) is not None
    )


def test_a_profile_lists_its_sources(tmp_path):
    (tmp_path / "channels.m3u").write_text(PLAYLIST)
    profile = tmp_path / "pp26.json"
    profile.write_text(
        json.dumps(
            {
                "format": "observer-profile",
                "format_version": 1,
                "name": "PP-26",
                "timezone": "Asia/Seoul",
                "sources": [{"url": "channels.m3u"}],
            }
        )
    )
    conference = open_feed(str(profile), tmp_path / "cache").feed.conference
    assert (
        conference.name == "PP-26"
        and conference.timezone == "Asia/Seoul"
        and len(conference.streams) == 2
    )


def test_relative_addresses_inside_a_profile_source_resolve_next_to_that_source(
    tmp_path, monkeypatch
):
    """A local profile hands its sources over as file: URIs; a playlist's relative channel paths
    must still land beside the playlist, whatever the current directory."""
    (tmp_path / "media").mkdir()
    (tmp_path / "channels.m3u").write_text(
        '#EXTM3U\n#EXTINF:-1 group-title="Plenary",Plenary\nmedia/plenary.mkv\n'
    )
    profile = tmp_path / "pp26.json"
    profile.write_text(
        json.dumps(
            {
                "format": "observer-profile",
                "format_version": 1,
                "name": "PP-26",
                "timezone": "Asia/Seoul",
                "sources": [{"url": "channels.m3u"}],
            }
        )
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    conference = open_feed(str(profile), tmp_path / "cache").feed.conference
    assert [s.url for s in conference.streams] == [(tmp_path / "media" / "plenary.mkv").as_uri()]


def test_when_no_source_is_usable_the_error_names_them(tmp_path):
    page = tmp_path / "saved.m3u"
    page.write_text("<!DOCTYPE html><html><body>Login</body></html>")
    with pytest.raises(FeedError) as caught:
        open_feed(f"{page}\n{tmp_path / 'missing.ics'}", tmp_path / "cache")
    assert "saved.m3u" in str(caught.value) and "missing.ics" in str(caught.value)


def test_a_radio_channel_plays_audio_only(tmp_path):
    from datetime import datetime

    from observer_app.core import playback

    playlist = tmp_path / "radio.m3u"
    playlist.write_text(
        '#EXTM3U\n#EXTINF:-1 radio="true" group-title="Plenary",Plenary audio\n'
        'https://example.org/plenary.mp3\n#EXTINF:-1 group-title="Committee 5",C5\n'
        "https://example.org/c5.m3u8\n"
    )
    conference = open_feed(str(playlist), tmp_path / "cache").feed.conference
    by_name = {b.name: b.id for b in conference.bodies}
    now = datetime.now(UTC)
    assert playback.plan(conference, by_name["Plenary"], None, now).audio_only
    assert not playback.plan(conference, by_name["Committee 5"], None, now).audio_only


def test_a_calendar_whose_events_name_their_zone_gives_the_conference_its_zone(tmp_path):
    (tmp_path / "schedule.ics").write_bytes(CALENDAR.encode())  # TZID on DTSTART, no VTIMEZONE
    conference = open_feed(str(tmp_path / "schedule.ics"), tmp_path / "cache").feed.conference
    assert conference.timezone == "Asia/Seoul"
    assert (
        conference.sessions[0].start.hour == 0 and conference.sessions[0].start.minute == 30
    )  # 09:30 KST


GUIDE = """<?xml version="1.0" encoding="UTF-8"?>
<tv>
  <channel id="com5"><display-name>Committee 5</display-name></channel>
  <programme start="20261202093000 +0900" stop="20261202123000 +0900" channel="com5">
    <title lang="en">Committee 5 - Meeting 7</title>
  </programme>
</tv>
"""


def test_the_guide_a_playlist_names_is_read_too(tmp_path):
    (tmp_path / "guide.xml").write_text(GUIDE)
    playlist = tmp_path / "channels.m3u"
    playlist.write_text(PLAYLIST.replace("#EXTM3U", '#EXTM3U x-tvg-url="guide.xml"', 1))
    conference = open_feed(str(playlist), tmp_path / "cache").feed.conference
    [session] = conference.sessions
    assert session.title == "Committee 5 - Meeting 7"
    assert conference.body(session.body_id).name == "Committee 5"


def test_a_missing_guide_is_a_warning_not_a_failure(tmp_path):
    playlist = tmp_path / "channels.m3u"
    playlist.write_text(PLAYLIST.replace("#EXTM3U", '#EXTM3U x-tvg-url="gone.xml"', 1))
    opened = open_feed(str(playlist), tmp_path / "cache")
    assert len(opened.feed.conference.streams) == 2
    assert any("gone.xml" in w and "could not be used" in w for w in opened.feed.warnings)


def test_a_profile_keeps_its_id_and_name_when_its_sources_change(tmp_path):
    """Notes, follows and documents hang on the id: adding a named calendar must not move them."""
    (tmp_path / "channels.m3u").write_text(PLAYLIST)
    (tmp_path / "sittings.ics").write_text(CALENDAR)
    profile = tmp_path / "pp26.json"
    spec = {
        "format": "observer-profile",
        "format_version": 1,
        "name": "PP-26 (ours)",
        "timezone": "Asia/Seoul",
        "sources": [{"url": "channels.m3u"}],
    }
    profile.write_text(json.dumps(spec))
    before = open_feed(str(profile), tmp_path / "cache").feed.conference
    spec["sources"].insert(0, {"url": "sittings.ics"})
    profile.write_text(json.dumps(spec))
    after = open_feed(str(profile), tmp_path / "cache").feed.conference
    assert after.id == before.id and after.name == before.name == "PP-26 (ours)"
    assert len(after.sessions) > len(before.sessions)


def test_a_gzipped_or_utf16_own_feed_opens(tmp_path):
    import gzip

    from observer_app.runtime import paths as app_paths

    feed = app_paths.demo_feed().read_bytes()
    packed = tmp_path / "feed.json.gz"
    packed.write_bytes(gzip.compress(feed))
    wide = tmp_path / "feed16.json"
    wide.write_bytes(feed.decode("utf-8").encode("utf-16-le"))
    plain = open_feed(str(app_paths.demo_feed()), tmp_path / "cache").feed.conference
    for path in (packed, wide):
        assert open_feed(str(path), tmp_path / "cache").feed.conference.name == plain.name

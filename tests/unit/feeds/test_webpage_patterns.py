"""Issue 17, "a web page as a source": the markup patterns real conference and webcast pages
use, served on 127.0.0.1, read by Observer and by yt-dlp's own generic extractor for real.

The patterns (looked up in yt-dlp's extractors and real pages): webcast archives that play
through JW Player (``jwplayer("player").setup({file: ...})``; that ITU's own archive does could
not be checked from here); news and UN pages declare their
video with Open Graph (``og:video``); DASH players name an ``.mpd`` in ``<source
type="application/dash+xml">``; UN Web TV pages name a Kaltura entry in a script
(``const kentryID = '1_...'`` beside ``kWidget.embed``, what yt-dlp's UnitedNationsWebTv
extractor reads on webtv.un.org); YouTube and Vimeo are embedded as ``<iframe>`` (Vimeo with
its ``player.js``). A conference page links its playlist, frab schedules and Indico events.
What cannot be had here: Kaltura's, YouTube's and Vimeo's own servers (no internet), so those
players are checked for what Observer says about them, not for their streams."""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

import pytest

from observer_app.cli.feed import add_feed_parser, run_feed
from observer_app.core.feeds.parse import parse_source
from observer_app.net.webcast import resolve_streams
from observer_app.services.sources import read_source
from tests.support.media import make_vod_renditions
from tests.support.server import StreamServer

JW_PLAYER = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>ITU Council 2026 - webcast archive</title>
<script src="/jwplayer/jwplayer.js"></script></head>
<body><h1>Council 2026, Plenary, 3rd meeting</h1><div id="player">Loading the player...</div>
<script type="text/javascript">
jwplayer("player").setup({
    file: "/live/plenary/index.m3u8",
    title: "Council 2026, Plenary, 3rd meeting",
    width: "100%", aspectratio: "16:9"
});
</script></body></html>
"""

OPEN_GRAPH = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Press briefing on the WSIS+20 review</title>
<meta property="og:title" content="Press briefing on the WSIS+20 review">
<meta property="og:type" content="video.other">
<meta property="og:video" content="{hls}">
<meta property="og:video:type" content="video/mp2t">
</head><body><div class="player"></div><script src="/app.js"></script></body></html>
"""

DASH = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Commission 5 - retransmission</title></head>
<body><video controls width="640">
<source src="dash/manifest.mpd" type="application/dash+xml"></video></body></html>
"""

HLS_LINK = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Plenary - listen live</title></head><body><h1>Plenary</h1>
<p>Audio and video: <a href="live/plenary/index.m3u8">HLS stream (for VLC and other players)</a></p>
</body></html>
"""

UN_WEB_TV = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Security Council, 9939th meeting | UN Web TV</title></head>
<body><div id="kaltura_player_1"></div>
<script src="https://cdnapisec.kaltura.com/p/2503451/sp/250345100/embedIframeJs/uiconf_id/49754663/partner_id/2503451"></script>
<script>
const kentryID = '1_o7stmi6p';
kWidget.embed({targetId: 'kaltura_player_1', wid: '_2503451', uiconf_id: 49754663,
               entry_id: kentryID, flashvars: {}});
</script></body></html>
"""

EMBEDS = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>WSIS Forum 2026 - live</title></head><body>
<iframe width="560" height="315" src="https://www.youtube.com/embed/live_stream?channel=UCwsis"
 title="YouTube video player" frameborder="0" allow="autoplay; encrypted-media; picture-in-picture"
 allowfullscreen></iframe>
<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" width="640" height="360"
 frameborder="0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>
<script src="https://player.vimeo.com/api/player.js"></script>
</body></html>
"""

#: A conference's page as its secretariat publishes it: what it links to, and things it does not.
LINKS = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>WSIS Forum 2026</title></head><body>
<ul>
 <li><a href="streams/rooms.m3u">All rooms (playlist)</a></li>
 <li><a href="/wsis26/schedule.xml">Programme (frab XML)</a></li>
 <li><a href="/wsis26/schedule.json">Programme (JSON)</a></li>
 <li><a href="/indico/event/42/">Civil society briefing (Indico)</a></li>
 <li><a href="calendar/gone.ics">Calendar</a></li>
 <li><a href="/about">About the Forum</a> <a href="/contact">Contact</a></li>
</ul></body></html>
"""

PLAYLIST = """#EXTM3U
#EXTINF:-1 tvg-id="room-a",Room A
{hls}
"""

FRAB_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule><version>1</version>
<conference><acronym>wsis26</acronym><title>WSIS Forum 2026</title>
<time_zone_name>Europe/Zurich</time_zone_name></conference>
<day index="1" date="2026-07-07">
<room name="Room A"><event id="1" guid="a1"><date>2026-07-07T10:00:00+02:00</date>
<start>10:00</start><duration>01:30</duration><room>Room A</room>
<title>High-level policy session 1</title></event></room>
</day></schedule>
"""

FRAB_JSON = {
    "schedule": {
        "version": "1",
        "conference": {
            "acronym": "wsis26",
            "title": "WSIS Forum 2026",
            "time_zone_name": "Europe/Zurich",
            "days": [
                {
                    "index": 1,
                    "date": "2026-07-08",
                    "rooms": {
                        "Room B": [
                            {
                                "id": 2,
                                "guid": "b2",
                                "date": "2026-07-08T14:00:00+02:00",
                                "start": "14:00",
                                "duration": "01:00",
                                "room": "Room B",
                                "title": "Action line C5 facilitation meeting",
                            }
                        ]
                    },
                }
            ],
        },
    }
}

INDICO = {
    "_type": "HTTPAPIResult",
    "results": [
        {
            "_type": "Conference",
            "id": "42",
            "title": "Civil society briefing",
            "room": "Room C",
            "timezone": "Europe/Zurich",
            "startDate": {"date": "2026-07-09", "time": "09:00:00", "tz": "Europe/Zurich"},
            "endDate": {"date": "2026-07-09", "time": "10:00:00", "tz": "Europe/Zurich"},
        }
    ],
}


def _dash(out: Path) -> None:
    """A 4 s DASH stream: one video and one French audio adaptation set."""
    out.mkdir(parents=True)
    subprocess.run(
        ["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25"]
        + ["-f", "lavfi", "-i", "sine=frequency=880", "-t", "4", "-map", "0:v", "-map", "1:a"]
        + ["-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"]
        + ["-metadata:s:a:0", "language=fra", "-f", "dash", "-seg_duration", "2", "manifest.mpd"],
        cwd=out,
        check=True,
        timeout=60,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("patterns")
    live = root / "live" / "plenary"
    live.mkdir(parents=True)
    make_vod_renditions(live, 4).rename(live / "index.m3u8")
    _dash(root / "dash")
    with StreamServer(root) as server:
        hls = server.url("live/plenary/index.m3u8")
        (root / "jw.html").write_text(JW_PLAYER, encoding="utf-8")
        (root / "og.html").write_text(OPEN_GRAPH.format(hls=hls), encoding="utf-8")
        (root / "dash.html").write_text(DASH, encoding="utf-8")
        (root / "hls-link.html").write_text(HLS_LINK, encoding="utf-8")
        (root / "unwebtv.html").write_text(UN_WEB_TV, encoding="utf-8")
        (root / "embeds.html").write_text(EMBEDS, encoding="utf-8")
        (root / "wsis26").mkdir()
        (root / "wsis26" / "streams").mkdir()
        (root / "wsis26" / "index.html").write_text(LINKS, encoding="utf-8")
        (root / "wsis26" / "streams" / "rooms.m3u").write_text(PLAYLIST.format(hls=hls))
        (root / "wsis26" / "schedule.xml").write_text(FRAB_XML, encoding="utf-8")
        (root / "wsis26" / "schedule.json").write_text(json.dumps(FRAB_JSON))
        (root / "indico" / "export" / "event").mkdir(parents=True)
        (root / "indico" / "export" / "event" / "42.json").write_text(json.dumps(INDICO))
        yield server


def test_a_jw_player_setup_is_read_by_yt_dlp(site) -> None:
    """A JW Player page: the markup has no <video>, the stream is only in the setup call."""
    found, problem = resolve_streams(site.url("jw.html"), 90)
    assert problem == ""
    assert [item["url"] for item in found] == [site.url("live/plenary/index.m3u8")]
    assert sorted(found[0]["languages"]) == ["en", "fr", "mul"]


def test_an_open_graph_video_is_read_by_yt_dlp(site) -> None:
    result = read_source(site.url("og.html"))
    assert result.ok, result.problems
    assert [s.url for s in result.streams] == [site.url("live/plenary/index.m3u8")]
    assert sorted(c.language for c in result.streams[0].audio) == ["en", "floor", "fr"]
    assert result.name == "Press briefing on the WSIS+20 review"


def test_a_dash_source_is_read_with_its_audio_language(site) -> None:
    result = read_source(site.url("dash.html"))
    assert result.ok, result.problems
    (stream,) = result.streams
    assert stream.url == site.url("dash/manifest.mpd")
    assert [c.language for c in stream.audio] == ["fr"] and not stream.audio_only
    # The markup alone names the manifest too (a saved copy of the page still gives it).
    page = parse_source(DASH.encode(), site.url("dash.html"))
    assert [s.url for s in page.streams] == [site.url("dash/manifest.mpd")]


def test_a_plain_link_to_an_hls_stream_is_a_stream_even_when_yt_dlp_passes_it_by(site) -> None:
    """A page that only links its stream (no player): the markup gives it, and whatever the
    resolver made of the page is said, not hidden."""
    result = read_source(site.url("hls-link.html"))
    assert result.ok, result.problems
    assert [s.url for s in result.streams] == [site.url("live/plenary/index.m3u8")]
    assert result.streams[0].page == site.url("hls-link.html")  # found again there if it expires
    assert any("webcast resolver" in w for w in result.warnings), result.warnings


def test_a_un_web_tv_page_says_its_webcast_is_in_a_kaltura_player() -> None:
    """The Kaltura entry is in a script: Observer names the player and leaves the stream to
    the resolver, which needs Kaltura's servers (on webtv.un.org, yt-dlp's own extractor)."""
    result = parse_source(UN_WEB_TV.encode(), "https://webtv.un.org/en/asset/k1o/k1o7stmi6p")
    assert not result.ok
    assert result.problems == [
        "line 1: the page's only webcast is in an embedded Kaltura player, which only the "
        "webcast resolver (yt-dlp) can read"
    ]
    assert not any("need the resolver" in w for w in result.warnings)  # said once, not twice
    # A page that loads the player from its own site: the inline script still names it.
    own_loader = UN_WEB_TV.replace(
        "https://cdnapisec.kaltura.com/p/2503451/sp/250345100/embedIframeJs/uiconf_id/49754663"
        "/partner_id/2503451",
        "/themes/custom/unwebtv/js/player.js",
    )
    assert "kaltura.com" not in own_loader
    again = parse_source(own_loader.encode(), "https://webtv.un.org/en/asset/k1o/k1o7stmi6p")
    assert again.problems == result.problems


def test_youtube_and_vimeo_embeds_are_named() -> None:
    result = parse_source(EMBEDS.encode(), "https://www.itu.int/net4/wsis/forum/2026/live")
    assert result.problems == [
        "line 1: the page's only webcast is in an embedded Vimeo, YouTube player, which only "
        "the webcast resolver (yt-dlp) can read"
    ]


def test_a_conference_page_s_playlist_schedules_and_indico_event_are_combined(
    site, tmp_path
) -> None:
    from observer_app.services.conference import open_feed

    opened = open_feed(site.url("wsis26/index.html"), tmp_path / "cache")
    conference = opened.feed.conference
    assert conference.name == "WSIS Forum 2026"
    assert sorted(s.title for s in conference.sessions) == [
        "Action line C5 facilitation meeting",
        "Civil society briefing",
        "High-level policy session 1",
    ]
    by_name = {b.name: b for b in conference.bodies}
    assert sorted(by_name) == ["Room A", "Room B", "Room C"]
    (stream,) = conference.streams
    assert stream.url == site.url("live/plenary/index.m3u8")
    # The playlist's Room A and the schedule's Room A are one body, with the stream.
    assert stream.body_id == by_name["Room A"].id


def test_feed_check_says_what_the_page_gave_and_what_it_could_not_use(site, capsys) -> None:
    parser = argparse.ArgumentParser(prog="observer-app")
    add_feed_parser(parser.add_subparsers(dest="command"))
    page = site.url("wsis26/index.html")
    code = run_feed(parser.parse_args(["feed", "check", page]))
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"{page}: page, usable" in out
    for linked, kind in (
        ("wsis26/streams/rooms.m3u", "m3u"),
        ("wsis26/schedule.xml", "pretalx"),
        ("wsis26/schedule.json", "pretalx"),
        ("indico/export/event/42.json?detail=contributions", "indico"),
    ):
        assert f"{site.url(linked)} (linked from {page}): {kind}, usable" in out, out
    # What it could not use, and why: a dead link, and links that are no source at all.
    gone = site.url("wsis26/calendar/gone.ics")
    assert f"its link {gone} could not be used:" in out, out
    assert (
        "2 other links on the page lead to neither a document, a stream nor a conference "
        "source; not used" in out
    ), out
    # And the webcast resolver's word on the page itself (it has no webcast of its own).
    assert "the webcast resolver found no stream on the page" in out, out

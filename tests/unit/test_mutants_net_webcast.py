"""Bugs planted in net/webcast.py (``make mutate ARGS=net``): yt-dlp's generic extractor, for
real, on small pages and HLS playlists written here and served on 127.0.0.1.

``_resolve`` and ``_resolve_in_thread`` are called in this process, where mutmut sees which
mutant ran (``resolve_streams`` runs yt-dlp in a child process); ``resolve_streams`` itself is
checked for what it does around the child: its deadline and its words. Each docstring names
the planted bug it catches.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.server import StreamServer

from observer_app.net import webcast

MASTER = """#EXTM3U
#EXT-X-VERSION:3
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="English",LANGUAGE="en",DEFAULT=YES,URI="en.m3u8"
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="Français",LANGUAGE="fr",URI="fr.m3u8"
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="Floor",URI="floor.m3u8"
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="hi",NAME="English",LANGUAGE="en",DEFAULT=YES,URI="en-hi.m3u8"
#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS="avc1.42e01e,mp4a.40.2",AUDIO="aud"
v360.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=2000000,RESOLUTION=1280x720,CODECS="avc1.4d401f,mp4a.40.2",AUDIO="hi"
v720.m3u8
"""
AUDIO_ONLY = """#EXTM3U
#EXT-X-VERSION:3
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="English",LANGUAGE="en",DEFAULT=YES,URI="en.m3u8"
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="Español",LANGUAGE="es",URI="es.m3u8"
#EXT-X-STREAM-INF:BANDWIDTH=64000,CODECS="mp4a.40.2",AUDIO="aud"
a64.m3u8
"""
#: A live media playlist: no EXT-X-ENDLIST, segments still coming.
LIVE = """#EXTM3U
#EXT-X-VERSION:3
#EXT-X-TARGETDURATION:6
#EXT-X-MEDIA-SEQUENCE:100
#EXTINF:6.0,
seg100.ts
#EXTINF:6.0,
seg101.ts
"""


def _page(title: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root: Path = tmp_path_factory.mktemp("webcast")
    (root / "live").mkdir()
    (root / "live" / "master.m3u8").write_text(MASTER)
    (root / "live" / "audio.m3u8").write_text(AUDIO_ONLY)
    (root / "live" / "now.m3u8").write_text(LIVE)
    pages = {
        "plenary.html": '<video controls src="/live/master.m3u8"></video>',
        "radio.html": '<video controls src="/live/audio.m3u8"></video>',
        "clip.html": '<video controls src="/v/clip.mp4"></video>',
        "two.html": '<video src="/live/master.m3u8"></video><video src="/v/clip.mp4"></video>',
        "none.html": "<p>No video here.</p>",
    }
    for name, body in pages.items():
        (root / name).write_text(_page(name, body))
    with StreamServer(root) as server:
        yield server


def test_a_page_s_webcast_with_its_audio_languages(site):
    """Planted: the manifest's address replaced by a variant's, a language missed or repeated
    (two groups carry English), a rendition without a language counted, the stream taken for
    audio only although it has a picture, or called live."""
    assert webcast._resolve(site.url("plenary.html")) == [
        {
            "url": site.url("live/master.m3u8"),
            "languages": ["en", "fr"],
            "audio_only": False,
            "live": False,
        }
    ]


def test_a_stream_without_picture_is_audio_only(site):
    """Planted: ``audio_only`` not starting true, or set false by an audio-only format."""
    assert webcast._resolve(site.url("radio.html")) == [
        {
            "url": site.url("live/audio.m3u8"),
            "languages": ["en", "es"],
            "audio_only": True,
            "live": False,
        }
    ]


def test_a_media_file_and_a_live_playlist(site):
    """Planted: a plain file (no manifest) skipped, its unknown codec taken for no picture;
    a live stream not said to be live."""
    assert webcast._resolve(site.url("clip.html")) == [
        {"url": site.url("v/clip.mp4"), "languages": [], "audio_only": False, "live": False}
    ]
    assert webcast._resolve(site.url("live/now.m3u8")) == [
        {"url": site.url("live/now.m3u8"), "languages": [], "audio_only": False, "live": True}
    ]


def test_every_stream_of_a_page_with_several(site):
    """Planted: only the first entry of a page with several videos read."""
    found = webcast._resolve(site.url("two.html"))
    assert [(s["url"], s["languages"]) for s in found] == [
        (site.url("live/master.m3u8"), ["en", "fr"]),
        (site.url("v/clip.mp4"), []),
    ]


def test_a_page_without_webcast_says_why_in_plain_words_and_prints_nothing(site, capfd):
    """Planted: yt-dlp's "ERROR: " prefix kept, blanks not collapsed, the message not cut at 200
    characters, yt-dlp left to print on the terminal (no quiet logger)."""
    found, problem = webcast._resolve_in_thread(site.url("none.html"), 30)
    assert (found, problem) == ([], f"Unsupported URL: {site.url('none.html')}")
    long_url = site.url("none.html?" + "q" * 300)
    found, problem = webcast._resolve_in_thread(long_url, 30)
    assert found == [] and problem == f"Unsupported URL: {long_url}"[:200]
    assert capfd.readouterr() == ("", "")


def test_the_resolver_in_a_thread_has_a_deadline(site):
    """Planted: the deadline not waited for, its words or its value changed."""
    assert webcast._resolve_in_thread(site.url("live/master.m3u8"), 30)[1] == ""
    site.hang("/slow")
    try:
        assert webcast._resolve_in_thread(site.url("slow/page.html"), 0.5) == (
            [],
            "no answer within 0.5 s; stopped waiting",
        )
    finally:
        site.clear_faults()


def test_resolve_streams_runs_yt_dlp_in_a_child_stopped_at_its_deadline(site):
    """A real bug this found: yt-dlp's error does not survive the trip back from the child, so
    the user read "DownloadError: ERROR: Unsupported URL: ...". Planted: the child process not
    used outside a daemon (the thread's words instead of the child's), the child's failure not
    turned into plain words, the empty problem of a success changed."""
    found, problem = webcast.resolve_streams(site.url("radio.html"), 60)
    assert (problem, [s["url"] for s in found]) == ("", [site.url("live/audio.m3u8")])
    assert webcast.resolve_streams(site.url("none.html"), 60) == (
        [],
        f"Unsupported URL: {site.url('none.html')}",
    )
    site.hang("/slow")
    try:
        assert webcast.resolve_streams(site.url("slow/page.html"), 1.0) == (
            [],
            "the worker process gave no answer within 1 s; stopped",
        )
    finally:
        site.clear_faults()

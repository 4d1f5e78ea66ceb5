"""The player against real HLS streams over real HTTP: languages, audio only, quality, errors.

QtPlayer with video off (no display needed); libVLC, ffmpeg-made streams and StreamServer
are real. The reconnect and live tests are in test_live.py.
"""

from __future__ import annotations

import time

import pytest
from support.gui import wait_played

from observer_app.core.sources import StreamSource
from observer_app.player.qt_player import PlayRequest, QtPlayer
from observer_app.player.stream import Choice, Quality

pytestmark = pytest.mark.vlc


@pytest.fixture
def player(qtbot, tmp_path):
    p = QtPlayer(video=False)
    p.work_dir = tmp_path / "hls"
    yield p
    p.release()


def play(player, url, live=False, **choice):
    if choice:
        player.set_choice(Choice(**choice))
    player.play(PlayRequest(StreamSource(url), title="Committee 5", live=live))


def wait_playing(qtbot, player, timeout=10_000):
    qtbot.waitUntil(
        lambda: player.state == "playing" and player.backend.raw_time_ms() > 0, timeout=timeout
    )


def test_rendition_switch_survives_a_seek(qtbot, player, server):
    play(player, server.url("renditions/master_av.m3u8"))
    wait_playing(qtbot, player)
    qtbot.waitUntil(lambda: player.current_language() == "floor", timeout=5000)
    assert {t.language for t in player.audio_tracks()} == {"floor", "en", "fr"}
    with qtbot.waitSignal(player.language_changed, timeout=5000) as signal:
        player.set_language("fr")
    assert signal.args == ["fr", True]
    assert "French" in player.backend.current_audio_track().name
    player.seek(8_000)
    qtbot.waitUntil(lambda: player.backend.raw_time_ms() >= 8_000, timeout=5000)
    wait_played(qtbot, player, 800)  # and still French a while after the seek
    assert player.current_language() == "fr"


def test_muxed_tracks_choice_is_reapplied_after_a_seek(qtbot, player, server):
    play(player, server.url("muxed/index.m3u8"), language="en")
    wait_playing(qtbot, player)
    qtbot.waitUntil(lambda: player.current_language() == "en", timeout=5000)
    player.seek(7_000)
    qtbot.waitUntil(lambda: player.backend.raw_time_ms() >= 7_000, timeout=5000)
    qtbot.waitUntil(lambda: player.current_language() == "en", timeout=3000)


def test_preferred_language_is_applied_when_a_stream_opens(qtbot, player, server):
    """The preference set before opening (another body, the setting) is used straight away."""
    play(player, server.url("renditions/master_av.m3u8"), language="fr")
    wait_playing(qtbot, player)
    qtbot.waitUntil(lambda: player.current_language() == "fr", timeout=5000)


def test_missing_language_falls_back_to_the_floor_and_says_so(qtbot, player, server):
    with qtbot.waitSignal(player.language_changed, timeout=10_000) as signal:
        play(player, server.url("renditions/master_av.m3u8"), language="ar")
    heard, offered = signal.args
    assert offered is False and heard == "floor"


def test_a_master_with_an_audio_only_variant_keeps_its_floor_track(qtbot, player, server):
    """libVLC loses the floor track (and picks French) on such masters; we play a filtered copy."""
    play(player, server.url("renditions/master.m3u8"))
    wait_playing(qtbot, player)
    assert player.stream.request.url.startswith("file://")  # the rewritten copy
    wait_played(qtbot, player, 1500)  # libVLC's own variant switch happened here before the fix
    assert player.current_language() == "floor"
    assert {t.language for t in player.audio_tracks()} == {"floor", "en", "fr"}


def test_audio_only_fetches_no_video_at_all(qtbot, player, server):
    play(player, server.url("renditions/master.m3u8"), language="fr", audio_only=True)
    wait_playing(qtbot, player)
    wait_played(qtbot, player, 1500)  # segments fetched meanwhile: none of them video
    assert player.stream.request.url.endswith("audio_fra.m3u8")  # the French rendition alone
    hits = server.all_hits()
    assert not any("video" in path for path in hits), hits
    assert not player.backend.has_video()
    assert player.current_language() in ("fr", None)  # a lone rendition may carry no label


def test_lowest_quality_plays_the_smallest_video_variant(qtbot, player, server):
    play(player, server.url("renditions/master.m3u8"), quality=Quality.LOWEST)
    wait_playing(qtbot, player)
    wait_played(qtbot, player, 2500)  # the variant libVLC settled on has been fetched
    hits = server.all_hits()
    assert any(path.startswith("/renditions/video_lo") for path in hits), hits
    assert not any(
        path.startswith("/renditions/video_hi") and path.endswith(".ts") for path in hits
    ), hits


def test_user_agent_and_referrer_from_the_address_reach_the_server(qtbot, player, server):
    from observer_app.core.sources import parse_source

    source = parse_source(
        server.url("muxed/index.m3u8") + "|User-Agent=ObserverTest/1.0&Referer=https://itu.example/"
    )
    player.play(PlayRequest(source, title="Committee 5", live=False))
    wait_playing(qtbot, player)
    segment = next(path for path in server.all_hits() if path.endswith(".ts"))
    headers = server.last_headers(segment)
    assert headers.get("User-Agent") == "ObserverTest/1.0"
    assert headers.get("Referer") == "https://itu.example/"


@pytest.mark.parametrize(
    "fault,expected",
    [
        ("404", "the server answered 404"),
        ("html", "a web page, not a media stream"),
        ("hang", "did not answer in time"),
    ],
)
def test_bad_addresses_get_a_plain_reason_in_bounded_time(qtbot, player, server, fault, expected):
    if fault == "404":
        server.respond_status("/renditions/", 404)
    elif fault == "html":
        server.respond_html("/renditions/")
    else:
        server.hang("/renditions/")
    started = time.monotonic()
    with qtbot.waitSignal(player.error, timeout=15_000) as signal:
        play(player, server.url("renditions/master_av.m3u8"))
    assert expected in signal.args[0]
    assert time.monotonic() - started < 12

"""HLS manifest reading against real manifests (tests/data/hls, see SOURCES.md)."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from observer_app.core import hls

DATA = Path(__file__).resolve().parent.parent / "data" / "hls"


def read(name):
    return (DATA / name).read_bytes()


def test_audio_renditions_with_languages_and_groups():
    master = hls.parse_master(
        read("grafov_master-with-closed-captions-eq-none.m3u8"),
        "https://cdn.example/live/master.m3u8",
    )
    assert [(r.group, r.language, r.default) for r in master.audio] == [
        ("audio0", "fr", True),
        ("audio1", "fr", True),
        ("audio0", "en", False),
        ("audio1", "en", False),
    ]
    assert master.languages() == ["fr", "en"]
    assert master.audio[0].uri == "https://cdn.example/live/audio_64_fra_rendition.m3u8"
    assert [s.language for s in master.subtitles] == ["en"]
    assert [v.resolution for v in master.variants] == [(320, 240), (854, 480), (1920, 1080)]
    assert master.lowest_video_variant().bandwidth == 1170400
    assert master.audio_only_variant() is None


def test_audio_only_variant_is_found():
    master = hls.parse_master(read("grafov_master-with-alternatives.m3u8"), "https://x/master.m3u8")
    only = master.audio_only_variant()
    assert only is not None and only.uri == "https://x/main/audio-only.m3u8"
    assert only.label() == "audio only, 65 kbit/s"
    assert all(not v.audio_only for v in master.variants if v is not only)


def test_renditions_without_language_use_their_name():
    master = hls.parse_master(
        read("shaka_hls-multivideo/master.m3u8"), "http://127.0.0.1/master.m3u8"
    )
    assert [r.name for r in master.audio] == ["Original 128k", "High Pitch 128k", "Low Pitch 128k"]
    assert [r.language for r in master.audio] == [None, None, None]  # nothing to guess from
    assert hls.is_master(read("shaka_hls-multivideo/master.m3u8"))
    assert not hls.is_master(read("shaka_hls-multivideo/red_2.m3u8"))


@pytest.mark.parametrize(
    "name",
    [
        "shaka_hls-muxed-mp4-ts_master_CRLF.m3u8",
        "grafov_wowza-master.m3u8",
        "grafov_master-with-hlsv7.m3u8",
        "bom__shaka_hls-multivideo_master.m3u8",
    ],
)
def test_real_masters_parse(name):
    master = hls.parse_master(read(name), "https://x/a/master.m3u8")
    assert master.variants and all(v.uri.startswith("https://x/") for v in master.variants)


def test_program_date_time_maps_offsets_to_utc():
    media = hls.parse_media(
        read("grafov_media-playlist-with-program-date-time.m3u8"), "https://x/p.m3u8"
    )
    assert not media.live and len(media.segments) == 4
    start = datetime(2018, 12, 31, 1, 47, 22, tzinfo=UTC)  # 09:47:22 +08:00
    assert media.window_start_utc() == start
    assert media.utc_at(0) == start
    # 20 s in: second segment (starts 14.666 s in, PDT 09:47:36.666) + 5.334 s
    assert media.utc_at(20.0) == datetime(2018, 12, 31, 1, 47, 42, tzinfo=UTC)
    assert media.live_edge_utc() == start + timedelta(seconds=14.666 + 13.698 + 14.668 + 13.2)


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "no #EXTM3U"),
        (b"<!DOCTYPE html><html></html>", "web page"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"#EXTINF:10,\nseg.ts\n", "no #EXTM3U"),
    ],
)
def test_not_a_playlist(data, message):
    with pytest.raises(hls.ManifestError, match=message):
        hls.parse_master(data, "https://x/")


def test_rewrite_master_drops_audio_only_variants_and_makes_uris_absolute():
    text = read("grafov_master-with-alternatives.m3u8")
    copy = hls.rewrite_master(text, "https://cdn.example/pp/master.m3u8")
    master = hls.parse_master(copy, "file:///tmp/copy.m3u8")
    assert master.audio_only_variant() is None
    assert len(master.variants) == len(hls.parse_master(text, "https://x/").variants) - 1
    assert all(v.uri.startswith("https://cdn.example/pp/") for v in master.variants)
    assert 'URI="https://cdn.example/pp/low/centerfield/audio-video.m3u8"' in copy
    assert "main/audio-only.m3u8" not in copy


def test_the_segment_holding_a_position_starts_where_the_durations_add_up():
    """Where libVLC's HLS demuxer begins a recording opened at a position (the transcript's
    PCM tap starts there: player/pcm_sout.tap_start_ms)."""
    from observer_app.player.pcm_sout import tap_start_ms

    text = (
        "#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXTINF:6.0,\na.ts\n#EXTINF:5.5,\nb.ts\n"
        "#EXTINF:6.0,\nc.ts\n#EXT-X-ENDLIST\n"
    )
    media = hls.parse_media(text, "http://127.0.0.1/x/media.m3u8")
    assert media.segment_start_s(0.0) == 0.0
    assert media.segment_start_s(5.99) == 0.0
    assert media.segment_start_s(6.0) == 6.0
    assert media.segment_start_s(11.0) == 6.0
    assert media.segment_start_s(11.5) == 11.5
    assert media.segment_start_s(17.4) == 11.5
    assert media.segment_start_s(20.0) == 20.0  # past the end: the position itself
    assert tap_start_ms(11_000, media) == 6000
    assert tap_start_ms(11_000, None) == 11_000  # a file: where it was opened
    live = hls.parse_media(text.replace("#EXT-X-ENDLIST\n", ""), "http://127.0.0.1/x/m.m3u8")
    assert tap_start_ms(11_000, live) == 11_000  # live: anchored from the player's time

"""Reading an HLS stream's WebVTT captions: the master's SUBTITLES rendition found with the
m3u8 library, ``X-TIMESTAMP-MAP`` read, the first timestamp of an MPEG-TS segment found."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from werkzeug import Response

from observer_app.net.session import make_session
from observer_app.services.live_captions import find_caption_track, first_pts_ms, timestamp_map

DATA = Path(__file__).parents[1] / "data" / "hls" / "shaka_hls-text-offset"


def _served(httpserver, *names: str) -> None:
    for name in names:
        httpserver.expect_request(f"/{name}").respond_with_data((DATA / name).read_bytes())


def test_the_shaka_master_names_its_webvtt_rendition_and_map(httpserver):
    _served(httpserver, "index.m3u8")
    track = find_caption_track(make_session(), httpserver.url_for("/index.m3u8"), "en")
    assert track is not None
    assert track.playlist_url.endswith("/playlist-vtt.m3u8") and track.language == "en-US"
    assert track.first_media_url.endswith("/playlist-video.m3u8")
    # LOCAL 01:00:00.000 is MPEG-TS 324000000 (90 kHz): 3600 s.
    assert timestamp_map((DATA / "vtt-069.vtt").read_text()) == (3_600_000, 3_600_000)


def test_a_media_playlist_has_no_caption_track(httpserver):
    _served(httpserver, "playlist-video.m3u8")
    url = httpserver.url_for("/playlist-video.m3u8")
    assert find_caption_track(make_session(), url) is None


@pytest.mark.timeout(120)
def test_a_recording_is_not_downloaded_to_learn_it_has_no_captions(httpserver):
    """An MP4 recording (here 256 MB of it): its first block says it is no playlist; the rest
    is never asked for (Transcribe downloaded the whole file, then decoded it as text)."""
    sent = [0]
    block = b"\x00\x00\x00\x20ftypisom" + bytes(64 * 1024 - 12)

    def recording():
        for _ in range(4096):
            sent[0] += len(block)
            yield block

    httpserver.expect_request("/rec.mp4").respond_with_handler(
        lambda _request: Response(recording(), mimetype="video/mp4")
    )
    assert find_caption_track(make_session(), httpserver.url_for("/rec.mp4")) is None
    # What the client read, plus what the sockets' buffers took before it closed.
    assert sent[0] < 64 << 20, sent[0]


@pytest.mark.parametrize("offset_s", [0, 100])
def test_first_pts_of_a_ts_segment_matches_ffprobe(tmp_path, offset_s):
    ts = tmp_path / "a.ts"
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi"]
        + ["-i", "testsrc2=s=160x90:r=25:d=2", "-f", "lavfi", "-i", "sine=d=2"]
        + ["-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"]
        + ["-output_ts_offset", str(offset_s), str(ts)],
        check=True,
        timeout=60,
    )
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=start_time", "-of", "json", str(ts)],
        capture_output=True,
        check=True,
        timeout=30,
    )
    expected = float(json.loads(probe.stdout)["format"]["start_time"]) * 1000
    found = first_pts_ms(ts.read_bytes()[: 64 * 1024])
    assert found is not None and abs(found - expected) <= 1


def test_the_language_whisper_is_told_for_a_channel():
    from observer_app.core.model import FLOOR
    from observer_app.services.transcripts import whisper_language

    assert whisper_language("fr", "base") == "fr"
    assert whisper_language("fra", "small") == "fr"  # ISO 639-2 from a playlist
    assert whisper_language("zho", "base") == "zh"
    assert whisper_language("es-419", "base") == "es"
    assert whisper_language(FLOOR, "base") is None  # the floor: detected piece by piece
    assert whisper_language(None, "tiny") is None
    assert whisper_language("fr", "tiny.en") == "en"  # an English-only model stays English

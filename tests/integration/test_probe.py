"""observer-app probe, run as a user runs it, against ffmpeg-made streams and a real-world one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.server import StreamServer

pytestmark = pytest.mark.vlc
CORPUS_STREAM = Path(__file__).resolve().parent.parent / "data" / "hls" / "shaka_hls-multivideo"


def probe(*args, timeout=60):
    env = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy"}
    env.pop("DISPLAY", None)  # a headless command
    result = subprocess.run(
        [sys.executable, "-m", "observer_app", "probe", *args, "--json"],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.returncode, events, result.stderr


def test_probe_reports_languages_and_the_one_heard(server):
    code, events, _ = probe(
        server.url("renditions/master_av.m3u8"), "--seconds", "2", "--language", "fr"
    )
    assert code == 0
    kinds = [e["event"] for e in events]
    assert "stream" in kinds and "audio" in kinds and "playing" in kinds
    # The states as the probe has always printed them (PlayerState's text, not its repr).
    states = [e["state"] for e in events if e["event"] == "state"]
    assert states[0] == "opening" and "playing" in states
    stream = next(e for e in events if e["event"] == "stream")
    assert stream["kind"] == "hls"  # (StreamFormat's text, as scripts read it)
    assert [r["language"] for r in stream["renditions"]] == ["floor", "en", "fr"]
    audio = next(e for e in events if e["event"] == "audio")
    assert {t["language"] for t in audio["tracks"]} == {"floor", "en", "fr"}
    assert events[-1] == {**events[-1], "event": "summary", "ok": True, "heard": "fr"}


def test_probe_says_when_a_language_is_missing(server):
    code, events, _ = probe(server.url("muxed/index.m3u8"), "--seconds", "1", "--language", "ru")
    assert code == 0
    language = next(e for e in events if e["event"] == "language")
    assert (
        language["offered"] is False and language["wanted"] == "ru" and language["heard"] == "floor"
    )


@pytest.mark.parametrize(
    "setup,reason",
    [
        (lambda s: s.respond_status("/renditions/", 404), "the server answered 404"),
        (lambda s: s.respond_html("/renditions/"), "a web page, not a media stream"),
    ],
)
def test_probe_fails_plainly_and_fast(server, setup, reason):
    setup(server)
    code, events, stderr = probe(
        server.url("renditions/master_av.m3u8"), "--seconds", "1", timeout=30
    )
    assert code == 1
    assert reason in events[-1]["reason"]
    assert "Traceback" not in stderr


def test_probe_a_dead_address(tmp_path):
    with StreamServer(tmp_path) as srv:
        url = srv.url("live.m3u8")
    code, events, _ = probe(url, "--timeout", "10")
    assert code == 1 and "cannot connect to the server" in events[-1]["reason"]


def test_probe_the_real_multivideo_stream_from_the_corpus(tmp_path):
    """shaka-player's hls-multivideo (tests/data/SOURCES.md): 3 unlabelled audio renditions."""
    shutil.copytree(CORPUS_STREAM, tmp_path / "mv")
    with StreamServer(tmp_path / "mv") as srv:
        code, events, _ = probe(srv.url("master.m3u8"), "--seconds", "1")
    assert code == 0, events
    stream = next(e for e in events if e["event"] == "stream")
    assert [r["name"] for r in stream["renditions"]] == [
        "Original 128k",
        "High Pitch 128k",
        "Low Pitch 128k",
    ]
    assert any(e["event"] == "playing" for e in events)

"""``observer-app transcribe`` on a real HLS stream over 127.0.0.1, then ``search`` and
``transcript export`` on what it stored: real processes, real libVLC, real faster-whisper."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import webvtt

from tests.support.server import StreamServer
from tests.support.speech import make_speech_hls

pytestmark = [pytest.mark.vlc]

ENV = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy"}
ENV.pop("DISPLAY", None)  # subcommands must not need a display

SENTENCES = [
    (1.0, "Thank you, Chair. Brazil, you have the floor."),
    (5.5, "We support the proposal on cybersecurity and Document 161."),
]


def run(data_dir, *args, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "observer_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=ENV,
    )


@pytest.fixture(scope="module")
def speech_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speech-cli")
    playlist, spoken = make_speech_hls(folder, SENTENCES, 11.0)
    with StreamServer(folder) as server:
        yield server.url(playlist.name), spoken


def test_transcribe_prints_stores_searches_and_exports(speech_url, tmp_path):
    url, spoken = speech_url
    result = run(tmp_path, "transcribe", url, "--json", "--session", "plen-3")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    text = " ".join(x["text"] for x in lines).lower()
    assert "cybersecurity" in text and "floor" in text, text
    cyber = next(x for x in lines if "cybersecurity" in x["text"].lower())
    assert abs(cyber["start_ms"] / 1000 - spoken[1].start_s) <= 2.0
    assert cyber["speaker"] == "Brazil", lines  # the chair gave Iran the floor before
    assert "161" in cyber["documents"]
    assert "stored as session plen-3" in result.stderr

    found = run(tmp_path, "search", "cybersecurity", "--json")
    assert found.returncode == 0, found.stderr
    hits = [h for h in json.loads(found.stdout) if h["kind"] == "transcript"]
    assert (
        hits and hits[0]["session"] == "plen-3" and "[cybersecurity]" in hits[0]["snippet"].lower()
    )

    out = tmp_path / "plen-3.vtt"
    exported = run(tmp_path, "transcript", "export", "plen-3", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    cues = webvtt.read(str(out))
    assert len(cues) == len(lines)
    assert any("cybersecurity" in c.text.lower() for c in cues)

    missing = run(tmp_path, "transcript", "export", "nope", "-o", str(tmp_path / "x.srt"))
    assert missing.returncode == 1 and "no transcript for session 'nope'" in missing.stderr


def test_transcribe_a_missing_file_says_so(tmp_path):
    result = run(tmp_path, "transcribe", str(tmp_path / "absent.mp4"))
    assert result.returncode == 1
    assert "no such file" in result.stderr


def test_transcribe_stops_after_the_seconds_asked(speech_url, tmp_path):
    """The second sentence starts at 5.5 s; its last words ("... Document 161") come after
    6.5 s: stopping the audio there leaves them out even though the line starts before."""
    url, spoken = speech_url
    result = run(tmp_path, "transcribe", url, "--json", "--seconds", "6.5")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert lines and all(x["start_ms"] < 6500 for x in lines)
    assert "floor" in " ".join(x["text"] for x in lines).lower()
    assert "161" not in result.stdout and "cybersecurity" not in result.stdout.lower()

"""Human captions first (issue 19): a stream's own WebVTT captions, or a captions file the
observer opens, are the session's transcript, labelled "captions"; Whisper is not started for
them (or stops, its lines staying "automatic").

Real parts: ffmpeg's HLS muxer writes a master with a SUBTITLES rendition of WebVTT segments
over espeak-ng speech, served on 127.0.0.1; the window's real player (libVLC) plays it; the
caption playlist and segments are read through the app's requests session."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from observer_app.core.model import StreamKind
from observer_app.core.playback import PlaybackTarget
from observer_app.core.transcript import AUTOMATIC, CAPTIONS
from observer_app.net.session import make_session
from observer_app.services.live_captions import CaptionTrack
from observer_app.services.transcripts import LineMaker
from observer_app.store.transcripts import TranscriptRepository
from observer_app.ui.transcribing import LiveCaptions
from tests.support.server import StreamServer
from tests.support.speech import make_captioned_hls, make_speech_hls

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

SENTENCES = [(1.0, "Brazil, you have the floor."), (7.0, "We support the proposal.")]
# What the captioner wrote, and when (seconds in the recording): the expected times.
CUES = [
    (1.2, 3.5, "CHAIR: Brazil, you have the floor."),
    (7.1, 9.4, "BRAZIL: We support the proposal."),
    (13.0, 15.0, "CHAIR: Thank you, Brazil."),
]


@pytest.fixture(scope="module")
def captioned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("captioned")
    master, _spoken = make_captioned_hls(folder, SENTENCES, 18.0, CUES)
    with StreamServer(folder) as server:
        yield server, folder, server.url(master.name)


def _rows(window) -> list:
    model = window.transcript.panel.model
    return [model.line_at(row) for row in range(model.rowCount())]


def test_stream_captions_are_the_transcript_and_whisper_is_not_started(qtbot, window, captioned):
    _server, _folder, url = captioned
    window.player_panel.play(PlaybackTarget("plen", url, StreamKind.ARCHIVE, None))
    player = window.player_panel.active.player
    qtbot.waitUntil(lambda: player.state == "playing" and url in (player.backend.url or ""))
    window.transcript.panel.toggle.click()
    qtbot.waitUntil(lambda: len(_rows(window)) == len(CUES), timeout=15_000)
    lines = _rows(window)
    assert [x.source for x in lines] == [CAPTIONS] * len(CUES)
    assert [x.text for x in lines] == [text for _a, _b, text in CUES]
    for line, (start, end, _text) in zip(lines, CUES, strict=True):
        # (ffmpeg's segmenter shifts cues by a few tens of ms)
        assert abs(line.start_ms - start * 1000) <= 100, line
        assert abs(line.end_ms - end * 1000) <= 100, line
    assert window.transcript.captions.running and not window.transcript.live.running
    assert "captions" in window.transcript.panel.status.text()
    saved = TranscriptRepository(window.profile.db).lines(
        window.conference.id, lines[0].session_key
    )
    assert sorted(x.text for x in saved if x.source == CAPTIONS) == sorted(t for *_x, t in CUES)
    window.transcript.panel.toggle.click()
    assert not window.transcript.captions.running


def test_a_live_caption_playlist_is_followed_as_it_grows(qtbot, captioned, tmp_path):
    """The caption playlist of a live stream gains segments: each new cue becomes a line,
    once (a cue over two segments is written in both), until the playlist ends."""
    server, folder, _url = captioned
    vod = (folder / "out_0_vtt.m3u8").read_text().splitlines()
    head = [x for x in vod if x.startswith("#EXT") and not x.startswith(("#EXTINF", "#EXT-X-E"))]
    head = [x for x in head if "PLAYLIST-TYPE" not in x]
    pairs = [(vod[i], vod[i + 1]) for i, x in enumerate(vod) if x.startswith("#EXTINF")]
    playlist = folder / "growing_vtt.m3u8"

    def publish(count: int, ended: bool = False) -> None:
        body = head + [x for pair in pairs[:count] for x in pair] + (["#EXT-X-ENDLIST"] * ended)
        playlist.write_text("\n".join(body) + "\n")

    publish(3)  # up to 6 s: the first cue only
    live = LiveCaptions(None)
    got: list = []
    live.line_added.connect(got.append)
    t0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    track = CaptionTrack(server.url(playlist.name), "en", "captions")
    live.start(make_session(retries=0), track, LineMaker("pp26", "live-cap"), t0)
    try:
        qtbot.waitUntil(lambda: len(got) == 1, timeout=10_000)
        publish(6)  # up to 12 s: the second cue comes
        qtbot.waitUntil(lambda: len(got) == 2, timeout=10_000)
        assert live.running
        publish(len(pairs), ended=True)
        qtbot.waitUntil(lambda: len(got) == 3, timeout=10_000)
    finally:
        live.stop()
    assert [x.text for x in got] == [text for _a, _b, text in CUES]
    assert all(x.source == CAPTIONS for x in got)
    third = got[2]
    assert abs(third.start_ms - 13_000) <= 100
    assert abs((third.utc - t0).total_seconds() - 13.0) <= 0.1


def test_an_opened_captions_file_replaces_whisper(qtbot, window, tmp_path_factory):
    folder = tmp_path_factory.mktemp("no-captions")
    playlist, _spoken = make_speech_hls(folder, SENTENCES, 20.0)
    side = folder / "cart.vtt"  # the CART text a meeting published, opened over the video
    side.write_text(
        "WEBVTT\n\n"
        + "\n".join(f"00:00:{a:06.3f} --> 00:00:{b:06.3f}\n{text}\n" for a, b, text in CUES),
        encoding="utf-8",
    )
    with StreamServer(folder) as server:
        url = server.url(playlist.name)
        window.player_panel.play(PlaybackTarget("plen", url, StreamKind.ARCHIVE, None))
        player = window.player_panel.active.player
        qtbot.waitUntil(
            lambda: (
                player.state == "playing"
                and url in (player.backend.url or "")
                and 0 < player.backend.raw_time_ms() < 4000
            ),
            timeout=10_000,
        )
        window.transcript.panel.toggle.click()  # no caption track: Whisper transcribes
        qtbot.waitUntil(lambda: window.transcript.live.running, timeout=10_000)
        qtbot.waitUntil(lambda: len(_rows(window)) >= 1, timeout=60_000)
        machine = _rows(window)
        assert all(x.source == AUTOMATIC for x in machine)
        assert window.player_panel.controls.choose_captions_file(str(side))
        assert not window.transcript.live.running
        assert not window.transcript.panel.toggle.isChecked()
    human = [x for x in _rows(window) if x.source == CAPTIONS]
    assert [x.text for x in human] == [text for _a, _b, text in CUES]
    assert [round(x.start_ms / 1000, 1) for x in human] == [a for a, _b, _t in CUES]
    repo = TranscriptRepository(window.profile.db)
    saved = repo.lines(window.conference.id, human[0].session_key)
    assert {x.source for x in saved} == {AUTOMATIC, CAPTIONS}  # machine lines kept, labelled

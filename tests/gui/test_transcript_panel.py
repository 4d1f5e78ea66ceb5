"""The transcript panel with real parts: the real player (libVLC) plays espeak-ng speech over
HLS on 127.0.0.1, real faster-whisper transcribes it in a child process, lines grow in the
panel, a click seeks the player to the line, selected words go into the note as a quote."""

from __future__ import annotations

from datetime import UTC

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from observer_app.player.qt_player import QtPlayer
from observer_app.services import transcripts
from observer_app.services.context import open_profile
from observer_app.services.speech_models import shipped_model
from observer_app.services.transcripts import LineMaker
from observer_app.store.transcripts import TranscriptRepository
from observer_app.ui.panels.transcript import TranscriptPanel
from observer_app.ui.transcribing import LiveTranscript
from observer_app.ui.widgets.note_composer import NoteComposer
from tests.support.server import StreamServer
from tests.support.speech import make_speech_hls

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

SENTENCES = [
    (1.0, "Thank you, Chair. Brazil, you have the floor."),
    (6.0, "We support the proposal on cybersecurity in Document 161."),
]


@pytest.fixture(scope="module")
def speech_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speech-gui")
    playlist, spoken = make_speech_hls(folder, SENTENCES, 20.0)
    with StreamServer(folder) as server:
        yield server.url(playlist.name), spoken


def test_live_lines_click_to_seek_and_quote_into_the_note(qtbot, app_dirs, speech_url, tmp_path):
    url, spoken = speech_url
    profile = open_profile(app_dirs)
    player = QtPlayer(video=False)
    panel = TranscriptPanel(UTC)
    composer = NoteComposer()
    live = LiveTranscript(TranscriptRepository(profile.db))
    qtbot.addWidget(panel)
    qtbot.addWidget(composer)
    live.line_added.connect(panel.add_line)
    panel.seek_requested.connect(player.seek)
    panel.quote_requested.connect(composer.quote)
    panel.resize(700, 360)
    panel.show()
    try:
        live.start(player, str(shipped_model("tiny.en")), "en", LineMaker("pp26", "plen-7"))
        player.open(url)
        qtbot.waitUntil(
            lambda: any(
                "cybersecurity" in (panel.model.line_at(r).text.lower())
                for r in range(panel.model.rowCount())
            ),
            timeout=60_000,
        )
        row = next(
            r
            for r in range(panel.model.rowCount())
            if "cybersecurity" in panel.model.line_at(r).text.lower()
        )
        line = panel.model.line_at(row)
        assert abs(line.start_ms / 1000 - spoken[1].start_s) <= 2.0
        assert line.speaker == "Brazil" and "161" in line.documents
        panel.grab().save(str(tmp_path / "transcript-panel.png"))

        # A click on the line seeks the player there.
        rect = panel.view.visualRect(panel.model.index(row, 3))
        with qtbot.waitSignal(panel.seek_requested) as sought:
            qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert sought.args == [line.start_ms]
        qtbot.waitUntil(lambda: abs(player.position_ms() - line.start_ms) < 1500, timeout=10_000)

        # Select one word in the reader and quote it: the note gets it with its time span.
        text = panel.reader.toPlainText()
        start = text.lower().index("cybersecurity")
        cursor = panel.reader.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len("cybersecurity"), cursor.MoveMode.KeepAnchor)
        panel.reader.setTextCursor(cursor)
        qtbot.mouseClick(panel.quote, Qt.MouseButton.LeftButton)
        from observer_app.core.clock import format_position

        span = f"{format_position(line.start_ms)}–{format_position(line.end_ms)}"
        assert composer.text().strip() == f"“{text[start : start + 13]}” ({span}, automatic)"
        assert composer.fields()["speaker"] == "Brazil"
    finally:
        live.stop()
        player.release()
    # Stored as it came, and found by search.
    hits = transcripts.search(profile, "pp26", "cybersecurity")
    assert hits and hits[0].line.session_key == "plen-7"
    profile.close()


def test_the_window_has_the_transcript_dock_saying_nothing_leaves(window):
    dock = window.findChild(QDockWidget, "dock_transcript")
    assert dock is not None and dock.widget() is window.transcript.panel
    # A tab of the pane group beside the schedule in Watch, not a strip under the video.
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert dock in window.tabifiedDockWidgets(window.panes.docks["schedule"])
    assert "Nothing leaves this machine" in window.transcript.panel.privacy.text()
    assert "no team folder" in window.transcript.panel.privacy.text()


def test_the_privacy_line_names_the_team_folder_once_one_is_set_up(qtbot, window):
    """Sync sends transcripts to the team folder: once one is set up, the line says so, with
    its host, and no longer that nothing leaves the machine."""
    window.profile.settings.set("sync.webdav_url", "https://cloud.example.org/remote.php/dav/x")
    dock = window.transcript.dock
    dock.hide()
    dock.show()
    privacy = window.transcript.panel.privacy.text()
    assert "cloud.example.org" in privacy and "each time you sync" in privacy
    assert "Nothing leaves this machine" not in privacy
    window.profile.settings.set("sync.webdav_url", "")
    window.transcript.panel.toggle.click()  # pressing Transcribe says it again too
    window.transcript.panel.toggle.click()
    assert "no team folder" in window.transcript.panel.privacy.text()


def test_a_seek_in_a_recording_keeps_the_transcript_times_true(qtbot, speech_url):
    """Back to the start after the second sentence: the first one is transcribed again, at its
    own time (a plain seek would stamp it with the time the pipe had reached, ~10 s later)."""
    url, spoken = speech_url
    player = QtPlayer(video=False)
    live = LiveTranscript(None)
    lines = []
    live.line_added.connect(lines.append)
    try:
        live.start(player, str(shipped_model("tiny.en")), "en", LineMaker("pp26", "plen-8"))
        player.open(url)
        qtbot.waitUntil(
            lambda: any("cybersecurity" in x.text.lower() for x in lines), timeout=60_000
        )
        before = len(lines)
        live.seek(0)
        qtbot.waitUntil(
            lambda: any("floor" in x.text.lower() for x in lines[before:]), timeout=60_000
        )
        again = next(x for x in lines[before:] if "floor" in x.text.lower())
        assert abs(again.start_ms / 1000 - spoken[0].start_s) <= 2.0, again
    finally:
        live.stop()
        player.release()


def test_transcribing_in_the_window_keeps_the_picture_moving(qtbot, window, tmp_path):
    """Transcribe pressed on the demo: the player reopens with the PCM tap and its picture
    still shows in the tile (libVLC's stream output feeds the display as well as the pipe)."""
    from tests.gui.test_main_window import distinct_colours, needs_x11, video_image, wait_playing

    needs_x11()
    wait_playing(qtbot, window)
    window.transcript.panel.toggle.click()
    qtbot.waitUntil(lambda: window.transcript.live.running, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            window.player.backend.request is not None
            and window.player.backend.request.pcm_pipe is not None
            and window.player.state == "playing"
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: distinct_colours(video_image(window)) > 20, timeout=10_000)
    before = video_image(window)
    qtbot.waitUntil(lambda: video_image(window) != before, timeout=5000)
    window.grab().save(str(tmp_path / "window-transcribing.png"))
    window.transcript.panel.toggle.click()
    assert not window.transcript.live.running


def test_follow_along_marks_the_line_being_said(qtbot):
    from datetime import datetime

    from observer_app.core.transcript import TranscriptLine

    t0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    panel = TranscriptPanel(UTC)
    qtbot.addWidget(panel)
    panel.set_lines(
        [
            TranscriptLine("c", "s", 0, 4_000, t0, "Brazil, you have the floor."),
            TranscriptLine("c", "s", 4_000, 9_000, t0, "We support the proposal."),
            TranscriptLine("c", "s", 12_000, 15_000, t0, "Thank you, Brazil."),
        ]
    )
    panel.show()
    with qtbot.assertNotEmitted(panel.seek_requested):  # following never moves the player
        panel.follow(5_500)
        assert panel.view.currentIndex().row() == 1
        panel.follow(13_000)
        assert panel.view.currentIndex().row() == 2
        panel.follow(10_500)  # a pause between lines: the last line stays marked
        assert panel.view.currentIndex().row() == 2


def test_live_stream_lines_carry_the_time_the_words_were_spoken(qtbot, tmp_path):
    """Live HLS with PROGRAM-DATE-TIME (ffmpeg -re looping speech): a line's UTC is within
    2 s of when its words went on air (encoder start + loop offset), although libVLC starts
    playing near the live edge, not at the start of the playlist's window."""
    from datetime import datetime

    from observer_app.core.sources import StreamSource
    from observer_app.player.qt_player import PlayRequest
    from tests.support.speech import compose, start_speech_live, write_wav

    def said_cyber(line) -> bool:  # tiny.en writes it in one word or two
        return "cybersecurity" in line.text.lower().replace(" ", "")

    loop_s = 12.0
    track, spoken = compose(
        [(1.0, "Brazil, you have the floor."), (6.0, "We support the cybersecurity proposal.")],
        loop_s,
    )
    write_wav(tmp_path / "loop.wav", track)
    on_air = datetime.now(UTC)
    encoder = start_speech_live(tmp_path, tmp_path / "loop.wav")
    player = QtPlayer(video=False)
    live = LiveTranscript(None)
    lines = []
    live.line_added.connect(lines.append)
    try:
        encoder.wait_ready(timeout=30, segments=5)
        with StreamServer(tmp_path) as server:
            live.start(player, str(shipped_model("tiny.en")), "en", LineMaker("pp26", "live-1"))
            player.play(PlayRequest(StreamSource(server.url("live.m3u8")), live=True))
            qtbot.waitUntil(lambda: any(said_cyber(x) for x in lines), timeout=90_000)
            # The server goes away for 8 s: the watchdog reopens the stream, the transcript
            # goes on in a new segment, anchored anew.
            before = len(lines)
            server.stop()
            qtbot.waitUntil(lambda: player.watchdog.attempt > 0, timeout=30_000)
            server.start()
            qtbot.waitUntil(
                lambda: any(said_cyber(x) for x in lines[before:]),
                timeout=90_000,
            )
            live.stop()
    finally:
        player.release()
        encoder.stop()
    first = next(x for x in lines if said_cyber(x))
    after = next(x for x in lines[before:] if said_cyber(x))
    for line in (first, after):
        into_loop = (line.utc - on_air).total_seconds() % loop_s
        gap = min(abs(into_loop - spoken[1].start_s), loop_s - abs(into_loop - spoken[1].start_s))
        assert gap <= 2.0, (line, into_loop, spoken[1])
    assert after.utc > first.utc

"""Transcript lines as hits of the window's find (issue 19): real stored lines in the real
profile's FTS index, Enter in the documents panel's find box, one click on the hit opens the
transcript pane at that line and takes the real player (libVLC) to its second."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from observer_app.core.transcript import TranscriptLine
from observer_app.store.transcripts import TranscriptRepository
from tests.support.server import StreamServer
from tests.support.speech import make_speech_hls

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

T0 = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)


def _find(qtbot, window, query: str) -> list:
    docs = window.documents
    model = docs.results_model
    with qtbot.waitSignal(model.searched, timeout=10_000):
        docs.filter.setText(query)
        qtbot.keyClick(docs.filter, Qt.Key.Key_Return)
    return [model.hit_at(row) for row in range(model.rowCount())]


def _click_row(qtbot, window, row: int) -> None:
    results = window.documents.results
    rect = results.visualRect(window.documents.results_model.index(row, 0))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_transcript_hit_opens_the_line_and_replays_its_second(qtbot, window, tmp_path):
    from tests.gui.test_main_window import wait_playing

    folder = tmp_path / "speech"
    folder.mkdir()
    playlist, _spoken = make_speech_hls(folder, [(1.0, "Thank you, Chair.")], 20.0)
    conference = window.conference
    with StreamServer(folder) as server:
        url = server.url(playlist.name)
        TranscriptRepository(window.profile.db).add(
            [
                TranscriptLine(
                    conference.id, "plen-7", 1_000, 4_000, T0, "Thank you, Chair.", stream_url=url
                ),
                TranscriptLine(
                    conference.id,
                    "plen-7",
                    12_000,
                    16_000,
                    T0,
                    "We support the proposal on spectrum pricing.",
                    stream_url=url,
                ),
            ]
        )
        wait_playing(qtbot, window)
        hits = _find(qtbot, window, "pricing")
        row = next(i for i, h in enumerate(hits) if h.kind == "transcript")
        model = window.documents.results_model
        assert model.index(row, 1).data() == "0:12"  # the second it was said at
        assert "spectrum pricing" in model.index(row, 2).data()
        window.documents.grab().save(str(tmp_path / "find-transcript-hit.png"))
        _click_row(qtbot, window, row)
        panel = window.transcript.panel
        qtbot.waitUntil(lambda: panel.isVisible(), timeout=5000)
        assert panel.model.rowCount() == 2
        assert panel.view.currentIndex().row() == 1
        assert "spectrum pricing" in panel.reader.toPlainText()
        # Its stream was not playing (the demo was): the recording replays at that second.
        qtbot.waitUntil(
            lambda: (
                window.player_panel.target is not None and window.player_panel.target.url == url
            ),
            timeout=10_000,
        )
        qtbot.waitUntil(
            lambda: window.player is not None and 11_000 <= window.player.position_ms() <= 15_000,
            timeout=15_000,
        )
        window.grab().save(str(tmp_path / "window-transcript-hit.png"))

        # Now that stream plays: a click on the other line's hit seeks within it.
        hits = _find(qtbot, window, "chair")
        row = next(i for i, h in enumerate(hits) if h.kind == "transcript")
        player = window.player
        opened = player.backend.request  # a new one each time the player (re)opens a stream
        _click_row(qtbot, window, row)
        assert panel.view.currentIndex().row() == 0
        qtbot.waitUntil(lambda: player.position_ms() < 5_000, timeout=10_000)
        assert window.player is player and player.backend.request is opened  # sought, not reopened

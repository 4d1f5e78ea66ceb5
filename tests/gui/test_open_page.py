"""Issue 17: File > Open conference takes a conference's web page (served on 127.0.0.1): the
window shows its document table's documents and plays its webcast (found by yt-dlp for real),
remembering the page so that an expired address can be found again there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPlainTextEdit
from support.media import make_vod_renditions
from support.server import StreamServer

from observer_app.ui.dialogs.open_conference import OpenConferenceDialog

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

#: Built like an ITU meeting page: a table of symbols, titles and per-language files, and the
#: committee's webcast as an HTML5 video with an HLS source.
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Committee 5 (PP-26)</title></head>
<body><h1>Committee 5 - Policy and legal matters</h1>
<video controls><source src="live/index.m3u8" type="application/x-mpegURL"></video>
<table class="docs">
<tr><th>Symbol</th><th>Title</th><th>Languages</th></tr>
<tr><td>Document 67</td><td>Proposals for the work of the conference</td>
<td><a href="docs/S26-PP-C-0067!!PDF-E.pdf">E</a> <a href="docs/S26-PP-C-0067!!PDF-F.pdf">F</a>
<a href="docs/S26-PP-C-0067!!PDF-S.pdf">S</a></td></tr>
<tr><td>DT/33</td><td>Draft report of Committee 5</td>
<td><a href="docs/DT-33_A.pdf">A</a> <a href="docs/DT-33_R.pdf">R</a></td></tr>
</table></body></html>
"""


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    (root / "pp26" / "live").mkdir(parents=True)
    (root / "pp26" / "committee5.html").write_text(PAGE, encoding="utf-8")
    make_vod_renditions(root / "pp26" / "live", 6).rename(root / "pp26" / "live" / "index.m3u8")
    with StreamServer(root) as server:
        yield server


def _fill_the_dialog_when_it_opens(address: str, hints: list[str]) -> None:
    """Type the address into File > Open conference once its modal dialog is up, then press
    Open; ``hints`` receives the dialog's texts."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OpenConferenceDialog) or not dialog.isVisible():
            QTimer.singleShot(20, fill)  # not shown yet: look again (a condition, not a wait)
            return
        editor = dialog.findChild(QPlainTextEdit)
        hints.extend(label.text() for label in dialog.findChildren(QLabel))
        hints.append(editor.placeholderText())
        QTest.keyClicks(editor, address)
        buttons = dialog.findChild(QDialogButtonBox)
        QTest.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, fill)


def test_open_conference_reads_a_web_page_s_documents_and_webcast(qtbot, window, site) -> None:
    page = site.url("pp26/committee5.html")
    hints: list[str] = []
    _fill_the_dialog_when_it_opens(page, hints)
    window.open_conference()  # the dialog, modal; filled by the timer above
    assert any("web pages" in text for text in hints), hints  # it says it takes a page
    assert any(".html" in text for text in hints), hints  # and shows one as an example
    qtbot.waitUntil(lambda: window.conference.name.startswith("Committee 5"), timeout=120_000)

    model = window.documents.model
    # (each marked "● " as new to this observer)
    shown = sorted(str(model.index(row, 0).data()) for row in range(model.rowCount()))
    assert shown == ["● DT/33", "● Document 67"], shown
    by_symbol = {d.symbol: d for d in window.conference.documents}
    assert [f.language for f in by_symbol["67"].files] == ["en", "fr", "es"]
    assert [f.language for f in by_symbol["DT/33"].files] == ["ar", "ru"]

    (stream,) = window.conference.streams
    assert stream.url == site.url("pp26/live/index.m3u8")
    player = window.player
    qtbot.waitUntil(
        lambda: player.state == "playing" and player.backend.raw_time_ms() > 500, timeout=30_000
    )
    assert player.request.source.url == stream.url
    assert player.request.source.page == page  # an expired address is found again there


LIVE_PAGE = """<!DOCTYPE html><html><head><title>Committee 5 (PP-26)</title></head><body>
<video><source src="{token}/live.m3u8" type="application/x-mpegURL"></video></body></html>"""


def test_an_expired_address_is_found_again_and_the_tile_says_so_plainly(
    qtbot, window, tmp_path
) -> None:
    """The window's tile: "Reconnecting..." in the live red while the old token is refused, then
    the plain-coloured word that the page gave a fresh address, the webcast playing again."""
    import os

    from support.media import start_live

    from observer_app.ui import theme

    root = tmp_path / "live-site"
    encoder = start_live(root / "live", segment_seconds=1, list_size=6)
    for token in ("tok-a", "tok-b"):
        os.symlink("live", root / token)
    (root / "c5.html").write_text(LIVE_PAGE.format(token="tok-a"), encoding="utf-8")
    encoder.wait_ready(timeout=20, segments=4)
    server = StreamServer(root).start()
    try:
        page = server.url("c5.html")
        window.open_conference(page)

        def playing_the_page() -> bool:
            player = window.player
            return (
                player is not None
                and player.request is not None
                and player.request.source.page == page
                and player.state == "playing"
                and player.backend.raw_time_ms() > 1000
            )

        qtbot.waitUntil(playing_the_page, timeout=90_000)
        (root / "c5.html").write_text(LIVE_PAGE.format(token="tok-b"), encoding="utf-8")
        server.respond_status("/tok-a/", 403)
        tile = window.player_panel.tiles[0]
        label = tile.connection
        qtbot.waitUntil(lambda: label.text().startswith("Reconnecting to"), timeout=30_000)
        red = label.palette().color(label.foregroundRole())
        assert red == theme.color("live")
        notice = f"The webcast's address expired; found it again on {page}"
        qtbot.waitUntil(
            lambda: label.text() == notice and window.player.state == "playing", timeout=60_000
        )
        assert label.isVisible()
        assert label.palette().color(label.foregroundRole()) != red  # news, not trouble
        assert window.player.request.source.url == server.url("tok-b/live.m3u8")
    finally:
        server.stop()
        encoder.stop()

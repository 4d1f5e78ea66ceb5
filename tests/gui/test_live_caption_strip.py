"""Live captions under the video (issue 19), for those who cannot hear: the last transcript
lines in large white-on-black type in a strip of the tile with the sound, under libVLC's
picture (not over it: see ``ui/widgets/caption_strip.py``), size by setting and keyboard.

Real parts: the window under openbox at 1280x800, the real player on a captioned HLS stream
served on 127.0.0.1 (the stream's own WebVTT captions feed the transcript), screenshots of
the screen (libVLC's picture is only there) in the three palettes, with Arabic and Chinese
lines too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from observer_app.core.model import StreamKind
from observer_app.core.playback import PlaybackTarget
from observer_app.ui import theme
from tests.support.gui import flush_events
from tests.support.server import StreamServer
from tests.support.speech import make_captioned_hls

pytestmark = [pytest.mark.gui, pytest.mark.vlc]

CUES = [
    (0.5, 3.0, "CHAIR: Brazil, you have the floor."),
    (1.0, 4.0, "BRAZIL: We support the proposal in Document 161."),
]
OTHER_SCRIPTS = ["الرئيس: الكلمة لمندوب البرازيل.", "主席：请巴西代表发言。"]


def _shots() -> Path:
    folder = Path(os.environ.get("OBSERVER_SHOTS", "/tmp/observer-shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _screen_of(widget, path: Path):
    QApplication.processEvents()
    top_left = widget.mapToGlobal(QPoint(0, 0))
    shot = QGuiApplication.primaryScreen().grabWindow(
        0, top_left.x(), top_left.y(), widget.width(), widget.height()
    )
    assert shot.save(str(path)), path
    return shot.toImage()


def _ink(image) -> tuple[float, float]:
    """Shares of near-black and near-white pixels."""
    dark = light = total = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            c = image.pixelColor(x, y)
            level = (c.red() + c.green() + c.blue()) / 3
            dark += level < 40
            light += level > 215
            total += 1
    return dark / total, light / total


@pytest.fixture
def captioned_url(tmp_path):
    master, _spoken = make_captioned_hls(
        tmp_path, [(1.0, "Brazil, you have the floor.")], 20.0, CUES
    )
    with StreamServer(tmp_path) as server:
        yield server.url(master.name)


def test_live_captions_strip_under_the_video(qtbot, window, captioned_url):
    from tests.gui.test_main_window import needs_x11
    from tests.support.desktop import start_openbox, stop

    needs_x11()
    wm = start_openbox()
    try:
        window.setGeometry(0, 0, 1280, 800)
        panel = window.player_panel
        panel.play(PlaybackTarget("plen", captioned_url, StreamKind.ARCHIVE, None))
        tile = panel.active
        strip = tile.caption_strip
        assert not strip.isVisible()  # off by default
        window.transcript.panel.live_captions.setChecked(True)
        assert window.profile.settings.get("transcript.live_captions") is True
        qtbot.waitUntil(
            lambda: tile.player.state == "playing" and tile.player.backend.raw_time_ms() > 0,
            timeout=10_000,
        )
        window.transcript.panel.toggle.click()
        # The last two lines, in the strip of the tile with the sound.
        qtbot.waitUntil(lambda: strip.lines() == [t for *_x, t in CUES], timeout=15_000)
        assert strip.isVisible()
        video = tile.surface.geometry()
        assert strip.geometry().top() >= video.bottom()  # under the picture, never over it
        assert strip.geometry().width() >= video.width() - 4

        # Larger, then smaller, from the keyboard; remembered in the settings.
        before = strip.font().pointSizeF()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        qtbot.keyClick(
            window,
            Qt.Key.Key_Plus,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert strip.font().pointSizeF() > before
        assert window.profile.settings.get("transcript.caption_size") == 200
        qtbot.keyClick(
            window,
            Qt.Key.Key_Minus,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert strip.font().pointSizeF() == before

        for name in ("system", "dark", "high-contrast"):
            theme.apply(name)
            flush_events()
            strip.repaint()  # painted and flushed to the X server before the screen is read
            shot = _screen_of(strip, _shots() / f"live-captions-{name}.png")
            dark, light = _ink(shot)
            assert dark > 0.5 and light > 0.02, (name, dark, light)  # white text on black
        theme.apply("system")
        flush_events()
        window.repaint()
        _screen_of(window, _shots() / "live-captions-window.png")
        for text in OTHER_SCRIPTS:
            strip.add_line(text)
        flush_events()
        window.repaint()
        _screen_of(window, _shots() / "live-captions-window-ar-zh.png")

        window.transcript.panel.live_captions.setChecked(False)
        assert not strip.isVisible()
    finally:
        theme.apply("system")
        window.transcript.panel.toggle.setChecked(False)
        stop(wm)

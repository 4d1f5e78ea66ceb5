"""Screenshots of the window and every dialog in the three palettes and the six languages at
1280x800, written for a person to look at (issue 12). The folder is $OBSERVER_SHOTS, else
/tmp/observer-shots; names are ``<language>-<palette>-<what>.png``.

The asserts only check that every picture was written and is not blank: judging a layout is
the person's job (and test_main_window / test_i18n check the measurable parts)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from observer_app.services.context import open_profile
from observer_app.ui import i18n, theme
from observer_app.ui.app import build_window
from tests.gui.conftest import show
from tests.support.gui import flush_events

pytestmark = pytest.mark.gui

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
PALETTES = ("system", "dark", "high-contrast")


def shots_dir() -> Path:
    folder = Path(os.environ.get("OBSERVER_SHOTS", "/tmp/observer-shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def dialog_makers(window) -> dict:
    """Every dialog of the app, built over ``window`` (what Settings, Help, Notes... open)."""
    from observer_app.core.model import Note
    from observer_app.ui.dialogs.about import AboutDialog
    from observer_app.ui.dialogs.crash import CrashDialog
    from observer_app.ui.dialogs.export import ReportDialog
    from observer_app.ui.dialogs.first_run import FirstRunDialog
    from observer_app.ui.dialogs.note_edit import NoteEditDialog
    from observer_app.ui.dialogs.open_conference import OpenConferenceDialog
    from observer_app.ui.dialogs.outbox import OutboxDialog
    from observer_app.ui.dialogs.settings import SettingsDialog

    profile = window.profile
    note = Note(
        text="Brazil supports 67(Rev.1) and DT/33",
        utc=datetime.now(UTC),
        conference_id=window.conference.id,
        speaker="Brazil",
        tags=("wsis",),
    )
    return {
        "settings": lambda: SettingsDialog(profile.settings, window),
        "report": lambda: ReportDialog(profile, window.conference, window),
        "outbox": lambda: OutboxDialog(profile, window),
        "open-conference": lambda: OpenConferenceDialog(["/tmp/a.json", "/tmp/b.m3u"], window),
        "first-run": lambda: FirstRunDialog(profile.settings, window),
        "about": lambda: AboutDialog(window),
        "crash": lambda: CrashDialog("Traceback:\n  ...\nValueError: x\n", None, window),
        "note-edit": lambda: NoteEditDialog(note, ["Brazil"], ["Agenda item 3"], ["wsis"], window),
    }


def grab(widget: QWidget, path: Path) -> QImage:
    """The screen under ``widget`` (libVLC's picture is only on the screen, not in grab())."""
    QApplication.processEvents()
    frame = widget.frameGeometry()
    shot = QGuiApplication.primaryScreen().grabWindow(
        0, frame.x(), frame.y(), frame.width(), frame.height()
    )
    assert not shot.isNull() and shot.save(str(path)), path
    return shot.toImage()


def _not_blank(image: QImage) -> bool:
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)
    }
    return len(colours) > 3


def _wait_painted(qtbot, widget: QWidget, path: Path) -> None:
    """Until the screen under ``widget`` shows it: exposed is not yet painted (on a busy machine
    the first grab of a dialog came back one colour, fr high contrast, once in a full run)."""
    qtbot.waitUntil(lambda: _not_blank(grab(widget, path)), timeout=10_000)


@pytest.mark.parametrize("code", LANGUAGES)
def test_screenshots_of_window_and_dialogs(qtbot, app_dirs, code):
    folder = shots_dir()
    assert i18n.install(code) == code
    profile = open_profile(app_dirs)
    window = build_window(profile, None)
    try:
        show(qtbot, window)
        window.setGeometry(0, 0, 1280, 800)
        written = []
        for name in PALETTES:
            theme.apply(name)
            flush_events()  # the palette change reaches every widget
            for layout in ("read", "report", "watch"):  # Watch last: the dialogs go over it
                window.panes.apply(layout)
                flush_events()  # the layout pass the switch posted
                window.repaint()
                suffix = "" if layout == "watch" else f"-{layout}"
                path = folder / f"{code}-{name}-window{suffix}.png"
                _wait_painted(qtbot, window, path)
                written.append(path)
            for what, make in dialog_makers(window).items():
                dialog = make()
                qtbot.addWidget(dialog)
                dialog.show()
                qtbot.waitExposed(dialog)
                path = folder / f"{code}-{name}-{what}.png"
                _wait_painted(qtbot, dialog, path)
                written.append(path)
                dialog.close()
        assert all(p.stat().st_size > 0 for p in written)
    finally:
        theme.apply("system")
        window.close()
        profile.close()
        i18n.install("en")

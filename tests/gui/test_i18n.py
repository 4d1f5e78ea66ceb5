"""The window in other languages: French menus, Arabic right to left, dates in the locale.

Screenshots of the whole window in en, fr and ar are saved under /tmp (observer-i18n-*.png)
for a person to look at; the asserts check what can be checked (menu titles, directions,
where the first menu sits, month names).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from support.gui import flush_events, show

from observer_app.services.context import open_profile
from observer_app.ui import i18n
from observer_app.ui.app import build_window

pytestmark = pytest.mark.gui

MENUS = {
    "en": ["&File", "&Edit", "&Playback", "&View", "&Schedule", "&Notes", "&Help"],
    "fr": ["&Fichier", "É&dition", "&Lecture", "&Affichage", "&Programme", "&Notes", "Ai&de"],
    "ar": ["&ملف", "&تحرير", "ت&شغيل", "&عرض", "&جدول", "&ملاحظات", "م&ساعدة"],
}


@pytest.fixture
def in_language(qtbot, app_dirs):
    """Build the main window in a language; English again afterwards for the other tests."""
    made = []

    def make(code: str):
        assert i18n.install(code) == code
        profile = open_profile(app_dirs)
        window = build_window(profile, None)
        show(qtbot, window)
        made.append((window, profile))
        return window

    yield make
    for window, profile in made:
        window.close()
        profile.close()
    i18n.install("en")


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_french_window_has_french_menus_controls_and_accessible_names(in_language):
    window = in_language("fr")
    assert menu_titles(window) == MENUS["fr"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Ouvrir une conférence…" in [a.text() for a in file_menu.actions()]
    assert window.player_panel.controls.audio_only.text() == "Son uniquement"
    assert window.notes.filters.search.accessibleName() == "Chercher dans les notes"
    assert window.schedule.model.headerData(0, Qt.Orientation.Horizontal) == "Organe / séance"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # Qt's own catalogue is installed too: standard buttons follow the language.
    box = QMessageBox(QMessageBox.Icon.Information, "t", "t", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_arabic_window_is_laid_out_right_to_left_with_arabic_menus(in_language):
    window = in_language("ar")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert menu_titles(window) == MENUS["ar"]
    bar = window.menuBar()
    first = bar.actionGeometry(bar.actions()[0])
    assert first.left() > bar.width() / 2, "the first menu should sit on the right"
    # The schedule (first splitter pane) is on the right of the documents (last pane).
    schedule_x = window.schedule.mapTo(window, window.schedule.rect().topLeft()).x()
    documents_x = window.documents.mapTo(window, window.documents.rect().topLeft()).x()
    assert schedule_x > documents_x


def test_dates_use_the_locale_month_and_weekday_names(in_language):
    window = in_language("fr")
    day = window.schedule.timeline.day
    label = window.schedule.day_label.text()
    locale = QLocale("fr")
    assert locale.monthName(day.month) in label and locale.dayName(day.isoweekday()) in label
    assert day.strftime("%B") not in label  # not the C locale's English month
    assert i18n.format_date(day, "MMMM") == locale.monthName(day.month)


@pytest.mark.parametrize("code", ["en", "fr", "ar"])
def test_screenshot_of_the_window(in_language, qtbot, code):
    window = in_language(code)
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=3000)
    flush_events()  # laid out at that size
    path = f"/tmp/observer-i18n-{code}.png"
    # The screen, not window.grab(): only the screen shows what libVLC draws in the video window.
    frame = window.frameGeometry()
    shot = QGuiApplication.primaryScreen().grabWindow(
        0, frame.x(), frame.y(), frame.width(), frame.height()
    )
    assert not shot.isNull() and shot.save(path)
    assert menu_titles(window) == MENUS[code]
    expected = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == expected

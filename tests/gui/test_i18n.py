"""The window in other languages: French menus, Arabic right to left, dates in the locale.

Screenshots of the whole window in en, fr and ar are saved under /tmp (observer-i18n-*.png)
for a person to look at; the asserts check what can be checked (menu titles, directions,
where the first menu sits, month names).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from support.gui import flush_events, show

from observer_app.services.context import open_profile
from observer_app.ui import i18n, labels
from observer_app.ui.app import build_window

pytestmark = pytest.mark.gui

MENUS = {
    "en": ["&File", "&Edit", "&Playback", "&View", "&Schedule", "&Notes", "&Help"],
    "fr": ["&Fichier", "É&dition", "&Lecture", "&Affichage", "&Programme", "&Notes", "A&ide"],
    "ar": ["&ملف", "&تحرير", "ت&شغيل", "&عرض", "&جدول", "م&لاحظات", "م&ساعدة"],
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


#: Modules another engineer is changing (the note composer, filters, report dialog): what is
#: clipped there is reported and not failed; the lead hands it on.
FIT_ALLOW_LIST = ("observer_app.ui.dialogs.note_edit",)


@pytest.mark.parametrize("code", ["en", "fr", "es", "ru", "zh", "ar"])
def test_every_text_fits_at_1280x800(in_language, qtbot, code):
    """Issue 12: French and Russian cut captions, combo items and headers. Every visible
    label, button, check box, combo item, header and tab of the window (in each layout) and of
    every dialog fits its text. Strings not yet translated show in English and are measured
    as shown (English is the longest text in none of the six languages' layouts so far)."""
    from test_screenshots import dialog_makers

    from observer_app.ui import a11y, fit

    window = in_language(code)
    window.setGeometry(0, 0, 1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    # The audio channels arrive once playing (longest names in Russian): measure after them.
    language = window.player_panel.controls.language
    qtbot.waitUntil(lambda: language.count() > 2, timeout=10_000)
    found: list[str] = []
    for layout in ("watch", "read", "report"):
        window.panes.apply(layout)
        flush_events()  # the layout pass the switch posted
        found += [f"window ({layout}): {clip}" for clip in fit.clipped(window)]
    for name, make in dialog_makers(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found += [f"{name}: {clip}" for clip in fit.clipped(dialog)]
        dialog.close()
    mine = [line for line in dict.fromkeys(found) if not any(m in line for m in FIT_ALLOW_LIST)]
    others = [line for line in dict.fromkeys(found) if line not in mine]
    print(f"{code}: {len(mine)} clipped texts; in other engineers' modules: {len(others)}")
    print("\n".join(others))
    assert not mine, "\n".join(mine)
    del a11y


def visual_order(text: str, font) -> str:
    """The characters of ``text`` left to right as Qt lays them out in a right-to-left
    paragraph (isolate marks left out): what the eye reads on an Arabic screen."""
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    placed = []
    for run in line.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        for index, point in zip(run.stringIndexes(), run.positions(), strict=False):
            placed.append((point.x(), text[index]))
    return "".join(c for _x, c in sorted(placed) if c not in "\u2066\u2067\u2068\u2069")


def test_symbols_and_times_keep_their_reading_order_in_arabic(in_language, qtbot):
    """Issue 12: "67(Rev.1)" showed as "(Rev.1)67" in Arabic. Checked on the text each view
    hands to Qt: the documents list, the player's title and its clock."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = in_language("ar")
    assert visual_order("67(Rev.1)", window.font()) != "67(Rev.1)"  # the trap is real
    docs = window.documents
    rows = [
        docs.model.index(r, 0)
        for r in range(docs.model.rowCount())
        if "67(Rev.1)" in str(docs.model.index(r, 0).data())
    ]
    assert rows
    option = QStyleOptionViewItem()
    docs.view.itemDelegate().initStyleOption(option, rows[0])
    assert "67(Rev.1)" in visual_order(option.text, docs.view.font())
    # A bare symbol, as a cell of any list using the delegate shows it (the demo's start with
    # a word, which bidi handles alone).
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from observer_app.ui.widgets.isolating_delegate import IsolatingDelegate

    bare = QStandardItemModel()
    bare.appendRow(QStandardItem("67(Rev.1)"))
    IsolatingDelegate().initStyleOption(option, bare.index(0, 0))
    assert visual_order(option.text, docs.view.font()) == "67(Rev.1)"
    tile = window.player_panel.active
    qtbot.waitUntil(lambda: "67(Add.2)" in tile.title.text().replace("\u2068", ""))
    assert "67(Add.2)" in visual_order(tile.title.text(), tile.title.font())
    position = window.player_panel.controls.position
    qtbot.waitUntil(lambda: any(c.isalpha() for c in position.text()), timeout=10_000)
    shown = visual_order(position.text(), position.font())
    assert shown.index(":") < shown.index(" "), shown  # "21:45:24 KST", time first


def test_one_kind_of_digits_in_the_arabic_schedule_and_viewer(in_language):
    """Issue 12: Qt's Arabic dates came with Arabic-Indic digits ("الاثنين ١٨:٠٠") beside
    ASCII times ("مباشر حتى 00:00") in the same list. Every cell the schedule shows, and its
    clock, use one kind."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = in_language("ar")
    view, model = window.schedule.view, window.schedule.model
    indic = set("٠١٢٣٤٥٦٧٨٩")
    shown = []
    for row in range(model.rowCount()):
        parent = model.index(row, 0)
        for r in range(model.rowCount(parent)):
            for column in range(model.columnCount()):
                option = QStyleOptionViewItem()
                view.itemDelegate().initStyleOption(option, model.index(r, column, parent))
                shown.append(option.text)
    assert any(indic & set(str(model.index(r, 2, model.index(0, 0)).data())) for r in range(3)), (
        "the model's own dates should carry Arabic-Indic digits (else this test proves nothing)"
    )
    assert any(c.isdigit() for text in shown for c in text)
    assert not [text for text in shown if indic & set(text)]
    assert not indic & set(window.schedule.clock_label.text())
    assert not indic & set(window.documents.viewer.page.text())  # the page box: "1", not "١"


def test_report_formats_are_named_in_the_interface_language(in_language, qtbot, app_dirs):
    """services/export keeps English names (no Qt there); the dialog shows them translated."""
    from observer_app.ui.dialogs.export import ReportDialog

    window = in_language("fr")
    dialog = ReportDialog(window.profile, window.conference, window)
    qtbot.addWidget(dialog)
    names = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert "Tableur (CSV)" in names
    assert "Page web (HTML)" in names
    assert "Texte brut (corps du courriel)" in names
    assert not {"Spreadsheet (CSV)", "Web page (HTML)"} & set(names)
    # The stage line a running save shows ("Writing the {format}…"), for the chosen format.
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog._set_stage("render")
    assert dialog.status.text() == "Rédaction au format Tableur (CSV)…"


def test_every_report_format_has_a_translatable_name():
    """A format added to services/export without a label would show in English only."""
    from observer_app.services import export
    from observer_app.ui import labels

    assert set(labels._EXPORT_FORMATS) == set(export.FORMATS)


def test_notes_list_keeps_symbols_and_times_in_reading_order_in_arabic(in_language, qtbot):
    """Issue 12: the notes list showed "67(Rev.1)" in an Arabic note as "(Rev.1)67". Checked
    on the text its delegate hands to Qt for a note saved through the composer."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = in_language("ar")
    notes = window.notes
    typed = "اقترحت مصر تعديل 67(Rev.1) عند 14:55 ثم DT/33"
    assert "67(Rev.1)" not in visual_order(typed, window.font())  # the trap is real
    notes.editor.setPlainText(typed)
    notes.commit()
    model, view = notes.model, notes.view
    qtbot.waitUntil(
        lambda: any(typed in str(model.index(r, 4).data()) for r in range(model.rowCount()))
    )
    row = next(r for r in range(model.rowCount()) if typed in str(model.index(r, 4).data()))
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, model.index(row, 4))
    shown = visual_order(option.text, view.font())
    assert "67(Rev.1)" in shown and "14:55" in shown and "DT/33" in shown, shown
    for column in (0, 1):  # the note's time and its video position: ASCII digits, in order
        view.itemDelegate().initStyleOption(option, model.index(row, column))
        raw = str(model.index(row, column).data())
        clock_part = re.search(r"[\d٠-٩]+(:[\d٠-٩]{2})+", raw)
        if clock_part:
            shown = visual_order(option.text, view.font())
            assert labels.latin_digits(clock_part.group()) in shown, (raw, shown)


def test_settings_dialog_shows_the_declared_labels_in_french(in_language, qtbot):
    """A setting's label and help are written once, in core/settings.py; the dialog shows their
    translations (context "Settings" of the catalogues), not the English."""
    from PySide6.QtWidgets import QLabel

    from observer_app.ui.dialogs.settings import SettingsDialog

    window = in_language("fr")
    dialog = SettingsDialog(window.profile.settings, window)
    qtbot.addWidget(dialog)
    name = dialog.editors["author.name"]
    assert name.accessibleName() == "Votre nom"
    assert name.toolTip() == "Affiché comme auteur des rapports d’observations."
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)}
    assert buddies[name] == "Votre nom\u202f:"
    assert dialog.editors["smtp.server"].accessibleName() == "Serveur de courrier (SMTP)"

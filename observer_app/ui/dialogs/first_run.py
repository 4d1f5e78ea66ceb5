"""The welcome page on the first start: who you are, which languages, then the demo or your
conference. Non-modal (the window behind it works), saved to settings, never shown again.

Shown when no author name is set and ``ui.first_run_done`` is false; never when the
environment has ``OBSERVER_NO_FIRST_RUN=1`` (the GUI tests' fresh profiles).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from observer_app.core.settings import SETTINGS
from observer_app.store.settings import SettingsRepository
from observer_app.ui.dialogs import settings_text
from observer_app.ui.dialogs.settings import choice_label

ENV_SKIP = "OBSERVER_NO_FIRST_RUN"


def needed(settings: SettingsRepository) -> bool:
    if os.environ.get(ENV_SKIP) == "1":
        return False
    return not str(settings.get("author.name")).strip() and not settings.get("ui.first_run_done")


def _choices(settings: SettingsRepository, key: str) -> QComboBox:
    combo = QComboBox()
    for choice in SETTINGS[key].choices:
        combo.addItem(choice_label(key, choice), choice)
    combo.setCurrentIndex(max(0, combo.findData(settings.get(key))))
    combo.setAccessibleName(settings_text.label(key))
    combo.setToolTip(settings_text.help(key))
    return combo


class FirstRunDialog(QDialog):
    # The answers were saved (the window applies them).
    saved = Signal()
    # The observer wants File > Open conference rather than the demo.
    open_requested = Signal()

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self.setWindowTitle(self.tr("Welcome to Observer"))
        self.settings = settings
        intro = QLabel(
            self.tr(
                "<h3>Welcome</h3><p>Observer follows a conference's sessions with you: the webcast "
                "with interpretation, the documents, and notes stamped with the moment they refer "
                "to.</p><p>Tell it who you are (feedback reports are signed with it) and which "
                "languages you prefer. Everything can be changed later in File &gt; Settings.</p>"
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(str(settings.get("author.name")))
        self.name.setPlaceholderText(self.tr("e.g. Ana Pereira"))
        self.organization = QLineEdit(str(settings.get("author.organization")))
        self.organization.setPlaceholderText(self.tr("e.g. Digital Rights Coalition"))
        self.interpretation = _choices(settings, "player.language")
        self.ui_language = _choices(settings, "ui.language")
        self.theme = _choices(settings, "ui.theme")
        form = QFormLayout()
        for text, widget, name in (
            (self.tr("Your &name:"), self.name, self.tr("Your name")),
            (self.tr("&Organisation:"), self.organization, self.tr("Organisation")),
            (self.tr("&Interpretation you prefer:"), self.interpretation, None),
            (self.tr("Interface &language (after a restart):"), self.ui_language, None),
            (self.tr("&Colours:"), self.theme, None),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if name:
                widget.setAccessibleName(name)
        self.demo_button = QPushButton(self.tr("Start with the &demo conference"))
        self.demo_button.setToolTip(
            self.tr("PP-Demo: four bodies sitting now, with interpretation and documents")
        )
        self.open_button = QPushButton(self.tr("O&pen my conference…"))
        self.open_button.setToolTip(
            self.tr("Paths or addresses of your conference's schedule, streams and documents")
        )
        self.later_button = QPushButton(self.tr("Close"))
        self.later_button.setToolTip(self.tr("Keep the demo open; this page will not come back"))
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self.finish)
        self.open_button.clicked.connect(lambda: self.finish(open_conference=True))
        self.later_button.clicked.connect(self.finish)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(560, 0)
        self.name.setFocus()

    def save(self) -> None:
        s = self.settings
        s.set("author.name", self.name.text().strip())
        s.set("author.organization", self.organization.text().strip())
        s.set("player.language", self.interpretation.currentData())
        s.set("ui.language", self.ui_language.currentData())
        s.set("ui.theme", self.theme.currentData())
        s.set("ui.first_run_done", True)

    def finish(self, open_conference: bool = False) -> None:
        self.save()
        self.saved.emit()
        self.accept()
        if open_conference:
            self.open_requested.emit()

    def reject(
        self,
    ) -> None:  # Esc or the window's close button: keep what was typed, do not ask again
        self.finish()


def maybe_show(
    settings: SettingsRepository, parent: QWidget | None = None
) -> FirstRunDialog | None:
    """Show the welcome page over ``parent`` if this is the first start. The caller connects
    ``saved`` (apply the settings) and ``open_requested`` (File > Open conference): the page
    knows the settings it edits, not the window."""
    if not needed(settings):
        return None
    dialog = FirstRunDialog(settings, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog

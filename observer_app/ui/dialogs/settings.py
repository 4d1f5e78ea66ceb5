"""The settings dialog, generated from the declarative list in ``core.settings``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)

from observer_app.core import languages
from observer_app.core.settings import SETTINGS, SettingError
from observer_app.store.settings import SettingsRepository

#: Settings the app manages itself and does not show.
_HIDDEN = {"conference.last_feed", "player.volume", "player.last_body"}  # the player's slider is the volume setting


class SettingsDialog(QDialog):
    def __init__(self, repository: SettingsRepository, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.repository = repository
        self.editors = {}
        form = QFormLayout()
        for key, spec in SETTINGS.items():
            if key in _HIDDEN:
                continue
            value = repository.get(key)
            if spec.choices:
                editor = QComboBox()
                for choice in spec.choices:
                    editor.addItem(languages.name_for(choice) if key == "player.language" else str(choice), choice)
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif spec.type is bool:
                editor = QCheckBox()
                editor.setChecked(bool(value))
            elif spec.type is int:
                editor = QSpinBox()
                editor.setRange(0, 100)
                editor.setValue(int(value))
            else:
                editor = QLineEdit(str(value))
            editor.setAccessibleName(spec.label)
            editor.setToolTip(spec.help)
            editor.setObjectName(key)
            form.addRow(spec.label + ":", editor)
            self.editors[key] = editor
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            for key, editor in self.editors.items():
                if isinstance(editor, QComboBox):
                    value = editor.currentData()
                elif isinstance(editor, QCheckBox):
                    value = editor.isChecked()
                elif isinstance(editor, QSpinBox):
                    value = editor.value()
                else:
                    value = editor.text().strip()
                self.repository.set(key, value)
        except SettingError as exc:
            QMessageBox.warning(self, "Settings", str(exc))
            return
        super().accept()

"""The settings dialog, generated from the declarative list in ``core.settings``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

from observer_app.core.settings import SETTINGS, SettingError
from observer_app.secrets import backend_info, get_secret, set_secret
from observer_app.store.settings import SettingsRepository
from observer_app.ui import labels
from observer_app.ui.dialogs import settings_text

SECRETS = (
    ("smtp.password", QT_TRANSLATE_NOOP("SettingsDialog", "Mail server password")),
    ("http.token", QT_TRANSLATE_NOOP("SettingsDialog", "Platform token")),
    ("sync.webdav_password", QT_TRANSLATE_NOOP("SettingsDialog", "Team folder password")),
)
# Settings the app manages itself and does not show.
_HIDDEN = {
    "conference.last_feed",
    "player.volume",
    "player.last_body",  # the player's slider is the volume setting
    "ui.first_run_done",
}
# Ranges of whole-number settings (coerce() checks the same limits); others 0 to 100.
_RANGES = {
    "smtp.port": (0, 65535),
    "schedule.reminder_minutes": (0, 1440),
    "conference.refresh_minutes": (0, 1440),
}
_THEMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Same as the desktop"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("SettingsDialog", "High contrast (white on black)"),
}


def choice_label(key: str, choice) -> str:
    """How a setting's choice reads in a list: language names (the interface's own languages named
    in themselves, so anyone finds theirs), percentages, theme names."""
    if key == "player.caption_scale":
        return f"{choice} %"
    if key == "ui.theme":
        return (
            QCoreApplication.translate("SettingsDialog", _THEMES[choice])
            if choice in _THEMES
            else str(choice)
        )
    if choice == "system" and key in ("player.language", "ui.language"):
        return QCoreApplication.translate("SettingsDialog", "Same as the system")
    if key == "ui.language":
        return labels.native_language(choice)
    if key == "player.language":
        return labels.language(choice)
    return str(choice)


class SettingsDialog(QDialog):
    def __init__(self, repository: SettingsRepository, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
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
                    editor.addItem(choice_label(key, choice), choice)
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif spec.type is bool:
                editor = QCheckBox()
                editor.setChecked(bool(value))
            elif spec.type is int:
                editor = QSpinBox()
                editor.setRange(*_RANGES.get(key, (0, 100)))
                editor.setValue(int(value))
            else:
                editor = QLineEdit(str(value))
            editor.setAccessibleName(settings_text.label(key))
            editor.setToolTip(settings_text.help(key))
            editor.setObjectName(key)
            form.addRow(self.tr("{label}:").format(label=settings_text.label(key)), editor)
            self.editors[key] = editor
        # Secrets: typed here, kept only in the keyring (or, without one, for this run only).
        self.secret_fields = {}
        for name, label in SECRETS:
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText(self.tr("stored") if get_secret(name) else self.tr("not set"))
            label = QCoreApplication.translate("SettingsDialog", label)
            field.setAccessibleName(label)
            field.setToolTip(self.tr("Kept in the system keyring; never written to a file"))
            form.addRow(self.tr("{label}:").format(label=label), field)
            self.secret_fields[name] = field
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.language_at_start = repository.get("ui.language")
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
            QMessageBox.warning(self, self.tr("Settings"), str(exc))
            return
        session_only = []
        for name, field in self.secret_fields.items():
            if field.text():
                if not set_secret(name, field.text()):
                    session_only.append(name)
                field.clear()
        if session_only:
            QMessageBox.warning(
                self,
                self.tr("No keyring"),
                self.tr(
                    "No working keyring ({why}): {names} will be kept until you quit Observer, and "
                    "never written to disk. Start your desktop's keyring to keep it."
                ).format(why=backend_info().note, names=", ".join(session_only)),
            )
        if self.repository.get("ui.language") != self.language_at_start:
            QMessageBox.information(
                self,
                self.tr("Interface language"),
                self.tr("The new interface language is used when you start Observer again."),
            )
        super().accept()

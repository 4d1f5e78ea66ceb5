"""The settings dialog, generated from the declarative list in ``core.settings``, in pages.

It never touches the keyring to open: a keyring without a default collection answered each
read with a password prompt and froze the window. Typed secrets are written when the dialog is
accepted, off the GUI thread, and after one failure the rest are kept for this run only, so
the desktop asks once at most."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from observer_app.core.settings import SETTINGS, SettingError
from observer_app.runtime.secrets import backend_info, keep_for_session, set_secret
from observer_app.store.settings import SettingsRepository
from observer_app.ui import labels
from observer_app.ui.dialogs import settings_text
from observer_app.ui.jobs import run_task

SECRETS = (
    ("smtp.password", QT_TRANSLATE_NOOP("SettingsDialog", "Mail server password")),
    ("http.token", QT_TRANSLATE_NOOP("SettingsDialog", "Platform token")),
    ("sync.webdav_password", QT_TRANSLATE_NOOP("SettingsDialog", "Team folder password")),
)
# Settings the app manages itself and does not show.
_HIDDEN = {
    "conference.last_feed",
    "conference.recent",  # a JSON list: kept by File > Open conference, not typed
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
# Pages of the dialog: (title, settings whose key starts with one of these prefixes, secrets).
PAGES = (
    (QT_TRANSLATE_NOOP("SettingsDialog", "Profile"), ("author.",), ()),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Watching"), ("player.", "schedule.", "transcript."), ()),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Notes"), ("notes.",), ()),
    (
        QT_TRANSLATE_NOOP("SettingsDialog", "Sending"),
        ("smtp.", "http."),
        ("smtp.password", "http.token"),
    ),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Team"), ("sync.",), ("sync.webdav_password",)),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Conference"), ("conference.",), ()),
    (QT_TRANSLATE_NOOP("SettingsDialog", "Appearance"), ("ui.",), ()),
)
_THEMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Same as the desktop"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("SettingsDialog", "High contrast (white on black)"),
}


def choice_label(key: str, choice: object) -> str:
    """How a setting's choice reads in a list: language names (the interface's own languages named
    in themselves, so anyone finds theirs), percentages, theme names."""
    if key in ("player.caption_scale", "transcript.caption_size"):
        return f"{choice} %"
    if key == "ui.theme":
        return (
            QCoreApplication.translate("SettingsDialog", str(_THEMES[choice]))  # str: a NOOP's text
            if choice in _THEMES
            else str(choice)
        )
    if choice == "system" and key in ("player.language", "ui.language"):
        return QCoreApplication.translate("SettingsDialog", "Same as the system")
    if key == "ui.language":
        return labels.native_language(str(choice))  # language choices are codes
    if key == "player.language":
        return labels.language(str(choice))
    return str(choice)


def store_secrets(typed: dict[str, str]) -> list[str]:
    """Write typed secrets to the keyring (call off the GUI thread). Returns the names kept for
    this run only. After the first refusal the keyring is not asked again: each ask can be a
    password prompt on the desktop."""
    session_only: list[str] = []
    for name, value in typed.items():
        if session_only or not set_secret(name, value):
            keep_for_session(name, value)
            session_only.append(name)
    return session_only


class SettingsDialog(QDialog):
    def __init__(self, repository: SettingsRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.repository = repository
        self.editors: dict[str, QWidget] = {}
        self.secret_fields: dict[str, QLineEdit] = {}
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Settings pages"))
        shown = [k for k in SETTINGS if k not in _HIDDEN]
        for title, prefixes, secrets in PAGES:
            keys = [k for k in shown if k.startswith(prefixes)]
            if not keys and not secrets:
                continue  # (no setting of that kind yet)
            page = QWidget()
            form = QFormLayout(page)
            for key in keys:
                self._add_editor(form, key)
            for name in secrets:
                self._add_secret(form, name)
            self.pages.addTab(page, QCoreApplication.translate("SettingsDialog", str(title)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.language_at_start = repository.get("ui.language")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        # Every page's tab in sight (no scroll arrows hiding "Appearance").
        self.pages.setUsesScrollButtons(False)

    def _add_editor(self, form: QFormLayout, key: str) -> None:
        spec, value = SETTINGS[key], self.repository.get(key)
        editor: QWidget
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
            labels.latin_digit_locale(editor)
            editor.setRange(*_RANGES.get(key, (0, 100)))
            if key == "smtp.port":  # 0 means the security mode's usual port
                editor.setSpecialValueText(self.tr("default"))
            editor.setValue(int(value))
        else:
            editor = QLineEdit(str(value))
        editor.setAccessibleName(settings_text.label(key))
        editor.setToolTip(settings_text.help(key))
        editor.setObjectName(key)
        label = QLabel(self.tr("{label}:").format(label=settings_text.label(key)))
        label.setBuddy(editor)  # a screen reader names the field by its label
        form.addRow(label, editor)
        self.editors[key] = editor

    def _add_secret(self, form: QFormLayout, name: str) -> None:
        """Typed here, kept only in the keyring. Not read to open the dialog (see above)."""
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(self.tr("unchanged if left empty"))
        title = QCoreApplication.translate("SettingsDialog", str(dict(SECRETS)[name]))
        field.setAccessibleName(title)
        field.setToolTip(self.tr("Kept in the system keyring; never written to a file"))
        field.setObjectName(name)
        label = QLabel(self.tr("{label}:").format(label=title))
        label.setBuddy(field)
        form.addRow(label, field)
        self.secret_fields[name] = field

    def accept(self) -> None:
        try:
            for key, editor in self.editors.items():
                if isinstance(editor, QComboBox):
                    value = editor.currentData()
                elif isinstance(editor, QCheckBox):
                    value = editor.isChecked()
                elif isinstance(editor, QSpinBox):
                    value = editor.value()
                elif isinstance(editor, QLineEdit):
                    value = editor.text().strip()
                self.repository.set(key, value)
        except SettingError as exc:
            QMessageBox.warning(self, self.tr("Settings"), str(exc))
            return
        typed = {name: f.text() for name, f in self.secret_fields.items() if f.text()}
        for field in self.secret_fields.values():
            field.clear()
        if typed:
            window = self.parentWidget()
            run_task(
                lambda: store_secrets(typed),
                lambda names: _warn_session_only(window, names),
                lambda exc: _warn_session_only(window, list(typed), str(exc)),
            )
        if self.repository.get("ui.language") != self.language_at_start:
            QMessageBox.information(
                self,
                self.tr("Interface language"),
                self.tr("The new interface language is used when you start Observer again."),
            )
        super().accept()


def _warn_session_only(parent: QWidget | None, names: list[str], why: str = "") -> None:
    if not names:
        return
    # QCoreApplication.translate by its full name: lupdate does not follow an alias
    # (`tr = QCoreApplication.translate` made it read "SettingsDialog" as the source text).
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SettingsDialog", "No keyring"),
        QCoreApplication.translate(
            "SettingsDialog",
            "No working keyring ({why}): {names} will be kept until you quit Observer, and "
            "never written to disk. Start your desktop's keyring to keep it.",
        ).format(why=why or backend_info().note or "?", names=", ".join(names)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not modal: the window stays usable

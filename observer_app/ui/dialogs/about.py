"""Help > About (versions and the licences of what Observer is built on) and Help > Keyboard
shortcuts. The versions are what a bug report needs, so the dialog has a Copy button."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from observer_app import APP_NAME, __version__
from observer_app.runtime import crash

# The distributions Observer is built on (pyproject.toml's dependencies), in the table's order.
MAIN_DEPENDENCIES = (
    "PySide6-Essentials",
    "PySide6-Pdf",
    "python-vlc",
    "requests",
    "platformdirs",
    "keyring",
    "jsonschema",
    "m3u8",
    "python-docx",
    "icalendar",
    "recurring-ical-events",
    "feedparser",
    "defusedxml",
    "pypdfium2",
    "tzdata",
)
# libVLC comes from the system, not from a Python distribution: its licence cannot be read.
LIBVLC_LICENCE = "LGPL-2.1-or-later"


def _first(meta: metadata.PackageMetadata, name: str) -> str:
    """The first ``name`` field of ``meta`` (as ``email.message.Message.get`` gives it), ""
    when there is none."""
    return ((meta.get_all(name) or [""])[0] or "").strip()


def licence_of(distribution: str) -> str:
    """The licence a distribution declares: License-Expression, else a short License field, else
    its 'License ::' classifiers; '' when it says nothing or is not installed."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return ""
    expression = _first(meta, "License-Expression")
    if expression:
        return expression
    field = _first(meta, "License")
    if field and "\n" not in field and len(field) <= 60 and field.upper() != "UNKNOWN":
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return ", ".join(classifiers)


def dependency_licences() -> list[tuple[str, str, str]]:
    """(name, version, licence) of Observer and its main dependencies, then libVLC."""
    rows = []
    for name in ("observer-app", *MAIN_DEPENDENCIES):
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            rows.append((name, "not installed", ""))
            continue
        rows.append((name, version, licence_of(name) or "see the project"))
    rows.append(
        ("libVLC (system)", crash.versions().get("libVLC", "not loaded yet"), LIBVLC_LICENCE)
    )
    return rows


def versions() -> dict[str, str]:
    """crash.versions() plus the keyring backend, which About may look up (a report never does)."""
    from observer_app.runtime.secrets import backend_info

    info = crash.versions()
    info.setdefault("libVLC", "not loaded yet")
    info["Keyring"] = backend_info().name
    return info


def about_text() -> str:
    """Versions and licences as plain text: what Copy puts on the clipboard."""
    lines = [f"{APP_NAME} {__version__}", ""]
    lines += [f"{key}: {value}" for key, value in versions().items()]
    lines += ["", "Licences:"]
    lines += [f"  {name} {version}: {licence}" for name, version, licence in dependency_licences()]
    return "\n".join(lines) + "\n"


def _table(name: str, headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        title = QLabel(
            f"<h2>{APP_NAME} {__version__}</h2><p>"
            + self.tr(
                "Follow intergovernmental conferences from afar: webcasts with interpretation, "
                "documents, stamped notes and feedback reports."
            )
            + "</p><p>"
            + self.tr("Free software under the GNU GPL, version 3 or later.")
            + "</p>"
        )
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions = _table(
            self.tr("Versions"),
            (self.tr("Component"), self.tr("Version")),
            list(versions().items()),
        )
        self.licences = _table(
            self.tr("Licences of the main dependencies"),
            (self.tr("Component"), self.tr("Version"), self.tr("Licence")),
            dependency_licences(),
        )
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy versions and licences"))
        self.copy_button.setToolTip(
            self.tr("Copy the versions and licences as text, for a bug report")
        )
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(about_text()))
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("&Versions:"), buddy=self.versions))
        layout.addWidget(self.versions, 2)
        layout.addWidget(QLabel(self.tr("&Licences:"), buddy=self.licences))
        layout.addWidget(self.licences, 3)
        layout.addLayout(row)
        self.resize(640, 600)


def shortcuts_html(actions) -> str:
    """The Help > Keyboard shortcuts table, from the main window's ACTIONS (labels translated)."""
    rows = [
        (
            QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText),
            QCoreApplication.translate("MainWindow", label).replace("&", ""),
        )
        for _m, label, s, _h in actions
        if s
    ]
    rows += [
        ("Enter", QCoreApplication.translate("Shortcuts", "Save the note being typed")),
        ("Shift+Enter", QCoreApplication.translate("Shortcuts", "New line in a note")),
        (
            QCoreApplication.translate("Shortcuts", "Alt+letter"),
            QCoreApplication.translate("Shortcuts", "Open a menu (the underlined letter)"),
        ),
        ("Tab / Shift+Tab", QCoreApplication.translate("Shortcuts", "Next / previous control")),
    ]
    return (
        "<table cellpadding=3>"
        + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        + "</table>"
    )


def show_shortcuts(parent, actions) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"),
        shortcuts_html(actions),
    )

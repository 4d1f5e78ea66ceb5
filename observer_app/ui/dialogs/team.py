"""Notes > team bundles and sync: file dialogs and messages around ``services.bundles``.

Nothing here reaches into the window: ``parent`` is only the dialogs' parent, the notes list
reloads on the controller's ``notes_changed``, the status line is ``core.message``, and the
sync itself is the controller's job."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from observer_app.core import message

if TYPE_CHECKING:
    from observer_app.services.sync import SyncReport
    from observer_app.ui.controller import Controller


def _errors():
    from observer_app.core.bundle import BundleError
    from observer_app.services.sync import SyncError

    return (BundleError, SyncError)


def export_bundle(parent: QWidget, controller: Controller, path: str | None = None) -> int | None:
    from observer_app.services import bundles

    profile, conference = controller.profile, controller.conference
    if path is None:
        default = str(
            Path.home()
            / f"notes-{profile.settings.get('author.name') or 'me'}-{conference.id}.json"
        )
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Team", "Export a team bundle"),
            default,
            QCoreApplication.translate("Team", "Notes bundles (*.json)"),
        )
        if not path:
            return None
    try:
        count = bundles.export_bundle(profile, conference.id, path)
    except _errors() as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("Team", "Export failed"), str(exc))
        return None
    message.info(
        QCoreApplication.translate("Team", "Exported %n note(s) to {path}", None, count).format(
            path=path
        )
    )
    return count


def import_bundle(parent: QWidget, controller: Controller, path: str | None = None):
    from observer_app.services import bundles

    profile, conference = controller.profile, controller.conference
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Team", "Import a teammate's bundle"),
            "",
            QCoreApplication.translate("Team", "Notes bundles (*.json)"),
        )
        if not path:
            return None
    try:
        report = bundles.import_bundle(profile, conference.id, path)
    except _errors() as exc:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Team", "Import failed"),
            f"{exc}\n\n" + QCoreApplication.translate("Team", "Nothing was changed."),
        )
        return None
    controller.notes_changed.emit()
    QMessageBox.information(
        parent, QCoreApplication.translate("Team", "Bundle imported"), str(report)
    )
    return report


def sync(controller: Controller) -> None:
    """Sync with the team folder: the controller's job (off the GUI thread, on its own
    connection); its end is announced by ``sync_summary`` and ``announce_conflicts``."""
    controller.sync()


def announce_conflicts(parent: QWidget, report: SyncReport) -> None:
    """After a sync: conflicts are rare, and worth a look (both versions are in the list)."""
    conflicts = report.total.conflicts
    if conflicts:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Team", "Conflicting edits"),
            QCoreApplication.translate(
                "Team",
                "%n note(s) were edited by you and a teammate at the same time. Both "
                "versions are kept: the note's author's version stays the note, the other "
                "is marked “⚠ conflicting edit” with who made it and when.",
                None,
                conflicts,
            ),
        )

"""Notes > team bundles and sync: file dialogs and messages around ``services.bundles``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from observer_app.core.model import Conference
from observer_app.services.context import Profile

if TYPE_CHECKING:
    from observer_app.ui.main_window import MainWindow


def _errors():
    from observer_app.core.bundle import BundleError
    from observer_app.services.sync import SyncError

    return (BundleError, SyncError)


def export_bundle(
    parent: MainWindow, profile: Profile, conference: Conference, path: str | None = None
) -> int | None:
    from observer_app.services import bundles

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
    parent.statusBar().showMessage(
        QCoreApplication.translate("Team", "Exported %n note(s) to {path}", None, count).format(
            path=path
        ),
        10000,
    )
    return count


def import_bundle(
    parent: MainWindow, profile: Profile, conference: Conference, path: str | None = None
):
    from observer_app.services import bundles

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
    parent.notes.refresh_choices()
    parent.notes.reload()
    QMessageBox.information(
        parent, QCoreApplication.translate("Team", "Bundle imported"), str(report)
    )
    return report


def sync(parent: MainWindow, profile: Profile, conference: Conference) -> None:
    """Sync off the GUI thread (the network can be slow) on its own database connection; the
    notes list picks the merged notes up by itself (it watches the database)."""
    from observer_app.services import sync as team_sync
    from observer_app.services.context import open_profile
    from observer_app.ui.jobs import run_task

    paths, conference_id = profile.paths, conference.id

    def work():
        own = open_profile(paths, secondary=True)
        try:
            return team_sync.sync(own, conference_id)
        finally:
            own.close()

    def done(report) -> None:
        parent.notes.reload()
        parent.statusBar().showMessage(sync_summary(report), 15000)
        conflicts = report.total.conflicts
        if conflicts:  # rare, and worth a look: both versions are in the list, one marked
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

    def failed(exc: Exception) -> None:
        parent.statusBar().clearMessage()
        QMessageBox.warning(parent, QCoreApplication.translate("Team", "Sync failed"), str(exc))

    parent.statusBar().showMessage(
        QCoreApplication.translate("Team", "Syncing with the team folder…")
    )
    run_task(work, done, failed)


def sync_summary(report) -> str:
    """One status line: what all the teammates' files did together ("1 added, 1 updated, 1
    conflict"), or that nothing changed."""
    total = report.total
    if not report.imported and not report.uploaded:
        return QCoreApplication.translate("Team", "Synced with the team folder: nothing new.")
    return QCoreApplication.translate(
        "Team",
        "Synced with the team folder: {added} added, {updated} updated, {deleted} deleted, "
        "{conflicts} conflict(s).",
    ).format(
        added=total.added,
        updated=total.updated,
        deleted=total.deleted,
        conflicts=total.conflicts,
    )

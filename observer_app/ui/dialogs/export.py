"""File > Export feedback: choose a file, write the report through ``services.export``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from observer_app.core.model import Conference
from observer_app.services import export
from observer_app.services.context import Profile


def export_feedback(parent: QWidget, profile: Profile, conference: Conference, path: str | None = None) -> Path | None:
    """Ask where (unless ``path`` is given), write Markdown, tell the observer what happened."""
    if path is None:
        default = str(Path.home() / f"feedback-{conference.id}.md")
        path, _ = QFileDialog.getSaveFileName(parent, "Export feedback", default, "Markdown (*.md)")
        if not path:
            return None
    try:
        report = export.export_report(profile, conference, "md", Path(path))
    except export.ExportError as exc:
        QMessageBox.critical(parent, "Export failed", f"{exc}\n\nYour notes are safe in Observer.")
        return None
    if not profile.settings.get("author.name"):
        hint = "\n\nTip: set your name and organisation in File > Settings so they appear in the report."
    else:
        hint = ""
    parent.statusBar().showMessage(f"Exported {report.note_count} notes to {path}", 10000)  # type: ignore[attr-defined]
    if hint:
        QMessageBox.information(parent, "Feedback exported", f"Exported {report.note_count} notes to {path}.{hint}")
    return Path(path)

"""Edit a saved note: text and quick fields (the stamp stays: it is when it was said)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from observer_app.core.model import Note
from observer_app.ui.widgets.note_composer import NoteComposer


class NoteEditDialog(QDialog):
    def __init__(
        self, note: Note, speakers: list[str], agenda: list[str], tags: list[str], parent=None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit note"))
        self.note = note
        self.composer = NoteComposer(self)
        self.composer.stamp_label.setText(
            self.tr("Edit the text and fields; Enter or OK saves, Shift+Enter: new line.")
        )
        self.composer.set_text_silently(note.text)
        self.composer.set_fields(
            {
                "speaker": note.speaker,
                "agenda_item": note.agenda_item,
                "stance": note.stance,
                "tags": note.tags,
                "for_feedback": note.for_feedback,
            }
        )
        self.composer.set_completions(speakers, agenda, tags)
        self.composer.carried.hide()  # (about the next note of the window, not this one)
        self.composer.commit_requested.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.composer)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def edited_note(self) -> Note | None:
        """The note as edited, or None if nothing changed or the text was emptied."""
        text = self.composer.text().strip()
        if not text:
            return None
        edited = self.note.edited(text=text, **self.composer.fields())
        return edited if edited.content_key() != self.note.content_key() else None

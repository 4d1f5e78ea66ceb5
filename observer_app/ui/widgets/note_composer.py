"""Where a note is typed: the text, and quick fields (speaker, agenda item, stance, tags,
for feedback or private) with completion. The stamp is taken at the first keystroke."""

from __future__ import annotations

import logging

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from observer_app.core.model import STANCES
from observer_app.ui import a11y, labels


class NoteEditor(QPlainTextEdit):
    """Enter commits, Shift+Enter breaks the line; the first character asks for a stamp."""

    commit_requested = Signal()
    first_keystroke = Signal()
    focus_lost = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commit_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.insertPlainText("\n")
            return
        if event.text() and event.text().isprintable() and not self.toPlainText():
            self.first_keystroke.emit()  # stamp before the character lands
        super().keyPressEvent(event)

    def inputMethodEvent(self, event) -> None:
        # Chinese, Japanese, Arabic... input methods never send key presses with text.
        if event.commitString() and not self.toPlainText():
            self.first_keystroke.emit()
        super().inputMethodEvent(event)

    def insertFromMimeData(self, source) -> None:
        if not self.toPlainText():
            self.first_keystroke.emit()  # a paste starts a note too
        super().insertFromMimeData(source)

    def focusOutEvent(self, event) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)


class _EnterCommits(QLineEdit):
    """Enter in a quick field saves the note too (the hands stay on the keyboard).

    The one exception: a completion list the user opened by typing, where Enter takes the
    highlighted choice (the next Enter saves). A list is never open on an empty field:
    clearing a field must not offer "everything", which then swallowed Enter.
    """

    commit_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.textChanged.connect(self._close_list_if_empty)

    def _popup(self):
        return self.completer().popup() if self.completer() else None

    def completion_open(self) -> bool:
        popup = self._popup()
        return bool(popup is not None and popup.isVisible() and self.text().strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.completion_open():
                super().keyPressEvent(event)  # (the completer usually takes it before us)
                return
            self._close_list()
            self.commit_requested.emit()
            return
        super().keyPressEvent(event)
        self._close_list_if_empty()

    def _close_list(self) -> None:
        popup = self._popup()
        if popup is not None and popup.isVisible():
            popup.hide()

    def _close_list_if_empty(self, *_args) -> None:
        if not self.text().strip():
            self._close_list()
            # The completer may show its list after this signal: check again once it has.
            QTimer.singleShot(0, self._close_list_if_still_empty)

    def _close_list_if_still_empty(self) -> None:
        if not self.text().strip():
            self._close_list()


def _completer(parent) -> tuple[QCompleter, QStringListModel]:
    model = QStringListModel(parent)
    completer = QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer, model


class NoteComposer(QWidget):
    commit_requested = Signal()
    first_keystroke = Signal()
    changed = Signal()
    focus_lost = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stamp_label = QLabel(
            self.tr("Type to start a note (Ctrl+N). Enter saves, Shift+Enter: new line.")
        )
        self.stamp_label.setAccessibleName(self.tr("Note stamp"))
        self.stamp_label.setWordWrap(True)
        self.editor = NoteEditor()
        self.editor.setAccessibleName(self.tr("Note editor"))
        self.editor.setPlaceholderText(
            #: Keep the example symbols DT/33 and 67(Rev.1) exactly: notes are searched for these
            #: forms. Cite: refer to a document.
            self.tr("What was said? Cite documents like DT/33 or 67(Rev.1).")
        )
        self.editor.setMaximumHeight(80)
        self.editor.setTabChangesFocus(True)

        self.speaker = _EnterCommits()
        self.speaker.setPlaceholderText(self.tr("Speaker / delegation"))
        self.speaker.setAccessibleName(self.tr("Speaker"))
        self.speaker_completer, self.speaker_model = _completer(self)
        self.speaker.setCompleter(self.speaker_completer)
        self.agenda = _EnterCommits()
        self.agenda.setPlaceholderText(self.tr("Agenda item / document"))
        self.agenda.setAccessibleName(self.tr("Agenda item"))
        self.agenda_completer, self.agenda_model = _completer(self)
        self.agenda.setCompleter(self.agenda_completer)
        self.stance = QComboBox()
        self.stance.setAccessibleName(self.tr("Stance"))
        self.stance.addItem(self.tr("No stance"), "")
        for stance in STANCES:
            self.stance.addItem(labels.stance(stance), stance)
        self.tags = _EnterCommits()
        self.tags.setPlaceholderText(self.tr("tags, comma-separated"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags_completer, self.tags_model = _completer(self)
        self.tags.setCompleter(self.tags_completer)
        self.for_feedback = QCheckBox(self.tr("For feedback"))
        self.for_feedback.setChecked(True)
        self.for_feedback.setAccessibleName(self.tr("For feedback"))
        self.for_feedback.setToolTip(
            self.tr("Unticked: a private note that never leaves this machine unless you say so")
        )

        # What the next note will be filed under, in plain sight (it carries over from the last).
        self.carried = QLabel()
        self.carried.setAccessibleName(self.tr("Filed under"))
        self.carried.setWordWrap(False)
        self.carried.setTextFormat(Qt.TextFormat.PlainText)
        self.carried.setMinimumHeight(self.carried.fontMetrics().height())

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.speaker, 0, 0)
        grid.addWidget(self.agenda, 0, 1)
        stance_row = QHBoxLayout()  # heard as "Stance: No stance", not "No stance" alone
        stance_row.addWidget(a11y.buddy_label(self.tr("Stance:"), self.stance))
        stance_row.addWidget(self.stance, 1)
        grid.addLayout(stance_row, 0, 2)
        grid.addWidget(self.tags, 1, 0, 1, 2)
        grid.addWidget(self.for_feedback, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)  # tighter than the style's 6: the notes list below keeps its rows
        layout.addWidget(self.stamp_label)
        layout.addWidget(self.editor)
        layout.addLayout(grid)
        layout.addWidget(self.carried)

        self.editor.first_keystroke.connect(self.first_keystroke)
        self.editor.commit_requested.connect(self.commit_requested)
        self.editor.focus_lost.connect(self.focus_lost)
        self.editor.textChanged.connect(self.changed)
        for field in (self.speaker, self.agenda, self.tags):
            field.commit_requested.connect(self.commit_requested)
            field.textEdited.connect(lambda _t: self.changed.emit())
        for field in (self.speaker, self.agenda):
            field.textChanged.connect(self._show_carried)
        self.stance.activated.connect(lambda _i: self.changed.emit())
        self.for_feedback.toggled.connect(lambda _b: self.changed.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the stance list or the "for feedback" box (which ignore it) saves too."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commit_requested.emit()
            return
        super().keyPressEvent(event)

    # -- values ----------------------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def fields(self) -> dict:
        tags = tuple(dict.fromkeys(t.strip() for t in self.tags.text().split(",") if t.strip()))
        return {
            "speaker": self.speaker.text().strip(),
            "agenda_item": self.agenda.text().strip(),
            "stance": self.stance.currentData() or "",
            "tags": tags,
            "for_feedback": self.for_feedback.isChecked(),
        }

    def set_fields(self, fields: dict) -> None:
        self.speaker.setText(fields.get("speaker", ""))
        self.agenda.setText(fields.get("agenda_item", ""))
        self.stance.setCurrentIndex(max(0, self.stance.findData(fields.get("stance", ""))))
        self.tags.setText(", ".join(fields.get("tags", ())))
        self.for_feedback.setChecked(bool(fields.get("for_feedback", True)))

    def set_text_silently(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)

    def clear_after_commit(self) -> None:
        """Ready for the next note: the agenda item usually stays, who speaks and how changes."""
        self.set_text_silently("")
        self.speaker.clear()
        self.stance.setCurrentIndex(0)
        self.tags.clear()
        self.for_feedback.setChecked(True)

    def clear_carried(self) -> None:
        """Ctrl+K: the next note is filed under no speaker and no agenda item."""
        self.speaker.clear()
        self.agenda.clear()
        self.changed.emit()

    def _show_carried(self) -> None:
        parts = []
        if self.speaker.text().strip():
            parts.append(self.tr("speaker {speaker}").format(speaker=self.speaker.text().strip()))
        if self.agenda.text().strip():
            parts.append(self.tr("agenda item {item}").format(item=self.agenda.text().strip()))
        self.carried.setText(
            self.tr("Filed under: {fields}  (Ctrl+K clears)").format(fields=" · ".join(parts))
            if parts
            else ""
        )

    def set_completions(self, speakers: list[str], agenda: list[str], tags: list[str]) -> None:
        self.speaker_model.setStringList(speakers)
        self.agenda_model.setStringList(agenda)
        self.tags_model.setStringList(tags)

    def toggle_private(self) -> None:
        self.for_feedback.toggle()

    def quote(self, words: str, span: str, speaker: str = "") -> None:
        """Put a transcript quote in the note: “words” (0:12:03–0:12:09); propose its speaker.

        An empty note is started first (``first_keystroke``), so it gets its stamp as if typed."""
        if not self.editor.toPlainText():
            self.first_keystroke.emit()
        text = self.editor.toPlainText()
        gap = " " if text and not text.endswith((" ", "\n")) else ""
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.editor.insertPlainText(f"{gap}“{words}” ({span}) ")
        if speaker and not self.speaker.text():
            self.speaker.setText(speaker)
        self.editor.setFocus()


def load_speakers() -> list[str]:
    """Delegations and roles shipped in resources/lists/speakers.json (completion for notes)."""
    import json

    from observer_app.runtime import paths as app_paths

    try:
        data = json.loads(
            (app_paths.resources_dir() / "lists" / "speakers.json").read_text(encoding="utf-8")
        )
        return [str(s) for s in data.get("speakers", [])]
    except (OSError, ValueError) as exc:
        logging.getLogger("observer.ui").warning("no speaker list: %s", exc)
        return []

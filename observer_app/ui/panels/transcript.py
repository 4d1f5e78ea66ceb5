"""The transcript panel: what is said, line by line, with conference time and video time.

Growing live while a transcription runs (``ui/transcribing.LiveTranscript``). A click on a line
asks the player to go to that second (``seek_requested``); words selected in the reader below
go into the note being written as a quote with their time span (``quote_requested``, which the
window connects to ``NoteComposer.quote``). Speech is decoded on this computer only, and the
panel says so.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer_app.core import clock
from observer_app.core.transcript import AUTOMATIC, CAPTIONS, TranscriptLine
from observer_app.ui.models.transcript import TranscriptModel


def span_text(line: TranscriptLine) -> str:
    """The time span a quote carries and where its words came from (reports say it):
    "0:12:03–0:12:09, automatic" (``core.transcript.QUOTE``)."""
    span = f"{clock.format_position(line.start_ms)}–{clock.format_position(line.end_ms)}"
    return f"{span}, {line.source}" if line.source in (CAPTIONS, AUTOMATIC) else span


class TranscriptPanel(QWidget):
    # Go to this media position (ms): replay a recording, or seek in a live window.
    seek_requested = Signal(int)
    # (quoted words, time span, speaker) for the note being written.
    quote_requested = Signal(str, str, str)
    # The transcribe button: True to start, False to stop.
    transcribe_toggled = Signal(bool)
    # The panel became visible (the dock then says again where the transcript goes).
    shown = Signal()

    def __init__(self, tz: tzinfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("transcript_panel")
        self.model = TranscriptModel(tz, self)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.set_team_folder(None)
        self.status = QLabel(self.tr("Not transcribing."))
        self.status.setAccessibleName(self.tr("Transcript status"))
        self.toggle = QPushButton(self.tr("Transcribe"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Transcribe what is playing"))
        self.toggle.toggled.connect(self._toggled)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Transcript lines"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._line_clicked)
        self.view.activated.connect(self._line_clicked)

        self.reader = QPlainTextEdit()
        self.reader.setReadOnly(True)
        self.reader.setMaximumHeight(70)
        self.reader.setAccessibleName(self.tr("Line to quote"))
        self.reader.setPlaceholderText(
            self.tr("Click a line, select words here, then Quote in note.")
        )
        self.quote = QPushButton(self.tr("Quote in note"))
        self.quote.setAccessibleName(self.tr("Quote the selected words in the note"))
        self.quote.setEnabled(False)
        self.quote.clicked.connect(self.quote_selection)

        # For those who cannot hear: the last lines in large type under the video.
        self.live_captions = QCheckBox(self.tr("Captions under the video"))
        self.live_captions.setAccessibleName(self.tr("Show live captions under the video"))
        self.live_captions.setToolTip(
            self.tr("Larger: Ctrl+Shift++, smaller: Ctrl+Shift+- (or the setting)")
        )

        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.live_captions)
        top.addWidget(self.toggle)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reader, 1)
        bottom.addWidget(self.quote, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.privacy)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self._current: TranscriptLine | None = None
        self._followed: int | None = None

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.shown.emit()

    # -- lines ------------------------------------------------------------------------------
    def set_lines(self, lines: list[TranscriptLine]) -> None:
        self.model.set_lines(lines)

    @Slot(object)
    def add_line(self, line: TranscriptLine) -> None:
        """A new line: appended, and followed when the view was at the end."""
        bar = self.view.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 2
        self.model.append(line)
        if at_end:
            self.view.scrollToBottom()

    def follow(self, position_ms: int) -> None:
        """Follow-along while replaying: mark the line being said at ``position_ms`` (without
        seeking, and without moving the view while the observer reads elsewhere)."""
        row = self.model.row_at(position_ms)
        if row is None or row == self._followed:
            return
        self._followed = row
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows,
        )
        if not self.view.underMouse():
            self.view.scrollTo(index)

    def show_line(self, line: TranscriptLine) -> None:
        """Select ``line`` (already among the lines shown), scroll to it and put it in the reader
        for quoting, without asking the player to seek (the caller decides)."""
        for row in range(self.model.rowCount()):
            shown = self.model.line_at(row)
            if shown is not None and shown.start_ms == line.start_ms and shown.text == line.text:
                index = self.model.index(row, 0)
                self.view.selectRow(row)
                self.view.scrollTo(index)
                self._current = shown
                self.reader.setPlainText(shown.text)
                self.quote.setEnabled(True)
                return

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_team_folder(self, host: str | None) -> None:
        """Say where the transcript goes: the profile only, or also the team folder on ``host``
        at each sync (a team folder is set up)."""
        if host:
            text = self.tr(
                "Speech is turned into text on this computer; nothing is sent while you "
                "transcribe. The transcript is kept in your profile and goes to your team "
                "folder ({host}) each time you sync with your team."
            ).format(host=host)
        else:
            text = self.tr(
                "Nothing leaves this machine: speech is turned into text on this computer, "
                "and the transcript stays in your profile (no team folder is set up; a team "
                "bundle you export carries it)."
            )
        self.privacy.setText(text)

    @Slot()
    def _toggled(self, on: bool) -> None:
        self.toggle.setText(self.tr("Stop transcribing") if on else self.tr("Transcribe"))
        self.status.setText(self.tr("Loading the model…") if on else self.tr("Not transcribing."))
        self.transcribe_toggled.emit(on)

    @Slot()
    def _line_clicked(self, index) -> None:
        line = self.model.line_at(index.row())
        if line is None:
            return
        self._current = line
        self.reader.setPlainText(line.text)
        self.quote.setEnabled(True)
        self.seek_requested.emit(line.start_ms)

    # -- quoting ----------------------------------------------------------------------------
    @Slot()
    def quote_selection(self) -> None:
        """The selected words (or the whole line) with the line's time span and speaker."""
        line = self._current
        if line is None:
            return
        words = self.reader.textCursor().selectedText().strip() or line.text
        self.quote_requested.emit(" ".join(words.split()), span_text(line), line.speaker)

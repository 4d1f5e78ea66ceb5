"""File > Open conference: paths or URLs (one per line, combined), or a recent conference.

Observers get a playlist from one place, a calendar from another, a document feed from a
third, and most often only the conference's web pages (their document tables, webcast and
linked schedules are read: ``core/feeds/webpage.py``): this dialog takes them together. Recent
conferences are remembered (newest first).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

FILE_TYPES = QT_TRANSLATE_NOOP(
    "OpenConferenceDialog",
    "Conference sources (*.json *.m3u *.m3u8 *.xml *.xmltv *.ics *.rss *.atom *.html *.htm)"
    ";;All files (*)",
)


def _label(source: str) -> str:
    lines = source.splitlines()
    more = (
        "  "
        + QCoreApplication.translate("OpenConferenceDialog", "(+%n more)", None, len(lines) - 1)
        if len(lines) > 1
        else ""
    )
    return lines[0] + more


class OpenConferenceDialog(QDialog):
    def __init__(self, recent_sources: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open conference"))
        self.recent_sources = recent_sources
        self.sources = QPlainTextEdit()
        self.sources.setAccessibleName(self.tr("Sources, one per line"))
        self.sources.setPlaceholderText(
            "https://www.itu.int/pp26/en/webcast.html\n"
            "https://example.org/pp26/channels.m3u\n/home/me/pp26-schedule.ics\n"
            "https://indico.example.org/export/event/12.json?detail=sessions"
        )
        self.sources.setTabChangesFocus(True)
        browse = QPushButton(self.tr("&Add files…"))
        browse.clicked.connect(self._browse)
        self.recent_view = QListView()
        self.recent_view.setAccessibleName(self.tr("Recent conferences"))
        self.recent_view.setModel(QStringListModel([_label(s) for s in recent_sources], self))
        self.recent_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.recent_view.activated.connect(self._use_recent)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Paths or addresses of the conference's sources, <b>one per line</b>: the "
                "conference's <b>web pages</b> (their document tables, webcast and linked "
                "schedules are read), an Observer feed or profile, M3U playlists, XMLTV guides, "
                "iCalendar schedules, Indico or pretalx exports, RSS/Atom document feeds. They "
                "are combined into one conference."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.sources, 2)
        layout.addWidget(browse, 0, Qt.AlignmentFlag.AlignLeft)
        recent_label = QLabel(self.tr("&Recent (double-click or Enter to open):"))
        recent_label.setBuddy(self.recent_view)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent_view, 1)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def chosen(self) -> str:
        return "\n".join(
            line.strip() for line in self.sources.toPlainText().splitlines() if line.strip()
        )

    def _browse(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add conference sources"),
            "",
            QCoreApplication.translate("OpenConferenceDialog", str(FILE_TYPES)),
        )
        if paths:
            current = self.chosen()
            self.sources.setPlainText("\n".join(([current] if current else []) + paths))

    def _use_recent(self, index) -> None:
        self.sources.setPlainText(self.recent_sources[index.row()])
        self.accept()

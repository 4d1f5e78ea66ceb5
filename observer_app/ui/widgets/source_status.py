"""How the conference's sources are, in the status bar: nothing while all is well, a warning
button when a source failed, fell back to its last good copy, or said something the observer
should read. The status bar's own messages vanish after seconds and show one line: a trial user
never saw that two of four sources were broken, nor that refreshes kept failing."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class SourceStatus(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.messages: list[str] = []
        self.headline = ""
        self.setAccessibleName(self.tr("Messages about the sources"))
        self.clicked.connect(self.show_details)
        self.hide()

    def set_messages(self, messages: list[str], headline: str = "") -> None:
        """What the sources said at the last open or refresh (empty: all is well, hide)."""
        self.messages, self.headline = list(messages), headline
        if not self.messages and not headline:
            self.hide()
            return
        text = headline or self.tr("%n message(s) about the sources", "", len(self.messages))
        self.setText("⚠ " + text)
        self.setAccessibleName(text)
        self.setToolTip(
            (self.messages[0] + "\n\n" if self.messages else "")
            + self.tr("Click for every message.")
        )
        self.show()

    def show_details(self) -> None:
        dialog = QDialog(self.window())
        dialog.setWindowTitle(self.tr("Conference sources"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        if self.headline:
            head = QLabel(self.headline)
            head.setWordWrap(True)
            layout.addWidget(head)
        view = QListView()
        view.setAccessibleName(self.tr("Messages about the sources"))
        view.setModel(QStringListModel(self.messages, view))
        view.setWordWrap(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMinimumSize(560, 220)
        layout.addWidget(view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(
            lambda: QApplication.clipboard().setText(
                "\n".join(([self.headline] if self.headline else []) + self.messages)
            )
        )
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.open()
        self.dialog = dialog  # for tests

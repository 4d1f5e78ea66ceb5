"""File > Sent and outbox: what went where, when, and the receiver's answer; what waits."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout

from observer_app.services.context import Profile
from observer_app.ui.models.base import ColumnsModel

COLUMNS = ("State", "Channel", "To", "Subject", "When", "Attempts", "Answer or last error")


class OutboxModel(ColumnsModel):
    COLUMNS = COLUMNS

    def __init__(self, profile: Profile, parent=None):
        super().__init__(parent)
        self.profile = profile
        self.items = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        outbox = self.profile.outbox
        self.items = outbox.list_pending() + outbox.list_failed() + outbox.list_sent()
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        when = item.sent_utc if item.sent_utc else item.next_attempt_utc
        local = f"{when.astimezone():%Y-%m-%d %H:%M}" if when else ""
        return (item.state, item.channel, item.destination, item.subject,
                ("sent " if item.sent_utc else "next try ") + local if item.state != "failed" else local,
                str(item.attempts), item.receiver_answer or item.last_error)[index.column()]


class OutboxDialog(QDialog):
    def __init__(self, profile: Profile, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Sent and outbox")
        self.model = OutboxModel(profile, self)
        self.view = QTableView()
        self.view.setAccessibleName("Sent and waiting reports")
        self.view.setTabKeyNavigation(False)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        retry = QPushButton("Retry now")
        retry.setAccessibleName("Retry the selected report now")
        close = QPushButton("Close")
        retry.clicked.connect(self.retry_selected)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(retry)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.resize(900, 360)
        self.profile = profile

    def retry_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            item = self.model.items[index.row()]
            if item.state in ("pending", "failed"):
                self.profile.outbox.retry_now(item.id, datetime.now(timezone.utc))
                self.model.refresh()

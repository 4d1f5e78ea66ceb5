"""File > Sent and outbox: what went where, when, and the receiver's answer; what waits."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from observer_app.services.context import Profile
from observer_app.store.outbox import OutboxItem, OutboxState
from observer_app.ui.models.base import ColumnsModel

COLUMNS = (
    QT_TRANSLATE_NOOP("OutboxDialog", "State"),
    #: Column header: how a report is sent, e-mail or HTTPS platform (not an audio channel).
    QT_TRANSLATE_NOOP("OutboxDialog", "Channel"),
    #: Column header: the recipient of a report.
    QT_TRANSLATE_NOOP("OutboxDialog", "To"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Subject"),
    QT_TRANSLATE_NOOP("OutboxDialog", "When"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Attempts"),
    QT_TRANSLATE_NOOP("OutboxDialog", "Answer or last error"),
)
STATES = {
    "pending": QT_TRANSLATE_NOOP("OutboxDialog", "pending"),
    "sent": QT_TRANSLATE_NOOP("OutboxDialog", "sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxDialog", "needs your attention"),
}


class OutboxModel(ColumnsModel):
    COLUMNS = COLUMNS
    CONTEXT = "OutboxDialog"

    def __init__(self, profile: Profile, parent=None):
        super().__init__(parent)
        self.profile = profile
        self.items: list[OutboxItem] = []
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
        when_text = local
        if item.state is not OutboxState.FAILED:
            when_text = (
                QCoreApplication.translate("OutboxDialog", "sent {when}")
                if item.sent_utc
                else QCoreApplication.translate("OutboxDialog", "next try {when}")
            ).format(when=local)
        state = (
            QCoreApplication.translate("OutboxDialog", STATES[item.state])
            if item.state in STATES
            else item.state
        )
        return (
            state,
            item.channel,
            item.destination,
            item.subject,
            when_text,
            str(item.attempts),
            item.receiver_answer or item.last_error,
        )[index.column()]


class OutboxDialog(QDialog):
    def __init__(self, profile: Profile, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sent and outbox"))
        self.model = OutboxModel(profile, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Sent and waiting reports"))
        self.view.setTabKeyNavigation(False)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        retry = QPushButton(self.tr("Retry now"))
        retry.setAccessibleName(self.tr("Retry the selected report now"))
        close = QPushButton(self.tr("Close"))
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
            if item.state in (OutboxState.PENDING, OutboxState.FAILED):
                self.profile.outbox.retry_now(item.id, datetime.now(UTC))
                self.model.refresh()

"""Download the conference's documents (all, or one body's) with progress, cancellable.

The work runs on a worker thread with its own database connection (a secondary profile open:
SQLite connections stay in their thread); progress comes back as a queued Qt signal.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from observer_app.core.model import Conference
from observer_app.runtime.paths import AppPaths
from observer_app.ui import a11y, icons
from observer_app.ui.jobs import run_task
from observer_app.ui.models.choices import choice_combo, refill
from observer_app.ui.widgets.elided_label import ElidedLabel

if TYPE_CHECKING:  # imported when a download starts, not with the window
    from observer_app.services.documents import FetchProgress, FetchSummary


class DownloadBar(QWidget):
    # A FetchProgress, from the worker thread (queued to the GUI thread by Qt).
    progress = Signal(object)
    # The FetchSummary once done (or None after an unexpected error).
    finished = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths: AppPaths | None = None  # the profile's, where the library lives (set_profile)
        self.languages: tuple[str, ...] = ("en",)
        self.conference: Conference | None = None
        self._cancel: threading.Event | None = None
        self.scope = choice_combo(self.tr("Documents to download"), self.tr("All documents"))
        self.start = QPushButton(self.tr("Download"))
        icons.set_icon(self.start, "download")
        self.start.setAccessibleName(self.tr("Download the documents for offline reading"))
        self.start.setToolTip(
            self.tr("Download the documents for offline reading (and index their text for search)")
        )
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel the download"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.status = ElidedLabel("")  # one line whatever the message: nothing moves
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(a11y.buddy_label(self.tr("Get:"), self.scope))
        for widget in (self.scope, self.start, self.bar, self.cancel):
            layout.addWidget(widget)
        layout.addWidget(self.status, 1)
        self.start.clicked.connect(self.download)
        self.cancel.clicked.connect(self.stop)
        self.progress.connect(self._on_progress)
        self._idle()

    def set_conference(self, conference: Conference) -> None:
        self.conference = conference
        with_documents = {d.body_id for d in conference.documents}
        refill(
            self.scope,
            [
                (self.tr("{body} only").format(body=body.label), body.id)
                for body in conference.bodies
                if body.id in with_documents
            ],
        )

    def download(self) -> None:
        if self.conference is None or self.paths is None or self._cancel is not None:
            return
        from observer_app.services import documents
        from observer_app.services.context import open_profile

        conference, paths, body, languages = (
            self.conference,
            self.paths,
            self.scope.currentData(),
            self.languages,
        )
        cancel = self._cancel = threading.Event()

        def work() -> FetchSummary:
            profile = open_profile(paths, secondary=True)
            try:
                return documents.fetch_documents(
                    conference,
                    profile,
                    paths.cache / "documents",
                    documents.FetchScope(body, languages),
                    self.progress.emit,
                    cancel,
                )
            finally:
                profile.close()

        self.start.hide()
        self.cancel.show()
        self.bar.show()
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Starting…"))
        run_task(work, self._done, self._failed)

    @Slot()
    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))

    @Slot(object)
    def _on_progress(self, p: FetchProgress) -> None:
        self.bar.setRange(0, p.count)
        self.bar.setValue(p.index - 1)
        from observer_app.services.documents import FetchPhase  # (loaded: a fetch runs)

        downloading = p.phase == FetchPhase.DOWNLOAD
        size = f", {p.done_bytes // 1024} kB" if downloading and p.done_bytes else ""
        self.status.setText(
            f"{p.index}/{p.count} {p.symbol} ({p.language.upper()}): {p.phase}{size}"
        )

    def _done(self, summary: FetchSummary) -> None:
        counts = summary.counts()
        failed = summary.failed
        text = self.tr(
            "Fetched {fetched}, unchanged {unchanged}, on this computer {local}, failed {failed}"
        ).format(
            fetched=counts.get("fetched", 0),
            unchanged=counts.get("unchanged", 0),
            local=counts.get("local", 0),
            failed=len(failed),
        )
        if counts.get("cancelled"):
            text += self.tr(", cancelled {count}").format(count=counts["cancelled"])
        if failed:
            text += ": " + "; ".join(
                f"{f.symbol} ({f.language.upper()}): {f.reason}" for f in failed[:3]
            )
        self._idle(text)
        self.finished.emit(summary)

    def _failed(self, exc: Exception) -> None:
        self._idle(self.tr("Download stopped: {error}").format(error=exc))
        self.finished.emit(None)

    def _idle(self, message: str = "") -> None:
        self._cancel = None
        self.start.show()
        self.cancel.hide()
        self.bar.hide()
        self.status.setText(message)

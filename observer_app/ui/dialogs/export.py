"""File > Export feedback: the report builder. Choose the notes, say who you are, give a title
and an introduction, look at the live preview, then save it in any format or send it.

Nothing here that grows with the notes runs on the GUI thread (issue 15: the preview froze the
window 12 s at 10,000 notes). The report is read and rendered on a worker with a connection of
its own, the latest choices winning; the preview shows it a page of ``PREVIEW_NOTES`` notes at a
time (a QTextBrowser lays out HTML in quadratic time), and only that page's notes are read and
built (``export.report_page``), so any size report opens at once; saving runs on a worker too, its stage
shown under the preview, the window usable meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from observer_app.core import message
from observer_app.core.model import STANCES, Conference
from observer_app.core.notefilter import NoteFilter
from observer_app.core.report import Report
from observer_app.services import export
from observer_app.services.context import Profile, open_profile
from observer_app.store.outbox import Channel
from observer_app.ui import a11y, labels
from observer_app.ui.jobs import Job, Latest

# Notes per preview page: a page renders and lays out in a few milliseconds at any report size.
PREVIEW_NOTES = 100


def _combo(name: str, first: str, items) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(first, None)
    for label, value in items:
        combo.addItem(label, value)
    return combo


@dataclass(frozen=True)
class PreviewPage:
    """One page of the preview, built on a worker: it starts at note ``first`` (0-based) of
    ``report`` (its notes only, the count of all), rendered as the self-contained ``html``."""

    first: int
    report: Report
    html: str


def _page(conference: Conference, choices: export.ReportChoices, first: int):
    """The work of showing the preview page at note ``first``: only its notes are read and
    rendered (a 100,000-note report took 15 s to build before its first page showed)."""

    def build(own: Profile) -> PreviewPage:
        page = export.report_page(own, conference, first, PREVIEW_NOTES, choices=choices)
        return PreviewPage(first, page, export.render(page, "html"))

    return build


def _on_own_connection(profile: Profile, work):
    """``work(profile)`` on a worker thread, with a connection of its own to the same database."""
    paths = profile.paths

    def run():
        own = open_profile(paths, secondary=True)
        try:
            return work(own)
        finally:
            own.close()

    return run


class ReportDialog(QDialog):
    # A save finished: the path written, or None when it failed (the user was told why).
    saved = Signal(object)
    # A send finished: its ``send.SendResult``, or None when it could not start (told why).
    sent = Signal(object)
    # A preview page is shown (tests and benchmarks wait on it).
    preview_shown = Signal()

    def __init__(self, profile: Profile, conference: Conference, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export feedback"))
        self.profile, self.conference = profile, conference
        s = profile.settings
        self.since_briefing = QCheckBox(self.tr("Only notes since the last briefing"))
        self.since_briefing.setEnabled(profile.notes.last_briefing(conference.id) is not None)
        self.body = _combo(
            self.tr("Body"), self.tr("All bodies"), [(b.label, b.id) for b in conference.bodies]
        )
        self.session = _combo(
            #: One sitting of a body in the schedule (a meeting; zh 场次), not the whole conference.
            self.tr("Session"),
            self.tr("All sessions"),
            [
                (f"{_body_label(conference, x.body_id)}: {x.title}", x.id)
                for x in conference.sessions
            ],
        )
        # As wide as its longest session title: a clipped "Committee 5: Meeting 4: Resolution
        # 140 (WSIS) and..." cannot be told from Meeting 5 (the dialog widens instead).
        self.session.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.speaker = _combo(
            self.tr("Speaker"),
            self.tr("All speakers"),
            [(x, x) for x in profile.notes.speakers(conference.id)],
        )
        self.stance = _combo(
            self.tr("Stance"), self.tr("Any stance"), [(labels.stance(x), x) for x in STANCES]
        )
        self.tag = _combo(
            self.tr("Tag"), self.tr("Any tag"), [(x, x) for x in profile.notes.tags(conference.id)]
        )
        self.private = QCheckBox(self.tr("Include private notes"))
        self.author = QLineEdit(s.get("author.name"))
        self.organization = QLineEdit(s.get("author.organization"))
        self.contact = QLineEdit(s.get("author.contact"))
        self.title = QLineEdit(
            self.tr("Feedback on {conference}").format(
                conference=conference.short_name or conference.name
            )
        )
        self.intro = QPlainTextEdit()
        self.intro.setPlaceholderText(self.tr("A few sentences before the notes (optional)"))
        self.intro.setMaximumHeight(80)
        self.intro.setTabChangesFocus(
            True
        )  # Tab moves on (no keyboard trap); a tab character is not needed
        self.format = QComboBox()
        for f in export.FORMATS.values():
            self.format.addItem(labels.export_format(f.key, f.label), f.key)
        self.format.setAccessibleName(self.tr("File format"))
        form = QFormLayout()
        for label, widget in (
            (self.tr("Title"), self.title),
            (self.tr("Introduction"), self.intro),
            (self.tr("Author"), self.author),
            (self.tr("Organisation"), self.organization),
            (self.tr("Contact"), self.contact),
            (self.tr("Body"), self.body),
            (self.tr("Session"), self.session),
            (self.tr("Speaker"), self.speaker),
            (self.tr("Stance"), self.stance),
            (self.tr("Tag"), self.tag),
        ):
            widget.setAccessibleName(label)
            form.addRow(self.tr("{label}:").format(label=label), widget)
        form.addRow(self.since_briefing)
        form.addRow(self.private)
        left = QWidget()
        left.setLayout(form)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview.setOpenExternalLinks(False)
        self.preview.setTabChangesFocus(True)
        self.previous_page = QPushButton(self.tr("‹ Previous notes"))
        self.next_page = QPushButton(self.tr("Next notes ›"))
        self.page_label = QLabel()
        for button in (self.previous_page, self.next_page):
            button.setEnabled(False)  # until a report is shown
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: how long a render takes is not known in advance
        self.progress.setAccessibleName(self.tr("Saving the report"))
        self.progress.hide()
        self.status = QLabel()
        pages = QHBoxLayout()
        pages.addWidget(self.previous_page)
        pages.addWidget(self.page_label, 1)
        pages.addWidget(self.next_page)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(pages)
        right_layout.addWidget(self.progress)
        right_layout.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        # The choices as wide as they ask (whole session titles), the preview the rest.
        splitter.setSizes([max(380, left.sizeHint().width()), 520])

        self.save_button = QPushButton(self.tr("Save as…"))
        self.email_button = QPushButton(self.tr("Send by e-mail"))
        self.http_button = QPushButton(self.tr("Send to platform"))
        close = QPushButton(self.tr("Close"))
        for b, name in (
            (self.save_button, self.tr("Save the report")),
            (self.email_button, self.tr("Send by e-mail")),
            (self.http_button, self.tr("Send to the contribution platform")),
            (close, self.tr("Close")),
        ):
            b.setAccessibleName(name)
        buttons = QHBoxLayout()
        buttons.addWidget(QWidget())
        # A visible label: Orca hears the combo by it ("Format: PDF"), not by its item alone.
        buttons.addWidget(a11y.buddy_label(self.tr("Format:"), self.format))
        buttons.addWidget(self.format)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.email_button)
        buttons.addWidget(self.http_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._report: Report | None = None  # the page the preview shows (counts the whole)
        self._choices = export.ReportChoices()  # the choices it was built with
        self._first = 0  # its first note on the preview page
        self._preview_task = Latest(self._show_report, self._preview_failed)
        self._page_task = Latest(self._show_page, self._preview_failed)
        self._stage = ""  # what the save or send running on a worker is doing (its progress)
        self.previous_page.clicked.connect(lambda: self.go_to_note(self._first - PREVIEW_NOTES))
        self.next_page.clicked.connect(lambda: self.go_to_note(self._first + PREVIEW_NOTES))
        self.finished.connect(self._stop_previews)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        for line in (self.author, self.organization, self.contact, self.title):
            line.textChanged.connect(lambda _t: self._timer.start())
        self.intro.textChanged.connect(self._timer.start)
        for combo in (self.body, self.session, self.speaker, self.stance, self.tag):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        for box in (self.since_briefing, self.private):
            box.toggled.connect(lambda _b: self._timer.start())
        self.save_button.clicked.connect(lambda: self.save())
        self.email_button.clicked.connect(lambda: self.send(Channel.EMAIL))
        self.http_button.clicked.connect(lambda: self.send(Channel.HTTP))
        close.clicked.connect(self.accept)
        self.resize(max(980, left.sizeHint().width() + 560), 640)
        self.update_preview()

    # -- the report -----------------------------------------------------------------------------
    def selection(self) -> NoteFilter:
        last = self.profile.notes.last_briefing(self.conference.id)
        return NoteFilter(
            body_id=self.body.currentData(),
            session_id=self.session.currentData(),
            speaker=self.speaker.currentData(),
            stance=self.stance.currentData(),
            tag=self.tag.currentData(),
            since=last.utc if last and self.since_briefing.isChecked() else None,
        )

    def choices(self) -> export.ReportChoices:
        """What ``export.make_report`` needs besides the profile and the conference."""
        return export.ReportChoices(
            selection=self.selection(),
            title=self.title.text().strip(),
            introduction=self.intro.toPlainText().strip(),
            include_private=self.private.isChecked(),
        )

    def report(self):
        self._remember_author()
        return export.make_report(self.profile, self.conference, choices=self.choices())

    def _remember_author(self) -> None:
        for key, field in (
            ("author.name", self.author),
            ("author.organization", self.organization),
            ("author.contact", self.contact),
        ):
            if self.profile.settings.get(key) != field.text().strip():
                self.profile.settings.set(key, field.text().strip())

    def update_preview(self) -> None:
        """Read and render the report on a worker; the latest choices win."""
        self._remember_author()  # the worker reads the author from the settings
        conference, choices = self.conference, self.choices()

        self._choices = choices
        self.page_label.setText(self.tr("Updating the preview…"))
        self._preview_task.ask(_on_own_connection(self.profile, _page(conference, choices, 0)))

    def _show_report(self, page: PreviewPage) -> None:
        self._show_page(page)
        count = page.report.note_count
        self.setWindowTitle(
            QCoreApplication.translate("ReportDialog", "Export feedback — %n note(s)", None, count)
        )

    def go_to_note(self, first: int) -> None:
        """Show the preview page that starts at note ``first`` (rendered on a worker)."""
        report = self._report
        if report is None or not 0 <= first < max(report.note_count, 1):
            return
        conference, choices = self.conference, self._choices
        self._page_task.ask(_on_own_connection(self.profile, _page(conference, choices, first)))

    def _show_page(self, page: PreviewPage) -> None:
        self._first, self._report = page.first, page.report
        self.preview.setHtml(page.html)  # the self-contained HTML report, as sent, a page of it
        total = self._report.note_count if self._report else 0
        last = min(self._first + PREVIEW_NOTES, total)
        self.page_label.setText(
            self.tr("Notes {first}–{last} of {total}").format(
                first=self._first + 1 if total else 0, last=last, total=total
            )
        )
        self.previous_page.setEnabled(self._first > 0)
        self.next_page.setEnabled(last < total)
        self.preview_shown.emit()

    def _stop_previews(self) -> None:
        """The dialog is closing: a preview still being built will not be shown."""
        self._preview_task.cancel()
        self._page_task.cancel()

    def _preview_failed(self, exc: Exception) -> None:
        self.page_label.setText(self.tr("The preview cannot be shown: {error}").format(error=exc))

    # -- actions ----------------------------------------------------------------------------------
    def save(self, path: str | None = None) -> None:
        """Save the report in the chosen format on a worker; ``saved`` tells when it is done."""
        fmt = self.format.currentData()
        spec = export.FORMATS[fmt]
        if path is None:
            default = str(Path.home() / f"feedback-{self.conference.id}{spec.suffix}")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report"), default, f"{spec.label} (*{spec.suffix})"
            )
            if not path:
                return
        self._remember_author()
        target, conference, choices = Path(path), self.conference, self.choices()

        def write(stage: Callable[[str], None], own: Profile) -> int:
            stage("read")
            report = export.make_report(own, conference, choices=choices)
            stage("render")
            data = export.render_bytes(report, fmt)
            stage("write")
            export.write_atomically(target, data)
            return report.note_count

        self._run("save", write, lambda count: self._saved(target, count), self._save_failed)

    def _run(
        self,
        name: str,
        work: Callable[[Callable[[str], None], Profile], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """``work(stage, own)`` as a job, on a connection of its own; each ``stage(...)`` it
        reports shows in the status line as it happens (a Qt event, nothing polls)."""
        paths = self.profile.paths

        def on_own_connection(report: Callable[[str], None]) -> Any:
            own = open_profile(paths, secondary=True)
            try:
                return work(report, own)
            finally:
                own.close()

        job = Job(name, on_own_connection, self)
        job.progress.connect(self._set_stage)
        job.finished.connect(on_done)
        job.failed.connect(on_failed)
        for signal in (job.finished, job.failed):
            signal.connect(job.deleteLater)
        self._saving(True)
        job.start()

    def _saving(self, busy: bool) -> None:
        for button in (self.save_button, self.email_button, self.http_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self._set_stage("read" if busy else "")

    def _set_stage(self, stage: str) -> None:
        self._stage = stage
        self._show_stage()

    def _show_stage(self) -> None:
        spec = export.FORMATS[self.format.currentData()]
        label = labels.export_format(spec.key, spec.label)
        self.status.setText(
            {
                "read": self.tr("Reading the notes…"),
                "render": self.tr("Writing the {format}…").format(format=label),
                "write": self.tr("Saving the file…"),
                "send": self.tr("Sending the report…"),
            }.get(self._stage, "")
        )

    def _saved(self, path: Path, count: int) -> None:
        self._saving(False)
        text = QCoreApplication.translate(
            "ReportDialog", "Saved %n note(s) to {path}", None, count
        ).format(path=path)
        self.status.setText(text)
        message.info(text)  # the window's status line says it too, once the dialog is closed
        self.saved.emit(path)

    def _save_failed(self, exc: Exception) -> None:
        self._saving(False)
        QMessageBox.critical(
            self,
            self.tr("Export failed"),
            f"{exc}\n\n" + self.tr("Your notes are safe in Observer."),
        )
        self.saved.emit(None)

    def send(self, channel: Channel) -> None:
        """Build, render and send the report on a worker (rendering the PDF and talking to a
        mail server or a platform take seconds); ``sent`` tells when it is done."""
        from observer_app.services import send

        self._remember_author()
        conference, choices = self.conference, self.choices()

        def deliver(stage: Callable[[str], None], own: Profile):
            report = export.make_report(own, conference, choices=choices)
            stage("send")
            if channel == Channel.HTTP:
                return send.send_report(
                    own,
                    conference,
                    Channel.HTTP,
                    json_bytes=export.render_bytes(report, "json"),
                    summary=send.summary_text(report, []),
                    subject=send.default_subject(report),
                )
            attachments = [
                (
                    f"feedback-{conference.id}{export.FORMATS[f].suffix}",
                    export.FORMATS[f].mime,
                    export.render_bytes(report, f),
                )
                for f in ("pdf", "md")
            ]
            return send.send_report(
                own,
                conference,
                Channel.EMAIL,
                attachments=attachments,
                summary=send.summary_text(report, [a[0] for a in attachments]),
                subject=send.default_subject(report),
            )

        self._run("send", deliver, self._sent, self._send_failed)

    def _sent(self, result) -> None:
        self._saving(False)
        if result.mailto:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(result.mailto))
        from observer_app.services.send import SendState

        text = {
            SendState.SENT: self.tr("Sent."),
            SendState.PENDING: self.tr("Not sent yet; it is in the outbox and will be retried."),
            SendState.FAILED: self.tr("Refused."),
            SendState.DRAFT: self.tr("Opened a draft in your mail program."),
        }[result.state]
        detail = "\n\n".join(x for x in (result.message, result.warning) if x)
        #: Title of a message box: the observer's report to the organisers (fr « observations », ru
        #: «отчёт»).
        QMessageBox.information(self, self.tr("Feedback"), f"{text}\n\n{detail}")
        self.sent.emit(result)

    def _send_failed(self, exc: Exception) -> None:
        self._saving(False)
        QMessageBox.warning(self, self.tr("Not sent"), str(exc))
        self.sent.emit(None)


def export_feedback(
    parent: QWidget, profile: Profile, conference: Conference, path: str | None = None
) -> Path | None:
    """Without ``path``: open the report builder. With ``path``: save Markdown (or the format the
    file name says) at once, as scripts and tests do."""
    if path is None:
        ReportDialog(profile, conference, parent).exec()
        return None
    fmt = export.guess_format(path)
    try:
        report = export.export_report(profile, conference, fmt, Path(path))
    except export.ExportError as exc:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("ReportDialog", "Export failed"),
            f"{exc}\n\n"
            + QCoreApplication.translate("ReportDialog", "Your notes are safe in Observer."),
        )
        return None
    message.info(
        QCoreApplication.translate(
            "ReportDialog", "Saved %n note(s) to {path}", None, report.note_count
        ).format(path=path)
    )
    return Path(path)


def _body_label(conference: Conference, body_id: str) -> str:
    """The body's label, or its id when the feed names a body it does not describe."""
    body = conference.body(body_id)
    return body.label if body is not None else body_id

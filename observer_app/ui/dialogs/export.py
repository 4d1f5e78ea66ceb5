"""File > Export feedback: the report builder. Choose the notes, say who you are, give a title
and an introduction, look at the live preview, then save it in any format or send it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from observer_app.core.model import STANCES, Conference
from observer_app.core.notefilter import NoteFilter
from observer_app.services import export
from observer_app.services.context import Profile
from observer_app.ui import labels


def _combo(name: str, first: str, items) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(first, None)
    for label, value in items:
        combo.addItem(label, value)
    return combo


class ReportDialog(QDialog):
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
            [(f"{conference.body(x.body_id).label}: {x.title}", x.id) for x in conference.sessions],
        )
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
            self.format.addItem(f.label, f.key)
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
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([380, 520])

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
        buttons.addWidget(self.format)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.email_button)
        buttons.addWidget(self.http_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update_preview)
        for w in (self.author, self.organization, self.contact, self.title):
            w.textChanged.connect(lambda _t: self._timer.start())
        self.intro.textChanged.connect(self._timer.start)
        for w in (self.body, self.session, self.speaker, self.stance, self.tag):
            w.currentIndexChanged.connect(lambda _i: self._timer.start())
        for w in (self.since_briefing, self.private):
            w.toggled.connect(lambda _b: self._timer.start())
        self.save_button.clicked.connect(lambda: self.save())
        self.email_button.clicked.connect(lambda: self.send("email"))
        self.http_button.clicked.connect(lambda: self.send("http"))
        close.clicked.connect(self.accept)
        self.resize(980, 640)
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

    def report(self):
        self._remember_author()
        return export.make_report(
            self.profile,
            self.conference,
            selection=self.selection(),
            title=self.title.text().strip(),
            introduction=self.intro.toPlainText().strip(),
            include_private=self.private.isChecked(),
        )

    def _remember_author(self) -> None:
        for key, field in (
            ("author.name", self.author),
            ("author.organization", self.organization),
            ("author.contact", self.contact),
        ):
            if self.profile.settings.get(key) != field.text().strip():
                self.profile.settings.set(key, field.text().strip())

    def update_preview(self) -> None:
        report = self.report()
        self.preview.setHtml(
            export.render(report, "html")
        )  # the self-contained HTML report, as sent
        count = report.note_count
        self.setWindowTitle(
            QCoreApplication.translate("ReportDialog", "Export feedback — %n note(s)", None, count)
        )

    # -- actions ----------------------------------------------------------------------------------
    def save(self, path: str | None = None) -> Path | None:
        fmt = self.format.currentData()
        spec = export.FORMATS[fmt]
        if path is None:
            default = str(Path.home() / f"feedback-{self.conference.id}{spec.suffix}")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report"), default, f"{spec.label} (*{spec.suffix})"
            )
            if not path:
                return None
        try:
            report = self.report()
            export.write_atomically(Path(path), export.render_bytes(report, fmt))
        except export.ExportError as exc:
            QMessageBox.critical(
                self,
                self.tr("Export failed"),
                f"{exc}\n\n" + self.tr("Your notes are safe in Observer."),
            )
            return None
        self._status(
            QCoreApplication.translate(
                "ReportDialog", "Saved %n note(s) to {path}", None, report.note_count
            ).format(path=path)
        )
        return Path(path)

    def send(self, channel: str):
        from observer_app.services import send

        report = self.report()
        try:
            if channel == "http":
                result = send.send_report(
                    self.profile,
                    self.conference,
                    "http",
                    json_bytes=export.render_bytes(report, "json"),
                    summary=send.summary_text(report, []),
                    subject=send.default_subject(report),
                )
            else:
                attachments = [
                    (
                        f"feedback-{self.conference.id}{export.FORMATS[f].suffix}",
                        export.FORMATS[f].mime,
                        export.render_bytes(report, f),
                    )
                    for f in ("pdf", "md")
                ]
                result = send.send_report(
                    self.profile,
                    self.conference,
                    "email",
                    attachments=attachments,
                    summary=send.summary_text(report, [a[0] for a in attachments]),
                    subject=send.default_subject(report),
                )
        except (send.SendError, export.ExportError) as exc:
            QMessageBox.warning(self, self.tr("Not sent"), str(exc))
            return None
        if result.mailto:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(result.mailto))
        text = {
            "sent": self.tr("Sent."),
            "pending": self.tr("Not sent yet; it is in the outbox and will be retried."),
            "failed": self.tr("Refused."),
            "draft": self.tr("Opened a draft in your mail program."),
        }.get(result.state, result.state)
        detail = "\n\n".join(x for x in (result.message, result.warning) if x)
        #: Title of a message box: the observer's report to the organisers (fr « observations », ru
        #: «отчёт»).
        QMessageBox.information(self, self.tr("Feedback"), f"{text}\n\n{detail}")
        return result

    def _status(self, text: str) -> None:
        parent = self.parent()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(text, 10000)


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
    parent.statusBar().showMessage(  # type: ignore[attr-defined]
        QCoreApplication.translate(
            "ReportDialog", "Saved %n note(s) to {path}", None, report.note_count
        ).format(path=path),
        10000,
    )
    return Path(path)

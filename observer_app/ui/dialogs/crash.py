"""Unexpected exceptions: a dialog with a copyable report instead of the app vanishing.

``install`` replaces ``sys.excepthook`` (exceptions in slots and event handlers end there) and
``threading.excepthook``. The report is scrubbed of secrets (``observer_app.runtime.crash``), written to
the log directory and shown in one non-modal dialog; the app keeps running. A burst of errors
(a failing timer) shows one dialog with a count, not a hundred.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from observer_app.runtime import crash

log = logging.getLogger("observer.ui")


class CrashDialog(QDialog):
    def __init__(self, report: str, saved_to: Path | None, parent=None):
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Observer: unexpected error"))
        self.count = 1
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_to = saved_to
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setTabChangesFocus(True)
        self.report.setAccessibleName(self.tr("Error report"))
        self.report.setAccessibleDescription(
            self.tr("Traceback and versions, without passwords or tokens")
        )
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setToolTip(
            self.tr("Copy the report to the clipboard, to paste into a bug report or an e-mail")
        )
        self.copy_button.clicked.connect(self.copy)
        self.quit_button = QPushButton(self.tr("&Quit Observer"))
        self.quit_button.setToolTip(self.tr("Close Observer (your notes are saved)"))
        self.quit_button.clicked.connect(self._quit)
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setToolTip(self.tr("Close this message and keep working"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        row.addWidget(self.quit_button)
        row.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.report, 1)
        layout.addLayout(row)
        self._say()
        self.resize(720, 420)
        self.continue_button.setFocus()

    def _say(self) -> None:
        parts = [self.tr("Something went wrong inside Observer.")]
        if self.count > 1:
            parts.append(
                QCoreApplication.translate(
                    "CrashDialog", "It happened %n time(s).", None, self.count
                )
            )
        parts.append(
            self.tr(
                "Your saved notes are safe and you can keep working; if something looks wrong, "
                "restart Observer."
            )
        )
        parts.append(
            self.tr("The report was also saved to {path}.").format(path=self.saved_to)
            if self.saved_to
            else self.tr("The report could not be saved to the log folder.")
        )
        parts.append(
            self.tr("Please send the report to the developers: it contains no passwords or tokens.")
        )
        self.intro.setText(" ".join(parts))

    def add(self, report: str, saved_to: Path | None) -> None:
        """Another error while this dialog is open: count it and show the newest report."""
        self.count += 1
        self.saved_to = saved_to or self.saved_to
        self.report.setPlainText(report)
        self._say()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())

    def _quit(self) -> None:
        """Every window closes as when the user closes it (the main window saves the draft and
        takes its last backup), then the app quits: no window is looked up by name."""
        self.accept()
        QApplication.closeAllWindows()
        QApplication.quit()


class CrashHandler(QObject):
    """Receives exceptions from any thread; shows them on the GUI thread."""

    _reported = Signal(str, object)

    def __init__(self, log_dir: Path | None, parent=None):
        super().__init__(parent)
        self.log_dir = log_dir
        self.dialog: CrashDialog | None = None
        self._previous = (sys.excepthook, threading.excepthook)
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb, "main thread")

    def thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")

    def handle(self, exc_type, exc, tb, where: str) -> None:
        """Never raises: a failure here would be an error inside the error handler."""
        try:
            report = crash.format_report(exc_type, exc, tb, where=where)
        except Exception:  # versions or formatting failed: the bare, still scrubbed, traceback
            import traceback

            report = crash.scrub("".join(traceback.format_exception(exc_type, exc, tb)))
        saved: Path | None = None
        if self.log_dir is not None:
            try:
                saved = crash.write_report(self.log_dir, report)
            except OSError as err:
                log.error("could not write the crash report to %s: %s", self.log_dir, err)
        log.error("unexpected error (%s); report: %s\n%s", where, saved or "not saved", report)
        self._reported.emit(report, saved)

    @Slot(str, object)
    def _show(self, report: str, saved: Path | None) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(report, saved)
            return
        parent = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"), None
        )
        self.dialog = CrashDialog(report, saved, parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.show()
        self.dialog.raise_()

    @Slot()
    def _forget(self) -> None:
        self.dialog = None


def install(log_dir: Path | None) -> CrashHandler:
    """Install the handler for this application (kept alive as a child of the QApplication)."""
    handler = CrashHandler(log_dir, QApplication.instance())
    handler.install()
    return handler

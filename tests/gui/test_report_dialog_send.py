"""Sending from the report builder runs on a worker (building the PDF and talking to the mail
server take seconds): the mail reaches a real SMTP server (aiosmtpd, STARTTLS with a throwaway
CA), the window keeps running meanwhile, and the dialog says what happened."""

from __future__ import annotations

import email
import email.policy
import threading

import pytest

from observer_app.services import send
from observer_app.ui.dialogs.export import ReportDialog
from tests.integration import test_send_smtp as smtp_tests

# The SMTP tests' own fixtures: a throwaway CA, the mail settings, a keyring in memory.
ca = smtp_tests.ca
configured = smtp_tests.configured
memory_keyring = smtp_tests.memory_keyring

pytestmark = pytest.mark.gui


def test_sending_by_email_runs_on_a_worker_and_the_mail_arrives(
    qtbot,
    profile,
    demo_conference,
    ca,
    configured,
    monkeypatch,
):
    controller, inbox = smtp_tests._start(ca)
    try:
        configured(controller.port)
        smtp_tests._add_notes(profile, demo_conference)
        dialog = ReportDialog(profile, demo_conference)
        qtbot.addWidget(dialog)
        told, threads = [], []
        monkeypatch.setattr(
            "observer_app.ui.dialogs.export.QMessageBox.information", lambda *a: told.append(a[2])
        )
        real_send = send.send_report

        def spy(*args, **kwargs):  # the real send, noting the thread it runs on
            threads.append(threading.current_thread())
            return real_send(*args, **kwargs)

        monkeypatch.setattr(send, "send_report", spy)
        with qtbot.waitSignal(dialog.sent, timeout=30000) as sent:
            dialog.send("email")
            assert not dialog.email_button.isEnabled() and not dialog.progress.isHidden()
        assert sent.args[0].state == "sent" and told and told[0].startswith("Sent.")
        assert threads and threading.main_thread() not in threads
        assert dialog.email_button.isEnabled() and dialog.progress.isHidden()
        [(_, recipients, raw)] = inbox.messages
        message = email.message_from_bytes(raw, policy=email.policy.default)
        names = sorted(part.get_filename() for part in message.iter_attachments())
        assert names == [f"feedback-{demo_conference.id}.md", f"feedback-{demo_conference.id}.pdf"]
        assert "feedback@itu.example" in recipients
    finally:
        controller.stop()

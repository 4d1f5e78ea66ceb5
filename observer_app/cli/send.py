"""Command-line faces of sending and secrets: ``send``, ``outbox``, ``secret`` (printing only;
the work is in ``services.send``, ``services.export`` and ``secrets``)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observer_app.services.export import ReportChoices

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2

#: The application object ``qt_for_pdf`` made: kept alive for the process.
_pdf_app: object = None


def qt_for_pdf() -> None:
    """PDF is drawn by Qt, which needs an application object (fonts); none has a window here."""
    import os

    from PySide6.QtGui import QGuiApplication

    global _pdf_app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _pdf_app = QGuiApplication(["observer-app"])


def secret_command(args) -> int:
    from observer_app.runtime import secrets

    if args.secret_command == "status":
        info = secrets.backend_info()
        print(
            f"{info.name}: {'secrets are kept in the system keyring' if info.usable else info.note}"
        )
        return EXIT_OK if info.usable else EXIT_PROBLEM
    if args.secret_command == "delete":
        secrets.delete_secret(args.name)
        return EXIT_OK
    if sys.stdin.isatty():
        import getpass

        value = getpass.getpass(f"{args.name}: ")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        print("observer-app: nothing read from standard input; nothing stored", file=sys.stderr)
        return EXIT_USAGE
    if secrets.set_secret(args.name, value):
        print(f"stored {args.name} in the system keyring", file=sys.stderr)
        return EXIT_OK
    print(
        f"observer-app: no working keyring ({secrets.backend_info().note}); {args.name} was NOT stored. "
        "Start your desktop's keyring (GNOME Keyring, KWallet) and try again.",
        file=sys.stderr,
    )
    return EXIT_PROBLEM


def send_command(args, profile, conference, options: ReportChoices) -> int:
    from observer_app.services import export, send
    from observer_app.store.outbox import Channel

    report = export.make_report(profile, conference, choices=options)
    try:
        if args.to == Channel.HTTP:
            result = send.send_report(
                profile,
                conference,
                Channel.HTTP,
                json_bytes=export.render_bytes(report, "json"),
                summary=send.summary_text(report, []),
                subject=send.default_subject(report),
            )
        else:
            attachments = []
            wanted = [f.strip() for f in args.format.split(",") if f.strip()]
            if "pdf" in wanted:
                qt_for_pdf()
            for fmt in wanted:
                spec = export.FORMATS.get(fmt)
                if spec is None:
                    print(f"observer-app: unknown format {fmt!r}", file=sys.stderr)
                    return EXIT_USAGE
                attachments.append(
                    (
                        f"feedback-{conference.id}{spec.suffix}",
                        spec.mime,
                        export.render_bytes(report, fmt),
                    )
                )
            result = send.send_report(
                profile,
                conference,
                Channel.EMAIL,
                attachments=attachments,
                summary=send.summary_text(report, [a[0] for a in attachments]),
                subject=send.default_subject(report),
            )
    except (send.SendError, export.ExportError) as exc:
        print(f"observer-app: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    if result.warning:
        print(f"observer-app: {result.warning}", file=sys.stderr)
    print(f"{_label(result.state)}: {result.message}")
    if result.mailto:
        print(result.mailto)
    if (
        result.state is send.SendState.FAILED
    ):  # waiting will not fix it: the message names the setting
        print(f"observer-app: not sent: {result.message}", file=sys.stderr)
        return EXIT_PROBLEM
    return EXIT_OK


def _label(state: str) -> str:
    from observer_app.store.outbox import OutboxState

    try:
        return OutboxState(state).label
    except ValueError:
        return state  # "draft": a mailto link, not an outbox row


def outbox_command(profile) -> int:
    from observer_app.services import send

    attention = False
    shown = set()
    for result in send.deliver_due(profile):
        print(f"{_label(result.state)}: {result.destination}: {result.message}")
        attention = attention or result.state is send.SendState.FAILED
        shown.add(result.outbox_id)
    for item in [i for i in profile.outbox.list_failed() if i.id not in shown][:20]:
        print(f"{item.state.label}: {item.channel} to {item.destination}: {item.last_error}")
    for item in profile.outbox.list_pending():
        print(
            f"waiting: {item.channel} to {item.destination}, attempt {item.attempts}, next {item.next_attempt_utc}"
        )
    for item in profile.outbox.list_sent()[:20]:
        print(
            f"sent: {item.channel} to {item.destination} at {item.sent_utc}: {item.receiver_answer or ''}"
        )
    return EXIT_PROBLEM if attention else EXIT_OK

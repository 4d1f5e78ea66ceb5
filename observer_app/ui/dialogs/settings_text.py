"""The settings' names and explanations in the interface language.

``core/settings.py`` declares every setting with English text and no Qt; the dialogs show these
translated copies. tests/unit/test_i18n_marked.py checks that the English here is still the
English there (a changed text would otherwise silently lose its translation).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from observer_app.core.settings import SETTINGS

_C = "Settings"
# key -> (label, help), for the settings the dialogs show.
TEXTS = {
    "author.name": (
        QT_TRANSLATE_NOOP("Settings", "Your name"),
        QT_TRANSLATE_NOOP("Settings", "Shown as the author of feedback reports."),
    ),
    "author.organization": (
        QT_TRANSLATE_NOOP("Settings", "Organisation"),
        QT_TRANSLATE_NOOP("Settings", "The organisation you observe for; shown in reports."),
    ),
    "author.contact": (
        QT_TRANSLATE_NOOP("Settings", "Contact e-mail"),
        QT_TRANSLATE_NOOP("Settings", "Where organisers can reach you about your feedback."),
    ),
    "player.language": (
        QT_TRANSLATE_NOOP("Settings", "Preferred interpretation"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Audio channel picked automatically when a stream offers it: "
            "floor, ar, zh, en, fr, ru or es.",
        ),
    ),
    "smtp.server": (
        QT_TRANSLATE_NOOP("Settings", "Mail server (SMTP)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "The outgoing mail server, e.g. smtp.example.org. Empty: sending by "
            "e-mail opens a draft in your mail program instead (without "
            "attachments).",
        ),
    ),
    "smtp.port": (
        QT_TRANSLATE_NOOP("Settings", "Mail server port"),
        QT_TRANSLATE_NOOP(
            "Settings", "0: the usual port for the security chosen (587 for starttls, 465 for ssl)."
        ),
    ),
    "smtp.security": (
        QT_TRANSLATE_NOOP("Settings", "Mail server security"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "starttls (usually port 587) or ssl (usually port 465). Observer "
            "never sends a password or a report over an unencrypted "
            "connection.",
        ),
    ),
    "smtp.user": (
        QT_TRANSLATE_NOOP("Settings", "Mail server user"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "User name for the mail server; empty if it needs no login. The "
            "password is kept in the keyring (observer-app secret set "
            "smtp.password).",
        ),
    ),
    "smtp.from": (
        QT_TRANSLATE_NOOP("Settings", "Sender address"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "The From address of report e-mails. Empty: your contact e-mail (author.contact).",
        ),
    ),
    "smtp.recipients": (
        QT_TRANSLATE_NOOP("Settings", "Send reports to"),
        QT_TRANSLATE_NOOP(
            "Settings", "E-mail addresses that receive feedback reports, separated by commas."
        ),
    ),
    "smtp.ca_file": (
        QT_TRANSLATE_NOOP("Settings", "Mail server CA file"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A PEM file with the certificate authority of a mail server that "
            "uses its own. Empty: the system's authorities.",
        ),
    ),
    "http.url": (
        QT_TRANSLATE_NOOP("Settings", "Report receiver (HTTPS)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "An https:// address that accepts feedback reports as JSON (see "
            "docs/submission.md). The token is kept in the keyring (observer-app "
            "secret set http.token).",
        ),
    ),
    "http.ca_file": (
        QT_TRANSLATE_NOOP("Settings", "Receiver CA file"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A PEM file with the certificate authority of a receiver that uses "
            "its own; it replaces the system's authorities for the receiver. "
            "Empty: the system's.",
        ),
    ),
    "sync.webdav_url": (
        QT_TRANSLATE_NOOP("Settings", "Team folder (WebDAV)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A shared WebDAV folder (Nextcloud and others) where the team's "
            "note bundles meet, e.g. https://cloud.example.org/remote.php/dav/"
            "files/me/observer/. The password is kept in the keyring "
            "(observer-app secret set sync.webdav_password).",
        ),
    ),
    "sync.user": (
        QT_TRANSLATE_NOOP("Settings", "Team folder user"),
        QT_TRANSLATE_NOOP("Settings", "User name for the WebDAV folder."),
    ),
    "sync.ca_file": (
        QT_TRANSLATE_NOOP("Settings", "Team folder CA file"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A PEM file with the certificate authority of a team server that "
            "uses its own; it replaces the system's authorities for the team "
            "folder. Empty: the system's.",
        ),
    ),
    "conference.recent": (
        QT_TRANSLATE_NOOP("Settings", "Recent conferences"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "The conferences opened recently (a JSON list of sources, "
            "newest first), offered by File > Open conference.",
        ),
    ),
    "conference.refresh_minutes": (
        QT_TRANSLATE_NOOP("Settings", "Refresh the conference every (minutes)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "How often the conference's sources are read again "
            "(conditional requests: cheap when unchanged); 0 "
            "turns it off.",
        ),
    ),
    "schedule.reminder_minutes": (
        QT_TRANSLATE_NOOP("Settings", "Remind me before a followed session (minutes)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A desktop notification this many minutes before a "
            "session you follow starts; 0 turns reminders off.",
        ),
    ),
    "player.caption_scale": (
        QT_TRANSLATE_NOOP("Settings", "Caption size (%)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Size of captions and subtitles over the video, in percent of libVLC's normal size.",
        ),
    ),
    "transcript.live_captions": (
        QT_TRANSLATE_NOOP("Settings", "Live captions under the video"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Show the last transcript lines in large type under the video, for those who "
            "cannot hear.",
        ),
    ),
    "transcript.caption_size": (
        QT_TRANSLATE_NOOP("Settings", "Live caption size (%)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Size of the live captions under the video, in percent of the window's text.",
        ),
    ),
    "ui.theme": (
        QT_TRANSLATE_NOOP("Settings", "Colours"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "system follows the desktop's palette; dark and high-contrast are built "
            "in (light text on dark, and white on black with yellow highlights).",
        ),
    ),
    "ui.language": (
        QT_TRANSLATE_NOOP("Settings", "Interface language"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Language of Observer's menus and messages: one of the six UN "
            "languages, or the system's. A change applies when Observer is "
            "started again.",
        ),
    ),
}


def label(key: str) -> str:
    # str(): QT_TRANSLATE_NOOP returns its text, typed ``object`` by PySide6's stubs
    english = str(TEXTS[key][0]) if key in TEXTS else SETTINGS[key].label
    return QCoreApplication.translate(_C, english)


def help(key: str) -> str:  # noqa: A001 - the setting's field is called help
    english = str(TEXTS[key][1]) if key in TEXTS else SETTINGS[key].help
    return QCoreApplication.translate(_C, english)

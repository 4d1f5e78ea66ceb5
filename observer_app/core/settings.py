"""Every user setting, declared once: the settings dialog and ``observer-app settings`` both
read this list (Vorta's ``store/settings.py`` pattern). Secrets never live here: see ``secrets``.

Each label and help is written once, here, marked for translation (as Picard declares an
option with its translatable title): pyside6-lupdate collects it under the "Settings" context
and the dialogs translate it where shown (ui/dialogs/settings_text.py); the command line prints
the English.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Qt's marker by the name pyside6-lupdate looks for, without importing Qt into core: the
    text is returned as is and translated in ``context`` where the UI shows it."""
    return text


class SettingError(ValueError):
    pass


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object
    label: str
    help: str
    choices: tuple[object, ...] = ()


_ALL = (
    Setting(
        "author.name",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Your name"),
        QT_TRANSLATE_NOOP("Settings", "Shown as the author of feedback reports."),
    ),
    Setting(
        "author.organization",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Organisation"),
        QT_TRANSLATE_NOOP("Settings", "The organisation you observe for; shown in reports."),
    ),
    Setting(
        "author.contact",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Contact e-mail"),
        QT_TRANSLATE_NOOP("Settings", "Where organisers can reach you about your feedback."),
    ),
    Setting(
        "player.language",
        str,
        "floor",
        QT_TRANSLATE_NOOP("Settings", "Preferred interpretation"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Audio channel picked automatically when a stream offers it: floor, ar, zh, en, fr, ru or es.",
        ),
        ("floor", "ar", "zh", "en", "fr", "ru", "es"),
    ),
    Setting(
        "player.volume",
        int,
        80,
        QT_TRANSLATE_NOOP("Settings", "Volume"),
        QT_TRANSLATE_NOOP("Settings", "Player volume, 0 to 100."),
    ),
    Setting(
        "smtp.server",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Mail server (SMTP)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "The outgoing mail server, e.g. smtp.example.org. Empty: sending by e-mail opens a draft in your "
            "mail program instead (without attachments).",
        ),
    ),
    Setting(
        "smtp.port",
        int,
        0,
        QT_TRANSLATE_NOOP("Settings", "Mail server port"),
        QT_TRANSLATE_NOOP(
            "Settings", "0: the usual port for the security chosen (587 for starttls, 465 for ssl)."
        ),
    ),
    Setting(
        "smtp.security",
        str,
        "starttls",
        QT_TRANSLATE_NOOP("Settings", "Mail server security"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "starttls (usually port 587) or ssl (usually port 465). Observer never sends a password or a "
            "report over an unencrypted connection.",
        ),
        ("starttls", "ssl"),
    ),
    Setting(
        "smtp.user",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Mail server user"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "User name for the mail server; empty if it needs no login. The password is kept in the keyring "
            "(observer-app secret set smtp.password).",
        ),
    ),
    Setting(
        "smtp.from",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Sender address"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "The From address of report e-mails. Empty: your contact e-mail (author.contact).",
        ),
    ),
    Setting(
        "smtp.recipients",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Send reports to"),
        QT_TRANSLATE_NOOP(
            "Settings", "E-mail addresses that receive feedback reports, separated by commas."
        ),
    ),
    Setting(
        "smtp.ca_file",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Mail server CA file"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A PEM file with the certificate authority of a mail "
            "server that uses its own. Empty: the system's authorities.",
        ),
    ),
    Setting(
        "http.url",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Report receiver (HTTPS)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "An https:// address that accepts feedback reports as JSON (see docs/submission.md). The token is kept "
            "in the keyring (observer-app secret set http.token).",
        ),
    ),
    Setting(
        "http.ca_file",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Receiver CA file"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A PEM file with the certificate authority of a receiver "
            "that uses its own; it replaces the system's authorities for the receiver. Empty: the system's.",
        ),
    ),
    Setting(
        "sync.webdav_url",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Team folder (WebDAV)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A shared WebDAV folder (Nextcloud and others) where the team's note bundles meet, e.g. "
            "https://cloud.example.org/remote.php/dav/files/me/observer/. The password is kept in the keyring "
            "(observer-app secret set sync.webdav_password).",
        ),
    ),
    Setting(
        "sync.user",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Team folder user"),
        QT_TRANSLATE_NOOP("Settings", "User name for the WebDAV folder."),
    ),
    Setting(
        "sync.ca_file",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Team folder CA file"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A PEM file with the certificate authority of a team server that uses its own; it "
            "replaces the system's authorities for the team folder. Empty: the system's.",
        ),
    ),
    Setting(
        "conference.last_feed",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Last conference"),
        QT_TRANSLATE_NOOP("Settings", "The feed opened last; reopened on start."),
    ),
    Setting(
        "conference.recent",
        str,
        "[]",
        QT_TRANSLATE_NOOP("Settings", "Recent conferences"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "The conferences opened recently (a JSON list of sources, newest first), offered by File > Open conference.",
        ),
    ),
    Setting(
        "conference.refresh_minutes",
        int,
        10,
        QT_TRANSLATE_NOOP("Settings", "Refresh the conference every (minutes)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "How often the conference's sources are read again (conditional requests: cheap when unchanged); "
            "0 turns it off.",
        ),
    ),
    Setting(
        "player.last_body",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Last body"),
        QT_TRANSLATE_NOOP("Settings", "The body watched last; played again on start."),
    ),
    Setting(
        "schedule.reminder_minutes",
        int,
        10,
        QT_TRANSLATE_NOOP("Settings", "Remind me before a followed session (minutes)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A desktop notification this many minutes before a session you follow starts; 0 turns reminders off.",
        ),
    ),
    Setting(
        "player.caption_scale",
        int,
        100,
        QT_TRANSLATE_NOOP("Settings", "Caption size (%)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Size of captions and subtitles over the video, in percent of libVLC's normal size.",
        ),
        (100, 125, 150, 200, 250, 300),
    ),
    Setting(
        "ui.theme",
        str,
        "system",
        QT_TRANSLATE_NOOP("Settings", "Colours"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "system follows the desktop's palette; dark and high-contrast are built in (light text on dark, "
            "and white on black with yellow highlights).",
        ),
        ("system", "dark", "high-contrast"),
    ),
    Setting(
        "ui.language",
        str,
        "system",
        QT_TRANSLATE_NOOP("Settings", "Interface language"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Language of Observer's menus and messages: one of the six UN languages, or the system's. A "
            "change applies when Observer is started again.",
        ),
        ("system", "en", "fr", "es", "ar", "zh", "ru"),
    ),
    Setting(
        "ui.first_run_done",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Welcome page done"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "False: the welcome page (name, organisation, languages) is shown at the next start.",
        ),
    ),
    Setting(
        "transcript.model",
        str,
        "tiny.en",
        QT_TRANSLATE_NOOP("Settings", "Transcription model"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Whisper model for the live transcript: tiny, base, small, medium, large-v3 (multilingual) "
            "or tiny.en, base.en, small.en, medium.en (English only). Downloaded once, then offline.",
        ),
        (
            "tiny",
            "tiny.en",
            "base",
            "base.en",
            "small",
            "small.en",
            "medium",
            "medium.en",
            "large-v3",
        ),
    ),
    Setting(
        "transcript.live_captions",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Live captions under the video"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Show the last transcript lines in large type under the video, for those who "
            "cannot hear.",
        ),
    ),
    Setting(
        "transcript.caption_size",
        int,
        150,
        QT_TRANSLATE_NOOP("Settings", "Live caption size (%)"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Size of the live captions under the video, in percent of the window's text.",
        ),
        (100, 125, 150, 200, 250, 300),
    ),
    Setting(
        "transcript.model_dir",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Transcription model folder"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A faster-whisper (CTranslate2) model folder you already have; used instead of downloading.",
        ),
    ),
)

SETTINGS: dict[str, Setting] = {s.key: s for s in _ALL}


def coerce(spec: Setting, value: object) -> object:
    """Turn ``value`` (possibly text from the command line) into the setting's type."""
    try:
        if spec.type is bool and isinstance(value, str):
            if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(value)
            result: object = value.lower() in ("true", "1", "yes")
        else:
            result = spec.type(value)
    except (TypeError, ValueError):
        kind = {int: "a whole number", float: "a number", bool: "true or false", str: "text"}.get(
            spec.type, "a value"
        )
        raise SettingError(f"{spec.key} takes {kind}, not {value!r}") from None
    if spec.choices and result not in spec.choices:
        raise SettingError(
            f"{spec.key} must be one of {', '.join(map(str, spec.choices))}, not {value!r}"
        )
    if spec.key == "player.volume" and isinstance(result, int) and not 0 <= result <= 100:
        raise SettingError("player.volume must be between 0 and 100")
    if (
        spec.key == "schedule.reminder_minutes"
        and isinstance(result, int)
        and not 0 <= result <= 24 * 60
    ):
        raise SettingError("schedule.reminder_minutes must be between 0 and 1440")
    if spec.key == "smtp.port" and isinstance(result, int) and not 0 <= result <= 65535:
        raise SettingError("smtp.port must be between 0 and 65535 (0: the usual port)")
    return result

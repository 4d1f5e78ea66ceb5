"""Names the core layers keep as codes (stances, languages) in the interface language.

``core/`` has no Qt, so its English names cannot be translated there; the interface shows these
instead. Marked with QT_TRANSLATE_NOOP so pyside6-lupdate collects them; translated at use.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from observer_app.core import languages, symbols

_STANCES = {
    #: A delegation's stance in a note: it supports the proposal (fr « Soutient »).
    "supports": QT_TRANSLATE_NOOP("Labels", "Supports"),
    "opposes": QT_TRANSLATE_NOOP("Labels", "Opposes"),
    #: A delegation's stance in a note: it raises a concern (a noun, like Question).
    "concern": QT_TRANSLATE_NOOP("Labels", "Concern"),
    "question": QT_TRANSLATE_NOOP("Labels", "Question"),
    "commitment": QT_TRANSLATE_NOOP("Labels", "Commitment"),
}
_LANGUAGES = {
    #: Audio channel: the room's own sound, speakers in their original language
    #: (UN: fr « Original », not a wooden floor). Glossary: resources/i18n/glossary.json.
    "floor": QT_TRANSLATE_NOOP("Labels", "Floor"),
    #: Language names stand alone (audio channels, "Channel not in this stream: Arabic"):
    #: write them as a label, in the form a list item takes.
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic"),
    "zh": QT_TRANSLATE_NOOP("Labels", "Chinese"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
    "es": QT_TRANSLATE_NOOP("Labels", "Spanish"),
}
_EXPORT_FORMATS = {
    # Keyed by services.export.FORMATS keys; the English there is for the CLI and logs.
    "md": QT_TRANSLATE_NOOP("Labels", "Markdown"),
    #: A report format in the export dialog's list, and in "Writing the {format}…".
    "html": QT_TRANSLATE_NOOP("Labels", "Web page (HTML)"),
    "pdf": QT_TRANSLATE_NOOP("Labels", "PDF"),
    "docx": QT_TRANSLATE_NOOP("Labels", "Word (DOCX)"),
    #: A report format: JSON for the organisers' platforms to read.
    "json": QT_TRANSLATE_NOOP("Labels", "JSON (for platforms)"),
    "csv": QT_TRANSLATE_NOOP("Labels", "Spreadsheet (CSV)"),
    #: A report format: the notes as subtitles shown over the session's recording.
    "vtt": QT_TRANSLATE_NOOP("Labels", "Subtitles over the recording (WebVTT)"),
    "srt": QT_TRANSLATE_NOOP("Labels", "Subtitles over the recording (SRT)"),
    #: A report format: plain text to paste into the body of an e-mail.
    "txt": QT_TRANSLATE_NOOP("Labels", "Plain text (e-mail body)"),
}


def export_format(key: str, english: str) -> str:
    """A report format's name ("csv" -> "Tableur (CSV)"...); an unknown one keeps its English."""
    return (
        QCoreApplication.translate("Labels", str(_EXPORT_FORMATS[key]))
        if key in _EXPORT_FORMATS
        else english
    )


def stance(code: str) -> str:
    """ "supports" -> "Supports" (or "Soutient"...); an unknown stance keeps its own words."""
    return (
        QCoreApplication.translate("Labels", str(_STANCES[code]))
        if code in _STANCES
        else code.capitalize()
    )


def language(code: str | None) -> str:
    """An audio channel's language in the interface language ("fr" -> "French", "Français"...)."""
    if not code:
        return "?"
    return (
        QCoreApplication.translate("Labels", str(_LANGUAGES[code]))
        if code in _LANGUAGES
        else languages.name_for(code)
    )


def native_language(code: str) -> str:
    """A language named in itself ("Français", "العربية"): how people find their own in a list."""
    return languages.NATIVE.get(code) or QLocale(code).nativeLanguageName() or code


# Unicode isolates: a symbol or time keeps its own reading order inside Arabic text
# ("67(Rev.1)" showed as "(Rev.1)67" without them). LRI for what is always left to right
# (symbols, times, numbers with units); FSI, which follows the first strong letter, for free
# text from the feed (session titles).
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def isolate(text: str, left_to_right: bool = True) -> str:
    """``text`` as one unit in bidirectional text; unchanged when empty or already isolated."""
    if not text or text.startswith((LRI, FSI)):
        return text
    return f"{LRI if left_to_right else FSI}{text}{PDI}"


# A clock time or video position ("14:55", "1:02:03") in free text.
_TIME = re.compile(r"\d{1,2}(?::\d{2}){1,2}")


def isolate_spans(text: str) -> str:
    """Free text (a note) with each document symbol and time in it isolated left to right:
    in an Arabic sentence "67(Rev.1)" would otherwise show as "(Rev.1)67"."""
    spans = [(start, end) for start, end, _symbol in symbols.find_symbols(text)]
    spans += [
        m.span() for m in _TIME.finditer(text) if not any(s <= m.start() < e for s, e in spans)
    ]
    out, pos = [], 0
    for start, end in sorted(spans):
        out += [text[pos:start], LRI, text[start:end], PDI]
        pos = end
    return "".join(out) + text[pos:]


# Arabic-Indic and Eastern Arabic-Indic digits -> ASCII digits.
_LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def latin_digit_locale(widget) -> None:
    """Numbers typed and shown in ``widget`` (a spin box) with ASCII digits, like every other
    number of the interface (see ``latin_digits``); Qt's Arabic locale would write "١"."""
    if widget.locale().zeroDigit() != "0":
        widget.setLocale(QLocale.c())


def latin_digits(text: str) -> str:
    """One kind of digits in a view: Qt's Arabic locale writes dates with Arabic-Indic digits
    while times, symbols and positions come with ASCII ones ("الاثنين ١٨:٠٠" beside
    "مباشر حتى 00:00"). UN Arabic documents use ASCII digits; so does the interface."""
    return text.translate(_LATIN_DIGITS)

"""Names the core layers keep as codes (stances, languages) in the interface language.

``core/`` has no Qt, so its English names cannot be translated there; the interface shows these
instead. Marked with QT_TRANSLATE_NOOP so pyside6-lupdate collects them; translated at use.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from observer_app.core import languages

_STANCES = {
    "supports": QT_TRANSLATE_NOOP("Labels", "Supports"),
    "opposes": QT_TRANSLATE_NOOP("Labels", "Opposes"),
    "concern": QT_TRANSLATE_NOOP("Labels", "Concern"),
    "question": QT_TRANSLATE_NOOP("Labels", "Question"),
    "commitment": QT_TRANSLATE_NOOP("Labels", "Commitment"),
}
_LANGUAGES = {
    "floor": QT_TRANSLATE_NOOP("Labels", "Floor"),
    "ar": QT_TRANSLATE_NOOP("Labels", "Arabic"),
    "zh": QT_TRANSLATE_NOOP("Labels", "Chinese"),
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
    "ru": QT_TRANSLATE_NOOP("Labels", "Russian"),
    "es": QT_TRANSLATE_NOOP("Labels", "Spanish"),
}


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

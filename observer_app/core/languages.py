"""Language codes and names for audio channels: map what libVLC and manifests say to codes.

libVLC describes audio tracks as e.g. "Track 2 - [English]", "English - [English]" or
"group_aud English - [English]" (HLS renditions); MKV titles add "Floor". We only need to
recognise the six UN languages and the floor reliably; anything else keeps its name.
"""

from __future__ import annotations

import re

from observer_app.core.model import FLOOR

NAMES = {
    FLOOR: "Floor",
    "ar": "Arabic",
    "zh": "Chinese",
    "en": "English",
    "fr": "French",
    "ru": "Russian",
    "es": "Spanish",
}
#: Native names, for menus an observer reads in their own language.
NATIVE = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
    FLOOR: "Floor",
}

_ALIASES = {
    "floor": FLOOR,
    "original": FLOOR,
    "mul": FLOOR,
    "multiple languages": FLOOR,
    "und": FLOOR,
    "ar": "ar",
    "ara": "ar",
    "arabic": "ar",
    "العربية": "ar",
    "zh": "zh",
    "zho": "zh",
    "chi": "zh",
    "chinese": "zh",
    "中文": "zh",
    "cmn": "zh",
    "en": "en",
    "eng": "en",
    "english": "en",
    "fr": "fr",
    "fra": "fr",
    "fre": "fr",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "ru": "ru",
    "rus": "ru",
    "russian": "ru",
    "русский": "ru",
    "es": "es",
    "spa": "es",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "castilian": "es",
}


def code_for(label: str | None) -> str | None:
    """A language code for a code or name ('eng', 'English', 'Floor'); None if unknown."""
    if not label:
        return None
    return _ALIASES.get(label.strip().lower())


def name_for(code: str) -> str:
    return NAMES.get(code, code)


_BRACKET = re.compile(r"\[([^\]]+)\]\s*$")


def language_of_track(description: str) -> str | None:
    """The language of a libVLC audio track description, or None when it does not say.

    The bracketed part is libVLC's language name; the title before it may say "Floor".
    """
    words = description.strip()
    title = _BRACKET.sub("", words).strip(" -")
    title = re.sub(r"^(Track \d+|group_\w+)\s*", "", title).strip(" -")
    if title and code_for(title) == FLOOR:
        return FLOOR
    match = _BRACKET.search(words)
    if match:
        code = code_for(match.group(1))
        if code:
            return code
    return code_for(title)

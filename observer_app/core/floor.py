"""Who has the floor, and which documents are cited, from what the chair and speakers say.

Chairs hand the floor by name in fixed formulas, the same in every UN and ITU meeting; the
verbatim records (e.g. A/63/PV.20 in its six language versions) use: "I now give the floor to
the representative of Kenya", "Je donne maintenant la parole au représentant du Kenya", "Tiene
ahora la palabra el representante de Kenya", "Сейчас я предоставляю слово представителю
Кении", "我现在请肯尼亚代表发言", "أعطي الكلمة الآن لممثل كينيا"; live, chairs shorten them:
"Iran, you have the floor", "Kenya, vous avez la parole", "Kenya, tiene la palabra".

``floor_given_to`` returns the name as said (declined forms in Russian and Arabic are kept as
heard: matching them to a country list is for the caller). ``spoken_symbols`` finds document
symbols as speech recognition writes them ("Document 161", "DT/33 revision 1", "ADM-54",
"DT slash 33") with ``core.symbols`` (read only).
"""

from __future__ import annotations

import re

from observer_app.core.symbols import DocSymbol, find_symbols

_NAME = r"(?P<who>[^\W\d_][\w'’\-. ]{0,60}?)"
# "Iran, you have the floor": the name opens the text or a sentence.
_OPENING = r"(?:^|(?<=[.!?;:…,]\s)|(?<=\n))\s*"
_END = r"(?=\s*(?:[,.;:!?،。，：]|$|please|s'il vous plaît|por favor|пожалуйста))"

# Titles said before a name: "the distinguished delegate of", "la délégation du", ...
_TITLES_EN = (
    r"(?:the\s+)?(?:distinguished\s+|honourable\s+|honorable\s+)?"
    r"(?:delegate|delegation|representative|ambassador|minister|observer|member|"
    r"speaker|secretary|director|chair(?:man|person)?|vice-chair)s?\s+(?:of|for|from)\s+(?:the\s+)?"
)
_TITLES_FR = (
    r"(?:(?:au|à\s+la|à\s+l'|aux)\s*(?:distingu[ée]e?s?\s+)?"
    r"(?:délégu[ée]e?|délégation|représentante?|ambassadeur|ambassadrice|ministre|observateur|observatrice)s?"
    r"\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
    r"|(?:au|à\s+la|à\s+l'|aux|à)\s*)"
)
_TITLES_ES = (
    r"(?:(?:el|la|al|a\s+la)\s+(?:distinguid[oa]\s+|señor\s+|señora\s+)?"
    r"(?:delegad[oa]|delegación|representante|embajador[a]?|ministr[oa]|observador[a]?)"
    r"\s+(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+las\s+|de\s+)|a\s+)?"
)
_TITLES_RU = r"(?:(?:уважаемому\s+|уважаемой\s+)?(?:делегации|представителю|делегату|послу|министру|наблюдателю)\s+)?"
_TITLES_AR = r"(?:ل?(?:ممثل|مندوب|وفد|ممثلة|مندوبة|سفير)\s+|ل)"

_PATTERNS = [
    # English
    re.compile(
        _OPENING + _NAME + r"\s*,\s*(?:you\s+have|you've\s+got|you\s+now\s+have)\s+the\s+floor",
        re.I,
    ),
    re.compile(
        r"\b(?:i\s+(?:now\s+|will\s+now\s+|would\s+now\s+like\s+to\s+|shall\s+now\s+)?"
        r"(?:give|pass|hand|turn)\s+(?:the\s+floor\s+)?(?:over\s+)?to|"
        r"the\s+floor\s+(?:is\s+(?:now\s+)?(?:given|passed|yours|open)\s+to|goes\s+to)|"
        r"i\s+(?:now\s+)?(?:invite|call\s+(?:up)?on|recognize|recognise))\s+"
        + f"(?:{_TITLES_EN})?"
        + _NAME
        + _END,
        re.I,
    ),
    # French
    re.compile(_OPENING + _NAME + r"\s*,\s*vous\s+avez\s+(?:maintenant\s+)?la\s+parole", re.I),
    re.compile(
        r"\b(?:je\s+(?:donne|passe|cède)\s+(?:maintenant\s+)?la\s+parole|"
        r"la\s+parole\s+est\s+(?:maintenant\s+)?)\s*" + _TITLES_FR + _NAME + _END,
        re.I,
    ),
    # Spanish
    re.compile(_OPENING + _NAME + r"\s*,\s*tiene\s+(?:usted\s+)?la\s+palabra", re.I),
    re.compile(
        r"\b(?:tiene\s+(?:ahora\s+)?la\s+palabra|(?:le\s+)?doy\s+(?:ahora\s+)?la\s+palabra|"
        r"cedo\s+(?:ahora\s+)?la\s+palabra)\s+" + _TITLES_ES + _NAME + _END,
        re.I,
    ),
    # Russian
    re.compile(
        r"(?:предоставляю\s+(?:сейчас\s+)?слово|слово\s+предоставляется|слово\s+имеет|передаю\s+слово)\s+"
        + _TITLES_RU
        + _NAME
        + _END,
        re.I,
    ),
    re.compile(_OPENING + _NAME + r"\s*,\s*(?:вам|Вам)\s+слово", re.I),
    # Arabic
    re.compile(
        r"(?:أعطي|اعطي|أعطى)\s+(?:الآن\s+)?الكلمة\s+(?:الآن\s+)?" + _TITLES_AR + _NAME + _END
    ),
    re.compile(r"الكلمة\s+(?:الآن\s+)?" + _TITLES_AR + _NAME + _END),
    # Chinese: 请X代表发言 / 请X发言 / X代表，请发言
    re.compile(r"请(?P<who>[\u4e00-\u9fff·]{1,12}?)(?:代表团|代表|大使|部长)?发言"),
    re.compile(r"(?P<who>[\u4e00-\u9fff·]{1,12}?)(?:代表团|代表|大使)\s*[，,]\s*请发言"),
]

_SENTENCE = re.compile(r"[.!?;:…]\s+")
_LEADING = re.compile(r"^(?:the|la|le|les|el|los|las)\s+", re.I)


def floor_given_to(text: str) -> str | None:
    """The name the chair gives the floor to in ``text`` (the last one said), or None."""
    found: list[tuple[int, str]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            who = _SENTENCE.split(match.group("who"))[-1]  # "Thank you. Iran" -> "Iran"
            who = _LEADING.sub("", who.strip(" .,'’"))
            if who and who.lower() not in ("you", "me", "vous", "usted"):
                found.append((match.start(), who))
    return max(found)[1] if found else None


# Speech recognition writes "ADM-54", "DT slash 33", "DT 33 rev. 1": the forms to fold first.
_DASHED = re.compile(r"\b([A-Z]{2,6})[-‐–]\s?(\d{1,4})\b")
_SLASH_WORD = re.compile(r"\s+(?:slash|barre\s+oblique|barra|слэш)\s+", re.I)


def spoken_symbols(text: str) -> list[DocSymbol]:
    """Document symbols said in ``text``, in order, without repeats."""
    folded = _SLASH_WORD.sub("/", _DASHED.sub(r"\1/\2", text))
    seen: dict[str, DocSymbol] = {}
    for _start, _end, symbol in find_symbols(folded):
        seen.setdefault(symbol.canonical(), symbol)
    return list(seen.values())

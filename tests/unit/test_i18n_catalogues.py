"""The translations read as a UN delegate expects them (issue 18).

- the glossary (resources/i18n/glossary.json, docs/glossary.md) is followed by every catalogue:
  where the English source has a term as a word, the translation has the glossary's rendering
  (or an inflection it lists) and none of the renderings it forbids;
- French typography: a narrow no-break space (U+202F) before : ; ? ! and inside « »;
- the document symbols given as examples (search field, note composer) still parse in every
  language: a translated example the symbol parser does not know teaches the user a wrong form.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from observer_app.core.symbols import find_symbols

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("ar", "zh", "fr", "ru", "es")
NNBSP = "\u202f"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one per plural form


#: Arabic short vowels and shadda, which a translation may or may not write.
TASHKEEL = re.compile("[\u064b-\u0652]")


def plain(text: str) -> str:
    """Text without its mnemonic: '&File' -> 'File', '文件(&F)' -> '文件', '&&' stays '&';
    without Arabic short vowels (المتكلّم and المتكلم are the same word)."""
    text = TASHKEEL.sub("", re.sub(r"\(&[^&\s]\)", "", text))
    return re.sub(r"&&|&#?\w+;|&", _unmnemonic, text)


def _unmnemonic(match: re.Match[str]) -> str:
    """'&&' is a literal '&', an HTML entity (&gt;) stays, a lone '&' marks the mnemonic."""
    found = match.group()
    return "&" if found == "&&" else found if len(found) > 1 else ""


@cache
def catalogue(language: str) -> tuple[Message, ...]:
    """The finished messages of one .ts file."""
    messages = []
    for context in ET.parse(I18N / f"observer_{language}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", texts))
    return tuple(messages)


@cache
def glossary() -> list[dict]:
    return json.loads((I18N / "glossary.json").read_text(encoding="utf-8"))["terms"]


def english_pattern(term: dict) -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in term["en"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def english_words(source: str) -> str:
    """The source without its mnemonic, placeholders ({symbol}), paths or addresses, and the
    File menu named in a menu path ("File > Settings": the menu's own name, not a file)."""
    return re.sub(r"\{[^}]*\}|\S*/\S*|\bFile(?= >| &gt;)", " ", plain(source))


def terms_in(source: str) -> list[dict]:
    """The glossary terms the English source string uses in the glossary's sense."""
    words = english_words(source)
    return [
        term
        for term in glossary()
        if source not in term.get("except", []) and english_pattern(term).search(words)
    ]


def glossary_faults(language: str, message: Message) -> list[str]:
    """What a translation does against the glossary: a missing or a forbidden rendering."""
    faults = []
    terms = terms_in(message.source)
    allowed_here = {
        use.casefold() for term in terms for use in term.get(language, {}).get("use", [])
    }
    for text in message.translations:
        folded = plain(text).casefold()
        for term in terms:
            rule = term.get(language, {})
            uses = rule.get("use", [])
            if uses and not any(use.casefold() in folded for use in uses):
                faults.append(f"{term['term']!r}: none of {uses} in {text!r}")
            for bad in rule.get("forbid", []):
                bad_folded = bad.casefold()
                if bad_folded in folded and not any(bad_folded in ok for ok in allowed_here):
                    faults.append(f"{term['term']!r}: forbidden {bad!r} in {text!r}")
    return faults


def test_glossary_has_every_language_for_every_term():
    for term in glossary():
        for language in LANGUAGES:
            assert term.get(language, {}).get("use"), f"{term['term']}: no {language} rendering"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_follows_the_glossary(language):
    faults = [
        f"[{message.context}] {message.source!r}: {fault}"
        for message in catalogue(language)
        for fault in glossary_faults(language, message)
    ]
    assert not faults, f"{len(faults)} glossary faults in {language}:\n" + "\n".join(faults)


def french_typography_faults(text: str) -> list[str]:
    """Spaces French typography wants narrow and unbreakable (U+202F) but are not."""
    faults = []
    for i, mark in enumerate(text):
        if mark not in ":;?!" or text[i : i + 3] == "://" or text[i - 1 : i + 2].count(";") > 1:
            continue  # an address (https://) or Qt's file-filter separator (;;)
        if mark == ";" and re.search(r"&#?\w+$", text[:i]):
            continue  # the end of an HTML entity (&gt;) in rich text
        before = text[i - 1] if i else ""
        if before.isspace() and before != NNBSP:
            faults.append(f"U+{ord(before):04X} before {mark!r}")
        elif before.isalnum() or before in "»)}":
            faults.append(f"no space before {mark!r}")
    for match in re.finditer(r"«(.?)|(.?)»", text):
        space = match.group(1) if match.group(0).startswith("«") else match.group(2)
        if space != NNBSP:
            faults.append(f"no U+202F inside {match.group(0).strip()!r}")
    return faults


def test_french_typography_narrow_no_break_spaces():
    faults = [
        f"{message.source!r} -> {text!r}: {', '.join(found)}"
        for message in catalogue("fr")
        for text in message.translations
        if (found := french_typography_faults(text))
    ]
    assert not faults, f"{len(faults)} French strings:\n" + "\n".join(faults)


def test_french_typography_check_sees_ordinary_spaces():
    """The check itself: a breaking space, a no-break space U+00A0, or none, are faults."""
    assert french_typography_faults(f"Rien à comparer{NNBSP}: « x »") != []
    assert french_typography_faults("Rien à comparer\u00a0: x") != []
    assert french_typography_faults("Audio: x") != []
    assert french_typography_faults(f"Qu’a-t-on dit{NNBSP}? «{NNBSP}x{NNBSP}»") == []
    assert french_typography_faults("https://x.org (*.ics);;Tous (*)") == []
    assert french_typography_faults("<p>Fichier &gt; Paramètres</p>") == []


def symbols_in(text: str) -> list[str]:
    return sorted(symbol.canonical() for _start, _end, symbol in find_symbols(plain(text)))


EXAMPLE_MESSAGES = [message for message in catalogue("fr") if len(symbols_in(message.source)) >= 2]


def test_there_are_messages_with_example_symbols():
    """The search field's and the note composer's examples at least (else the test below is
    vacuous)."""
    sources = " ".join(message.source for message in EXAMPLE_MESSAGES)
    assert "67 Rev 1" in sources and "67(Rev.1)" in sources


@pytest.mark.parametrize("language", LANGUAGES)
def test_translated_example_symbols_parse(language):
    """Each example symbol of an English string is found, the same, in its translation."""
    wanted = {message.source: symbols_in(message.source) for message in EXAMPLE_MESSAGES}
    faults = []
    for message in catalogue(language):
        if message.source not in wanted:
            continue
        for text in message.translations:
            if symbols_in(text) != wanted[message.source]:
                faults.append(f"{text!r}: {symbols_in(text)} != {wanted[message.source]}")
    assert not faults, "\n".join(faults)


UI = Path(__file__).resolve().parents[2] / "observer_app" / "ui"
TRANSLATABLE = re.compile(r"\btr\(|\btranslate\(|QT_TRANSLATE_NOOP\(")


def stray_translator_comments(source: str) -> list[int]:
    """Line numbers of '#:' comments not followed by a translatable string: pyside6-lupdate
    hands every '#:' comment to translators with the next message, wherever that is."""
    lines = source.splitlines()
    stray = []
    for number, line in enumerate(lines):
        if not line.lstrip().startswith("#:"):
            continue
        following = next(
            (later for later in lines[number + 1 :] if not later.lstrip().startswith("#")), ""
        )
        if not TRANSLATABLE.search(following):
            stray.append(number + 1)
    return stray


def test_translator_comments_only_before_translatable_strings():
    """Code comments written '#:' reached translators as notes (18 of them, issue 18)."""
    stray = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        for number in stray_translator_comments(path.read_text(encoding="utf-8"))
    ]
    assert not stray, "'#:' is for translators (lupdate); write code comments with '#':\n" + (
        "\n".join(stray)
    )
    assert stray_translator_comments("#: a code comment\nx = 1\nself.tr('A')\n") == [1]
    assert stray_translator_comments("#: for translators\nself.tr('A')\n") == []

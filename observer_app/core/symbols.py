"""Conference document symbols: parse what people see and type, give one canonical form.

Pure Python (standard library only); no Qt.

Canonical form
==============
``DocSymbol.canonical()`` writes:

* the main numbered series as the bare number: ``67``;
* any other series as ``SERIES/number`` with the series in upper case: ``DT/33``,
  ``ADM/54``, ``AFCP/69``, ``WGPL/6`` (``WG-PL`` is written ``WGPL``), ``COM6/4``;
* then the parts, each in parentheses, always in the order ITU prints them:
  addendum, then revision, then corrigendum: ``67(Add.2)(Rev.1)``, ``67(Corr.1)``,
  ``DT/33(Rev.1)``, ``AFCP/69(Add.2)``;
* never the language: ``Document 67-E`` and ``67-F`` are the same symbol in different
  languages; the language is kept in ``DocSymbol.language`` ("en", "fr", "es", "ar", "zh",
  "ru" from the suffixes -E, -F, -S, -A, -C, -R).

Parts written in another order (``67(Rev.1)(Add.2)``) are accepted and put in that order.
(Strictly, ITU's ``67(Add.2)(Rev.1)`` is "revision 1 of addendum 2"; a symbol holds one
number per kind of part, so that is the only reading there is.)  A kind of part given twice
(``67(Rev.1)(Rev.2)``) or a part numbered 0 is not a symbol.

``display()`` is what the user reads: ``Document 67(Rev.1)`` for the main series and the
canonical form otherwise (``DT/33(Rev.1)``).

Forms accepted (all case-insensitive unless said otherwise)
===========================================================
* main series with a marker: ``Document 67``, ``Document 67-E``, ``Doc. 67``, ``Doc 67``,
  ``doc.67``, ``Documents 67``, ``Doc. No. 67``;
* parts after the number, in parentheses or not, with or without a dot and a space:
  ``67(Rev.1)``, ``67 (Rev.1)``, ``67 Rev.1``, ``67 Rev 1``, ``Document 67 (Add. 2)``,
  ``67(Add.2)(Rev.1)``, ``84/Revision 2``, ``84 Revision 2``, ``67(Corr.1)``; keywords
  ``Rev``/``Revision``, ``Add``/``Addendum``, ``Corr``/``Corrigendum``;
* parts before the document: ``Addendum 2 to Document 67``,
  ``Revision 1 to Document 67-E`` (up to three of them);
* language suffix ``-E -F -S -A -C -R`` after the number or after the parts:
  ``67(Add.2)(Rev.1)-E``, ``DT/33-F``;
* series: the known series ``DT DL ADM AFCP WGPL (or WG-PL) COM1..COM6 PL GT`` with a slash
  or a space: ``DT/33``, ``DT 33``, ``dt/33``, ``ADM/55(Rev.1)``, ``COM6/4``, ``com5/12``
  (``PL`` and ``GT`` with a space only when written in upper case); and any other 2 to 5
  upper-case letters directly followed by ``/`` and a number, written in upper case:
  ``ASP/12``, ``RCC/3`` (except a few words that are not series, such as ``HTTP/2``);
* a series may follow a marker: ``Document DT/33``.

Numbers are 1 to 5 ASCII digits (leading zeros dropped: ``Doc. 0067`` is ``67``); part
numbers 1 to 3 digits.  0 is not a document or part number.  File names such as
``S14-PP14-C-0015!!MSW-E`` are not parsed here.

``parse_symbol`` and ``find_symbols``
=====================================
``parse_symbol(text)`` takes a field that holds one symbol (surrounding white space is
ignored) and returns ``None`` unless the whole text is one symbol.  A bare number (``"67"``)
is accepted there: in a symbol field it can mean nothing else, and it is the canonical form
of the main series.

``find_symbols(text)`` finds the symbols mentioned in free text (a note) and is careful about
false positives: a bare number is taken only with a marker (``Document``, ``Doc.``, ``Doc``)
or when a part follows it directly (``67(Rev.1)``, ``67 Rev.1``, ``84/Revision 2``); even
then not when it is glued to other characters (``1.67(Rev.1)``, ``PP14-C-0067``) or follows
a word such as ``Resolution``, ``Article``, ``paragraph``, ``No.``, ``page``.  In notes an
unparenthesised ``add``/``corr`` written in lower case without a dot (``"5 add 2"``) is not a
part.  White space inside a symbol is at most three blanks and never a line break.

Citations
=========
A citation is a symbol, then optionally its language and a page: the one grammar for what
the observer types, what the Cite button inserts and what the report reads.
``format_citation`` writes ``Document 84 (FR), p. 1`` or ``DT/33(Rev.1) (EN), p. 3``;
``find_citations`` reads those back, and also the typed forms ``DT/33 rev 1``,
``Doc. 84-F p. 2``, ``67(Rev.1) (fr) page 12``, ``Document 84, pp. 3``.  The language is in
parentheses as its two-letter code (EN FR ES AR ZH RU) or a suffix (``-F``); the page is
``p.``, ``pp.`` or ``page`` and a number of 1 to 4 digits, after an optional comma.

Every quantifier in the patterns is bounded and no repeated group can match the same text in
two ways, so scanning is linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "Citation",
    "DocSymbol",
    "KNOWN_SERIES",
    "LANGUAGE_SUFFIXES",
    "find_citations",
    "find_symbols",
    "format_citation",
    "group_key",
    "parse_symbol",
]

#: Language suffix letter -> language code.
LANGUAGE_SUFFIXES: dict[str, str] = {
    "E": "en",
    "F": "fr",
    "S": "es",
    "A": "ar",
    "C": "zh",
    "R": "ru",
}
_LANGUAGES = frozenset(LANGUAGE_SUFFIXES.values())

#: Series recognised with a space as well as a slash, in any case.
KNOWN_SERIES: frozenset[str] = frozenset(
    {"DT", "DL", "ADM", "AFCP", "WGPL", "PL", "GT", *(f"COM{i}" for i in range(1, 7))}
)

# Upper-case words followed by "/digits" that are not document series.
_NOT_SERIES = frozenset({"HTTP", "HTTPS", "FTP", "SFTP", "UTF", "ISO", "IEC", "RFC", "TCP", "UDP"})

# Known series that need upper case when written with a space ("PL 3" yes, "pl 3" no).
_SPACE_NEEDS_UPPER = frozenset({"PL", "GT"})

_SERIES_RE = re.compile(r"[A-Z]{2,5}[0-9]?")

# ---------------------------------------------------------------------------------------
# Patterns.  All compiled with re.VERBOSE | re.IGNORECASE.  Blanks are horizontal white
# space only (any Unicode space except line breaks), at most three in a row.
# ---------------------------------------------------------------------------------------

_SP = r"[^\S\r\n]{0,3}"  # optional blanks
_SP1 = r"[^\S\r\n]{1,3}"  # required blanks

# Part keyword.  What may follow it (an optional dot, blanks, then a digit) keeps it from
# matching inside words such as "Revenue" or "Additional".
_KW = r"(?: Rev(?:ision)? | Add(?:endum)? | Corr(?:igendum)? )"

# One part after the number: "(Rev.1)", " (Add. 2)", " Rev.1", " Rev 1", "/Revision 2".
_PART = rf"""
    (?:
        {_SP} \( {_SP} (?P<pkw>{_KW}) \.? {_SP} (?P<pnum>[0-9]{{1,3}}) {_SP} \)
      | (?: {_SP} / {_SP} | {_SP1} )
        (?P<ukw>{_KW}) (?P<udot>\.?) {_SP} (?P<unum>[0-9]{{1,3}}) (?!\w)
    )
"""
# The same without group names, for use inside the main pattern.
_PART_NOGROUPS = re.sub(r"\(\?P<\w+>", "(?:", _PART)

# One part before the document: "Addendum 2 to ", "Rev.1 to ".
_PREFIX_ITEM = rf"""
    (?P<kw>{_KW}) \.? {_SP} (?P<num>[0-9]{{1,3}}) {_SP1} to {_SP1}
"""
_PREFIX_ITEM_NOGROUPS = re.sub(r"\(\?P<\w+>", "(?:", _PREFIX_ITEM)

# "Document ", "Doc. ", "Doc ", "doc.", "Documents ", "Doc. No. ".
_MARKER = rf"""
    Doc(?:ument)?s? (?: \. {_SP} | {_SP1} ) (?: No \.? {_SP} )?
"""

_KNOWN = r"(?: DT | DL | ADM | AFCP | WG-?PL | COM[^\S\r\n]?[1-6] | PL | GT )"


def _core_pattern(*, in_free_text: bool) -> str:
    # In free text a bare number (no marker) must be followed directly by a part.
    bare_rule = rf"(?(marker) | (?(mnum) (?={_PART_NOGROUPS}) ) )" if in_free_text else ""
    return rf"""
        (?=[0-9A-Za-z])                              # fast skip: starts with a letter or digit
        (?<![\w/])                                   # not glued to a word or a slash
        (?P<pre> (?: {_PREFIX_ITEM_NOGROUPS} ){{1,3}} )?   # "Addendum 2 to "
        (?P<marker> {_MARKER} )?                     # "Document "
        (?:
            (?P<kser> {_KNOWN} )                     # known series: "DT/33", "dt 33"
            (?P<ksep> {_SP} / {_SP} | {_SP1} )
            (?P<knum> [0-9]{{1,5}} )
          | (?-i: (?P<gser> [A-Z]{{2,5}} ) / (?P<gnum> [0-9]{{1,5}} ) )   # "ASP/12"
          | (?P<mnum> [0-9]{{1,5}} )                 # main series: "67"
        )
        (?! \w | [.:][0-9] )                         # whole number, not "67abc", "1.5"
        {bare_rule}
    """


_FLAGS = re.VERBOSE | re.IGNORECASE
_CORE_FIND = re.compile(_core_pattern(in_free_text=True), _FLAGS)
_CORE_PARSE = re.compile(_core_pattern(in_free_text=False), _FLAGS)
_PART_RE = re.compile(_PART, _FLAGS)
_DIGIT = re.compile("[0-9]")  # what each of the core pattern's numbers starts with
_PREFIX_ITEM_RE = re.compile(_PREFIX_ITEM, _FLAGS)
_LANG_RE = re.compile(r"- (?P<lang>[EFSACR]) (?!\w)", _FLAGS)

# Words after which a bare number in a note is not a document ("Resolution 102 (Rev.1)").
_NOT_DOC_BEFORE = re.compile(
    r"""
    (?: \b (?: resolutions? | res | recommendations? | rec | decisions? | dec | articles?
             | art | annex | appendix | section | sect | paragraphs? | paras? | items?
             | no | nos | number | page | pages | pp | p | table | figure | fig | chapter
             | ch | room | point | option | version | v )
        \.?
      | §
    )
    [^\S\r\n]{0,3} \Z
    """,
    _FLAGS,
)
# Characters that glue a bare number to something else ("1.67", "10:30", "$67", "#67").
_BAD_BEFORE_BARE = frozenset(".,:-+#$€£¥%/\\=@")

_KIND_BY_INITIAL = {"r": "revision", "a": "addendum", "c": "corrigendum"}


@dataclass(frozen=True, order=True)
class DocSymbol:
    """One conference document symbol.

    ``series`` is ``""`` for the main numbered series ("Document 67"), otherwise the upper-case
    series ("DT", "ADM", "COM6", ...).  ``revision``, ``addendum`` and ``corrigendum`` are 0
    when absent.  ``language`` is ``""`` or one of "en", "fr", "es", "ar", "zh", "ru" (a
    suffix letter such as "E" is accepted and stored as its code).
    """

    series: str
    number: int
    revision: int = 0
    addendum: int = 0
    corrigendum: int = 0
    language: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.series, str):
            raise TypeError(f"series must be a str, not {type(self.series).__name__}")
        series = self.series.strip().upper().replace("-", "")
        if series and not _SERIES_RE.fullmatch(series):
            raise ValueError(f"not a document series: {self.series!r}")
        object.__setattr__(self, "series", series)

        for name in ("number", "revision", "addendum", "corrigendum"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"{name} must be an int, not {type(value).__name__}")
        if self.number < 1:
            raise ValueError(f"document number must be at least 1, not {self.number}")
        for name in ("revision", "addendum", "corrigendum"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")

        if not isinstance(self.language, str):
            raise TypeError(f"language must be a str, not {type(self.language).__name__}")
        language = self.language.strip()
        language = LANGUAGE_SUFFIXES.get(language.upper(), language.lower())
        if language and language not in _LANGUAGES:
            raise ValueError(f"not a conference language: {self.language!r}")
        object.__setattr__(self, "language", language)

    def canonical(self) -> str:
        """``67``, ``67(Add.2)(Rev.1)``, ``67(Corr.1)``, ``DT/33(Rev.1)``; no language."""
        text = f"{self.series}/{self.number}" if self.series else str(self.number)
        if self.addendum:
            text += f"(Add.{self.addendum})"
        if self.revision:
            text += f"(Rev.{self.revision})"
        if self.corrigendum:
            text += f"(Corr.{self.corrigendum})"
        return text

    def base(self) -> DocSymbol:
        """The document that revisions, addenda and corrigenda group under."""
        return DocSymbol(self.series, self.number)

    def display(self) -> str:
        """``Document 67(Rev.1)`` for the main series, ``DT/33(Rev.1)`` otherwise."""
        return self.canonical() if self.series else f"Document {self.canonical()}"

    def __str__(self) -> str:
        return self.canonical()


def parse_symbol(text: str) -> DocSymbol | None:
    """The symbol that ``text`` is (surrounding white space ignored), or ``None``.

    The whole text must be one symbol.  A bare number ("67") is the main-series document.
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    match = _CORE_PARSE.match(text)
    if match is None:
        return None
    found = _complete(text, match, strict=True)
    if found is None or found[0] != 0 or found[1] != len(text):
        return None
    return found[2]


def group_key(text: str) -> str:
    """The canonical base ("67" for ``67(Add.2)(Rev.1)-E``) that revisions, addenda and
    corrigenda group under; text that is not a symbol is its own group (stripped)."""
    symbol = parse_symbol(text)
    return symbol.base().canonical() if symbol is not None else str(text).strip()


def find_symbols(text: str) -> list[tuple[int, int, DocSymbol]]:
    """Every symbol mentioned in free text, as ``(start, end, symbol)``, in text order.

    ``text[start:end]`` is the symbol as written (with its marker, parts and language).
    Bare numbers count only with a marker ("Doc. 67") or a part ("67(Rev.1)").
    """
    found: list[tuple[int, int, DocSymbol]] = []
    if _DIGIT.search(text) is None:  # every symbol has a number: a note of words is done at once
        return found
    pos = 0
    while True:
        match = _CORE_FIND.search(text, pos)
        if match is None:
            return found
        result = _complete(text, match, strict=False)
        if result is None:
            pos = match.start() + 1
        else:
            found.append(result)
            pos = result[1]


def _series_and_number(match: re.Match[str]) -> tuple[str, int] | None:
    """The series ("DT", "" for a plain number) and the number of a core match; ``None`` when
    it is no symbol ("Doc 0", a lower-case series written with a space where that misleads)."""
    if match["kser"] is not None:
        raw_series = match["kser"]
        series = re.sub(r"[^A-Za-z0-9]", "", raw_series).upper()
        if "/" not in match["ksep"] and series in _SPACE_NEEDS_UPPER and raw_series != series:
            return None
        number = int(match["knum"])
    elif match["gser"] is not None:
        series = match["gser"]
        if series in _NOT_SERIES:
            return None
        number = int(match["gnum"])
    else:
        series = ""
        number = int(match["mnum"])
    return None if number == 0 else (series, number)


def _language_at(text: str, pos: int) -> tuple[str, int]:
    """A language suffix ("(E)", "-F") at ``pos``: its code and where it ends ("" and ``pos``)."""
    lang = _LANG_RE.match(text, pos)
    if lang is None:
        return "", pos
    return LANGUAGE_SUFFIXES[lang["lang"].upper()], lang.end()


def _suffix_parts(
    text: str, pos: int, parts: dict[str, int], *, strict: bool
) -> tuple[int, int] | None:
    """Read parts written after the number ("(Rev.1)(Add.2)") into ``parts``: where they end
    and how many there were. A doubtful part ends them (free text) or fails (``strict``)."""
    count = 0
    while True:
        part = _PART_RE.match(text, pos)
        if part is None:
            return pos, count
        keyword = part["pkw"] or part["ukw"]
        value = int(part["pnum"] or part["unum"])
        kind = _KIND_BY_INITIAL[keyword[0].lower()]
        doubtful = value == 0 or kind in parts
        if (
            not strict
            and part["ukw"] is not None
            and kind != "revision"
            and keyword.islower()
            and not part["udot"]
        ):
            doubtful = True  # "we need 5 add 2 chairs"
        if doubtful:
            return None if strict else (pos, count)
        parts[kind] = value
        count += 1
        pos = part.end()


def _bare_number_in_prose(text: str, start: int) -> bool:
    """A number without series or marker reads as something else here ("page 67", "$67")."""
    if text[start - 1 : start] in _BAD_BEFORE_BARE:
        return True
    return _NOT_DOC_BEFORE.search(text, max(0, start - 40), start) is not None


def _complete(
    text: str, match: re.Match[str], *, strict: bool
) -> tuple[int, int, DocSymbol] | None:
    """Finish a core match: prefix parts, suffix parts and language.

    ``strict`` (parse_symbol): anything doubtful makes the whole thing ``None``.
    Otherwise (find_symbols): doubtful trailing pieces are left out of the symbol, and a
    bare number must pass the free-text checks.
    """
    start = match.start()
    marker = match["marker"]
    found = _series_and_number(match)
    if found is None:
        return None
    series, number = found

    parts: dict[str, int] = {}
    if match["pre"] is not None:
        prefix_parts = _prefix_parts(match["pre"])
        if prefix_parts is not None and (strict or marker is not None or series):
            parts.update(prefix_parts)
        elif strict:
            return None
        else:
            # "Rev 1 to Rev 2 to ...", or a prefix before an unmarked number: skip the prefix.
            start = match.end("pre")

    bare = not series and marker is None and not parts
    if bare and not strict and _bare_number_in_prose(text, start):
        return None

    language, pos = _language_at(text, match.end())
    after = _suffix_parts(text, pos, parts, strict=strict)
    if after is None:
        return None
    pos, suffix_parts = after
    if bare and not strict and suffix_parts == 0:
        return None
    if not language:
        language, pos = _language_at(text, pos)

    symbol = DocSymbol(series=series, number=number, language=language, **parts)
    return start, pos, symbol


def _prefix_parts(prefix: str) -> dict[str, int] | None:
    """Parts written before the document ("Addendum 2 to "); ``None`` if invalid."""
    parts: dict[str, int] = {}
    for item in _PREFIX_ITEM_RE.finditer(prefix):
        kind = _KIND_BY_INITIAL[item["kw"][0].lower()]
        value = int(item["num"])
        if value == 0 or kind in parts:
            return None
        parts[kind] = value
    return parts


# -- citations ---------------------------------------------------------------------------------
_CITE_LANG_RE = re.compile(rf"{_SP} \( {_SP} (?P<lang> EN|FR|ES|AR|ZH|RU ) {_SP} \)", _FLAGS)
_CITE_PAGE_RE = re.compile(
    rf"(?: {_SP} , )? {_SP} (?: pp? \. | page ) {_SP} (?P<page> [0-9]{{1,4}} ) (?![0-9])", _FLAGS
)


@dataclass(frozen=True)
class Citation:
    """A document cited in a note: the symbol, its language ("" if unsaid), its page (0)."""

    symbol: DocSymbol
    page: int = 0

    @property
    def language(self) -> str:
        return self.symbol.language

    def text(self) -> str:
        """``Document 84 (FR), p. 1``: what the Cite button inserts."""
        text = self.symbol.display()
        if self.symbol.language:
            text += f" ({self.symbol.language.upper()})"
        if self.page:
            text += f", p. {self.page}"
        return text


def format_citation(symbol: str | DocSymbol, language: str = "", page: int = 0) -> str:
    """The citation of ``symbol`` in ``language`` at ``page`` (0: no page), as notes write it.

    A symbol that does not parse is written as given, in the same shape."""
    parsed = symbol if isinstance(symbol, DocSymbol) else parse_symbol(symbol)
    language = LANGUAGE_SUFFIXES.get(language.upper(), language.lower()) if language else ""
    if parsed is None or (language and language not in _LANGUAGES):
        lang = f" ({language.upper()})" if language else ""
        return f"{symbol}{lang}" + (f", p. {page}" if page else "")
    parsed = DocSymbol(
        parsed.series,
        parsed.number,
        parsed.revision,
        parsed.addendum,
        parsed.corrigendum,
        language or parsed.language,
    )
    return Citation(parsed, max(0, page)).text()


def find_citations(text: str) -> list[tuple[int, int, Citation]]:
    """Every citation in free text, as ``(start, end, citation)``, in text order.

    The symbols are those of ``find_symbols``; a language in parentheses and a page that
    follow a symbol belong to its citation."""
    found = []
    for start, end, symbol in find_symbols(text):
        lang = _CITE_LANG_RE.match(text, end)
        if lang is not None:
            if not symbol.language:
                symbol = DocSymbol(
                    symbol.series,
                    symbol.number,
                    symbol.revision,
                    symbol.addendum,
                    symbol.corrigendum,
                    _CITE_CODES[lang["lang"].upper()],
                )
            end = lang.end()
        page = _CITE_PAGE_RE.match(text, end)
        number = 0
        if page is not None and int(page["page"]):
            number, end = int(page["page"]), page.end()
        found.append((start, end, Citation(symbol, number)))
    return found


_CITE_CODES = {code.upper(): code for code in _LANGUAGES}

"""What every conference source parser returns, and the small helpers they share.

A source (playlist, guide, calendar, schedule, document feed) rarely holds a whole conference:
each parser returns a ``SourceResult`` with the pieces it found, and ``combine`` (see
``feeds.combine``) merges several into one ``Conference``. Parsers never raise: what cannot be
used becomes a problem, what was skipped becomes a warning, each naming the place.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urljoin, urlparse

from observer_app.core.languages import code_for
from observer_app.core.model import FLOOR, Body, Document, Session, Stream

KINDS = ("observer", "m3u", "xmltv", "ical", "indico", "pretalx", "rss", "page", "unknown")


@dataclass
class SourceResult:
    """The pieces one source gave; ``problems`` non-empty means nothing usable came of it."""

    source: str
    kind: str = "unknown"
    name: str = ""
    timezone: str = ""
    bodies: list[Body] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    streams: list[Stream] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    #: m3u: tvg-id (or tvg-name when there is no id) -> stream id, for matching XMLTV channels.
    channels: dict[str, str] = field(default_factory=dict)
    #: xmltv: session id -> the XMLTV channel id it was announced on (matched in ``combine``).
    session_channels: dict[str, str] = field(default_factory=dict)
    #: m3u: the XMLTV guide the playlist names (x-tvg-url / url-tvg), not fetched by the parser.
    guide_url: str = ""
    #: m3u: every guide it names (x-tvg-url may list several, comma-separated); the first is
    #: ``guide_url``.
    guide_urls: list[str] = field(default_factory=list)
    #: page: the conference sources a web page links to (feeds, calendars, schedules), read
    #: and combined by the services layer like a playlist's guide.
    linked: list[str] = field(default_factory=list)
    #: m3u: ids of streams marked radio="true" (the model has no audio-only flag yet).
    audio_only: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        return {
            "bodies": len(self.bodies),
            "sessions": len(self.sessions),
            "streams": len(self.streams),
            "documents": len(self.documents),
        }

    def messages(self) -> list[str]:
        """Problems then warnings, each prefixed with the source, ready to show as is."""
        return [f"{self.source}, {m}" for m in self.problems + self.warnings]


#: The one rule for a sitting with a start and no usable end, in every reader: it lasts one
#: hour, or until the next sitting of the same body when that starts sooner (never over it),
#: and a warning says so.
ASSUMED_LENGTH = timedelta(hours=1)


def no_end_warning(place: str, why: str = "no end") -> str:
    """The warning every reader gives for a sitting whose end is assumed (see ``ASSUMED_LENGTH``)."""
    return f"{place}: {why}; assumed one hour (or until the next sitting of its body)"


def settle_open_ends(sessions: list[Session], open_ids: set[str]) -> list[Session]:
    """``sessions`` with those in ``open_ids`` (their end assumed as ``start + ASSUMED_LENGTH``)
    ending at the next start of their body when that comes sooner; order kept."""
    if not open_ids:
        return sessions
    from bisect import bisect_right

    starts: dict[str, list[datetime]] = {}
    for s in sessions:
        starts.setdefault(s.body_id, []).append(s.start)
    for found in starts.values():
        found.sort()
    settled = []
    for s in sessions:
        if s.id in open_ids:
            body_starts = starts[s.body_id]
            after = bisect_right(body_starts, s.start)
            if after < len(body_starts) and body_starts[after] < s.end:
                s = replace(s, end=body_starts[after])
        settled.append(s)
    return settled


def decode_text(data: bytes, what: str = "text") -> tuple[str, list[str]]:
    """Text from bytes without silent replacement characters: BOM, else UTF-16/32 without BOM
    (recognised by where its NULs fall; UTF-16LE ASCII text is valid UTF-8, so this comes before
    UTF-8), else strict UTF-8, else cp1252 with a warning saying so."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), []
        except UnicodeDecodeError as exc:
            return _legacy(data[3:], exc, what)
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")
            warn = (
                [f"{what} is {codec.upper()} but has undecodable bytes (shown as \ufffd)"]
                if "\ufffd" in text
                else []
            )
            return text, warn
    bomless = bomless_unicode(data)
    if bomless:
        text = data.decode(bomless, errors="replace")
        warn = [f"{what} is {bomless.upper()} without a byte-order mark; read as such"]
        if "\ufffd" in text:
            warn.append(f"{what} has bytes that are not {bomless.upper()} (shown as \ufffd)")
        return text, warn
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        return _legacy(data, exc, what)


#: How much of a file the encoding and binary checks look at: enough to judge, cheap on 100 MB.
SNIFF_BYTES = 4096
#: Bytes no text source contains: C0 controls but tab, line breaks, form feed, the DOS
#: end-of-file mark and ESC (they turn up in real, if old, text files); and DEL.
TEXT_CONTROLS = bytes(sorted(set(range(32)) - {9, 10, 11, 12, 13, 26, 27})) + b"\x7f"


def bomless_unicode(data: bytes) -> str | None:
    """ "utf-16-le", "utf-16-be", "utf-32-le" or "utf-32-be" when the start of ``data`` is text in
    that encoding without a byte-order mark, else None. Markup and ASCII text in UTF-16 has a NUL
    in every other byte (UTF-32: two in four at least), always on the same side; binary data has
    NULs anywhere, or none. The decoded start must then hold no control characters either."""
    head = data[:SNIFF_BYTES]
    if b"\x00" not in head[:512]:
        return None
    for codec, width, high, low, share in _UNICODE_LAYOUTS:
        sample = head[: len(head) - len(head) % width]
        units = len(sample) // width
        if units < 2:
            continue
        zeros = min(sample[i::width].count(0) for i in high)
        # Most high bytes NUL (Cyrillic or Greek text still leaves its spaces and markup), no low one.
        if zeros >= units * share and sample[low::width].count(0) * 50 <= units:
            bad = len(_NOT_TEXT.findall(sample.decode(codec, errors="replace")))
            if bad * 100 <= units:
                return codec
    return None


#: (codec, code unit width, positions of its high bytes, of its lowest byte, share of NUL high bytes)
_UNICODE_LAYOUTS = (
    ("utf-32-le", 4, (2, 3), 0, 0.9),
    ("utf-32-be", 4, (0, 1), 3, 0.9),
    ("utf-16-le", 2, (1,), 0, 0.25),
    ("utf-16-be", 2, (0,), 1, 0.25),
)
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x19\x1c-\x1f\x7f\ufffd]")


def _legacy(data: bytes, exc: UnicodeDecodeError, what: str) -> tuple[str, list[str]]:
    line = data.count(b"\n", 0, exc.start) + 1
    try:
        text, codec = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        text, codec = data.decode("latin-1"), "ISO-8859-1"
    return text, [
        f"line {line}: {what} is not UTF-8 (byte {exc.start}); read as {codec}, check accented names"
    ]


_HTML_START = re.compile(
    r"\s*(<!doctype\s+html|<html|<head|<body|<div|<iframe|<script|<meta|<title|<p>|<a\s)",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """An HTML page or fragment (a portal, an error page, an embed code saved as a file)."""
    return bool(_HTML_START.match(text[:2048]))


_NON_WORD = re.compile(r"[\W_]+")


class _BaseLetters(dict[int, int | None]):
    """``str.translate`` table that drops combining marks (accents once NFKD split them off),
    filled in as characters are met: far faster than testing each character in Python."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_BASE_LETTERS = _BaseLetters()


def _without_accents(name: str) -> str:
    return name if name.isascii() else unicodedata.normalize("NFKD", name).translate(_BASE_LETTERS)


#: What a body name's key drops: everything but letters, digits and "+" (underscores too).
_NOT_KEY = re.compile(r"[^\w+]|_")


def norm_key(name: str) -> str:
    """Comparison key for body names, the one rule (docs/sources.md, "Combining"): case,
    accents, spacing and punctuation do not matter ("Committee 5" = "committee5" =
    "COMMITTEE-5"), but "+" does: it names another channel ("X+" is not "X", "EBS+1" is not
    "EBS1")."""
    return _NOT_KEY.sub("", _without_accents(name).casefold())


def slug_key(name: str) -> str:
    """``slug`` without its fallback: "" for a name with no letter or digit."""
    # norm_key(name) with "-" for " ", in one pass: every whitespace character is also a
    # non-word one, so the runs _NON_WORD replaces already hold all the spacing split() removes.
    # "+" names another channel ("X+", "EBS+1"; see ``norm_key``): it is spelt out, not dropped.
    if "+" in name:
        name = name.replace("+", " plus ")
    return former_slug_key(name)


def former_slug_key(name: str) -> str:
    """``slug_key`` as it was before "+" was spelt out ("EBS+1" -> "ebs-1", now "ebs-plus-1"):
    the id notes and follows were filed under, and what conference ids stay (see ``slug``)."""
    return _NON_WORD.sub("-", _without_accents(name).casefold()).strip("-")[:60]


def slug(name: str, fallback: str = "item", key_of: Callable[[str], str] = slug_key) -> str:
    """A readable, stable id from a name ("Committee 5" -> "committee-5"). ``key_of``:
    ``former_slug_key`` for ids that must not change with the "+" rule (a conference's)."""
    key = key_of(name)
    if key:
        return key
    return (
        fallback + "-" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        if name
        else fallback
    )


def unique_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... whichever is free; records it as taken."""
    candidate, n = wanted, 1
    while candidate in taken:
        n += 1
        candidate = f"{wanted}-{n}"
    taken.add(candidate)
    return candidate


def stable_symbol(prefix: str, *parts: str) -> str:
    """A symbol for a document that has none: the same entry gives the same symbol tomorrow."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{prefix}:{digest}"


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def resolve_url(url: str, source: str) -> str:
    """``url`` as written in a file read from ``source``, made absolute (relative paths of a local
    file become file: URIs, of a web source are joined to its URL)."""
    url = url.strip()
    if url.startswith(("http://", "https://")):
        return url
    if _SCHEME.match(url) and not re.match(r"^[A-Za-z]:[\\/]", url):
        return url
    try:
        scheme = urlparse(source).scheme
        if scheme in ("http", "https"):
            return urljoin(source, url)
        if scheme == "file":  # a profile hands its local sources over as file: URIs
            from urllib.request import url2pathname  # noqa: PLC0415 - 0.05 s (http, ssl, email)

            source = url2pathname(urlparse(source).path)
        path = Path(url)
        if not path.is_absolute():
            path = Path(source).resolve().parent / path
        return path.as_uri()
    except (ValueError, OSError):
        return url


def language_code(tag: str | None) -> str:
    """ "en-US" -> "en", "fra" (ISO 639-2, as DASH manifests and ffmpeg write it) -> "fr";
    "" when unknown."""
    if not tag:
        return ""
    code = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    if not (code.isalpha() and 2 <= len(code) <= 3):
        return ""
    known = code_for(code)  # the six UN languages, whichever way they are spelt
    return known if known and known != FLOOR else code

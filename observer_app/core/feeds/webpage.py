"""A conference's web page as a source: what it links to, read without running it.

Observers rarely get a playlist or a feed: they get the conference's pages. A page gives
(``parse_page``):

* **documents** from document tables: a row (``<tr>``, else a list item) whose text holds a
  symbol (``Document 67``, ``DT/33(Rev.1)``, an ITU file name ``S14-PP14-C-0067!!MSW-E``) and
  links to its files; each file's language comes from the ``-E -F -S -A -C -R`` suffix of its
  name, else from the link's text (``E``, ``English``, ``Français``...);
* **linked sources**: ``<link rel="alternate">`` feeds and links to ``.ics``, ``.m3u``,
  ``.xml``/``.json`` schedules, Indico exports and XMLTV guides, read and combined by the
  services layer (``SourceResult.linked``);
* **media links** (``<video>``/``<source>``/``<audio>`` and links to ``.m3u8``/``.mpd``): these
  are the page's webcast streams, one body named after the page; players in an ``<iframe>``
  (YouTube, Vimeo, Kaltura, UN Web TV) are named in a warning: they need the resolver
  (``net.webcast.resolve_streams``, yt-dlp in a child process).

Relative links are resolved against ``<base href>``, else the page's own address. Whatever the
page links to that is none of these is counted in one warning, so ``feed check`` says what the
page gave and what it could not use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import PurePosixPath
from urllib.parse import unquote, urljoin, urlparse

from observer_app.core.feeds.base import SourceResult, resolve_url, slug
from observer_app.core.model import Body, Document, DocumentFile, Stream, StreamKind
from observer_app.core.symbols import DocSymbol, find_symbols, parse_symbol

#: ITU file names: S14-PP14-C-0067!!MSW-E (year, meeting, series letter, number, format, language).
_ITU_FILE = re.compile(
    r"(?:^|[^A-Za-z0-9])[A-Z]\d{2}-[A-Z0-9]+-(?P<series>[A-Z]{1,3})-(?P<number>\d{1,5})"
    r"(?:!(?P<part>[A-Z]\d{1,3}))?(?:!!(?:[A-Z]+))?(?:-(?P<lang>[EFSACR])\b)?"
)
#: A language suffix at the end of a file name's stem: "67-E.pdf", "DT-33_F.docx".
_LANG_SUFFIX = re.compile(r"[-_!](?P<lang>[EFSACR])$")
_LANGUAGES = {"E": "en", "F": "fr", "S": "es", "A": "ar", "C": "zh", "R": "ru"}
_LANGUAGE_NAMES = {
    "english": "en",
    "français": "fr",
    "francais": "fr",
    "french": "fr",
    "español": "es",
    "espanol": "es",
    "spanish": "es",
    "العربية": "ar",
    "arabic": "ar",
    "中文": "zh",
    "chinese": "zh",
    "русский": "ru",
    "russian": "ru",
}
_DOCUMENT_FILES = (".pdf", ".doc", ".docx", ".zip", ".odt", ".rtf", ".txt", ".htm", ".html")
_MEDIA = {".m3u8": StreamKind.LIVE, ".mpd": StreamKind.LIVE, ".mp4": StreamKind.ARCHIVE}
_PLAYERS = {
    "youtube.com": "YouTube",
    "youtube-nocookie.com": "YouTube",
    "youtu.be": "YouTube",
    "vimeo.com": "Vimeo",
    "kaltura.com": "Kaltura",
    "webtv.un.org": "UN Web TV",
    "media.un.org": "UN Web TV",
}
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


@dataclass
class _Link:
    url: str
    text: str
    row: int  # the table row or list item it sits in (-1: none)


@dataclass
class _Page(HTMLParser):
    """Collects what ``parse_page`` needs in one pass over the markup."""

    title: str = ""
    base: str = ""
    links: list[_Link] = field(default_factory=list)
    alternates: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    frames: list[str] = field(default_factory=list)  # iframes, embeds and player scripts
    scripts: list[str] = field(default_factory=list)  # the text of inline scripts
    rows: list[list[str]] = field(default_factory=list)  # text pieces of each row
    _in_title: bool = False
    _in_script: bool = False
    _row: int = -1
    _link: _Link | None = None

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "").strip() for k, v in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "base" and a.get("href") and not self.base:
            self.base = a["href"]
        elif tag == "link" and "alternate" in a.get("rel", "").lower().split():
            if a.get("href") and a.get("type", "").lower() in _FEED_TYPES:
                self.alternates.append(a["href"])
        elif tag in ("tr", "li"):
            self.rows.append([])
            self._row = len(self.rows) - 1
        elif tag == "a" and a.get("href"):
            self._link = _Link(a["href"], "", self._row)
            self.links.append(self._link)
        elif tag in ("video", "audio", "source") and a.get("src"):
            self.media.append(a["src"])
        elif tag in ("iframe", "embed") and a.get("src"):
            self.frames.append(a["src"])
        elif tag == "script":
            self._in_script = True
            if a.get("src"):  # a player's loader (Kaltura's embedIframeJs, Vimeo's player.js)
                self.frames.append(a["src"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "script":
            self._in_script = False
        elif tag == "a":
            self._link = None
        elif tag in ("tr", "li", "table", "ul", "ol"):
            self._row = -1

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)
            return
        if self._in_title:
            self.title += data
        if self._link is not None:
            self._link.text += data
        if self._row >= 0:
            self.rows[self._row].append(data)


def parse_page(text: str, source: str) -> SourceResult:
    """Documents, media streams and linked sources of an HTML page (see the module's docstring)."""
    result = SourceResult(source, "page")
    page = _Page()
    page.feed(text)
    page.close()
    result.name = " ".join(page.title.split())
    base = resolve_url(page.base, source) if page.base else source

    def absolute(url: str) -> str:
        return (
            urljoin(base, url)
            if base.startswith(("http://", "https://"))
            else resolve_url(url, base)
        )

    used: set[str] = set()
    _streams(result, page, absolute, used)
    _documents(result, page, absolute, used)
    _linked(result, page, absolute, used)
    left = {absolute(link.url) for link in page.links} - used
    left = {u for u in left if urlparse(u).scheme in ("http", "https", "file")}
    if left:
        result.warnings.append(
            f"{len(left)} other link{'s' if len(left) > 1 else ''} on the page lead to neither "
            "a document, a stream nor a conference source; not used"
        )
    if not (result.streams or result.documents or result.linked):
        players = _players(page, absolute, result.source)
        result.problems.append(
            f"line 1: the page's only webcast is in an embedded {', '.join(players)} player, "
            "which only the webcast resolver (yt-dlp) can read"
            if players
            else "line 1: this is an HTML page without documents, streams or conference "
            "sources that Observer can use (a login or error page?)"
        )
        # (the problem names the player: the warning would say it twice)
        result.warnings = [w for w in result.warnings if "need the resolver" not in w]
    return result


def _extension(url: str) -> str:
    return PurePosixPath(unquote(urlparse(url).path)).suffix.lower()


def _streams(
    result: SourceResult, page: _Page, absolute: Callable[[str], str], used: set[str]
) -> None:
    """The page's own media as streams of one body named after the page; players in frames
    named in a warning (the resolver reads those)."""
    urls = [absolute(u) for u in page.media]
    urls += [absolute(link.url) for link in page.links if _extension(link.url) in (".m3u8", ".mpd")]
    name = result.name or urlparse(result.source).hostname or "Webcast"
    body = Body(slug(name, "webcast"), name)
    # A page read from the web is read again when an address it named expires; a saved copy
    # cannot be, and the player says so (``player.page_refresh.find_again``).
    address = result.source
    for url in dict.fromkeys(urls):
        if _extension(url) not in _MEDIA:
            continue
        used.add(url)
        stream_id = f"{body.id}-{len(result.streams) + 1}"
        result.streams.append(
            Stream(stream_id, body.id, url, _MEDIA[_extension(url)], page=address)
        )
    if result.streams:
        result.bodies.append(body)
    players = _players(page, absolute, result.source)
    if players:
        result.warnings.append(
            f"the page embeds a {', '.join(players)} player: its streams need the resolver "
            "(yt-dlp), not read from the markup"
        )


#: Inline script words of players that load their stream themselves (UN Web TV's pages name
#: their Kaltura entry as ``const kentryID = '1_...'`` beside ``kWidget.embed``).
_PLAYER_SCRIPTS = {"kWidget": "Kaltura", "kentryID": "Kaltura", "YT.Player": "YouTube"}


def _players(page: _Page, absolute: Callable[[str], str], source: str) -> list[str]:
    """The embedded players the page names: by the host of a frame or script from another
    site (the page's own scripts are no embedded player), or by words of an inline script."""
    own = urlparse(source).hostname
    hosts = {urlparse(absolute(frame)).hostname or "" for frame in page.frames} - {own}
    found = {player for name in hosts for host, player in _PLAYERS.items() if name.endswith(host)}
    found |= {
        player for word, player in _PLAYER_SCRIPTS.items() if any(word in s for s in page.scripts)
    }
    return sorted(found)


def _file_language(url: str, text: str) -> str:
    """A document file's language: its name's suffix (-E, !!MSW-F...), else the link's text."""
    name = PurePosixPath(unquote(urlparse(url).path)).name
    itu = _ITU_FILE.search(name)
    if itu and itu.group("lang"):
        return _LANGUAGES[itu.group("lang")]
    stem = name.rsplit(".", 1)[0]
    suffix = _LANG_SUFFIX.search(stem)
    if suffix:
        return _LANGUAGES[suffix.group("lang")]
    word = " ".join(text.split())
    return _LANGUAGES.get(word.upper(), "") or _LANGUAGE_NAMES.get(word.casefold(), "")


def _row_symbol(pieces: list[str], links: list[_Link]) -> DocSymbol | None:
    """The symbol a document row is about: a cell that is one, else one its text mentions,
    else an ITU file name among its links."""
    for piece in pieces:
        found = parse_symbol(piece)
        if found:
            return found
    text = " ".join(" ".join(pieces).split())
    mentioned = find_symbols(text)
    if mentioned:
        return mentioned[0][2]
    for link in links:
        itu = _ITU_FILE.search(unquote(urlparse(link.url).path))
        if itu:
            series = "" if itu.group("series") == "C" else f"{itu.group('series')}/"
            return parse_symbol(f"{series}{int(itu.group('number'))}")
    return None


def _documents(
    result: SourceResult, page: _Page, absolute: Callable[[str], str], used: set[str]
) -> None:
    """Document rows: a symbol and links to files; the row's longest other text is the title."""
    documents: dict[str, Document] = {}
    for index, pieces in enumerate(page.rows):
        links = [
            link
            for link in page.links
            if link.row == index
            and (
                _extension(link.url) in _DOCUMENT_FILES
                or _ITU_FILE.search(unquote(urlparse(link.url).path))
            )
        ]
        found = _row_symbol(pieces, links) if links else None
        if found is None:
            continue
        symbol = found.canonical()
        title = max(
            (" ".join(p.split()) for p in pieces if parse_symbol(p) is None and len(p.split()) > 1),
            key=len,
            default=found.display(),
        )
        files = []
        for link in links:
            url = absolute(link.url)
            used.add(url)
            language = _file_language(url, link.text) or found.language or "en"
            files.append(DocumentFile(language, url))
        old = documents.get(symbol)
        merged = (old.files if old else ()) + tuple(
            f for f in files if not old or f not in old.files
        )
        documents[symbol] = Document(
            symbol, old.title if old else title, result.name, None, None, merged
        )
    result.documents = list(documents.values())


_SOURCE_SUFFIXES = {".ics": "ical", ".ical": "ical", ".m3u": "m3u", ".rss": "rss", ".atom": "rss"}


def _source_kind(url: str) -> str:
    """What kind of conference source a link looks like it leads to, or ""."""
    path = unquote(urlparse(url).path).lower()
    suffix = _extension(url)
    if suffix in _SOURCE_SUFFIXES:
        return _SOURCE_SUFFIXES[suffix]
    if "/export/event/" in path or "/export/categ/" in path:
        return "indico"
    name = PurePosixPath(path).name
    if suffix in (".xml", ".json", ".gz") and ("schedule" in name or "fahrplan" in name):
        return "pretalx"
    if suffix in (".xml", ".gz") and any(word in name for word in ("xmltv", "epg", "guide")):
        return "xmltv"
    if "feed" in name and suffix in ("", ".xml", ".json"):
        return "rss"
    return ""


_INDICO_EVENT = re.compile(r"^(?P<root>.*?)/event/(?P<id>\d+)/?(?:timetable/?)?$")


def indico_export(url: str) -> str:
    """An Indico event page's export address (``.../event/7/`` ->
    ``.../export/event/7.json?detail=contributions``), else ""."""
    parts = urlparse(url)
    if "indico" not in (parts.hostname or "") and "indico" not in parts.path:
        return ""
    event = _INDICO_EVENT.match(parts.path)
    if not event:
        return ""
    path = f"{event.group('root')}/export/event/{event.group('id')}.json"
    return parts._replace(path=path, query="detail=contributions", fragment="").geturl()


def _linked(
    result: SourceResult, page: _Page, absolute: Callable[[str], str], used: set[str]
) -> None:
    """Feeds the page declares and links to conference sources (an Indico event page as its
    export), for the services to read."""
    found = [absolute(u) for u in page.alternates]
    for link in page.links:
        url = absolute(link.url)
        export = indico_export(url)
        if export:
            used.add(url)
            found.append(export)
        elif _source_kind(url):
            found.append(url)
    for url in dict.fromkeys(found):
        if url != result.source:
            used.add(url)
            result.linked.append(url)

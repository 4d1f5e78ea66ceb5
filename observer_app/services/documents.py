"""The document library's use cases, shared by the window and the command line (no Qt).

- ``fetch_documents``: download every file of the conference (or of one body) into the cache,
  preferred languages first, and index the text of files that are new or changed;
- ``search``: document pages and the observer's notes, best first, with snippets;
- ``whats_new`` / ``mark_looked``: documents and revisions that appeared since the observer
  last looked;
- ``diff_revision``: what a revision changed, as a unified text diff;
- ``available_offline`` / ``local_file``: what can be read without a network.

``store`` is a ``store.documents.DocumentRepository`` or anything with a ``db`` (a Profile).
SQLite connections belong to one thread: a worker thread opens its own profile
(``open_profile(paths, secondary=True)``) and passes that. Long calls take ``progress`` (a
callable) and ``cancel`` (a ``threading.Event`` or a callable returning True to stop).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable
from urllib.parse import unquote, urlsplit

from observer_app.core.docdiff import previous_revision, text_diff
from observer_app.core.model import Conference
from observer_app.core.symbols import parse_symbol
from observer_app.store.db import Database
from observer_app.store.documents import (
    DocumentRecord,
    DocumentRepository,
    DownloadedCopy,
    FileRecord,
    Hit,
)

if TYPE_CHECKING:
    import requests

    from observer_app.net.download import Limits

__all__ = [
    "FetchPhase",
    "FetchProgress",
    "FetchScope",
    "FileStatus",
    "NewKind",
    "FileOutcome",
    "FetchSummary",
    "Hit",
    "NewDocument",
    "RevisionDiff",
    "available_offline",
    "diff_revision",
    "fetch_documents",
    "local_file",
    "mark_looked",
    "record_documents",
    "search",
    "snippet",
    "whats_new",
]


class FetchPhase(StrEnum):
    """What ``fetch_documents`` does with a file (a StrEnum: shown as its text)."""

    DOWNLOAD = "download"
    INDEX = "index"


class FileStatus(StrEnum):
    """What became of one file (a StrEnum: ``docs fetch --json`` still says "fetched"...)."""

    FETCHED = "fetched"
    UNCHANGED = "unchanged"  # the server said 304, or it failed and the earlier copy is kept
    LOCAL = "local"  # a file on this computer, indexed in place
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class FetchProgress:
    """Where ``fetch_documents`` is: file ``index`` of ``count`` (1-based), its phase and,
    while downloading, the bytes so far."""

    index: int
    count: int
    symbol: str
    language: str
    phase: FetchPhase
    done_bytes: int = 0
    total_bytes: int | None = None


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file (``status``). ``pages``: how many pages were (re-)indexed
    now, None when the text was already indexed. ``text_problem``: why the text could not be
    read (encrypted, damaged), the file itself is fine."""

    symbol: str
    language: str
    url: str
    status: FileStatus
    reason: str = ""
    path: str | None = None
    pages: int | None = None
    text_problem: str = ""


@dataclass
class FetchSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    new_documents: list[str] = field(default_factory=list)
    cancelled: bool = False

    def with_status(self, status: FileStatus) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def failed(self) -> list[FileOutcome]:
        return self.with_status(FileStatus.FAILED)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled

    def counts(self) -> dict[str, int]:
        result = {str(s): 0 for s in FileStatus}
        for o in self.outcomes:
            result[str(o.status)] = result.get(str(o.status), 0) + 1
        return result

    def as_dict(self) -> dict[str, Any]:
        return {
            "counts": self.counts(),
            "cancelled": self.cancelled,
            "new_documents": self.new_documents,
            "files": [asdict(o) for o in self.outcomes],
        }


class _HasDatabase(Protocol):
    """A profile (services.context.Profile): anything with the open database."""

    @property
    def db(self) -> Database: ...


#: What the functions here read from: a profile, or the document repository itself.
Store = DocumentRepository | _HasDatabase


@runtime_checkable
class _Flag(Protocol):
    """A threading.Event, or anything else that says whether it is set."""

    def is_set(self) -> bool: ...


#: How to cancel: a flag that gets set, a function that says so, or nothing.
Cancel = _Flag | Callable[[], bool] | None


def _repo(store: Store) -> DocumentRepository:
    return store if isinstance(store, DocumentRepository) else DocumentRepository(store.db)


def _cancel_check(cancel: Cancel) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, _Flag):  # the same test as hasattr(cancel, "is_set")
        return cancel.is_set
    return cancel


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def record_documents(
    conference: Conference, store: Store, now: datetime | None = None
) -> list[str]:
    """Remember the documents the feed lists now (for *what's new*); returns the new symbols."""
    return _repo(store).record(conference.id, conference.documents, _now(now))


@dataclass(frozen=True)
class FetchScope:
    """Which files ``fetch_documents`` fetches: those of ``body_id`` only (all when None), the
    preferred ``languages`` first."""

    body_id: str | None = None
    languages: Sequence[str] = ("en",)


def fetch_documents(
    conference: Conference,
    store: Store,
    cache_dir: Path,
    scope: FetchScope = FetchScope(),
    progress: Callable[[FetchProgress], None] | None = None,
    cancel: Cancel = None,
    *,
    session: requests.Session | None = None,
    limits: Limits | None = None,
) -> FetchSummary:
    """Download the conference's document files (those ``scope`` names) into
    ``cache_dir/<conference id>/`` and index the text of files that are new or changed.
    ``limits``: each download's (net.download; its defaults when None). Never raises for a
    network, server or file problem: each file's outcome says what happened."""
    from observer_app.net import download as dl
    from observer_app.net.filenames import safe_filename

    repo = _repo(store)
    is_cancelled = _cancel_check(cancel)
    summary = FetchSummary(
        new_documents=repo.record(conference.id, conference.documents, _now(None))
    )
    directory = Path(cache_dir) / safe_filename(conference.id, fallback="conference")
    body_id = scope.body_id
    docs = [d for d in conference.documents if body_id is None or d.body_id == body_id]
    rank = {lang: i for i, lang in enumerate(scope.languages)}
    work = sorted(
        ((d, f) for d in docs for f in d.files), key=lambda df: rank.get(df[1].language, len(rank))
    )
    if session is None and any(_local_path(f.url) is None for _d, f in work):
        from observer_app.net.session import make_session

        session = make_session()
    run = _FetchRun(
        repo, conference.id, directory, session, is_cancelled, limits or dl.Limits(), dl
    )
    for index, (doc, dfile) in enumerate(work, start=1):
        if is_cancelled():
            summary.cancelled = True
            break

        report = _reporter(progress, index, len(work), doc.symbol, dfile.language)
        outcome = _fetch_one(run, doc.symbol, dfile.language, dfile.url, report)
        summary.outcomes.append(outcome)
        if outcome.status == FileStatus.CANCELLED:
            summary.cancelled = True
            break
    return summary


def _reporter(
    progress: Callable[[FetchProgress], None] | None,
    index: int,
    count: int,
    symbol: str,
    language: str,
) -> Callable[..., None]:
    """The progress callback for the ``index``-th of ``count`` files: a function of its own so
    that each file's callback keeps its own symbol and language (not the loop's last ones)."""

    def report(done: int, total: int | None, phase: FetchPhase = FetchPhase.DOWNLOAD) -> None:
        if progress is not None:
            progress(FetchProgress(index, count, symbol, language, phase, done, total))

    return report


#: A server saying the document is gone (withdrawn): not a reason to keep quiet about it.
_GONE = re.compile(r"\bHTTP (?:404|410)\b")


@dataclass(frozen=True)
class _FetchRun:
    """What every file of one ``fetch_documents`` call shares."""

    repo: DocumentRepository
    conference_id: str
    directory: Path  # where this conference's files go
    session: requests.Session | None
    is_cancelled: Callable[[], bool]
    limits: Limits  # each download's
    dl: ModuleType  # net.download, imported when fetching starts


def _fetch_one(
    run: _FetchRun, symbol: str, language: str, url: str, report: Callable[..., None]
) -> FileOutcome:
    repo, conference_id, directory, session = (
        run.repo,
        run.conference_id,
        run.directory,
        run.session,
    )
    is_cancelled, dl = run.is_cancelled, run.dl
    record = repo.file(conference_id, symbol, language)
    local = _local_path(url)
    when = datetime.now(UTC)
    if local is not None:
        report(0, None)
        if not local.is_file():
            reason = f"the file {local} does not exist"
            repo.set_problem(conference_id, symbol, language, reason)
            return FileOutcome(symbol, language, url, FileStatus.FAILED, reason)
        sha = dl.sha256_of(local)
        if record is None or record.sha256 != sha or record.local_path != local:
            size = local.stat().st_size
            repo.set_downloaded(
                conference_id, symbol, language, DownloadedCopy(local, size, sha), when
            )
        path, status = local, FileStatus.LOCAL
    else:
        cached = None
        if record is not None and record.local_path is not None and record.available:
            cached = dl.Cached(record.local_path, record.etag, record.last_modified)
        name = f"{symbol.replace('/', '_')}-{language}"
        result = dl.download(
            url,
            directory,
            name=name,
            cached=cached,
            session=session,
            limits=run.limits,
            watch=dl.Watch(report, is_cancelled),
        )
        if (
            result.status is dl.DownloadStatus.FAILED
            and cached is not None
            and Path(cached.path).is_file()
            and not _GONE.search(result.reason)
        ):
            # Offline, or the server failed: the copy downloaded earlier is still this document
            # (counted as unchanged, with the reason; not a failure for `docs fetch`'s exit status).
            return FileOutcome(
                symbol,
                language,
                url,
                FileStatus.UNCHANGED,
                f"{result.reason}; the copy downloaded earlier is kept",
                str(cached.path),
            )
        if result.status in (dl.DownloadStatus.FAILED, dl.DownloadStatus.CANCELLED):
            if result.status is dl.DownloadStatus.FAILED:
                repo.set_problem(conference_id, symbol, language, result.reason)
            return FileOutcome(symbol, language, url, FileStatus(result.status), result.reason)
        path, status = result.path, FileStatus(result.status)
        if result.status is dl.DownloadStatus.FETCHED:
            copy = DownloadedCopy(
                path, result.size, result.sha256, result.etag, result.last_modified
            )
            repo.set_downloaded(conference_id, symbol, language, copy, when)
        else:
            repo.set_validators(conference_id, symbol, language, result.etag, result.last_modified)
    record = repo.file(conference_id, symbol, language)
    assert record is not None, "written above, or already known"
    pages, problem = None, ""
    if record.indexed_sha256 != record.sha256 or record.sha256 is None:
        report(0, None, FetchPhase.INDEX)
        pages, problem = _index(
            repo, conference_id, symbol, language, path, record.sha256, is_cancelled
        )
    elif record.problem:
        problem = record.problem
    return FileOutcome(symbol, language, url, status, "", str(path), pages, problem)


def _index(
    repo: DocumentRepository,
    conference_id: str,
    symbol: str,
    language: str,
    path: Path,
    sha256: str | None,
    is_cancelled: Callable[[], bool],
) -> tuple[int | None, str]:
    from observer_app.services.doctext import extract_pages

    extraction = extract_pages(path, cancel=is_cancelled)
    if extraction.cancelled:
        return None, "text not indexed (cancelled)"
    problem = extraction.problem or "; ".join(extraction.page_problems)
    repo.replace_pages(conference_id, symbol, language, sha256, extraction.pages, problem)
    return len(extraction.pages), problem


def _local_path(url: str) -> Path | None:
    """The file a ``file:`` URL (or a bare path) points to; None for network URLs."""
    parts = urlsplit(url)
    if parts.scheme == "file":
        from urllib.request import url2pathname  # noqa: PLC0415 - 0.05 s (http, ssl, email)

        return Path(url2pathname(unquote(parts.path)))
    if parts.scheme in ("http", "https"):
        return None
    if len(parts.scheme) <= 1:  # a plain path, or a Windows drive letter
        return Path(url)
    return None


# -- search ----------------------------------------------------------------------------------------
def search(
    store: Store,
    conference_id: str,
    query: str,
    limit: int = 50,
    marks: tuple[str, str] = ("[", "]"),
    snippets: int | None = None,
) -> list[Hit]:
    """Document pages and notes matching every word of ``query`` (accents ignored, the last word
    as a prefix), best first. Each hit: kind ("document"/"note"), ref (symbol or note id),
    language, page, snippet (matches between ``marks``), rank (bm25, lower is better)."""
    from observer_app.core.notefilter import fts_query

    return _repo(store).search(conference_id, fts_query(query), limit, marks, snippets=snippets)


def snippet(
    store: Store, conference_id: str, hit: Hit, query: str, marks: tuple[str, str] = ("[", "]")
) -> str:
    """The snippet of a hit that ``search(..., snippets=N)`` returned without one (shown later)."""
    from observer_app.core.notefilter import fts_query

    return _repo(store).snippet_of(conference_id, hit, fts_query(query), marks)


# -- what's new -----------------------------------------------------------------------------------
class NewKind(StrEnum):
    """What a new document is, by its symbol (a StrEnum: ``docs new --json`` keeps the text)."""

    DOCUMENT = "document"
    REVISION = "revision"
    ADDENDUM = "addendum"
    CORRIGENDUM = "corrigendum"


@dataclass(frozen=True)
class NewDocument:
    """A document first seen since the last look, and what ``kind`` of document it is."""

    record: DocumentRecord
    kind: NewKind

    @property
    def symbol(self) -> str:
        return self.record.symbol


def whats_new(
    store: Store, conference_id: str, mark: bool = False, now: datetime | None = None
) -> list[NewDocument]:
    """Documents and revisions that appeared since the observer last looked (everything, the
    first time), newest first; with ``mark``, this look becomes the last one."""
    repo = _repo(store)
    found = [
        NewDocument(r, _kind(r.symbol))
        for r in repo.seen_since(conference_id, repo.last_looked(conference_id))
    ]
    if mark:
        repo.mark_looked(conference_id, _now(now))
    return found


def mark_looked(store: Store, conference_id: str, now: datetime | None = None) -> None:
    _repo(store).mark_looked(conference_id, _now(now))


def _kind(symbol: str) -> NewKind:
    parsed = parse_symbol(symbol)
    if parsed is None:
        return NewKind.DOCUMENT
    if parsed.corrigendum:
        return NewKind.CORRIGENDUM
    if parsed.revision:
        return NewKind.REVISION
    return NewKind.ADDENDUM if parsed.addendum else NewKind.DOCUMENT


# -- revision diff ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RevisionDiff:
    """``diff`` is a unified diff of ``previous`` -> ``symbol`` in ``language``; "" with
    ``problem`` set when there is nothing to compare."""

    symbol: str
    previous: str | None
    language: str
    diff: str = ""
    problem: str = ""


def diff_revision(
    store: Store,
    conference_id: str,
    symbol: str,
    language: str | None = None,
    preferred: Sequence[str] = ("en", "fr", "es", "ar", "zh", "ru"),
) -> RevisionDiff:
    """What revision ``symbol`` changed against the version before it (``67(Rev.2)`` against
    ``67(Rev.1)``, or ``67`` when Rev.1 is not in the library), from the indexed text."""
    repo = _repo(store)
    parsed = parse_symbol(symbol)
    canonical = parsed.canonical() if parsed else symbol.strip()
    if parsed is None:
        return RevisionDiff(
            canonical, None, language or "", problem=f"{symbol!r} is not a document symbol"
        )
    previous = previous_revision(parsed)
    if previous is None:
        return RevisionDiff(
            canonical, None, language or "", problem=f"{canonical} is not a revision"
        )
    while previous is not None and repo.document(conference_id, previous.canonical()) is None:
        previous = previous_revision(previous)
    if previous is None:
        return RevisionDiff(
            canonical, None, language or "", problem=f"no earlier version of {canonical} is known"
        )
    before = previous.canonical()
    have_new = {f.language for f in repo.files(conference_id, canonical) if f.indexed_sha256}
    have_old = {f.language for f in repo.files(conference_id, before) if f.indexed_sha256}
    common = [
        lang for lang in (*preferred, *sorted(have_new & have_old)) if lang in have_new & have_old
    ]
    lang = language or (common[0] if common else "")
    if not lang or lang not in have_new & have_old:
        return RevisionDiff(
            canonical,
            before,
            lang,
            problem=f"the text of {before} and {canonical} "
            f"{'in ' + lang + ' ' if lang else ''}is not in the library yet (fetch the documents first)",
        )
    old_pages = [t for _n, t in repo.pages(conference_id, before, lang)]
    new_pages = [t for _n, t in repo.pages(conference_id, canonical, lang)]
    diff = text_diff(old_pages, new_pages, f"{before} ({lang})", f"{canonical} ({lang})")
    return RevisionDiff(
        canonical, before, lang, diff, "" if diff else "the two versions have the same text"
    )


# -- offline ------------------------------------------------------------------------------------------
def available_offline(store: Store, conference_id: str) -> dict[str, list[str]]:
    """Symbol -> the languages that have a finished file on this computer."""
    result: dict[str, list[str]] = {}
    for f in _repo(store).files(conference_id):
        if f.available:
            result.setdefault(f.symbol, []).append(f.language)
    return result


def local_file(
    store: Store, conference_id: str, symbol: str, preferred: Sequence[str] = ("en",)
) -> FileRecord | None:
    """The finished file to open for ``symbol``: a preferred language first, else any."""
    files = [f for f in _repo(store).files(conference_id, symbol) if f.available]
    rank = {lang: i for i, lang in enumerate(preferred)}
    return min(files, key=lambda f: rank.get(f.language, len(rank)), default=None)

"""Cached, resumable, verified downloads of conference documents into a cache directory.

Why this is careful: document servers are hotel-Wi-Fi-far, captive portals answer "200 OK"
with an HTML login page, and file names come from strangers (URLs, Content-Disposition).

- Bytes go to a hidden ``.<hash of URL>.part`` file in the cache directory, renamed to the
  final name only when complete and verified (length, ``%PDF-`` magic, size cap): a cut, a
  cancel or a full disk never leaves a half file under a finished name.
- A cut connection is resumed with ``Range`` + ``If-Range`` (a ``206`` must carry the
  ``Content-Range`` we asked for, otherwise the download restarts from zero).
- With the ETag / Last-Modified of the copy we have, the request is conditional: ``304``
  means "unchanged" and nothing is written.
- Final names are made safe here whatever the server says (see ``safe_filename``), and the
  final path is checked to be directly inside the cache directory.

No Qt: callable from a worker thread, with a progress callback and a cancel check.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.message import Message
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol, TypedDict
from urllib.parse import unquote, urlsplit

from observer_app.net.filenames import PART_SUFFIX, inside, safe_filename
from observer_app.net.pace import DEFAULT_PACE, Pace

if TYPE_CHECKING:
    import requests


class _Digest(Protocol):
    """What ``_copy_body`` feeds each chunk to (a hashlib hash)."""

    def update(self, data: bytes, /) -> None: ...


class _Partial(TypedDict):
    """A ``.part`` file worth resuming: its size, and the validator that pins its version (its
    ETag, else its Last-Modified: what ``If-Range`` sends)."""

    size: int
    validator: str


#: A conference document is a few MB; 200 MB is a misconfigured server or a video.
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
#: (connect, read) seconds for each network wait.
DEFAULT_TIMEOUT = (10.0, 30.0)
#: How many times a cut connection is resumed before giving up.
RESUME_ATTEMPTS = 3
_CHUNK = 64 * 1024
_PDF_TYPES = frozenset(
    {
        "application/pdf",
        "application/x-pdf",
        "application/acrobat",
        "application/octet-stream",
        "binary/octet-stream",
        "application/force-download",
        "application/download",
        "",
    }
)
_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.IGNORECASE)

Progress = Callable[[int, "int | None"], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class Cached:
    """What we already have of a URL: the finished file and the validators it came with."""

    path: Path
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Limits:
    """How much and how long one download may take: ``max_bytes``, the (connect, read)
    ``timeout`` of each network wait, and ``pace``: the minimum progress (default: 1 kB/s over
    30 s) with ``deadline_s``, the total time allowed, resumes included."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: tuple[float, float] = DEFAULT_TIMEOUT
    deadline_s: float = 900.0
    pace: Pace | None = None


@dataclass(frozen=True)
class Watch:
    """Who follows a download: ``progress(done, total|None)`` between chunks; ``cancel()``
    returning true stops it (the ``.part`` file is kept for a later resume)."""

    progress: Progress | None = None
    cancel: Cancel | None = None


class DownloadStatus(StrEnum):
    """What became of a download (a StrEnum: ``services.documents.FileStatus`` takes its text
    as is, and ``docs fetch --json`` prints it)."""

    FETCHED = "fetched"
    UNCHANGED = "unchanged"  # the server said 304: the copy we have is current
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class DownloadResult:
    """``status`` says what became of it; ``reason`` says why in plain words when it is not
    fetched/unchanged."""

    status: DownloadStatus
    url: str
    path: Path | None = None
    reason: str = ""
    size: int | None = None
    sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    resumed: bool = False

    @property
    def ok(self) -> bool:
        return self.status in (DownloadStatus.FETCHED, DownloadStatus.UNCHANGED)


class _Failed(Exception):
    """Internal: a plain reason; ``keep_part`` says whether the partial file can be resumed."""

    def __init__(
        self, reason: str, keep_part: bool = False, status: DownloadStatus = DownloadStatus.FAILED
    ):
        super().__init__(reason)
        self.reason, self.keep_part, self.status = reason, keep_part, status


class _Cut(Exception):
    """Internal: the connection broke mid-body; the partial file is good for a resume."""


def part_path(cache_dir: Path, url: str) -> Path:
    """Where the partial download of ``url`` lives (hidden, named by a hash of the URL)."""
    return Path(cache_dir) / f".{hashlib.sha256(url.encode('utf-8')).hexdigest()[:24]}{PART_SUFFIX}"


def download(
    url: str,
    cache_dir: Path,
    *,
    name: str | None = None,
    cached: Cached | None = None,
    expect_pdf: bool = True,
    session: requests.Session | None = None,
    limits: Limits = Limits(),
    watch: Watch = Watch(),
) -> DownloadResult:
    """Fetch ``url`` into ``cache_dir`` (created if missing) and verify it.

    ``name``: the final file name wanted (made safe); else Content-Disposition, else the URL.
    ``cached``: the copy we have, for a conditional request. ``limits`` and ``watch``: see
    their classes. Never raises for network, server, content or disk problems: the result says
    what happened.
    """
    cache_dir = Path(cache_dir)
    if session is None:
        from observer_app.net.session import make_session

        session = make_session()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return DownloadResult(
            DownloadStatus.FAILED,
            url,
            reason=f"cannot create the cache directory {cache_dir}: {_oserror(exc)}",
        )
    job = _Job(
        url,
        cache_dir,
        part_path(cache_dir, url),
        name,
        cached,
        expect_pdf,
        limits.max_bytes,
        session,
        watch.progress,
        watch.cancel,
        limits.timeout,
        replace(limits.pace or DEFAULT_PACE, deadline_s=limits.deadline_s),
        time.monotonic() + limits.deadline_s,
    )
    resumed = False
    for attempt in range(RESUME_ATTEMPTS + 1):
        try:
            return _attempt(job, resumed)
        except _Cut as exc:
            resumed = True
            if attempt == RESUME_ATTEMPTS:
                return DownloadResult(
                    DownloadStatus.FAILED,
                    url,
                    reason=f"the connection broke {attempt + 1} times ({exc}); "
                    "the part received is kept and the next fetch resumes it",
                )
        except _Failed as exc:
            if not exc.keep_part:
                _discard(job.part)
            return DownloadResult(exc.status, url, reason=exc.reason, resumed=resumed)
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class _Job:
    """One download's parameters, as every attempt (the first and each resume) uses them."""

    url: str
    cache_dir: Path
    part: Path
    name: str | None
    cached: Cached | None
    expect_pdf: bool
    max_bytes: int
    session: requests.Session
    progress: Progress | None
    cancel: Cancel | None
    timeout: tuple[float, float]
    pace: Pace
    deadline: float  # time.monotonic() past which the download is abandoned


def _attempt(job: _Job, resumed: bool) -> DownloadResult:
    meta_path = job.part.with_name(job.part.name + ".json")
    have = _resumable(job.part, meta_path, job.url)
    headers = _request_headers(job.cached, have)
    response = _get(job, headers)
    with response:
        status = response.status_code
        if status == 304:
            return _unchanged(job, headers, response)
        offset, total = _check_answer(job, response, have)
        final_name = _final_name(job.name, response, job.url, job.expect_pdf)
        _write_meta(meta_path, job.url, response)
        digest_done = _receive(response, job, offset, total)
        size = job.part.stat().st_size
        if total is not None and size != total:
            raise _Cut(f"received {size:,} of {total:,} bytes")
        _check_pdf(job)
        sha256 = digest_done if digest_done else sha256_of(job.part)
        try:
            target = inside(job.cache_dir, final_name)
            os.replace(job.part, target)
        except (OSError, ValueError) as exc:
            raise _Failed(f"cannot put the file in the cache {job.cache_dir}: {exc}") from None
        _discard(meta_path)
        return DownloadResult(
            DownloadStatus.FETCHED,
            job.url,
            path=target,
            size=size,
            sha256=sha256,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            resumed=resumed or offset > 0,
        )


def _request_headers(cached: Cached | None, have: _Partial | None) -> dict[str, str]:
    headers = {"Accept-Encoding": "identity"}  # Content-Length must count the bytes we store
    if cached is not None and cached.path.is_file():
        if cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
    if have:
        headers["Range"] = f"bytes={have['size']}-"
        headers["If-Range"] = have["validator"]
    return headers


def _get(job: _Job, headers: dict[str, str]) -> requests.Response:
    import requests  # noqa: F811 - at run time only when something is fetched

    from observer_app.net.session import TooSlow

    url = job.url
    if time.monotonic() > job.deadline:
        raise _Failed(
            "the download took too long (stopped; the next fetch resumes it)", keep_part=True
        )
    try:
        response: requests.Response = job.session.get(
            url, headers=headers, stream=True, timeout=job.timeout, allow_redirects=True
        )
        return response
    except requests.exceptions.SSLError as exc:
        raise _Failed(
            f"the secure connection to {_host(url)} failed (TLS: {_tls_words(exc)})"
        ) from None
    except TooSlow as exc:
        raise _Failed(f"{_host(url)}: {exc}", keep_part=True) from None
    except requests.exceptions.Timeout:
        raise _Failed(f"{_host(url)} did not answer in time (timeout)", keep_part=True) from None
    except requests.exceptions.RetryError as exc:
        code = re.search(r"too many (\d{3}) error", str(exc))
        raise _Failed(
            f"the server answered HTTP {code.group(1) if code else 'error'} (server error, "
            "tried again several times)",
            keep_part=True,
        ) from None
    except requests.exceptions.RequestException as exc:
        if "timed out" in str(exc).lower():
            raise _Failed(
                f"{_host(url)} did not answer in time (timeout)", keep_part=True
            ) from None
        raise _Failed(f"cannot reach {_host(url)}: {_short(exc)}", keep_part=True) from None


def _unchanged(job: _Job, headers: dict[str, str], response: requests.Response) -> DownloadResult:
    cached = job.cached
    if cached is None or ("If-None-Match" not in headers and "If-Modified-Since" not in headers):
        raise _Failed("the server answered 304 Not Modified to a request that was not conditional")
    return DownloadResult(
        DownloadStatus.UNCHANGED,
        job.url,
        path=cached.path,
        etag=response.headers.get("ETag", cached.etag),
        last_modified=response.headers.get("Last-Modified", cached.last_modified),
    )


def _check_answer(
    job: _Job, response: requests.Response, have: _Partial | None
) -> tuple[int, int | None]:
    """(offset to write at, total length or None) for an answer worth reading, else raise."""
    status = response.status_code
    if status == 416 and have:
        _discard(job.part)  # our part is not a prefix of what the server has now: start again
        raise _Cut("the server refused to resume (416)")
    if status not in (200, 206):
        raise _Failed(
            f"the server answered HTTP {status} {response.reason or ''}".rstrip(),
            keep_part=True,
        )
    ctype = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if job.expect_pdf and ctype not in _PDF_TYPES:
        raise _Failed(
            f"not a PDF: the server sent {ctype} (a login or error page?), not a document",
            keep_part=True,
        )
    offset = 0
    total = _int(response.headers.get("Content-Length"))
    if status == 206:
        offset, total = _check_range(response.headers.get("Content-Range", ""), have, job.part)
    if total is not None and total > job.max_bytes:
        raise _Failed(f"too big: {total:,} bytes, more than the {job.max_bytes:,} allowed")
    return offset, total


def _check_pdf(job: _Job) -> None:
    if not job.expect_pdf:
        return
    with open(job.part, "rb") as fh:
        head = fh.read(5)
    if head != b"%PDF-":
        raise _Failed(
            f"not a PDF: the file received does not start with %PDF- (it starts with {head[:5]!r})"
        )


def _receive(response: requests.Response, job: _Job, offset: int, total: int | None) -> str | None:
    """Stream the body into the part file (appending at ``offset``), paced. Returns the sha256
    when the whole file passed through here (no resume), else None."""
    import requests  # noqa: F811
    import urllib3

    from observer_app.net.session import TooSlow

    part = job.part
    digest = hashlib.sha256() if offset == 0 else None
    try:
        # Unbuffered: a full disk shows at the write that hit it, not later in close().
        fh = open(part, "r+b" if offset else "wb", buffering=0)  # noqa: SIM115
    except OSError as exc:
        raise _Failed(_disk_reason(exc, part)) from None
    with fh:
        if offset:
            fh.truncate(offset)
            fh.seek(offset)
        if job.progress:
            job.progress(offset, total)
        try:
            _copy_body(response, job, fh, digest, offset, total)
            os.fsync(fh.fileno())
        except TooSlow as exc:
            raise _Failed(
                f"{_host(job.url)}: {exc}; stopped, the next fetch resumes it", keep_part=True
            ) from None
        except OSError as exc:
            if isinstance(
                exc, (requests.exceptions.RequestException, urllib3.exceptions.HTTPError)
            ):
                raise _Cut(_short(exc)) from None
            raise _Failed(_disk_reason(exc, part)) from None
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as exc:
            raise _Cut(_short(exc)) from None
    return digest.hexdigest() if digest is not None else None


def _copy_body(
    response: requests.Response,
    job: _Job,
    fh: IO[bytes],
    digest: _Digest | None,
    done: int,
    total: int | None,
) -> None:
    from observer_app.net.session import TooSlow, paced_chunks

    remaining = Pace(
        deadline_s=max(0.0, job.deadline - time.monotonic()),
        min_bytes=job.pace.min_bytes,
        window_s=job.pace.window_s,
    )
    for chunk in paced_chunks(response, remaining):
        if job.cancel is not None and job.cancel():
            raise _Failed("cancelled", keep_part=True, status=DownloadStatus.CANCELLED)
        if time.monotonic() > job.deadline:
            raise TooSlow("the download took too long")
        if done == 0 and job.expect_pdf and not chunk.startswith(b"%PDF-"[: len(chunk)]):
            what = (
                "an HTML page"
                if chunk.lstrip()[:1] == b"<"
                else f"data starting with {chunk[:8]!r}"
            )
            raise _Failed(f"not a PDF: the server sent {what} instead of the document")
        done += len(chunk)
        if done > job.max_bytes:
            raise _Failed(f"too big: more than the {job.max_bytes:,} bytes allowed")
        view = memoryview(chunk)
        while view:
            view = view[fh.write(view) :]
        if digest is not None:
            digest.update(chunk)
        if job.progress:
            job.progress(done, total)


def _check_range(content_range: str, have: _Partial | None, part: Path) -> tuple[int, int | None]:
    """A 206 must continue exactly where our part ends; else restart from zero."""
    match = _CONTENT_RANGE.match(content_range)
    if not have or match is None or int(match.group(1)) != have["size"]:
        _discard(part)
        raise _Cut(
            f"the server resumed at the wrong place (Content-Range {content_range!r}); starting again"
        )
    return int(match.group(1)), (None if match.group(3) == "*" else int(match.group(3)))


def _resumable(part: Path, meta_path: Path, url: str) -> _Partial | None:
    """The partial download of ``url`` worth resuming: same URL, a validator to pin the version."""
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        size = part.stat().st_size
    except (OSError, ValueError):
        _discard(part)
        return None
    if not isinstance(meta, dict) or meta.get("url") != url or size == 0:
        return None
    validator = meta.get("etag") or meta.get("last_modified")
    if not validator:
        return None  # without a validator we cannot know the rest belongs to the same file
    return {"size": size, "validator": str(validator)}


def _write_meta(meta_path: Path, url: str, response: requests.Response) -> None:
    etag = response.headers.get("ETag")
    if etag and etag.startswith("W/"):
        etag = None  # a weak ETag cannot pin bytes for a Range request
    data = {"url": url, "etag": etag, "last_modified": response.headers.get("Last-Modified")}
    try:
        meta_path.write_text(json.dumps(data), encoding="utf-8")
    except OSError as exc:
        raise _Failed(_disk_reason(exc, meta_path)) from None


def _final_name(name: str | None, response: requests.Response, url: str, expect_pdf: bool) -> str:
    suffix = ".pdf" if expect_pdf else ""
    if name:
        return safe_filename(name, suffix)
    disposition = response.headers.get("Content-Disposition", "")
    if disposition:
        msg = Message()
        msg["Content-Disposition"] = disposition
        try:
            from_header = msg.get_filename()
        except (TypeError, ValueError, LookupError):
            from_header = None
        if from_header:
            return safe_filename(from_header, suffix)
    return safe_filename(unquote(urlsplit(url).path), suffix)


def _disk_reason(exc: OSError, path: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"disk full: cannot write {path.parent} ({_oserror(exc)}); nothing was kept"
    return f"cannot write to the cache {path.parent}: {_oserror(exc)}"


def _oserror(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _discard(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".json")) if path.suffix == PART_SUFFIX else (path,):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None and int(value) >= 0 else None
    except ValueError:
        return None


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _tls_words(exc: BaseException) -> str:
    """What the verification said ("Hostname mismatch...", "self-signed certificate"), which
    tells the user whether the name or the issuer is wrong."""
    found = re.search(r"certificate verify failed: ([^(]+)", str(exc))
    return f"certificate verify failed: {found.group(1).strip()}" if found else _short(exc)


def _short(exc: BaseException) -> str:
    """The innermost useful words of a requests/urllib3 error (not a 300-character repr)."""
    inner: object = exc
    for _ in range(6):
        nxt = getattr(inner, "reason", None)
        if (
            nxt is None
            and isinstance(inner, BaseException)
            and inner.args
            and isinstance(inner.args[0], BaseException)
        ):
            nxt = inner.args[0]
        if nxt is None or nxt is inner:
            break
        inner = nxt
    text = re.sub(r"<[^>]*>:?\s*", "", str(inner)).strip()
    return text[:200] or type(inner).__name__

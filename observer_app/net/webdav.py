"""A small WebDAV client for the team folder (Nextcloud, ownCloud, wsgidav, Apache mod_dav...).

Only what bundle sync needs: list a folder with ETags, read a file, write a file *conditionally*
(``If-Match`` / ``If-None-Match: *``) so that nobody's file is ever overwritten blindly. Errors
become ``WebDavError`` with a plain reason; a failed precondition is ``PreconditionFailed``, the
normal "someone changed it first" signal. Passwords go in the session's auth only, never into a
message or a log line.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import quote, unquote, urljoin, urlsplit

import requests

from observer_app.net.reasons import read_timed_out

DAV = "{DAV:}"
_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>\n'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/></d:prop></d:propfind>'
)


class WebDavError(RuntimeError):
    """The folder cannot be used; ``str()`` says why in plain words. ``status``: the HTTP status,
    when the server answered."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class PreconditionFailed(WebDavError):
    """412: the file is not the version we expected (someone else wrote it first)."""


def folder_url(url: str) -> str:
    """A folder URL always ends with '/', so that file names resolve inside it."""
    return url if url.endswith("/") else url + "/"


def file_url(folder: str, name: str) -> str:
    return urljoin(folder_url(folder), quote(name))


def shown_url(url: str) -> str:
    """A URL as a person reads it: "Zoë-pp26.json", not "Zo%C3%AB-pp26.json"."""
    return unquote(url)


def same_etag(a: str | None, b: str | None) -> bool:
    """Servers quote ETags in headers but not always in PROPFIND answers: compare the values."""
    return a is not None and b is not None and _bare(a) == _bare(b)


def _bare(etag: str) -> str:
    etag = etag.strip()
    etag = etag[2:] if etag.startswith("W/") else etag
    return etag[1:-1] if len(etag) >= 2 and etag[0] == etag[-1] == '"' else etag


def _quoted(etag: str) -> str:
    etag = etag.strip()
    return etag if etag.startswith(('"', 'W/"')) else f'"{etag}"'


class WebDav:
    """WebDAV on a shared ``requests`` session (``net.session.make_session``: timeouts, TLS
    verification, User-Agent). ``user``/``password`` are sent as HTTP basic auth."""

    def __init__(
        self,
        session: requests.Session,
        user: str | None = None,
        password: str | None = None,
        timeout: float | tuple[float, float] | None = None,
    ):
        self.session = session
        self.user = user
        self.timeout = timeout  # None: the session's default (net.session.DEFAULT_TIMEOUT)
        if user is not None:
            # UTF-8 as RFC 7617 and Nextcloud expect; requests would encode str as Latin-1 (and
            # crash on a Cyrillic or Arabic password).
            session.auth = (  # type: ignore[assignment]  # requests accepts bytes too
                user.encode("utf-8"),
                (password or "").encode("utf-8"),
            )

    # -- requests and their errors ------------------------------------------------------------------
    def _request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        host = urlsplit(url).netloc
        shown = shown_url(url)  # messages name files as people wrote them, not %-encoded
        try:
            # Only GET follows redirects: requests would turn a redirected PUT into a GET, and
            # report a write that never happened.
            # verify passed on each call: requests lets REQUESTS_CA_BUNDLE override a session's
            # own CA file (sync.ca_file) otherwise.
            resp = self.session.request(
                method,
                url,
                allow_redirects=method == "GET",
                timeout=self.timeout,
                verify=self.session.verify,
                **kwargs,
            )
        except requests.exceptions.SSLError as exc:
            if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                raise WebDavError(
                    f"{shown}: the TLS certificate of {host} could not be verified (a captive "
                    "portal, a proxy, or a self-signed certificate?); if the team server uses "
                    "its own certificate authority, set sync.ca_file to its CA file: "
                    "observer-app settings set sync.ca_file /path/to/ca.pem"
                ) from None
            raise WebDavError(
                f"{shown}: no secure (TLS) connection with {host}; "
                "does the address need http instead of https, or another port?"
            ) from None
        except requests.exceptions.RetryError:
            raise WebDavError(
                f"{shown}: {host} kept answering with server errors; try again later"
            ) from None
        except (requests.exceptions.Timeout, requests.exceptions.ConnectionError) as exc:
            if isinstance(exc, requests.exceptions.Timeout) or read_timed_out(exc):
                raise WebDavError(
                    f"{shown}: {host} did not answer in time; check the connection and try again"
                ) from None
            raise WebDavError(
                f"{shown}: cannot connect to {host}; check the address and the connection"
            ) from None
        except requests.RequestException as exc:
            raise WebDavError(f"{shown}: {type(exc).__name__}") from None
        except OSError:  # requests: "could not find a suitable TLS CA certificate bundle"
            raise WebDavError(
                f"{shown}: the CA file {self.session.verify} cannot be read; check sync.ca_file"
            ) from None
        self._check(resp, method, shown)
        return resp

    def _check(self, resp: requests.Response, method: str, url: str) -> None:
        code = resp.status_code
        if 300 <= code < 400:
            target = resp.headers.get("Location", "another address")
            raise WebDavError(
                f"{url}: the server redirects to {target} (HTTP {code}); "
                "use that address for the team folder",
                code,
            )
        if code < 400:
            return
        if code == 412:
            raise PreconditionFailed(
                f"{url}: the file was changed by someone else (HTTP 412)", code
            )
        user = f" for user {self.user!r}" if self.user else ""
        reasons = {
            401: f"the server refused the user name or password{user} (HTTP 401)",
            403: f"access denied{user} (HTTP 403); check the folder's sharing permissions",
            404: "no such folder or file (HTTP 404); check the address",
            405: f"the server does not allow {method} here (HTTP 405); is this a WebDAV folder?",
            409: "the folder does not exist (HTTP 409); create it on the server first",
            423: "the file is locked by someone else (HTTP 423); try again later",
            507: "the server is out of space (HTTP 507)",
        }
        if code in reasons:
            raise WebDavError(f"{url}: {reasons[code]}", code)
        if code >= 500:
            raise WebDavError(f"{url}: server error (HTTP {code}); try again later", code)
        raise WebDavError(f"{url}: unexpected answer to {method} (HTTP {code})", code)

    # -- the three operations ----------------------------------------------------------------------
    def propfind(self, url: str) -> list[tuple[str, str | None]]:
        """The files directly in the folder ``url``, as (absolute URL, ETag or None).

        Sub-folders are left out, and so is any entry the server places outside the folder: we
        would otherwise send our credentials wherever a listing points.
        """
        folder = folder_url(url)
        resp = self._request(
            "PROPFIND",
            folder,
            data=_PROPFIND_BODY,
            headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
        )
        if resp.status_code != 207:
            raise WebDavError(
                f"{folder}: not a WebDAV folder (PROPFIND answered HTTP {resp.status_code})",
                resp.status_code,
            )
        return [
            (href, etag)
            for href, etag in _parse_multistatus(resp.content, folder)
            if _is_child(href, folder)
        ]

    def get(self, url: str) -> tuple[bytes, str | None]:
        resp = self._request("GET", url)
        return resp.content, resp.headers.get("ETag")

    def put(
        self, url: str, data: bytes, if_match: str | None = None, if_none_match: bool = False
    ) -> str | None:
        """Write ``data`` only if the file is still version ``if_match``, or (``if_none_match``)
        only if there is no file yet. Returns the new ETag when the server gives one."""
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if if_match:
            headers["If-Match"] = _quoted(if_match)
        if if_none_match:
            headers["If-None-Match"] = "*"
        resp = self._request("PUT", url, data=data, headers=headers)
        return resp.headers.get("ETag")


def _parse_multistatus(content: bytes, folder: str) -> list[tuple[str, str | None]]:
    if b"<!DOCTYPE" in content or b"<!ENTITY" in content:  # no entity expansion games
        raise WebDavError(f"{folder}: the server's folder listing is not plain WebDAV XML")
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise WebDavError(
            f"{folder}: the server's folder listing is not valid XML ({exc})"
        ) from None
    entries = []
    for response in root.iter(f"{DAV}response"):
        href = (response.findtext(f"{DAV}href") or "").strip()
        if not href:
            continue
        etag, collection = None, False
        for propstat in response.iter(f"{DAV}propstat"):
            status = propstat.findtext(f"{DAV}status") or ""
            if " 200 " not in f"{status} ":
                continue
            for prop in propstat.iter(f"{DAV}prop"):
                etag = prop.findtext(f"{DAV}getetag") or etag
                resourcetype = prop.find(f"{DAV}resourcetype")
                if resourcetype is not None and resourcetype.find(f"{DAV}collection") is not None:
                    collection = True
        if not collection:
            entries.append((urljoin(folder, href), etag.strip() if etag else None))
    return entries


def _is_child(url: str, folder: str) -> bool:
    """``url`` names a file directly inside ``folder`` on the same server."""
    u, f = urlsplit(url), urlsplit(folder)
    if (u.scheme, u.netloc.lower()) != (f.scheme, f.netloc.lower()):
        return False
    path, parent = unquote(u.path), unquote(f.path)
    name = path[len(parent) :] if path.startswith(parent) else ""
    return bool(name) and "/" not in name


def file_name(url: str) -> str:
    """The decoded last path segment of a file URL."""
    return unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])

"""POST a feedback report (JSON) to an HTTPS receiver: a contribution platform or an
organisation's own server. The request and the answers we understand are in docs/submission.md.

Why it looks like this:
- one attempt per call, no hidden retries: the outbox (services.send) decides when to try
  again, with the same ``Idempotency-Key`` each time, so the receiver can drop repeats;
- TLS is always verified, against the system's CAs or the one CA file the user configured;
- no redirects: requests would turn a redirected POST into a GET, or carry the token elsewhere;
- the bearer token goes in one header and nowhere else: never in a log line, an error message,
  or the receiver's answer we store (a server echoing it gets it replaced by "[token]").
"""

from __future__ import annotations

import http.client
import json
import logging
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import requests

from observer_app.net.session import make_session

log = logging.getLogger("observer.net")

DEFAULT_TIMEOUT = (10, 30)
#: A Retry-After beyond a day is treated as a day: the report should not vanish into next month.
MAX_RETRY_AFTER = 24 * 3600


class SubmitError(RuntimeError):
    """No answer from the receiver (network, TLS, timeout), or a request we refuse to make.
    ``str()`` says why, never with the token; ``retryable``: trying later may work."""

    def __init__(self, message: str, retryable: bool = True):
        super().__init__(message)
        self.retryable = retryable


@dataclass(frozen=True)
class Receipt:
    """What the receiver answered. ``body_excerpt``: its message, shortened, token removed."""

    status: int
    body_excerpt: str = ""
    receiver_id: str = ""
    retry_after: float | None = None

    @property
    def delivered(self) -> bool:
        """2xx, or 409: the receiver already has this Idempotency-Key (an earlier attempt arrived)."""
        return 200 <= self.status < 300 or self.status == 409

    @property
    def retryable(self) -> bool:
        return self.status in (408, 425, 429) or self.status >= 500

    def describe(self) -> str:
        """One line for the Sent view and the outbox: "HTTP 201, receipt r-17: stored"."""
        parts = [f"HTTP {self.status}" + (" (already received)" if self.status == 409 else "")]
        if self.receiver_id:
            parts.append(f"receipt {self.receiver_id}")
        text = ", ".join(parts)
        return f"{text}: {self.body_excerpt}" if self.body_excerpt else text


def post_report(
    url: str,
    json_bytes: bytes,
    token: str,
    idempotency_key: str,
    ca_file: str | None = None,
    timeout: tuple[float, float] | float = DEFAULT_TIMEOUT,
) -> Receipt:
    """One POST of the report. Returns the receiver's ``Receipt`` for any HTTP answer (the caller
    looks at ``delivered`` / ``retryable``); raises ``SubmitError`` when there was none."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise SubmitError(
            f"{url}: the receiver's address must start with https:// (the token must not travel "
            "in clear)",
            retryable=False,
        )
    if parts.username or parts.password:
        raise SubmitError(
            f"{parts.hostname}: remove the user name and password from the address; the token "
            "goes in the keyring (observer-app secret set http.token)",
            retryable=False,
        )
    if not token or not all(0x21 <= ord(c) <= 0x7E for c in token):
        raise SubmitError(
            "the token stored as http.token is empty or contains spaces, line breaks or non-ASCII "
            "characters; store it again with `observer-app secret set http.token`",
            retryable=False,
        )
    _no_wire_debug()
    host = parts.netloc
    headers = {
        "Authorization": f"Bearer {token}",
        "Idempotency-Key": idempotency_key,
        "Content-Type": "application/json; charset=utf-8",
        "Accept": "application/json, text/plain;q=0.9, */*;q=0.5",
    }
    session = make_session(retries=0)
    try:
        resp = session.post(
            url,
            data=json_bytes,
            headers=headers,
            timeout=timeout,
            verify=ca_file or True,
            allow_redirects=False,
        )
    except requests.exceptions.SSLError as exc:
        raise _tls_failure(str(exc), url, host) from None
    except requests.exceptions.Timeout:
        raise SubmitError(f"{url}: {host} did not answer in time") from None
    except requests.exceptions.ConnectionError:
        raise SubmitError(f"{url}: cannot connect to {host}") from None
    except requests.RequestException as exc:  # never str(exc): it could quote a header
        raise SubmitError(f"{url}: the request failed ({type(exc).__name__})") from None
    except (
        OSError
    ):  # requests' "could not find a suitable TLS CA certificate bundle" (after its own errors,
        # which are OSErrors too)
        raise SubmitError(
            f"the CA file {ca_file} cannot be read; check http.ca_file", retryable=False
        ) from None
    finally:
        session.close()
    receipt = _receipt(resp, token)
    log.info("POST %s: HTTP %d", url, resp.status_code)
    if 300 <= resp.status_code < 400:
        target = resp.headers.get("Location", "another address")
        return Receipt(
            resp.status_code, f"the receiver redirects to {target}; set http.url to that address"
        )
    return receipt


def _tls_failure(text: str, url: str, host: str) -> SubmitError:
    """Waiting never fixes a certificate: not retryable, and the setting that does is named."""
    if "mismatch" in text.lower() or "doesn't match" in text.lower():
        return SubmitError(
            f"{url}: the TLS certificate is for another server than {host}; check http.url",
            retryable=False,
        )
    if "CERTIFICATE_VERIFY_FAILED" in text:
        return SubmitError(
            f"{url}: the TLS certificate of {host} could not be verified; if the receiver uses "
            "its own certificate authority, set http.ca_file to its CA file",
            retryable=False,
        )
    return SubmitError(f"{url}: no secure (TLS) connection with {host}")


def _no_wire_debug() -> None:
    """http.client prints every header (the token) to stdout when its debuglevel is raised,
    whoever raised it; a report is never sent with that switched on."""
    if http.client.HTTPConnection.debuglevel:
        log.warning("HTTP wire debugging was on; switched off before sending the report")
        http.client.HTTPConnection.debuglevel = 0
    try:
        import urllib3.connection  # noqa: PLC0415

        if getattr(urllib3.connection.HTTPConnection, "debuglevel", 0):
            urllib3.connection.HTTPConnection.debuglevel = 0
    except ImportError:  # pragma: no cover - requests always brings urllib3
        pass


def _receipt(resp: requests.Response, token: str) -> Receipt:
    text = resp.text if resp.content else ""
    receiver_id, message = "", ""
    try:
        data = json.loads(text) if text else None
    except ValueError:
        data = None
    if isinstance(data, dict):
        for key in ("id", "receipt", "receipt_id"):
            if isinstance(data.get(key), (str, int)):
                receiver_id = str(data[key])
                break
        for key in ("message", "detail", "error", "error_description", "title"):
            if isinstance(data.get(key), str):
                message = data[key]
                break
    elif text and not text.lstrip().startswith("<"):  # plain text, not an HTML error page
        message = text
    if not receiver_id and resp.headers.get("Location"):
        receiver_id = resp.headers["Location"]
    if not message and resp.reason and resp.status_code >= 400:
        message = resp.reason
    excerpt = " ".join(message.split())[:300].replace(token, "[token]")
    return Receipt(
        resp.status_code,
        excerpt,
        receiver_id.replace(token, "[token]")[:200],
        _retry_after(resp.headers.get("Retry-After")),
    )


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), MAX_RETRY_AFTER))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min(when.timestamp() - time.time(), MAX_RETRY_AFTER))

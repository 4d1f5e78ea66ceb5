"""A failed HTTP request in plain words for the user, shared by every place that fetches.

Never the exception's own text: it can carry URLs with tokens or request details. ``requests``
is imported only when there is a failure to explain, so importing this costs nothing at start.
"""

from __future__ import annotations


def plain_reason(exc: BaseException) -> str:
    import requests

    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        return f"the server answered {exc.response.status_code} {exc.response.reason}".rstrip()
    if isinstance(exc, requests.exceptions.RetryError):
        return "the server kept answering with an error"
    if isinstance(exc, requests.exceptions.SSLError):
        return "the server's TLS certificate could not be verified"
    from observer_app.net.session import TooSlow

    if isinstance(exc, TooSlow):  # our own words: "the server is sending too slowly (...)"
        return str(exc)
    if isinstance(exc, requests.Timeout) or read_timed_out(exc):
        return "the server did not answer in time"
    if isinstance(exc, requests.ConnectionError):
        return "cannot connect to the server (offline, or wrong address)"
    if type(exc) is requests.RequestException and str(exc):  # raised by us with its own words
        return str(exc)
    return type(exc).__name__


def read_timed_out(exc: BaseException) -> bool:
    """A read timeout that requests raises as a *connection* error: once a GET's retries are
    spent (or with none), urllib3 wraps the ``ReadTimeoutError`` in ``MaxRetryError``, and
    requests reports that as ``ConnectionError``. The server was reached; it did not answer."""
    import urllib3.exceptions

    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(reason, urllib3.exceptions.ReadTimeoutError)

"""The one requests session factory: timeouts, retries with backoff, a User-Agent naming us.

TLS verification stays on (requests' default); nothing here ever turns it off.
"""

from __future__ import annotations

from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from observer_app import __version__

USER_AGENT = (
    f"Observer/{__version__} (+https://github.com/observer-app; civil-society conference observer)"
)
#: (connect, read) seconds: slow hotel links are fine, a dead server is not waited for forever.
DEFAULT_TIMEOUT = (10, 30)


class _TimeoutAdapter(HTTPAdapter):
    # requests.Session passes everything but the request by keyword: only the timeout matters.
    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = DEFAULT_TIMEOUT
        return super().send(request, **kwargs)


def make_session(retries: int = 3) -> requests.Session:
    session = requests.Session()
    retry = Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        backoff_factor=0.5,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset({"GET", "HEAD"}),
        respect_retry_after_header=True,
    )
    adapter = _TimeoutAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    return session

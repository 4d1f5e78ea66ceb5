"""Read a JSON document a person gave us (a feed, a bundle) with errors that say where and what.

Shared by the conference feed and the notes bundle: both must name a non-UTF-8 byte, an empty
file, an HTML page saved or served by mistake, the line and column of a JSON error (and whether
the file seems cut off), and absurd nesting, instead of raising whatever ``json`` raises.
"""

from __future__ import annotations

import json
from collections.abc import Callable

#: Builds the caller's own error from (source, place, problem).
ErrorFactory = Callable[[str, str, str], Exception]


def decode_json(
    data: bytes, source: str, error: ErrorFactory, html_problem: str, kind: str
) -> object:
    """The parsed document, or ``error(source, place, problem)`` raised. ``kind`` ("a notes
    bundle") finishes the nesting message; ``html_problem`` is what to say of an HTML page."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(source, f"byte {exc.start}", "not UTF-8 text") from None
    if not text.strip():
        raise error(source, "", "the file is empty")
    if text.lstrip()[:1] == "<":
        raise error(source, "line 1", html_problem)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        cut = " (the file seems cut off)" if exc.pos >= len(text.rstrip()) - 1 else ""
        raise error(
            source, f"line {exc.lineno}, column {exc.colno}", f"invalid JSON: {exc.msg}{cut}"
        ) from None
    except RecursionError:
        raise error(source, "", f"the JSON is nested too deeply to be {kind}") from None

"""Text as WebVTT and SRT cues carry it: line breaks, controls, escapes and timestamps.

Shared by the notes' subtitle export (``core/export/cues``) and the transcript's
(``core/transcript``), which must not import each other (the report reads transcript quotes).
"""

from __future__ import annotations

import re

# Every line terminator Python's str.splitlines knows: WebVTT itself knows CR and LF only,
# but readers written in Python (webvtt-py among them) split on all of these.
_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SPECIAL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def clean(text: str, max_chars: int | None = None) -> str:
    """Text safe as cue lines: one kind of line break, no blank lines, no control characters."""
    if not _SPECIAL.search(text) and (max_chars is None or len(text) <= max_chars):
        return text.rstrip() if text.strip() else ""  # one line, nothing to replace: most notes
    text = _CONTROLS.sub(
        lambda m: "\ufffd" if m.group() == "\x00" else " ", text.replace("\t", " ")
    )
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars].rstrip() + "…"
    return "\n".join(line.rstrip() for line in _BREAKS.split(text) if line.strip())


def one_line(text: str) -> str:
    return " ".join(clean(text).split("\n"))


def timestamp(ms: int, separator: str = ".") -> str:
    """``hh:mm:ss.ttt`` (WebVTT) or, with ``separator=","``, ``hh:mm:ss,ttt`` (SRT)."""
    s, milli = divmod(ms, 1000)
    m, sec = divmod(s, 60)
    h, mi = divmod(m, 60)
    return f"{h:02d}:{mi:02d}:{sec:02d}{separator}{milli:03d}"


def vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def srt_escape(text: str) -> str:
    """SRT has no escapes; players read ``<i>``, ``<font>`` and ``{\\an8}``: make them text."""
    return text.replace("<", "‹").replace(">", "›").replace("{\\", "{ \\")

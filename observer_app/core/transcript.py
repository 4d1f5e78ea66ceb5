"""Transcript lines and their export as WebVTT, SRT and plain text. Pure Python.

A line keeps both clocks, like a note: its position in the media (``start_ms``/``end_ms``, for
replay and subtitles) and the UTC instant it was spoken (for the conference's time and for
matching the archive). ``source`` says who wrote it: "captions" (human) or "automatic".

The escaping and timestamps are those of the notes' subtitle export (``core/export/cues``), so
a transcript and a notes track load the same way in VLC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo

from observer_app.core import clock
from observer_app.core.cue_text import clean, one_line, srt_escape, timestamp, vtt_escape

AUTOMATIC = "automatic"
CAPTIONS = "captions"
FORMATS = ("vtt", "srt", "txt")


@dataclass(frozen=True)
class TranscriptLine:
    conference_id: str
    session_key: str  # the session id, or a name for a recording outside the schedule
    start_ms: int
    end_ms: int
    utc: datetime
    text: str
    language: str = ""
    source: str = AUTOMATIC
    speaker: str = ""
    body_id: str | None = None
    stream_url: str = ""
    documents: tuple[str, ...] = field(default=())  # canonical symbols said in the line
    id: int | None = None  # the store's row id

    def __post_init__(self) -> None:
        clock.ensure_utc(self.utc)
        if self.source not in (AUTOMATIC, CAPTIONS):
            raise ValueError(f"unknown transcript source {self.source!r}")

    def with_id(self, row_id: int) -> TranscriptLine:
        return replace(self, id=row_id)


_CUE_TIME = re.compile(
    r"^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{3})"
)
_TAG = re.compile(r"<[^>]*>")


def _ms(stamp: str) -> int:
    parts = stamp.replace(",", ".").split(":")
    seconds = (
        float(parts[-1]) + 60 * int(parts[-2]) + (3600 * int(parts[-3]) if len(parts) > 2 else 0)
    )
    return int(round(seconds * 1000))


def parse_captions(text: str) -> list[tuple[int, int, str]]:
    """Cues of a WebVTT or SRT file as (start_ms, end_ms, text), markup removed. Cue numbers,
    NOTE and STYLE blocks and settings after the timing are skipped; a file with no cue at
    all gives an empty list (the caller says so)."""
    import html

    cues = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = block.strip("\n").split("\n")
        timing = next((i for i, line in enumerate(lines) if _CUE_TIME.match(line)), None)
        if timing is None:
            continue
        match = _CUE_TIME.match(lines[timing])
        assert match is not None
        said = " ".join(html.unescape(_TAG.sub("", x)).strip() for x in lines[timing + 1 :])
        if said.strip():
            cues.append((_ms(match.group(1)), _ms(match.group(2)), " ".join(said.split())))
    return cues


def prefer_captions(lines: list[TranscriptLine]) -> list[TranscriptLine]:
    """Human captions, when a session has them, are its transcript; machine lines otherwise."""
    human = [line for line in lines if line.source == CAPTIONS]
    return human or lines


def _label(line: TranscriptLine) -> str:
    return f"{line.speaker}: " if line.speaker else ""


def _end(line: TranscriptLine) -> int:
    return max(line.end_ms, line.start_ms + 500)


def render_vtt(lines: list[TranscriptLine], title: str = "") -> str:
    out = ["WEBVTT", ""]
    kinds = sorted({line.source for line in lines})
    about = ", ".join(x for x in (title, f"transcript ({' and '.join(kinds) or 'empty'})") if x)
    out += ["NOTE", vtt_escape(one_line(about)), ""]
    for line in sorted(lines, key=lambda x: x.start_ms):
        out.append(f"{timestamp(line.start_ms)} --> {timestamp(_end(line))}")
        body = vtt_escape(_label(line) + clean(line.text))
        if line.speaker:
            body = f"<v {vtt_escape(one_line(line.speaker))}>{body}</v>"
        out += [body, ""]
    return "\n".join(out)


def render_srt(lines: list[TranscriptLine]) -> str:
    out = []
    for number, line in enumerate(sorted(lines, key=lambda x: x.start_ms), 1):
        out += [
            str(number),
            f"{timestamp(line.start_ms, ',')} --> {timestamp(_end(line), ',')}",
            srt_escape(_label(line) + clean(line.text)),
            "",
        ]
    return "\n".join(out)


def render_text(lines: list[TranscriptLine], tz: tzinfo, title: str = "") -> str:
    """One line per line: conference time, video time, who, what (and "[captions]")."""
    out = [title, ""] if title else []
    for line in sorted(lines, key=lambda x: x.start_ms):
        when = clock.format_clock(line.utc, tz, seconds=True)
        source = " [captions]" if line.source == CAPTIONS else ""
        out.append(
            f"{when}  {clock.format_position(line.start_ms):>8}  "
            f"{_label(line)}{one_line(line.text)}{source}"
        )
    return "\n".join(out) + "\n"


def render(lines: list[TranscriptLine], fmt: str, tz: tzinfo, title: str = "") -> str:
    if fmt == "vtt":
        return render_vtt(lines, title)
    if fmt == "srt":
        return render_srt(lines)
    if fmt == "txt":
        return render_text(lines, tz, title)
    raise ValueError(f"unknown transcript format {fmt!r}: one of {', '.join(FORMATS)}")


def guess_format(path: str) -> str | None:
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    return {"vtt": "vtt", "srt": "srt", "txt": "txt", "text": "txt"}.get(suffix)


# -- merging a teammate's lines (team bundles) --------------------------------------------------

#: How far back a line can start and still overlap one that starts later (a piece is <= 30 s).
_LONGEST_LINE = timedelta(seconds=60)
#: Two automatic lines over the same time saying mostly the same words are one line heard on two
#: laptops (Whisper cuts and spells a little differently on each).
SAME_WORDS = 0.6


def line_key(line: TranscriptLine) -> tuple[str, str, int, str]:
    """What makes a line unique in the store (and in a bundle): session, stream, position, text."""
    return (line.session_key, line.stream_url, line.start_ms, line.text)


def _span(line: TranscriptLine) -> tuple[datetime, datetime]:
    return line.utc, line.utc + timedelta(milliseconds=max(0, line.end_ms - line.start_ms))


def _overlap(a: TranscriptLine, b: TranscriptLine) -> bool:
    """Whether two lines were spoken at the same time: their UTC spans share at least half of the
    shorter one (a line that only touches the next one is not the same speech)."""
    (a0, a1), (b0, b1) = _span(a), _span(b)
    shared = min(a1, b1) - max(a0, b0)
    shortest = min(a1 - a0, b1 - b0)
    if shortest == timedelta(0):
        return a0 == b0
    return shared > timedelta(0) and shared * 2 >= shortest


def _same_language(a: TranscriptLine, b: TranscriptLine) -> bool:
    return not a.language or not b.language or a.language == b.language


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _same_words(a: TranscriptLine, b: TranscriptLine) -> bool:
    x, y = _words(a.text), _words(b.text)
    return bool(x or y) and len(x & y) >= SAME_WORDS * len(x | y)


@dataclass
class LineMerge:
    """What importing a teammate's lines does: lines to add, local lines to remove (automatic
    lines that human captions of the same span replace), and how many were already here."""

    add: list[TranscriptLine] = field(default_factory=list)
    remove: list[TranscriptLine] = field(default_factory=list)
    known: int = 0


class _SessionLines:
    """The lines of one session sorted by UTC start, to find the ones spoken at the same time."""

    def __init__(self, lines: list[TranscriptLine]):
        self.lines = sorted(lines, key=lambda x: x.utc)
        self.starts = [x.utc for x in self.lines]

    def around(self, line: TranscriptLine) -> list[TranscriptLine]:
        """Our lines spoken at the time of ``line``, in its language."""
        import bisect

        lo = bisect.bisect_left(self.starts, line.utc - _LONGEST_LINE)
        hi = bisect.bisect_right(self.starts, _span(line)[1])
        return [x for x in self.lines[lo:hi] if _overlap(x, line) and _same_language(x, line)]

    def insert(self, line: TranscriptLine) -> None:
        import bisect

        at = bisect.bisect_right(self.starts, line.utc)
        self.starts.insert(at, line.utc)
        self.lines.insert(at, line)

    def drop(self, gone: list[TranscriptLine]) -> None:
        ids = {id(x) for x in gone}
        kept = [(s, x) for s, x in zip(self.starts, self.lines, strict=True) if id(x) not in ids]
        self.starts, self.lines = [s for s, _ in kept], [x for _, x in kept]


def merge_lines(local: list[TranscriptLine], incoming: list[TranscriptLine]) -> LineMerge:
    """Merge a teammate's transcript lines into ours without duplicates.

    * a line we hold (same session, stream, position and text) is already here;
    * human captions beat automatic lines for the same span: incoming captions replace our
      automatic lines spoken at that time (same session, same language), and an incoming
      automatic line spoken over captions we hold is left out;
    * an automatic line spoken at the time of one of ours (same session and language) that says
      mostly the same words is the same speech transcribed on another laptop: ours stays.
    Lines in other languages at the same time (another interpretation channel) are all kept.
    Pure, and idempotent: merging the same lines again adds and removes nothing.
    """
    keys = {line_key(x) for x in local}
    grouped: dict[str, list[TranscriptLine]] = {}
    for line in local:
        grouped.setdefault(line.session_key, []).append(line)
    sessions = {key: _SessionLines(group) for key, group in grouped.items()}
    result = LineMerge()
    # Captions first, so that automatic lines under them are recognised whichever came first.
    for line in sorted(incoming, key=lambda x: (x.source != CAPTIONS, x.utc)):
        if line_key(line) in keys:
            result.known += 1
            continue
        here = sessions.setdefault(line.session_key, _SessionLines([]))
        same_time = here.around(line)
        if line.source == CAPTIONS:
            replaced = [x for x in same_time if x.source == AUTOMATIC]
            result.remove += replaced  # captions go first: these are all ours
            here.drop(replaced)
        elif any(x.source == CAPTIONS or _same_words(x, line) for x in same_time):
            result.known += 1
            continue
        result.add.append(line)
        keys.add(line_key(line))
        here.insert(line)
    return result


# -- quotes in notes ------------------------------------------------------------------------------

#: A transcript quote as the note composer writes it: “words” (0:12:03–0:12:09, automatic), times
#: being the video positions of the quoted line (H:MM:SS, or M:SS under an hour; an en dash or a
#: hyphen), then where the line came from (``captions`` or ``automatic``; absent in older notes).
QUOTE = re.compile(
    r"“(?P<words>[^”]+)”\s*\((?P<start>\d+:\d{2}(?::\d{2})?)\s*[–-]\s*(?P<end>\d+:\d{2}(?::\d{2})?)"
    r"(?:,\s*(?P<source>captions|automatic))?\)"
)


@dataclass(frozen=True)
class QuotedSpan:
    """Words quoted from the transcript and the video span of their line."""

    words: str
    start_ms: int
    end_ms: int
    source: str = ""  # CAPTIONS or AUTOMATIC; "" when the note does not say


def _position_ms(text: str) -> int:
    seconds = 0
    for part in text.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds * 1000


def _quoted(m: re.Match[str]) -> QuotedSpan:
    return QuotedSpan(
        " ".join(m.group("words").split()),
        _position_ms(m.group("start")),
        _position_ms(m.group("end")),
        m.group("source") or "",
    )


def find_quotes(text: str) -> list[QuotedSpan]:
    """The transcript quotes in a note's text, in order."""
    return [_quoted(m) for m in QUOTE.finditer(text)]


def split_quotes(text: str) -> list[str | QuotedSpan]:
    """A note's text as what the observer wrote and the quotes between, in reading order
    (empty pieces of their own words left out)."""
    parts: list[str | QuotedSpan] = []
    at = 0
    for m in QUOTE.finditer(text):
        if text[at : m.start()].strip():
            parts.append(text[at : m.start()].strip())
        parts.append(_quoted(m))
        at = m.end()
    if text[at:].strip():
        parts.append(text[at:].strip())
    return parts

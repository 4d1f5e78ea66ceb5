"""Transcript use cases both faces call: turn the transcriber's messages into stored lines
(media position, UTC, speaker turns, cited documents), search them, export them.

Times: the transcriber counts samples inside each *segment* (one opening of the audio pipe).
The caller says where each segment starts (``LineMaker.start_segment``): its media position and
the UTC instant of that position (HLS PROGRAM-DATE-TIME when the stream has it, else the wall
clock when playback started, else the session's scheduled start for a recording).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from observer_app.core.floor import floor_given_to, spoken_symbols
from observer_app.core.model import FLOOR
from observer_app.core.transcript import (
    AUTOMATIC,
    CAPTIONS,
    TranscriptLine,
    guess_format,
    parse_captions,
    prefer_captions,
    render,
)
from observer_app.store.transcripts import TranscriptHit, TranscriptRepository


class TranscriptError(Exception):
    pass


@dataclass
class LineMaker:
    """Makes ``TranscriptLine``s from the child's ``line`` messages, in order."""

    conference_id: str
    session_key: str
    stream_url: str = ""
    body_id: str | None = None
    speaker: str = ""  # who has the floor now (from the chair's last formula)
    _anchors: dict[int, tuple[int, datetime]] = field(default_factory=dict)

    def start_segment(self, segment: int, position_ms: int, utc: datetime) -> None:
        self._anchors[segment] = (position_ms, utc)

    def make(self, message: dict[str, Any]) -> TranscriptLine:
        position_ms, utc = self._anchors.get(message.get("segment", 0)) or (
            0,
            datetime.now().astimezone(),
        )
        text = str(message["text"])
        start = position_ms + int(message["start_ms"])
        line = TranscriptLine(
            conference_id=self.conference_id,
            session_key=self.session_key,
            start_ms=start,
            end_ms=position_ms + int(message["end_ms"]),
            utc=utc + timedelta(milliseconds=int(message["start_ms"])),
            text=text,
            language=str(message.get("language") or ""),
            source=str(message.get("source") or AUTOMATIC),
            speaker=self.speaker,
            body_id=self.body_id,
            stream_url=self.stream_url,
            documents=tuple(s.canonical() for s in spoken_symbols(text)),
        )
        # The chair's formula ends their own turn: the next lines are the new speaker's.
        given = floor_given_to(text)
        if given:
            self.speaker = given
        return line


def whisper_language(channel: str | None, model: str) -> str | None:
    """The language Whisper is told for an audio channel: English for an English-only model;
    the channel's own language (ISO 639-1 or 639-2, "fra" -> "fr"); None for the floor or
    no choice, where a multilingual model detects the language of each piece itself."""
    if model.endswith(".en"):
        return "en"
    if not channel or channel == FLOOR:
        return None
    code = channel.lower().split("-")[0]
    return _ISO_639_2.get(code, code[:2])


_ISO_639_2 = {"eng": "en", "fra": "fr", "fre": "fr", "spa": "es", "rus": "ru", "ara": "ar"}
_ISO_639_2 |= {"zho": "zh", "chi": "zh"}


def search(profile: Any, conference_id: str, query: str, limit: int = 20) -> list[TranscriptHit]:
    from observer_app.core.notefilter import fts_query

    return TranscriptRepository(profile.db).search(conference_id, fts_query(query), limit)


def export_transcript(
    profile: Any, conference_id: str, session_key: str, path: Path, fmt: str | None, tz: tzinfo
) -> int:
    """Write one session's transcript; how many lines. ``TranscriptError`` in plain words."""
    chosen = fmt or guess_format(str(path)) or ("txt" if str(path) == "-" else None)
    if chosen is None:
        raise TranscriptError(f"say --format vtt, srt or txt (cannot tell from {path.name!r})")
    repo = TranscriptRepository(profile.db)
    lines = repo.lines(conference_id, session_key)
    if not lines:
        known = ", ".join(key for key, _n in repo.sessions(conference_id)) or "none yet"
        raise TranscriptError(f"no transcript for session {session_key!r} (transcripts: {known})")
    text = render(prefer_captions(lines), chosen, tz, title=session_key)
    try:
        if str(path) == "-":
            import sys

            sys.stdout.write(text)
        else:
            path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise TranscriptError(f"cannot write {path}: {exc}") from None
    return len(lines)


def import_captions(
    profile: Any,
    conference_id: str,
    session_key: str,
    path: Path,
    start_utc: datetime,
    language: str = "",
) -> int:
    """Human captions (WebVTT or SRT) as the session's transcript, labelled "captions"; times
    in the file are positions in the recording, ``start_utc`` is the instant of position 0."""
    try:
        cues = parse_captions(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise TranscriptError(f"cannot read {path}: {exc}") from None
    if not cues:
        raise TranscriptError(f"{path.name} has no WebVTT or SRT cues")
    maker = LineMaker(conference_id, session_key)
    maker.start_segment(0, 0, start_utc)
    lines = [
        maker.make(
            {"start_ms": a, "end_ms": b, "text": t, "language": language, "source": CAPTIONS}
        )
        for a, b, t in cues
    ]
    return TranscriptRepository(profile.db).add(lines)

"""Notes as a subtitle track (WebVTT and SRT) to load in VLC over a session's recording.

Why: a reader of the report opens the archive of a session, adds this file as subtitles
(VLC: Subtitle > Add Subtitle File), and sees each note when the speaker it is about speaks.

Choices:

* Cue time = the note's position in its session's recording (``json_report.position_ms``).
  A cue lasts until the next note of the same session starts, at most ``duration_ms``
  (5 s) and at least 1 s. Notes without a position are left out (the WebVTT file says how
  many in a NOTE block); SRT has no comments.
* One track per recording is what a player loads: ``render(report, session)`` takes a
  ``SessionGroup``, or a session id or title. ``session=None`` puts every note of the report in
  one track, sorted by position: right for a one-session report, a reading aid otherwise.
* The speaker is a ``<v Speaker>`` voice span (for browsers and other readers of WebVTT) and is
  also written in the text, because VLC does not display voice names.
* Note text is escaped for WebVTT (``&``, ``<``, ``>``: so "-->" cannot end a cue and no tag can
  be injected); line breaks of any kind become one line break and blank lines are dropped
  (a blank line ends a cue). SRT has no escape at all: ``<`` and ``>`` become ``‹`` and ``›``
  there. Long notes are cut at ``max_chars`` with "…": a 10 kB cue would hide the video.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from observer_app.core.cue_text import clean, one_line, srt_escape, timestamp, vtt_escape
from observer_app.core.export.json_report import position_ms, session_id
from observer_app.core.report import Report, SessionGroup

DURATION_MS = 5000
MIN_DURATION_MS = 1000
MAX_CHARS = 600


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    note_id: str
    speaker: str
    stance: str
    text: str


def _sessions(report: Report, session: SessionGroup | str | None) -> list[SessionGroup]:
    groups = [s for b in report.bodies for s in b.sessions]
    if session is None:
        return groups
    if isinstance(session, SessionGroup):
        return [s for s in groups if s is session] or [session]
    return [s for s in groups if session_id(s) == session or s.title == session]


def cues(
    report: Report,
    session: SessionGroup | str | None = None,
    *,
    duration_ms: int = DURATION_MS,
    max_chars: int | None = MAX_CHARS,
) -> tuple[list[Cue], int]:
    """The cues of the chosen session(s) in start order, and how many notes had no position."""
    out: list[Cue] = []
    missing = 0
    for group in _sessions(report, session):
        placed = []
        for entry in group.entries:
            start = position_ms(entry)
            if start is None:
                missing += 1
            else:
                placed.append((start, entry))
        placed.sort(key=lambda p: p[0])
        for i, (start, entry) in enumerate(placed):
            end = start + duration_ms
            if i + 1 < len(placed):
                end = min(end, placed[i + 1][0])
            out.append(
                Cue(
                    start,
                    max(end, start + MIN_DURATION_MS),
                    entry.note_id,
                    one_line(getattr(entry, "speaker", "") or ""),
                    one_line(getattr(entry, "stance", "") or ""),
                    clean(entry.text, max_chars),
                )
            )
    out.sort(key=lambda c: c.start_ms)
    return out, missing


def _label(cue: Cue) -> str:
    """The visible lead-in: "Brazil (supports): ", "(concern) " or nothing."""
    stance = f"({cue.stance})" if cue.stance else ""
    if cue.speaker:
        return f"{cue.speaker} {stance}".rstrip() + ": "
    return f"{stance} " if stance else ""


def _safe_id(note_id: str) -> str:
    ident = one_line(note_id)
    return "" if "-->" in ident or not ident else ident


def render(report: Report, session: SessionGroup | str | None = None, **options: Any) -> str:
    """A WebVTT file (UTF-8 text); ``options`` go to ``cues``."""
    chosen, missing = cues(report, session, **options)
    titles = {s.title for s in _sessions(report, session)}
    about = report.conference + (f": {next(iter(titles))}" if len(titles) == 1 else "")
    out = ["WEBVTT", "", "NOTE", vtt_escape(one_line(f"Observer notes, {about}"))]
    if report.author or report.organization:
        out.append(
            vtt_escape(one_line(", ".join(x for x in (report.author, report.organization) if x)))
        )
    if missing:
        out.append(f"{missing} note(s) without a position in the recording are not in this track.")
    out.append("")
    for cue in chosen:
        ident = _safe_id(cue.note_id)
        if ident:
            out.append(ident)
        out.append(f"{timestamp(cue.start_ms)} --> {timestamp(cue.end_ms)}")
        body = vtt_escape(_label(cue) + cue.text)
        if cue.speaker:
            body = f"<v {vtt_escape(cue.speaker)}>{body}</v>"
        out += [body, ""]
    return "\n".join(out)


def render_srt(report: Report, session: SessionGroup | str | None = None, **options: Any) -> str:
    """A SubRip file: numbered cues, comma before the milliseconds, no header, no voices."""
    chosen, _missing = cues(report, session, **options)
    out = []
    for number, cue in enumerate(chosen, 1):
        out += [
            str(number),
            f"{timestamp(cue.start_ms, ',')} --> {timestamp(cue.end_ms, ',')}",
            srt_escape(_label(cue) + cue.text),
            "",
        ]
    return "\n".join(out)

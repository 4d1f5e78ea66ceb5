"""Markdown feedback report (CommonMark). Note text is escaped so that it stays text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from observer_app.core.export.repeats import OncePerObject, OncePerValue
from observer_app.core.report import CitedDocument, Quote, Report, ReportEntry

# Characters that change Markdown anywhere in a line: emphasis, code, links (escaping the
# brackets disarms "[text](url)" and "![img](url)", so parentheses stay readable), raw HTML,
# strikethrough. Everything else stays as typed: reports are also read as plain text.
_INLINE = re.compile(r"([\\`*_\[\]<>~])")
# Line starts that would turn a line into a heading, list, quote, rule or numbered item.
# Multi-line: a note is escaped in one pass, not line by line (export speed, issue 15).
_LINE_START = re.compile(r"^([^\S\n]*)([-=>#+|]|(?P<num>\d+)[.)])", re.MULTILINE)


def _escape_line_start(m: re.Match[str]) -> str:
    lead, marker, num = m.group(1), m.group(2), m.group("num")
    if num:  # "1." -> "1\." : the marker is the dot, not the digit
        return f"{lead}{num}\\{marker[len(num) :]}"
    return f"{lead}\\{marker}"


def escape(text: str) -> str:
    """Escape note text for Markdown: inline markup, line-start markup and raw HTML."""
    text = _INLINE.sub(r"\\\1", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _LINE_START.sub(_escape_line_start, text)
    # A note's own line breaks stay inside its list item (hard break + indentation).
    return text.replace("\n", "  \n  ")


def render(report: Report) -> str:
    out = [
        f"# {escape(report.title)}" if report.title else f"# Feedback: {escape(report.conference)}",
        "",
    ]
    if report.title:
        out += [f"_{escape(report.conference)}_", ""]
    meta = [
        ("Author", report.author),
        ("Organisation", report.organization),
        ("Contact", report.contact),
        ("Generated", report.generated_for_people),
        ("Times", f"{report.zone_for_people}, with UTC"),
        ("Notes", str(report.note_count)),
    ]
    out += [f"- **{k}:** {escape(v)}" for k, v in meta if v]
    out.append("")
    if report.introduction:
        out += [escape(report.introduction).replace("  \n  ", "\n\n"), ""]
    if not report.bodies:
        out += ["_No notes selected._", ""]
    repeated = _Repeated()
    for body in report.bodies:
        out += [f"## {escape(body.name)}", ""]
        for session in body.sessions:
            out += [f"### {escape(session.title)}", ""]
            agenda = session.agenda
            for group in agenda:
                if group.item:
                    out += [f"#### {escape(group.item)}", ""]
                for e in group.entries:
                    out.append(_entry(e, repeated))
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def _url(url: str) -> str:
    """A link destination that cannot end early or break the line (``<...>`` form)."""
    return "".join(c if c not in "<> \n\r" else f"%{ord(c):02X}" for c in url)


def _who(speaker_and_stance: tuple[str, str]) -> str:
    speaker, stance = speaker_and_stance
    if speaker:
        return f"**{escape(speaker)}**" + (f" ({escape(stance)})" if stance else "") + ": "
    return f"({escape(stance)}) " if stance else ""


def _cited(documents: Sequence[CitedDocument]) -> str:
    return "; ".join(
        (f"[{escape(d.symbol)}](<{_url(d.url)}>)" if d.url else escape(d.symbol))
        + (f" ({escape(d.title)})" if d.title else "")
        for d in documents
    )


def _tags(tags: tuple[str, ...]) -> str:
    return ", ".join(escape(t) for t in tags)


class _Repeated:
    """What notes repeat, escaped once per report (``repeats``)."""

    def __init__(self) -> None:
        self.who = OncePerValue(_who)
        self.cited = OncePerObject(_cited)
        self.tags = OncePerValue(_tags)


def _entry(e: ReportEntry, repeated: _Repeated | None = None) -> str:
    repeated = repeated or _Repeated()
    video = (
        f", [video {e.media_position}](<{_url(e.archive_link)}>)"
        if e.archive_link
        else (f", video {e.media_position}" if e.media_position else "")
    )
    stamp = f"**{e.when}** ({e.when_utc}{video})"
    who = repeated.who((e.speaker, e.stance))
    parts = getattr(e, "parts", ())
    lines = [f"- {stamp}  \n  {who}{_with_quotes(parts) if parts else escape(e.text)}"]
    # After a quote block a line break would continue the quote: start a paragraph instead.
    brk = "\n\n  " if parts else "  \n  "
    if e.documents:
        lines.append(f"{brk}Documents: {repeated.cited(e.documents)}")
    if e.tags:
        lines.append(f"{brk}Tags: " + repeated.tags(tuple(e.tags)))
    return "".join(lines)


def quote_times(q: Quote, link: str = "") -> str:
    """ "said 10:15:03 KST, video 0:12:03–0:12:09" (the video span a link when ``link``)."""
    video = f"[video {q.video}](<{link}>)" if link else f"video {q.video}"
    return f"said {q.conference_time}, {video}" if q.conference_time else video


def _with_quotes(parts: tuple[str | Quote, ...]) -> str:
    """The observer's words as paragraphs and each transcript quote as a block quote inside
    the list item, verbatim, with its times and the recording at that second."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(escape(part))
        else:
            link = _url(part.archive_link) if part.archive_link else ""
            out.append(f"> “{escape(part.words)}”  \n  > — {quote_times(part, link)}")
    # A quote first: a paragraph of its own (after the line break a ">" would be plain text).
    return ("\n\n  " if isinstance(parts[0], Quote) else "") + "\n\n  ".join(out)

"""Plain-text feedback report: the body of the e-mail that sends it.

Why plain text: it is what every mail client, list archive and screen reader shows the same
way, and what the secretariat can paste into its own compilation. Layout choices:

* lines are wrapped at 72 characters (long words and links are never cut) and lines end in
  "\\n": the mail library turns them into CRLF and dot-stuffs;
* each note is a stamp line ("- 2026-11-30 15:15:03 KST (2026-11-30 06:15:03 UTC), video
  0:45:03"), the speaker ("  Brazil (supports):"), then the text indented by four spaces, so
  nothing a note says can look like a heading or another note, and each paragraph keeps its
  own direction (an Arabic note on its own lines reads right to left, stamp untouched);
* control characters other than line breaks and tabs are removed: they are invisible in a
  mail client but can break a terminal or a mail gateway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from observer_app.core.export.json_report import agenda_groups, public_url
from observer_app.core.export.repeats import OncePerObject, OncePerValue
from observer_app.core.report import CitedDocument, Quote, Report, ReportEntry

WIDTH = 72
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Line breaks made "\\n"; control and bidi-override characters removed.

    Bidi overrides (U+202E...) are removed because in a plain-text mail they can make a note
    appear to say something else ("Trojan Source"); the text's own direction needs none.
    """
    return _CONTROLS.sub("", _BREAKS.sub("\n", text)).replace("\t", "    ")


def _fill(paragraph: str, indent: str) -> list[str]:
    """Greedy wrap at WIDTH; a word longer than a line (a link) gets a line of its own.

    Cuts are found with ``str.rfind``: ``textwrap`` took 1 s for 10,000 notes.
    """
    avail = WIDTH - len(indent)
    rest = paragraph.rstrip()
    lines = []
    while len(rest) > avail:
        cut = rest.rfind(" ", 0, avail + 1)
        if cut <= 0:  # no blank in reach: the long word runs on to the next blank
            cut = rest.find(" ", avail)
            if cut < 0:
                break
        lines.append(indent + rest[:cut].rstrip())
        rest = rest[cut + 1 :].lstrip(" ")
    lines.append(indent + rest)
    return lines


def _wrap(text: str, indent: str) -> list[str]:
    lines = []
    for paragraph in clean(text).split("\n"):
        lines += _fill(paragraph, indent) if paragraph.strip() else [""]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _underline(title: str, char: str) -> list[str]:
    title = " ".join(clean(title).split())
    return [title, char * min(len(title), WIDTH)]


def _quote(q: Quote) -> list[str]:
    """A transcript quote: "> " before each line of its words, then its times and link."""
    said = f"said {q.conference_time}, " if q.conference_time else ""
    link = f" <{q.archive_link}>" if q.archive_link else ""
    return [f"    > {line[6:]}" for line in _wrap(f"“{q.words}”", "      ")] + _fill(
        f"— {said}video {q.video}{link}", "      "
    )


def _body(entry: ReportEntry, text: str) -> list[str]:
    """The note's text, its transcript quotes set apart as quotations."""
    parts = getattr(entry, "parts", ())
    if not parts:
        return _wrap(text, "    ")
    return [
        line
        for part in parts
        for line in (_wrap(part, "    ") if isinstance(part, str) else _quote(part))
    ]


def _who_lines(speaker_and_stance: tuple[str, str]) -> list[str]:
    speaker, stance = speaker_and_stance
    who = " ".join(clean(speaker).split())
    if stance:
        who = f"{who} ({stance})".strip()
    return _fill(who + ":", "  ") if who else []


def _tag_lines(tags: tuple[str, ...]) -> list[str]:
    return _wrap("Tags: " + ", ".join(tags), "    ") if tags else []


def _document_lines(documents: Sequence[CitedDocument]) -> list[str]:
    cited = "; ".join(_cited(doc) for doc in documents)
    return _wrap(f"Documents: {cited}", "    ") if documents else []


class _Repeated:
    """The lines notes repeat, each made once per report (``repeats``)."""

    def __init__(self) -> None:
        self.who_lines = OncePerValue(_who_lines)
        self.tag_lines = OncePerValue(_tag_lines)
        self.document_lines = OncePerObject(_document_lines)


def _entry(entry: ReportEntry, repeated: _Repeated | None = None) -> list[str]:
    """The note's lines. Reads the entry's fields as ``entry_data`` does (same fallbacks, links
    only when public) without building its JSON dict: a quarter of a 10,000-note text export."""
    repeated = repeated or _Repeated()
    stamp = f"- {entry.when} ({entry.when_utc})"
    if entry.media_position:
        stamp += f", video {entry.media_position}"
    head = _fill(stamp[2:], "  ")  # continuation lines of a long stamp indented under it
    head[0] = "- " + head[0][2:]
    out = ["", *head]
    out += repeated.who_lines((_text(entry, "speaker"), _text(entry, "stance")))
    out += _body(entry, entry.text)
    out += repeated.tag_lines(
        tuple(t for t in getattr(entry, "tags", ()) or () if isinstance(t, str))
    )
    out += repeated.document_lines(entry.documents or ())
    link = public_url(getattr(entry, "archive_link", None))
    if link:
        out.append(f"    Recording: {link}")
    return out


def _text(entry: ReportEntry, name: str) -> str:
    """A text field of the entry, "" when it has none (as ``entry_data`` reads it)."""
    value = getattr(entry, name, "")
    return value if isinstance(value, str) else ""


def _cited(doc: CitedDocument) -> str:
    url = public_url(getattr(doc, "url", None))
    return doc.symbol + (f" ({doc.title})" if doc.title else "") + (f" <{url}>" if url else "")


def render(report: Report) -> str:
    title = getattr(report, "title", "") or f"Feedback: {report.conference}"
    out = _underline(title, "=")
    for label, value in (
        ("Conference", report.conference),
        ("Author", report.author),
        ("Organisation", report.organization),
        ("Contact", report.contact),
        ("Generated", report.generated_for_people),
        ("Times", f"{report.zone_for_people}, with UTC"),
        ("Notes", str(report.note_count)),
    ):
        if value:
            out.append(f"{label}: {' '.join(clean(value).split())}")
    intro = getattr(report, "introduction", "")
    if intro:
        out += [""] + _wrap(intro, "")
    if not report.bodies:
        out += ["", "No notes selected."]
    repeated = _Repeated()
    for body in report.bodies:
        out += [""] + _underline(body.name, "=")
        for session in body.sessions:
            out += [""] + _underline(session.title, "-")
            for item, entries in agenda_groups(session):
                if item:
                    out += ["", f"Agenda item: {' '.join(clean(item).split())}"]
                out += [line for entry in entries for line in _entry(entry, repeated)]
    sign = [x for x in (report.author, report.organization, report.contact) if x]
    if sign:
        out += ["", "-- "] + [" ".join(clean(x).split()) for x in sign]
    return "\n".join(out) + "\n"

"""Export a feedback report: the same code for File > Export, ``observer-app export`` and
``observer-app send``. Formats are looked up lazily (PDF and DOCX load Qt and python-docx)."""

from __future__ import annotations

import errno
import importlib
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from observer_app.core import clock
from observer_app.core.model import Conference
from observer_app.core.notefilter import NoteFilter
from observer_app.core.report import Report, ReportHeader, build_report, page_plan
from observer_app.services.context import Profile


@dataclass(frozen=True)
class Format:
    key: str
    label: str
    suffix: str
    mime: str
    module: str
    function: str = "render"
    binary: bool = False


FORMATS: dict[str, Format] = {
    f.key: f
    for f in (
        Format("md", "Markdown", ".md", "text/markdown", "observer_app.core.export.markdown"),
        Format("html", "Web page (HTML)", ".html", "text/html", "observer_app.core.export.html"),
        Format("pdf", "PDF", ".pdf", "application/pdf", "observer_app.render.pdf", binary=True),
        Format(
            "docx",
            "Word (DOCX)",
            ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "observer_app.render.docx",
            binary=True,
        ),
        Format(
            "json",
            "JSON (for platforms)",
            ".json",
            "application/json",
            "observer_app.core.export.json_report",
        ),
        Format(
            "csv", "Spreadsheet (CSV)", ".csv", "text/csv", "observer_app.core.export.csv_report"
        ),
        Format(
            "vtt",
            "Subtitles over the recording (WebVTT)",
            ".vtt",
            "text/vtt",
            "observer_app.core.export.cues",
        ),
        Format(
            "srt",
            "Subtitles over the recording (SRT)",
            ".srt",
            "application/x-subrip",
            "observer_app.core.export.cues",
            "render_srt",
        ),
        Format(
            "txt", "Plain text (e-mail body)", ".txt", "text/plain", "observer_app.core.export.text"
        ),
    )
}


class ExportError(Exception):
    pass


@dataclass(frozen=True)
class ReportChoices:
    """What the observer chose for a report besides the conference: the notes ``selection``
    picks (all by default), a title and an introduction, and whether their own private notes
    go in (``include_private``; others' private notes never do)."""

    selection: NoteFilter | None = None
    title: str = ""
    introduction: str = ""
    include_private: bool = False


def _header(profile: Profile, choices: ReportChoices) -> ReportHeader:
    s = profile.settings
    return ReportHeader(
        author=s.get("author.name"),
        organization=s.get("author.organization"),
        contact=s.get("author.contact"),
        title=choices.title,
        introduction=choices.introduction,
    )


def _owners(profile: Profile) -> set[str]:
    """The author names that are the owner's: their own private notes may be included."""
    s = profile.settings
    return {str(s.get("author.name") or "").strip(), str(s.get("sync.user") or "").strip(), ""}


def make_report(
    profile: Profile,
    conference: Conference,
    now: datetime | None = None,
    choices: ReportChoices = ReportChoices(),
) -> Report:
    """The report of the notes ``choices.selection`` picks; private notes stay out unless
    ``choices.include_private``."""
    if choices.selection is None:
        notes, cited = profile.notes.list_with_citations(conference.id)
    else:
        notes = profile.notes.find(
            conference.id, choices.selection, clock.zone(conference.timezone)
        )
        cited = profile.notes.cited_by_id(conference.id)
    me = _owners(profile)
    # Only the owner's own private notes can be included (an older Observer imported
    # teammates' private notes: they never go out from here).
    notes = [n for n in notes if n.for_feedback or n.author.strip() in me]
    return build_report(
        conference,
        notes,
        header=_header(profile, choices),
        generated=now or datetime.now(UTC),
        only_for_feedback=not choices.include_private,
        cited=cited,
    )


def report_page(
    profile: Profile,
    conference: Conference,
    first: int,
    count: int,
    now: datetime | None = None,
    choices: ReportChoices = ReportChoices(),
) -> Report:
    """Notes ``first`` to ``first + count`` of the report ``make_report`` would make with the
    same choices, its header counting them all: only the page's notes are read and built, so
    a preview opens at once whatever the report's size (issue 15: 15 s at 100,000 notes)."""
    owners = frozenset(_owners(profile)) if choices.include_private else None
    selection = choices.selection or NoteFilter()
    tz = clock.zone(conference.timezone)
    counts = profile.notes.report_groups(conference.id, selection, tz, owners)
    rowids = [
        rowid
        for group, offset, limit in page_plan(conference, counts, first, count)
        for rowid in profile.notes.report_rowids(
            conference.id, selection, tz, owners, group, offset, limit
        )
    ]
    earliest = min((c[3] for c in counts), default=None)
    return build_report(
        conference,
        profile.notes.by_rowids(rowids),
        header=_header(profile, choices),
        generated=now or datetime.now(UTC),
        only_for_feedback=False,  # the store chose them
        page_of=(sum(c[2] for c in counts), clock.parse_iso(earliest) if earliest else None),
    )


def render_bytes(report: Report, fmt: str) -> bytes:
    spec = FORMATS.get(fmt)
    if spec is None:
        raise ExportError(f"unknown format {fmt!r}; available: {', '.join(FORMATS)}")
    try:
        result = getattr(importlib.import_module(spec.module), spec.function)(report)
    except ImportError as exc:
        raise ExportError(f"the {spec.label} export is not available here: {exc}") from None
    return result if isinstance(result, bytes) else result.encode("utf-8")


def render(report: Report, fmt: str) -> str:
    """Text formats as text (kept for callers that print)."""
    if FORMATS.get(fmt) is not None and FORMATS[fmt].binary:
        raise ExportError(f"{fmt} is a binary format; write it to a file")
    return render_bytes(report, fmt).decode("utf-8")


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside ``path`` and rename: a full disk never leaves half a report."""
    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            from observer_app.store.db import free_bytes, human_size

            free = free_bytes(path.parent)
            raise ExportError(
                f"cannot write {path}: the disk is full ("
                f"{'unknown' if free is None else human_size(free)} free on the disk holding "
                f"{path.parent}); nothing was written, your notes are unchanged"
            ) from None
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None


def export_report(
    profile: Profile,
    conference: Conference,
    fmt: str,
    path: Path,
    choices: ReportChoices = ReportChoices(),
) -> Report:
    report = make_report(profile, conference, choices=choices)
    write_atomically(path, render_bytes(report, fmt))
    return report


def guess_format(path: str | Path, default: str = "md") -> str:
    suffix = Path(path).suffix.lower()
    return next((f.key for f in FORMATS.values() if f.suffix == suffix), default)

"""Export a feedback report: the same code for File > Export and ``observer-app export``."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from observer_app.core.export import markdown
from observer_app.core.model import Conference
from observer_app.core.report import Report, build_report
from observer_app.services.context import Profile

FORMATS = {"md": markdown.render}


class ExportError(Exception):
    pass


def make_report(profile: Profile, conference: Conference, now: datetime | None = None) -> Report:
    s = profile.settings
    return build_report(
        conference, profile.notes.list(conference.id),
        author=s.get("author.name"), organization=s.get("author.organization"), contact=s.get("author.contact"),
        generated=now or datetime.now(timezone.utc),
    )


def render(report: Report, fmt: str) -> str:
    try:
        return FORMATS[fmt](report)
    except KeyError:
        raise ExportError(f"unknown format {fmt!r}; available: {', '.join(FORMATS)}") from None


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path`` and rename: a full disk never leaves half a report."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None


def export_report(profile: Profile, conference: Conference, fmt: str, path: Path) -> Report:
    report = make_report(profile, conference)
    write_atomically(path, render(report, fmt))
    return report

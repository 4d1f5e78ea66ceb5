"""CSV feedback report: one row per note, for spreadsheets.

Written for Excel and LibreOffice as they are: UTF-8 with a BOM (without it Excel reads the
file as the local ANSI code page and mangles every accent and all Arabic), CRLF rows, every
field quoted when needed by the ``csv`` module, so a note's own line breaks and commas stay in
its cell. Columns are the fields of the JSON format (``json_report.entry_data``), flattened;
a note's transcript quotes fill five columns with one line per quote each (words, when said in
UTC, span in the recording, link, captions/automatic), lines in the same order.

Formula injection: a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@``
(and, in some versions, a tab or carriage return first) as a formula: ``=HYPERLINK(...)`` in a
note would become a live link, ``=cmd|...`` a DDE call. Such cells get a leading apostrophe,
which Excel and LibreOffice show as text and hide. That also turns a note "-2" into "'-2":
for a report of free-text notes, inert beats numeric.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from observer_app.core.export.json_report import entry_data
from observer_app.core.report import Report

COLUMNS = (
    "body",
    "session",
    "note_id",
    "utc",
    "conference_time",
    "media_position",
    "speaker",
    "agenda_item",
    "stance",
    "tags",
    "text",
    "documents",
    "archive_link",
    # Transcript passages the note quotes: one line per quote in each cell, in the same order.
    "quotes",
    "quotes_said_at",
    "quotes_video",
    "quotes_link",
    "quotes_source",
)
BOM = "\ufeff"
# ASCII and full-width forms: some spreadsheet locales treat ＝ like =.
_FORMULA_START = frozenset("=+-@\t\r\n＝＋－＠")
_LOOK_CLOSER = _FORMULA_START | {" ", "\u00a0"}


def inert(cell: str) -> str:
    """``cell`` with a leading apostrophe when a spreadsheet would read it as a formula.

    Leading blanks are looked through: LibreOffice strips them before deciding.
    """
    if not cell or cell[0] not in _LOOK_CLOSER:  # the usual case, decided on one character
        return cell
    stripped = cell.lstrip(" \u00a0")
    if stripped and stripped[0] in _FORMULA_START:
        return "'" + cell
    return cell


def rows(report: Report) -> Iterator[list[str]]:
    """The data rows (without the header), cells already made inert."""
    for body in report.bodies:
        for session in body.sessions:
            for entry in session.entries:
                d = entry_data(entry)
                documents = "\n".join(
                    doc["symbol"] + (f" — {doc['title']}" if doc["title"] else "")
                    for doc in d["documents"]
                )
                quotes = d["quotes"]
                yield [
                    inert(c)
                    for c in (
                        body.name,
                        session.title,
                        d["id"],
                        d["utc"],
                        d["conference_time"],
                        d["media_position"],
                        d["speaker"],
                        d["agenda_item"],
                        d["stance"],
                        "; ".join(d["tags"]),
                        d["text"],
                        documents,
                        d["archive_link"] or "",
                        *(
                            "\n".join(q[key] or "" for q in quotes)
                            for key in ("text", "said_at", "video", "link", "source")
                        ),
                    )
                ]


def render(report: Report) -> str:
    """The CSV text, BOM first; write it with ``newline=""`` (or as UTF-8 bytes) to keep CRLF."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(report))
    return out.getvalue()

"""PDF feedback report, written by Qt's own PDF writer (no extra dependency, same fonts as the app).

Why this way:

* The text goes into a ``QTextDocument`` through ``QTextCursor.insertText``, never as HTML, so
  a note is always text whatever it holds. Qt lays out Arabic and mixed text itself: each note
  is one block whose direction Qt takes from its first strong character.
* Qt's own ``QTextDocument.print_`` numbers pages but cannot say "of m". So the document is
  paginated by giving it a page size, and each page is painted with ``QPainter``: running header
  (conference, author, organisation), that page's slice of the document, footer "Page n of m".
* It needs a ``QGuiApplication`` (fonts); the CLI runs one offscreen. Everything Qt is imported
  inside the functions: importing this module costs nothing.
* PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a C++ method
  that returns void (``QFont.setBold``, ``QTextCursor.insertText``, ``QPainter.save``...). A long
  report makes tens of thousands of such calls and ``None``'s count reaches zero: "Fatal Python
  error: none_dealloc". ``_NoneGuard`` gives the lost references back as we go. Python 3.12+
  (immortal ``None``) needs nothing.
"""

from __future__ import annotations

import re
import sys

from observer_app.core import clock
from observer_app.core.export.json_report import entry_data
from observer_app.core.report import Report

MARGINS_MM = (18.0, 15.0, 18.0, 15.0)  # left, top, right, bottom
RESOLUTION = 300
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _plain(text: str) -> str:
    """One block per note: line breaks become Qt's in-block line separator (U+2028)."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\n", "\u2028")


class _NoneGuard:
    """Keeps ``None``'s reference count from falling below where it was at creation (see above)."""

    def __init__(self) -> None:
        self.base = sys.getrefcount(None) if sys.version_info < (3, 12) else None

    def check(self) -> None:
        if self.base is None:
            return
        lost = self.base - sys.getrefcount(None)
        if lost > 0:
            import ctypes  # noqa: PLC0415

            incref, ref = ctypes.pythonapi.Py_IncRef, ctypes.py_object(None)
            for _ in range(lost):
                incref(ref)


class _Writer:
    """Inserts headings and paragraphs with a small fixed set of formats."""

    def __init__(self, doc, base_font, guard: _NoneGuard):
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor

        self.cursor = QTextCursor(doc)
        self.block_formats, self.char_formats = {}, {}
        size = base_font.pointSizeF()
        for name, level, scale, bold, color, top, bottom, indent in (
            ("h1", 1, 1.8, True, "#1a1a1a", 0, 8, 0), ("h2", 2, 1.4, True, "#2b4a7c", 16, 6, 0),
            ("h3", 3, 1.15, True, "#2b4a7c", 10, 4, 0), ("meta", 0, 0.95, False, "#333333", 0, 2, 0),
            ("stamp", 0, 0.85, False, "#555555", 6, 0, 0), ("text", 0, 1.0, False, "#1a1a1a", 1, 1, 1),
            ("docs", 0, 0.85, False, "#444444", 0, 0, 0),
        ):
            block = QTextBlockFormat()
            block.setHeadingLevel(level)
            block.setTopMargin(top)
            block.setBottomMargin(bottom)
            block.setIndent(indent)
            if name == "stamp":  # the stamp is Latin whatever the note's language: keep it left
                block.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            char = QTextCharFormat()
            font = QFont(base_font)
            font.setPointSizeF(size * scale)
            font.setBold(bold)
            char.setFont(font)
            char.setForeground(QColor(color))
            self.block_formats[name], self.char_formats[name] = block, char
        self.first = True
        self.guard = guard
        guard.check()

    def add(self, style: str, text: str, tail: str = "", tail_style: str = "") -> None:
        """A new block in ``style``; ``tail`` continues it on a new line in ``tail_style``."""
        if self.first:
            self.cursor.setBlockFormat(self.block_formats[style])
            self.cursor.setBlockCharFormat(self.char_formats[style])
            self.first = False
        else:
            self.cursor.insertBlock(self.block_formats[style], self.char_formats[style])
        self.cursor.insertText(_plain(text))
        if tail:
            self.cursor.insertText("\u2028" + _plain(tail), self.char_formats[tail_style])
        self.guard.check()


def build_document(report: Report, base_font=None, guard: _NoneGuard | None = None):
    """The report as a ``QTextDocument`` (headings per body and session, then the notes)."""
    from PySide6.QtGui import QFont, QGuiApplication, QTextDocument

    font = QFont(base_font or QGuiApplication.font())
    font.setPointSizeF(10)
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)
    w = _Writer(doc, font, guard or _NoneGuard())
    w.add("h1", getattr(report, "title", "") or f"Feedback: {report.conference}")
    for label, value in (("Author", report.author), ("Organisation", report.organization),
                         ("Contact", report.contact), ("Generated", clock.iso_utc(report.generated)),
                         ("Conference time zone", report.timezone), ("Notes", str(report.note_count))):
        if value:
            w.add("meta", f"{label}: {value}")
    intro = getattr(report, "introduction", "")
    if intro:
        w.add("text", intro)
    if not report.bodies:
        w.add("text", "No notes selected.")
    for body in report.bodies:
        w.add("h2", body.name)
        for session in body.sessions:
            w.add("h3", session.title)
            for entry in session.entries:
                d = entry_data(entry)
                stamp = [d["conference_time"], entry.utc_time]
                if d["media_position"]:
                    stamp.append(f"video {d['media_position']}")
                who = " ".join(x for x in (d["speaker"], f"({d['stance']})" if d["stance"] else "") if x)
                if who:
                    stamp.append(who)
                if d["agenda_item"]:
                    stamp.append(f"item {d['agenda_item']}")
                extra = []
                if d["tags"]:
                    extra.append("Tags: " + ", ".join(d["tags"]))
                if d["documents"]:
                    extra.append("Documents: " + "; ".join(
                        doc["symbol"] + (f" ({doc['title']})" if doc["title"] else "") for doc in d["documents"]))
                w.add("stamp", " · ".join(stamp))
                w.add("text", d["text"], "\n".join(extra), "docs")
    return doc


def render(report: Report) -> bytes:
    """The report as PDF bytes: A4, headings, running header, "Page n of m" on every page."""
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

    if QGuiApplication.instance() is None:
        raise RuntimeError("PDF export needs a QGuiApplication (fonts); run it offscreen with QT_QPA_PLATFORM=offscreen")
    guard = _NoneGuard()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter)
    title = getattr(report, "title", "") or f"Feedback: {report.conference}"
    writer.setTitle(title)
    writer.setAuthor(", ".join(x for x in (report.author, report.organization) if x))
    writer.setCreator("Observer")

    doc = build_document(report, guard=guard)
    doc.documentLayout().setPaintDevice(writer)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    small = QFont(doc.defaultFont())
    small.setPointSizeF(8)
    line = QFontMetricsF(small, writer).height()
    header_h, footer_h = line * 2.2, line * 2.2
    body_h = area.height() - header_h - footer_h
    doc.setPageSize(QSizeF(area.width(), body_h))
    pages = max(1, doc.pageCount())
    header_left = f"{report.conference}"
    header_right = " — ".join(x for x in (report.author, report.organization) if x)

    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.setFont(small)
            painter.setPen(QColor("#555555"))
            top = QRectF(0, 0, area.width(), line)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             _plain(header_left).replace("\u2028", " "))
            painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             _plain(header_right).replace("\u2028", " "))
            painter.drawLine(0, int(line * 1.3), int(area.width()), int(line * 1.3))
            bottom = QRectF(0, area.height() - line, area.width(), line)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                             f"Page {page + 1} of {pages}")
            painter.save()
            painter.translate(0, header_h - page * body_h)
            doc.drawContents(painter, QRectF(0, page * body_h, area.width(), body_h))
            painter.restore()
            guard.check()
    finally:
        painter.end()
    buffer.close()
    guard.check()
    return bytes(buffer.data().data())

"""PDF feedback report, written by Qt's own PDF writer (no extra dependency, same fonts as the app).

Why this way:

* The text goes into ``QTextDocument``s through ``QTextCursor.insertText``, never as HTML, so a
  note is always text whatever it holds (and ``setHtml`` took minutes for 10,000 notes). Qt
  lays out Arabic and mixed text itself: a note's text is one block whose direction Qt takes
  from its first strong character; the stamp line above it stays left to right.
* Qt's ``QTextDocument.print_`` numbers pages but cannot say "of m". So the documents are
  paginated by giving them a page size, and each page is painted with ``QPainter``: running
  header (conference, author, organisation), that page's slice, footer "Page n of m".
* A ``QTextDocument`` silently stops laying out past about 2^23 device pixels (measured: 350
  A4 pages at 2400 dpi, 700 at 1200): the rest of a long report would just be missing. So the
  report is cut into documents of at most ``CHUNK_CHARS`` characters, at note boundaries, each
  starting on a new page under its body and session heading marked "(continued)", and any
  document that still comes out too tall is refused rather than truncated.
* A cited document's title is printed the first time a session cites it, the symbol alone
  after that: titles run to a hundred characters and the same few are cited over and over.
* It needs a ``QGuiApplication`` (fonts); the CLI runs one offscreen. Qt is imported inside the
  functions: importing this module costs nothing.
* PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a C++ method
  that returns void (``QFont.setBold``, ``QTextCursor.insertText``, ``QPainter.save``...). A long
  report makes tens of thousands of such calls and ``None``'s count reaches zero: "Fatal Python
  error: none_dealloc". ``_NoneGuard`` gives the lost references back as we go. Python 3.12+
  (immortal ``None``) needs nothing.
"""

from __future__ import annotations

import re
import sys

from observer_app.core.export.json_report import agenda_groups, entry_data
from observer_app.core.report import Report

MARGINS_MM = (18.0, 15.0, 18.0, 15.0)  # left, top, right, bottom
RESOLUTION = 1200  # QPdfWriter's own default; text is vector at any value
CHUNK_CHARS = 150_000  # about 60 pages: far below the layout limit
LAYOUT_LIMIT_PX = 8_000_000  # a little under 2^23
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# name: heading level, size (x base), bold, colour, top and bottom margin (pt)
_STYLES = {
    "h1": (1, 1.8, True, "#1a1a1a", 0, 8),
    "h2": (2, 1.4, True, "#2b4a7c", 16, 6),
    "h3": (3, 1.15, True, "#2b4a7c", 10, 4),
    "h4": (4, 1.0, True, "#1a1a1a", 6, 2),
    "meta": (0, 0.95, False, "#333333", 0, 2),
    "stamp": (0, 0.85, False, "#555555", 6, 0),
    "text": (0, 1.0, False, "#1a1a1a", 1, 1),
    "docs": (0, 0.85, False, "#444444", 0, 0),
    "quote": (0, 1.0, False, "#4a3410", 3, 1),  # a transcript quote: italic, indented
}
QUOTE_INDENT = 240  # the quote block's left margin in layout units (about 8 mm on paper)


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


class _Builder:
    """Fills QTextDocuments with headings and notes, starting a new one every CHUNK_CHARS."""

    def __init__(self, base_font, guard: _NoneGuard):
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat

        self.font, self.guard, self.added = base_font, guard, 0
        self.docs: list = []
        self.blocks, self.chars = {}, {}
        for name, (level, scale, bold, color, top, bottom) in _STYLES.items():
            block = QTextBlockFormat()
            block.setHeadingLevel(level)
            block.setTopMargin(top)
            block.setBottomMargin(bottom)
            if name == "stamp":  # Latin whatever the note's language: keep it left to right
                block.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            char = QTextCharFormat()
            font = QFont(base_font)
            font.setPointSizeF(base_font.pointSizeF() * scale)
            font.setBold(bold)
            if name == "quote":
                block.setLeftMargin(QUOTE_INDENT)
                font.setItalic(True)
            char.setFont(font)
            char.setForeground(QColor(color))
            self.blocks[name], self.chars[name] = block, char
        self.new_document()

    def new_document(self) -> None:
        from PySide6.QtGui import QTextCursor, QTextDocument

        doc = QTextDocument()
        doc.setDefaultFont(self.font)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(0)
        self.docs.append(doc)
        self.cursor, self.first, self.size = QTextCursor(doc), True, 0
        self.guard.check()

    def add(
        self,
        style: str,
        text: str,
        tail: str = "",
        tail_style: str = "",
        links: tuple[str, ...] = (),
    ) -> None:
        """A new block in ``style``; ``tail`` continues it on a new line in ``tail_style``.
        Each of ``links`` (a URL written in the block) becomes a link in the PDF."""
        start = self.cursor.position() if not self.first else 0
        if self.first:
            self.cursor.setBlockFormat(self.blocks[style])
            self.cursor.setBlockCharFormat(self.chars[style])
            self.first = False
        else:
            self.cursor.insertBlock(self.blocks[style], self.chars[style])
        self.cursor.insertText(_plain(text))
        if tail:
            self.cursor.insertText("\u2028" + _plain(tail), self.chars[tail_style])
        for url in links:
            self._link(url, start)
        self.size += len(text) + len(tail)
        self.added += 1
        if self.added % 64 == 0:  # 3 void calls per block: None's count drops ~200 in between
            self.guard.check()

    def _link(self, url: str, start: int) -> None:
        """Make the written ``url`` (found after ``start``) a link annotation: Qt's PDF engine
        writes one for text drawn with an anchor format."""
        from PySide6.QtGui import QTextCharFormat

        found = self.cursor.document().find(url, start)
        if found.isNull():
            return
        anchor = QTextCharFormat()
        anchor.setAnchor(True)
        anchor.setAnchorHref(url)
        found.mergeCharFormat(anchor)


def _note(b: _Builder, d: dict, when: str, seen: set[str], parts: tuple = ()) -> None:
    """Stamp line, then the text; a document's title only on its first citation in the session.
    Links are written out (viewers make them clickable): the recording at that second, and
    each cited document's file. ``parts``: the text with its transcript quotes
    (``ReportEntry.parts``), each quote a block of its own in the quote style."""
    stamp = [when]
    if d["media_position"]:
        stamp.append(f"video {d['media_position']}")
    who = " ".join(
        (d["speaker"] + (f" ({d['stance']})" if d["stance"] else "")).split()
    )  # one line
    if who:
        stamp.append(who)
    extra = []
    if d["tags"]:
        extra.append("Tags: " + ", ".join(d["tags"]))
    if d["documents"]:
        cited = []
        for doc in d["documents"]:
            cited.append(
                doc["symbol"]
                + (f" ({doc['title']})" if doc["title"] and doc["symbol"] not in seen else "")
                + (f" {doc['url']}" if doc["url"] else "")
            )
            seen.add(doc["symbol"])
        extra.append("Documents: " + "; ".join(cited))
    if d["archive_link"]:
        extra.append(f"Recording: {d['archive_link']}")
    b.add("stamp", " · ".join(stamp))
    links = [doc["url"] for doc in d["documents"] if doc["url"]]
    if d["archive_link"]:
        links.append(d["archive_link"])
    if not parts:
        b.add("text", d["text"], "\n".join(extra), "docs", tuple(links))
        return
    for part in parts:
        if isinstance(part, str):
            b.add("text", part)
            continue
        said = f"said {part.conference_time}, " if part.conference_time else ""
        link = f" {part.archive_link}" if part.archive_link else ""
        times = f"— {said}video {part.video}{link}"
        b.add("quote", f"“{part.words}”", times, "docs", (part.archive_link,) if link else ())
    if extra:
        b.add("docs", "\n".join(extra), links=tuple(links))


def build_documents(report: Report, base_font=None, guard: _NoneGuard | None = None) -> list:
    """The report as ``QTextDocument``s, each to start on a new page (see the module docstring)."""
    from PySide6.QtGui import QFont, QGuiApplication

    font = QFont(base_font or QGuiApplication.font())
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # print metrics, not screen
    font.setPointSizeF(10)
    b = _Builder(font, guard or _NoneGuard())
    b.add("h1", getattr(report, "title", "") or f"Feedback: {report.conference}")
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
            b.add("meta", f"{label}: {value}")
    intro = getattr(report, "introduction", "")
    if intro:
        b.add("text", intro)
    if not report.bodies:
        b.add("text", "No notes selected.")
    for body in report.bodies:
        b.guard.check()
        b.add("h2", body.name)
        for session in body.sessions:
            b.add("h3", session.title)
            seen: set[str] = set()
            for item, entries in agenda_groups(session):
                if item:
                    b.add("h4", f"Agenda item: {item}")
                for entry in entries:
                    if b.size > CHUNK_CHARS:
                        b.new_document()
                        b.add("h2", f"{body.name} (continued)")
                        b.add("h3", f"{session.title} (continued)")
                    _note(
                        b,
                        entry_data(entry),
                        f"{entry.when} ({entry.when_utc})",
                        seen,
                        getattr(entry, "parts", ()),
                    )
    b.guard.check()
    return b.docs


def _lines_by_page(doc, body_h: float, count: int) -> list[list]:
    """What to draw on each page of ``doc``: whole blocks (QTextLayout) or single lines.

    Not ``drawContents`` with a page clip: that draws a whole block on each page it touches
    and lets the clip hide the overflow, invisible but a block split over two pages then has
    its text twice in the PDF (search, copy, screen readers, extraction). Pagination never
    splits a line, so a block on one page is drawn whole and a split block line by line.
    Items: a ``QTextLayout``, or an ``(origin, QTextLine)`` tuple (no ``None`` in them: thousands
    of references to ``None`` held here would hide from ``_NoneGuard`` the ones PySide loses).
    """
    pages: list[list] = [[] for _ in range(count)]

    def page_of(y: float) -> int:
        return min(max(int((y + 1) // body_h), 0), count - 1)  # +1: a line on a page's top edge

    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        n = layout.lineCount()
        if n:
            origin = layout.position()
            first, last = layout.lineAt(0), layout.lineAt(n - 1)
            page = page_of(origin.y() + first.y())
            if n == 1 or page == page_of(origin.y() + last.y()):
                pages[page].append(layout)
            else:
                for i in range(n):
                    text_line = layout.lineAt(i)
                    pages[page_of(origin.y() + text_line.y())].append((origin, text_line))
        block = block.next()
    return pages


def render(report: Report) -> bytes:
    """The report as PDF bytes: A4, headings, running header, "Page n of m" on every page."""
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QFontMetricsF,
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
    )

    if QGuiApplication.instance() is None:
        raise RuntimeError(
            "PDF export needs a QGuiApplication (fonts); run it offscreen with QT_QPA_PLATFORM=offscreen"
        )
    guard = _NoneGuard()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*MARGINS_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(getattr(report, "title", "") or f"Feedback: {report.conference}")
    writer.setAuthor(", ".join(x for x in (report.author, report.organization) if x))
    writer.setCreator("Observer")

    docs = build_documents(report, guard=guard)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    small = QFont(docs[0].defaultFont())
    small.setPointSizeF(8)
    line = QFontMetricsF(small, writer).height()
    header_h = footer_h = line * 2.2
    body_h = area.height() - header_h - footer_h
    pages = []  # (document, page within it)
    lines = {}  # document -> its lines, page by page
    for doc in docs:
        doc.documentLayout().setPaintDevice(writer)
        doc.setPageSize(QSizeF(area.width(), body_h))
        count = doc.pageCount()
        if doc.size().height() > LAYOUT_LIMIT_PX:
            raise ValueError("a note is too long to lay out in a PDF; export it as HTML or DOCX")
        pages += [(doc, i) for i in range(max(1, count))]
        lines[doc] = _lines_by_page(doc, body_h, max(1, count))
        guard.check()
    left = _plain(report.conference).replace("\u2028", " ")
    right = _plain(" — ".join(x for x in (report.author, report.organization) if x)).replace(
        "\u2028", " "
    )
    align_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    align_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    align_centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)

    painter = QPainter(writer)
    try:
        for number, (doc, page) in enumerate(pages, 1):
            if number > 1:
                writer.newPage()
            painter.setFont(small)
            painter.setPen(QColor("#555555"))
            top = QRectF(0, 0, area.width(), line)
            painter.drawText(top, align_left, left)
            painter.drawText(top, align_right, right)
            painter.drawLine(0, int(line * 1.3), int(area.width()), int(line * 1.3))
            painter.drawText(
                QRectF(0, area.height() - line, area.width(), line),
                align_centre,
                f"Page {number} of {len(pages)}",
            )
            painter.setPen(QColor("#000000"))
            shift = header_h - page * body_h
            for item in lines[doc][page]:
                if isinstance(item, tuple):
                    origin, text_line = item
                    text_line.draw(painter, QPointF(origin.x(), origin.y() + shift))
                else:  # a whole block: QTextLayout adds its own position
                    item.draw(painter, QPointF(0, shift))
            guard.check()
    finally:
        painter.end()
        lines.clear()
    buffer.close()
    guard.check()
    return bytes(buffer.data().data())

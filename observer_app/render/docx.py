"""DOCX feedback report (python-docx): what secretariats and coalitions edit and merge.

Why this shape: real Heading 1/2/3 styles (the report title, each body, each session), so
Word's navigation pane and table of contents work; one table per session with a repeated
header row (Time, Video, Speaker, Stance, Note, Documents), so notes can be sorted and
copied into a compilation; A4 with "Page n of m" fields in the footer. A cited document's
title is given the first time a session cites it, the symbol alone after that (titles run to
a hundred characters and the same few documents are cited again and again).

Speed: python-docx's ``table.add_row()`` and ``cell.text`` re-walk the whole table on every
call (seconds for a few thousand notes), so the data rows of a table are written as one XML
string and parsed by lxml in one go. Every text goes through ``xml_text`` (drops the
characters XML 1.0 forbids, which a note may hold) and ``xml.sax.saxutils.escape``: it is
always a text node, never markup. Right-to-left notes get ``w:bidi``/``w:rtl``.
"""

from __future__ import annotations

import io
import re
import unicodedata
from xml.sax.saxutils import escape

from observer_app.core.export.json_report import entry_data
from observer_app.core.report import Quote, Report

COLUMNS = (
    ("Time", 30),
    ("Video", 15),
    ("Speaker", 24),
    ("Stance", 17),
    ("Note", 58),
    ("Documents", 26),
)  # mm
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_TWIPS_PER_MM = 1440 / 25.4
_LINK_PROPS = (
    '<w:color w:val="0563C1"/><w:u w:val="single"/>'  # the template has no Hyperlink style
)


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold; CR/CRLF made LF."""
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (Arabic, Hebrew...)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _run(text: str, rtl: bool = False, props: str = "") -> str:
    """A ``w:r`` holding ``text``: line breaks become ``w:br``, tabs ``w:tab``."""
    lines = []
    for line in xml_text(text).split("\n"):
        lines.append(
            "<w:tab/>".join(
                f'<w:t xml:space="preserve">{escape(p)}</w:t>' if p else ""
                for p in line.split("\t")
            )
        )
    rpr = props + ("<w:rtl/>" if rtl else "")
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}{'<w:br/>'.join(lines)}</w:r>"


def _para(
    text: str,
    *,
    direction_from: str | None = None,
    props: str = "",
    link_rid: str = "",
    style: str = "",
    lead: str = "",
) -> str:
    """A paragraph of ``text`` (a link when ``link_rid``), after ``lead`` (plain, same size),
    in the template's paragraph ``style`` when given (e.g. "Quote")."""
    rtl = is_rtl(direction_from if direction_from is not None else text) if text else False
    if link_rid:
        run = f'<w:hyperlink r:id="{link_rid}">{_run(text, rtl, _LINK_PROPS + props)}</w:hyperlink>'
    else:
        run = _run(text, rtl, props)
    if lead:
        run = _run(lead, rtl, props) + run
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:bidi/>" if rtl else "")
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{run}</w:p>"


def _quote(q: Quote, link) -> list[str]:
    """A transcript quote in Word's Quote style, verbatim, then its times and the recording."""
    said = f"— said {q.conference_time}, " if q.conference_time else "— "
    return [
        _para(f"“{q.words}”", style="Quote"),
        _para(
            f"video {q.video}",
            lead=said,
            props='<w:sz w:val="16"/>',
            link_rid=link(q.archive_link) if q.archive_link else "",
        ),
    ]


def _note_paragraphs(entry, text: str, link) -> list[str]:
    parts = getattr(entry, "parts", ())
    if not parts:
        return [_para(text)]
    return [
        para
        for part in parts
        for para in ([_para(part)] if isinstance(part, str) else _quote(part, link))
    ]


def _cell(width_mm: float, paragraphs: list[str]) -> str:
    width = round(width_mm * _TWIPS_PER_MM)
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paragraphs) or "<w:p/>"}</w:tc>'


def _row(entry, seen: set[str], link) -> str:
    d = entry_data(entry)
    small = '<w:sz w:val="16"/>'
    documents = []
    for doc in d["documents"]:
        titled = doc["title"] and doc["symbol"] not in seen
        seen.add(doc["symbol"])
        documents.append(
            _para(
                doc["symbol"] + (f" — {doc['title']}" if titled else ""),
                link_rid=link(doc["url"]) if doc["url"] else "",
            )
        )
    video = d["media_position"]
    note = _note_paragraphs(entry, d["text"], link)
    extra = ([f"Agenda item {d['agenda_item']}"] if d["agenda_item"] else []) + (
        ["Tags: " + ", ".join(d["tags"])] if d["tags"] else []
    )
    if extra:
        note.append(_para("; ".join(extra), props=small))
    cells = (
        [_para(entry.when), _para(entry.when_utc, props=small)],
        [_para(video, link_rid=link(d["archive_link"]) if video and d["archive_link"] else "")],
        [_para(d["speaker"])],
        [_para(d["stance"])],
        note,
        documents,
    )
    return (
        "<w:tr>"
        + "".join(_cell(w, c) for (_name, w), c in zip(COLUMNS, cells, strict=True))
        + "</w:tr>"
    )


def _footer(section) -> None:
    from docx.oxml import parse_xml  # noqa: PLC0415

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = 1  # centre
    paragraph.add_run("Page ")
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple xmlns:w="{W_NS}" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    paragraph.add_run(" of ")
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple xmlns:w="{W_NS}" w:instr="NUMPAGES"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )


def _table(document, session, link) -> None:
    from docx.oxml import OxmlElement, parse_xml  # noqa: PLC0415
    from docx.shared import Mm  # noqa: PLC0415

    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    for (name, width), column, cell in zip(
        COLUMNS, table.columns, table.rows[0].cells, strict=True
    ):
        column.width = Mm(width)
        cell.width = Mm(width)
        cell.paragraphs[0].add_run(name).bold = True
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeated on every page
    seen: set[str] = set()
    rows = "".join(_row(entry, seen, link) for entry in session.entries)
    if rows:
        parsed = parse_xml(f'<w:tbl xmlns:w="{W_NS}" xmlns:r="{R_NS}">{rows}</w:tbl>')
        table._tbl.extend(list(parsed))


def render(report: Report) -> bytes:
    """The report as .docx bytes."""
    import docx  # noqa: PLC0415 - only when a DOCX is asked for
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.shared import Mm, Pt

    document = docx.Document()
    title = getattr(report, "title", "") or f"Feedback: {report.conference}"
    props = document.core_properties
    props.title, props.author = xml_text(title)[:255], xml_text(report.author or "")[:255]
    props.created = report.generated
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    document.styles["Normal"].font.size = Pt(10)
    _footer(section)

    def link(url: str | None) -> str:
        return (
            document.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            if url
            else ""
        )

    document.add_heading(xml_text(title), level=1)
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
            p = document.add_paragraph()
            p.add_run(f"{label}: ").bold = True
            p.add_run(xml_text(value))
    intro = getattr(report, "introduction", "")
    if intro:
        document.add_paragraph(xml_text(intro))
    if not report.bodies:
        document.add_paragraph("No notes selected.")
    for body in report.bodies:
        document.add_heading(xml_text(body.name), level=2)
        for session in body.sessions:
            document.add_heading(xml_text(session.title), level=3)
            _table(document, session, link)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()

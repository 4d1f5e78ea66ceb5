"""Generate the Observer demo assets: four webcast recordings and a set of conference documents.

Run from the repository root:  .venv/bin/python resources/demo/generate.py
Needs ffmpeg on PATH (libx264, libopus) and PySide6. The output is committed, so the script is
written to be reproducible: re-running it rewrites the same bytes (bitexact muxing, fixed PDF
ids and dates), and git sees no change unless the script changed.
All content is fictional; it only has to look like an ITU Plenipotentiary Conference.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEDIA_DIR, DOCS_DIR = HERE / "media", HERE / "docs"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# --- media ------------------------------------------------------------------------------------
DURATION_S, WIDTH, HEIGHT, FPS = 60, 640, 360, 25
# Short soft beeps instead of a continuous tone: people hear this on `make run`.
BEEP_PERIOD_S, BEEP_LENGTH_S, BEEP_AMPLITUDE = 2.0, 0.15, 0.1


@dataclass(frozen=True)
class Body:
    slug: str
    name: str
    background: str  # a calm dark colour, so each body is recognisable at a glance


@dataclass(frozen=True)
class AudioTrack:
    language: str  # ISO 639-2; "mul" = floor audio (several languages)
    title: str
    frequency_hz: int  # one pure frequency per track, so tests can tell which one is heard


BODIES = (
    Body("plenary", "Plenary", "0x1c2a3e"),
    Body("wgpl", "Plenary Working Group", "0x1b3a34"),
    Body("com5", "Committee 5 — Policy and Legal Matters", "0x3a2b1f"),
    Body("com6", "Committee 6 — Administration and Management", "0x2d2340"),
)
AUDIO_TRACKS = (
    AudioTrack("mul", "Floor", 440),
    AudioTrack("eng", "English", 660),
    AudioTrack("fra", "French", 880),
)


def beep_expression(frequency_hz: int) -> str:
    """A pure sine, gated by a Hann window once per period: no clicks, so no extra harmonics."""
    phase = f"mod(t,{BEEP_PERIOD_S})"
    window = f"lt({phase},{BEEP_LENGTH_S})*(0.5-0.5*cos(2*PI*{phase}/{BEEP_LENGTH_S}))"
    return f"{BEEP_AMPLITUDE}*sin(2*PI*{frequency_hz}*t)*{window}"


def drawtext(textfile: Path, font: str, size: int, y: str, colour: str = "white") -> str:
    """Text read from a file, so body names need no filtergraph escaping."""
    return (
        f"drawtext=fontfile={FONTS / font}:textfile={textfile}:fontsize={size}"
        f":fontcolor={colour}:x=(w-text_w)/2:y={y}"
    )


def filtergraph(body: Body, workdir: Path) -> str:
    """Background, a sliding bar (consecutive frames differ), the name, a caption and a clock."""
    name, _, subtitle = body.name.partition(" — ")
    texts = {
        "name": name,
        "subtitle": subtitle,
        "caption": "PP-Demo webcast (demo stream)",
        "clock": "%{pts:hms}",
    }  # the media position, so a viewer sees time move
    for key, value in texts.items():
        (workdir / f"{key}.txt").write_text(value, encoding="utf-8")
    name_y = "105" if subtitle else "125"
    video = [
        "[bg][bar]overlay=x='mod(t*120,W+w)-w':y=H-22",
        drawtext(workdir / "name.txt", "DejaVuSans-Bold.ttf", 46, name_y),
        drawtext(workdir / "caption.txt", "DejaVuSans.ttf", 20, "215", "0xc8d0dc"),
        drawtext(workdir / "clock.txt", "DejaVuSansMono.ttf", 30, "255", "0xf0e6b4"),
    ]
    if subtitle:
        video.insert(2, drawtext(workdir / "subtitle.txt", "DejaVuSans-Bold.ttf", 28, "165"))
    graph = [
        f"color=c={body.background}:s={WIDTH}x{HEIGHT}:r={FPS}:d={DURATION_S}[bg]",
        f"color=c=0x9fb4cc:s=96x6:r={FPS}:d={DURATION_S}[bar]",
        ",".join(video) + "[v]",
    ]
    for index, track in enumerate(AUDIO_TRACKS):
        graph.append(
            f"aevalsrc='{beep_expression(track.frequency_hz)}'"
            f":s=48000:n=960:c=mono:d={DURATION_S}[a{index}]"
        )  # n: one Opus frame
    return ";".join(graph)


def ffmpeg_command(body: Body, output: Path, workdir: Path) -> list[str]:
    """One pass: lavfi sources -> H.264 + three tagged Opus tracks in Matroska."""
    command = [
        "ffmpeg",
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-filter_complex",
        filtergraph(body, workdir),
        "-map",
        "[v]",
    ]
    for index in range(len(AUDIO_TRACKS)):
        command += ["-map", f"[a{index}]"]
    command += [
        "-c:v",
        "libx264",
        "-preset",
        "slow",
        "-crf",
        "26",
        "-pix_fmt",
        "yuv420p",
        "-g",
        str(2 * FPS),  # a keyframe every 2 s keeps seeking quick
        "-c:a",
        "libopus",
        "-b:a",
        "24k",
        "-ac",
        "1",
        "-disposition:v:0",
        "default",
        "-metadata",
        f"title=PP-Demo — {body.name} (demo stream)",
    ]
    for index, track in enumerate(AUDIO_TRACKS):
        command += [
            f"-metadata:s:a:{index}",
            f"language={track.language}",
            f"-metadata:s:a:{index}",
            f"title={track.title}",
            f"-disposition:a:{index}",
            "default" if index == 0 else "0",
        ]
    # bitexact: no encoder version strings or random segment UIDs, so re-runs are identical.
    return command + [
        "-fflags",
        "+bitexact",
        "-flags:v",
        "+bitexact",
        "-flags:a",
        "+bitexact",
        "-t",
        str(DURATION_S),
        str(output),
    ]


def generate_media() -> None:
    MEDIA_DIR.mkdir(parents=True, exist_ok=True)
    for body in BODIES:
        output = MEDIA_DIR / f"{body.slug}.mkv"
        with tempfile.TemporaryDirectory() as workdir:
            subprocess.run(ffmpeg_command(body, output, Path(workdir)), check=True)
        print(f"{output.relative_to(HERE)}  {output.stat().st_size / 1024:.0f} KiB")


# --- documents --------------------------------------------------------------------------------
DAY_ONE = date(2026, 3, 2)  # day 1 of the fictional PP-Demo conference (a Monday)
CONFERENCE_EN = ("PLENIPOTENTIARY CONFERENCE (PP-Demo)", "Demo City, 2–13 March 2026")
CONFERENCE_FR = ("CONFÉRENCE DE PLÉNIPOTENTIAIRES (PP-Demo)", "Demo City, 2–13 mars 2026")
FOOTER = "DEMO DOCUMENT — fictional content for the Observer demo conference"
FOOTER_FR = "DOCUMENT DE DÉMONSTRATION — contenu fictif"
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()


@dataclass(frozen=True)
class DemoDocument:
    filename: str
    symbol: str  # as printed top right, e.g. "Revision 1 to Document 67-E"
    day: int  # conference day on which it was published
    meeting: str
    source: str
    title: str
    paragraphs: tuple[str, ...]
    french: bool = False
    annex: tuple[str, ...] = ()  # starts on a new page: gives the viewer a multi-page document


P67 = (
    "Resolution 102 (Rev. Demo) sets out how ITU works with other organizations on international "
    "public policy issues pertaining to the Internet. The APT Member States consider that the "
    "resolution should reflect the experience gained since the last conference.",
    "The proposals below were written for the Observer demo conference. They show how an "
    "observer reads, cites and comments on a conference document; no administration made them.",
    "Proposal: resolves to continue the work of the Council Working Group on international "
    "Internet-related public policy issues, and to hold an open consultation with all "
    "stakeholders before each of its meetings.",
    "Proposal: instructs the Secretary-General to publish the contributions received in these "
    "consultations on the ITU website, without restriction, within two weeks of their receipt.",
    "Reasons: open consultations let civil society, academia and the technical community take "
    "part; publishing their inputs makes the work of the group easier to follow from afar.",
)
P67_ANNEX = (
    "MOD APT/67/1 — resolves 3: to hold an open consultation with all stakeholders before each "
    "meeting of the Council Working Group, online and in person.",
    "ADD APT/67/2 — instructs the Secretary-General 4: to publish all contributions received in "
    "the open consultations on a public web page.",
)
P67_FR = (
    "La Résolution 102 (Rév. Démo) définit la manière dont l'UIT collabore avec d'autres "
    "organisations sur les questions de politiques publiques internationales ayant trait à "
    "l'Internet.",
    "Les propositions ci-dessous ont été rédigées pour la conférence de démonstration Observer; "
    "aucune administration ne les a présentées.",
    "Proposition: décide de poursuivre les travaux du Groupe de travail du Conseil et de tenir "
    "une consultation ouverte avec toutes les parties prenantes avant chacune de ses réunions.",
    "Motifs: les consultations ouvertes permettent à la société civile, aux milieux "
    "universitaires et à la communauté technique de participer aux travaux.",
)
P84 = (
    "The CITEL Member States recall Resolution 130 (Rev. Demo) and note that confidence and "
    "security in the use of ICTs remain a priority for every region.",
    "Proposal: resolves that ITU shall continue to assist developing countries in setting up "
    "national computer incident response teams, in cooperation with regional organizations.",
    "Proposal: instructs the Director of the Telecommunication Development Bureau to publish a "
    "yearly summary of the capacity-building activities carried out under this resolution.",
    "Reasons: fictional text for the Observer demo conference.",
)
P84_FR = (
    "Les États Membres de la CITEL rappellent la Résolution 130 (Rév. Démo) et notent que la "
    "confiance et la sécurité dans l'utilisation des TIC restent une priorité pour toutes les "
    "régions.",
    "Proposition: décide que l'UIT continuera d'aider les pays en développement à mettre en "
    "place des équipes nationales d'intervention en cas d'incident informatique.",
    "Motifs: texte fictif pour la conférence de démonstration Observer.",
)
PDT33 = (
    "The Plenary Working Group considered Documents 67, 67(Add.2) and 84 at its second and "
    "third meetings.",
    "Several delegations supported open consultations with all stakeholders and the publication "
    "of conference documents; others preferred to leave these arrangements to the Council.",
    "The working group agreed to continue on the basis of a draft text to be prepared by its "
    "chairman (Document DL/12), and to report to the Plenary at its next meeting.",
)
P33R1 = (
    PDT33[:1]
    + (
        "Many delegations supported open consultations with all stakeholders and the publication of "
        "conference documents; a few preferred to leave these arrangements to the Council.",
    )
    + PDT33[2:]
    + (
        "The chairman thanked the delegations that commented on Document DT/33. This revision "
        "replaces Document DT/33.",
    )
)
APT = "Member States of the Asia-Pacific Telecommunity"
TITLE_67 = (
    "Proposals for the work of the conference: Resolution 102 — ITU's role with regard "
    "to international public policy issues pertaining to the Internet"
)
CITEL = "Member States of the Inter-American Telecommunication Commission (CITEL)"
TITLE_84 = "Strengthening the role of ITU in building confidence and security in the use of ICTs"

DOCUMENTS = (
    DemoDocument(
        "PPD-0067-E.pdf", "Document 67-E", 1, "PLENARY MEETING", APT, TITLE_67, P67, annex=P67_ANNEX
    ),
    DemoDocument(
        "PPD-0067-F.pdf",
        "Document 67-F",
        1,
        "SÉANCE PLÉNIÈRE",
        "États Membres de la Télécommunauté Asie-Pacifique",
        "Propositions pour les travaux de la conférence: Résolution 102 — Rôle de l'UIT "
        "concernant les questions de politiques publiques internationales ayant trait "
        "à l'Internet",
        P67_FR,
        french=True,
    ),
    DemoDocument(
        "PPD-0067R1-E.pdf",
        "Revision 1 to Document 67-E",
        3,
        "PLENARY MEETING",
        APT,
        TITLE_67,
        P67[:3]
        + (
            P67[3].replace("two weeks", "one week"),
            P67[4],
            "This revision replaces Document 67; it shortens the time limit in "
            "paragraph 4 to one week.",
        ),
        annex=P67_ANNEX,
    ),
    DemoDocument(
        "PPD-0067A2-E.pdf",
        "Addendum 2 to Document 67-E",
        4,
        "PLENARY MEETING",
        APT,
        "Proposed modification of Resolution 140 (WSIS)",
        (
            "This addendum adds to Document 67 a proposal on Resolution 140 (Rev. "
            "Demo), ITU's role in implementing the outcomes of the World Summit on "
            "the Information Society (WSIS).",
            "Proposal: invites Member States to include representatives of civil "
            "society in their delegations to WSIS-related meetings.",
            "Proposal: instructs the Secretary-General to report each year to the "
            "Council on the participation of non-governmental stakeholders.",
            "Reasons: fictional text for the Observer demo conference.",
        ),
    ),
    DemoDocument("PPD-0084-E.pdf", "Document 84-E", 1, "PLENARY MEETING", CITEL, TITLE_84, P84),
    DemoDocument(
        "PPD-0084-F.pdf",
        "Document 84-F",
        1,
        "SÉANCE PLÉNIÈRE",
        "États Membres de la Commission interaméricaine des télécommunications (CITEL)",
        "Renforcer le rôle de l'UIT dans l'instauration de la confiance et de la "
        "sécurité dans l'utilisation des TIC",
        P84_FR,
        french=True,
    ),
    DemoDocument(
        "PPD-DT-0033-E.pdf",
        "Document DT/33-E",
        5,
        "PLENARY WORKING GROUP",
        "Chairman, Plenary Working Group",
        "Draft report of the Plenary Working Group: open consultations and access to documents",
        PDT33,
    ),
    DemoDocument(
        "PPD-DT-0033R1-E.pdf",
        "Revision 1 to Document DT/33-E",
        6,
        "PLENARY WORKING GROUP",
        "Chairman, Plenary Working Group",
        "Draft report of the Plenary Working Group: open consultations and access to documents",
        P33R1,
    ),
    DemoDocument(
        "PPD-ADM-0054-E.pdf",
        "Document ADM/54-E",
        6,
        "COMMITTEE 5",
        "Chairman, Committee 5",
        "Agenda of the fourth meeting of Committee 5",
        (
            "Opening of the meeting and approval of the agenda",
            "Resolution 102: proposals of the APT Member States — Document 67(Rev.1)",
            "Resolution 140 (WSIS) — Document 67(Add.2)",
            "Confidence and security in the use of ICTs — Document 84",
            "Draft report of the Plenary Working Group — Document DT/33",
            "Any other business",
        ),
    ),
    DemoDocument(
        "PPD-DL-0012-E.pdf",
        "Document DL/12-E",
        7,
        "COMMITTEE 5",
        "Chairman, Committee 5",
        "Draft new resolution on open access to conference documents",
        (
            "The Plenipotentiary Conference (Demo City, 2026), considering that many "
            "observers follow the conference remotely and rely on timely access to "
            "its documents,",
            "resolves that the input documents of the conference shall be published "
            "on the public website when they are posted for delegates,",
            "instructs the Secretary-General to provide an online platform on which "
            "the public may submit contributions, registered as information "
            "documents.",
        ),
    ),
    DemoDocument(
        "PPD-AFCP-0069A2-E.pdf",
        "Addendum 2 to Document 69-E",
        2,
        "PLENARY MEETING",
        "African Member States",
        "African common proposals: Resolution 64 — non-discriminatory access",
        (
            "Resolution 64 (Rev. Demo) concerns non-discriminatory access to modern "
            "telecommunication/ICT facilities, services and applications.",
            "Proposal (AFCP/69A2/1): instructs the Secretary-General to report to "
            "the Council on any barrier to such access brought to the attention of ITU.",
            "Reasons: fictional text for the Observer demo conference.",
        ),
    ),
)


def format_date(day: date, french: bool) -> str:
    """ITU style, "2 March 2026"; spelled out here rather than with the user's locale."""
    month = MONTHS_FR[day.month - 1] if french else MONTHS_EN[day.month - 1]
    return f"{day.day} {month} {day.year}"


def document_html(doc: DemoDocument) -> str:
    """ITU layout: conference top left, symbol/date/original top right, then source and title."""
    conference, place = CONFERENCE_FR if doc.french else CONFERENCE_EN
    published = format_date(DAY_ONE + timedelta(days=doc.day - 1), doc.french)
    original = "Original: anglais" if doc.french else "Original: English"
    numbered = "".join(
        f'<p style="margin-bottom:9px"><b>{n}</b>&nbsp;&nbsp;&nbsp;{text}</p>'
        for n, text in enumerate(doc.paragraphs, start=1)
    )
    annex = "".join(f"<p>{text}</p>" for text in doc.annex)
    if annex:
        annex = (
            '<p align="center" style="page-break-before:always"><b>ANNEX</b></p>'
            '<p align="center"><b>Proposed modifications</b></p>' + annex
        )
    return f"""
<table width="100%" cellspacing="0"><tr>
<td width="62%" style="white-space:nowrap"><b>{conference}</b><br/>{place}</td>
<td width="38%" align="right"><b>{doc.meeting}</b><br/><b>{doc.symbol}</b><br/>{published}
<br/>{original}</td></tr></table>
<hr/>
<p align="center" style="margin-top:24px"><b>{doc.source}</b></p>
<p align="center" style="margin-top:12px;margin-bottom:24px;font-size:13pt">
<b>{doc.title}</b></p>
{numbered}{annex}"""


def plain_font(font):
    """No ligatures: a "fi" glyph would make pdftotext and search see U+FB01, not "fi"."""
    from PySide6.QtGui import QFont

    font.setFeature(QFont.Tag("liga"), 0)
    return font


def write_pdf(doc: DemoDocument, path: Path) -> None:
    """A4 PDF with real text, paginated by hand so every page gets the demo footer."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUuid
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 15, 20, 12), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(f"{doc.symbol}: {doc.title}")
    writer.setCreator("Observer demo generator (resources/demo/generate.py)")
    # A stable document id (instead of a random one) keeps re-runs byte-identical.
    writer.setDocumentId(QUuid(str(uuid.uuid5(uuid.NAMESPACE_URL, doc.filename))))
    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)  # lay out in points, not screen pixels
    text.setDefaultFont(plain_font(QFont("DejaVu Serif", 11)))
    text.setDocumentMargin(0)
    text.setHtml(document_html(doc))
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_h = 90
    page = QSizeF(area.width(), area.height() - footer_h)
    text.setPageSize(page)
    pages = text.pageCount()
    painter = QPainter(writer)
    for number in range(pages):
        if number:
            writer.newPage()
        painter.save()
        painter.translate(0, -number * page.height())
        text.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
        painter.restore()
        painter.setFont(plain_font(QFont("DejaVu Sans", 7)))
        footer = QRectF(0, area.height() - footer_h + 30, area.width(), footer_h - 30)
        painter.drawLine(footer.topLeft(), footer.topRight())
        label = FOOTER + (f"  /  {FOOTER_FR}" if doc.french else "")
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, label)
        painter.drawText(
            footer,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            f"{number + 1}/{pages}",
        )
    painter.end()
    pin_dates(path)


def pin_dates(path: Path) -> None:
    """Replace the write time Qt stamps into the PDF by day 1, keeping byte offsets valid."""
    fixed = DAY_ONE.strftime("%Y%m%d") + "090000"
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:" + fixed.encode(), data)
    iso = f"{DAY_ONE.isoformat()}T09:00:00".encode()
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", iso, data)
    path.write_bytes(data)


def generate_documents() -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt loads: no display needed
    os.environ["QT_HASH_SEED"] = "0"  # else fonts are written in a random order on each run
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # fonts need an app
    DOCS_DIR.mkdir(parents=True, exist_ok=True)
    for doc in DOCUMENTS:
        write_pdf(doc, DOCS_DIR / doc.filename)
        print(f"docs/{doc.filename}  {(DOCS_DIR / doc.filename).stat().st_size / 1024:.0f} KiB")
    app.processEvents()


def main() -> int:
    if shutil.which("ffmpeg") is None:
        print("generate.py: ffmpeg not found on PATH", file=sys.stderr)
        return 1
    generate_media()
    generate_documents()
    return 0


if __name__ == "__main__":
    sys.exit(main())

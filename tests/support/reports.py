"""Feedback reports for the export tests (tests/unit and the PDF in tests/gui): the demo's
notes, ordinary and hostile (markup, formulas, control characters, scripts)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from observer_app.core.model import NoteStamp
from observer_app.core.report import ReportEntry, ReportHeader, build_report

from .clock import PINNED_NOW

FORMULAS = ('=HYPERLINK("http://evil","x")', "+1", "-2", "@SUM(A1)")
HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "# heading\n- list\n1. item\n> quote\n*em* _u_ `code` | a | b |\n---",
    "before --> after\n\n\nafter blank lines\r\n\r\nand CRLF",
    "title\r\nATTENDEE:mailto:x@y",
    *FORMULAS,
    "مصر تعارض الإشارة إلى حقوق الإنسان في الوثيقة DT/33 👍🏽🇧🇷",
    "long " * 2000,  # 10 kB
    "controls \x00\x01\x0b\x1b[31m red \u202e desrever",
    "WEBVTT",
    "NOTE looks like a comment",
    "00:00:01.000 --> 00:00:02.000",
    "1\n00:00:01,000 --> 00:00:02,000\nfake SRT cue",
    '"quoted", with, commas; and; semicolons\\',
    "&amp; &lt;b&gt; entities stay text",
    "line\u2028separator\u2029paragraph\x85next line",
)


@dataclasses.dataclass(frozen=True)
class _Rich(ReportEntry):
    """A ReportEntry with the fields report.py is getting (used only while it lacks them)."""

    speaker: str = ""
    stance: str = ""
    agenda_item: str = ""
    tags: tuple[str, ...] = ()
    position_ms: int | None = None


def enrich(report, notes):
    """Give entries speaker/stance/agenda/tags from their notes when ReportEntry lacks them."""
    by_id = {n.id: n for n in notes}
    for body in report.bodies:
        for session in body.sessions:
            if session.entries and not hasattr(session.entries[0], "speaker"):
                session.entries[:] = [
                    _Rich(
                        **{f.name: getattr(e, f.name) for f in dataclasses.fields(e)},
                        speaker=by_id[e.note_id].speaker,
                        stance=by_id[e.note_id].stance,
                        agenda_item=by_id[e.note_id].agenda_item,
                        tags=tuple(by_id[e.note_id].tags),
                    )
                    for e in session.entries
                ]
    return report


def make_report(conf, notes, **kw):
    """``kw``: ReportHeader's fields (author and organisation by default), else build_report's."""
    fields = {f.name for f in dataclasses.fields(ReportHeader)}
    header = {"author": "A. Observer", "organization": "Digital Rights Watch"}
    header.update({k: kw.pop(k) for k in list(kw) if k in fields})
    return enrich(
        build_report(conf, notes, generated=PINNED_NOW, header=ReportHeader(**header), **kw), notes
    )


def hostile_notes(conf):
    """One note per hostile text, one second apart in a past session of Committee 5."""
    past = conf.session("com5-d1-am")
    notes = []
    for i, body in enumerate(HOSTILE):
        note = NoteStamp(past.start + timedelta(seconds=2 * i + 1), "com5", past.id).note(
            body, conf.id
        )
        note.speaker = ("Brazil", "Egypt <v x>", "مصر", "A --> B\n\nC", "")[i % 5]
        note.stance = ("supports", "", "concern", "question", "")[i % 5]
        note.tags = ("access", "<b>tag</b>") if i % 3 == 0 else ()
        notes.append(note)
    return notes


def plain_notes(conf):
    live = conf.session("com5-d2-am")
    past = conf.session("wgpl-d1-pm")
    n1 = NoteStamp(live.start + timedelta(minutes=20), "com5", live.id).note(
        "Brazil supports DT/33 rev 1 and Doc. 67 (Add.2)", conf.id
    )
    n1.speaker, n1.stance = "Brazil", "supports"
    n2 = NoteStamp(live.start + timedelta(minutes=20, seconds=2), "com5", live.id).note(
        "Chair: ADM/54 adopted", conf.id
    )
    n3 = NoteStamp(past.start + timedelta(hours=1), "wgpl", past.id).note(
        "Secretariat: documents online", conf.id
    )
    n4 = NoteStamp(PINNED_NOW, "com6", None).note("Corridor talk", conf.id)
    return [n1, n2, n3, n4]

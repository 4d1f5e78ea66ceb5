"""HTML feedback report: one self-contained file to open in any browser or attach to a mail.

Why it is built this way: the report is read by people who did not write it, in their browser
or mail client, and a note is text typed while listening to a debate, or imported from a
teammate's bundle, so it must never become markup. Hence:

* every piece of text (notes, names, titles, even ids) goes through ``html.escape``;
* a Content-Security-Policy meta forbids scripts, plug-ins, frames, forms and any fetch; the
  only style is the embedded sheet (``style-src 'unsafe-inline'``), images only ``data:``;
* no remote resource at all (fonts, CSS, images): the file works offline and tells nobody
  when it is opened. The only URLs are links the report itself holds (a session's recording,
  a cited document), and only http(s) ones (``json_report.public_url``), with
  ``rel="noopener noreferrer"``;
* note text keeps its line breaks (``white-space: pre-wrap``) and its direction: Arabic notes
  read right to left because every note paragraph has ``dir="auto"``.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from observer_app.core import clock
from observer_app.core.export.json_report import agenda_groups, entry_data, public_url
from observer_app.core.report import Quote, Report, ReportEntry, human_datetime

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)

CSS = """
body { font-family: system-ui, "Segoe UI", "DejaVu Sans", sans-serif; margin: 2em auto; max-width: 50em;
       padding: 0 1em; line-height: 1.45; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 2px solid #3a5a8c; }
h3 { font-size: 1.1em; margin-top: 1.5em; color: #3a5a8c; }
h4 { font-size: 1em; margin: 1em 0 .5em; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: .1em 1em; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
ol.notes { list-style: none; padding: 0; }
li.note { margin: 0 0 1em; padding: .4em .8em; border-inline-start: 3px solid #c5d3e8; }
.stamp { margin: 0; font-size: .9em; color: #555; }
.speaker { font-weight: bold; color: #1a1a1a; }
.stance { font-style: italic; }
.text { margin: .2em 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.tags, .docs { margin: 0; font-size: .9em; }
.intro { white-space: pre-wrap; }
blockquote.quote { margin: .4em 0 .4em 1em; padding: .2em .8em; border-inline-start: 3px solid #8c6a3a;
       background: #faf6ef; }
blockquote.quote p { margin: 0; font-style: italic; }
blockquote.quote footer { font-size: .85em; color: #555; }
@media print { a { color: inherit; } li.note { break-inside: avoid; } }
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _link(url: str | None, label: str) -> str:
    """A link when ``url`` is a public http(s) URL, else the label alone."""
    safe = public_url(url)
    if safe is None:
        return _e(label)
    return f'<a href="{_e(safe)}" rel="noopener noreferrer">{_e(label)}</a>'


def _quote(q: Quote) -> str:
    """A transcript quote, verbatim, with when it was said and the recording at that second."""
    video = _link(q.archive_link, f"video {q.video}") if q.archive_link else _e(f"video {q.video}")
    said = f"said {_e(q.conference_time)}, " if q.conference_time else ""
    return (
        f'<blockquote class="quote" dir="auto"><p>“{_e(q.words)}”</p>'
        f"<footer>— {said}{video}</footer></blockquote>"
    )


def _text(entry: ReportEntry, text: str) -> str:
    parts = getattr(entry, "parts", ())
    if not parts:
        return f'<p class="text" dir="auto">{_e(text)}</p>'
    return "".join(
        f'<p class="text" dir="auto">{_e(p)}</p>' if isinstance(p, str) else _quote(p)
        for p in parts
    )


def _note(entry: ReportEntry) -> str:
    d = entry_data(entry)
    stamp = [
        f'<time datetime="{_e(d["utc"])}">{_e(entry.when)}</time>',
        _e(entry.when_utc),
    ]
    if d["media_position"]:
        stamp.append(_link(d["archive_link"], f"video {d['media_position']}"))
    if d["speaker"]:
        stamp.append(f'<span class="speaker" dir="auto">{_e(d["speaker"])}</span>')
    if d["stance"]:
        stamp.append(f'<span class="stance">{_e(d["stance"])}</span>')
    if d["agenda_item"]:
        stamp.append(f'agenda item <span dir="auto">{_e(d["agenda_item"])}</span>')
    parts = [
        f'<li class="note" id="note-{_e(d["id"])}">',
        f'<p class="stamp">{" · ".join(stamp)}</p>',
        _text(entry, d["text"]),
    ]
    if d["tags"]:
        parts.append(
            '<p class="tags">Tags: '
            + ", ".join(f'<span dir="auto">{_e(t)}</span>' for t in d["tags"])
            + "</p>"
        )
    if d["documents"]:
        docs = [
            _link(doc["url"], doc["symbol"])
            + (f' (<span dir="auto">{_e(doc["title"])}</span>)' if doc["title"] else "")
            for doc in d["documents"]
        ]
        parts.append('<p class="docs">Documents: ' + "; ".join(docs) + "</p>")
    parts.append("</li>")
    return "".join(parts)


def _started(start: datetime, timezone: str) -> str:
    return human_datetime(start.astimezone(clock.zone(timezone)))


def render(report: Report) -> str:
    title = getattr(report, "title", "") or f"Feedback: {report.conference}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Observer">',
        f"<title>{_e(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f'<header><h1 dir="auto">{_e(title)}</h1>',
        '<dl class="meta">',
    ]
    meta = [
        ("Conference", report.conference),
        ("Author", report.author),
        ("Organisation", report.organization),
        ("Contact", report.contact),
        ("Generated", report.generated_for_people),
        ("Times", f"{report.zone_for_people}, with UTC"),
        ("Notes", str(report.note_count)),
    ]
    out += [f'<dt>{k}</dt><dd dir="auto">{_e(v)}</dd>' for k, v in meta if v]
    out.append("</dl></header>")
    intro = getattr(report, "introduction", "")
    if intro:
        out.append(f'<p class="intro" dir="auto">{_e(intro)}</p>')
    if not report.bodies:
        out.append("<p><em>No notes selected.</em></p>")
    for body in report.bodies:
        out.append(f'<section class="body"><h2 dir="auto">{_e(body.name)}</h2>')
        for session in body.sessions:
            out.append(f'<section class="session"><h3 dir="auto">{_e(session.title)}</h3>')
            if session.start is not None:
                out.append(
                    f'<p class="stamp">Started {_e(_started(session.start, report.timezone))}'
                    + (
                        f" · {_link(getattr(session, 'archive_url', None), 'recording')}"
                        if public_url(getattr(session, "archive_url", None))
                        else ""
                    )
                    + "</p>"
                )
            for item, entries in agenda_groups(session):
                if item:
                    out.append(f'<h4 dir="auto">{_e(item)}</h4>')
                out.append('<ol class="notes">')
                out += [_note(e) for e in entries]
                out.append("</ol>")
            out.append("</section>")
        out.append("</section>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)

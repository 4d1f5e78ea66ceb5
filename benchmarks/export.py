"""Feedback-report export at scale: 10,000 notes to every format (prints figures; asserts nothing).

The notes are spread over the demo conference's sessions, with English, French, Arabic
(right to left) and emoji text, cited documents, and one note in 100 of 10 kB.
* render alone (the report already built), for scale: goals under 0.3 s for each text format,
  under 3 s for PDF and DOCX;
* end to end as the user waits: ``observer-app export`` (start-up, the notes read from a real
  profile, the report built and rendered, the file written) against the goal's comparison,
  the app's own start-up doing nothing (``settings get``: the profile opened) then writing the
  same bytes in that process, goal for text formats <= 1.5x (issue 15); and, for scale,
  against a bare Python process that only writes the bytes. Interleaved; wall and CPU time;
  with ``--before REV`` also against the app as of git revision REV (before/after).
Runs offscreen (the PDF writer needs a QGuiApplication, not a display).

usage: .venv/bin/python benchmarks/export.py [--notes 10000] [--runs 3] [--only pdf,docx]
       [--before REV] [--end-to-end-only]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from observer_app.core.model import STANCES, NoteStamp  # noqa: E402
from observer_app.core.report import ReportHeader, build_report  # noqa: E402
from observer_app.runtime import paths as app_paths  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from compare import LOAD_NOTE, compare, goal, interleaved, spread, timed  # noqa: E402
from compare import app_at as compare_app_at  # noqa: E402

PINNED_NOW = datetime(2026, 11, 30, 6, 15, 0, tzinfo=UTC)
TEXTS = (
    "Brazil supports DT/33 rev 1 and Doc. 67 (Add.2); asks for open consultations",
    "La France propose de renvoyer le texte au groupe de rédaction 🙂",
    "مصر تعارض الإشارة إلى حقوق الإنسان في القرار 102",
    "Chair: ADM/54 adopted without objection 👍🏽 — next item 7.2",
    "Secretariat: documents online; 67(Rev.1) replaces 67",
)
SPEAKERS = ("Brazil", "Egypt", "مصر", "France", "Chair", "Secretariat", "Kenya")


def make_notes(conference, count: int, rng: random.Random):
    sessions = [s for s in conference.sessions]
    notes = []
    for i in range(count):
        session = rng.choice(sessions)
        offset = timedelta(
            seconds=rng.randint(0, int((session.end - session.start).total_seconds()))
        )
        text = rng.choice(TEXTS)
        if i % 100 == 0:
            text = (text + "\n") * (10_000 // (len(text.encode()) + 1))
        note = NoteStamp(session.start + offset, session.body_id, session.id).note(
            text, conference.id
        )
        note.speaker = rng.choice(SPEAKERS)
        note.stance = rng.choice(("",) + STANCES)
        notes.append(note)
    return notes


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated format names (default: all)")
    parser.add_argument(
        "--before",
        metavar="REV",
        help="also run `observer-app export` as of git revision REV, interleaved: before/after",
    )
    parser.add_argument(
        "--end-to-end-only", action="store_true", help="leave out the render-alone figures"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtGui import QGuiApplication

    from observer_app.core.export import csv_report, cues, html, json_report, markdown, text
    from observer_app.render import docx, pdf
    from observer_app.services.conference import open_feed

    app = QGuiApplication.instance() or QGuiApplication([])  # fonts for the PDF writer
    conference = open_feed(str(app_paths.demo_feed()), None, now=PINNED_NOW).feed.conference
    notes = make_notes(conference, args.notes, random.Random(7))
    start = time.perf_counter()
    report = build_report(
        conference,
        notes,
        header=ReportHeader(author="A. Observer", organization="Digital Rights Watch"),
        generated=PINNED_NOW,
    )
    size = sum(len(n.text) for n in notes)
    print(LOAD_NOTE)
    print(
        f"{report.note_count} notes, {size / 1e6:.1f} M characters; "
        f"build_report {time.perf_counter() - start:.3f} s (not an export; for scale); Qt {app.platformName()}"
    )

    formats = (
        ("markdown", markdown.render, 0.3),
        ("html", html.render, 0.3),
        ("json", json_report.render, 0.3),
        ("csv", csv_report.render, 0.3),
        ("webvtt", cues.render, 0.3),
        ("srt", cues.render_srt, 0.3),
        ("text", text.render, 0.3),
        ("pdf", pdf.render, 3.0),
        ("docx", docx.render, 3.0),
    )
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    if not args.end_to_end_only:
        render_alone(report, formats, only, args.runs)
    end_to_end(args.notes, args.runs, only, args.before)
    return 0


def render_alone(report, formats, only: set[str], runs: int) -> None:
    from observer_app.core.export import text

    print("render alone (the report already built; for scale)")
    for name, render, limit in formats:
        if only and name not in only:
            continue
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            output = render(report)
            times.append(time.perf_counter() - start)
        size = len(output.encode("utf-8") if isinstance(output, str) else output)
        print(f"  {name:9s} {spread(times, 1, ' s')}  {size / 1e6:6.2f} MB")
        goal(f"{name} render", statistics.median(times), limit, " s")
    if not only or "pdf" in only:
        pdf_floor(report, text.render(report), runs)


def bare_qt_pdf(plain: str) -> bytes:
    """What Qt's PDF writer needs for the same text at least: the report as plain text in one
    QTextDocument, same page size, margins and resolution, paginated and written by
    ``QTextDocument.print_`` (no headings, no running header, no "Page n of m")."""
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from observer_app.render import pdf

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(pdf.RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*pdf.MARGINS_MM), QPageLayout.Unit.Millimeter)
    document = QTextDocument()
    document.setPlainText(plain)
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data())


def pdf_floor(report, plain: str, runs: int) -> None:
    """The PDF renderer against the least Qt's writer takes for the same text (interleaved)."""
    from observer_app.render import pdf

    app_times, bare_times = interleaved(
        lambda: timed(lambda: pdf.render(report)), lambda: timed(lambda: bare_qt_pdf(plain)), runs
    )
    compare(
        "pdf render vs Qt's writer printing the same text plain (QTextDocument.print_)",
        app_times,
        bare_times,
        "bare Qt",
        None,
        1,
        " s",
    )


#: The CLI's format names for the formats end to end (text formats: goal 1.5x writing the bytes).
CLI_FORMATS = {
    "markdown": "md",
    "html": "html",
    "json": "json",
    "csv": "csv",
    "webvtt": "vtt",
    "srt": "srt",
    "text": "txt",
    "pdf": "pdf",
    "docx": "docx",
}
TEXT = ("markdown", "html", "json", "csv", "webvtt", "srt", "text")


class _Spawn:
    """A command run as a process: each call returns its wall seconds and keeps its CPU seconds
    (user + system, from the kernel's accounting of the waited-for child) in ``cpu``: on a
    shared machine the CPU figure moves less with the load than the wall figure."""

    def __init__(self, command: list[str], env: dict) -> None:
        self.command, self.env = command, env
        self.cpu: list[float] = []

    def __call__(self) -> float:
        import resource
        import subprocess

        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(self.command, env=self.env, check=True, capture_output=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        return wall


#: The app started and doing nothing (its least subcommand that opens the profile: parse the
#: command line, set up logging, open and lock the profile, read one setting, close), then the
#: export's bytes written, in the same process: what the goal compares the export with.
_STARTUP_THEN_WRITE = """
import contextlib, io, sys
from observer_app.__main__ import main
with contextlib.redirect_stdout(io.StringIO()):
    main(["--data-dir", sys.argv[1], "settings", "get", "author.name"])
open(sys.argv[3], "wb").write(open(sys.argv[2], "rb").read())
"""


def _pairs(label: str, app: _Spawn, other: _Spawn, other_label: str, runs: int, goal_ratio):
    """One interleaved comparison, printed by wall time and by CPU time."""
    warm = 1  # the warm-up pair (interleaved throws it away)
    app_times, other_times = interleaved(app, other, runs, warmup=warm)
    compare(f"{label}, wall", app_times, other_times, other_label, goal_ratio, 1, " s")
    compare(f"{label}, CPU", app.cpu[warm:], other.cpu[warm:], other_label, None, 1, " s")
    app.cpu.clear()
    other.cpu.clear()


def app_at(rev: str, folder: Path) -> list[str]:
    """The app's package as of ``rev``, extracted into ``folder`` (compare.app_at)."""
    return compare_app_at(rev, folder, ROOT)


def end_to_end(count: int, runs: int, only: set[str], before: str | None) -> None:
    """``observer-app export`` as a user runs it (a process: start-up, the notes read from the
    database, the report built and rendered, the file written) against, interleaved, (1) the
    app starting and doing nothing, then writing the same bytes: the goal's comparison, and
    (2) a bare Python process that only writes the same bytes; with ``before``, (3) the
    export of the app as of that git revision."""
    import tempfile

    from observer_app.services.conference import open_feed
    from observer_app.services.context import open_profile

    # The notes fall in the sessions of the demo as the command opens it (its days moved to
    # today): against the pinned days they were outside every session, without a position in
    # the recording, and the subtitle tracks were empty.
    conference = open_feed(str(app_paths.demo_feed()), None).feed.conference
    notes = make_notes(conference, count, random.Random(7))
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "profile"
        profile = open_profile(app_paths.resolve(data_dir))
        with profile.db.transaction():
            for note in notes:
                profile.notes.add(note)
        profile.settings.set("conference.last_feed", str(app_paths.demo_feed()))
        profile.close()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        # A user's bytecode caches are written and warm (tests/run.sh sets this: without the
        # caches every process compiled the app's modules again, 0.07 s of an export).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["OBSERVER_RESOURCES"] = str(ROOT / "resources")  # (a --before copy has none)
        cli = str(ROOT / ".venv" / "bin" / "observer-app")
        old_cli = app_at(before, Path(tmp) / "before") if before else None
        print(
            f"end to end: `observer-app export` ({len(notes)} notes in the profile) vs "
            "`observer-app settings get` (start-up: the profile opened, nothing done) then "
            "writing the same bytes in that process (goal), and vs a bare Python process "
            f"writing them; {runs} interleaved pairs each; {_load()}"
        )
        for name, fmt in CLI_FORMATS.items():
            if only and name not in only:
                continue
            out, copy = Path(tmp) / f"report.{fmt}", Path(tmp) / f"copy.{fmt}"
            arguments = ["--data-dir", str(data_dir), "export", "--format", fmt, "-o", str(out)]
            app = _Spawn([cli, *arguments], env)
            app()  # the report exists before its bytes are copied
            app.cpu.clear()
            started = _Spawn(
                [sys.executable, "-c", _STARTUP_THEN_WRITE, str(data_dir), str(out), str(copy)],
                env,
            )
            write = f"open({str(copy)!r}, 'wb').write(open({str(out)!r}, 'rb').read())"
            bare = _Spawn([sys.executable, "-c", write], env)
            label = f"  {name} ({out.stat().st_size / 1e6:.2f} MB)"
            goal_ratio = 1.5 if name in TEXT else None
            _pairs(f"{label} vs start-up + write", app, started, "start+write", runs, goal_ratio)
            _pairs(f"{label} vs bare write", app, bare, "write", runs, None)
            if old_cli:
                _pairs(
                    f"{label} vs the app at {before}",
                    app,
                    _Spawn(old_cli + arguments, env),
                    "before",
                    runs,
                    None,
                )
            if name == "text":
                print("  where the text export's time goes (one process, CPU seconds):")
                print("   ", _stages(data_dir, fmt, env))


def _load() -> str:
    return "load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


#: The stages of ``observer-app export`` timed inside one process (CPU time: steadier than
#: wall time on a shared machine).
_STAGES = """
import sys, time
t = [time.process_time()]
from observer_app.cli import main as cli
from observer_app.runtime import paths
from observer_app.services import export
from observer_app.services.context import open_profile
t.append(time.process_time())
profile = open_profile(paths.resolve(sys.argv[1]))
conference = cli._conference(cli.build_parser().parse_args(["export", "-o", "-"]), profile)
t.append(time.process_time())
notes = profile.notes.list(conference.id)
t.append(time.process_time())
report = export.make_report(profile, conference)
t.append(time.process_time())
data = export.render_bytes(report, sys.argv[2])
t.append(time.process_time())
names = ("imports", "profile and feed", "notes read", "report built (reads again)", "rendered")
print(", ".join(f"{n} {b - a:.3f}" for n, a, b in zip(names, t, t[1:])))
"""


def _stages(data_dir: Path, fmt: str, env: dict) -> str:
    import subprocess

    command = [sys.executable, "-c", _STAGES, str(data_dir), fmt]
    return subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout


if __name__ == "__main__":
    sys.exit(main())

"""The window as the observer uses it, at 100,000 notes (prints figures; asserts nothing).

The real main window (``build_window``, demo conference, a profile of ``--notes`` notes), driven
by key events from its own event loop, measures:
* Enter -> row shown: from the Enter key in the composer to the new note's row in the list and
  painted (its commit then runs on the writer thread, waited for outside the timing), against
  the durable insert alone (``NoteRepository.add``), interleaved;
* Ctrl+E -> dialog usable: from the export action to the report builder shown with its event
  loop running, against an empty dialog opened the same way, interleaved; and when its first
  preview page is shown;
* GUI-thread stalls over a scripted session (typing and saving notes, typing a notes filter
  letter by letter and clearing it, opening the report builder): a 1 ms timer records the gaps
  between its runs; p99 and max; and each stall over 50 ms with the GUI thread's CPU time in
  it and the stack a watchdog sampled (benchmarks/stall_log.py): work, or waiting.

``--full``: the issue's sizes at once. The conference is a generated 50,000-channel playlist
(benchmarks/feeds.py), a 2,000-event calendar and an RSS list of the documents; the profile has
the 100,000 notes and ~50,000 generated pages of 5,000 documents (benchmarks/documents.py), all
of that conference. The session then also does what an observer does there: finds documents
(letters in the find box, then Enter: the full-text search, a word on every page among them),
opens the channel list and scrolls it, opens the schedule guide and steps through its days,
shows one body then all, switches the player between bodies, and takes a refresh of the
conference (a channel added to the playlist: fetched and parsed in a child process, applied
in turns). Each figure comes with the load average (``os.getloadavg``), and stall_log.py tells
the machine's load from the window's own work.

``--before REV`` (with ``--cache``, ``--session-only`` implied): the same session against the
app as of git revision REV (compare.app_at), whole sessions interleaved (after, before, ...),
``--rounds`` times: the GUI thread's own CPU per turn and the stalls of each side.

Goals (issue 15): Enter -> row shown p99 <= 16 ms; Ctrl+E -> usable <= 0.3 s; every stall < 50 ms.
Needs a display: without DISPLAY it re-runs itself under xvfb-run.

usage: .venv/bin/python benchmarks/window_session.py [--notes 100000] [--enters 40]
       [--full [--documents 5000] [--pages-per-doc 10] [--channels 50000]] [--cache DIR]
       [--session-only] [--before REV [--rounds 2]]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# --before: the app as of another revision, extracted by the parent run (compare.app_at)
sys.path.insert(0, os.environ.get("OBSERVER_BENCH_APP") or str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
RESULT = "SESSION-RESULT "  # the line a --before child hands its figures back on


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--enters", type=int, default=40)
    parser.add_argument(
        "--cache",
        type=Path,
        help="a folder keeping the filled profile between runs (filling 100,000 notes takes 1-2 min)",
    )
    parser.add_argument("--full", action="store_true", help="the issue's sizes (see above)")
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--pages-per-doc", type=int, default=10)
    parser.add_argument("--channels", type=int, default=50_000)
    parser.add_argument("--session-only", action="store_true", help="no Enter/Ctrl+E pairs")
    parser.add_argument("--before", help="a git revision to compare with (needs --cache)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if args.before:
        return before_and_after(args)
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
        return subprocess.call(
            ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, *sys.argv]
        )
    os.environ.setdefault("OBSERVER_VLC_ARGS", "--aout=dummy")
    os.environ["OBSERVER_NO_FIRST_RUN"] = "1"
    from observer_app.runtime import qtfix

    qtfix.immortalize_singletons()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from compare import LOAD_NOTE, StallMeter, compare, goal, percentile

    from observer_app.runtime import paths as app_paths
    from observer_app.services.context import open_profile
    from observer_app.ui import i18n
    from observer_app.ui.app import build_window

    with tempfile.TemporaryDirectory() as tmp:
        paths = app_paths.resolve(Path(tmp) / "profile")
        name = (
            f"full-{args.notes}-{args.documents}x{args.pages_per_doc}-{args.channels}"
            if args.full
            else f"notes-{args.notes}"
        )
        kept = args.cache / name if args.cache else None
        # The sources stay where they were made: the conference's id comes from their place.
        sources = (kept or Path(tmp)) / "sources"
        if args.full and not (sources / "channels.m3u").exists():
            write_sources(sources, args.channels, args.documents)
        elif args.full:  # as made (a run that crashed left its refreshes' channels in it)
            write_playlist(sources, args.channels)
        source = full_source(sources) if args.full else None
        if kept is not None and (kept / "profile").exists():
            shutil.copytree(kept / "profile", Path(tmp) / "profile")
        profile = open_profile(paths)
        if kept is None or not (kept / "profile").exists():
            started = time.monotonic()
            fill_profile(profile, args, source)
            print(f"profile filled in {time.monotonic() - started:.1f} s")
            if kept is not None:
                profile.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                shutil.copytree(Path(tmp) / "profile", kept / "profile")
        i18n.install("en", paths.cache)
        if source:
            profile.settings.set("conference.last_feed", source)
        window = build_window(profile, source)
        window.show()
        _settle(app, 60.0, until=lambda: window.built)
        _settle(app, 3.0 if args.full else 1.0)  # the first paint, the player's first try
        conference = window.conference
        print(
            f"conference: {len(conference.bodies)} bodies, {len(conference.streams)} channels, "
            f"{len(conference.sessions)} sessions, {len(conference.documents)} documents"
        )
        print(LOAD_NOTE)
        if not args.session_only:
            enter_vs_insert(app, window, profile, args.enters, compare, goal, percentile)
            ctrl_e(app, window, compare, goal)
        playlist = sources / "channels.m3u"
        try:
            figures = session_stalls(
                app, window, StallMeter, goal, percentile, playlist if args.full else None
            )
        finally:
            if args.full:
                write_playlist(sources, args.channels)  # (the kept sources stay as made)
        print(RESULT + json.dumps(figures))
        window.close()
        profile.close()
    return 0


def write_sources(folder: Path, channels: int, documents: int) -> None:
    """The conference's sources: a playlist, a calendar and the documents' RSS list."""
    from feeds import generated_calendar

    folder.mkdir(parents=True, exist_ok=True)
    write_playlist(folder, channels)
    (folder / "schedule.ics").write_bytes(generated_calendar())
    items = "".join(  # the symbols benchmarks/documents.py files pages under
        f"<item><title>Document {'DT/' if i % 3 == 0 else ''}{i + 1}-E: Draft resolution {i}"
        f"</title><link>https://d.example/{i + 1}-E.pdf</link></item>"
        for i in range(documents)
    )
    (folder / "documents.rss").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Documents</title>{items}</channel></rss>\n",
        encoding="utf-8",
    )


def write_playlist(folder: Path, channels: int) -> None:
    """The generated playlist, its channels playing the demo's real files (a switch of body
    plays real video; unreachable addresses had the player reconnecting all session long)."""
    import re

    from feeds import generated_playlist

    media = sorted((ROOT / "resources" / "demo" / "media").glob("*.mkv"))
    playlist = re.sub(
        rb"https://live\.example\.org/(\d+)/index\.m3u8",
        lambda m: str(media[int(m.group(1)) % len(media)]).encode(),
        generated_playlist(channels),
    )
    (folder / "channels.m3u").write_bytes(playlist)


def full_source(folder: Path) -> str:
    return "\n".join(
        str(folder / name) for name in ("channels.m3u", "schedule.ics", "documents.rss")
    )


def fill_profile(profile, args, source: str | None) -> None:
    """The notes (and with ``--full`` the documents' pages) of the conference opened."""
    from notes import fill

    if source is None:
        fill(profile, args.notes, random.Random(1))
        return
    import documents

    from observer_app.services.conference import open_feed

    conference = open_feed(source, None).feed.conference
    bodies = tuple(body.id for body in conference.bodies)
    fill(profile, args.notes, random.Random(1), conference.id, bodies)
    pages = documents.fill(
        profile, args.documents, args.pages_per_doc, 0, random.Random(2), conference.id
    )
    print(f"{args.notes} notes, {args.documents} documents of {pages} pages in all")


def _settle(app, seconds: float, until=None) -> None:
    """Let the window run its event loop for ``seconds`` (paints, timers, the player), or
    until ``until()`` is true (looked at every 10 ms): the loop itself, waiting in poll() as a
    user's window does (a loop of processEvents() and sleeps added its sleeps to every gap the
    stall meter saw)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if until is not None and until():
        return
    loop = QEventLoop()
    deadline, check = QTimer(loop), QTimer(loop)  # (owned by the loop: gone with it)
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(round(seconds * 1000))
    if until is not None:
        check.timeout.connect(lambda: until() and loop.quit())
        check.start(10)
    loop.exec()
    deadline.stop()
    check.stop()


def enter_vs_insert(app, window, profile, enters, compare, goal, percentile) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from stall_log import runqueue_wait

    from observer_app.core.model import NoteStamp

    notes, editor = window.notes, window.notes.editor
    counter = iter(range(10**9))
    computing: list[float] = []  # the GUI thread's CPU time in each Enter (the rest it waited)
    ready: list[float] = []  # and the time it was ready to run but had no CPU (machine's load)

    def enter_in_window() -> float:
        editor.setFocus()
        QTest.keyClicks(editor, f"bench note {next(counter)} Brazil supports DT/33")
        app.processEvents()
        started, cpu, queued = time.perf_counter(), time.thread_time(), runqueue_wait()
        QTest.keyClick(editor, Qt.Key.Key_Return)
        notes.view.viewport().repaint()  # the row painted, as the user sees it
        took = time.perf_counter() - started
        computing.append(time.thread_time() - cpu)
        ready.append(runqueue_wait() - queued)
        row = notes.model.rowCount() - 1
        shown = notes.model.note_at(row)
        if shown is None or not shown.text.startswith("bench note"):
            raise RuntimeError("the new note is not the last row")
        notes.finish_writes()  # its commit (writer thread) must not overlap the next pair
        return took

    def insert_alone() -> float:
        note = NoteStamp(notes.stamp_provider().utc, "com5").note("bench insert", "pp-demo")
        started = time.perf_counter()
        profile.notes.add(note)
        return time.perf_counter() - started

    from compare import interleaved

    app_times, insert_times = interleaved(enter_in_window, insert_alone, enters)
    print(f"Enter -> row shown, {notes.model.rowCount()} notes in the list")
    compare("  Enter in the window vs the durable insert alone", app_times, insert_times, "insert")
    goal("Enter -> row shown p99", percentile(app_times, 99) * 1000, 16)
    counted, queued = computing[-len(app_times) :], ready[-len(app_times) :]  # no warm-up
    print(
        f"  of which the GUI thread computed: median {percentile(counted, 50) * 1000:.1f} ms, "
        f"p99 {percentile(counted, 99) * 1000:.1f} ms; was ready with no CPU given (the "
        f"machine's load): median {percentile(queued, 50) * 1000:.1f} ms, "
        f"p99 {percentile(queued, 99) * 1000:.1f} ms; the rest it waited (X, a lock, the GIL)"
    )


def ctrl_e(app, window, compare, goal) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from observer_app.ui.dialogs import export as export_dialog

    figures = {"usable": 0.0, "preview": 0.0}

    def open_report() -> float:
        started = time.perf_counter()
        real_exec = export_dialog.ReportDialog.exec

        def exec_and_time(dialog):
            def usable():
                figures["usable"] = time.perf_counter() - started
                dialog.preview_shown.connect(
                    lambda: (
                        figures.__setitem__("preview", time.perf_counter() - started)
                        or dialog.done(0)
                    )
                )

            QTimer.singleShot(0, usable)  # runs once the dialog's own event loop turns
            return real_exec(dialog)

        export_dialog.ReportDialog.exec = exec_and_time
        try:
            window.export_feedback()
        finally:
            export_dialog.ReportDialog.exec = real_exec
        return figures["usable"]

    previews = []

    def open_and_note_preview() -> float:
        usable = open_report()
        previews.append(figures["preview"])
        return usable

    def empty_dialog() -> float:
        started = time.perf_counter()
        dialog = QDialog(window)
        took = [0.0]

        def usable():
            took[0] = time.perf_counter() - started
            dialog.done(0)

        QTimer.singleShot(0, usable)
        dialog.exec()
        return took[0]

    from compare import interleaved

    app_times, empty_times = interleaved(open_and_note_preview, empty_dialog, 5)
    print("Ctrl+E -> report builder usable")
    compare("  report builder vs an empty dialog", app_times, empty_times, "empty")
    goal("Ctrl+E -> usable (max)", max(app_times) * 1000, 300)
    print(f"  first preview page shown after: median {sorted(previews)[len(previews) // 2]:.3f} s")


#: (name of the kind of step, what it does, how long a person lets the window be after it, or
#: a condition to wait for (with a 30 s deadline) before that pause)
Step = tuple[str, object, float, object]


def notes_steps(window) -> list[Step]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    notes, search = window.notes, window.notes.filters.search
    steps: list[Step] = []
    for i in range(10):  # typed a key at a time, as a person does (one step per key)
        for key in f"stall check {i} Kenya":
            steps.append(
                ("type a key", lambda key=key: QTest.keyClicks(notes.editor, key), 0.08, None)
            )
        steps.append(("Enter", lambda: QTest.keyClick(notes.editor, Qt.Key.Key_Return), 0.3, None))
    for word in ("spectrum", "brazil"):
        for letter in word:
            steps.append(("filter letter", lambda x=letter: QTest.keyClicks(search, x), 0.3, None))
        steps.append(("clear the filter", search.clear, 0.3, None))
    return steps


def full_steps(window, playlist: Path) -> list[Step]:
    """What an observer does besides notes in a conference of the issue's size."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    documents, schedule, panes = window.documents, window.schedule, window.panes
    find = documents.filter
    answered = [0]
    documents.results_model.searched.connect(lambda *_: answered.__setitem__(0, answered[0] + 1))
    steps: list[Step] = [("show the documents", lambda: panes.reveal("documents"), 0.5, None)]
    for query in ("spectrum", "satellite orbit", "the"):
        for letter in query:
            steps.append(("find: a letter", lambda x=letter: QTest.keyClicks(find, x), 0.15, None))
        wanted = [0]

        def search(wanted=wanted) -> None:
            wanted[0] = answered[0] + 1
            QTest.keyClick(find, Qt.Key.Key_Return)

        steps.append(("find: Enter (full text)", search, 0.5, lambda w=wanted: answered[0] >= w[0]))
        steps.append(("find: clear", find.clear, 0.3, None))
    list_bar = schedule.view.verticalScrollBar()
    steps += [
        ("show the schedule", lambda: panes.reveal("schedule"), 0.5, None),
        ("channel list", lambda: schedule.tabs.setCurrentIndex(0), 0.5, None),
        ("scroll the list", lambda: list_bar.setValue(list_bar.maximum() // 2), 0.3, None),
        ("scroll the list", lambda: list_bar.setValue(list_bar.maximum()), 0.3, None),
        ("scroll the list", lambda: list_bar.setValue(0), 0.3, None),
        ("schedule guide", lambda: schedule.tabs.setCurrentIndex(1), 0.5, None),
    ]
    steps += [("guide: next day", lambda: schedule.timeline.step_day(1), 0.3, None)] * 3
    steps += [("guide: previous day", lambda: schedule.timeline.step_day(-1), 0.3, None)] * 3
    combo = schedule.body_filter
    for index in (1, combo.count() // 2, combo.count() - 1, 0):
        steps.append(("show one body / all", lambda i=index: combo.setCurrentIndex(i), 0.5, None))
    bodies = [b.id for b in window.conference.bodies if window.conference.stream_for_body(b.id)]
    for body in (bodies[1], bodies[len(bodies) // 2], bodies[0]):
        steps.append(("switch the player's body", lambda b=body: window.watch(b, None), 1.0, None))
    for run in range(2):

        def refresh(run=run) -> None:
            with playlist.open("ab") as f:  # a change, so that the refresh has one to apply
                f.write(
                    f'#EXTINF:-1 group-title="Late {run}",Late {run}\n'
                    f"{playlist.parent / 'late.mkv'}\n".encode()
                )
            window.refresher.refresh()

        steps.append(("refresh (50k channels)", refresh, 3.0, lambda: not window.refresher.busy))
    return steps


def session_stalls(app, window, StallMeter, goal, percentile, playlist=None) -> dict:  # noqa: N803
    steps = notes_steps(window) + (full_steps(window, playlist) if playlist else [])
    from stall_log import StallLog, print_stalls, print_work

    load_before = os.getloadavg()
    meter = StallMeter()
    meter.start()
    why = StallLog(threshold=0.05)  # what each stall over 50 ms was doing, and its CPU time
    why.start()
    worst_by_step: dict[str, float] = {}
    work_by_step: dict[str, float] = {}
    trace = os.environ.get("SESSION_TRACE")  # (each step named on stderr: where a crash was)
    for name, step, pause, until in steps:
        if trace:
            print(f"step: {name}", file=sys.stderr, flush=True)
        before, turns = len(meter.gaps), len(why.turns)
        step()
        if until is not None:
            _settle(app, 30.0, until=until)
        _settle(app, pause)  # a person's pace
        worst = max(meter.gaps[before:], default=0.0)
        worst_by_step[name] = max(worst_by_step.get(name, 0.0), worst)
        work = max((cpu for _, cpu in why.turns[turns:]), default=0.0)
        work_by_step[name] = max(work_by_step.get(name, 0.0), work)
    _settle(app, 1.0)
    gaps = meter.stop()
    stalls = why.stop()
    load_after = os.getloadavg()
    print(f"GUI-thread stalls over a scripted session ({len(steps)} steps, {len(gaps)} gaps)")
    print(
        f"  load average (1 min) {load_before[0]:.1f} before, {load_after[0]:.1f} after "
        f"(2 cores; above 2 the machine is busy with other work)"
    )
    print(
        f"  p50 {percentile(gaps, 50) * 1000:.1f} ms, p99 {percentile(gaps, 99) * 1000:.1f} ms, "
        f"max {max(gaps) * 1000:.1f} ms"
    )
    for label, figures in (
        ("largest stall by kind of step", worst_by_step),
        ("the GUI thread's largest CPU time in one turn, by kind of step", work_by_step),
    ):
        worst = sorted(figures.items(), key=lambda item: -item[1])
        print(f"  {label}: " + ", ".join(f"{n} {g * 1000:.0f} ms" for n, g in worst))
    goal("GUI stall p99", percentile(gaps, 99) * 1000, 50)
    goal("GUI stall max", max(gaps) * 1000, 50)
    print_work(why)
    print("  stalls over 50 ms, with the GUI thread's CPU time in each (benchmarks/stall_log.py):")
    print_stalls(stalls)
    work = [cpu for _, cpu in why.turns]
    return {
        "p99": percentile(gaps, 99),
        "max": max(gaps),
        "work_p99": percentile(work, 99),
        "work_max": max(work),
        "load": load_after[0],
        "work_by_step": work_by_step,
    }


def before_and_after(args) -> int:
    """Whole sessions of this revision and of ``args.before``, interleaved, in child runs."""
    if args.cache is None:
        raise SystemExit("--before needs --cache (both sides must open the same profile)")
    from compare import app_at

    argv = [a for a in sys.argv[1:] if a not in ("--session-only",)]
    i = argv.index("--before")
    del argv[i : i + 2]
    if "--rounds" in argv:
        i = argv.index("--rounds")
        del argv[i : i + 2]
    figures: dict[str, list[dict]] = {"after": [], "before": []}
    with tempfile.TemporaryDirectory() as tmp:
        app_at(args.before, Path(tmp) / "app", ROOT)  # (its command is not used: in-process run)
        sides = {"after": {}, "before": {"OBSERVER_BENCH_APP": str(Path(tmp) / "app")}}
        for _ in range(args.rounds):
            for side, env in sides.items():
                done = subprocess.run(
                    [sys.executable, __file__, *argv, "--session-only"],
                    env={**os.environ, **env},
                    capture_output=True,
                    text=True,
                )
                lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT)]
                if not lines:
                    print(done.stdout[-3000:], done.stderr[-3000:])
                    raise SystemExit(f"the {side} run gave no figures")
                figures[side].append(json.loads(lines[-1][len(RESULT) :]))
    print(f"scripted session, this revision against {args.before}, {args.rounds} rounds each")
    for key, label in (
        ("work_max", "GUI thread CPU in one turn, max"),
        ("work_p99", "GUI thread CPU per turn, p99"),
        ("max", "stall max"),
        ("p99", "stall p99"),
    ):
        for side in ("before", "after"):
            values = ", ".join(f"{f[key] * 1000:.1f}" for f in figures[side])
            loads = ", ".join(f"{f['load']:.1f}" for f in figures[side])
            print(f"  {label:34s} {side:6s}: {values} ms (load {loads})")
    steps = sorted(figures["after"][0]["work_by_step"])
    print("  the GUI thread's largest CPU time in one turn, by kind of step (before -> after):")
    for step in steps:
        before = max(f["work_by_step"].get(step, 0.0) for f in figures["before"]) * 1000
        after = max(f["work_by_step"].get(step, 0.0) for f in figures["after"]) * 1000
        print(f"    {step:28s} {before:6.1f} -> {after:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

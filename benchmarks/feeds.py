"""Conference-source parsing speed against the bare minimum (prints figures; asserts nothing).

* the real 4,602-channel iptv-org playlist (1 MB, from the shared corpus when present, else a
  generated one of the same size): ``parse_source`` vs a plain line loop that decodes, splits
  lines, reads the #EXTINF attributes, pairs them with the next address and builds the same
  records (a unique id per channel, its body, its address);
* a generated 50,000-channel playlist where names and tvg-ids repeat (20 names, 10 ids: the
  shape that made id allocation quadratic, 170 s): the same two, goal under 1 s;
* a generated 2,000-event calendar (Asia/Seoul, 4 rooms, 1 event in 50 recurring daily):
  ``parse_source`` vs ``icalendar`` alone (parse, walk the events, read DTSTART/DTEND).

Goal: within 1.2x of the bare version. Median of --runs.

usage: .venv/bin/python benchmarks/feeds.py [--runs 7] [--playlist PATH]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare import LOAD_NOTE, compare, goal, interleaved, timed  # noqa: E402

from observer_app.core.feeds.base import slug  # noqa: E402
from observer_app.core.feeds.parse import parse_source  # noqa: E402

CORPUS = next(
    (
        base / "shared" / "corpus" / "m3u" / "ipytv_iptv-org-snapshot_4602ch.m3u"
        for base in (ROOT.parent, ROOT.parent.parent)  # beside a checkout or a worktree
        if (base / "shared" / "corpus").is_dir()
    ),
    ROOT.parent / "shared" / "corpus" / "m3u" / "ipytv_iptv-org-snapshot_4602ch.m3u",
)
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


def bare_m3u(data: bytes) -> int:
    """What any IPTV reader must do at least, building the records the app builds (a unique id
    per channel, found in constant time however often a name repeats): the baseline."""
    records, pending, taken, next_n = [], None, set(), {}
    for line in data.decode("utf-8-sig").splitlines():
        line = line.strip()
        if line.startswith("#EXTINF:"):
            pending = (dict(_ATTR.findall(line)), line.rsplit(",", 1)[-1])
        elif line and not line.startswith("#") and pending is not None:
            attrs, name = pending
            wanted = slug(attrs.get("tvg-id") or name, "channel")
            unique, n = wanted, next_n.get(wanted, 1)
            while unique in taken:
                n += 1
                unique = f"{wanted}-{n}"
            next_n[wanted] = n
            taken.add(unique)
            records.append((unique, attrs.get("group-title") or name, line))
            pending = None
    return len(records)


def repeated_playlist(channels: int = 50_000) -> bytes:
    """Names and tvg-ids that repeat many times (regional copies, "HD" variants, a tvg-id
    shared by every feed of one broadcaster)."""
    lines = ["#EXTM3U"]
    for i in range(channels):
        tvg_id = f' tvg-id="Broadcaster{i % 10}.tv"' if i % 3 else ""
        lines.append(f'#EXTINF:-1{tvg_id} group-title="Region {i % 40}",Channel {i % 20} HD')
        lines.append(f"https://live.example.org/{i}/index.m3u8")
    return ("\n".join(lines) + "\n").encode()


def bare_ical(data: bytes) -> int:
    import icalendar

    count = 0
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        (
            event.get("DTSTART").dt,
            event.get("DTEND").dt,
            str(event.get("SUMMARY")),
            str(event.get("LOCATION")),
        )
        count += 1
    return count


def generated_playlist(channels: int = 4602) -> bytes:
    lines = ['#EXTM3U x-tvg-url="https://example.org/guide.xml"']
    for i in range(channels):
        lines.append(
            f'#EXTINF:-1 tvg-id="ch{i}.example" tvg-name="Channel {i}" tvg-logo="https://img.example/{i}.png"'
            f' group-title="Group {i % 300}",Channel {i}'
        )
        lines.append(f"https://live.example.org/{i}/index.m3u8")
    return ("\n".join(lines) + "\n").encode()


def generated_calendar(events: int = 2000) -> bytes:
    out = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Observer benchmark//EN",
        "X-WR-TIMEZONE:Asia/Seoul",
        "BEGIN:VTIMEZONE",
        "TZID:Asia/Seoul",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0900",
        "TZOFFSETTO:+0900",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    rooms = ["Plenary", "WG-PL", "Committee 5", "Committee 6"]
    for i in range(events):
        day, slot = divmod(i, 100)
        start = f"201410{20 + day % 10:02d}T{8 + slot % 10:02d}{(slot // 10) * 5:02d}00"
        end = f"201410{20 + day % 10:02d}T{9 + slot % 10:02d}{(slot // 10) * 5:02d}00"
        out += [
            "BEGIN:VEVENT",
            f"UID:bench-{i}@observer",
            "DTSTAMP:20141001T000000Z",
            f"DTSTART;TZID=Asia/Seoul:{start}",
            f"DTEND;TZID=Asia/Seoul:{end}",
            f"SUMMARY:{rooms[i % 4]}, meeting {i}",
            f"LOCATION:{rooms[i % 4]}",
        ]
        if i % 50 == 0:
            out.append("RRULE:FREQ=DAILY;COUNT=5")
        out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    return ("\r\n".join(out) + "\r\n").encode()


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def m3u_breakdown(playlist: bytes, source: str, runs: int) -> None:
    """Where parse_m3u's time goes, and what the careful line loop alone would take."""
    from observer_app.core.feeds import m3u_fast
    from observer_app.core.feeds.base import decode_text
    from observer_app.core.feeds.m3u import _read

    _, fast, careful = _read(playlist, source)
    text = decode_text(playlist)[0].lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    whole = median_ms(lambda: _read(playlist, source), runs)
    decode = median_ms(lambda: decode_text(playlist), runs)
    regex = median_ms(lambda: m3u_fast._ITEM.findall(text), runs)
    loop = median_ms(lambda: _read(playlist, source, fast=False), runs)
    print(
        f"  route: {fast} channels read whole, {careful} lines one by one (careful loop alone {loop:.1f} ms)"
    )
    print(
        f"  parse_m3u {whole:.1f} ms = decode {decode:.1f} + whole-text regex {regex:.1f} "
        f"+ ids, bodies, streams and the rest {whole - decode - regex:.1f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--playlist", type=Path, default=CORPUS)
    args = ap.parse_args()
    if args.playlist.exists():
        playlist, label = args.playlist.read_bytes(), f"{args.playlist.name} (real)"
    else:
        playlist, label = (
            generated_playlist(),
            "generated 4,602-channel playlist (corpus not found)",
        )
    calendar = generated_calendar()
    (
        parse_source(playlist, "warm.m3u"),
        parse_source(calendar, "warm.ics"),
        bare_ical(calendar),
    )  # imports

    print(LOAD_NOTE)
    result = parse_source(playlist, str(args.playlist))
    print(
        f"playlist: {label}, {len(playlist) / 1e6:.2f} MB, {result.counts()['streams']} streams "
        f"(bare loop: {bare_m3u(playlist)} channels), {len(result.bodies)} bodies"
    )
    app, bare = interleaved(
        lambda: timed(lambda: parse_source(playlist, str(args.playlist))),
        lambda: timed(lambda: bare_m3u(playlist)),
        args.runs,
    )
    compare("  parse_source vs a bare loop building the same records", app, bare, "bare", 1.2)
    m3u_breakdown(playlist, str(args.playlist), args.runs)

    repeated = repeated_playlist()
    result = parse_source(repeated, "repeated.m3u")
    print(
        f"playlist: generated, names and tvg-ids repeating, {len(repeated) / 1e6:.2f} MB, "
        f"{result.counts()['streams']} streams (bare loop: {bare_m3u(repeated)}), "
        f"{len(result.bodies)} bodies"
    )
    app, bare = interleaved(
        lambda: timed(lambda: parse_source(repeated, "repeated.m3u")),
        lambda: timed(lambda: bare_m3u(repeated)),
        args.runs,
    )
    compare("  parse_source vs a bare loop building the same records", app, bare, "bare", 1.2)
    goal("50,000 repeated channels parsed", sorted(app)[len(app) // 2], 1.0, " s")

    result = parse_source(calendar, "bench.ics")
    ours = median_ms(lambda: parse_source(calendar, "bench.ics"), args.runs)
    bare = median_ms(lambda: bare_ical(calendar), args.runs)
    print(
        f"calendar: generated, {len(calendar) / 1e6:.2f} MB, 2000 events -> {len(result.sessions)} sessions "
        f"(recurrences expanded), {len(result.bodies)} bodies"
    )
    print(
        f"  parse_source {ours:8.1f} ms   icalendar alone {bare:8.1f} ms   ratio {ours / bare:.2f}x"
    )


if __name__ == "__main__":
    main()

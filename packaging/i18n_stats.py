"""How much of each translation is done: counts the finished messages of resources/i18n/*.ts.

usage: python packaging/i18n_stats.py [--min PERCENT]   (exit 1 when a language is below PERCENT)
English is the source language: its catalogue only carries plural forms, so it is listed apart.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def stats(ts: Path) -> tuple[int, int]:
    """(finished, total) messages of one .ts file; obsolete and vanished entries do not count."""
    finished = total = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        total += 1
        if kind != "unfinished":
            finished += 1
    return finished, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--min", type=float, default=0.0, help="fail when a language is below this percentage"
    )
    args = parser.parse_args(argv)
    low = []
    for ts in sorted(I18N.glob("observer_*.ts")):
        code = ts.stem.split("_", 1)[1]
        finished, total = stats(ts)
        percent = 100.0 * finished / total if total else 0.0
        note = "  (source language: plural forms only)" if code == "en" else ""
        print(f"{code}  {finished:4d}/{total:<4d} {percent:5.1f} %{note}")
        if code != "en" and percent < args.min:
            low.append(code)
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())

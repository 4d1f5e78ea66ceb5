"""Real damage to real SQLite files, at chosen places, for the recovery tests.

Pages are found with SQLite's ``dbstat`` table (which page belongs to which table or index)
and the rows a table leaf page holds are read from the page bytes themselves (the b-tree
format is documented in https://www.sqlite.org/fileformat2.html): the expected outcome of a
recovery is computed from the file, never from the code under test.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def page_size(db: Path) -> int:
    return int.from_bytes(db.read_bytes()[16:18], "big") or 65536


def pages_of(db: Path, name: str, pagetype: str = "leaf") -> list[int]:
    """Page numbers (1-based) of ``name``'s b-tree of the given type, in file order."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
                (name, pagetype),
            )
        ]
    finally:
        conn.close()


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(8):
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | data[at + 8], at + 9


def rowids_on_leaf(db: Path, pageno: int) -> list[int]:
    """The rowids a table leaf page (type 13) holds, read from its cells."""
    size = page_size(db)
    data = db.read_bytes()
    page = data[(pageno - 1) * size : pageno * size]
    header = 100 if pageno == 1 else 0
    assert page[header] == 13, f"page {pageno} is not a table leaf"
    count = int.from_bytes(page[header + 3 : header + 5], "big")
    rowids = []
    for i in range(count):
        at = int.from_bytes(page[header + 8 + 2 * i : header + 10 + 2 * i], "big")
        _payload, at = _varint(page, at)
        rowid, _ = _varint(page, at)
        rowids.append(rowid)
    return rowids


def overwrite(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        fh.write(data)


def damage_page(db: Path, pageno: int, at: int = 0, data: bytes = b"\xff" * 5) -> None:
    """Five bytes over the b-tree page header: SQLite then reports the page malformed."""
    overwrite(db, (pageno - 1) * page_size(db) + at, data)

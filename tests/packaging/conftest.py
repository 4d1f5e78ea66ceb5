"""Shared helpers of the packaging tests."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest


def read_png_size(path: Path) -> tuple[int, int]:
    """(width, height) from the PNG's IHDR chunk; ValueError if the file is not a PNG."""
    head = path.read_bytes()[:24]
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(f"{path}: not a PNG file")
    return struct.unpack(">II", head[16:24])


@pytest.fixture
def png_size():
    return read_png_size

"""The app icon: one square SVG, and PNGs whose pixel sizes match their names and the SVG."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
MAKE_ICONS = ROOT / "packaging" / "make_icons.py"
SIZES = {16, 24, 32, 48, 64, 128, 256}


def _make_icons(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(MAKE_ICONS), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_svg_is_square_and_parses():
    root = ET.parse(ICONS / "observer.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    assert (x, y) == (0, 0) and w == h


def test_every_size_is_there_and_each_png_is_as_big_as_its_name_says(png_size):
    found = {}
    for path in ICONS.glob("observer-*.png"):
        match = re.fullmatch(r"observer-(\d+)\.png", path.name)
        assert match, f"unexpected icon file name {path.name}"
        found[int(match.group(1))] = path
    assert set(found) == SIZES
    for size, path in found.items():
        assert png_size(path) == (size, size), path.name
        # Committed binaries stay small (flat artwork compresses well).
        assert path.stat().st_size < 12_000, f"{path.name} is {path.stat().st_size} bytes"


def test_png_size_reader_refuses_a_file_that_is_not_png(tmp_path, png_size):
    fake = tmp_path / "observer-16.png"
    fake.write_text("<svg/>")
    try:
        png_size(fake)
    except ValueError as exc:
        assert "not a PNG" in str(exc)
    else:
        raise AssertionError("a text file was read as a PNG")


def test_committed_pngs_are_rendered_from_the_current_svg():
    result = _make_icons("--check")
    assert result.returncode == 0, result.stderr


def test_check_notices_a_stale_png_and_a_rebuild_mends_it(tmp_path, png_size):
    for path in ICONS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    # A 32 px PNG drawn from another SVG (a plain square) is "stale".
    other = tmp_path / "other.svg"
    other.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8" viewBox="0 0 8 8">'
        '<rect width="8" height="8" fill="#00ff00"/></svg>'
    )
    other_dir = tmp_path / "other"
    assert _make_icons("--svg", str(other), "--out", str(other_dir)).returncode == 0
    shutil.copy(other_dir / "observer-32.png", tmp_path / "observer-32.png")

    result = _make_icons("--svg", str(tmp_path / "observer.svg"), "--out", str(tmp_path), "--check")
    assert result.returncode == 1
    assert "observer-32.png" in result.stderr and "observer-16.png" not in result.stderr

    assert (
        _make_icons("--svg", str(tmp_path / "observer.svg"), "--out", str(tmp_path)).returncode == 0
    )
    assert (
        _make_icons(
            "--svg", str(tmp_path / "observer.svg"), "--out", str(tmp_path), "--check"
        ).returncode
        == 0
    )
    assert png_size(tmp_path / "observer-32.png") == (32, 32)


def test_an_invalid_svg_is_named_in_a_clear_message(tmp_path):
    bad = tmp_path / "broken.svg"
    bad.write_text("<svg><unclosed")
    result = _make_icons("--svg", str(bad), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert str(bad) in result.stderr and "not a valid SVG" in result.stderr

"""The .desktop and AppStream files pass the real validators, and agree with each other and
with the project (app id, icon, licence, version).

The validators come from apt (desktop-file-utils, appstream; packaging/bootstrap.sh installs
them for `make test`). Each check also runs on a broken copy, to prove the validator is really
consulted and would fail this test.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from observer_app import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.observer.Observer"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"{name} is not installed: run `bash packaging/bootstrap.sh test` "
            "(apt packages desktop-file-utils and appstream)"
        )
    return path


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=60)


def _desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate():
    result = _run(_tool("desktop-file-validate"), str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    # It prints hints even on success; we keep none.
    assert result.stdout.strip() == "", result.stdout


def test_desktop_file_validate_rejects_a_broken_copy(tmp_path):
    broken = tmp_path / DESKTOP.name
    broken.write_text(
        DESKTOP.read_text(encoding="utf-8").replace("Type=Application\n", ""), encoding="utf-8"
    )
    result = _run(_tool("desktop-file-validate"), str(broken))
    assert result.returncode != 0
    assert "Type" in result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate():
    result = _run(_tool("appstreamcli"), "validate", "--no-net", str(METAINFO))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Errors and warnings fail; infos are allowed (appstream 0.16 does not know <developer>,
    # which newer validators and Flathub require).
    assert not [line for line in output.splitlines() if line.startswith(("E:", "W:"))], output


def test_appstreamcli_rejects_a_metainfo_without_summary(tmp_path):
    broken = tmp_path / METAINFO.name
    text = METAINFO.read_text(encoding="utf-8")
    broken.write_text(
        text.replace("<summary>", "<!-- ").replace("</summary>", " -->"), encoding="utf-8"
    )
    result = _run(_tool("appstreamcli"), "validate", "--no-net", str(broken))
    assert result.returncode != 0
    assert "summary" in result.stdout + result.stderr


def test_installed_tree_validates_and_links_desktop_metainfo_and_icons(tmp_path):
    """What a distribution package or the Flatpak installs: every file in its place."""
    subprocess.run(
        [
            "bash",
            str(LINUX / "install-desktop-files.sh"),
            str(tmp_path / "usr"),
            "/opt/observer/observer-app",
        ],
        check=True,
        timeout=60,
    )
    share = tmp_path / "usr" / "share"
    entry = _desktop_entry(share / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == "/opt/observer/observer-app"
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    result = _run(_tool("appstreamcli"), "validate-tree", "--no-net", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    result = _run(_tool("desktop-file-validate"), str(share / "applications" / f"{APP_ID}.desktop"))
    assert result.returncode == 0, result.stdout


def test_install_script_refuses_an_exec_path_with_spaces(tmp_path):
    result = subprocess.run(
        ["bash", str(LINUX / "install-desktop-files.sh"), str(tmp_path), "/opt/my apps/observer"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "EXEC" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()


def test_desktop_file_and_metainfo_agree_with_the_project(png_size):
    entry = _desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "observer-app"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "observer-app" in scripts.get("gui-scripts", {}) | scripts.get("scripts", {})
    # Qt sets WM_CLASS from the program name; the menu entry must match it to group windows.
    assert entry["StartupWMClass"] == "observer-app"

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("launchable").get("type") == "desktop-id"
    assert root.findtext("project_license") == scripts["license"]
    assert root.find("content_rating").get("type").startswith("oars-")
    releases = [r.get("version") for r in root.iter("release")]
    assert __version__ in releases, f"no <release> for version {__version__} in {METAINFO.name}"
    assert root.find("provides/binary").text == "observer-app"
    shot = root.find("screenshots/screenshot[@type='default']/image")
    assert shot is not None and shot.text.endswith("screenshot-main-window.png")
    # The declared size is the real one (software centres lay out the page before loading).
    assert png_size(ROOT / "docs" / "screenshot-main-window.png") == (
        int(shot.get("width")),
        int(shot.get("height")),
    )

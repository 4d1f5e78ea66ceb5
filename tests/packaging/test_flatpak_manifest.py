"""The Flatpak manifest is well formed, consistent with the desktop files, and asks for no
more of the user's system than the app needs. flatpak-builder is not run here (no Flathub)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "packaging" / "flatpak" / "org.observer.Observer.yml"
LINUX = ROOT / "packaging" / "linux"


@pytest.fixture(scope="module")
def manifest() -> dict:
    data = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(data, dict), "the manifest is not a YAML mapping"
    return data


def _modules(manifest: dict) -> list[dict]:
    return [m for m in manifest["modules"] if isinstance(m, dict)]


def test_required_keys(manifest):
    for key in ("id", "runtime", "runtime-version", "sdk", "command", "finish-args", "modules"):
        assert key in manifest, f"{MANIFEST.name}: missing '{key}'"
    assert manifest["runtime"] == "org.kde.Platform" and manifest["sdk"] == "org.kde.Sdk"
    # A string, not a float: YAML would read 6.10 as 6.1.
    assert isinstance(manifest["runtime-version"], str) and re.fullmatch(
        r"6\.\d+", manifest["runtime-version"]
    )
    assert manifest["command"] == "observer-app"


def test_app_id_matches_the_desktop_and_metainfo_files(manifest):
    app_id = manifest["id"]
    assert (LINUX / f"{app_id}.desktop").is_file()
    assert (LINUX / f"{app_id}.metainfo.xml").is_file()
    assert ET.parse(LINUX / f"{app_id}.metainfo.xml").getroot().findtext("id") == app_id
    assert MANIFEST.name == f"{app_id}.yml"


def test_finish_args_are_sane(manifest):
    args = manifest["finish-args"]
    assert len(args) == len(set(args)), "a finish-arg is repeated"
    assert "--socket=wayland" in args
    assert "--socket=x11" in args or "--socket=fallback-x11" in args
    assert "--share=ipc" in args  # X11 needs it (shared memory)
    assert "--socket=pulseaudio" in args
    assert "--share=network" in args
    filesystems = {a.split("=", 1)[1] for a in args if a.startswith("--filesystem=")}
    assert filesystems <= {
        "xdg-documents",
        "xdg-download",
        "xdg-documents:ro",
        "xdg-download:ro",
    }, filesystems
    for forbidden in (
        "--filesystem=home",
        "--filesystem=host",
        "--socket=system-bus",
        "--socket=session-bus",
        "--device=all",
        "--share=network,ipc",
    ):
        assert forbidden not in args
    for arg in args:
        assert not arg.startswith("--own-name="), arg
        if arg.startswith("--talk-name="):
            assert "*" not in arg, f"{arg}: name the D-Bus services one by one"
    env = dict(a.removeprefix("--env=").split("=", 1) for a in args if a.startswith("--env="))
    assert env.get("OBSERVER_RESOURCES", "").startswith("/app/")


def test_libvlc_is_built_with_what_the_app_plays(manifest):
    names = [m["name"] for m in _modules(manifest)]
    assert "vlc" in names and names.index("vlc") < names.index("observer")
    for dependency in ("ffmpeg", "libmatroska", "libdvbpsi"):
        assert names.index(dependency) < names.index("vlc"), (
            f"{dependency} must be built before vlc"
        )
    vlc = next(m for m in _modules(manifest) if m["name"] == "vlc")
    opts = vlc["config-opts"]
    for needed in (
        "--enable-avcodec",
        "--enable-matroska",
        "--enable-dvbpsi",
        "--enable-gnutls",
        "--enable-xcb",
        "--enable-pulse",
    ):
        assert needed in opts
    assert "--disable-qt" in opts and "--disable-lua" in opts


def test_every_download_is_pinned_by_sha256(manifest):
    for module in _modules(manifest):
        for source in module.get("sources", []):
            if source["type"] in ("archive", "file") and "url" in source:
                assert source["url"].startswith("https://"), source["url"]
                assert re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")), (
                    f"{module['name']}: no sha256"
                )
            if source["type"] == "git":
                assert "commit" in source or "tag" in source, (
                    f"{module['name']}: unpinned git source"
                )


def test_local_sources_exist_or_are_made_by_the_wheel_script(manifest):
    app = next(m for m in _modules(manifest) if m["name"] == "observer")
    for source in app["sources"]:
        if source["type"] == "dir":
            path = (MANIFEST.parent / source["path"]).resolve()
            if path.name == "flatpak-wheels":
                assert "build/flatpak-wheels" in (MANIFEST.parent / "fetch-wheels.sh").read_text(
                    encoding="utf-8"
                )
            else:
                assert path.is_dir(), f"{source['path']} does not exist"
    commands = "\n".join(app["build-commands"])
    assert "--no-index" in commands, "the build must not reach the network"
    assert "install-desktop-files.sh" in commands


def test_a_broken_manifest_is_caught(tmp_path):
    """The YAML check above is real: a tab-indented manifest does not load."""
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(
            MANIFEST.read_text(encoding="utf-8").replace(
                "  - --socket=wayland", "\t- --socket=wayland"
            )
        )

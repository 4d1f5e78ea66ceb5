"""The PyInstaller bundle (dist/observer-app) works on its own libVLC, never the system's.

`make bundle` takes about half a minute here (2 cores), so the smoke tests build the bundle
when it is missing or older than the sources, rather than skip. The dynamic linker's own log
(LD_DEBUG=files) says which libVLC and plugins the process really loaded.
(The file is not called test_bundle.py: tests/unit has one, for team bundles, and pytest
needs unique basenames here.)
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "observer-app"
EXE = DIST / "observer-app"
RTHOOK = ROOT / "packaging" / "pyinstaller" / "rthook_vlc.py"
#: What goes into the bundle: when any is newer than the bundle, it is rebuilt.
SOURCES = (
    "observer_app",
    "resources",
    "packaging/observer.spec",
    "packaging/pyinstaller",
    "pyproject.toml",
)


def _load_libvlc_files():
    """packaging/pyinstaller/libvlc_files.py is not a package module: load it by path."""
    spec = importlib.util.spec_from_file_location(
        "libvlc_files", ROOT / "packaging" / "pyinstaller" / "libvlc_files.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


libvlc_files = _load_libvlc_files()


def _newest_source_mtime() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = (
            [path]
            if path.is_file()
            else [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        )
        newest = max([newest, *(p.stat().st_mtime for p in files)])
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not EXE.exists() or EXE.stat().st_mtime < _newest_source_mtime():
        result = subprocess.run(
            ["make", "-s", "bundle"], cwd=ROOT, capture_output=True, text=True, timeout=900
        )
        if result.returncode != 0:
            pytest.fail(
                "make bundle failed:\n"
                + "\n".join((result.stdout + result.stderr).splitlines()[-30:])
            )
    assert EXE.exists()
    return DIST


def _loaded_files(log_prefix: Path) -> set[str]:
    """Every shared object the dynamic linker initialised, from LD_DEBUG=files logs."""
    loaded = set()
    for log in log_prefix.parent.glob(log_prefix.name + ".*"):
        for line in log.read_text(errors="replace").splitlines():
            if "calling init:" in line:
                loaded.add(line.split("calling init:", 1)[1].strip())
    return loaded


def _run_bundle(
    args: list[str], tmp_path: Path, extra_env: dict | None = None, timeout: float = 120
):
    env = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy", **(extra_env or {})}
    return subprocess.run(
        [str(EXE), "--data-dir", str(tmp_path / "profile"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.bundle
@pytest.mark.timeout(900)
def test_doctor_passes_on_the_bundled_libvlc_only(bundle, tmp_path):
    # Point every variable at nothing: the runtime hook must override them, not inherit them.
    bogus = {
        "PYTHON_VLC_LIB_PATH": "/nonexistent/libvlc.so.5",
        "PYTHON_VLC_MODULE_PATH": "/nonexistent",
        "VLC_PLUGIN_PATH": "/nonexistent",
        "LD_DEBUG": "files",
        "LD_DEBUG_OUTPUT": str(tmp_path / "ld"),
    }
    result = _run_bundle(["doctor", "--json"], tmp_path, bogus)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert report["ok"], report
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["libVLC playback"]["ok"] and "played" in checks["libVLC playback"]["detail"]
    assert report["info"]["libvlc"].startswith("3.")
    assert report["info"]["python"].endswith(f"({EXE})")

    loaded = _loaded_files(tmp_path / "ld")
    internal = str(bundle / "_internal")
    vlc_files = {f for f in loaded if "libvlc" in Path(f).name or "/vlc/" in f}
    assert f"{internal}/libvlc.so.5" in vlc_files and f"{internal}/libvlccore.so.9" in vlc_files
    plugins = {f for f in vlc_files if f.endswith("_plugin.so")}
    assert any("/codec/" in p for p in plugins) and any("/demux/" in p for p in plugins)
    outside = sorted(f for f in vlc_files if not f.startswith(internal + "/"))
    assert not outside, f"loaded from outside the bundle: {outside}"


@pytest.mark.bundle
@pytest.mark.timeout(900)
def test_bundle_plays_on_a_system_without_libvlc_or_ffmpeg(bundle, tmp_path):
    """As on a machine that never installed VLC: the system's libVLC, its plugins and FFmpeg
    are hidden (bind mounts in a private mount namespace, so nothing outside changes)."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("hiding system libraries needs root and unshare (a private mount namespace)")
    libdir = libvlc_files.find_libdir()
    empty = tmp_path / "empty"
    empty.mkdir()
    script = f"""
set -e
mount --bind {empty} {libdir}/vlc
for f in {libdir}/libvlc*.so* {libdir}/libav*.so* {libdir}/libmatroska*.so* {libdir}/libebml*.so*; do
  if [ -f "$f" ] && [ ! -L "$f" ]; then mount --bind /dev/null "$f"; fi
done
test ! -s {libdir}/libvlc.so.5   # really hidden
exec {EXE} --data-dir {tmp_path / "profile"} doctor --json
"""
    env = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        ["unshare", "--mount", "bash", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0 and "unshare failed" in result.stderr:
        pytest.skip(f"no private mount namespace here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    checks = {c["name"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["libVLC playback"]["ok"], checks["libVLC playback"]


@pytest.mark.bundle
@pytest.mark.timeout(900)
def test_main_window_plays_video_from_the_bundle(bundle, tmp_path):
    if not os.environ.get("DISPLAY"):
        pytest.skip("needs a display: run through tests/run.sh (Xvfb)")
    result = _run_bundle([], tmp_path, {"OBSERVER_BENCH_FIRST_FRAME": "1"}, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    line = next((s for s in result.stdout.splitlines() if s.startswith("first-frame")), "")
    assert line and line.split()[1] != "timeout", (
        f"no video frame: {result.stdout!r} {result.stderr[-1000:]!r}"
    )


@pytest.mark.bundle
@pytest.mark.timeout(900)
def test_every_report_format_exports_from_the_bundle(bundle, tmp_path):
    """Formats that read data files at run time (Word templates, fonts for PDF) work frozen too."""
    env = {"QT_QPA_PLATFORM": "offscreen"}
    added = _run_bundle(
        ["notes", "add", "Committee 5: DT/33(Rev.1) discussed", "--body", "com5"], tmp_path, env
    )
    assert added.returncode == 0, added.stderr[-2000:]
    for fmt in ("md", "html", "pdf", "docx", "json", "csv", "vtt", "srt", "txt"):
        out = tmp_path / f"report.{fmt}"
        result = _run_bundle(["export", "-o", str(out)], tmp_path, env)
        assert result.returncode == 0, f"{fmt}: {result.stderr[-1500:]}"
        assert out.stat().st_size > 0, fmt
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "report.docx").read_bytes().startswith(b"PK")  # a zip, as Word files are
    assert "DT/33" in (tmp_path / "report.md").read_text(encoding="utf-8")


@pytest.mark.bundle
@pytest.mark.timeout(900)
def test_bundle_carries_the_selected_plugins_and_no_excluded_one(bundle):
    plugins = bundle / "_internal" / "vlc" / "plugins"
    assert (plugins / "plugins.dat").is_file(), "no plugin cache: vlc-cache-gen did not run"
    present = {(p.parent.name, libvlc_files.plugin_name(p)) for p in plugins.rglob("*_plugin.so")}
    assert present == {
        (family, libvlc_files.plugin_name(p))
        for p, family in libvlc_files.selected_plugins(libvlc_files.find_libdir())
    }
    for family, names in libvlc_files.EXCLUDED.items():
        assert not {(family, n) for n in names} & present
    assert (bundle / "_internal" / "resources" / "demo" / "conference.json").is_file()
    assert (bundle / "_internal" / "resources" / "icons" / "observer-256.png").is_file()


# --- no bundle needed: the selection and the runtime hook on their own ---------------------


def test_selection_keeps_what_playback_needs_and_drops_the_heavy_extras():
    libdir = libvlc_files.find_libdir()
    chosen = {
        (family, libvlc_files.plugin_name(p)) for p, family in libvlc_files.selected_plugins(libdir)
    }
    # Measured with LD_DEBUG on doctor, the window and probe over HLS (packaging/README.md).
    for needed in [
        ("access", "filesystem"),
        ("access", "http"),
        ("access", "https"),
        ("demux", "mkv"),
        ("demux", "adaptive"),
        ("demux", "ts"),
        ("demux", "mp4"),
        ("codec", "avcodec"),
        ("codec", "faad"),
        ("misc", "gnutls"),
        ("video_output", "xcb_x11"),
        ("video_output", "gl"),
        ("audio_output", "pulse"),
        ("audio_output", "adummy"),
        ("text_renderer", "freetype"),
    ]:
        assert needed in chosen, needed
    for dropped in [
        ("codec", "x265"),
        ("demux", "avformat"),
        ("access", "libbluray"),
        ("video_output", "caca"),
    ]:
        assert dropped not in chosen, dropped
    families = {family for family, _ in chosen}
    assert families == set(libvlc_files.FAMILIES)
    for source, dest in libvlc_files.binaries(libdir):
        assert Path(source).exists(), source
        assert dest == "." or dest.startswith("vlc/plugins/")


def test_find_libdir_names_the_packages_when_libvlc_is_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("VLC_PREFIX_LIBDIR", str(tmp_path))
    with pytest.raises(FileNotFoundError) as info:
        libvlc_files.find_libdir()
    assert str(tmp_path) in str(info.value) and "libvlc5" in str(info.value)


def test_runtime_hook_points_at_the_bundle_and_restores_the_users_library_path(tmp_path):
    code = (
        "import os, runpy, sys, json\n"
        f"sys._MEIPASS = {str(tmp_path)!r}\n"
        f"runpy.run_path({str(RTHOOK)!r})\n"
        "print(json.dumps({k: os.environ.get(k) for k in ('PYTHON_VLC_LIB_PATH', 'PYTHON_VLC_MODULE_PATH',"
        " 'VLC_PLUGIN_PATH', 'OBSERVER_RESOURCES', 'LD_LIBRARY_PATH', 'LD_LIBRARY_PATH_ORIG')}))\n"
    )

    def run(env_extra: dict) -> dict:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("LD_LIBRARY_PATH", "PYTHON_VLC", "VLC_", "OBSERVER_RESOURCES"))
        }
        out = subprocess.run(
            [sys.executable, "-c", code],
            env={**env, **env_extra},
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return json.loads(out.stdout)

    seen = run(
        {
            "LD_LIBRARY_PATH": f"{tmp_path}:/opt/mine",
            "LD_LIBRARY_PATH_ORIG": "/opt/mine",
            "PYTHON_VLC_LIB_PATH": "/usr/lib/libvlc.so.5",
        }
    )
    assert seen["PYTHON_VLC_LIB_PATH"] == str(tmp_path / "libvlc.so.5")
    assert (
        seen["PYTHON_VLC_MODULE_PATH"]
        == seen["VLC_PLUGIN_PATH"]
        == str(tmp_path / "vlc" / "plugins")
    )
    assert seen["OBSERVER_RESOURCES"] == str(tmp_path / "resources")
    assert seen["LD_LIBRARY_PATH"] == "/opt/mine" and seen["LD_LIBRARY_PATH_ORIG"] is None
    # A user without LD_LIBRARY_PATH of their own gets none at all in the programs we start.
    assert run({"LD_LIBRARY_PATH": str(tmp_path)})["LD_LIBRARY_PATH"] is None

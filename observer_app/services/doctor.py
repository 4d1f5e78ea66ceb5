"""``observer-app doctor``: is this installation able to do its job? Each problem has a fix."""

from __future__ import annotations

import os
import platform
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from observer_app import __version__
from observer_app.runtime.paths import AppPaths, PathError


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    warning: bool = False  # works, but with a limitation the user should know


@dataclass
class DoctorReport:
    checks: list[Check] = field(default_factory=list)
    info: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "info": self.info,
            "checks": [
                {"name": c.name, "ok": c.ok, "warning": c.warning, "detail": c.detail, "fix": c.fix}
                for c in self.checks
            ],
        }

    def as_text(self) -> str:
        lines = [f"{k:>16}: {v}" for k, v in self.info.items()]
        lines.append("")
        for c in self.checks:
            label = "FAIL" if not c.ok else ("warn" if c.warning else "ok")
            lines.append(f"[{label}] {c.name}: {c.detail}")
            if not c.ok and c.fix:
                lines.append(f"       fix: {c.fix}")
        lines.append("")
        problems = sum(not c.ok for c in self.checks)
        lines.append(
            "All checks passed."
            if self.ok
            else f"{problems} problem{'s' if problems != 1 else ''} found."
        )
        return "\n".join(lines)


def run_doctor(paths: AppPaths, feed: str | None = None, seconds: float = 2.0) -> DoctorReport:
    r = DoctorReport()
    r.info["observer"] = __version__
    r.info["python"] = f"{platform.python_version()} ({sys.executable})"
    r.info["platform"] = platform.platform()
    for name, path in paths.all().items():
        r.info[f"{name} dir"] = str(path)

    _check_qt(r)
    _check_dirs(r, paths)
    _check_keyring(r)
    _check_worker_process(r)
    media = _check_feed(r, feed, paths)
    _check_vlc(r, media, seconds)
    return r


def _check_qt(r: DoctorReport) -> None:
    try:
        import PySide6  # noqa: PLC0415
        from PySide6 import QtCore  # noqa: PLC0415

        r.info["qt"] = f"{QtCore.qVersion()} (PySide6 {PySide6.__version__})"
        from PySide6 import QtPdf  # noqa: F401, PLC0415

        r.checks.append(Check("Qt", True, f"Qt {QtCore.qVersion()} with QtPdf"))
    except ImportError as exc:
        r.checks.append(
            Check(
                "Qt",
                False,
                f"cannot load Qt: {exc}",
                "run `make run` again, or: sudo apt install libgl1 libegl1 libxkbcommon0",
            )
        )


def _check_dirs(r: DoctorReport, paths: AppPaths) -> None:
    try:
        paths.ensure()
        r.checks.append(
            Check("directories", True, "data, config, cache and log directories are writable")
        )
    except PathError as exc:
        r.checks.append(
            Check("directories", False, str(exc), "pass --data-dir with a writable directory")
        )


def _check_keyring(r: DoctorReport) -> None:
    from observer_app.runtime.secrets import backend_info  # noqa: PLC0415

    info = backend_info()
    r.info["keyring"] = info.name
    # A missing keyring is a warning, not a failure: secrets then last for one run.
    r.checks.append(
        Check(
            "keyring",
            True,
            "secure backend in use" if info.usable else info.note,
            fix=""
            if info.usable
            else "install and unlock a Secret Service (GNOME Keyring, KWallet)",
            warning=not info.usable,
        )
    )


def _check_worker_process(r: DoctorReport) -> None:
    """Background refreshes parse in a child process (isolate.py): can one start here?"""
    from observer_app import isolate  # noqa: PLC0415

    started = time.monotonic()
    try:
        pid = isolate.call(os.getpid, name="observer-doctor")
    except Exception as exc:  # noqa: BLE001 - whatever stops it is the finding
        r.checks.append(
            Check(
                "worker process",
                False,
                f"cannot start a worker process: {exc}",
                "check that /dev/shm is writable and the process limit (ulimit -u) is not reached",
            )
        )
        return
    ok = pid != os.getpid()
    r.checks.append(
        Check(
            "worker process",
            ok,
            f"background refresh process answered in {time.monotonic() - started:.2f} s"
            if ok
            else "the worker ran in this process",
        )
    )


def _check_feed(r: DoctorReport, feed: str | None, paths: AppPaths) -> str | None:
    """Validate the feed (or the demo) and return a local stream URL to test playback with."""
    from observer_app.core.feeds.ownjson import FeedError  # noqa: PLC0415
    from observer_app.runtime import paths as app_paths  # noqa: PLC0415
    from observer_app.services.conference import open_feed  # noqa: PLC0415

    demo = str(app_paths.demo_feed())
    try:
        result = open_feed(feed or demo, paths.cache)
        conf = result.feed.conference
        r.checks.append(
            Check(
                "conference feed",
                True,
                f"{conf.name}: {len(conf.bodies)} bodies, {len(conf.sessions)} sessions, "
                f"{len(conf.streams)} streams, {len(conf.documents)} documents",
            )
        )
    except FeedError as exc:
        r.checks.append(
            Check(
                "conference feed",
                False,
                str(exc),
                "fix the feed, or run without --feed for the demo",
            )
        )
        result = None
    try:
        demo_conf = open_feed(demo, None).feed.conference if feed else result.feed.conference  # type: ignore[union-attr]
    except FeedError:
        return None
    return next((s.url for s in demo_conf.streams if s.url.startswith("file:")), None)


def _check_vlc(r: DoctorReport, media: str | None, seconds: float) -> None:
    from observer_app.player.backend import (  # noqa: PLC0415
        INSTALL_HINT,
        LibVlcMissing,
        VlcBackend,
        libvlc_version,
    )
    from observer_app.player.states import PlayerState  # noqa: PLC0415

    try:
        r.info["libvlc"] = libvlc_version()
    except LibVlcMissing as exc:
        r.info["libvlc"] = "missing"
        r.checks.append(Check("libVLC", False, str(exc), INSTALL_HINT))
        return
    if media is None:
        r.checks.append(
            Check(
                "libVLC playback",
                False,
                "no demo stream to play",
                "reinstall Observer (resources/demo)",
            )
        )
        return
    backend = VlcBackend(
        video=False, extra_args=["--aout=dummy"] if not os.environ.get("PULSE_SERVER") else []
    )
    try:
        backend.open(media)
        deadline = time.monotonic() + max(seconds, 0.5) + 5
        first_time = None
        while time.monotonic() < deadline:
            time.sleep(0.1)
            if backend.state in (PlayerState.ERROR, PlayerState.ENDED):
                break
            t = backend.raw_time_ms()
            if backend.state is PlayerState.PLAYING and t > 0:
                first_time = first_time if first_time is not None else (t, time.monotonic())
                if time.monotonic() - first_time[1] >= seconds:
                    break
        played = backend.raw_time_ms()
        tracks = backend.audio_tracks()
        if first_time and played > first_time[0]:
            r.checks.append(
                Check(
                    "libVLC playback",
                    True,
                    f"played {played / 1000:.1f} s of the demo stream ({len(tracks)} audio tracks)",
                )
            )
        else:
            r.checks.append(
                Check(
                    "libVLC playback",
                    False,
                    f"the demo stream did not play (state {backend.state})",
                    f"install the VLC plugins: {INSTALL_HINT}",
                )
            )
    finally:
        backend.release()

"""Crash reports without secrets: the text an observer can paste into a bug report.

No Qt here (the GUI's dialog is ``ui/dialogs/crash.py``): reports are built, scrubbed and
written by plain functions so the command line and the unit tests use the same code. Versions of
Qt and libVLC are read only if those libraries are already loaded, never imported for a report.
"""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

REDACTED = "[redacted]"
#: Crash report files kept in the log directory (oldest removed first).
KEEP_REPORTS = 20

_VALUE = r"""("[^"\n]*"|'[^'\n]*'|[^\s"'&,;)}\]]+)"""
_PATTERNS = (
    # An HTTP Authorization header, in header, dict or keyword form: everything after it on the line.
    (re.compile(r"""(?i)(\bauthorization\b["']?\s*[:=]\s*["']?)[^"'\r\n]+"""), r"\1" + REDACTED),
    # Bearer/Basic credentials wherever they appear.
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{4,}"), r"\1 " + REDACTED),
    # key=value, key: value, "key": "value" where the key names a secret (token, password...).
    (
        re.compile(
            r"""(?i)(["']?\b[\w.-]*(?:token|password|passwd|secret|api[_-]?key|access[_-]?key|credentials?|"""
            r"""cookie)\b["']?\s*[:=]\s*)""" + _VALUE
        ),
        r"\1" + REDACTED,
    ),
    # user:password@ in URLs.
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]+):[^@\s/]+@"), r"\1:" + REDACTED + "@"),
)


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with passwords, tokens and Authorization values replaced by ``[redacted]``.

    ``secrets`` are exact values to remove too (say, the secrets typed in this session); values
    shorter than 4 characters are left alone, or every "a" in a report would vanish."""
    for value in sorted((s for s in secrets if s and len(s) >= 4), key=len, reverse=True):
        text = text.replace(value, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def session_secrets() -> list[str]:
    """Secrets kept in memory for this run (no keyring): scrubbed by value. The keyring itself is
    never read for a report (it could prompt, or hang, in the middle of a crash)."""
    from observer_app.runtime import secrets

    return secrets.session_values()


def versions() -> dict[str, str]:
    """What ran: Observer, Python, platform, and Qt, PySide6, libVLC and keyring when loaded."""
    import platform  # (for a report only, not with the logging of every start: issue 15)

    from observer_app import __version__

    info = {
        "Observer": __version__,
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "Platform": platform.platform(),
    }
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        info["Qt"] = qtcore.qVersion()
        info["PySide6"] = getattr(sys.modules.get("PySide6"), "__version__", "?")
        gui = sys.modules.get("PySide6.QtGui")
        app = gui.QGuiApplication.instance() if gui is not None else None
        if app is not None:
            info["Qt platform"] = app.platformName()
    vlc = sys.modules.get("vlc")
    if vlc is not None:
        try:
            info["libVLC"] = vlc.libvlc_get_version().decode("utf-8", "replace")
        except Exception:  # a half-loaded library must not break the report
            info["libVLC"] = "loaded, version unknown"
        info["python-vlc"] = getattr(vlc, "__version__", "?")
    if "keyring" in sys.modules:
        from observer_app.runtime.secrets import backend_info

        info["Keyring"] = backend_info().name
    return info


def format_report(
    exc_type, exc, tb, where: str = "main thread", when: datetime | None = None
) -> str:
    """The scrubbed report of one exception: what, where, when, versions, traceback."""
    when = when or datetime.now(UTC)
    lines = [
        "Observer: unexpected error",
        f"When: {when:%Y-%m-%d %H:%M:%S} UTC",
        f"Where: {where}",
        "",
        *(f"{key}: {value}" for key, value in versions().items()),
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    try:
        known = session_secrets()
    except Exception:
        known = []
    return scrub("\n".join(lines) + "\n", known)


def write_report(log_dir: Path, text: str, when: datetime | None = None) -> Path:
    """Write ``text`` as ``crash-<UTC time>.txt`` in ``log_dir`` and keep the newest reports
    only. Raises OSError when the directory cannot be written (the caller says so)."""
    when = when or datetime.now(UTC)
    log_dir.mkdir(parents=True, exist_ok=True)
    stem = f"crash-{when:%Y%m%d-%H%M%S}"
    path = log_dir / f"{stem}.txt"
    n = 1
    while path.exists():
        n += 1
        path = log_dir / f"{stem}-{n}.txt"
    path.write_text(text, encoding="utf-8")
    for old in sorted(log_dir.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime)[:-KEEP_REPORTS]:
        try:
            old.unlink()
        except OSError:
            pass
    return path

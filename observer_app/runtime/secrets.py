"""Secrets (SMTP password, tokens) only through keyring, never in files, logs or exports.

Where no real keyring backend works, a secret is kept in memory for this run only and the
user is told so (Vorta's visible warning, without its plaintext fallback).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("observer.secrets")

SERVICE = "observer-app"
#: Backends that do not keep secrets safely, or at all.
_UNSAFE = ("fail", "null", "plaintext", "PlaintextKeyring", "EncryptedKeyring", "Uncrypted")


@dataclass(frozen=True)
class BackendInfo:
    name: str
    usable: bool
    note: str


def backend_info() -> BackendInfo:
    try:
        import keyring  # noqa: PLC0415 - keyring probes backends on import; keep it lazy

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend must not stop the app
        return BackendInfo("none", False, f"keyring unavailable: {exc}")
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if any(word in name for word in _UNSAFE):
        return BackendInfo(
            name, False, "no secure keyring: secrets would be kept for this run only"
        )
    return BackendInfo(name, True, "")


class SecretUnavailable(RuntimeError):
    pass


#: Secrets kept for this run only, when no keyring backend works (never written anywhere).
_session_only: dict[str, str] = {}
#: The profile whose secrets ``get_secret`` & co. read when the caller names none: the data
#: directory of the profile this process opened (``use_profile``).
_default_scope: str | None = None


def profile_scope(data_dir: str | os.PathLike[str]) -> str:
    """What names a profile in the keyring: its data directory, absolute."""
    return str(Path(data_dir).expanduser().resolve())


def use_profile(data_dir: str | os.PathLike[str]) -> None:
    """Secrets read or written without a scope belong to this profile from now on."""
    global _default_scope  # noqa: PLW0603 - one profile per process; set once at open
    _default_scope = profile_scope(data_dir)


def entry_name(name: str, scope: str | None = None) -> str:
    """The keyring user name of secret ``name`` of a profile: "smtp.password (/home/me/.local/
    share/observer-app)". Each data directory has its own passwords (two profiles of one user
    must not replace each other's). Without any profile: the bare name (the old, shared entry)."""
    scope = scope if scope is not None else _default_scope
    return f"{name} ({scope})" if scope else name


def set_secret(name: str, value: str, scope: str | None = None) -> bool:
    """Store ``name`` of the profile in the keyring; True if it will survive a restart, False
    if it is kept for this run only (no working keyring: the caller must tell the user)."""
    entry = entry_name(name, scope)
    try:
        import keyring  # noqa: PLC0415

        if backend_info().usable:
            keyring.set_password(SERVICE, entry, value)
            _session_only.pop(entry, None)
            return True
    except Exception:  # noqa: BLE001 - a broken D-Bus or backend: same fallback
        pass
    _session_only[entry] = value
    return False


def keep_for_session(name: str, value: str, scope: str | None = None) -> None:
    """Keep ``name`` for this run only, without asking the keyring (it already refused)."""
    _session_only[entry_name(name, scope)] = value


def session_values() -> list[str]:
    """The secrets kept in memory for this run only (no usable keyring): what a crash report
    must scrub by value."""
    return list(_session_only.values())


def get_secret(name: str, scope: str | None = None) -> str | None:
    """The profile's secret ``name``. An entry stored under the old, profile-less name (before
    secrets were kept per profile) is moved to this profile on first read."""
    entry = entry_name(name, scope)
    if entry in _session_only:
        return _session_only[entry]
    try:
        import keyring  # noqa: PLC0415

        if not backend_info().usable:
            return None
        value: str | None = keyring.get_password(SERVICE, entry)
        if value is None and entry != name:
            value = _migrate(keyring, name, entry)
        return value
    except Exception:  # noqa: BLE001 - a broken backend reads as "not set"
        return None


def _migrate(keyring: Any, name: str, entry: str) -> str | None:
    """Move the old entry ``name`` to ``entry``; the old one is deleted only once the new one
    is stored, so a failure loses nothing."""
    old: str | None = keyring.get_password(SERVICE, name)
    if old is None:
        return None
    keyring.set_password(SERVICE, entry, old)
    keyring.delete_password(SERVICE, name)
    log.info("moved the keyring entry %s to %s", name, entry)
    return old


def delete_secret(name: str, scope: str | None = None) -> None:
    entry = entry_name(name, scope)
    _session_only.pop(entry, None)
    try:
        import keyring  # noqa: PLC0415

        if backend_info().usable:
            keyring.delete_password(SERVICE, entry)
    except Exception:  # noqa: BLE001 - nothing stored is as good as deleted
        pass

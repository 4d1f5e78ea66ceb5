"""Secrets (SMTP password, tokens) only through keyring, never in files, logs or exports.

Where no real keyring backend works, a secret is kept in memory for this run only and the
user is told so (Vorta's visible warning, without its plaintext fallback).
"""

from __future__ import annotations

from dataclasses import dataclass

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
        return BackendInfo(name, False, "no secure keyring: secrets would be kept for this run only")
    return BackendInfo(name, True, "")

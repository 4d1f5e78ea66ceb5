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
        return BackendInfo(
            name, False, "no secure keyring: secrets would be kept for this run only"
        )
    return BackendInfo(name, True, "")


class SecretUnavailable(RuntimeError):
    pass


#: Secrets kept for this run only, when no keyring backend works (never written anywhere).
_session_only: dict[str, str] = {}


def set_secret(name: str, value: str) -> bool:
    """Store ``name`` in the keyring; True if it will survive a restart, False if it is kept
    for this run only (no working keyring: the caller must tell the user)."""
    try:
        import keyring  # noqa: PLC0415
        from keyring.errors import KeyringError  # noqa: PLC0415

        if backend_info().usable:
            keyring.set_password(SERVICE, name, value)
            _session_only.pop(name, None)
            return True
    except KeyringError:
        pass
    except Exception:  # a broken D-Bus or backend: same fallback
        pass
    _session_only[name] = value
    return False


def keep_for_session(name: str, value: str) -> None:
    """Keep ``name`` for this run only, without asking the keyring (it already refused)."""
    _session_only[name] = value


def get_secret(name: str) -> str | None:
    if name in _session_only:
        return _session_only[name]
    try:
        import keyring  # noqa: PLC0415

        if backend_info().usable:
            return keyring.get_password(SERVICE, name)
    except Exception:
        return None
    return None


def delete_secret(name: str) -> None:
    _session_only.pop(name, None)
    try:
        import keyring  # noqa: PLC0415

        if backend_info().usable:
            keyring.delete_password(SERVICE, name)
    except Exception:
        pass

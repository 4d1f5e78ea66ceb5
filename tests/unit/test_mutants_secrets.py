"""Tests written against mutants of secrets.py that survived the older tests (`make mutate`).

Real keyring backends from the keyring package (``fail``, ``null``: the ones a machine without
a secret service ends up with) and the in-memory test backend of tests/support.
"""

from __future__ import annotations

import logging

import keyring
import keyring.core
import pytest
from keyring.backends import fail, null
from support.keyrings import MemoryKeyring

from observer_app.runtime import secrets

UNSAFE_NOTE = "no secure keyring: secrets would be kept for this run only"


@pytest.fixture
def use_backend():
    """Install a keyring backend for one test; the previous one and the run-only store come
    back afterwards."""
    previous = keyring.get_keyring()
    saved = dict(secrets._session_only)

    def install(backend):
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)
    secrets._session_only.clear()
    secrets._session_only.update(saved)


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring], ids=["fail", "null"])
def test_a_backend_that_keeps_nothing_is_not_usable(use_backend, backend):
    # Catches the unsafe backend reported as usable: the user would be told a secret was kept.
    use_backend(backend())
    info = secrets.backend_info()
    assert info == secrets.BackendInfo(
        f"{backend.__module__}.{backend.__name__}", False, UNSAFE_NOTE
    )


def test_a_usable_backend_is_named_and_has_no_warning(use_backend):
    use_backend(MemoryKeyring())
    assert secrets.backend_info() == secrets.BackendInfo("support.keyrings.MemoryKeyring", True, "")


def test_a_backend_that_cannot_load_is_reported_not_raised(use_backend, monkeypatch):
    # A misconfigured PYTHON_KEYRING_BACKEND: keyring raises on first use.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_keyring_module.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    info = secrets.backend_info()
    assert info.name == "none"
    assert info.usable is False
    assert info.note.startswith("keyring unavailable: ")
    assert "no_such_keyring_module" in info.note


def test_without_a_keyring_a_secret_lives_for_this_run_only_and_can_be_deleted(use_backend):
    use_backend(fail.Keyring())
    assert secrets.set_secret("smtp.password", "s3cret", "/profile") is False  # caller warns
    assert secrets.get_secret("smtp.password", "/profile") == "s3cret"
    secrets.delete_secret("smtp.password", "/profile")
    assert secrets.get_secret("smtp.password", "/profile") is None


def test_a_secret_stored_once_a_keyring_works_replaces_the_run_only_copy(use_backend):
    use_backend(null.Keyring())
    assert secrets.set_secret("smtp.password", "typed-before", "/profile") is False
    ring = use_backend(MemoryKeyring())
    assert secrets.set_secret("smtp.password", "typed-after", "/profile") is True
    assert secrets.get_secret("smtp.password", "/profile") == "typed-after"
    assert ring.secrets == {(secrets.SERVICE, "smtp.password (/profile)"): "typed-after"}


def test_without_any_profile_the_entry_is_the_bare_name(monkeypatch):
    monkeypatch.setattr(secrets, "_default_scope", None)
    assert secrets.entry_name("smtp.password") == "smtp.password"
    assert secrets.entry_name("smtp.password", "/p") == "smtp.password (/p)"


def test_moving_an_old_entry_is_logged_with_both_names(use_backend, caplog):
    ring = use_backend(MemoryKeyring())
    ring.set_password(secrets.SERVICE, "http.token", "tok")
    with caplog.at_level(logging.INFO, logger="observer.secrets"):
        assert secrets.get_secret("http.token", "/profile") == "tok"
    assert [r.getMessage() for r in caplog.records] == [
        "moved the keyring entry http.token to http.token (/profile)"
    ]

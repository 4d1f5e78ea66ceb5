"""An in-memory keyring backend for tests that must not touch a real one (a real one is
exercised by tests/integration/test_real_keyring.py). The class name matters: the app treats
backends named like 'fail' or 'plaintext' as unusable."""

from __future__ import annotations

import keyring.backend


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in a dict for the test: nothing touches the real keyring."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)

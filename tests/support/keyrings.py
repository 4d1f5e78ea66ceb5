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


class PromptingKeyring(keyring.backend.KeyringBackend):
    """A keyring that answers like gnome-keyring without a default collection: every call
    "shows a password prompt" and waits until the test answers it (``answer``), then refuses
    (the person dismissed it). Counts the prompts. Only a stand-in for the desktop's prompt,
    which cannot be shown on Xvfb (gcr-prompter needs a display of its own)."""

    priority = 1

    def __init__(self):
        super().__init__()
        import threading

        self.prompts = 0
        self.waiting = threading.Event()
        self.answered = threading.Event()

    def _prompt(self):
        from keyring.errors import KeyringLocked

        self.prompts += 1
        self.waiting.set()
        self.answered.wait(30)
        raise KeyringLocked("the password prompt was dismissed")

    def get_password(self, service, username):
        self._prompt()

    def set_password(self, service, username, password):
        self._prompt()

    def delete_password(self, service, username):
        self._prompt()

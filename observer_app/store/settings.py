"""Typed settings stored as JSON values; what exists is declared in ``core.settings``."""

from __future__ import annotations

import json
from typing import Any

from observer_app.core.settings import SETTINGS, SettingError, coerce
from observer_app.store.db import Database


class SettingsRepository:
    def __init__(self, db: Database):
        self.db = db

    def get(self, key: str) -> Any:
        spec = SETTINGS.get(key)
        if spec is None:
            raise SettingError(f"unknown setting {key!r}; see `observer-app settings list`")
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row["value"]) if row else spec.default

    def set(self, key: str, value: object) -> object:
        spec = SETTINGS.get(key)
        if spec is None:
            raise SettingError(f"unknown setting {key!r}; see `observer-app settings list`")
        value = coerce(spec, value)
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
        return value

    def all(self) -> dict[str, object]:
        return {key: self.get(key) for key in SETTINGS}

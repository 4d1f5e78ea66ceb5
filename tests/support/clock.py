"""A fixed instant for pure tests."""

from __future__ import annotations

from datetime import UTC, datetime

#: Monday 2026-11-30 06:15 UTC = 15:15 in Seoul (the demo conference is on that week).
PINNED_NOW = datetime(2026, 11, 30, 6, 15, 0, tzinfo=UTC)

"""The conferences opened lately (File > Open conference lists them, newest first)."""

from __future__ import annotations

import json
from typing import Any

#: How many sources the list keeps.
MAX_RECENT = 10


def recent(settings: Any) -> list[str]:
    try:
        value = json.loads(str(settings.get("conference.recent")))
    except ValueError:
        return []
    return (
        [str(v) for v in value if isinstance(v, str) and v.strip()]
        if isinstance(value, list)
        else []
    )


def remember(settings: Any, source: str) -> None:
    items = [source] + [r for r in recent(settings) if r != source]
    settings.set("conference.recent", json.dumps(items[:MAX_RECENT]))

"""Where the app keeps things. Resolved once in ``main`` (never at import time).

``--data-dir DIR`` puts every app directory (data, config, cache, logs) under DIR, which is
what tests and portable installs want.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from observer_app import APP_ID


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    cache: Path
    log: Path

    @property
    def database(self) -> Path:
        return self.data / "observer.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def qt_settings(self) -> Path:
        """Window geometry and splitter state (Qt's own format, not user data)."""
        return self.config / "window.ini"

    def all(self) -> dict[str, Path]:
        return {"data": self.data, "config": self.config, "cache": self.cache, "log": self.log}

    def ensure(self) -> None:
        """Create the directories; raises ``PathError`` with a plain message when we cannot."""
        for name, path in self.all().items():
            blocker = next(
                (p for p in (path, *path.parents) if p.exists() and not p.is_dir()), None
            )
            if blocker is not None:
                raise PathError(
                    f"cannot create the {name} directory {path}: {blocker} is a file, not a directory; "
                    "choose another with --data-dir"
                )
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise PathError(
                    f"cannot create the {name} directory {path}: {exc.strerror or exc}; "
                    "choose another with --data-dir"
                ) from None
            if not os.access(path, os.W_OK | os.X_OK):
                raise PathError(
                    f"the {name} directory {path} is not writable; choose another with --data-dir"
                )


class PathError(OSError):
    pass


def resolve(data_dir: str | os.PathLike | None = None) -> AppPaths:
    if data_dir:
        root = Path(data_dir).expanduser().resolve()
        return AppPaths(root / "data", root / "config", root / "cache", root / "log")
    dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
    return AppPaths(
        Path(dirs.user_data_dir),
        Path(dirs.user_config_dir),
        Path(dirs.user_cache_dir),
        Path(dirs.user_log_dir),
    )


def resources_dir() -> Path:
    """The shipped resources (demo conference, schema, icons).

    ``OBSERVER_RESOURCES`` overrides it for bundles; otherwise it is the repository's
    ``resources/`` next to the package.
    """
    override = os.environ.get("OBSERVER_RESOURCES")
    if override:
        return Path(override)
    package = Path(__file__).resolve().parent.parent  # observer_app/ (this file is in runtime/)
    return package.parent / "resources"


def demo_feed() -> Path:
    return resources_dir() / "demo" / "conference.json"


def feed_schema() -> Path:
    return resources_dir() / "schema" / "conference-feed.schema.json"

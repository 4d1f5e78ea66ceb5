"""Logging: one named logger per area (observer.player, .net, .store, .ui, .feed), a rotating
file in the log directory (1 MB, five old files kept), and warnings on stderr. Secrets are never
passed to a logger; in case one slips into an exception message, every line is scrubbed too."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from observer_app.runtime.crash import scrub


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual, then removes passwords, tokens and Authorization values (tracebacks too)."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def setup(log_dir: Path | None, verbose: bool = False) -> None:
    root = logging.getLogger("observer")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.handlers.clear()
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(ScrubbingFormatter("observer: %(levelname)s: %(message)s"))
    root.addHandler(stderr)
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                log_dir / "observer.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            )
        except OSError:
            return  # the data-dir check reports unwritable directories plainly
        handler.setFormatter(ScrubbingFormatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        root.addHandler(handler)
    # urllib3 logs request headers at DEBUG (tokens!): keep it quiet whatever the level.
    logging.getLogger("urllib3").setLevel(logging.WARNING)

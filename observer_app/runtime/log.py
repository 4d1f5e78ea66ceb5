"""Logging: one named logger per area (observer.player, .net, .store, .ui, .feed), a rotating
file in the log directory (1 MB, five old files kept), and warnings on stderr. Secrets are never
passed to a logger; in case one slips into an exception message, every line is scrubbed too."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from observer_app.runtime.crash import scrub


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual, then removes passwords, tokens and Authorization values (tracebacks too)."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class SizeRotatingFileHandler(logging.FileHandler):
    """A file that is renamed ``NAME.1`` (older ones shifted up to ``NAME.<backups>``, the
    oldest dropped) before a line would take it past ``max_bytes``: the rotation of
    ``logging.handlers.RotatingFileHandler``, without that module, which imports socket, pickle
    and queue for its other handlers (7-13 ms of every window's start, issue 15)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:  # closed: reopened, as logging's FileHandler does
                self.stream = self._open()
            line = self.format(record) + self.terminator
            if self.stream.tell() + len(line.encode("utf-8")) > self.max_bytes:
                self._rotate()
        except Exception:  # as logging's own handlers do: never raise into the caller
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
        for n in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{n}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{n + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


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
            handler = SizeRotatingFileHandler(log_dir / "observer.log", 1_000_000, backups=5)
        except OSError:
            return  # the data-dir check reports unwritable directories plainly
        handler.setFormatter(ScrubbingFormatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        root.addHandler(handler)
    # urllib3 logs request headers at DEBUG (tokens!): keep it quiet whatever the level.
    logging.getLogger("urllib3").setLevel(logging.WARNING)

"""The command line: ``build_parser`` for the whole app and ``run`` for a headless subcommand.

``observer_app.__main__`` parses, then opens the window or calls ``run``; this package never
imports the UI (an import-linter contract in pyproject.toml). One module per subcommand family:
main.py (parser, dispatch), docs.py, feed.py, notes.py, recovery.py, send.py, transcript.py.
"""

from observer_app.cli.main import build_parser, run

__all__ = ["build_parser", "run"]

"""Entry point: parse arguments -> paths -> logging -> GUI or a headless subcommand."""

from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import Any

# The options that come before any subcommand (cli.build_parser; a unit test keeps them equal).
GLOBAL_VALUES = ("--data-dir", "--feed")
GLOBAL_FLAGS = ("-v", "--verbose")


def window_args(argv: list[str]) -> SimpleNamespace | None:
    """The window's options when ``argv`` names no subcommand, read without building the whole
    command line (the cli package imports every subcommand's module: 0.05-0.15 s of the window's start,
    issue 15). None for anything else (a subcommand, help, a mistake): the full parser's."""
    found: dict[str, object] = {"data_dir": None, "feed": None, "verbose": False, "command": None}
    rest = list(argv)
    while rest:
        name, equals, value = rest.pop(0).partition("=")
        if name in GLOBAL_FLAGS and not equals:
            found["verbose"] = True
            continue
        if name not in GLOBAL_VALUES:
            return None
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None  # (argparse says what is missing)
            value = rest.pop(0)
        found[name[2:].replace("-", "_")] = value
    return SimpleNamespace(**found)


def main(argv: list[str] | None = None) -> int:
    from observer_app.runtime import log, paths, qtfix

    qtfix.immortalize_singletons()  # before any Qt call: see qtfix.py

    argv = sys.argv[1:] if argv is None else argv
    args: Any = window_args(argv)
    if args is None:
        from observer_app import cli

        args = cli.build_parser().parse_args(argv)
    app_paths = paths.resolve(args.data_dir)
    log.setup(app_paths.log if _writable_parent(app_paths.log) else None, verbose=args.verbose)
    if args.command is None:
        import PySide6.QtCore  # noqa: F401 - its import hook in place, then made lighter

        qtfix.lighten_import_hook()
        from observer_app.ui.app import run_gui  # Qt widgets only for the GUI

        return run_gui(args, app_paths)
    from observer_app import cli

    return cli.run(args, app_paths)


def _writable_parent(path) -> bool:
    import os

    p = path
    while not p.exists() and p != p.parent:
        p = p.parent
    return os.access(p, os.W_OK)


if __name__ == "__main__":
    sys.exit(main())

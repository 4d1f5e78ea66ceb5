"""Entry point: parse arguments -> paths -> logging -> GUI or a headless subcommand."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from observer_app import cli
    from observer_app.runtime import log, paths, qtfix

    qtfix.immortalize_singletons()  # before any Qt call: see qtfix.py

    parser = cli.build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    app_paths = paths.resolve(args.data_dir)
    log.setup(app_paths.log if _writable_parent(app_paths.log) else None, verbose=args.verbose)
    if args.command is None:
        from observer_app.ui.app import run_gui  # Qt widgets only for the GUI

        return run_gui(args, app_paths)
    return cli.run(args, app_paths)


def _writable_parent(path) -> bool:
    import os

    p = path
    while not p.exists() and p != p.parent:
        p = p.parent
    return os.access(p, os.W_OK)


if __name__ == "__main__":
    sys.exit(main())

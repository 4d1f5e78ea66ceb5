"""The command line's side of the one recovery path: damage found by any query of a command is
repaired (``Profile.recover``), the full notice printed, and the command run once more on the
recovered database (except ``send``, which must not risk a second delivery)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from observer_app.services.context import Profile
from observer_app.store.db import damage_in
from observer_app.store.recovery import RecoveryReport

EXIT_PROBLEM = 1
#: Commands run again after a recovery: reads, and writes that are one transaction (a write
#: cut by the damage was rolled back, so it happens once). Not ``send`` nor ``outbox``: a report
#: may have left before the damage stopped the command.
_RERUN = frozenset({"notes", "settings", "export", "docs", "search"})


def print_notice(report: RecoveryReport) -> None:
    print("observer-app: " + report.message().replace("\n", "\n  "), file=sys.stderr)


def run_recovering(
    args: argparse.Namespace,
    profile: Profile,
    command: Callable[[argparse.Namespace, Profile], int],
) -> int:
    if profile.recovery is not None:  # damage found at open, already repaired
        print_notice(profile.recovery)
    try:
        return command(args, profile)
    except Exception as exc:
        problem = damage_in(exc)
        if problem is None:
            raise
    print_notice(profile.recover(problem))
    if args.command not in _RERUN:
        print("observer-app: the command was stopped by the damage; run it again.", file=sys.stderr)
        return EXIT_PROBLEM
    return command(args, profile)

"""The command line as a user runs it: a real process, no display."""

from __future__ import annotations

import os
import subprocess
import sys

ENV = {**os.environ, "OBSERVER_VLC_ARGS": "--aout=dummy"}
ENV.pop("DISPLAY", None)  # subcommands must not need a display


def run(*args, data_dir=None, env=None, input=None):
    cmd = [sys.executable, "-m", "observer_app"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(
        cmd + list(args), capture_output=True, text=True, timeout=60, env=env or ENV, input=input
    )

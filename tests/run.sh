#!/usr/bin/env bash
# Run the whole suite headless: a private D-Bus session and a virtual X server (real video for
# the GUI tests), libVLC with a silent audio output. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
export OBSERVER_VLC_ARGS="${OBSERVER_VLC_ARGS:---aout=dummy}"
export PYTHONDONTWRITEBYTECODE=1
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  .venv/bin/python -m pytest "$@"

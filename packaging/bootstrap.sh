#!/usr/bin/env bash
# Bring a fresh Debian/Ubuntu machine to the point where `make run` / `make test` work:
# system packages through apt (when we are root or have sudo), then .venv with the project.
# Fast when nothing changed: one dpkg-query and one timestamp comparison.
#
# usage: packaging/bootstrap.sh run|test|bench
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-run}
# Measured list (see docs/architecture.md "System packages"): libVLC with the video output
# plugin, and the X11/GL libraries the PySide6 wheels load on a bare system.
RUNTIME_PKGS="libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output
 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-glx0 libxcb-icccm4
 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-sync1
 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-xinerama0 libfontconfig1 libdbus-1-3
 fonts-dejavu-core fonts-wqy-microhei"
# Tests: a virtual X server and xdotool to type into a real app process, ffmpeg for test
# streams, a real Secret Service, PDF tools, ImageMagick's `import` for screenshots; the
# accessibility bus and Debian's GObject bindings to read the window as a screen reader does
# (tests/support/atspi_walk.py runs under /usr/bin/python3); openbox, a real window manager
# (xprop, from x11-utils, tells when it runs); espeak-ng for speech with a known text
# (transcript tests and benchmarks).
TEST_PKGS="xvfb xauth xdotool ffmpeg dbus gnome-keyring poppler-utils imagemagick desktop-file-utils appstream
 at-spi2-core python3-gi gir1.2-atspi-2.0 openbox x11-utils espeak-ng"

# Benchmarks (`make bench`): the test set plus cvlc, the reference player they compare with.
BENCH_PKGS="vlc-bin"

pkgs=$RUNTIME_PKGS
[ "$want" = test ] && pkgs="$RUNTIME_PKGS $TEST_PKGS"
[ "$want" = bench ] && pkgs="$RUNTIME_PKGS $TEST_PKGS $BENCH_PKGS"

missing=()
if command -v dpkg-query >/dev/null; then
  # One dpkg-query for all packages keeps a second `make run` fast.
  # dpkg-query exits 1 when any package is unknown to it (never installed): that is the
  # answer we want, not an error, so the pipeline must not trip `set -e`.
  installed=$({ dpkg-query -W -f='${Package} ${db:Status-Status}\n' $pkgs 2>/dev/null || true; } | awk '$2 == "installed" {print $1}')
  for p in $pkgs; do
    grep -qx "$p" <<<"$installed" || missing+=("$p")
  done
else
  echo "bootstrap: not a Debian/Ubuntu system; install libVLC 3 and its plugins with your package manager." >&2
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing system packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else SUDO=none; fi
  if [ "$SUDO" = none ] || ! command -v apt-get >/dev/null; then
    echo "bootstrap: cannot install them myself. Please run:" >&2
    echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python: a venv with the project (editable) and, for tests, the test extra.
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "bootstrap: Python 3.11 or newer is needed (found: $("$PY" --version 2>&1))." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv || { echo "bootstrap: python3 -m venv failed; install python3-venv" >&2; exit 1; }
fi
extra=""
[ "$want" = run ] || extra="[test]"
[ "$want" = bench ] && want=test  # the same Python packages as the tests
stamp=.venv/.installed-$want
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "bootstrap: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extra"
  touch "$stamp"
fi

# Translations: compile each resources/i18n/*.ts newer than its .qm (the .qm are not in git).
# Nothing to do, hence no process started, when they are up to date. Observer also compiles a
# missing one at first use (into its cache when resources/ is read-only): see ui/i18n.py.
for ts in resources/i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm=${ts%.ts}.qm
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm" || echo "bootstrap: could not compile $ts (the interface stays English)" >&2
  fi
done

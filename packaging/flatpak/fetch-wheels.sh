#!/usr/bin/env bash
# Prepare build/flatpak-wheels/ for the Flatpak build, which has no network: Observer's own
# wheel plus every runtime dependency from pyproject.toml as a binary wheel for the runtime's
# Python and CPU (org.kde.Platform 6.10 = freedesktop 25.08 = CPython 3.13, glibc new enough for
# the manylinux_2_34 PySide6 wheels).
#
# usage: packaging/flatpak/fetch-wheels.sh [PYTHON_VERSION] [ARCH]     (default: 3.13 x86_64)
set -euo pipefail
cd "$(dirname "$0")/../.."
pyver=${1:-3.13}
arch=${2:-x86_64}
out=build/flatpak-wheels
PY=${PYTHON:-.venv/bin/python}

rm -rf "$out"
mkdir -p "$out"
"$PY" -m pip wheel -q --no-deps -w "$out" .
# The dependency list is read from pyproject.toml so it never drifts from the app's.
mapfile -t deps < <("$PY" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))')
"$PY" -m pip download -q --dest "$out" --only-binary=:all: \
  --implementation cp --python-version "$pyver" \
  --platform "manylinux_2_34_$arch" --platform "manylinux_2_28_$arch" --platform "manylinux_2_26_$arch" \
  --platform "manylinux_2_17_$arch" --platform "manylinux2014_$arch" \
  "${deps[@]}"
echo "fetch-wheels: $(ls "$out" | wc -l) wheels in $out ($(du -sh "$out" | cut -f1))"

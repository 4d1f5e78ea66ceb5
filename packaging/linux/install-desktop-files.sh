#!/usr/bin/env bash
# Install Observer's desktop integration under PREFIX/share: the .desktop file, the AppStream
# metainfo and the icons (SVG + PNG sizes) in the hicolor theme, all named by the app id so
# menus, software centres and window icons find each other.
#
# usage: packaging/linux/install-desktop-files.sh PREFIX [EXEC]
#   PREFIX  e.g. /usr/local, ~/.local, or /app in a Flatpak build
#   EXEC    the command the menu entry runs (default: observer-app on PATH); give the full
#           path of dist/observer-app/observer-app for the PyInstaller bundle
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
icons="$here/../../resources/icons"
app_id=org.observer.Observer
prefix=${1:?usage: install-desktop-files.sh PREFIX [EXEC]}
exec_cmd=${2:-observer-app}

case "$exec_cmd" in
  *[[:space:]\"\'\\\`\$]*) echo "install-desktop-files: EXEC must be a path without spaces or quotes: $exec_cmd" >&2; exit 2 ;;
esac

install -d "$prefix/share/applications" "$prefix/share/metainfo" "$prefix/share/icons/hicolor/scalable/apps"
sed "s|^Exec=observer-app\$|Exec=$exec_cmd|" "$here/$app_id.desktop" > "$prefix/share/applications/$app_id.desktop"
chmod 644 "$prefix/share/applications/$app_id.desktop"
install -m 644 "$here/$app_id.metainfo.xml" "$prefix/share/metainfo/$app_id.metainfo.xml"
install -m 644 "$icons/observer.svg" "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$icons"/observer-*.png; do
  size=$(basename "$png" .png); size=${size#observer-}
  install -d "$prefix/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$png" "$prefix/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done

#!/usr/bin/env bash
# Install the desktop bundle with its menu entry, icon and AppStream metadata.
#   bash packaging/linux/install.sh [BUNDLE]      BUNDLE: default dist/briefer
#   bash packaging/linux/install.sh --uninstall
# For this user by default (~/.local); PREFIX=/usr/local (as root) installs for everyone.
# It puts the bundle in PREFIX/lib/briefer, links PREFIX/bin/briefer to it, and writes
# share/applications, share/icons/hicolor, share/metainfo and share/mime (the .brieferpack file
# type, so a pack opens in Briefer). ICONS_DIR: the output of packaging/make-icons.py
# (default build/icons; only the SVG icon is installed without it).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
app_id=io.github.briefer.Briefer
prefix=${PREFIX:-$HOME/.local}
icons=${ICONS_DIR:-$repo/build/icons}
lib="$prefix/lib/briefer"
bin="$prefix/bin/briefer"
desktop="$prefix/share/applications/$app_id.desktop"
metainfo="$prefix/share/metainfo/$app_id.metainfo.xml"
mime="$prefix/share/mime/packages/$app_id.xml"
hicolor="$prefix/share/icons/hicolor"

say() { printf 'install: %s\n' "$*" >&2; }
refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$prefix/share/applications" || true
  fi
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$prefix/share/mime/packages" ]; then
    update-mime-database "$prefix/share/mime" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$hicolor" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$lib"
  rm -f "$bin" "$desktop" "$metainfo" "$mime"
  find "$hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  refresh
  say "removed Briefer from $prefix"
  exit 0
fi

bundle=${1:-$repo/dist/briefer}
[ -x "$bundle/briefer" ] || { say "no bundle at $bundle: run bash packaging/build-bundle.sh"; exit 1; }

mkdir -p "$prefix/lib" "$prefix/bin" "$(dirname "$desktop")" "$(dirname "$metainfo")" "$(dirname "$mime")"
rm -rf "$lib.new"
cp -a "$bundle" "$lib.new"
rm -rf "$lib"
mv "$lib.new" "$lib"
ln -sfn "$lib/briefer" "$bin"

# Exec and TryExec name the installed program by its full path: a desktop session's PATH may
# not include PREFIX/bin.
sed -e "s|^Exec=briefer |Exec=\"$bin\" |" -e "s|^TryExec=briefer\$|TryExec=$bin|" \
  "$here/$app_id.desktop" >"$desktop"
cp "$here/$app_id.metainfo.xml" "$metainfo"
cp "$here/$app_id.mime.xml" "$mime"  # *.brieferpack: a pack file opens in Briefer

if [ -d "$icons/hicolor" ]; then
  mkdir -p "$hicolor"
  cp -R "$icons/hicolor/." "$hicolor/"
else
  mkdir -p "$hicolor/scalable/apps"
  cp "$repo/assets/icons/briefer.svg" "$hicolor/scalable/apps/$app_id.svg"
fi
refresh
say "installed Briefer $("$bin" --version | cut -d' ' -f2) into $prefix"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) say "note: $prefix/bin is not on PATH; the menu entry works, the command needs the full path" ;;
esac

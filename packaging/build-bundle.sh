#!/usr/bin/env bash
# Build Briefer's one-folder desktop bundle: dist/briefer/ (and dist/Briefer.app on macOS).
#   bash packaging/build-bundle.sh
# It makes its own build environment (PyInstaller is a build tool, never a runtime dependency),
# installs Briefer and pyinstaller into it, makes the icons from assets/icons/briefer.svg, runs
# PyInstaller with packaging/briefer.spec, and prints the bundle's size.
#
# Environment (all optional):
#   PYTHON            the Python to build with (default: python3; 3.11 or newer)
#   BUILD_DIR         scratch folder (default: build)     DIST_DIR   output (default: dist)
#   BUILD_VENV        the build environment (default: $BUILD_DIR/venv; reused when it exists)
#   PYINSTALLER_SPEC  pip requirement for PyInstaller (default: pyinstaller>=6.10,<7)
#   BRIEFER_FONT_DIR  a folder with LiberationSans-*.ttf and its license (default: the OS's)
# On Windows run it from Git Bash, or follow the same steps by hand (packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
build_dir=${BUILD_DIR:-build}
dist_dir=${DIST_DIR:-dist}
venv=${BUILD_VENV:-$build_dir/venv}
pyinstaller_spec=${PYINSTALLER_SPEC:-pyinstaller>=6.10,<7}

say() { printf 'build-bundle: %s\n' "$*" >&2; }
seconds() { date +%s; }
started=$(seconds)

case "$(uname -s)" in
  MINGW* | MSYS* | CYGWIN*) bin=Scripts ;;
  *) bin=bin ;;
esac

mkdir -p "$build_dir" "$dist_dir"
if [ ! -x "$venv/$bin/python" ] && [ ! -x "$venv/$bin/python.exe" ]; then
  "$python" -c 'import sys; assert sys.version_info >= (3, 11), sys.version' 2>/dev/null || {
    say "Python 3.11 or newer is needed (found: $("$python" --version 2>&1))"; exit 1; }
  say "creating the build environment in $venv"
  "$python" -m venv "$venv"
fi
vpython="$venv/$bin/python"
[ -x "$vpython" ] || vpython="$venv/$bin/python.exe"

say "installing Briefer's dependencies and PyInstaller into $venv"
"$vpython" -m pip install -q --disable-pip-version-check . "$pyinstaller_spec"

say "making the icons"
"$vpython" packaging/make-icons.py "$build_dir/icons"

say "running PyInstaller"
BRIEFER_ICONS_DIR="$build_dir/icons" BRIEFER_BUILD_DIR="$build_dir" \
  "$vpython" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist_dir" --workpath "$build_dir/pyinstaller" packaging/briefer.spec

bundle="$dist_dir/briefer"
exe="$bundle/briefer"
[ -x "$exe" ] || exe="$bundle/briefer.exe"
"$exe" --version >/dev/null || { say "the bundle does not start: $exe --version failed"; exit 1; }
size=$(du -sh "$bundle" | cut -f1)
say "done in $(($(seconds) - started)) s: $bundle ($size)"
if [ -d "$dist_dir/Briefer.app" ]; then
  say "macOS app: $dist_dir/Briefer.app ($(du -sh "$dist_dir/Briefer.app" | cut -f1))"
fi
printf '%s\n' "$bundle"

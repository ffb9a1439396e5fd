#!/usr/bin/env bash
# Set up everything Briefer needs on this machine, then run the app or the whole test suite.
#   bash scripts/dev.sh run [ARGS...]   install, then start Briefer (the desktop app, or a command)
#   bash scripts/dev.sh test [PYTEST ARGS...]   install, then lint and run every test
# System packages come from apt-get on Debian/Ubuntu (as root, or through sudo when interactive).
# The Python environment lives in .venv beside this repository.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}
shift || true

RUN_PACKAGES=(python3 python3-venv python3-pip fonts-liberation2 libgl1 libegl1 libxkbcommon0
  libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1
  libxkbcommon-x11-0)
TEST_PACKAGES=(poppler-utils libreoffice-writer-nogui xvfb xauth desktop-file-utils appstream binutils shared-mime-info fonts-wqy-microhei fonts-noto-color-emoji fonts-crosextra-carlito)

say() { printf 'briefer setup: %s\n' "$*" >&2; }

install_system_packages() {
  local wanted=("$@") missing=()
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian-like system: make sure these are installed: ${wanted[*]}"
    return 0
  fi
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && [ -t 0 ]; then
      sudo=(sudo)
    else
      say "missing system packages: ${missing[*]}"
      say "install them as root: apt-get install ${missing[*]}"
      exit 1
    fi
  fi
  say "installing system packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

python_env() {
  local extra=$1 stamp=.venv/.briefer-installed-$1
  local python=${PYTHON:-python3}
  if [ ! -x .venv/bin/python ]; then
    "$python" -c 'import sys; assert sys.version_info >= (3, 11), sys.version' 2>/dev/null || {
      say "Python 3.11 or newer is needed (found: $("$python" --version 2>&1))"; exit 1; }
    say "creating the Python environment in .venv"
    "$python" -m venv .venv
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "installing Briefer and its dependencies into .venv"
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extra:+[$extra]}"
    touch "$stamp"
  fi
}

case "$mode" in
  run)
    install_system_packages "${RUN_PACKAGES[@]}"
    python_env ""
    exec .venv/bin/briefer "$@"
    ;;
  test)
    install_system_packages "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    python_env test
    say "lint: ruff check and ruff format --check"
    .venv/bin/ruff check briefer tests benchmarks packaging scripts
    .venv/bin/ruff format --check briefer tests benchmarks packaging scripts
    say "tests: pytest"
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    say "usage: bash scripts/dev.sh run [ARGS...] | test [PYTEST ARGS...]"
    exit 2
    ;;
esac

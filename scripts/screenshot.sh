#!/usr/bin/env bash
# Take docs/screenshot.png: the desktop app as a real X11 window (Qt's xcb platform) under Xvfb,
# on a real brief written by `briefer new`, once its live preview has been drawn.
#   bash scripts/screenshot.sh [WIDTHxHEIGHT] [OUT.png] [TAB]
#   (default: 1366x768 docs/screenshot.png 1; TAB 0 = Meeting, 1 = Talking points, 2 = Sender)
# scripts/guide-images.sh uses it to refresh every picture in docs/.
# Needs xvfb-run (package xvfb, xauth) and the xcb libraries listed in scripts/dev.sh.
# PYTHON picks the interpreter (default: .venv/bin/python, else python3).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1366x768}
out=${2:-docs/screenshot.png}
tab=${3:-1}
python=${PYTHON:-}
if [ -z "$python" ]; then
  if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
command -v xvfb-run >/dev/null || { echo "screenshot: xvfb-run is needed (apt-get install xvfb xauth)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Nothing of the user's own: settings, recovery files and logs go to the scratch folder.
export BRIEFER_DATA_DIR="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=xcb
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
"$python" -m briefer new -o "$work/brief.yaml" >/dev/null
mkdir -p "$(dirname "$out")"

xvfb-run -a -s "-screen 0 ${size}x24" "$python" - "$work/brief.yaml" "$out" "$tab" <<'PY'
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from briefer.gui.app import configure
from briefer.gui.main.window import MainWindow

brief, out, tab = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
app = QApplication(sys.argv[:1])
configure(app)
if QGuiApplication.platformName() != "xcb":
    sys.exit(f"screenshot: expected the xcb platform, got {QGuiApplication.platformName()}")
window = MainWindow()
window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())  # no window manager
window.show()
if not window.files.load(brief):
    sys.exit("screenshot: the brief did not open")
window.show_tab(tab)
window.points.tree.setCurrentItem(window.points.item("myth-pushes-to-russia"))


def shoot() -> None:
    if not window.isVisible() or window.windowHandle() is None or not window.winId():
        sys.exit("screenshot: the window is not a real X11 window")
    window.grab().save(str(out))
    size = window.size()
    print(f"screenshot: {out} ({size.width()}x{size.height()}, platform xcb)")
    window.shutdown()
    app.quit()


def ready(outcome) -> None:
    if outcome.brief == window.document.brief and outcome.fits:  # the opened brief, drawn
        window.preview.preview_ready.disconnect(ready)
        QTimer.singleShot(800, shoot)  # QPdfView draws the page on its own threads


window.preview.preview_ready.connect(ready)
QTimer.singleShot(20_000, lambda: sys.exit("screenshot: no preview after 20 s"))
sys.exit(app.exec())
PY

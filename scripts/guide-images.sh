#!/usr/bin/env bash
# Refresh every picture in docs/: the main window (README), the Meeting tab, a Myth | Fact page
# on A4, and a lobby day's schedule. Needs what scripts/screenshot.sh needs, plus pdftoppm
# (poppler-utils) and the congress-legislators files (default: ../shared/data/congress-legislators).
#   bash scripts/guide-images.sh [PATH-TO-congress-legislators]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/congress-legislators}
python=${PYTHON:-}
if [ -z "$python" ]; then
  if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
command -v pdftoppm >/dev/null || { echo "guide-images: pdftoppm is needed (poppler-utils)" >&2; exit 1; }
[ -d "$data" ] || { echo "guide-images: no congress-legislators folder at $data" >&2; exit 1; }

bash scripts/screenshot.sh 1366x768 docs/screenshot.png 1
bash scripts/screenshot.sh 1366x768 docs/images/guide-meeting-tab.png 0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export BRIEFER_DATA_DIR="$work/data" PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
briefer() { "$python" -m briefer "$@"; }
briefer new -o "$work/brief.yaml" >/dev/null
briefer build "$work/brief.yaml" -o "$work/myth-fact.pdf" --template myth-fact --paper a4 >/dev/null
pdftoppm -png -r 70 -singlefile "$work/myth-fact.pdf" docs/images/guide-myth-fact-a4

briefer legislators import "$data" >/dev/null
cat > "$work/meetings.csv" <<'CSV'
legislator,date,time,location,staffer,attendees,notes
S001181,2026-12-03,10:30,,Jesús García,Anna Kowalska (03301); Ihar Bely (03060),Bring the letter
Chris Pappas,2026-12-03,11:10,,,Anna Kowalska (03301),
Elizabeth Warren,2026-12-03,14:00,,,Ihar Bely,
Jeane Shaheen,2026-12-04,9:00,,,,
Mike Rogers,2026-12-04,10:00,Rayburn 2216,,,
CSV
# the base brief chooses no points, so each meeting gets those suggested for its member
"$python" -c 'import sys; from pathlib import Path; from briefer.page.brief import load_brief, save_brief
b = load_brief(Path(sys.argv[1])); save_brief(b.model_copy(update={"blocks": []}), Path(sys.argv[2]))' \
  "$work/brief.yaml" "$work/base.yaml"
briefer batch "$work/meetings.csv" -o "$work/packs" --base "$work/base.yaml" >/dev/null 2>&1
pdftoppm -png -r 70 -singlefile "$work/packs/index.pdf" docs/images/guide-lobby-day-schedule
"$python" scripts/meetings-image.py docs/images/guide-meetings.png >/dev/null
echo "guide-images: refreshed docs/screenshot.png and docs/images/*.png"

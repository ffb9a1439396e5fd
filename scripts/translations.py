"""Collect the app's texts into translations/*.ts and compile them to .qm (Qt's own tools).

Run after changing a text the app shows, then translate what is new in each .ts (Qt Linguist:
`pyside6-linguist translations/briefer_de.ts`, or any editor) and run it again to compile:

    .venv/bin/python scripts/translations.py           # update the .ts, compile the .qm
    .venv/bin/python scripts/translations.py --check   # exit 1 if a .qm is not its .ts compiled

The core's messages the app shows (no Qt there) are marked in the modules that
briefer.support.messages.MARKED lists; lupdate reads them too and puts them in the context "core".

English has a .ts of its own holding only the plural forms ("%n point(s)": "1 point", "5 points").
Locations are left out of the .ts so that moving code does not change them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "translations"
LANGUAGES = ("en", "be", "de", "pl", "ru", "uk")  # as briefer.gui.common.i18n.LANGUAGES


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def sources() -> list[str]:
    """The app's modules and the core's modules whose messages are marked."""
    sys.path.insert(0, str(REPO))
    from briefer.support.messages import MARKED

    gui = sorted(str(p.relative_to(REPO)) for p in (REPO / "briefer" / "gui").rglob("*.py"))
    return gui + list(MARKED)


def update() -> None:
    for language in LANGUAGES:
        ts = FOLDER / f"briefer_{language}.ts"
        extra = ["-pluralonly"] if language == "en" else []
        command = [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *extra]
        command += [*sources(), "-target-language", language, "-ts", str(ts.relative_to(REPO))]
        subprocess.run(command, cwd=REPO, check=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def check() -> int:
    stale = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            ts, qm = FOLDER / f"briefer_{language}.ts", FOLDER / f"briefer_{language}.qm"
            fresh = Path(scratch) / qm.name
            release(ts, fresh)
            if not qm.is_file() or qm.read_bytes() != fresh.read_bytes():
                stale.append(qm.name)
    for name in stale:
        print(f"translations/{name}: not its .ts compiled; run scripts/translations.py")
    return 1 if stale else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the .qm files")
    if parser.parse_args().check:
        return check()
    update()
    for language in LANGUAGES:
        release(FOLDER / f"briefer_{language}.ts", FOLDER / f"briefer_{language}.qm")
    return check()


if __name__ == "__main__":
    sys.exit(main())

"""Finding an installed font family on this computer: where fonts live, which files hold a
family's faces, and the families Briefer could use when a template names one that is missing.

Nothing here runs for the default family. A template that names another one (``font: Carlito``)
has its faces looked for in ``BRIEFER_FONT_DIR`` and through fontconfig first, by file name where
there is no fontconfig (Windows, macOS), and only when a face is still missing in every font
folder; each file's name table is read once per process (:mod:`briefer.layout.sfnt`). What
Briefer then accepts of a family, and the names it gets in the PDF, is :mod:`briefer.layout.fonts`'.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.support.resources import data_root

if TYPE_CHECKING:  # font files are read only when a template names another family
    from briefer.layout.sfnt import FaceInfo

FACES = ("regular", "bold", "italic", "bolditalic")


def normal(name: str) -> str:
    """A family name as compared: case and runs of spaces do not count."""
    return " ".join(name.split()).casefold()


def font_dirs() -> list[Path]:
    """Where fonts are looked for: BRIEFER_FONT_DIR, the bundle, the system's and the user's."""
    home = Path.home()
    dirs = []
    if os.environ.get("BRIEFER_FONT_DIR"):
        dirs.append(Path(os.environ["BRIEFER_FONT_DIR"]))
    dirs.append(data_root() / "fonts")  # a desktop bundle carries them here
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft/Windows/Fonts")
    elif sys.platform == "darwin":
        dirs += [home / "Library/Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
        dirs.append(Path("/System/Library/Fonts/Supplemental"))
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local/share")
    dirs += [data_home / "fonts", home / ".fonts", Path("/usr/local/share/fonts")]
    dirs += [Path("/usr/share/fonts"), Path("/opt/homebrew/share/fonts")]
    return dirs


def matching(name: str, paths: Iterable[Path]) -> list[FaceInfo]:
    """The faces of the family: by style-linking family name, else by typographic family."""
    key = normal(name)
    faces = [info for path in paths for info in faces_of(path)]
    by_family = [f for f in faces if normal(f.family) == key]
    return by_family or [f for f in faces if normal(f.typographic_family) == key]


def choose(faces: list[FaceInfo]) -> dict[str, FaceInfo]:
    """Each of the four faces: the one nearest the normal width and the face's weight (400 or
    700); faces found first (BRIEFER_FONT_DIR, then fontconfig) win ties."""
    chosen: dict[str, FaceInfo] = {}
    for face in FACES:
        bold, italic = face.startswith("bold"), face.endswith("italic")
        target = 700 if bold else 400
        fitting = [
            (abs(f.width - 5), abs(f.weight - target), order, f)
            for order, f in enumerate(faces)
            if f.bold == bold and f.italic == italic
        ]
        if fitting:
            chosen[face] = min(fitting, key=lambda t: t[:3])[3]
    return chosen


def suggest(name: str) -> str:
    """The message's end: which installed families Briefer could use ("did you mean …")."""
    import difflib

    usable = sorted(
        {
            info.family
            for path in all_paths()
            for info in faces_of(path)
            if info.is_ofl and info.outlines == "truetype" and not info.collection
        },
        key=str.casefold,
    )
    if not usable:
        return "; no font under the SIL Open Font License is installed but Liberation Sans"
    close = difflib.get_close_matches(name, usable, n=3, cutoff=0.5)
    close += difflib.get_close_matches(normal(name), [normal(u) for u in usable], n=3, cutoff=0.5)
    close = [u for u in usable if u in close or normal(u) in close]
    if close:
        return f" (did you mean {' or '.join(repr(c) for c in close[:3])}?)"
    shown = ", ".join(usable[:6]) + (", …" if len(usable) > 6 else "")
    return f"; installed families Briefer can use: {shown}"


_SEEN: dict[Path, tuple[tuple[int, int], list[FaceInfo]]] = {}  # file -> (mtime, size), faces


def faces_of(path: Path) -> list[FaceInfo]:
    """A font file's faces, read once per process while the file stays the same; none for a
    file that is not a font."""
    from briefer.layout.sfnt import NotAFont, read_faces

    try:
        stat = path.stat()
    except OSError:
        return []
    mark = (stat.st_mtime_ns, stat.st_size)
    known = _SEEN.get(path)
    if known is not None and known[0] == mark:
        return known[1]
    try:
        faces = read_faces(path)
    except (OSError, NotAFont, ValueError, UnicodeError):
        faces = []
    _SEEN[path] = (mark, faces)
    return faces


def walk(folder: Path) -> Iterator[Path]:
    from briefer.layout.sfnt import FONT_SUFFIXES

    for root, _dirs, names in os.walk(folder):
        for file_name in sorted(names):
            if file_name.lower().endswith(FONT_SUFFIXES):
                yield Path(root, file_name)


def fontconfig(name: str | None) -> list[Path]:
    """The files fontconfig knows, of one family (or all); none where it is not installed."""
    import shutil
    import subprocess

    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    pattern = ":family=" + re.sub(r"([-:,=\\])", r"\\\1", name) if name else ":"
    try:
        done = subprocess.run(
            [fc_list, "--format=%{file}\n", pattern],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return [Path(line) for line in sorted(set(done.stdout.splitlines())) if line.strip()]


def quick_paths(name: str) -> list[Path]:
    """Where a family is likely: BRIEFER_FONT_DIR's files and what fontconfig says it has, or
    (without fontconfig: Windows, macOS) the font files named like it ("Carlito-Bold.ttf")."""
    paths: list[Path] = []
    if os.environ.get("BRIEFER_FONT_DIR"):
        paths += walk(Path(os.environ["BRIEFER_FONT_DIR"]))
    known = fontconfig(name)
    if known:
        return paths + known
    letters = re.sub(r"[^a-z0-9]", "", name.casefold())
    for folder in font_dirs():
        for path in walk(folder):
            if re.sub(r"[^a-z0-9]", "", path.name.casefold()).startswith(letters[:8]):
                paths.append(path)
    return paths


def all_paths() -> list[Path]:
    """Every font file in the font folders and fontconfig's, each once, in that order."""
    seen: dict[Path, None] = {}
    for folder in font_dirs():
        for path in walk(folder):
            seen.setdefault(path, None)
    for path in fontconfig(None):
        seen.setdefault(path, None)
    return list(seen)

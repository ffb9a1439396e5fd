"""The page's typeface: Liberation Sans (Arial's metrics), unless a template names another.

Why this default: its glyph widths match Arial's exactly, so a page fitted with its metrics breaks
the same lines in the PDF (which embeds Liberation Sans), in LibreOffice (which stands it in for
Arial) and in Microsoft Word (which has Arial). It covers Latin Extended, Greek and Cyrillic, and is
free under the SIL Open Font License. It comes from the operating system (Debian/Ubuntu:
``fonts-liberation2``; Fedora: ``liberation-sans-fonts``) or, on Windows and macOS, Arial itself.
``BRIEFER_FONT_DIR`` may point at a folder holding the four LiberationSans-*.ttf files.

A template may name another family (``font: Carlito``): any installed family under the SIL Open
Font License with TrueType outlines and a regular and a bold face (italics fall back to them),
found through fontconfig and the usual font folders only when such a family is asked for (the
default never looks). Each family's faces get PDF names of their own (:func:`pdf_names`) and are
registered with reportlab as a page uses them; the DOCX embeds them (render/docx_fonts.py). See
:func:`family` and docs/templates.md.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.errors import BrieferError
from briefer.resources import data_root

if TYPE_CHECKING:  # font files are read only when a template names another family
    from briefer.sfnt import FaceInfo

FAMILY = "Liberation Sans"
DOCX_FONT = "Arial"  # what the DOCX names: the same metrics, and every Word has it
PDF_NAMES = {
    "regular": "Briefer",
    "bold": "Briefer-Bold",
    "italic": "Briefer-Italic",
    "bolditalic": "Briefer-BoldItalic",
}
_LIBERATION = {
    "regular": "LiberationSans-Regular.ttf",
    "bold": "LiberationSans-Bold.ttf",
    "italic": "LiberationSans-Italic.ttf",
    "bolditalic": "LiberationSans-BoldItalic.ttf",
}
_ARIAL = {
    "regular": ("arial.ttf", "Arial.ttf"),
    "bold": ("arialbd.ttf", "Arial Bold.ttf"),
    "italic": ("ariali.ttf", "Arial Italic.ttf"),
    "bolditalic": ("arialbi.ttf", "Arial Bold Italic.ttf"),
}


@dataclass(frozen=True)
class FontFiles:
    regular: Path
    bold: Path
    italic: Path
    bolditalic: Path

    def faces(self) -> dict[str, Path]:
        return {
            "regular": self.regular,
            "bold": self.bold,
            "italic": self.italic,
            "bolditalic": self.bolditalic,
        }


def _liberation_dirs() -> list[Path]:
    dirs = []
    if os.environ.get("BRIEFER_FONT_DIR"):
        dirs.append(Path(os.environ["BRIEFER_FONT_DIR"]))
    dirs.append(data_root() / "fonts")  # a desktop bundle carries them here
    home = Path.home()
    for base in (
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/opt/homebrew/share/fonts"),
    ):
        dirs += [
            base / "truetype/liberation2",
            base / "truetype/liberation",
            base / "liberation-sans",
            base / "liberation-sans-fonts",
            base / "liberation",
            base / "TTF",
            base,
        ]
    return dirs


def _arial_dirs() -> list[Path]:
    if sys.platform == "win32":
        return [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts")]
    return []


def _find_set(dirs: list[Path], names: dict[str, tuple[str, ...]]) -> FontFiles | None:
    for folder in dirs:
        found = {}
        for face, candidates in names.items():
            for name in candidates:
                if (folder / name).is_file():
                    found[face] = folder / name
                    break
        if len(found) == 4:
            return FontFiles(**found)
    return None


@cache
def font_files() -> FontFiles:
    """The four faces, or a BrieferError that says how to install them."""
    liberation = {face: (name,) for face, name in _LIBERATION.items()}
    found = _find_set(_liberation_dirs(), liberation) or _find_set(_arial_dirs(), _ARIAL)
    if found is None:
        raise BrieferError(
            "the Liberation Sans font is not installed. Install it (Debian/Ubuntu: "
            "'apt install fonts-liberation2'; Fedora: 'dnf install liberation-sans-fonts') "
            "or set BRIEFER_FONT_DIR to a folder holding LiberationSans-*.ttf"
        )
    return found


_REGISTERING = threading.Lock()
_REGISTERED: set[str] = set()  # the PDF names of the faces registered with reportlab
# PDF name -> (family, face) of every name handed out: the default family's, then others'
_FACE_OF: dict[str, tuple[str, str]] = {name: (FAMILY, face) for face, name in PDF_NAMES.items()}


def register_pdf_fonts() -> str:
    """Register every face with reportlab; returns the family name to use in styles."""
    register_pdf_faces(PDF_NAMES.values())
    return PDF_NAMES["regular"]


def register_pdf_faces(names: Iterable[str]) -> None:
    """Register the faces with these PDF names (of any family, see :func:`pdf_names`), each once:
    a page reads only the font files it uses. Safe from several threads: the first registers, the
    others wait for it."""
    missing = [name for name in names if name not in _REGISTERED]
    if not missing:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    with _REGISTERING:
        families = set()
        for name in missing:
            if name in _REGISTERED:
                continue
            family_name, face = _FACE_OF[name]
            path = (font_files().faces() if family_name == FAMILY else family(family_name).files)[
                face
            ]
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except TTFError as exc:
                raise BrieferError(f"cannot use this font file: {exc}", file=path) from None
            _REGISTERED.add(name)
            families.add(family_name)
        # After registering: reportlab maps a TrueType face's own bold and italic to itself.
        # The family's bold and italic, for <b> and <i> in paragraphs:
        for family_name in families:
            faces = pdf_names(family_name)
            regular = faces["regular"]
            addMapping(regular, 0, 0, faces["regular"])
            addMapping(regular, 1, 0, faces["bold"])
            addMapping(regular, 0, 1, faces["italic"])
            addMapping(regular, 1, 1, faces["bolditalic"])


# -- other families ------------------------------------------------------------------------------

FACES = ("regular", "bold", "italic", "bolditalic")
_FALLBACK = {
    "italic": "regular",
    "bolditalic": "bold",
}  # a face a family may lack, and its stand-in


class FontProblem(ValueError):
    """A family a template names that Briefer cannot use; the message says why, in one line."""


@dataclass(frozen=True)
class Family:
    """An installed family Briefer may embed: its faces' files and the PDF names they get."""

    name: str  # as its font files spell it
    files: dict[str, Path]  # face -> file; a face it lacks has its stand-in's file
    infos: dict[str, FaceInfo]  # the faces it has (no stand-ins)
    pdf: dict[str, str]  # face -> the PDF name registered with reportlab

    def has(self, face: str) -> bool:
        return face in self.infos


def normal(name: str) -> str:
    """A family name as compared: case and runs of spaces do not count."""
    return " ".join(name.split()).casefold()


def is_default(name: str) -> bool:
    return normal(name) == normal(FAMILY)


def pdf_names(name: str) -> dict[str, str]:
    """The PDF names of a family's four faces (a missing italic is its upright face)."""
    if name == FAMILY or is_default(name):
        return PDF_NAMES
    return family(name).pdf


_FAMILIES: dict[str, Family] = {}  # normal name -> the family found (problems are not kept)
_PREFIXES: dict[str, str] = {}  # PDF name prefix -> the normal name of the family that has it
_NAMING = threading.Lock()  # for _PREFIXES and _FACE_OF


def family(name: str) -> Family:
    """The installed family ``name`` (not the default), found once per process; raises
    :class:`FontProblem` if it is not installed, not under the OFL or cannot be embedded."""
    key = normal(name)
    found = _FAMILIES.get(key)
    if found is None:
        found = _resolve(name)
        _FAMILIES.setdefault(key, found)
        found = _FAMILIES[key]
    return found


def check_family(name: str) -> str:
    """The family's name as its files spell it ("carlito" -> "Carlito"); a FontProblem if
    Briefer cannot use it. The default family is answered without looking at any file."""
    return FAMILY if is_default(name) else family(name).name


def _pdf_prefix(name: str) -> str:
    with _NAMING:
        base = "BrieferF-" + (re.sub(r"[^A-Za-z0-9]", "", name) or "Font")
        prefix, n = base, 1
        while _PREFIXES.setdefault(prefix, normal(name)) != normal(name):
            n += 1
            prefix = f"{base}{n}"
        return prefix


def _resolve(name: str) -> Family:
    faces = _matching(name, _quick_paths(name))
    if len(_choose(faces)) < len(FACES):  # a face may be elsewhere (or missing): look everywhere
        faces = _matching(name, _all_paths()) or faces
    if not faces:
        raise FontProblem(f"the font family '{name}' is not installed{_suggest(name)}")
    chosen = _choose(faces)
    label = chosen["regular"].family if "regular" in chosen else faces[0].family
    for face, info in chosen.items():
        where = info.path.name
        if not info.is_ofl:
            raise FontProblem(
                f"'{label}' is not under the SIL Open Font License ({where} names "
                f"{info.licence_summary}); Briefer embeds the font in the PDF and the DOCX, so it "
                "uses OFL fonts only"
            )
        if info.outlines != "truetype":
            kind = "PostScript (CFF) outlines" if info.outlines == "cff" else "no TrueType outlines"
            raise FontProblem(
                f"'{label}' {face} ({where}) has {kind}, which Briefer cannot embed in a PDF; "
                "install the family's TrueType (.ttf) files"
            )
        if info.collection:
            raise FontProblem(
                f"'{label}' {face} is in a font collection ({where}), which Briefer cannot embed "
                "in a DOCX; install the family's separate .ttf files"
            )
        if info.embedding & 0x000F == 0x0002:
            raise FontProblem(f"'{label}' {face} ({where}) does not allow embedding (its fsType)")
    if "regular" not in chosen or "bold" not in chosen:
        lacking = "regular" if "regular" not in chosen else "bold"
        raise FontProblem(
            f"'{label}' has no {lacking} face installed; Briefer needs a family's regular and "
            "bold faces (italics may be missing)"
        )
    files = {face: chosen[face if face in chosen else _FALLBACK[face]].path for face in FACES}
    prefix = _pdf_prefix(label)
    own = {"regular": prefix, "bold": f"{prefix}-Bold", "italic": f"{prefix}-Italic"}
    own["bolditalic"] = f"{prefix}-BoldItalic"
    pdf = {face: own[face if face in chosen else _FALLBACK[face]] for face in FACES}
    with _NAMING:
        for face in chosen:
            _FACE_OF[own[face]] = (label, face)
    return Family(label, files, chosen, pdf)


def _matching(name: str, paths: Iterable[Path]) -> list[FaceInfo]:
    """The faces of the family: by style-linking family name, else by typographic family."""
    key = normal(name)
    faces = [info for path in paths for info in _faces_of(path)]
    by_family = [f for f in faces if normal(f.family) == key]
    return by_family or [f for f in faces if normal(f.typographic_family) == key]


def _choose(faces: list[FaceInfo]) -> dict[str, FaceInfo]:
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


def _suggest(name: str) -> str:
    """The message's end: which installed families Briefer could use ("did you mean …")."""
    import difflib

    usable = sorted(
        {
            info.family
            for path in _all_paths()
            for info in _faces_of(path)
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


def _faces_of(path: Path) -> list[FaceInfo]:
    """A font file's faces, read once per process while the file stays the same; none for a
    file that is not a font."""
    from briefer.sfnt import NotAFont, read_faces

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


def font_dirs() -> list[Path]:
    """Where fonts are looked for: BRIEFER_FONT_DIR, the bundle, the system's and the user's."""
    home = Path.home()
    dirs = []
    if os.environ.get("BRIEFER_FONT_DIR"):
        dirs.append(Path(os.environ["BRIEFER_FONT_DIR"]))
    dirs.append(data_root() / "fonts")
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if os.environ.get("LOCALAPPDATA"):
            dirs.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft/Windows/Fonts")
    elif sys.platform == "darwin":
        dirs += [home / "Library/Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local/share")
    dirs += [data_home / "fonts", home / ".fonts", Path("/usr/local/share/fonts")]
    dirs += [Path("/usr/share/fonts"), Path("/opt/homebrew/share/fonts")]
    return dirs


def _walk(folder: Path) -> Iterator[Path]:
    from briefer.sfnt import FONT_SUFFIXES

    for root, _dirs, names in os.walk(folder):
        for file_name in sorted(names):
            if file_name.lower().endswith(FONT_SUFFIXES):
                yield Path(root, file_name)


def _fontconfig(name: str | None) -> list[Path]:
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


def _quick_paths(name: str) -> list[Path]:
    """Where a family is likely: BRIEFER_FONT_DIR's files and what fontconfig says it has, or
    (without fontconfig: Windows, macOS) the font files named like it ("Carlito-Bold.ttf")."""
    paths: list[Path] = []
    if os.environ.get("BRIEFER_FONT_DIR"):
        paths += _walk(Path(os.environ["BRIEFER_FONT_DIR"]))
    known = _fontconfig(name)
    if known:
        return paths + known
    letters = re.sub(r"[^a-z0-9]", "", name.casefold())
    for folder in font_dirs():
        for path in _walk(folder):
            if re.sub(r"[^a-z0-9]", "", path.name.casefold()).startswith(letters[:8]):
                paths.append(path)
    return paths


def _all_paths() -> list[Path]:
    """Every font file in the font folders and fontconfig's, each once, in that order."""
    seen: dict[Path, None] = {}
    for folder in font_dirs():
        for path in _walk(folder):
            seen.setdefault(path, None)
    for path in _fontconfig(None):
        seen.setdefault(path, None)
    return list(seen)


def face_data(name: str, face: str) -> bytes:
    """The bytes of a (non-default) family's font file for one face, for embedding."""
    path = family(name).files[face]
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BrieferError(f"cannot read the font file: {exc.strerror}", file=path) from None

"""The page's typeface: Liberation Sans (Arial's metrics), unless a template names another.

Why this default: its glyph widths match Arial's exactly, so a page fitted with its metrics breaks
the same lines in the PDF (which embeds Liberation Sans), in LibreOffice (which stands it in for
Arial) and in Microsoft Word (which has Arial). It covers Latin Extended, Greek and Cyrillic, and is
free under the SIL Open Font License. It comes from the operating system (Debian/Ubuntu:
``fonts-liberation2``; Fedora: ``liberation-sans-fonts``) or, on Windows and macOS, Arial itself.
``BRIEFER_FONT_DIR`` may point at a folder holding the four LiberationSans-*.ttf files.

A template may name another family (``font: Carlito``): any installed family under the SIL Open
Font License with TrueType outlines and a regular and a bold face (italics fall back to them),
found (:mod:`briefer.layout.font_search`) only when such a family is asked for: the default never
looks. Each family's faces get PDF names of their own (:func:`pdf_names`) and are
registered with reportlab as a page uses them; the DOCX embeds them (render/docx_fonts.py). See
:func:`family` and docs/templates.md.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefer.layout import font_search
from briefer.layout.font_search import FACES, font_dirs, normal
from briefer.support.errors import BrieferError

if TYPE_CHECKING:  # font files are read only when a template names another family
    from briefer.layout.sfnt import FaceInfo

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


# Where a system keeps Liberation Sans below a font folder (Debian's, Fedora's, Arch's …)
_LIBERATION_SUBDIRS = (
    "",
    "truetype/liberation2",
    "truetype/liberation",
    "liberation-sans",
    "liberation-sans-fonts",
    "liberation",
    "TTF",
)


def _default_dirs() -> list[Path]:
    return [folder / sub for folder in font_dirs() for sub in _LIBERATION_SUBDIRS]


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
    dirs = _default_dirs()
    found = _find_set(dirs, liberation) or _find_set(dirs, _ARIAL)
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
                font = TTFont(name, str(path))
            except TTFError as exc:
                raise BrieferError(f"cannot use this font file: {exc}", file=path) from None
            # reportlab's getAscentDescent reads these from the font and, for a TrueType font
            # that lacks them, from its face after an exception: ~1,000 times a page.
            if not hasattr(font, "ascent"):
                font.ascent, font.descent = font.face.ascent, font.face.descent
            pdfmetrics.registerFont(font)
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
    faces = font_search.matching(name, font_search.quick_paths(name))
    if len(font_search.choose(faces)) < len(FACES):  # a face elsewhere, or missing: look on
        faces = font_search.matching(name, font_search.all_paths()) or faces
    if not faces:
        raise FontProblem(f"the font family '{name}' is not installed{font_search.suggest(name)}")
    chosen = font_search.choose(faces)
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


def face_data(name: str, face: str) -> bytes:
    """The bytes of a (non-default) family's font file for one face, for embedding."""
    path = family(name).files[face]
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BrieferError(f"cannot read the font file: {exc.strerror}", file=path) from None

"""The one typeface Briefer uses: Liberation Sans, metric-compatible with Arial.

Why this font: its glyph widths match Arial's exactly, so a page fitted with its metrics breaks the
same lines in the PDF (which embeds Liberation Sans), in LibreOffice (which stands it in for Arial)
and in Microsoft Word (which has Arial). It covers Latin Extended, Greek and Cyrillic, and is free
under the SIL Open Font License. It comes from the operating system (Debian/Ubuntu:
``fonts-liberation2``; Fedora: ``liberation-sans-fonts``) or, on Windows and macOS, Arial itself.
``BRIEFER_FONT_DIR`` may point at a folder holding the four LiberationSans-*.ttf files.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefer.errors import BrieferError
from briefer.resources import data_root

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
_FACE_OF = {name: face for face, name in PDF_NAMES.items()}


def register_pdf_fonts() -> str:
    """Register every face with reportlab; returns the family name to use in styles."""
    register_pdf_faces(PDF_NAMES.values())
    return PDF_NAMES["regular"]


def register_pdf_faces(names: Iterable[str]) -> None:
    """Register the faces with these PDF names, each once: a page reads only the font files it
    uses. Safe from several threads: the first registers, the others wait for it."""
    missing = [name for name in names if name not in _REGISTERED]
    if not missing:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    with _REGISTERING:
        files = font_files().faces()
        for name in missing:
            if name in _REGISTERED:
                continue
            path = files[_FACE_OF[name]]
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except TTFError as exc:
                raise BrieferError(f"cannot use this font file: {exc}", file=path) from None
            _REGISTERED.add(name)
        # After registering: reportlab maps a TrueType face's own bold and italic to itself.
        # The family's bold and italic, for <b> and <i> in paragraphs:
        regular = PDF_NAMES["regular"]
        addMapping(regular, 0, 0, PDF_NAMES["regular"])
        addMapping(regular, 1, 0, PDF_NAMES["bold"])
        addMapping(regular, 0, 1, PDF_NAMES["italic"])
        addMapping(regular, 1, 1, PDF_NAMES["bolditalic"])

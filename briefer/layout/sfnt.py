"""What a font file says about itself: its family and style, its licence, its outlines.

Reads only the table directory and three small tables (``name``, ``OS/2``, ``head``) of a
TrueType or OpenType file (or of each face in a .ttc collection), with seeks: a few hundred
microseconds a file, so a folder of fonts can be indexed without loading any glyphs. The layout
is the OpenType specification's (https://learn.microsoft.com/typography/opentype/spec/).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
_TRUETYPE = (b"\x00\x01\x00\x00", b"true")
_OPENTYPE_CFF = b"OTTO"
_COLLECTION = b"ttcf"
_OFL = re.compile(
    r"open\s+font\s+licen[cs]e|\bOFL\b|scripts\.sil\.org/OFL|openfontlicense\.org", re.I
)
# Windows (platform 3, Unicode) English names first, then Macintosh Roman, then anything else
_ENGLISH = (0x409, 0)


class NotAFont(ValueError):
    """The file is not a TrueType or OpenType font (or is damaged)."""


@dataclass(frozen=True)
class FaceInfo:
    """One face of a font file, as its own tables describe it."""

    path: Path
    index: int  # the face's number in a .ttc collection; 0 in a single font file
    family: str  # the style-linking family (name ID 1): at most regular, bold, italic, bold italic
    subfamily: str  # name ID 2: "Regular", "Bold Italic"…
    typographic_family: str  # name ID 16 where given (families of many weights), else family
    licence: str  # name ID 13: the licence description
    licence_url: str  # name ID 14
    outlines: str  # "truetype" (glyf, what reportlab embeds), "cff" or "unknown"
    collection: bool
    bold: bool
    italic: bool
    weight: int  # OS/2 usWeightClass (400 regular, 700 bold)
    width: int  # OS/2 usWidthClass (5 normal)
    embedding: int  # OS/2 fsType (0: installable; bit 1: restricted, no embedding)
    panose: bytes  # the 10 PANOSE bytes of OS/2

    @property
    def is_ofl(self) -> bool:
        """Whether its licence fields name the SIL Open Font License."""
        return bool(_OFL.search(self.licence) or _OFL.search(self.licence_url))

    @property
    def licence_summary(self) -> str:
        """A short name for its licence, for a message."""
        text = f"{self.licence} {self.licence_url}"
        for pattern, name in (
            (r"bitstream", "the Bitstream Vera licence"),
            (r"apache", "the Apache License"),
            (r"ubuntu font", "the Ubuntu Font Licence"),
            (r"\bGPL\b|general public licen", "the GNU GPL"),
            (r"public domain", "public domain"),
        ):
            if re.search(pattern, text, re.I):
                return name
        shown = (self.licence or self.licence_url).strip()
        if not shown:
            return "no licence named in the font file"
        return f"“{shown[:70]}…”" if len(shown) > 70 else f"“{shown}”"


def _read(file: BinaryIO, offset: int, size: int) -> bytes:
    file.seek(offset)
    data = file.read(size)
    if len(data) != size:
        raise NotAFont("the file ends early")
    return data


def _tables(file: BinaryIO, offset: int) -> tuple[bytes, dict[bytes, tuple[int, int]]]:
    tag, count = struct.unpack(">4sH", _read(file, offset, 6))
    if tag not in _TRUETYPE and tag != _OPENTYPE_CFF:
        raise NotAFont("not a TrueType or OpenType font")
    records = _read(file, offset + 12, 16 * count)
    tables = {}
    for i in range(count):
        name, _checksum, start, length = struct.unpack(">4sIII", records[16 * i : 16 * i + 16])
        tables[name] = (start, length)
    return tag, tables


def _names(data: bytes) -> dict[int, str]:
    """The English (else any readable) string of each name ID."""
    if len(data) < 6:
        return {}
    _format, count, strings = struct.unpack(">HHH", data[:6])
    ranked: dict[int, tuple[int, str]] = {}
    for i in range(count):
        record = data[6 + 12 * i : 18 + 12 * i]
        if len(record) < 12:
            break
        platform, encoding, language, name_id, length, start = struct.unpack(">6H", record)
        raw = data[strings + start : strings + start + length]
        if platform in (0, 3) and encoding in (0, 1, 10):
            text, rank = raw.decode("utf-16-be", "replace"), 0 if language == _ENGLISH[0] else 2
        elif platform == 1 and encoding == 0:
            text, rank = raw.decode("mac_roman", "replace"), 1 if language == _ENGLISH[1] else 3
        else:
            continue
        if name_id not in ranked or rank < ranked[name_id][0]:
            ranked[name_id] = (rank, text.strip("\x00").strip())
    return {name_id: text for name_id, (_, text) in ranked.items()}


def _face(file: BinaryIO, path: Path, offset: int, index: int, collection: bool) -> FaceInfo:
    tag, tables = _tables(file, offset)
    if b"name" not in tables:
        raise NotAFont("the font has no name table")
    names = _names(_read(file, *tables[b"name"]))
    family = names.get(1, "")
    if not family:
        raise NotAFont("the font names no family")
    weight, width, embedding, selection, panose = 400, 5, 0, 0, b"\x00" * 10
    if b"OS/2" in tables and tables[b"OS/2"][1] >= 64:
        os2 = _read(file, tables[b"OS/2"][0], 64)
        weight, width, embedding = struct.unpack(">HHH", os2[4:10])
        panose, selection = os2[32:42], struct.unpack(">H", os2[62:64])[0]
    mac_style = 0
    if b"head" in tables and tables[b"head"][1] >= 46:
        mac_style = struct.unpack(">H", _read(file, tables[b"head"][0] + 44, 2))[0]
    subfamily = names.get(2, "Regular")
    if tag in _TRUETYPE and b"glyf" in tables:
        outlines = "truetype"
    elif b"CFF " in tables or b"CFF2" in tables:
        outlines = "cff"
    else:
        outlines = "unknown"
    return FaceInfo(
        path=path,
        index=index,
        family=family,
        subfamily=subfamily,
        typographic_family=names.get(16, family),
        licence=names.get(13, ""),
        licence_url=names.get(14, ""),
        outlines=outlines,
        collection=collection,
        bold=bool(selection & 0x20 or mac_style & 0x01),
        italic=bool(selection & 0x01 or mac_style & 0x02),
        weight=weight,
        width=width,
        embedding=embedding,
        panose=panose,
    )


def read_faces(path: Path) -> list[FaceInfo]:
    """The faces of a font file; raises NotAFont (or OSError) for one that is not a font."""
    with open(path, "rb") as file:
        head = _read(file, 0, 12)
        if head[:4] != _COLLECTION:
            return [_face(file, path, 0, 0, False)]
        count = struct.unpack(">I", head[8:12])[0]
        offsets = struct.unpack(f">{count}I", _read(file, 12, 4 * min(count, 64)))
        return [_face(file, path, start, i, True) for i, start in enumerate(offsets)]


__all__ = ["FONT_SUFFIXES", "FaceInfo", "NotAFont", "read_faces"]

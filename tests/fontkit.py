"""Font files for the font tests: the installed Carlito (which they require) and real fonts made
from it under another name, licence or outline format by rewriting its table directory."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

CARLITO_PACKAGE = "fonts-crosextra-carlito"


def carlito_files() -> dict[str, Path]:
    """Carlito's four faces from fontconfig; the test fails (never skips) without them."""
    fc_list = shutil.which("fc-list")
    assert fc_list, "fontconfig's fc-list is needed (Debian/Ubuntu: apt-get install fontconfig)"
    done = subprocess.run(
        [fc_list, "--format=%{style}\t%{file}\n", ":family=Carlito"],
        capture_output=True,
        text=True,
        check=True,
    )
    faces = {}
    for line in done.stdout.splitlines():
        style, path = line.split("\t")
        faces[style.split(",")[0].strip().lower().replace(" ", "")] = Path(path)
    if set(faces) < {"regular", "bold", "italic", "bolditalic"}:
        pytest.fail(f"the OFL font Carlito is not installed: apt-get install -y {CARLITO_PACKAGE}")
    return faces


def name_table(names: dict[int, str]) -> bytes:
    """A format-0 name table of Windows English names."""
    records, strings = b"", b""
    for name_id, text in sorted(names.items()):
        raw = text.encode("utf-16-be")
        records += struct.pack(">6H", 3, 1, 0x409, name_id, len(raw), len(strings))
        strings += raw
    return struct.pack(">HHH", 0, len(names), 6 + len(records)) + records + strings


def tables_of(data: bytes) -> tuple[bytes, dict[bytes, bytes]]:
    tag, count = struct.unpack(">4sH", data[:6])
    tables = {}
    for i in range(count):
        name, _sum, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
        tables[name] = data[offset : offset + length]
    return tag, tables


def sfnt(tag: bytes, tables: dict[bytes, bytes]) -> bytes:
    """A font file holding these tables (checksums left at zero: nothing here checks them)."""
    count = len(tables)
    power = 1 << (count.bit_length() - 1)
    head = struct.pack(
        ">4sHHHH", tag, count, power * 16, power.bit_length() - 1, (count - power) * 16
    )
    offset = 12 + 16 * count
    directory, body = b"", b""
    for name in sorted(tables):
        data = tables[name]
        directory += struct.pack(">4sIII", name, 0, offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    return head + directory + body


def renamed(
    source: Path,
    target: Path,
    family: str,
    style: str,
    licence: str = "Licensed under the SIL Open Font License, Version 1.1",
    url: str = "https://openfontlicense.org",
    cff: bool = False,
) -> Path:
    """``source`` (a TrueType font) as family ``family``: a real, working font unless ``cff``,
    which gives it an OpenType-CFF header and table in place of its TrueType outlines."""
    tag, tables = tables_of(source.read_bytes())
    post_script = (family + "-" + style).replace(" ", "")
    tables[b"name"] = name_table(
        {1: family, 2: style, 4: f"{family} {style}", 6: post_script, 13: licence, 14: url}
    )
    if cff:
        tag, tables[b"CFF "] = b"OTTO", tables.pop(b"glyf")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(sfnt(tag, tables))
    return target


def upright_family(carlito: dict[str, Path], folder: Path, family: str) -> Path:
    """A family of only a regular and a bold face (Carlito's, renamed) in ``folder``."""
    for face, style in (("regular", "Regular"), ("bold", "Bold")):
        renamed(carlito[face], folder / f"Upright-{style}.ttf", family, style)
    return folder

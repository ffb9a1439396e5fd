"""Pack texts for the pack tests: the bundled pack under a new id, and one point to spoil."""

from __future__ import annotations

from pathlib import Path

from briefer.support.resources import default_pack_path


def bundled_text() -> str:
    return default_pack_path().read_text(encoding="utf-8")


def our_pack(pack_id: str = "our-sanctions") -> str:
    """The bundled pack's text with another id (so it can be installed as the user's own)."""
    return bundled_text().replace("\nid: belarus-sanctions\n", f"\nid: {pack_id}\n", 1)


SMALL = """\
briefer-pack: 1
id: small-pack
title: A Small Pack
source: {title: Our notes, publisher: Our group, credit: Points by our group.}
blocks:
  - id: first
    kind: framing
    title: The first point
    short: Short words here.
    long: Longer words here, as many as the long text needs to say it well.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first line holding ``needle``."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)

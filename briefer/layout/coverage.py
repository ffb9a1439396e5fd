"""Whether a font can draw the letters a page language needs: a letter it lacks would print as
an empty box, so the pipeline refuses it in one line naming the field instead."""

from __future__ import annotations

import unicodedata
from functools import cache

from briefer.layout import fonts


@cache
def _drawn(family: str) -> frozenset[int]:
    """The code points the family's regular face has a glyph for."""
    from reportlab.pdfbase import pdfmetrics

    name = fonts.pdf_names(family)["regular"]
    fonts.register_pdf_faces([name])
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def undrawable(text: str, family: str) -> str:
    """The letters of ``text`` the family cannot draw, each once, in order ("" when none).
    Spaces and invisible format characters are not drawn, so they are not asked for."""
    drawn = _drawn(family)
    missing: list[str] = []
    for char in set(text):
        if ord(char) in drawn or char.isspace() or unicodedata.category(char) in ("Cf", "Cc"):
            continue
        missing.append(char)
    return "".join(sorted(missing, key=text.index))


def describe(chars: str) -> str:
    """ "'中' (U+4E2D)": the letters and their code points, for a message."""
    return ", ".join(f"'{c}' (U+{ord(c):04X})" for c in chars)

"""Characters a font lacks, drawn as a visible stand-in that reads as U+FFFD.

reportlab draws a character its TrueType font has no glyph for (a CJK word or an emoji in Liberation
Sans) as code 0, the font's .notdef, with no Unicode value: an empty box that a screen reader
cannot name and that PDF/UA forbids. Here such a character is drawn as U+FFFD (the replacement
character) instead, which the face is taught to draw with its own white square (□), or its
question mark when it has no square: the page still shows a box where the character would be, the
text reads as "a character that cannot be shown", and every code drawn has a real glyph and a
Unicode value. The fit measured the character at the .notdef's width, never narrower than the
stand-in, so no line grows. ASCII text, nearly all of a page, is passed through untouched.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

REPLACEMENT = 0xFFFD
_DRAWN_AS = (0x25A1, ord("?"))  # the glyph U+FFFD borrows: the first of these the face has


class _Shown(dict):
    """A ``str.translate`` table: a character the face has stays, any other becomes U+FFFD."""

    def __init__(self, face: ttfonts.TTFontFace) -> None:
        super().__init__()
        self.chars = face.charToGlyph
        if REPLACEMENT not in self.chars:
            for code in _DRAWN_AS:
                if code in self.chars:
                    face.charToGlyph[REPLACEMENT] = face.charToGlyph[code]
                    face.charWidths[REPLACEMENT] = face.charWidths.get(code, face.defaultWidth)
                    break

    def __missing__(self, code: int) -> int:
        shown = code if code in self.chars else REPLACEMENT
        self[code] = shown
        return shown


_plain_split = ttfonts.TTFont.splitString


def _split_string(self: ttfonts.TTFont, text: str | bytes, doc: object, encoding: str = "utf-8"):  # type: ignore[no-untyped-def]
    if isinstance(text, bytes):
        text = text.decode(encoding)
    if not text.isascii():
        table = self.__dict__.get("_briefer_shown")
        if table is None:
            table = self._briefer_shown = _Shown(self.face)
        text = text.translate(table)
    return _plain_split(self, text, doc, encoding)


def install() -> None:
    """Make every TrueType font in this process draw what it lacks as U+FFFD (idempotent)."""
    ttfonts.TTFont.splitString = _split_string  # type: ignore[method-assign]

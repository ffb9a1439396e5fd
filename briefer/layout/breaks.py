"""Long unbroken words and wide scripts: breaking them the way a word processor will.

reportlab breaks a word longer than the line anywhere; Word and LibreOffice break a URL after
``/`` and ``-``, and can leave most of a line empty doing so; they set CJK and emoji in fonts
whose glyphs are wider than the box reportlab measures for a glyph Liberation Sans lacks. So:

* the DOCX gets break points (zero-width spaces) inside every long word — after ``/``, ``-`` and
  similar, and every few characters — so that no unbreakable piece is longer than ``EVERY``;
  an email or web address is kept whole (a reader copies it), and so is a word of letters that
  fits a line (a German compound: :func:`is_word`);
* the fit and the PDF set such a paragraph that much narrower (a right indent as wide as the
  widest piece, plus the extra width wide glyphs may take), so the page the fit chose holds the
  paragraph however a word processor breaks it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

ZWSP = "\u200b"
LONG = 20  # a word longer than this gets break points
EVERY = 6  # at most this many characters between two break points
AFTER = frozenset("/-?&=_.:;,+#~|\\")
# ems: how much wider than reportlab's measure (0.75 em, Liberation Sans's empty box) a word
# processor may set a CJK glyph (1 em in a CJK font) or an emoji (up to 1.25 em)
WIDE_EXTRA, EMOJI_EXTRA = 0.25, 0.5
_LONG_WORD = re.compile(rf"[^\s{ZWSP}]{{{LONG + 1},}}")
_WIDE = re.compile(
    "[\u1100-\u115f\u2600-\u27bf\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uff60\uffe0-\uffe6\U0001f000-\U0001faff\U00020000-\U0003fffd]"
)


# An address (email, web) is kept whole: a break point in it would be copied out of the DOCX with
# the address (a zero-width space makes it another address), and one that fits on a line must
# not be split on the page: reportlab, Word and LibreOffice all move it whole to the next line,
# so it needs no allowance either. Only one wider than the line is broken, by every engine.
_ADDRESS = re.compile(
    r"[^\s@]+@[^\s@]+\.[^\s@]+"  # an email
    r"|(?:[a-z][a-z0-9+.-]*://|www\.)\S+"  # a web address with its scheme
    r"|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?"  # a bare domain, maybe a path
    r"|@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}",  # an email's domain, on a line of its own
    re.IGNORECASE,
)


def is_address(word: str) -> bool:
    """Whether ``word`` (trailing punctuation aside) is an email or web address."""
    return bool(_ADDRESS.fullmatch(word.rstrip(".,;:)")))


# A word of a language — letters only, as German compounds are ("Menschenrechtsverletzungen",
# 26 letters; "Amtsenthebungsversuch") — up to this long fits any line Briefer sets, and every
# engine moves it whole to the next line, as it does a short word: it gets no break points (in
# the DOCX, Word would break "Menschenrechtsve|rletzungen" at one) and needs no allowance.
WORD_LETTERS = 32
_NATURAL = re.compile(rf"[^\W\d_]{{1,{WORD_LETTERS}}}")


def is_word(word: str) -> bool:
    """Whether ``word`` (its punctuation aside) is a word of letters that fits a line whole."""
    return bool(_NATURAL.fullmatch(word.strip(".,;:!?()[]«»„“”‚‘’\"'\u00a0\u202f")))


def _breakable(word: str) -> bool:
    return not is_address(word) and not is_word(word)


def pieces(word: str) -> list[str]:
    """A long word cut where a word processor may break it, and every EVERY characters."""
    out, current = [], ""
    for char in word:
        current += char
        if char in AFTER or len(current) >= EVERY:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def with_break_points(text: str) -> str:
    """``text`` with a zero-width space at each break point of its long words."""
    if not _LONG_WORD.search(text):
        return text
    return _LONG_WORD.sub(
        lambda m: ZWSP.join(pieces(m.group(0))) if _breakable(m.group(0)) else m.group(0), text
    )


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F") or bool(_WIDE.match(char))


@lru_cache(maxsize=4096)
def allowance(text: str, font: str, size: float, width: float) -> float:
    """How much narrower to set ``text`` so a word processor's lines fit in the height measured:
    0 for ordinary text."""
    long_words = [
        word
        for word in _LONG_WORD.findall(text)
        if _breakable(word) or stringWidth(word, font, size) > width
    ]
    wide = sum(
        (EMOJI_EXTRA if ord(char) >= 0x1F000 else WIDE_EXTRA)
        for char in text
        if ord(char) >= 0x1100 and _is_wide(char)
    )
    if not long_words and not wide:
        return 0.0
    room = 0.0
    for word in long_words:
        room = max(room, *(stringWidth(piece, font, size) for piece in pieces(word)))
    if wide:
        lines = max(1, int(stringWidth(text, font, size) // max(width, 1)))
        room += wide * size / lines
    return round(min(room, width * 0.3), 2)  # a table cell keeps most of its width

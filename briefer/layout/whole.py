"""What must stay whole on a line: names, dates, times, rooms, phone numbers, addresses, and the
separators between the facts of a line.

* ``whole`` binds a phrase with no-break spaces, so neither reportlab nor a word processor breaks
  it (a no-break space is copied as a space-like character, never as a zero-width one);
* ``room`` binds a room number to its building ("2373 Rayburn");
* ``no_widow`` binds a title's last two words, so its last line is never a single word;
* ``set_separators`` breaks a line of facts joined by " · " so that the separator never starts
  or ends a line: where the next fact would not fit, the separator gives way to a line break.
  The line is broken the way reportlab breaks it (greedy, at spaces, nothing squeezed), with a
  little slack where a separator stays, so a word processor's slightly different widths do not
  push the fact after it onto the next line.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

SEP = " · "
NBSP = "\u00a0"
SLACK = 0.985  # a fact after a separator fits in this share of the line, or starts a new one
_ROOM = re.compile(r"(?<![\w.])(\d+[A-Za-z]?(?:-\d+)?)\s+(?=\w)")
_PHONE = re.compile(r"\+?\d[\d ()./-]{6,}\d")
ROOM_WHOLE = 24  # a location this short stays on one line ("Russell 506", "2373 Rayburn")


def whole(text: str) -> str:
    """``text`` with its spaces made no-break: a name, a date, a phone number."""
    return re.sub(r"[ \t]+", NBSP, text.strip())


def room(location: str) -> str:
    """A location with the room number bound to the word after it; whole when short."""
    location = location.strip()
    if len(location) <= ROOM_WHOLE:
        return whole(location)
    return _ROOM.sub(lambda m: m.group(1) + NBSP, location)


def phones(text: str) -> str:
    """Phone numbers in ``text`` bound whole."""
    return _PHONE.sub(lambda m: whole(m.group(0)), text)


WIDOW_WORDS = 4  # a title of this many words or more never leaves one word on its last line
WIDOW_PAIR = 26  # characters: the most the last two words may hold to be bound


def no_widow(text: str) -> str:
    """A title or heading whose last two words are bound, so its last line is never one word."""
    words = text.split(" ")
    if len(words) < WIDOW_WORDS or len(words[-2]) + len(words[-1]) + 1 > WIDOW_PAIR:
        return text
    return " ".join(words[:-2]) + " " + words[-2] + NBSP + words[-1]


def set_separators(text: str, font: str, size: float, width: float) -> str:
    """``text`` with a line break in place of each separator that would start or end a line.
    Idempotent: a line break already there stays, and the lines between are set again."""
    if SEP not in text:
        return text
    space = stringWidth(" ", font, size)
    sep = stringWidth(SEP, font, size)
    out: list[str] = []
    for line in text.split("\n"):
        x = 0.0
        pieces: list[str] = []
        for index, part in enumerate(line.split(SEP)):
            words = part.split(" ")
            widths = [stringWidth(word, font, size) for word in words]
            if index:
                if x + sep + widths[0] <= width * SLACK:
                    pieces.append(SEP)
                    x += sep + widths[0]
                else:
                    pieces.append("\n")
                    x = widths[0]
            else:
                x = widths[0]
            for word_width in widths[1:]:  # the rest of the fact, wrapped as reportlab wraps
                x = x + space + word_width if x + space + word_width <= width else word_width
            pieces.append(part)
        out.append("".join(pieces))
    return "\n".join(out)

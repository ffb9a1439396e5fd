"""The lobby-day schedule's cells: text wrapped to a column with the font's own measures."""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

SIZE, LEADING, PAD = 8.5, 10.5, 3  # the cells' type size, leading and side padding (points)
MAX_CELL_LINES = 12  # a cell of a CSV's stray text must not outgrow the page (a row cannot split)


def _capped(lines: list[str]) -> list[str]:
    if len(lines) > MAX_CELL_LINES:
        lines = [*lines[: MAX_CELL_LINES - 1], lines[MAX_CELL_LINES - 1].rstrip() + " …"]
    return lines


class Cells:
    """Wraps text to a column's width (or, with ``span``, every column's but the first) with the
    font's own measures."""

    def __init__(self, widths: list[float], regular: str) -> None:
        self.widths, self.regular = widths, regular
        self.span_width = sum(widths[1:]) - 2 * PAD - 1

    def __call__(self, column: int, text: str, font: str | None = None) -> list[str]:
        return self._wrap(text, font or self.regular, self.widths[column] - 2 * PAD - 1)

    def span(self, text: str, font: str) -> list[str]:
        return self._wrap(text, font, self.span_width)

    @staticmethod
    def _wrap(text: str, font: str, width: float) -> list[str]:
        if not text:
            return []
        out: list[str] = []
        for part in text.split("\n"):
            part = " ".join(part.split())
            if stringWidth(part, font, SIZE) <= width:  # most cells: one measure, not one a word
                out.append(part)
            else:
                for line in simpleSplit(part, font, SIZE, width):
                    out += _cut(line, font, width)
        return _capped(out)


def _cut(line: str, font: str, width: float) -> list[str]:
    """A line with no space to break at (a pack's file name) cut to the width: after the last
    ``_`` or ``-`` that fits (its extension kept whole), else where the width ends; it never
    runs past the cell."""
    out = []
    while stringWidth(line, font, SIZE) > width and len(line) > 1:
        fits = 1
        while fits < len(line) and stringWidth(line[: fits + 1], font, SIZE) <= width:
            fits += 1
        cut = max(line.rfind(mark, 0, fits) for mark in "_-") + 1
        cut = cut if cut > 0 else fits
        out.append(line[:cut])
        line = line[cut:]
    return [*out, line]

"""The lobby-day schedule (index.pdf): every meeting of the day in time order, to carry.

One landscape table — time, member (and the notes), room and phone, staffer, who attends (with the
constituents marked), the pack's file — grouped by day, the header repeated on every page. A
meeting whose pack could not be built is still listed, marked, with the reason: the advocates
still walk into that office. The day's warnings (crossing the Capitol in too little time, someone
in two meetings at once, duplicate slots) are listed first and marked on their meetings.

Cells are plain text wrapped here with the font's measures (reportlab's ``simpleSplit``), the pages
are laid out here, and each page's part of a day is drawn straight onto the canvas, its text in one
text object: a platypus Table re-measures and re-styles every cell, and a day of 500 meetings cost
several times as much through it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from briefer.day import BUILT, DEFAULT_MINUTES, FAILED, Slot
from briefer.layout.flow import escape
from briefer.layout.fonts import PDF_NAMES, register_pdf_fonts
from briefer.support.formats import PAPER_SIZES
from briefer.support.when import format_time, long_date

COLUMNS = (  # (heading, share of the width)
    ("Time", 0.075),
    ("Member", 0.235),
    ("Room · phone", 0.16),
    ("Staffer", 0.11),
    ("Attending", 0.17),
    ("Pack", 0.25),
)
ACCENT_HEX = "#9b1b30"
ACCENT = colors.HexColor(ACCENT_HEX)
GREY = colors.HexColor("#5a5a60")
RULE = colors.HexColor("#d5d5d8")
DAY_BACKGROUND = colors.HexColor("#f3f3f5")
WARN_BACKGROUND = colors.HexColor("#fdf3e1")
SIZE, LEADING, PAD = 8.5, 10.5, 3
GAP = 10  # between the days
FRAME_PAD = 6  # reportlab's frame padding
SLACK = 2  # points kept free on each page, for rounding
LISTED_WARNINGS = 12  # at the top; every warning is also under its meeting
MARKS = {"yes": " ● constituent", "maybe": " (maybe a constituent)"}


def _day(slot: Slot) -> str:
    if slot.date is None:
        return "No date"
    return long_date(slot.date)


def _when(slot: Slot) -> str:
    if slot.start is None:
        return "no time"
    text = format_time(slot.start)
    return text if slot.minutes == DEFAULT_MINUTES else f"{text}\n{slot.minutes} min"


def _attending(slot: Slot) -> str:
    return "\n".join(a.name + MARKS.get(a.constituent, "") for a in slot.attendees)


def _pack(slot: Slot) -> str:
    if slot.status == BUILT:
        return "\n".join(slot.files)
    if slot.status == FAILED:
        return f"NOT BUILT (line {slot.line}): {slot.error}"
    return f"not built: {slot.error or 'not in this run'}"


MAX_CELL_LINES = 12  # a cell of a CSV's stray text must not outgrow the page (a row cannot split)


def _capped(lines: list[str]) -> list[str]:
    if len(lines) > MAX_CELL_LINES:
        lines = [*lines[: MAX_CELL_LINES - 1], lines[MAX_CELL_LINES - 1].rstrip() + " …"]
    return lines


class _Cells:
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


TOP, BOTTOM = 2.5, 4.0  # cell paddings
DAY_SIZE, DAY_LEADING = 11, 14


@dataclass
class _Row:
    """One row of the table: each cell's lines, font and colour; the padding above its text."""

    cells: list[tuple[list[str], str, Color]]  # one per column; a span row has one, in column 1
    height: float
    top: float = TOP
    span: bool = False


@dataclass
class _Block:
    """One meeting's rows (the meeting, then its notes and warnings), its fill and height."""

    rows: list[_Row]
    fill: Color | None
    height: float


def _block(slot: Slot, wrap: _Cells) -> _Block:
    regular, bold, italic = PDF_NAMES["regular"], PDF_NAMES["bold"], PDF_NAMES["italic"]
    member = slot.legislator or slot.name or "(no legislator)"
    room = "\n".join(part for part in (slot.room, slot.phone) if part)
    unbuilt = slot.status != BUILT
    pack_font = bold if unbuilt else regular
    cells = [
        (wrap(0, _when(slot)), regular, colors.black),
        (wrap(1, member, bold), bold, colors.black),
        (wrap(2, room), regular, colors.black),
        (wrap(3, slot.staffer), regular, colors.black),
        (wrap(4, _attending(slot)), regular, colors.black),
        (wrap(5, _pack(slot), pack_font), pack_font, ACCENT if unbuilt else colors.black),
    ]
    height = max(1, *(len(lines) for lines, _, _ in cells)) * LEADING + TOP + BOTTOM
    rows = [_Row(cells, height)]
    # the notes, then the warnings, each in a row of its own under the meeting, its text running
    # across every column but the time
    extra = [(slot.notes, italic, GREY)] if slot.notes else []
    if slot.warnings:
        extra.append(("\n".join(f"! {w}" for w in slot.warnings), regular, ACCENT))
    for text, font, colour in extra:
        lines = wrap.span(text, font)
        rows.append(_Row([(lines, font, colour)], len(lines) * LEADING + BOTTOM, 0, span=True))
    fill = WARN_BACKGROUND if slot.warnings else None
    return _Block(rows, fill, sum(row.height for row in rows))


HEAD_HEIGHT = DAY_LEADING + TOP + BOTTOM + LEADING + TOP + BOTTOM


class _Text:
    """All the text of a part in one PDF text object, fonts and colours set only when they
    change: a day's thousands of cells cost what their lines cost."""

    def __init__(self, canvas) -> None:
        self.canvas, self.text = canvas, canvas.beginText()
        self.font: tuple[str, float] | None = None
        self.colour: Color | None = None

    def lines(
        self, x: float, y: float, lines: list[str], font: str, size: float, colour: Color
    ) -> None:
        if (font, size) != self.font:
            self.text.setFont(font, size)
            self.font = (font, size)
        if colour is not self.colour:
            self.text.setFillColor(colour)
            self.colour = colour
        leading = LEADING if size == SIZE else DAY_LEADING
        for line in lines:
            if line:
                self.text.setTextOrigin(x, y)
                self.text.textOut(line)
            y -= leading

    def draw(self) -> None:
        self.canvas.drawText(self.text)


class _Part(Flowable):
    """A page's part of one day, drawn straight onto the page: the day and the column headings,
    then its meetings, a rule under each."""

    def __init__(self, day: str, blocks: list[_Block], widths: list[float]) -> None:
        super().__init__()
        self.day, self.blocks, self.widths = day, blocks, widths
        self.width = sum(widths)
        self.height = HEAD_HEIGHT + sum(block.height for block in blocks)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, width = self.canv, self.width
        bold = PDF_NAMES["bold"]
        lefts = [sum(self.widths[:n]) + PAD for n in range(len(self.widths))]
        text = _Text(canvas)
        y = self.height
        day_height = DAY_LEADING + TOP + BOTTOM
        canvas.setFillColor(DAY_BACKGROUND)
        canvas.rect(0, y - day_height, width, day_height, stroke=0, fill=1)
        text.lines(PAD, y - TOP - DAY_SIZE, [self.day], bold, DAY_SIZE, colors.black)
        y -= day_height
        head_height = LEADING + TOP + BOTTOM
        canvas.setFillColor(ACCENT)
        canvas.rect(0, y - head_height, width, head_height, stroke=0, fill=1)
        for (heading, _), x in zip(COLUMNS, lefts, strict=True):
            text.lines(x, y - TOP - SIZE, [heading], bold, SIZE, colors.white)
        y -= head_height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for block in self.blocks:
            if block.fill is not None:
                canvas.setFillColor(block.fill)
                canvas.rect(0, y - block.height, width, block.height, stroke=0, fill=1)
            for row in block.rows:
                top = y - row.top - SIZE
                starts = lefts[1:2] if row.span else lefts
                for x, (lines, font, colour) in zip(starts, row.cells, strict=True):
                    text.lines(x, top, lines, font, SIZE, colour)
                y -= row.height
            canvas.line(0, y, width, y)
        text.draw()


def _pages(slots: list[Slot], widths: list[float], wrap: _Cells, first: float, page: float):
    """The tables page by page: laid out here, so a day of 10,000 meetings costs what its rows
    cost (reportlab's own table splitting re-measures the rest of the table at every page)."""
    story: list = []
    room, on_page, part, day = first, 0, [], ""

    def close(gap: bool = True) -> None:
        nonlocal room, part
        if part:
            story.append(_Part(day, part, widths))
            part = []
            if gap:
                room -= GAP
                story.append(Spacer(0, GAP))

    current = object()
    for slot in slots:
        block = _block(slot, wrap)
        new_day = slot.date != current
        if new_day:
            close()
            current, day = slot.date, _day(slot)
        need = block.height + (HEAD_HEIGHT if not part else 0)
        if need > room and on_page:
            close(gap=False)
            story.append(PageBreak())
            room, on_page = page, 0
            if not new_day:
                day = f"{_day(slot)} (continued)"
            need = block.height + HEAD_HEIGHT
        part.append(block)
        room -= need
        on_page += 1
    close()
    return story


def render_schedule(slots: list[Slot], paper: str, title: str, zone: str = "") -> bytes:
    """A landscape PDF of the meetings by day and time; the header repeats on each page.
    ``zone``: the time zone the times are in (the calendar's), said under the title."""
    rl_config.invariant = 1
    register_pdf_fonts()
    regular, bold = PDF_NAMES["regular"], PDF_NAMES["bold"]
    size = landscape(PAPER_SIZES[paper])
    margin = 32
    width = size[0] - 2 * margin - 2 * FRAME_PAD
    widths = [width * share for _, share in COLUMNS]
    wrap = _Cells(widths, regular)

    heading = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19)
    small = ParagraphStyle("small", fontName=regular, fontSize=9, leading=12, textColor=GREY)
    warn = ParagraphStyle("warn", parent=small, textColor=colors.black, leftIndent=10)
    meetings = len(slots)
    failed = sum(1 for s in slots if s.status != BUILT)
    count = f"{meetings} meeting{'s' if meetings != 1 else ''}"
    facts = [count]
    if failed:
        facts.append(f"{failed} without a pack (marked NOT BUILT)")
    if zone:
        facts.append(f"times in {zone.replace('_', ' ')}")
    story = [
        Paragraph(escape(f"Lobby-day schedule · {title}"), heading),
        Paragraph(escape(" · ".join(facts)), small),
        Spacer(width, 6),
    ]
    warned = [(slot, text) for slot in slots for text in slot.warnings]
    if warned:
        story.append(Paragraph("<b>Check before the day</b> (marked ! below)", small))
        lines = []
        for slot, text in warned[:LISTED_WARNINGS]:
            when = f"{_day(slot)}, {format_time(slot.start)}" if slot.start else _day(slot)
            lines.append(escape(f"{when} · {slot.name or slot.legislator}: {text}"))
        if len(warned) > LISTED_WARNINGS:
            lines.append(f"… and {len(warned) - LISTED_WARNINGS} more, marked on their meetings")
        story += [Paragraph("<br/>".join(lines), warn), Spacer(width, 6)]
    page = size[1] - 2 * margin - 2 * FRAME_PAD - SLACK
    first = page - sum(flowable.wrap(width, size[1])[1] for flowable in story)
    story += _pages(slots, widths, wrap, first, page)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"Lobby-day schedule — {title}",
        author="",
        creator="Briefer",
        subject=count,
        initialFontName=regular,
    )

    def number(canvas, document) -> None:
        canvas.setFont(regular, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(margin, margin / 2, f"Lobby-day schedule · {title}"[:120])
        canvas.drawRightString(size[0] - margin, margin / 2, f"Page {document.page}")

    doc.build(story, onFirstPage=number, onLaterPages=number)
    return buffer.getvalue()

"""The lobby-day schedule (index.pdf): every meeting of the day in time order, to carry.

One landscape table — time, member (and the notes), room and phone, staffer, who attends (with the
constituents marked), the pack's file — grouped by day, the header repeated on every page. A
meeting whose pack could not be built is still listed, marked, with the reason: the advocates
still walk into that office. The day's warnings (crossing the Capitol in too little time, someone
in two meetings at once, duplicate slots) are listed first and marked on their meetings.

Cells are plain text wrapped here with the font's measures (reportlab's ``simpleSplit``) rather
than Paragraphs: a day of 500 meetings lays out in a fraction of the time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from briefer.day import BUILT, DEFAULT_MINUTES, FAILED, Slot
from briefer.fonts import PDF_NAMES, register_pdf_fonts
from briefer.formats import PAPER_SIZES
from briefer.layout.flow import escape
from briefer.when import format_time

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
    return (
        f"{slot.date.strftime('%A')}, {slot.date.strftime('%B')} {slot.date.day}, {slot.date.year}"
    )


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


def _capped(lines: list[str]) -> str:
    if len(lines) > MAX_CELL_LINES:
        lines = [*lines[: MAX_CELL_LINES - 1], lines[MAX_CELL_LINES - 1].rstrip() + " …"]
    return "\n".join(lines)


class _Cells:
    """Wraps text to a column's width with the font's own measures."""

    def __init__(self, widths: list[float], regular: str) -> None:
        self.widths, self.regular = widths, regular

    def __call__(self, column: int, text: str, font: str | None = None) -> str:
        width = self.widths[column] - 2 * PAD - 1
        font = font or self.regular
        out = []
        for part in text.split("\n"):
            out += simpleSplit(part, font, SIZE, width) or [""]
        return _capped(out)

    def span(self, text: str, font: str) -> str:
        """Wrapped to the width of every column but the first."""
        width = sum(self.widths[1:]) - 2 * PAD - 1
        return _capped(
            [
                line
                for part in text.split("\n")
                for line in simpleSplit(part, font, SIZE, width) or [""]
            ]
        )


TOP, BOTTOM = 2.5, 4.0  # cell paddings
DAY_SIZE, DAY_LEADING = 11, 14
MAX_LINES = 14  # a cell longer than this is cut (with …) so that a meeting always fits a page


@dataclass
class _Block:
    """One meeting's rows (the meeting, then its notes and warnings), their style and height."""

    rows: list[list[str]]
    style: list[tuple]  # commands with rows counted from the block's first row
    height: float


def _lines(text: str) -> int:
    return text.count("\n") + 1 if text else 1


def _cut(text: str) -> str:
    lines = text.split("\n")
    return text if len(lines) <= MAX_LINES else "\n".join([*lines[: MAX_LINES - 1], "…"])


def _block(slot: Slot, wrap: _Cells) -> _Block:
    regular, bold, italic = PDF_NAMES["regular"], PDF_NAMES["bold"], PDF_NAMES["italic"]
    member = slot.legislator or slot.name or "(no legislator)"
    room = "\n".join(part for part in (slot.room, slot.phone) if part)
    cells = [
        wrap(0, _when(slot)),
        wrap(1, member, bold),
        wrap(2, room),
        wrap(3, slot.staffer),
        wrap(4, _attending(slot)),
        wrap(5, _pack(slot), bold if slot.status == FAILED else None),
    ]
    cells = [_cut(cell) for cell in cells]
    rows = [cells]
    height = max(_lines(cell) for cell in cells) * LEADING + TOP + BOTTOM
    style: list[tuple] = [("FONT", (1, 0), (1, 0), bold, SIZE, LEADING)]
    if slot.status != BUILT:
        style += [
            ("TEXTCOLOR", (5, 0), (5, 0), ACCENT),
            ("FONT", (5, 0), (5, 0), bold, SIZE, LEADING),
        ]
    # the notes, then the warnings, each in a row of its own under the meeting. No SPAN: the text,
    # wrapped to the width of the columns it crosses, runs over their empty cells.
    extra = [(slot.notes, italic, GREY)] if slot.notes else []
    if slot.warnings:
        extra.append(("\n".join(f"! {w}" for w in slot.warnings), regular, ACCENT))
    for text, font, colour in extra:
        k = len(rows)
        wrapped = _cut(wrap.span(text, font))
        rows.append(["", wrapped] + [""] * (len(COLUMNS) - 2))
        height += _lines(wrapped) * LEADING + BOTTOM
        style += [
            ("FONT", (1, k), (-1, k), font, SIZE, LEADING),
            ("TEXTCOLOR", (1, k), (-1, k), colour),
            ("TOPPADDING", (0, k), (-1, k), 0),
            ("LINEBELOW", (0, k - 1), (-1, k - 1), 0, colors.white),
        ]
    if slot.warnings:
        style.append(("BACKGROUND", (0, 0), (-1, len(rows) - 1), WARN_BACKGROUND))
    return _Block(rows, style, height)


HEAD_HEIGHT = DAY_LEADING + TOP + BOTTOM + LEADING + TOP + BOTTOM


def _table(day: str, blocks: list[_Block], widths: list[float]) -> Table:
    """A page's part of one day: the day and the column headings, then its meetings."""
    regular, bold = PDF_NAMES["regular"], PDF_NAMES["bold"]
    rows: list[list[str]] = [
        [day] + [""] * (len(COLUMNS) - 1),
        [heading for heading, _ in COLUMNS],
    ]
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), regular, SIZE, LEADING),
        ("FONT", (0, 0), (-1, 0), bold, DAY_SIZE, DAY_LEADING),
        ("BACKGROUND", (0, 0), (-1, 0), DAY_BACKGROUND),
        ("FONT", (0, 1), (-1, 1), bold, SIZE, LEADING),
        ("TEXTCOLOR", (0, 1), (-1, 1), colors.white),
        ("BACKGROUND", (0, 1), (-1, 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 2), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM),
    ]
    for block in blocks:
        start = len(rows)
        rows += block.rows
        for command, (c0, r0), (c1, r1), *args in block.style:
            style.append((command, (c0, r0 + start), (c1, r1 + start), *args))
    table = Table(rows, colWidths=widths)  # type: ignore[arg-type]
    table.setStyle(TableStyle(style))
    return table


class _Part(Flowable):
    """A page's part of a day, made into its table only when it is laid out and let go once
    drawn: a long day holds its text in memory, not thousands of tables."""

    def __init__(self, day: str, blocks: list[_Block], widths: list[float]) -> None:
        super().__init__()
        self.day, self.blocks, self.widths = day, blocks, widths
        self._table: Table | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._table = _table(self.day, self.blocks, self.widths)
        return self._table.wrap(available_width, available_height)

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)
        self._table = None


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


def render_schedule(slots: list[Slot], paper: str, title: str) -> bytes:
    """A landscape PDF of the meetings by day and time; the header repeats on each page."""
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

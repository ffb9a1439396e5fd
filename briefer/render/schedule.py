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
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from briefer.fonts import PDF_NAMES, register_pdf_fonts
from briefer.formats import PAPER_SIZES
from briefer.lobby.slots import BUILT, DEFAULT_MINUTES, FAILED, Slot
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
LISTED_WARNINGS = 12  # at the top; every warning is also under its meeting
MARKS = {"yes": " ● constituent", "maybe": " ◐ maybe a constituent"}


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


def _by_day(slots: list[Slot]) -> list[list[Slot]]:
    days: list[list[Slot]] = []
    for slot in slots:
        if not days or days[-1][0].date != slot.date:
            days.append([])
        days[-1].append(slot)
    return days


def _day_table(slots: list[Slot], widths: list[float], wrap: _Cells) -> LongTable:
    """One day's meetings; the day and the column headings repeat on each page it takes."""
    regular, bold, italic = PDF_NAMES["regular"], PDF_NAMES["bold"], PDF_NAMES["italic"]
    rows: list[list[str]] = [
        [_day(slots[0])] + [""] * (len(COLUMNS) - 1),
        [heading for heading, _ in COLUMNS],
    ]
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), regular, SIZE, LEADING),
        ("SPAN", (0, 0), (-1, 0)),
        ("FONT", (0, 0), (-1, 0), bold, 11, 14),
        ("BACKGROUND", (0, 0), (-1, 0), DAY_BACKGROUND),
        ("FONT", (0, 1), (-1, 1), bold, SIZE, LEADING),
        ("TEXTCOLOR", (0, 1), (-1, 1), colors.white),
        ("BACKGROUND", (0, 1), (-1, 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 2), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for slot in slots:
        member = slot.legislator or slot.name or "(no legislator)"
        room = "\n".join(part for part in (slot.room, slot.phone) if part)
        n = len(rows)
        rows.append(
            [
                wrap(0, _when(slot)),
                wrap(1, member, bold),
                wrap(2, room),
                wrap(3, slot.staffer),
                wrap(4, _attending(slot)),
                wrap(5, _pack(slot), bold if slot.status == FAILED else None),
            ]
        )
        style.append(("FONT", (1, n), (1, n), bold, SIZE, LEADING))
        if slot.status != BUILT:
            style += [
                ("TEXTCOLOR", (5, n), (5, n), ACCENT),
                ("FONT", (5, n), (5, n), bold, SIZE, LEADING),
            ]
        # the notes, then the warnings, each in a row of its own under the meeting, kept with it
        extra = [(slot.notes, italic, GREY)] if slot.notes else []
        if slot.warnings:
            extra.append(("\n".join(f"! {w}" for w in slot.warnings), regular, ACCENT))
        for text, font, colour in extra:
            k = len(rows)
            rows.append(["", wrap.span(text, font)] + [""] * (len(COLUMNS) - 2))
            style += [
                ("SPAN", (1, k), (-1, k)),
                ("FONT", (1, k), (-1, k), font, SIZE, LEADING),
                ("TEXTCOLOR", (1, k), (-1, k), colour),
                ("TOPPADDING", (0, k), (-1, k), 0),
                ("LINEBELOW", (0, k - 1), (-1, k - 1), 0, colors.white),
            ]
        last = len(rows) - 1
        if last > n:
            style.append(("NOSPLIT", (0, n), (-1, last)))
        if slot.warnings:
            style.append(("BACKGROUND", (0, n), (-1, last), WARN_BACKGROUND))
    table = LongTable(rows, colWidths=widths, repeatRows=2)  # type: ignore[arg-type]
    table.setStyle(TableStyle(style))
    return table


def render_schedule(slots: list[Slot], paper: str, title: str) -> bytes:
    """A landscape PDF of the meetings by day and time; the header repeats on each page."""
    rl_config.invariant = 1
    register_pdf_fonts()
    regular, bold = PDF_NAMES["regular"], PDF_NAMES["bold"]
    size = landscape(PAPER_SIZES[paper])
    margin = 32
    width = size[0] - 2 * margin
    widths = [width * share for _, share in COLUMNS]
    wrap = _Cells(widths, regular)

    tables = []
    for day_slots in _by_day(slots):
        tables += [_day_table(day_slots, widths, wrap), Spacer(width, 10)]

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
    story += tables
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

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


def _member(slot: Slot, member: str, style: ParagraphStyle) -> Paragraph:
    """The member in bold, then the row's notes and its warnings (the few rows that have them)."""
    parts = [f"<b>{escape(member)}</b>"]
    if slot.notes:
        parts.append(f"<i>{escape(slot.notes)}</i>".replace("\n", "<br/>"))
    parts += [f'<font color="{ACCENT_HEX}">! {escape(w)}</font>' for w in slot.warnings]
    return Paragraph("<br/>".join(parts), style)


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
        return "\n".join(out)


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
    cell = ParagraphStyle("cell", fontName=regular, fontSize=SIZE, leading=LEADING)

    rows: list[list[str]] = [[heading for heading, _ in COLUMNS]]
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), regular, SIZE, LEADING),
        ("FONT", (0, 0), (-1, 0), bold, SIZE, LEADING),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    current = object()
    for slot in slots:
        if slot.date != current:
            current = slot.date
            style += [
                ("SPAN", (0, len(rows)), (-1, len(rows))),
                ("BACKGROUND", (0, len(rows)), (-1, len(rows)), DAY_BACKGROUND),
                ("FONT", (0, len(rows)), (-1, len(rows)), bold, 10, 13),
            ]
            rows.append([_day(slot)] + [""] * (len(COLUMNS) - 1))
        member = slot.legislator or slot.name or "(no legislator)"
        room = "\n".join(part for part in (slot.room, slot.phone) if part)
        n = len(rows)
        rows.append(
            [
                wrap(0, _when(slot)),
                _member(slot, member, cell)
                if slot.notes or slot.warnings
                else wrap(1, member, bold),
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
        if slot.warnings:
            style.append(("BACKGROUND", (0, n), (-1, n), WARN_BACKGROUND))
    table = LongTable(rows, colWidths=widths, repeatRows=1)  # type: ignore[arg-type]
    table.setStyle(TableStyle(style))

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
    warned = [s for s in slots if s.warnings]
    if warned:
        story.append(Paragraph("<b>Check before the day</b>", small))
        for slot in warned:
            when = f"{_day(slot)}, {format_time(slot.start)}" if slot.start else _day(slot)
            for text in slot.warnings:
                story.append(
                    Paragraph(escape(f"{when} · {slot.name or slot.legislator}: {text}"), warn)
                )
        story.append(Spacer(width, 6))
    story.append(table)
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

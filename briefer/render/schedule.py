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
import logging
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

from briefer.day import BUILT, DEFAULT_MINUTES, FAILED, Slot
from briefer.layout.flow import escape
from briefer.layout.fonts import PDF_NAMES, register_pdf_fonts
from briefer.render.pdf_catalog import tagged_canvas
from briefer.render.pdf_tags import Group, Marked, Tagger
from briefer.render.schedule_cells import LEADING, PAD, SIZE, Cells
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
GAP = 10  # between the days
FRAME_PAD = 6  # reportlab's frame padding
SLACK = 2  # points kept free on each page, for rounding
LISTED_WARNINGS = 12  # at the top; every warning is also under its meeting
MARKS = {"yes": " ● constituent", "maybe": " (maybe a constituent)"}
log = logging.getLogger(__name__)


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


def _block(slot: Slot, wrap: Cells) -> _Block:
    regular, bold, italic = PDF_NAMES["regular"], PDF_NAMES["bold"], PDF_NAMES["italic"]
    member = slot.legislator or slot.name or "(no legislator)"
    room = "\n".join(part for part in (slot.room, slot.phone) if part)
    unbuilt = slot.status != BUILT
    pack_font = bold if unbuilt else regular
    cells = [
        (wrap(0, _when(slot)), regular, colors.black),
        (wrap(1, member, bold), bold, colors.black),
        (wrap(2, room), regular, colors.black),
        (wrap(3, slot.staffer_line), regular, colors.black),
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
    change: a day's thousands of cells cost what their lines cost. When tagging, each cell's
    lines are marked content of the cell's element, inside the text object."""

    def __init__(self, canvas, tagger: Tagger | None) -> None:
        self.canvas, self.text, self.tagger = canvas, canvas.beginText(), tagger
        self.font: tuple[str, float] | None = None
        self.colour: Color | None = None

    def cell(self, role: str, row: Group, **attributes: str | int) -> None:
        """What follows, up to :meth:`end`, is the content of a new ``role`` element in ``row``."""
        if self.tagger is not None:
            self.text._code.append(self.tagger.start(self.tagger.element(role, row, **attributes)))

    def end(self) -> None:
        if self.tagger is not None:
            self.text._code.append("EMC")

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
        if self.tagger is None:
            self.canvas.drawText(self.text)
            return
        self.tagger.leave_artifact(self.canvas)
        self.canvas.drawText(self.text)
        self.tagger.enter_artifact(self.canvas)


class _Part(Flowable):
    """A page's part of one day, drawn straight onto the page: the day and the column headings,
    then its meetings, a rule under each."""

    def __init__(
        self, day: str, blocks: list[_Block], widths: list[float], tagger: Tagger | None
    ) -> None:
        super().__init__()
        self.day, self.blocks, self.widths, self.tagger = day, blocks, widths, tagger
        self.width = sum(widths)
        self.height = HEAD_HEIGHT + sum(block.height for block in blocks)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, width = self.canv, self.width
        bold = PDF_NAMES["bold"]
        lefts = [sum(self.widths[:n]) + PAD for n in range(len(self.widths))]
        text = _Text(canvas, self.tagger)
        table = Group("Table")
        y = self.height
        day_height = DAY_LEADING + TOP + BOTTOM
        canvas.setFillColor(DAY_BACKGROUND)
        canvas.rect(0, y - day_height, width, day_height, stroke=0, fill=1)
        text.cell("Caption", table)
        text.lines(PAD, y - TOP - DAY_SIZE, [self.day], bold, DAY_SIZE, colors.black)
        text.end()
        y -= day_height
        head_height = LEADING + TOP + BOTTOM
        canvas.setFillColor(ACCENT)
        canvas.rect(0, y - head_height, width, head_height, stroke=0, fill=1)
        head = Group("TR", table)
        for (heading, _), x in zip(COLUMNS, lefts, strict=True):
            text.cell("TH", head, O="Table", Scope="Column")
            text.lines(x, y - TOP - SIZE, [heading], bold, SIZE, colors.white)
            text.end()
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
                tr = Group("TR", table)
                if row.span:  # nothing under the time; the text spans the other columns
                    text.cell("TD", tr)
                    text.end()
                span = {"O": "Table", "ColSpan": len(COLUMNS) - 1} if row.span else {}
                for x, (lines, font, colour) in zip(starts, row.cells, strict=True):
                    text.cell("TD", tr, **span)
                    text.lines(x, top, lines, font, SIZE, colour)
                    text.end()
                y -= row.height
            canvas.line(0, y, width, y)
        text.draw()


def _pages(
    slots: list[Slot],
    widths: list[float],
    wrap: Cells,
    first: float,
    page: float,
    tagger: Tagger | None,
):
    """The tables page by page: laid out here, so a day of 10,000 meetings costs what its rows
    cost (reportlab's own table splitting re-measures the rest of the table at every page)."""
    story: list = []
    room, on_page, part, day = first, 0, [], ""

    def close(gap: bool = True) -> None:
        nonlocal room, part
        if part:
            story.append(_Part(day, part, widths, tagger))
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
    ``zone``: the time zone the times are in (the calendar's), said under the title. Tagged
    (PDF/UA-1); should tagging ever fail, the schedule is written untagged."""
    try:
        return _schedule(slots, paper, title, zone, Tagger())
    except Exception as exc:  # the schedule matters more than its tags
        log.warning("the schedule could not be tagged (%s); it is written untagged", exc)
    return _schedule(slots, paper, title, zone, None)


def _schedule(slots: list[Slot], paper: str, title: str, zone: str, tagger: Tagger | None) -> bytes:
    rl_config.invariant = 1
    register_pdf_fonts()
    regular, bold = PDF_NAMES["regular"], PDF_NAMES["bold"]
    size = landscape(PAPER_SIZES[paper])
    margin = 32
    width = size[0] - 2 * margin - 2 * FRAME_PAD
    widths = [width * share for _, share in COLUMNS]
    wrap = Cells(widths, regular)

    heading = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19)

    def tag(flowable: Flowable, role: str) -> Flowable:
        return flowable if tagger is None else Marked(flowable, tagger, role)

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
        tag(Paragraph(escape(f"Lobby-day schedule · {title}"), heading), "H1"),
        tag(Paragraph(escape(" · ".join(facts)), small), "P"),
        Spacer(width, 6),
    ]
    warned = [(slot, text) for slot in slots for text in slot.warnings]
    if warned:
        story.append(tag(Paragraph("<b>Check before the day</b> (marked ! below)", small), "P"))
        lines = []
        for slot, text in warned[:LISTED_WARNINGS]:
            when = f"{_day(slot)}, {format_time(slot.start)}" if slot.start else _day(slot)
            lines.append(escape(f"{when} · {slot.name or slot.legislator}: {text}"))
        if len(warned) > LISTED_WARNINGS:
            lines.append(f"… and {len(warned) - LISTED_WARNINGS} more, marked on their meetings")
        story += [tag(Paragraph("<br/>".join(lines), warn), "P"), Spacer(width, 6)]
    page = size[1] - 2 * margin - 2 * FRAME_PAD - SLACK
    first = page - sum(flowable.wrap(width, size[1])[1] for flowable in story)
    story += _pages(slots, widths, wrap, first, page, tagger)
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

    def number(canvas, document) -> None:  # the page's first drawing: its number, an artifact
        if tagger is not None:
            tagger.begin_page(canvas)
        canvas.setFont(regular, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(margin, margin / 2, f"Lobby-day schedule · {title}"[:120])
        canvas.drawRightString(size[0] - margin, margin / 2, f"Page {document.page}")

    doc.build(
        story,
        onFirstPage=number,
        onLaterPages=number,
        canvasmaker=tagged_canvas(tagger, f"Lobby-day schedule — {title}", "en"),
    )
    return buffer.getvalue()

"""The lobby-day schedule: one table of every meeting (time, office, room, staffer, points)."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from briefer.fonts import PDF_NAMES, register_pdf_fonts
from briefer.formats import PAPER_SIZES

COLUMNS = (
    ("time", "Time", 0.07),
    ("office", "Office", 0.19),
    ("room", "Room", 0.15),
    ("staffer", "Staffer", 0.11),
    ("points", "Points", 0.27),
    ("file", "File", 0.21),
)
ACCENT = "#9b1b30"


def render_schedule(entries: list[dict[str, str]], paper: str, title: str) -> bytes:
    """A landscape PDF listing the meetings by day and time; repeats its header on each page."""
    rl_config.invariant = 1
    register_pdf_fonts()
    regular, bold = PDF_NAMES["regular"], PDF_NAMES["bold"]
    cell = ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=cell, fontName=bold, textColor=colors.white)
    day = ParagraphStyle("day", parent=cell, fontName=bold, fontSize=10, leading=13)
    heading = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19)
    size = landscape(PAPER_SIZES[paper])
    margin = 36
    width = size[0] - 2 * margin

    rows = [[Paragraph(label, head) for _, label, _ in COLUMNS]]
    day_rows = []
    current = None
    for entry in entries:
        if entry["date"] != current:
            current = entry["date"]
            day_rows.append(len(rows))
            rows.append([Paragraph(escape(current or "No date"), day)] + [""] * (len(COLUMNS) - 1))
        rows.append([Paragraph(escape(entry[key]), cell) for key, _, _ in COLUMNS])
    table = LongTable(rows, colWidths=[width * w for _, _, w in COLUMNS], repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.HexColor("#d5d5d8")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for index in day_rows:
        style += [
            ("SPAN", (0, index), (-1, index)),
            ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#f3f3f5")),
        ]
    table.setStyle(TableStyle(style))
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
        subject=f"{len(entries)} meetings",
        initialFontName=regular,
    )
    count = f"{len(entries)} meeting{'s' if len(entries) != 1 else ''}"
    story = [
        Paragraph(escape(f"Lobby-day schedule · {title} · {count}"), heading),
        Spacer(width, 8),
        table,
    ]

    def number(canvas, document) -> None:
        canvas.setFont(regular, 8)
        canvas.drawRightString(size[0] - margin, margin / 2, f"Page {document.page}")

    doc.build(story, onFirstPage=number, onLaterPages=number)
    return buffer.getvalue()

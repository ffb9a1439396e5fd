"""Plan items as reportlab flowables: shared by the fit (to measure) and the PDF renderer (to draw).

Measuring with the very flowables that are drawn is what makes the one-page guarantee hold. The
named constants here are the page's rules and pads; the DOCX renderer draws the same ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape as _escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from briefer.layout.breaks import allowance
from briefer.layout.fonts import FAMILY, pdf_names, register_pdf_faces
from briefer.layout.typeset import Typesetter, shared_typesetter
from briefer.layout.whole import SEP, set_separators
from briefer.plan import Palette, Para, Row, Section, Span, Style
from briefer.plan import Table as PlanTable

BIG = 10_000.0  # a height no page reaches: "measure without a limit"
RULE_WIDTH = 0.6  # points: the rules under table rows and above the footer
ACCENT_BAR = 3.0  # points: the coloured bar left of a boxed section
CELL_PAD = 0.4  # ems of the body: a table cell's side padding (top and bottom: 3/4 of it)
BOX_PAD_SIDE = 0.9  # ems of the body: a boxed section's side padding
BOX_PAD_TOP = 0.6
BOX_PAD_BOTTOM = 0.3
BOX_SPACE_AFTER = 0.2
FOOTER_GAP = 1.6  # room above the footer for the gap and its rule, in ems of the footer size
FOOTER_RULE_RISE = 0.8  # the footer's rule above its first line, in ems of the footer size


def escape(text: str) -> str:
    """Text safe in reportlab markup: &, < and > as entities (html.escape loads nothing;
    xml.sax.saxutils would load urllib, http and ssl)."""
    return _escape(text, quote=False)


def markup(para: Para, style: Style, breaks: bool = False) -> str:
    """Reportlab paragraph markup with every piece of user text escaped; with ``breaks``, a
    line break in the text is one on the page (a line of facts, see ``Flow.settled``)."""
    out = []
    for span in para.spans:
        text = escape(span.text.upper() if style.upper else span.text)
        if breaks:
            text = text.replace("\n", "<br/>")
        if span.bold and not style.bold:
            text = f"<b>{text}</b>"
        if span.italic and not style.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


@dataclass
class Flow:
    """Builds flowables for one set of sized styles."""

    styles: dict[str, Style]
    palette: Palette
    width: float
    body: float
    typesetter: Typesetter = field(default_factory=shared_typesetter)
    font: str = FAMILY  # the template's family (the plan's and the draft's ``font``)

    def __post_init__(self) -> None:
        self.faces = pdf_names(self.font)
        register_pdf_faces((self.faces["regular"],))  # the rest as paragraphs use them
        self._pstyles: dict[str, ParagraphStyle] = {}
        self.key = (self.font, self.body, self.width, tuple(sorted(self.styles.items())))

    def face(self, style: Style, bold: bool = False, italic: bool = False) -> str:
        """The PDF font name of a style in this flow's family, made bold or italic by a span."""
        bold, italic = bold or style.bold, italic or style.italic
        return self.faces[("bold" if bold else "") + ("italic" if italic else "") or "regular"]

    def pstyle(self, role: str, narrower: float = 0.0) -> ParagraphStyle:
        """The role's paragraph style; ``narrower`` sets it that much narrower on the right (for
        long words and wide scripts, see layout/breaks.py)."""
        if narrower:
            key = f"{role}|{narrower:g}"
            if key not in self._pstyles:
                self._pstyles[key] = ParagraphStyle(
                    key, parent=self.pstyle(role), rightIndent=narrower
                )
            return self._pstyles[key]
        if role not in self._pstyles:
            s = self.styles[role]
            self._pstyles[role] = ParagraphStyle(
                role,
                fontName=self.face(s),
                fontSize=s.size,
                leading=s.leading,
                textColor=colors.HexColor(s.color),
                spaceBefore=0,
                spaceAfter=s.space_after,
                leftIndent=s.indent,
                bulletIndent=0,
                bulletFontName=self.faces["bold"],
                bulletFontSize=s.size,
                allowWidows=0,
                allowOrphans=0,
                splitLongWords=1,
                spaceShrinkage=0,  # never squeeze a line: Word and LibreOffice do not
            )
        return self._pstyles[role]

    def settled(self, para: Para) -> Para:
        """A line of facts joined by separators, with a line break where a separator would
        start or end a line (see layout/whole.py); any other paragraph as it is."""
        if len(para.spans) != 1 or SEP not in para.spans[0].text:
            return para
        style = self.styles[para.role]
        span = para.spans[0]
        text = span.text.upper() if style.upper else span.text
        face = self.face(style, span.bold, span.italic)
        register_pdf_faces((face,))
        width = self.width - style.indent - allowance(text, face, style.size, self.width)
        settled = set_separators(span.text, face, style.size, width)
        if settled == span.text:
            return para
        return Para(para.role, (Span(settled, span.bold, span.italic),), para.block, para.bullet)

    def facts_by_line(self, para: Para, before_last: str | None = None) -> tuple[Para, ...]:
        """A line of facts as one paragraph a line, broken where a separator gave way: so both
        renderers break it there (a word processor breaks a paragraph its own way). The lines
        before the last take the role ``before_last``, if given."""
        settled = self.settled(para)
        if settled is para:
            return (para,)
        span = settled.spans[0]
        lines = span.text.split("\n")
        return tuple(
            Para(
                para.role if i == len(lines) - 1 else before_last or para.role,
                (Span(line, span.bold, span.italic),),
                para.block,
                para.bullet,
            )
            for i, line in enumerate(lines)
        )

    def para(self, para: Para) -> Paragraph:
        """The flowable for a plan paragraph; the same object for the same text and styles."""
        style = self.styles[para.role]
        faces = {self.face(style, span.bold, span.italic) for span in para.spans}
        if para.bullet:
            faces.add(self.faces["bold"])
        register_pdf_faces(faces)
        settled = self.settled(para)
        text = "".join(span.text for span in settled.spans)
        narrower = allowance(text, self.face(style), style.size, self.width)
        return self.typesetter.paragraph(
            (self.key, para),
            markup(settled, style, breaks=SEP in text),
            self.pstyle(para.role, narrower),
            para.bullet,
        )

    @property
    def pad(self) -> float:
        return round(self.body * CELL_PAD, 2)

    def table(self, rows: list[Row], widths: tuple[float, ...], header: bool) -> Table:
        cells = [[self.para(cell) for cell in row.cells] for row in rows]
        table = Table(cells, colWidths=[self.width * w for w in widths])
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), self.faces["regular"]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), self.pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.pad),
            ("TOPPADDING", (0, 0), (-1, -1), self.pad * 0.75),
            ("BOTTOMPADDING", (0, 0), (-1, -1), self.pad * 0.75),
            ("LINEBELOW", (0, 0), (-1, -1), RULE_WIDTH, colors.HexColor(self.palette.rule)),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), self.palette.table_header))
        table.setStyle(TableStyle(commands))
        return table

    def boxed(self, flowables: list[Flowable]) -> Table:
        box = Table([[flowables]], colWidths=[self.width])
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.faces["regular"]),
                    ("BACKGROUND", (0, 0), (-1, -1), self.palette.callout),
                    ("LINEBEFORE", (0, 0), (0, -1), ACCENT_BAR, self.palette.accent),
                    ("LEFTPADDING", (0, 0), (-1, -1), self.body * BOX_PAD_SIDE),
                    ("RIGHTPADDING", (0, 0), (-1, -1), self.body * BOX_PAD_SIDE),
                    ("TOPPADDING", (0, 0), (-1, -1), self.body * BOX_PAD_TOP),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), self.body * BOX_PAD_BOTTOM),
                ]
            )
        )
        box.spaceAfter = self.body * BOX_SPACE_AFTER
        return box

    def flowables(self, items: Iterable[Para | Row | PlanTable]) -> list[Flowable]:
        out: list[Flowable] = []
        for item in items:
            if isinstance(item, Para):
                out.append(self.para(item))
            elif isinstance(item, PlanTable):
                rows = [item.header, *item.rows]
                out.append(self.table(rows, item.widths, header=True))  # type: ignore[arg-type]
            else:
                raise TypeError(f"unresolved plan item {item!r}")
        return out

    def section(self, section: Section, first: bool, gap: float) -> list[Flowable]:
        out: list[Flowable] = [] if first else [Spacer(self.width, gap)]
        if section.heading:
            out.append(self.para(section.heading))
        body = self.flowables(section.items)  # type: ignore[arg-type]
        out.extend([self.boxed(body)] if section.boxed else body)
        return out


def height(flowable: Flowable, width: float) -> float:
    """A flowable's height with its space after, in points, with no limit on the room."""
    _, h = flowable.wrap(width, BIG)
    return h + flowable.getSpaceAfter()


def footer_heights(flow: Flow, footer: Iterable[Para]) -> list[float]:
    return [height(flow.para(p), flow.width) for p in footer]


def footer_reserve(flow: Flow, footer: Iterable[Para]) -> float:
    """The room the body frame leaves at the bottom of the page for the footer (PDF and DOCX)."""
    return sum(footer_heights(flow, footer)) + flow.styles["footer"].size * FOOTER_GAP

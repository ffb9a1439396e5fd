"""Plan items as reportlab flowables: shared by the fit (to measure) and the PDF renderer (to draw).

Measuring with the very flowables that are drawn is what makes the one-page guarantee hold.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from briefer.fonts import PDF_NAMES, register_pdf_fonts
from briefer.plan import Choice, Para, Row, Section, Style
from briefer.plan import Table as PlanTable

BIG = 10_000.0
RULE_WIDTH = 0.6
ACCENT_BAR = 3.0
# (sized styles, plan paragraph) -> flowable, least recently used first. A fit uses 50-150 of
# them and each holds ~30 KiB of broken lines, so a few briefs' worth are kept (~50 MB at most).
_PARAGRAPHS: OrderedDict[tuple, Paragraph] = OrderedDict()
_MAX_PARAGRAPHS = 1_500


def forget_paragraphs() -> None:
    """Drop every remembered paragraph (for honest cold measurements in benchmarks)."""
    _PARAGRAPHS.clear()


class _Paragraph(Paragraph):
    """A paragraph that remembers its last wrap, so measuring and drawing break lines once."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def _face(style: Style, bold: bool = False, italic: bool = False) -> str:
    bold = bold or style.bold
    italic = italic or style.italic
    return PDF_NAMES[("bold" if bold else "") + ("italic" if italic else "") or "regular"]


def markup(para: Para, style: Style) -> str:
    """Reportlab paragraph markup with every piece of user text escaped."""
    out = []
    for span in para.spans:
        text = escape(span.text.upper() if style.upper else span.text)
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
    palette: dict[str, str]
    width: float
    body: float

    def __post_init__(self) -> None:
        register_pdf_fonts()
        self._pstyles: dict[str, ParagraphStyle] = {}
        self.key = (self.body, self.width, tuple(sorted(self.styles.items())))

    def pstyle(self, role: str) -> ParagraphStyle:
        if role not in self._pstyles:
            s = self.styles[role]
            self._pstyles[role] = ParagraphStyle(
                role,
                fontName=_face(s),
                fontSize=s.size,
                leading=s.leading,
                textColor=colors.HexColor(s.color),
                spaceBefore=0,
                spaceAfter=s.space_after,
                leftIndent=s.indent,
                bulletIndent=0,
                bulletFontName=PDF_NAMES["bold"],
                bulletFontSize=s.size,
                allowWidows=0,
                allowOrphans=0,
                splitLongWords=1,
                spaceShrinkage=0,  # never squeeze a line: Word and LibreOffice do not
            )
        return self._pstyles[role]

    def para(self, para: Para) -> Paragraph:
        """The flowable for a plan paragraph; the same object for the same text and styles."""
        key = (self.key, para)
        found = _PARAGRAPHS.get(key)
        if found is None:
            style = self.styles[para.role]
            found = _Paragraph(markup(para, style), self.pstyle(para.role), bulletText=para.bullet)
            _PARAGRAPHS[key] = found
            if len(_PARAGRAPHS) > _MAX_PARAGRAPHS:
                _PARAGRAPHS.popitem(last=False)
        else:
            _PARAGRAPHS.move_to_end(key)
        return found

    @property
    def pad(self) -> float:
        return round(self.body * 0.4, 2)

    def table(self, rows: list[Row], widths: tuple[float, ...], header: bool) -> Table:
        cells = [[self.para(cell) for cell in row.cells] for row in rows]
        table = Table(cells, colWidths=[self.width * w for w in widths])
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), PDF_NAMES["regular"]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), self.pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.pad),
            ("TOPPADDING", (0, 0), (-1, -1), self.pad * 0.75),
            ("BOTTOMPADDING", (0, 0), (-1, -1), self.pad * 0.75),
            ("LINEBELOW", (0, 0), (-1, -1), RULE_WIDTH, colors.HexColor(self.palette["rule"])),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), self.palette["table_header"]))
        table.setStyle(TableStyle(commands))
        return table

    def boxed(self, flowables: list[Flowable]) -> Table:
        box = Table([[flowables]], colWidths=[self.width])
        box.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), PDF_NAMES["regular"]),
                    ("BACKGROUND", (0, 0), (-1, -1), self.palette["callout"]),
                    ("LINEBEFORE", (0, 0), (0, -1), ACCENT_BAR, self.palette["accent"]),
                    ("LEFTPADDING", (0, 0), (-1, -1), self.body * 0.9),
                    ("RIGHTPADDING", (0, 0), (-1, -1), self.body * 0.9),
                    ("TOPPADDING", (0, 0), (-1, -1), self.body * 0.6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), self.body * 0.3),
                ]
            )
        )
        box.spaceAfter = self.body * 0.2
        return box

    def flowables(self, items: Iterable[Para | Row | PlanTable], widths=None) -> list[Flowable]:
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
    _, h = flowable.wrap(width, BIG)
    return h + flowable.getSpaceAfter()


FOOTER_GAP = 1.6  # room above the footer for the gap and its rule, in ems of the footer size


def footer_heights(flow: Flow, footer: Iterable[Para]) -> list[float]:
    return [height(flow.para(p), flow.width) for p in footer]


def footer_reserve(flow: Flow, footer: Iterable[Para]) -> float:
    """The room the body frame leaves at the bottom of the page for the footer (PDF and DOCX)."""
    return sum(footer_heights(flow, footer)) + flow.styles["footer"].size * FOOTER_GAP


class Measurer:
    """Heights of plan pieces in points, cached: what the fit sums up."""

    def __init__(self) -> None:
        self._cache: dict[tuple, float] = {}

    def _key(self, flow: Flow, thing: object) -> tuple:
        return (flow.key, thing)

    def section(self, flow: Flow, section: Section, first: bool, gap: float) -> tuple[float, list]:
        """The fixed height of a section and, per talking point, its short and long heights."""
        fixed = 0.0 if first else gap
        if section.heading:
            fixed += self._para(flow, section.heading)
        choices: list[tuple[str, _Heights]] = []
        if section.boxed:
            box = flow.boxed(flow.flowables(section.items))  # type: ignore[arg-type]
            return fixed + height(box, flow.width), choices
        for item in section.items:
            if isinstance(item, Para):
                fixed += self._para(flow, item)
            elif isinstance(item, Choice):
                choices.append((item.block, self._choice(flow, item, None)))
            elif isinstance(item, PlanTable):
                fixed += self._rows(flow, (item.header,), item.widths, header=True)
                for row in item.rows:
                    if isinstance(row, Choice):
                        choices.append((row.block, self._choice(flow, row, item.widths)))
                    else:
                        fixed += self._rows(flow, (row,), item.widths, header=False)
        return fixed, choices

    def _para(self, flow: Flow, para: Para) -> float:
        key = self._key(flow, para)
        if key not in self._cache:
            self._cache[key] = height(flow.para(para), flow.width)
        return self._cache[key]

    def _rows(self, flow: Flow, rows: tuple[Row, ...], widths, header: bool) -> float:
        key = self._key(flow, (rows, widths, header))
        if key not in self._cache:
            self._cache[key] = height(flow.table(list(rows), widths, header), flow.width)
        return self._cache[key]

    def _choice(self, flow: Flow, choice: Choice, widths) -> _Heights:
        return _Heights(self, flow, choice, widths)


class _Heights:
    """The short and long heights of one talking point, each measured only when first asked."""

    def __init__(self, measurer: Measurer, flow: Flow, choice: Choice, widths) -> None:
        self._args = (measurer, flow, choice, widths)
        self._known: dict[str, float] = {}

    def __getitem__(self, variant: str) -> float:
        if variant not in self._known:
            measurer, flow, choice, widths = self._args
            items = choice.pick(variant)  # type: ignore[arg-type]
            if widths is not None:
                value = measurer._rows(flow, items, widths, header=False)  # type: ignore[arg-type]
            else:
                value = sum(measurer._para(flow, p) for p in items)  # type: ignore[arg-type]
            self._known[variant] = value
        return self._known[variant]

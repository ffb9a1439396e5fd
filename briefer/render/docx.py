"""DOCX renderer: a sized Plan in, the bytes of an editable one-page Word document out.

The page is the one the PDF draws: the same sections, order, texts and sizes (in Word's half
points), exact line heights, space after only, the footer in Word's footer with the bottom margin
leaving it the PDF frame's room. Built with python-docx from Word's own styles (Title, Heading 1/2,
List Bullet/Number, Table Grid, Normal, Footer), so it stays editable: ``docx_styles`` sets them
in the plan's looks, ``docx_decor`` draws the band and the sidebar, ``docx_fonts`` embeds a
template's own family, and ``docx_oxml`` adds what python-docx has no call for.
"""

from __future__ import annotations

import copy
import io
import re
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate

from docx.shared import Twips

from briefer.layout import fonts
from briefer.layout.breaks import with_break_points
from briefer.layout.flow import (
    ACCENT_BAR,
    BOX_PAD_BOTTOM,
    BOX_PAD_SIDE,
    BOX_PAD_TOP,
    CELL_PAD,
    FOOTER_RULE_RISE,
    RULE_WIDTH,
    Flow,
    footer_reserve,
)
from briefer.layout.fonts import DOCX_FONT
from briefer.plan import Para, Plan, Row, Section, Span, Style
from briefer.plan import Table as PlanTable
from briefer.render import clean, docx_decor, docx_fonts
from briefer.render import docx_oxml as ox
from briefer.render.docx_meta import set_properties
from briefer.render.docx_oxml import ceil_tw, color, tw
from briefer.render.docx_styles import (
    LISTS,
    STYLE_OF_ROLE,
    WORD_STYLES,
    look_props,
    set_font,
    spacing,
    styled,
)

RULE_EIGHTHS = max(2, round(RULE_WIDTH * 8))  # border widths are in eighths of a point
BAR_EIGHTHS = round(ACCENT_BAR * 8)
HAIRLINE = 0.25  # the thinnest border Word draws; the box's other sides use the callout colour

_NUMBER = re.compile(r"^(\d+)([.)])$")
_BREAKING_SPACE = re.compile(r"[^\S\xa0\u2007\u202f]+")  # no-break spaces stay as they are


@dataclass
class _P:
    """One paragraph on its way to the document: its Word style, its role's look, its runs."""

    style_id: str
    look: Style
    runs: list[tuple[str, bool, bool]]
    after: float
    num_id: int | None = None
    boxed: bool = False
    box: tuple[list[tuple], str | None] | None = None  # border specs and fill
    side: float = 0.0  # extra indent on both sides (the ask box's padding)
    spacer: float = 0.0  # an empty paragraph of this exact height (the gap after a table)


@dataclass
class _Doc:
    plan: Plan
    styles: dict[str, Style] = field(default_factory=dict)  # Word style id -> look
    blocks: list[_P | PlanTable] = field(default_factory=list)
    abstracts: list[tuple[str, str, str, float]] = field(default_factory=list)
    nums: list[tuple[int, int]] = field(default_factory=list)
    run_key: tuple | None = None  # the list the previous paragraph belonged to
    used: set[int] = field(default_factory=set)  # numbered lists already started
    current: int = 0  # the numbered list being continued


def _runs(spans: tuple[Span, ...], look: Style) -> list[tuple[str, bool, bool]]:
    """Text runs as reportlab sets them: whitespace collapsed to single spaces, ends trimmed."""
    runs: list[tuple[str, bool, bool]] = []
    prior_space = True  # at the start of the paragraph, spaces vanish
    for span in spans:
        text = with_break_points(_BREAKING_SPACE.sub(" ", clean(span.text)))  # long words
        if look.upper:
            text = text.upper()
        if prior_space:
            text = text.lstrip(" ")
        if not text:
            continue
        prior_space = text.endswith(" ")
        runs.append((text, look.bold or span.bold, look.italic or span.italic))
    if runs and runs[-1][0].endswith(" "):
        text, bold, italic = runs[-1]
        runs[-1] = (text.rstrip(" "), bold, italic)
        if not runs[-1][0]:
            runs.pop()
    return runs


def _list_style(doc: _Doc, bullet: str, look: Style, section: int) -> tuple[str, int]:
    """The list style and numbering instance for a bullet or number label ("•", "1.").

    Bullets share one list; each run of numbers gets its own, starting at its first label.
    """
    number = _NUMBER.match(bullet)
    if number:
        key = ("decimal", f"%1{number.group(2)}", "ListNumber", look.indent)
    else:
        key = ("bullet", bullet, "ListBullet", look.indent)
    if key not in doc.abstracts:
        doc.abstracts.append(key)
    abstract = doc.abstracts.index(key)
    if not number:
        doc.run_key = None
        for num_id, (of, _) in enumerate(doc.nums, 1):
            if of == abstract:
                return key[2], num_id
        doc.nums.append((abstract, 1))
        return key[2], len(doc.nums)
    if doc.run_key != (section, key):
        doc.run_key = (section, key)
        start = int(number.group(1))
        if (abstract, start) == (1, 1) and 2 not in doc.used:
            doc.current = 2  # the List Number style's own list
        else:
            doc.nums.append((abstract, start))
            doc.current = len(doc.nums)
        doc.used.add(doc.current)
    return key[2], doc.current


def _para(doc: _Doc, para: Para, section: int, boxed: bool = False) -> _P:
    look = doc.plan.styles[para.role]
    num_id = None
    if para.bullet:
        style_id, num_id = _list_style(doc, para.bullet, look, section)
    else:
        style_id = STYLE_OF_ROLE.get(para.role, "Normal")
        doc.run_key = None
    return _P(style_id, look, _runs(para.spans, look), look.space_after, num_id, boxed)


def _section(doc: _Doc, section: Section, index: int) -> None:
    plan = doc.plan
    if index:
        last = doc.blocks[-1] if doc.blocks else None
        if isinstance(last, _P):
            last.after += plan.section_gap
        elif isinstance(last, PlanTable):
            doc.blocks.append(_P("Normal", doc.styles["Normal"], [], 0.0, spacer=plan.section_gap))
    if section.heading:
        doc.blocks.append(_para(doc, section.heading, index))
    start = len(doc.blocks)
    for item in section.items:
        if isinstance(item, Para):
            doc.blocks.append(_para(doc, item, index, section.boxed))
        elif isinstance(item, PlanTable):
            doc.run_key = None
            doc.blocks.append(item)
        else:
            raise TypeError(f"unresolved plan item {item!r}")
    boxed = [b for b in doc.blocks[start:] if isinstance(b, _P) and b.boxed]
    if boxed:
        boxed[-1].after = plan.body_size * 0.2  # below the box, as the PDF's box.spaceAfter


def _box(doc: _Doc) -> None:
    """The ask box: the PDF's padded, tinted cell as shaded paragraphs with a left bar (Word and
    LibreOffice box consecutive paragraphs with equal borders; the other sides pad, in the tint).
    """
    box = [b for b in doc.blocks if isinstance(b, _P) and b.boxed]
    if not box:
        return
    palette, body = doc.plan.palette, doc.plan.body_size
    tint, side = color(palette.callout), body * BOX_PAD_SIDE
    bottom = box[-1].look.space_after + body * BOX_PAD_BOTTOM  # the last space after stays inside
    borders = [
        ("top", 2, body * BOX_PAD_TOP - HAIRLINE, tint),
        ("left", BAR_EIGHTHS, side - ACCENT_BAR, color(palette.accent)),
        ("bottom", 2, bottom - HAIRLINE, tint),
        ("right", 2, side - HAIRLINE, tint),
    ]
    for p in box:
        p.box, p.side = (borders, tint), side


def _footer_reserve(plan: Plan) -> float:
    """The PDF frame's room for the footer, so the body ends where the PDF's does."""
    flow = Flow(plan.styles, plan.palette, plan.page.frame_width, plan.body_size, font=plan.font)
    return footer_reserve(flow, plan.footer)


_MEMO: dict[tuple, object] = {}  # formatting key -> the pPr or rPr python-docx made for it


class _Writer:
    """Puts the planned blocks into a python-docx document.

    Paragraph and run formatting is set through python-docx the first time a combination
    occurs; later paragraphs and runs with the same one get a copy of its properties element.
    """

    def __init__(self, document, doc: _Doc) -> None:
        self.document, self.doc = document, doc
        self.styles = {sid: document.styles[name] for sid, (name, _) in WORD_STYLES.items()}
        if len(_MEMO) > 4096:  # bounded: sizes come in half points, so combinations repeat
            _MEMO.clear()
        self.memo = _MEMO

    def _format(self, element, props: str, key: tuple, build) -> None:
        """Format a w:p (props "pPr") or w:r ("rPr") with ``build``, or as before for ``key``."""
        if key not in self.memo:
            build()
            self.memo[key] = copy.deepcopy(getattr(element, props))
            return
        if getattr(element, props) is not None:
            element.remove(getattr(element, props))
        if self.memo[key] is not None:
            element.insert(0, copy.deepcopy(self.memo[key]))

    def paragraph(self, p: _P, paragraph) -> None:
        box = p.box and (tuple(p.box[0]), p.box[1])
        key = (p.style_id, self.doc.styles[p.style_id], p.num_id, box, p.after, p.look, p.side)
        key += (p.spacer,)
        self._format(paragraph._p, "pPr", key, partial(self._paragraph_format, p, paragraph))
        base, own = look_props(self.doc.styles[p.style_id]), look_props(p.look)
        for text, bold, italic in p.runs:
            run = paragraph.add_run(text)
            props = {**own, "bold": bold, "italic": italic}
            diff = {k: v for k, v in props.items() if base[k] != v}
            if diff:
                build = partial(set_font, run.font, run._r, diff)
                self._format(run._r, "rPr", ("run", *diff.items()), build)

    def _paragraph_format(self, p: _P, paragraph) -> None:
        fmt = paragraph.paragraph_format
        if p.spacer:
            spacing(fmt, 0.0, p.spacer)
            ox.mark_size(paragraph._p, 2)
            return
        owner = self.doc.styles[p.style_id]
        if p.style_id != "Normal":
            paragraph.style = self.styles[p.style_id]
        if p.num_id is not None:
            ox.numbering_ref(paragraph._p, p.num_id)
        if p.box:
            ox.paragraph_borders(paragraph._p, [ox.border(*b) for b in p.box[0]], p.box[1])
        if (tw(p.after), tw(p.look.leading)) != (tw(owner.space_after), tw(owner.leading)):
            spacing(fmt, p.after, p.look.leading)
        listed = p.style_id in LISTS
        left, hanging, right = p.look.indent + p.side, p.look.indent if listed else 0.0, p.side
        theirs = (tw(owner.indent), tw(owner.indent) if listed else 0, 0)
        if (tw(left), tw(hanging), tw(right)) != theirs:
            fmt.left_indent, fmt.right_indent = Twips(tw(left)), Twips(tw(right))
            fmt.first_line_indent = Twips(-tw(hanging))

    def table(self, table: PlanTable, width: int, container=None) -> None:
        """A real Word table: fixed column widths, a repeating header row, rules below each row.

        A rule's width comes off the row's bottom padding: reportlab draws it over the cell, Word
        and LibreOffice add it to the row's height.
        """
        plan = self.doc.plan
        pad = round(plan.body_size * CELL_PAD, 2)
        cols, done, scale = [], 0, sum(table.widths) or 1.0
        for fraction in accumulate(w / scale for w in table.widths):
            cols.append(round(width * fraction) - done)
            done += cols[-1]
        rows: list[Row] = [table.header, *table.rows]  # type: ignore[list-item]
        if container is None:
            grid = self.document.add_table(len(rows), len(cols), "Table Grid")
        else:  # in the sidebar layout's main column
            grid = docx_decor.add_table(container, len(rows), len(cols), width, "Table Grid")
        grid.autofit = False
        for column, col in zip(grid.columns, cols, strict=True):
            column.width = Twips(col)
        margins = (tw(pad * 0.75), tw(pad), tw(pad * 0.75 - RULE_EIGHTHS / 8), tw(pad))
        ox.table_frame(grid._tbl, width, color(plan.palette.rule), RULE_EIGHTHS, margins)
        fill = color(plan.palette.table_header)
        for index, (row, word_row) in enumerate(zip(rows, grid.rows, strict=True)):
            ox.row_flags(word_row._tr, header=index == 0)
            for cell, word_cell, col in zip(row.cells, word_row.cells, cols, strict=False):
                word_cell.width = Twips(col)
                if index == 0:
                    ox.cell_fill(word_cell._tc, fill)
                self.paragraph(_para(self.doc, cell, -1), word_cell.paragraphs[0])

    def footer(self, footer) -> None:
        plan = self.doc.plan
        rule = (
            "top",
            RULE_EIGHTHS,
            plan.styles["footer"].size * FOOTER_RULE_RISE,
            color(plan.palette.rule),
        )
        paras = [_para(self.doc, para, -2) for para in plan.footer]
        first = footer.paragraphs[0]
        if not paras:
            ox.paragraph_borders(first._p, [ox.border(*rule)])
            return
        paras[0].box = ([rule], None)
        for index, p in enumerate(paras):
            self.paragraph(p, first if index == 0 else footer.add_paragraph())


def _decor(document, word, writer: _Writer, plan: Plan):
    """The header band and the sidebar; the container the points go into, and its first
    (still empty) paragraph."""
    decor = plan.page.decor
    if decor is None:
        return document, None
    if decor.band is not None:
        docx_decor.header_band(word, plan)
    if decor.sidebar is None:
        return document, None
    word.left_margin = Twips(ceil_tw(decor.frame_left))

    def write(para: Para, look: Style, paragraph) -> None:
        writer.paragraph(_P("Normal", look, _runs(para.spans, look), look.space_after), paragraph)

    main = docx_decor.sidebar(document, plan, _footer_reserve(plan), write)
    return main, main.paragraphs[0]


def render_docx(plan: Plan) -> bytes:
    """The plan as a one-page DOCX: editable Word styles, same page as the PDF, stable bytes."""
    body_look = plan.styles.get("body") or next(iter(plan.styles.values()))
    looks = {sid: plan.styles.get(role, body_look) for sid, (_, role) in WORD_STYLES.items()}
    doc = _Doc(plan, looks)
    doc.abstracts = [
        ("bullet", "•", "ListBullet", looks["ListBullet"].indent),
        ("decimal", "%1.", "ListNumber", looks["ListNumber"].indent),
    ]
    doc.nums = [(0, 1), (1, 1)]
    for index, section in enumerate(plan.sections):
        _section(doc, section, index)
    if not doc.blocks or isinstance(doc.blocks[-1], PlanTable):
        doc.blocks.append(_P("Normal", looks["Normal"], [], 0.0, spacer=1.0))
    _box(doc)

    font = DOCX_FONT if fonts.is_default(plan.font) else fonts.family(plan.font).name
    document = copy.deepcopy(styled(tuple(looks.values()), font))
    page, word = plan.page, document.sections[0]
    word.page_width, word.page_height = Twips(tw(page.width)), Twips(tw(page.height))
    word.top_margin = Twips(ceil_tw(page.top))
    word.bottom_margin = Twips(ceil_tw(page.bottom + _footer_reserve(plan)))
    word.left_margin, word.right_margin = Twips(ceil_tw(page.left)), Twips(ceil_tw(page.right))
    word.header_distance, word.footer_distance = Twips(tw(page.top / 2)), Twips(tw(page.bottom))
    word.gutter = Twips(0)
    width = tw(page.width) - ceil_tw(page.left) - ceil_tw(page.right)

    writer = _Writer(document, doc)
    target, first = _decor(document, word, writer, plan)
    for block in doc.blocks:
        if isinstance(block, PlanTable):
            writer.table(block, width, None if target is document else target)
        else:
            writer.paragraph(block, first if first is not None else target.add_paragraph())
            first = None
    writer.footer(word.footer)
    if target is not document:
        docx_decor.tight(document.add_paragraph())  # the body's closing paragraph
        indent = Twips(tw(page.left - plan.page.decor.frame_left))  # type: ignore[union-attr]
        for paragraph in word.footer.paragraphs:  # under the main column, as in the PDF
            paragraph.paragraph_format.left_indent = indent
    abstracts = [(fmt, text, sid, tw(indent)) for fmt, text, sid, indent in doc.abstracts]
    ox.numbering(document.part.numbering_part, abstracts, doc.nums, font)
    language = set_properties(document.core_properties, plan.meta)
    ox.language(document.styles, language or "en-US")
    buffer = io.BytesIO()
    document.save(buffer)
    if font != DOCX_FONT:
        return docx_fonts.embedded(buffer.getvalue(), plan, font)
    return ox.repack(buffer.getvalue())


__all__ = ["render_docx"]

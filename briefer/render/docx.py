"""DOCX renderer: a sized Plan in, the bytes of an editable one-page Word document out.

The page is the one the PDF draws: the same sections, order, texts and sizes, exact line heights
(each paragraph's leading, as the fit measured it), space after only, the footer in Word's footer
with the body's bottom margin leaving it the room the PDF frame does. It is built from Word's own
styles (Title, Heading 1/2, List Bullet/Number, Table Grid, Normal, Footer), so it stays editable.
Font sizes come out in Word's half points; Arial has Liberation Sans's metrics.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..plan import Para, Plan, Row, Section, Span, Style
from ..plan import Table as PlanTable
from . import docx_xml as x
from .pdf_flow import ACCENT_BAR, RULE_WIDTH, Flow, height

RULE_EIGHTHS = max(2, round(RULE_WIDTH * 8))  # border widths are in eighths of a point
BAR_EIGHTHS = round(ACCENT_BAR * 8)
HAIRLINE = 0.25  # the thinnest border Word draws; the box's other sides use the callout colour

WORD_STYLES = (
    x.WordStyle("Normal", "Normal", "body"),
    x.WordStyle("Title", "Title", "title"),
    x.WordStyle("Subtitle", "Subtitle", "subtitle"),
    x.WordStyle("Heading1", "heading 1", "heading", outline=0),
    x.WordStyle("Heading2", "heading 2", "ask_label", outline=1),
    x.WordStyle("ListBullet", "List Bullet", "bullet", '<w:numPr><w:numId w:val="1"/></w:numPr>'),
    x.WordStyle("ListNumber", "List Number", "bullet", '<w:numPr><w:numId w:val="2"/></w:numPr>'),
    x.WordStyle("Footer", "footer", "footer"),
)
STYLE_OF_ROLE = {
    "title": "Title",
    "subtitle": "Subtitle",
    "heading": "Heading1",
    "ask_label": "Heading2",
    "footer": "Footer",
}
_NUMBER = re.compile(r"^(\d+)([.)])$")
_BREAKING_SPACE = re.compile(r"[^\S\xa0\u2007\u202f]+")  # no-break spaces stay as they are


@dataclass
class _P:
    """One paragraph on its way to XML: its Word style, its role's look, its runs."""

    style_id: str
    look: Style
    runs: list[tuple[str, bool, bool]]
    after: float
    num_id: int | None = None
    boxed: bool = False
    borders: str = ""  # <w:pBdr> and <w:shd>, in schema order
    side: float = 0.0  # extra indent on both sides (the ask box's padding)
    spacer: float = 0.0  # an empty paragraph of this exact height (the gap after a table)


@dataclass
class _Tbl:
    table: PlanTable


@dataclass
class _Doc:
    plan: Plan
    styles: dict[str, tuple[x.WordStyle, Style]] = field(default_factory=dict)
    blocks: list[_P | _Tbl] = field(default_factory=list)
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
        text = _BREAKING_SPACE.sub(" ", x.clean(span.text))
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


def _word_styles(plan: Plan) -> dict[str, tuple[x.WordStyle, Style]]:
    body = plan.styles.get("body") or next(iter(plan.styles.values()))
    return {ws.style_id: (ws, plan.styles.get(ws.role, body)) for ws in WORD_STYLES}


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
        elif isinstance(last, _Tbl):
            doc.blocks.append(
                _P("Normal", doc.styles["Normal"][1], [], 0.0, spacer=plan.section_gap)
            )
    if section.heading:
        doc.blocks.append(_para(doc, section.heading, index))
    start = len(doc.blocks)
    for item in section.items:
        if isinstance(item, Para):
            doc.blocks.append(_para(doc, item, index, section.boxed))
        elif isinstance(item, PlanTable):
            doc.run_key = None
            doc.blocks.append(_Tbl(item))
        else:
            raise TypeError(f"unresolved plan item {item!r}")
    boxed = [b for b in doc.blocks[start:] if isinstance(b, _P) and b.boxed]
    if boxed:
        boxed[-1].after = plan.body_size * 0.2  # below the box, as the PDF's box.spaceAfter


# -- XML ---------------------------------------------------------------------------------------


def _box(doc: _Doc) -> None:
    """The ask box: the PDF's padded, tinted table cell as shaded paragraphs with a left bar.

    Word and LibreOffice draw one box around consecutive paragraphs with the same borders;
    the box's other sides are hairlines in the tint, there only to pad the text.
    """
    box = [b for b in doc.blocks if isinstance(b, _P) and b.boxed]
    if not box:
        return
    palette, body = doc.plan.palette, doc.plan.body_size
    tint, bar = x.color(palette.callout), x.color(palette.accent)
    side, top = body * 0.9, body * 0.6
    bottom = box[-1].look.space_after + body * 0.3  # the last space after stays inside
    borders = (
        "<w:pBdr>"
        + x.border("top", "single", 2, top - HAIRLINE, tint)
        + x.border("left", "single", BAR_EIGHTHS, side - ACCENT_BAR, bar)
        + x.border("bottom", "single", 2, bottom - HAIRLINE, tint)
        + x.border("right", "single", 2, side - HAIRLINE, tint)
        + f'</w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="{tint}"/>'
    )
    for p in box:
        p.borders, p.side = borders, side


def _p_xml(doc: _Doc, p: _P) -> str:
    if p.spacer:
        return (
            f"<w:p><w:pPr>{x.spacing(0, p.spacer)}"
            '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>'
        )
    owner = doc.styles[p.style_id][1]
    ppr = "" if p.style_id == "Normal" else f'<w:pStyle w:val="{p.style_id}"/>'
    if p.num_id is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{p.num_id}"/></w:numPr>'
    listed = p.style_id in ("ListBullet", "ListNumber")
    ppr += p.borders
    if (x.tw(p.after), x.tw(p.look.leading)) != (x.tw(owner.space_after), x.tw(owner.leading)):
        ppr += x.spacing(p.after, p.look.leading)
    hanging = p.look.indent if listed else 0.0
    mine = (p.look.indent + p.side, hanging, p.side)
    theirs = (owner.indent, owner.indent if listed else 0.0, 0.0)
    if [x.tw(v) for v in mine] != [x.tw(v) for v in theirs]:
        left, hang, right = (x.tw(v) for v in mine)
        ppr += f'<w:ind w:left="{left}" w:right="{right}" w:hanging="{hang}"/>'
    base = x.style_run(owner)
    own = x.style_run(p.look)
    out = [f"<w:p><w:pPr>{ppr}</w:pPr>" if ppr else "<w:p>"]
    for text, bold, italic in p.runs:
        props = {**own, "bold": bold, "italic": italic}
        diff = {k: v for k, v in props.items() if base.get(k) != v}
        rpr = f"<w:rPr>{x.run_props(diff)}</w:rPr>" if diff else ""
        out.append(f"<w:r>{rpr}{x.text_node(text)}</w:r>")
    out.append("</w:p>")
    return "".join(out)


def _table_xml(doc: _Doc, table: PlanTable, width_tw: int) -> str:
    """A real Word table: fixed column widths, a repeating header row, rules below each row.

    The rule under a row takes its width from the row's bottom padding: reportlab draws it over
    the cell, Word and LibreOffice add it to the row's height.
    """
    plan = doc.plan
    pad = round(plan.body_size * 0.4, 2)
    rule = x.color(plan.palette.rule)
    line = f'w:val="single" w:sz="{RULE_EIGHTHS}" w:space="0" w:color="{rule}"'
    cols, done = [], 0
    for fraction in _cumulative(table.widths):
        cols.append(round(width_tw * fraction) - done)
        done += cols[-1]
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{width_tw}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
        f'<w:bottom {line}/><w:right w:val="nil"/><w:insideH {line}/><w:insideV w:val="nil"/>'
        '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>'
        f'<w:top w:w="{x.tw(pad * 0.75)}" w:type="dxa"/><w:left w:w="{x.tw(pad)}" w:type="dxa"/>'
        f'<w:bottom w:w="{x.tw(pad * 0.75 - RULE_EIGHTHS / 8)}" w:type="dxa"/>'
        f'<w:right w:w="{x.tw(pad)}" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>'
        + "".join(f'<w:gridCol w:w="{c}"/>' for c in cols)
        + "</w:tblGrid>"
    ]
    rows: list[Row] = [table.header, *table.rows]  # type: ignore[list-item]
    fill = x.color(plan.palette.table_header)
    for index, row in enumerate(rows):
        header = index == 0
        out.append("<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if header else ""))
        out.append("</w:trPr>")
        for cell, col in zip(row.cells, cols, strict=False):
            shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if header else ""
            p = _para(doc, cell, -1)
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{col}" w:type="dxa"/>{shade}</w:tcPr>')
            out.append(_p_xml(doc, p) + "</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _cumulative(widths: tuple[float, ...]) -> list[float]:
    total, out = 0.0, []
    scale = sum(widths) or 1.0
    for w in widths:
        total += w / scale
        out.append(total)
    return out


def _footer_reserve(plan: Plan) -> float:
    """The PDF frame's room for the footer: its paragraphs plus the gap and rule above them."""
    flow = Flow(plan.styles, plan.palette.__dict__, plan.page.frame_width, plan.body_size)
    heights = sum(height(flow.para(p), plan.page.frame_width) for p in plan.footer)
    return heights + plan.styles["footer"].size * 1.6


def _footer_xml(doc: _Doc) -> str:
    plan = doc.plan
    size = plan.styles["footer"].size
    rule = x.border("top", "single", RULE_EIGHTHS, size * 0.8, x.color(plan.palette.rule))
    paras = [_para(doc, para, -2) for para in plan.footer]
    if not paras:
        return f"<w:p><w:pPr><w:pBdr>{rule}</w:pBdr></w:pPr></w:p>"
    paras[0].borders = f"<w:pBdr>{rule}</w:pBdr>"
    return "".join(_p_xml(doc, p) for p in paras)


def render_docx(plan: Plan) -> bytes:
    """The plan as a one-page DOCX: editable Word styles, same page as the PDF, stable bytes."""
    doc = _Doc(plan, _word_styles(plan))
    doc.abstracts = [
        ("bullet", "•", "ListBullet", doc.styles["ListBullet"][1].indent),
        ("decimal", "%1.", "ListNumber", doc.styles["ListNumber"][1].indent),
    ]
    doc.nums = [(0, 1), (1, 1)]
    for index, section in enumerate(plan.sections):
        _section(doc, section, index)
    if not doc.blocks or isinstance(doc.blocks[-1], _Tbl):
        doc.blocks.append(_P("Normal", doc.styles["Normal"][1], [], 0.0, spacer=1.0))

    page = plan.page
    width_tw = x.tw(page.width) - x.ceil_tw(page.left) - x.ceil_tw(page.right)
    _box(doc)
    body = [
        _table_xml(doc, b.table, width_tw) if isinstance(b, _Tbl) else _p_xml(doc, b)
        for b in doc.blocks
    ]
    body.append(x.section_xml(page, _footer_reserve(plan), x.FOOTER_RID))
    footer = _footer_xml(doc)

    style_xml = []
    for ws, look in doc.styles.values():
        listed = ws.style_id in ("ListBullet", "ListNumber")
        tail = x.indent(look.indent, look.indent if listed else 0.0)
        style_xml.append(x.paragraph_style(ws, look, tail))
    parts = x.package_parts(
        document=x.wrap_part("document", "<w:body>" + "".join(body) + "</w:body>"),
        styles=x.styles_xml(plan.meta.language, style_xml),
        numbering=x.numbering_xml(doc.abstracts, doc.nums),
        footer=x.wrap_part("ftr", footer),
        meta=plan.meta,
    )
    return x.package(parts)


__all__ = ["render_docx"]

"""The DOCX's decor: the logo and QR band in Word's header, the sidebar as a two-column table.

Word and LibreOffice lay these out themselves, so every piece has a fixed size: borderless tables
of fixed widths, rows of exact heights, pictures inline at their printed size. The band sits in
the header between the paper's top margin and the body (whose margin compose grew by the band);
the sidebar is a table filling the body frame, the points in its second column at the width the
fit measured. Pictures: a PNG or JPEG logo as it is, an SVG logo and the QR code as PNGs of at
least 600 dpi (see briefer/page/images.py).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import lru_cache

from docx.blkcntnr import BlockItemContainer
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Twips

from briefer.page import contrast, images
from briefer.page.decor import PICTURE_ROOM
from briefer.plan import Decor, Para, Picture, Plan, QrCode, Style
from briefer.render.docx_oxml import ceil_tw, color, el, put, tw

SLACK = 3.0  # points the sidebar table leaves free at the frame's foot (for the closing paragraph)


def add_table(container, rows: int, cols: int, width: int, style: str | None = None):
    """A fixed-width table in a document, header or cell, with no paragraph added after it."""
    table = BlockItemContainer.add_table(container, rows, cols, Twips(width))
    if style:
        table.style = style
    table.autofit = False
    return table


def plain(table, widths: list[int]) -> None:
    """No borders, no cell padding, fixed column widths."""
    tblPr = table._tbl.tblPr
    put(tblPr, el("tblW", w=sum(widths), type="dxa"))
    sides = [el(s, val="nil") for s in ("top", "left", "bottom", "right", "insideH", "insideV")]
    put(tblPr, el("tblBorders", *sides))
    put(tblPr, el("tblLayout", type="fixed"))
    zero = [el(s, w=0, type="dxa") for s in ("top", "left", "bottom", "right")]
    put(tblPr, el("tblCellMar", *zero))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Twips(width)
        for cell in column.cells:
            cell.width = Twips(width)


def exact_row(row, height: float) -> None:
    trPr = row._tr.get_or_add_trPr()
    put(trPr, el("cantSplit"))
    put(trPr, el("trHeight", val=tw(height), hRule="exact"))


def cell_look(cell, margins: tuple[float, float, float, float], fill: str | None = None) -> None:
    """Padding (points: top, left, bottom, right) and a fill."""
    tcPr = cell._tc.get_or_add_tcPr()
    names = ("top", "left", "bottom", "right")
    put(
        tcPr,
        el("tcMar", *[el(n, w=tw(v), type="dxa") for n, v in zip(names, margins, strict=True)]),
    )
    if fill:
        put(tcPr, el("shd", val="clear", color="auto", fill=color(fill)))


def tight(paragraph, line: float = 1.0) -> None:
    """A paragraph that takes ``line`` points: the closing paragraph after a table."""
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Twips(0), Twips(0), Twips(tw(line))
    put(paragraph._p.get_or_add_pPr(), el("rPr", el("sz", val=2), el("szCs", val=2)))


def picture(paragraph, data: bytes, width: float, height: float, descr: str) -> None:
    """An inline picture at its printed size, in a paragraph whose line fits it."""
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Twips(0), Twips(0), 1.0
    shape = paragraph.add_run().add_picture(io.BytesIO(data), width=Pt(width), height=Pt(height))
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", descr)
    doc_pr.set("name", descr[:40])


def logo_png(logo: Picture) -> bytes:
    """The logo's picture; on its plate when it has one (drawn into the picture, so the DOCX
    places it as the PDF does: the plate fills the logo's box, the logo inset on it)."""
    data = images.docx_picture(logo.data, logo.kind, logo.box.width)
    if logo.plate is None:
        return data
    return _on_plate(data, logo.plate, logo.box.width, logo.box.height)


@lru_cache(maxsize=8)
def _on_plate(data: bytes, plate: str, width: float, height: float) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as opened:
        picture = opened.convert("RGBA")
    x, y, w, h = contrast.inset(width, height)
    scale = picture.width / w  # pixels per point, as the logo is drawn
    board = Image.new("RGBA", (round(width * scale), round(height * scale)), plate)
    picture = picture.resize((round(w * scale), round(h * scale)))
    board.alpha_composite(picture, (round(x * scale), round((height - y - h) * scale)))
    out = io.BytesIO()
    board.convert("RGB").save(out, "PNG")
    return out.getvalue()


def _caption(paragraph, qr: QrCode, style: Style, align: str) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Twips(0), Twips(0)
    fmt.line_spacing = Twips(tw(style.leading))
    fmt.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    run = paragraph.add_run(qr.caption.text)
    run.font.size = Pt(round(style.size * 2) / 2)
    run.font.color.rgb = RGBColor.from_string(color(style.color))


def qr_png(qr: QrCode) -> bytes:
    return images.qr_png(qr.url, qr.box.width)


def _band_cells(decor: Decor, total: int) -> list[tuple[str, int]]:
    """The band's cells, left to right, with their widths in twips (they add up to ``total``)."""
    logo, qr, band = decor.logo, decor.qr, decor.band
    assert band is not None
    pad = tw(decor.band_pad)
    room = tw(PICTURE_ROOM)  # LibreOffice clips a picture that nearly fills its cell
    cells: list[tuple[str, int]] = []
    if decor.band_fill is not None:  # a banner: logo, name, address, code
        if logo is not None:
            cells.append(("logo", pad + ceil_tw(logo.box.width) + room))
        cells.append(("name", 0))
        if qr is not None:
            cells.append(("caption", ceil_tw(qr.caption_box.width) + tw(6)))
            cells.append(("qr", ceil_tw(qr.box.width) + room + pad))
    else:
        logo_left = logo is not None and (qr is None or logo.box.x <= qr.box.x)
        if logo is not None and logo_left:
            cells.append(("logo", ceil_tw(logo.box.width) + room))
        if qr is not None:
            code = ("qr", ceil_tw(qr.box.width) + room)
            cells += (
                [("caption", 0), code] if qr.caption_align == "right" else [code, ("caption", 0)]
            )
        if logo is not None and not logo_left:
            cells.append(("logo", ceil_tw(logo.box.width) + room))
        if qr is None:
            cells.append(("rest", 0))
    flexible = total - sum(w for _, w in cells)
    return [(kind, w or flexible) for kind, w in cells]


def header_band(section, plan: Plan) -> None:
    """The logo and the QR code (and, in a banner, the name) in Word's header, as the PDF's band:
    a borderless table of one row."""
    decor = plan.page.decor
    if decor is None or decor.band is None:
        return
    band, page = decor.band, plan.page
    section.header_distance = Twips(tw(page.height - band.top))
    header = section.header
    header.is_linked_to_previous = False
    total = tw(page.width) - ceil_tw(page.left) - ceil_tw(page.right)
    cells = _band_cells(decor, total)
    widths = [w for _, w in cells]
    table = add_table(header, 1, len(cells), sum(widths))
    plain(table, widths)
    banner = decor.band_fill is not None
    exact_row(table.rows[0], band.height if banner else band.height + 2)
    logo, qr, pad = decor.logo, decor.qr, decor.band_pad
    for index, ((kind, _), cell) in enumerate(zip(cells, table.rows[0].cells, strict=True)):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if banner:
            left = pad if index == 0 or (kind == "name" and logo is not None) else 0
            right = pad if index == len(cells) - 1 else 0
            cell_look(cell, (0, left, 0, right), decor.band_fill)
        p = cell.paragraphs[0]
        if kind == "logo" and logo is not None:
            if not banner and logo.box.x > band.x + 1:  # at the right, as in the PDF
                p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            picture(p, logo_png(logo), logo.box.width, logo.box.height, logo.alt)
        elif kind == "qr" and qr is not None:
            right = qr.caption_align == "right"
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT if right else None
            picture(p, qr_png(qr), qr.box.width, qr.box.height, f"QR code: {qr.url}")
        elif kind == "caption" and qr is not None and decor.qr_style is not None:
            if not banner:
                cell_look(cell, (0, 4, 0, 4))
            _caption(p, qr, decor.qr_style, qr.caption_align)
        elif kind == "name" and decor.name is not None and decor.name_style is not None:
            _text(p, decor.name.text, decor.name_style)
        else:
            tight(p)
    closing = header.paragraphs[0]  # the header's own first paragraph goes after the table
    table._tbl.addnext(closing._p)
    closing.style = None  # python-docx names a Header style the cleaned template does not have
    tight(closing)


def _text(paragraph, text: str, style: Style) -> None:
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Twips(0), Twips(0)
    fmt.line_spacing = Twips(tw(style.leading))
    run = paragraph.add_run(text)
    run.font.size = Pt(round(style.size * 2) / 2)
    run.font.bold = style.bold
    run.font.color.rgb = RGBColor.from_string(color(style.color))


def sidebar(
    document,
    plan: Plan,
    footer_reserve: float,
    write: Callable[[Para, Style, object], None],
):
    """The sidebar table: the coloured column (logo, ask, meeting, contact; QR code at its foot)
    and the main column, returned as the cell the points go into."""
    decor: Decor = plan.page.decor  # type: ignore[assignment]
    side = decor.sidebar
    assert side is not None
    page = plan.page
    total = tw(page.width) - ceil_tw(decor.frame_left) - ceil_tw(page.right)
    main_text = tw(page.width) - ceil_tw(page.left) - ceil_tw(page.right)
    col0 = total - main_text - tw(side.gap)
    widths = [col0, total - col0]
    qr = decor.qr
    frame = page.height - page.top - page.bottom - footer_reserve - SLACK
    foot = 0.0
    if qr is not None:
        foot = qr.box.top - side.box.y + side.padding
    rows = 2 if qr is not None else 1
    table = add_table(document._body, rows, 2, total)
    plain(table, widths)
    exact_row(table.rows[0], frame - foot)
    if rows == 2:
        exact_row(table.rows[1], foot)
    main = table.cell(0, 1)
    if rows == 2:
        main = main.merge(table.cell(1, 1))
    cell_look(main, (0, (widths[1] - main_text) / 20, 0, 0))  # the text as wide as measured
    pad = side.padding
    column = table.cell(0, 0)
    # the top padding as the first paragraph's space before: LibreOffice gives every cell of a
    # row the top padding of one, which would push the points down too
    cell_look(column, (0, pad, 0, pad), side.fill)
    first = column.paragraphs[0]
    top = first
    if decor.logo is not None:
        logo = decor.logo
        picture(first, logo_png(logo), logo.box.width, logo.box.height, logo.alt)
        first.paragraph_format.space_after = Twips(tw(pad))
        first = None
    styles = dict(side.styles)
    for para in side.items:
        paragraph = first if first is not None else column.add_paragraph()
        first = None
        write(para, styles[para.role], paragraph)
    top.paragraph_format.space_before = Twips(tw(pad))
    if qr is not None and decor.qr_style is not None:
        foot_cell = table.cell(1, 0)
        cell_look(foot_cell, (0, pad, pad, pad), side.fill)
        foot_cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        code = foot_cell.paragraphs[0]
        picture(code, qr_png(qr), qr.box.width, qr.box.height, f"QR code: {qr.url}")
        code.paragraph_format.space_after = Twips(tw(2))
        _caption(foot_cell.add_paragraph(), qr, decor.qr_style, "left")
    return main


__all__ = ["add_table", "header_band", "sidebar", "tight"]

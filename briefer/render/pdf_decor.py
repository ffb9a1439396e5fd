"""The PDF's decor: the logo (vector for an SVG), the vector QR code and its address, the sidebar.

Drawn on the page's canvas around the body frame, where compose placed them (see briefer/decor.py).
"""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from briefer import images
from briefer.fonts import PDF_NAMES
from briefer.layout.flow import Flow, height, markup
from briefer.plan import Box, Decor, Picture, Plan, QrCode, Style

_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}


def draw_logo(canvas: Canvas, picture: Picture) -> None:
    box = picture.box
    if picture.kind == "svg":
        drawing = images.pdf_drawing(
            images.Logo(picture.data, picture.kind, picture.digest, 1.0, 1.0)
        )
        canvas.saveState()
        canvas.translate(box.x, box.y)
        canvas.scale(box.width / drawing.width, box.height / drawing.height)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.restoreState()
        return
    reader = images.pdf_image(picture.data, picture.digest)
    canvas.drawImage(reader, box.x, box.y, box.width, box.height, mask="auto")


def draw_qr(canvas: Canvas, qr: QrCode, decor: Decor, on_dark: bool) -> None:
    box = qr.box
    if on_dark:  # the quiet zone must be light for a reader to find the code
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(box.x, box.y, box.width, box.height, stroke=0, fill=1)
        canvas.restoreState()
    renderPDF.draw(images.qr_drawing(qr.url, box.width), canvas, box.x, box.y)
    style = decor.qr_style
    assert style is not None
    caption = Paragraph(markup(qr.caption, style), _pstyle(style, qr.caption_align))
    cap = qr.caption_box
    _, h = caption.wrap(cap.width, cap.height)
    if qr.caption_align == "left" and on_dark:
        caption.drawOn(canvas, cap.x, cap.y + cap.height - h)
    else:
        caption.drawOn(canvas, cap.x, cap.y + (cap.height - h) / 2)


def _pstyle(style: Style, align: str) -> ParagraphStyle:
    return ParagraphStyle(
        style.role,
        fontName=PDF_NAMES["bold" if style.bold else "regular"],
        fontSize=style.size,
        leading=style.leading,
        textColor=colors.HexColor(style.color),
        alignment=_ALIGN[align],
        splitLongWords=1,
    )


def _fill(canvas: Canvas, box: Box, color: str) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor(color))
    canvas.rect(box.x, box.y, box.width, box.height, stroke=0, fill=1)
    canvas.restoreState()


def draw_decor(canvas: Canvas, plan: Plan) -> None:
    decor = plan.page.decor
    if decor is None:
        return
    side = decor.sidebar
    if side is not None:
        _fill(canvas, side.box, side.fill)
        styles = dict(side.styles)
        inner = side.box.width - 2 * side.padding
        flow = Flow(styles, plan.palette, inner, styles["side_text"].size)
        y = side.box.top - side.padding
        if decor.logo is not None:
            y = decor.logo.box.y - side.padding
        for para in side.items:
            flowable = flow.para(para)
            h = height(flowable, inner)
            flowable.drawOn(canvas, side.box.x + side.padding, y - h + flowable.getSpaceAfter())
            y -= h
    if decor.band_fill and decor.band is not None:
        _fill(canvas, decor.band, decor.band_fill)
    if decor.name is not None and decor.name_box is not None and decor.name_style is not None:
        box, style = decor.name_box, decor.name_style
        name = Paragraph(markup(decor.name, style), _pstyle(style, "left"))
        _, h = name.wrap(box.width, box.height)
        name.drawOn(canvas, box.x, box.y + (box.height - h) / 2)
    if decor.logo is not None:
        draw_logo(canvas, decor.logo)
    if decor.qr is not None:
        on_dark = side is not None or decor.band_fill is not None
        draw_qr(canvas, decor.qr, decor, on_dark=on_dark)


__all__ = ["draw_decor"]

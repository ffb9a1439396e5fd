"""The PDF's decor: the logo (vector for an SVG), the vector QR code and its address, the sidebar.

Drawn on the page's canvas around the body frame, where compose placed them (see
briefer/page/decor.py). What does not change between builds is made once: the QR code's path,
and a raster logo's image object (reportlab would otherwise decode and compress the pixels again
on every build), so a warm build pays a few hundred microseconds for them.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from functools import lru_cache

from reportlab.graphics import renderPDF, shapes
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable, Paragraph

from briefer.layout.flow import Flow, height, markup
from briefer.layout.fonts import PDF_NAMES, pdf_names, register_pdf_faces
from briefer.page import contrast, images
from briefer.plan import Box, Decor, Picture, Plan, QrCode, Style
from briefer.render.pdf_tags import Group, Tagger, mark

_ALIGN = {"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}
# An SVG drawing starts in reportlab's default font, which would put an unembedded Helvetica in
# every PDF with an SVG logo; start it in the font the page embeds anyway.
shapes.STATE_DEFAULTS["fontName"] = PDF_NAMES["regular"]
MAX_LOGO_DPI = 600  # a raster logo is embedded at most this sharp at its printed size


@lru_cache(maxsize=64)
def _qr_path(url: str, size: float) -> PDFPathObject:
    """The QR code's dark modules as one path of rectangles, ``size`` points square."""
    module = size / images.qr_modules(url)
    path = PDFPathObject()
    for row, column, length in images.qr_runs(url):
        # a hair taller than a module, so no viewer shows seams between rows
        y = size - (row + 1) * module
        path.rect(column * module, y - module * 0.002, length * module, module * 1.004)
    return path


_IMAGES: dict[tuple, PDFImageXObject] = {}


def _image_object(picture: Picture) -> PDFImageXObject:
    """The logo's image object, decoded and compressed once (at most MAX_LOGO_DPI)."""
    box = picture.box
    key = (picture.digest, round(box.width, 1), round(box.height, 1))
    found = _IMAGES.get(key)
    if found is None:
        reader = images.pdf_image(
            images.scaled_for_print(picture.data, box.width, MAX_LOGO_DPI), picture.digest + "@pdf"
        )
        found = PDFImageXObject("BrieferLogo" + picture.digest[:12], reader, mask="auto")
        found.name = "BrieferLogo" + picture.digest[:12]
        if len(_IMAGES) > 16:
            _IMAGES.clear()
        _IMAGES[key] = found
    return found


def _draw_image(canvas: Canvas, picture: Picture) -> None:
    """What Canvas.drawImage does, with the image object made once instead of on every build."""
    cached = _image_object(picture)
    name = cached.name
    doc = canvas._doc
    reg = doc.getXObjectName(name)
    if not doc.idToObject.get(reg):
        image = copy.copy(cached)  # this document's own copy: it gets a soft mask reference
        canvas._setXObjects(image)
        doc.Reference(image, reg)
        doc.addForm(name, image)
        smask = getattr(image, "_smask", None)
        if smask is not None:
            mask = copy.copy(smask)
            canvas._setXObjects(mask)
            image.smask = doc.Reference(mask, doc.getXObjectName(mask.name))
            del image._smask
    box = picture.box
    canvas.saveState()
    canvas.translate(box.x, box.y)
    canvas.scale(box.width, box.height)
    canvas._code.append(f"/{reg} Do")
    canvas.restoreState()
    canvas._formsinuse.append(name)


def _bbox(box: Box) -> tuple[float, float, float, float]:
    return (box.x, box.y, box.x + box.width, box.y + box.height)


def draw_logo(canvas: Canvas, picture: Picture, tagger: Tagger | None = None) -> None:
    """The logo, as a Figure whose alternative text is the organisation's name."""
    mark(
        tagger,
        canvas,
        "Figure",
        lambda: _draw_logo(canvas, picture),
        alt=picture.alt,
        bbox=_bbox(picture.box),
    )


def _draw_logo(canvas: Canvas, picture: Picture) -> None:
    box = picture.box
    if picture.plate is not None:  # a logo that vanishes on its band: on a plate, inset
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(picture.plate))
        canvas.rect(box.x, box.y, box.width, box.height, stroke=0, fill=1)
        canvas.restoreState()
        x, y, w, h = contrast.inset(box.width, box.height)
        picture = replace(picture, box=Box(box.x + x, box.y + y, w, h), plate=None)
        box = picture.box
    if picture.kind == "svg":
        logo = images.Logo(picture.data, picture.kind, picture.digest, 1.0, 1.0)
        drawing = images.pdf_drawing(logo)
        register_pdf_faces((PDF_NAMES["regular"], *images.pdf_drawing_faces(logo)))
        canvas.saveState()
        canvas.translate(box.x, box.y)
        canvas.scale(box.width / drawing.width, box.height / drawing.height)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.restoreState()
        return
    _draw_image(canvas, picture)


def draw_qr(
    canvas: Canvas, qr: QrCode, decor: Decor, on_dark: bool, font: str, tagger: Tagger | None
) -> None:
    """The QR code as a Figure whose alternative text gives the address, then the address."""
    box = qr.box
    if on_dark:  # the quiet zone must be light for a reader to find the code
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(box.x, box.y, box.width, box.height, stroke=0, fill=1)
        canvas.restoreState()

    def code() -> None:
        canvas.saveState()
        canvas.translate(box.x, box.y)
        canvas.setFillColor(colors.black)
        canvas.drawPath(_qr_path(qr.url, box.width), stroke=0, fill=1)
        canvas.restoreState()

    mark(tagger, canvas, "Figure", code, alt=f"QR code: {qr.url}", bbox=_bbox(box))
    style = decor.qr_style
    assert style is not None
    caption = Paragraph(markup(qr.caption, style), _pstyle(style, qr.caption_align, font))
    cap = qr.caption_box
    _, h = caption.wrap(cap.width, cap.height)
    if qr.caption_align == "left" and on_dark:
        y = cap.y + cap.height - h
    else:
        y = cap.y + (cap.height - h) / 2
    mark(tagger, canvas, "P", lambda: caption.drawOn(canvas, cap.x, y))


def _pstyle(style: Style, align: str, font: str) -> ParagraphStyle:
    name = pdf_names(font)["bold" if style.bold else "regular"]
    register_pdf_faces((name,))
    return ParagraphStyle(
        style.role,
        fontName=name,
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


def draw_back(canvas: Canvas, plan: Plan, tagger: Tagger | None = None) -> None:
    """What comes first on the page: the sidebar's colour, the banner, the logo, the
    organisation's name in the banner (the colours are decoration: artifacts when tagging)."""
    decor = plan.page.decor
    if decor is None:
        return
    if decor.sidebar is not None:
        _fill(canvas, decor.sidebar.box, decor.sidebar.fill)
    if decor.band_fill and decor.band is not None:
        _fill(canvas, decor.band, decor.band_fill)
    if decor.logo is not None:
        draw_logo(canvas, decor.logo, tagger)
    if decor.name is not None and decor.name_box is not None and decor.name_style is not None:
        box, style = decor.name_box, decor.name_style
        name = Paragraph(markup(decor.name, style), _pstyle(style, "left", plan.font))
        _, h = name.wrap(box.width, box.height)
        mark(tagger, canvas, "P", lambda: name.drawOn(canvas, box.x, box.y + (box.height - h) / 2))


SIDE_ROLES = {"side_label": "H2"}  # the sidebar's labels head what follows them; the rest is P


def draw_side_text(canvas: Canvas, plan: Plan, tagger: Tagger | None = None) -> None:
    """The sidebar's text, in the order a reader wants it (the ask, the meeting, the contact)."""
    decor = plan.page.decor
    if decor is None or decor.sidebar is None:
        return
    side = decor.sidebar
    styles = dict(side.styles)
    inner = side.box.width - 2 * side.padding
    flow = Flow(styles, plan.palette, inner, styles["side_text"].size, font=plan.font)
    y = side.box.top - side.padding
    if decor.logo is not None:
        y = decor.logo.box.y - side.padding
    group = Group("Sect")
    for para in side.items:
        flowable = flow.para(para)
        h = height(flowable, inner)
        at = (side.box.x + side.padding, y - h + flowable.getSpaceAfter())

        def draw(flowable: Flowable = flowable, at: tuple[float, float] = at) -> None:
            flowable.drawOn(canvas, *at)

        mark(tagger, canvas, SIDE_ROLES.get(para.role, "P"), draw, group)
        y -= h


def draw_front(canvas: Canvas, plan: Plan, tagger: Tagger | None = None) -> None:
    """What is read after the points: the QR code and its address."""
    decor = plan.page.decor
    if decor is None or decor.qr is None:
        return
    on_dark = decor.sidebar is not None or decor.band_fill is not None
    draw_qr(canvas, decor.qr, decor, on_dark=on_dark, font=plan.font, tagger=tagger)


__all__ = ["draw_back", "draw_front", "draw_side_text"]

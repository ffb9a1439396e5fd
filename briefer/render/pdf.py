"""PDF renderer: a sized Plan in, the bytes of a one-page PDF out (reportlab platypus)."""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from briefer.layout.flow import (
    FOOTER_RULE_RISE,
    RULE_WIDTH,
    Flow,
    footer_heights,
    footer_reserve,
)
from briefer.page.plan import Plan
from briefer.render.pdf_decor import draw_decor
from briefer.support.errors import FitError

PRODUCER = "Briefer"


class _Info(PDFInfo):
    """Document info with no 'anonymous' or 'untitled': empty fields are left out."""

    def format(self, document):
        entries = {
            "Title": self.title,
            "Author": self.author,
            "Subject": self.subject,
            "Keywords": self.keywords,
        }
        data = {key: PDFString(value) for key, value in entries.items() if value}
        data["Creator"] = PDFString(PRODUCER)
        data["Producer"] = PDFString(PRODUCER)
        data["CreationDate"] = data["ModDate"] = PDFDate(
            ts=document._timeStamp, dateFormatter=self._dateFormatter
        )
        data["Trapped"] = PDFName("False")
        return PDFDictionary(data).format(document)


def _canvas_for(plan: Plan) -> type[Canvas]:
    class _Canvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            info = _Info()
            info.title = plan.meta.title
            info.author = plan.meta.author or ""
            info.subject = plan.meta.subject
            info.keywords = ", ".join(plan.meta.keywords)
            self._doc.info = info

    return _Canvas


def render_pdf(plan: Plan) -> bytes:
    """Draw the plan on one page. Raises FitError if it would ever take more than one."""
    rl_config.invariant = 1  # the same input gives the same bytes
    page = plan.page
    flow = Flow(plan.styles, plan.palette, page.frame_width, plan.body_size, font=plan.font)
    footer = [flow.para(p) for p in plan.footer]
    heights = footer_heights(flow, plan.footer)
    footer_size = plan.styles["footer"].size
    reserve = footer_reserve(flow, plan.footer)

    def draw_footer(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_decor(canvas, plan)  # the logo, the QR code, the sidebar: outside the frame
        canvas.saveState()
        y = page.bottom + sum(heights)
        rule_y = y + footer_size * FOOTER_RULE_RISE
        canvas.setStrokeColor(colors.HexColor(plan.palette.rule))
        canvas.setLineWidth(RULE_WIDTH)
        canvas.line(page.left, rule_y, page.width - page.right, rule_y)
        for paragraph, h in zip(footer, heights, strict=True):
            paragraph.wrap(page.frame_width, h)
            y -= h
            paragraph.drawOn(canvas, page.left, y + paragraph.getSpaceAfter())
        canvas.restoreState()

    frame = Frame(
        page.left,
        page.bottom + reserve,
        page.frame_width,
        page.frame_height - reserve,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(page.width, page.height),
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=plan.meta.title,
        subject=plan.meta.subject,
        author=plan.meta.author or "",
        creator=PRODUCER,
        lang=plan.meta.language,
        pageTemplates=[PageTemplate("page", [frame], onPage=draw_footer)],
        initialFontName=flow.pstyle("body").fontName,
    )
    story = []
    for index, section in enumerate(plan.sections):
        story += flow.section(section, index == 0, plan.section_gap)
    doc.build(story, canvasmaker=_canvas_for(plan))
    if doc.page != 1:
        raise FitError(f"internal: the page plan came out as {doc.page} pages")
    return buffer.getvalue()

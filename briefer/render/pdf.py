"""PDF renderer: a sized Plan in, the bytes of a one-page PDF out (reportlab platypus)."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.pdfbase.pdfdoc import PDFInfo
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from briefer.layout.flow import (
    FOOTER_RULE_RISE,
    RULE_WIDTH,
    Flow,
    footer_heights,
    footer_reserve,
)
from briefer.plan import Plan
from briefer.render.pdf_catalog import write_structure
from briefer.render.pdf_decor import draw_back, draw_front, draw_side_text
from briefer.render.pdf_structure import tagged_section
from briefer.render.pdf_tags import Group, Tagger, mark
from briefer.support.errors import FitError

PRODUCER = "Briefer"
log = logging.getLogger(__name__)


def _canvas_for(plan: Plan, tagger: Tagger | None) -> type[Canvas]:
    class _Canvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            info = PDFInfo()  # briefer.render.pdf_clean: no tool, no date, nothing empty
            info.title = plan.meta.title
            info.author = plan.meta.author or ""
            info.subject = plan.meta.subject
            info.keywords = ", ".join(plan.meta.keywords)
            self._doc.info = info

        def save(self) -> None:
            if tagger is not None:
                write_structure(self, tagger, plan.meta.title, plan.meta.language)
            super().save()

    return _Canvas


class _Draw(Flowable):
    """Takes no room in the frame; draws what ``draw`` draws where the story reaches it (the
    sidebar's text after the title, so the page reads in that order)."""

    def __init__(self, draw: Callable[[Canvas], None]) -> None:
        super().__init__()
        self._draw = draw
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self._draw(canvas)


def render_pdf(plan: Plan, *, tagged: bool = True) -> bytes:
    """Draw the plan on one page, tagged (PDF/UA-1). Raises FitError if it would ever take more
    than one. Tagging never stops a page: should it fail, the page is drawn untagged.
    ``tagged=False`` draws it untagged (to measure what tagging costs)."""
    if not tagged:
        return _render(plan, None)
    try:
        return _render(plan, Tagger())
    except FitError:
        raise
    except Exception as exc:  # the page matters more than its tags
        log.warning("the page could not be tagged (%s); it is written untagged", exc)
    return _render(plan, None)


def _render(plan: Plan, tagger: Tagger | None) -> bytes:
    rl_config.invariant = 1  # the same input gives the same bytes
    page = plan.page
    flow = Flow(plan.styles, plan.palette, page.frame_width, plan.body_size, font=plan.font)
    footer = [flow.para(p) for p in plan.footer]
    heights = footer_heights(flow, plan.footer)
    footer_size = plan.styles["footer"].size
    reserve = footer_reserve(flow, plan.footer)

    def begin(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if tagger is not None:
            tagger.begin_page(canvas)
        draw_back(canvas, plan, tagger)  # the logo and the colours: outside the frame

    def end(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        draw_front(canvas, plan, tagger)  # the QR code
        canvas.saveState()
        y = page.bottom + sum(heights)
        rule_y = y + footer_size * FOOTER_RULE_RISE
        canvas.setStrokeColor(colors.HexColor(plan.palette.rule))
        canvas.setLineWidth(RULE_WIDTH)
        canvas.line(page.left, rule_y, page.width - page.right, rule_y)
        group = Group("Sect")
        for paragraph, h in zip(footer, heights, strict=True):
            paragraph.wrap(page.frame_width, h)
            y -= h
            at = y + paragraph.getSpaceAfter()
            mark(
                tagger,
                canvas,
                "P",
                lambda p=paragraph, at=at: p.drawOn(canvas, page.left, at),
                group,
            )
        canvas.restoreState()
        if tagger is not None:
            tagger.end_page(canvas)

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
        pageTemplates=[PageTemplate("page", [frame], onPage=begin, onPageEnd=end)],
        initialFontName=flow.pstyle("body").fontName,
    )
    story: list[Flowable] = []
    for index, section in enumerate(plan.sections):
        flowables = flow.section(section, index == 0, plan.section_gap)
        if tagger is not None:
            flowables = tagged_section(flowables, section, tagger, plan.meta)
        story += flowables
        if index == 0:  # the sidebar is read after the title
            story.append(_Draw(lambda canvas: draw_side_text(canvas, plan, tagger)))
    if not plan.sections:
        story.append(_Draw(lambda canvas: draw_side_text(canvas, plan, tagger)))
    doc.build(story, canvasmaker=_canvas_for(plan, tagger))
    if doc.page != 1:
        raise FitError(f"internal: the page plan came out as {doc.page} pages")
    return buffer.getvalue()

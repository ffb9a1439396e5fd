"""Word's own styles (Normal, Title, Heading 1/2, List Bullet/Number, Footer) in the plan's looks:
which plan role each carries, python-docx's font and spacing settings for a look, and the cleaned
template with its styles set, parsed and styled once per set of looks."""

from __future__ import annotations

import io
from functools import lru_cache

import docx
from docx.shared import Pt, RGBColor, Twips

from briefer.layout.fonts import DOCX_FONT
from briefer.plan import Style
from briefer.render import docx_oxml as ox
from briefer.render.docx_oxml import color, half_points, tw

WORD_STYLES = {  # Word style id: (its name, the plan role whose look it carries)
    "Normal": ("Normal", "body"),
    "Title": ("Title", "title"),
    "Subtitle": ("Subtitle", "subtitle"),
    "Heading1": ("Heading 1", "heading"),
    "Heading2": ("Heading 2", "ask_label"),
    "ListBullet": ("List Bullet", "bullet"),
    "ListNumber": ("List Number", "bullet"),
    "Footer": ("Footer", "footer"),
}
LISTS = ("ListBullet", "ListNumber")
STYLE_OF_ROLE = {role: sid for sid, (_, role) in WORD_STYLES.items() if sid not in LISTS}


def look_props(look: Style) -> dict[str, object]:
    size = half_points(look.size)
    return {"bold": look.bold, "italic": look.italic, "color": color(look.color), "size": size}


def set_font(font, element, props: dict[str, object]) -> None:
    """python-docx font properties, then their complex-script twins."""
    for name in ("bold", "italic"):
        if name in props:
            setattr(font, name, props[name])
    if "color" in props:
        font.color.rgb = RGBColor.from_string(str(props["color"]))
    if "size" in props:
        font.size = Pt(int(props["size"]) / 2)  # type: ignore[call-overload]
    ox.complex_script(element.get_or_add_rPr())


def spacing(fmt, after: float, leading: float) -> None:
    """Space after only and an exact line height (a length means exact): what the fit measured."""
    fmt.space_after = Twips(tw(after))
    fmt.line_spacing = Twips(tw(leading))


@lru_cache(maxsize=32)
def styled(looks: tuple[Style, ...], font: str = DOCX_FONT):
    """The cleaned template with Word's styles in these looks and the text in ``font``: parsed
    and styled once per set."""
    document = docx.Document(io.BytesIO(ox.template()))
    if font != DOCX_FONT:
        defaults = document.styles.element.find(ox.qn("w:docDefaults"))
        ox.font_slots(defaults.find(ox.qn("w:rPrDefault")).find(ox.qn("w:rPr")), font)
    for (style_id, (name, _)), look in zip(WORD_STYLES.items(), looks, strict=True):
        style = document.styles[name]
        if style_id == "Normal":
            style.font.name = font
            ox.font_slots(style.element.get_or_add_rPr(), font)
        set_font(style.font, style.element, look_props(look))
        fmt = style.paragraph_format
        fmt.space_before = Twips(0)
        spacing(fmt, look.space_after, look.leading)
        if look.indent:
            fmt.left_indent = Twips(tw(look.indent))
            if style_id in LISTS:
                fmt.first_line_indent = Twips(-tw(look.indent))
    # "Our ask" (Heading 2's look) comes before the sections' headings (Heading 1): both head a
    # part of the page, so both are outline level 1, and a screen reader or a PDF export meets
    # the headings in order, never a level 2 before any level 1
    ox.put(document.styles["Heading 2"].element.get_or_add_pPr(), ox.el("outlineLvl", val=0))
    return document


__all__ = ["LISTS", "STYLE_OF_ROLE", "WORD_STYLES", "look_props", "set_font", "spacing", "styled"]

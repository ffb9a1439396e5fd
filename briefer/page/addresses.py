"""An email or web address in a narrow column (the sidebar's contact): set smaller, to the
contact's least size, so that it stays on one line; wider even so, broken where a reader expects
it. Never a zero-width character: each piece is a paragraph of its own, in the PDF and the DOCX.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from briefer.plan import Para

SMALLEST_ADDRESS = 8.5  # points: the contact is never smaller (in every template, as the footer)
BREAKS = "@./"  # an address too wide even so breaks before an "@" or a ".", after a "/"
BOUND_SEAT = "\u00a0("  # a name and the seat after it, kept on one line


def _address_lines(text: str, fits: Callable[[str], bool]) -> list[str]:
    """``text`` in pieces that each fit, broken at the natural places (``BREAKS``), the first
    pieces as long as they can be; a piece with no place to break stays whole."""
    lines: list[str] = []
    while text and not fits(text):
        cuts = [i + (c == "/") for i, c in enumerate(text) if c in BREAKS and 0 < i < len(text) - 1]
        cut = next((i for i in reversed(cuts) if fits(text[:i])), cuts[0] if cuts else 0)
        if not cut:
            break
        lines.append(text[:cut])
        text = text[cut:]
    return [*lines, text] if text else lines


def _seat_fit(para: Para, face: str, size: float, width: float) -> Para:
    """A name bound to its seat ("Christopher H. Smith (R-NJ-4)", see compose.sidebar_meeting)
    stays bound where the column holds it; else the seat may start the next line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = para.text
    if max(stringWidth(run, face, size) for run in text.split(" ")) <= width:
        return para
    span = replace(para.spans[0], text=text.replace(BOUND_SEAT, " ("))
    return replace(para, spans=(span,))


def addresses_fit(items: list[Para], flow) -> list[Para]:  # flow: a layout Flow
    """An address wider than the column is set smaller (to 8.5 pt, the contact's least) so that
    it stays on one line; wider even so, it breaks where a reader expects it (before the "@", a
    ".", after a "/"), never inside a name. Its paragraphs get roles of their own size, added to
    the flow's styles (which the sidebar's styles are)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from briefer.layout.breaks import allowance
    from briefer.layout.fonts import register_pdf_faces

    out = []
    for para in items:
        text = para.text
        style = flow.styles.get(para.role)
        if style is not None and len(para.spans) == 1 and BOUND_SEAT in text:
            para = _seat_fit(para, flow.face(style, para.spans[0].bold), style.size, flow.width)
            text = para.text
        if style is None or len(para.spans) != 1 or any(c.isspace() for c in text):
            out.append(para)
            continue
        face = flow.face(style, para.spans[0].bold)
        register_pdf_faces((face,))
        wide = stringWidth(text, face, style.size)
        if wide <= flow.width:
            out.append(para)
            continue
        size = max(SMALLEST_ADDRESS, int(style.size * flow.width / wide * 2) / 2)

        def fits(piece: str, face: str = face, size: float = size) -> bool:
            room = flow.width - allowance(piece, face, size, flow.width)  # as the flow sets it
            return stringWidth(piece, face, size) <= room - 0.5

        pieces = _address_lines(text, fits)
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            base = para.role if last else para.role.replace("side_last", "side_text")
            role = f"{base}_{size:g}"
            flow.styles[role] = replace(flow.styles[base], role=role, size=size)
            out.append(replace(para, role=role, spans=(replace(para.spans[0], text=piece),)))
    return out


__all__ = ["SMALLEST_ADDRESS", "addresses_fit"]

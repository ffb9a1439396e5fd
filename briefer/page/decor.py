"""Decor: the logo, the QR code and the sidebar, placed around the body frame of a draft.

Compose calls :func:`decorate` last. It reads the logo (through briefer.page.images), places what
the template asks for and grows the page's margins by the room it takes: a band above the body for
the logo and the QR code, or, in the sidebar layout, a coloured column left of the body. The fit
measures only the body frame, so whatever is drawn here can never push the page onto a second.
The sidebar's own text has a fixed size; it is measured here with the flowables the PDF draws.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from briefer.layout.whole import whole
from briefer.page import images
from briefer.page.addresses import addresses_fit
from briefer.page.brief import Brief
from briefer.page.decor_notes import (
    BANNER,
    BLURRED,
    LOGO_WITHOUT_NAME,
    NOT_AN_ADDRESS,
    PLATE,
    PLATE_LIGHT,
    QR_TOO_LONG,
    SIDEBAR,
    sidebar_too_long,
)
from briefer.page.office import bill_line, why_line
from briefer.page.templates import SIDEBAR_ROLES, Template, length
from briefer.plan import Box, Decor, Draft, Para, Picture, QrCode, Sidebar, Span, Style
from briefer.support import references
from briefer.support.errors import BrieferError, FitError
from briefer.support.messages import Message

SAFETY = 0.06  # of the sidebar's height kept free (Word and LibreOffice break lines their way)
QR_CAPTION = 7.0  # points: the address beside the QR code
Shown = tuple[images.Logo | None, bool]  # the logo on a coloured band; whether the light one
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def logo_path(brief: Brief, field: str = "logo") -> Path:
    """The brief's logo file (``field``: ``logo``, or ``logo_light``, its version for coloured
    bands) by the rule for what a file names (briefer.support.references)."""
    folder = Path(brief.file).parent if brief.file else None
    name, key = getattr(brief.sender, field), f"sender.{field}"
    try:
        with references.allowing_outside(brief.allows_outside(key, name)):
            return references.resolve(name, folder, key)
    except BrieferError as exc:  # at the brief's line (an OutsideReference stays one)
        exc.file, exc.line, exc.field = brief.file, brief.line_of("sender", field), key
        raise exc from None


def read_logo(brief: Brief, field: str = "logo") -> images.Logo | None:
    """The brief's logo (or its light version), checked; a BrieferError naming ``sender.logo``
    (``sender.logo_light``) when it cannot be used."""
    if not getattr(brief.sender, field).strip():
        return None
    try:
        return images.load_logo(logo_path(brief, field))
    except images.ImageProblem as exc:
        raise brief.error(str(exc), "sender", field) from None


def qr_url(brief: Brief) -> str | None:
    url = brief.qr.strip()
    if not url:
        return None
    if not _URL.match(url):
        raise brief.error(Message(NOT_AN_ADDRESS, url=url), "qr")
    if len(url) > 300:
        raise brief.error(QR_TOO_LONG, "qr")
    return url


def printed_url(url: str) -> str:
    """The address as a reader types it: no scheme, no trailing slash."""
    return re.sub(r"^https?://(www\.)?", "", url, flags=re.IGNORECASE).rstrip("/")


def _qr_style(draft: Draft, color: str) -> Style:
    return Style("qr_caption", QR_CAPTION, round(QR_CAPTION * 1.25, 2), color)


def _logo_size(logo: images.Logo, height: float, max_width: float) -> tuple[float, float]:
    width = height * logo.aspect
    if width > max_width:
        width, height = max_width, max_width / logo.aspect
    return round(width, 2), round(height, 2)


def _picture(logo: images.Logo, box: Box, brief: Brief) -> Picture:
    alt = brief.sender.organization.strip() or "Logo"
    return Picture(logo.data, logo.kind, logo.digest, box, alt)


def _on_colour(
    picture: Picture,
    logo: images.Logo,
    background: str,
    where: Message,
    warnings: list[str],
    light: bool,
) -> Picture:
    """The logo, on a plate of the page's colour when it all but vanishes on ``background``
    (and a note saying so); ``light``: the light version the sender gave for coloured bands."""
    from briefer.page import contrast

    if not contrast.needs_plate(logo, background):
        return picture
    plate = PLATE_LIGHT if light else PLATE
    warnings.append(Message(plate, where=where, background=background))
    return replace(picture, plate=contrast.PLATE)


def _dpi_warning(
    logo: images.Logo, brief: Brief, printed_width: float, light: bool = False
) -> list[str]:
    dpi = logo.dpi(printed_width)
    if dpi is None or dpi >= images.MIN_DPI:
        return []
    need = round(printed_width / 72 * images.MIN_DPI)
    name = Path(brief.sender.logo_light if light else brief.sender.logo).name
    return [Message(BLURRED, name=name, dpi=f"{dpi:.0f}", need=need)]


def decorate(
    draft: Draft, brief: Brief, template: Template, meeting: list[str] | None = None
) -> Draft:
    """Place the logo, the QR code and the sidebar; the margins grow by the room they take.
    ``meeting``: the meeting as the sidebar lists it, one fact a line (compose words it)."""
    logo = read_logo(brief)
    light = read_logo(brief, "logo_light")  # checked whatever the template: `check` finds it
    url = qr_url(brief)
    if (logo or light) is not None and not brief.sender.organization.strip():
        draft = replace(draft, warnings=(*draft.warnings, LOGO_WITHOUT_NAME))
    on_colour = (light or logo, light is not None)  # on a coloured band: the light version
    if template.layout == "sidebar":
        return _sidebar(draft, brief, template, on_colour, url, meeting or [])
    if template.banner is not None:
        return _banner(draft, brief, template, on_colour, url)
    if logo is None and url is None:
        return draft
    page = draft.page
    slot = template.logo
    qr_size = length(template.qr.size)
    warnings: list[str] = []
    logo_w = logo_h = 0.0
    if logo is not None:
        logo_w, logo_h = _logo_size(logo, length(slot.height), length(slot.max_width))
        warnings += _dpi_warning(logo, brief, logo_w)
    band_h = max(logo_h, qr_size if url else 0.0)
    band = Box(page.left, page.height - page.top - band_h, page.frame_width, band_h)
    picture = qr = None
    muted = draft.palette.muted
    if logo is not None:
        x = band.x if slot.align == "left" else band.x + band.width - logo_w
        picture = _picture(logo, Box(x, band.y + (band_h - logo_h) / 2, logo_w, logo_h), brief)
    if url is not None:
        qr_right = slot.align == "left" or logo is None
        x = band.x + band.width - qr_size if qr_right else band.x
        quiet = qr_size * images.QR_BORDER / images.qr_modules(url)  # white, part of the code
        code = Box(x, band.y + (band_h - qr_size) / 2, qr_size, qr_size)
        room = band.width - qr_size - logo_w - 24
        cap_w = min(room, 2.6 * 72)
        cap_x = code.x - 4 - cap_w + quiet if qr_right else code.x + qr_size + 4 - quiet
        caption = Para("qr_caption", (Span(printed_url(url)),))
        qr = QrCode(
            url,
            code,
            caption,
            Box(cap_x, code.y + quiet, cap_w, qr_size - 2 * quiet),
            "right" if qr_right else "left",
        )
    decor = Decor(
        logo=picture, qr=qr, band=band, frame_left=page.left, qr_style=_qr_style(draft, muted)
    )
    top = page.top + band_h + length(slot.gap)
    return replace(
        draft,
        page=replace(page, top=round(top, 2), decor=decor),
        warnings=(*draft.warnings, *warnings),
    )


def _banner(draft: Draft, brief: Brief, template: Template, shown: Shown, url: str | None) -> Draft:
    """A coloured banner across the top: the logo, the organisation's name, the QR code on a
    white tile (its quiet zone) with the address beside it."""
    spec = template.banner
    assert spec is not None
    page = draft.page
    height, pad = length(spec.height), length(spec.padding)
    band = Box(page.left, page.height - page.top - height, page.frame_width, height)
    inner = height - 2 * pad
    warnings: list[str] = []
    picture = qr = None
    x = band.x + pad
    logo, light = shown
    if logo is not None:
        logo_w, logo_h = _logo_size(logo, inner, length(template.logo.max_width))
        picture = _picture(logo, Box(x, band.y + (height - logo_h) / 2, logo_w, logo_h), brief)
        fill = draft.palette.resolve(spec.fill)
        picture = _on_colour(picture, logo, fill, BANNER, warnings, light)
        warnings += _dpi_warning(logo, brief, logo_w, light)
        x += logo_w + pad + PICTURE_ROOM  # where the DOCX's name cell starts too
    right = band.x + band.width - pad
    text_style = Style("qr_caption", QR_CAPTION, round(QR_CAPTION * 1.25, 2), spec.text)
    if url is not None:
        code = Box(right - inner, band.y + pad, inner, inner)
        cap_w = min(2.2 * 72, (right - inner - x) / 2)
        caption = Para("qr_caption", (Span(printed_url(url)),))
        cap = Box(code.x - 6 - cap_w, code.y, cap_w, inner)
        qr = QrCode(url, code, caption, cap, "right")
        right = cap.x - PICTURE_ROOM  # the DOCX's name cell ends there (its QR cell is wider)
    name = name_box = None
    size = spec.size
    name_style = Style("banner_name", size, round(size * 1.15, 2), spec.text, bold=True)
    if brief.sender.organization:
        name = Para("banner_name", (Span(brief.sender.organization),))
        name_box = Box(x, band.y + pad, max(right - x, 36.0), inner)
    decor = Decor(
        logo=picture,
        qr=qr,
        band=band,
        frame_left=page.left,
        qr_style=text_style,
        band_fill=draft.palette.resolve(spec.fill),
        band_pad=pad,
        name=name,
        name_box=name_box,
        name_style=name_style,
    )
    top = page.top + height + length(template.logo.gap)
    return replace(
        draft,
        page=replace(page, top=round(top, 2), decor=decor),
        warnings=(*draft.warnings, *warnings),
    )


def sidebar_items(brief: Brief, meeting: list[str]) -> list[Para]:
    """The column's text: the ask, the meeting, the contact (what a staffer looks for first)."""
    from briefer.page.words import words_for  # the page's words in the brief's language

    words = words_for(brief.language)
    items: list[Para] = []
    if brief.ask.strip():
        items += [Para("side_label", (Span(words.our_ask),)), Para("side_ask", (Span(brief.ask),))]
        bill = bill_line(brief)
        if bill:
            items.append(Para("side_text", (Span(words.bill, bold=True), Span(bill))))
        why = why_line(brief)
        if why:  # why this office, by the ask (the column has room the points have not)
            items.append(Para("side_text", (Span(why),)))
    if meeting:
        items.append(Para("side_label", (Span(words.the_meeting),)))
        items += [Para("side_text", (Span(line),)) for line in meeting]
    s = brief.sender  # names, numbers and addresses kept whole (see layout/whole.py)
    contact = [whole(s.name), s.email, whole(s.phone), printed_url(s.website) if s.website else ""]
    if s.register_id:
        contact.append(words.register.format(id=s.register_id))
    contact = [c for c in contact if c]
    if s.organization or contact:
        items.append(Para("side_label", (Span(words.contact),)))
        if s.organization:
            items.append(Para("side_text", (Span(s.organization, bold=True),)))
        if s.about:  # who we are, in one line
            items.append(Para("side_text", (Span(s.about),)))
        items += [Para("side_text", (Span(c),)) for c in contact]
    # the last line before the next label (or the column's end) keeps a wider space after it
    for index, para in enumerate(items):
        following = items[index + 1].role if index + 1 < len(items) else "side_label"
        if para.role == "side_text" and following == "side_label":
            items[index] = Para("side_last", para.spans)
    return items


# points: the room a DOCX table cell leaves beside a picture (LibreOffice clips a picture that
# nearly fills its cell); the banner's name is set as wide in the PDF as in the DOCX's cell
PICTURE_ROOM = 18.0
QR_SHARE = 0.35  # of the sidebar's spare height, given to a larger QR code
QR_MOST = 0.9  # of the column's inner width: the largest QR code
SPREAD = 0.8  # of what is left, spread between the sidebar's groups
SPREAD_MOST = 3.0  # lines of the column's text: the most added after one group


def _spread(styles: dict[str, Style], items: list[Para], spare: float) -> dict[str, Style]:
    """The sidebar's styles with the space after each group's last line grown so the groups
    share the column's spare height (the same in the PDF and the DOCX: a style's space)."""
    last = styles.get("side_last")
    groups = sum(1 for p in items if p.role.startswith("side_last"))
    if last is None or not groups:
        return styles
    extra = min(spare * SPREAD / groups, styles["side_text"].leading * SPREAD_MOST)
    grown = dict(styles)
    for role, style in styles.items():
        if role.startswith("side_last"):
            grown[role] = replace(style, space_after=round(style.space_after + extra, 2))
    return grown


def _sidebar(
    draft: Draft,
    brief: Brief,
    template: Template,
    shown: Shown,
    url: str | None,
    meeting: list[str],
) -> Draft:
    from briefer.layout.flow import Flow, footer_reserve, height
    from briefer.layout.styles import make_styles

    page = draft.page
    spec = template.sidebar
    width, gap, pad = length(spec.width), length(spec.gap), length(spec.padding)
    inner = width - 2 * pad
    new_page = replace(page, left=round(page.left + width + gap, 2))
    styles = make_styles(draft, spec.size)
    side_styles = {r: styles[r] for r in SIDEBAR_ROLES}
    footer_styles = make_styles(draft, 9.0)
    reserve = footer_reserve(
        Flow(footer_styles, draft.palette, new_page.frame_width, 9.0, font=draft.font),
        draft.footer,
    )
    bottom = page.bottom + reserve
    box = Box(page.left, bottom, width, page.height - page.top - bottom)
    flow = Flow(side_styles, draft.palette, inner, spec.size, font=draft.font)
    items = [
        line
        for p in addresses_fit(sidebar_items(brief, meeting), flow)
        for line in flow.facts_by_line(p, "side_text" if p.role == "side_last" else None)
    ]  # a group's last line broken at a separator: only its last line keeps the space after
    used = sum(height(flow.para(p), inner) for p in items)
    warnings: list[str] = []
    picture = qr = None
    top = box.top - pad
    logo, light = shown
    if logo is not None:
        logo_w, logo_h = _logo_size(logo, length(template.logo.height) * 1.25, inner - 18)
        picture = _picture(logo, Box(box.x + pad, top - logo_h, logo_w, logo_h), brief)
        picture = _on_colour(picture, logo, draft.palette.sidebar, SIDEBAR, warnings, light)
        used += logo_h + pad
        warnings += _dpi_warning(logo, brief, logo_w, light)
    qr_style = replace(_qr_style(draft, draft.palette.sidebar_text), role="qr_caption")
    room = (box.height - 2 * pad) * (1 - SAFETY)
    if url is not None:
        caption = Para("qr_caption", (Span(printed_url(url)),))
        cap_flow = Flow({"qr_caption": qr_style}, draft.palette, inner, QR_CAPTION, font=draft.font)
        cap_h = height(cap_flow.para(caption), inner) + 2
        size = min(length(template.qr.size) * 1.15, inner)
        # a column with room to spare gets a larger code (easier to scan), up to its width
        spare = room - used - size - cap_h - pad
        size = round(min(max(size, size + spare * QR_SHARE), inner * QR_MOST), 2)
        code = Box(box.x + pad, box.y + pad + cap_h, size, size)
        qr = QrCode(url, code, caption, Box(box.x + pad, box.y + pad, inner, cap_h), "left")
        used += size + cap_h + pad
    if used < room:  # the rest spaced between the groups (ask, meeting, contact): no empty band
        side_styles = _spread(side_styles, items, room - used)
    if used > room:
        lines = max(1, round((used - room) / side_styles["side_text"].leading))
        raise FitError(sidebar_too_long(lines))
    sidebar = Sidebar(
        box=box,
        fill=draft.palette.sidebar,
        padding=pad,
        items=tuple(items),
        styles=tuple(side_styles.items()),
        gap=gap,
    )
    decor = Decor(logo=picture, qr=qr, sidebar=sidebar, frame_left=page.left, qr_style=qr_style)
    return replace(
        draft,
        page=replace(new_page, decor=decor),
        warnings=(*draft.warnings, *warnings),
    )


__all__ = ["decorate", "logo_path", "printed_url", "read_logo"]

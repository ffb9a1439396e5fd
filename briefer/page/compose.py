"""Compose: content pack + brief + template -> draft plan (format-neutral, not yet sized)."""

from __future__ import annotations

import datetime as dt

from briefer.layout.whole import SEP, no_widow, room, whole
from briefer.legislators.model import district_label
from briefer.page import audience as audiences
from briefer.page.brief import Brief, Meeting, staffer_named
from briefer.page.content import Block, Pack
from briefer.page.decor import decorate, printed_url
from briefer.page.templates import Template
from briefer.page.words import heading as heading_in
from briefer.page.words import long_date, time_text, words_for
from briefer.plan import (
    Choice,
    Draft,
    Meta,
    Page,
    Palette,
    Para,
    RoleSpec,
    Row,
    Section,
    Span,
    Table,
)
from briefer.support.errors import BrieferError
from briefer.support.formats import PAPER_SIZES

PARTY_CODES = {"democrat": "D", "democratic": "D", "republican": "R", "independent": "I"}
# The ask is one explicit sentence; past this many words it is a paragraph, and is skimmed.
ASK_WORDS = 40


def format_date(date: dt.date, paper: str) -> str:
    """US style for "letter" or "mdy" ("Thursday, December 3, 2026"); else day first ("Thursday 3
    December 2026"): see briefer.page.audience."""
    return audiences.format_date(date, paper)


def meeting_date(brief: Brief, date: dt.date, dates: str, weekday: bool = True) -> str:
    """A date on the page: in the brief's language (CLDR style), English as the audience says."""
    if brief.language != "en":
        return long_date(date, brief.language, weekday)
    return audiences.format_date(date, dates, weekday=weekday)


def who(brief: Brief) -> str:
    """ "Senator Jeanne Shaheen (D-NH)": the legislator as the page names them. The US parties
    by their letter; any other party written out ("MEP Petras Auštrevičius (Renew Europe,
    Lithuania)"), never by its first letter, which would read as a US party."""
    m = brief.meeting
    name = " ".join(part for part in (m.title, m.legislator) if part)
    if not m.legislator:
        return name
    party = m.party.strip()
    code = PARTY_CODES.get(party.lower(), "")
    if (brief.audience or audiences.from_meeting(brief)) == "us-state":
        from briefer.legislators.states import seat_label  # the chamber's name, defined once

        # "(D, Illinois House District 11)": never "D-IL-11", which reads as a U.S. House seat.
        place = seat_label(m.chamber, m.state, m.district) if m.chamber or m.district else m.state
        tag = ", ".join(part for part in (code or party, place) if part)
        return f"{name} ({tag})" if tag else name
    place = m.state
    if m.district and m.state:
        district = district_label(m.district)  # "At-large", "AL" or "0" are one seat
        place = (
            f"{m.state}-{district}"
            if district[:1].isdigit()
            else f"{m.state}, {'at large' if district == 'At-large' else district}"
        )
    if code or not party:
        tag = "-".join(part for part in (code, place) if part)
    else:
        tag = ", ".join(part for part in (party, place) if part)
    return f"{name} ({tag})" if tag else name


def _unbroken(time: str) -> str:
    """ "2:30 PM" with a no-break space: a line never ends between the time and its PM."""
    return time.replace(" AM", "\u00a0AM").replace(" PM", "\u00a0PM")


def meeting_line(brief: Brief, paper: str) -> str:
    m = brief.meeting
    words = words_for(brief.language)
    parts = []
    if m.legislator:  # the name kept whole on the page
        named = who(brief).replace(m.legislator, whole(m.legislator), 1)
        parts.append(words.for_who.format(who=named))
    if staffer_named(m):
        parts.append(words.with_staffer.format(staffer=_staffer(m)))
    day = whole(meeting_date(brief, m.date, paper)) if m.date else ""
    time = _unbroken(time_text(m.time, brief.language))
    when = ", ".join(part for part in (day, time) if part)
    if when:
        parts.append(when)
    if m.location:
        parts.append(room(m.location))
    return SEP.join(parts)


def _staffer(m: Meeting) -> str:
    """The staffer on the page: the name kept whole, then their role ("Maria Lopez, foreign
    policy LA")."""
    name = m.staffer.strip()
    return ", ".join(p for p in (whole(name) if name else "", m.staffer_role.strip()) if p)


def sidebar_meeting(brief: Brief, dates: str = "mdy") -> list[str]:
    """The meeting as the sidebar lists it: one fact a line."""
    m = brief.meeting
    name = " ".join(part for part in (m.title, m.legislator) if part)
    tag = who(brief)[len(name) :].strip(" ()") if m.legislator else ""  # "D-NH", on its own line
    name = name.replace(m.legislator, whole(m.legislator), 1) if m.legislator else name
    day = whole(meeting_date(brief, m.date, dates)) if m.date else ""
    time = _unbroken(time_text(m.time, brief.language))
    place = SEP.join(part for part in (time, room(m.location)) if part)
    staffer = words_for(brief.language).with_staffer.format(staffer=_staffer(m))
    lines = [name, tag, staffer if staffer_named(m) else "", day, place]
    return [line for line in lines if line]


def source_line(pack: Pack, dates: str, brief: Brief | None = None) -> str:
    """ "Source: title, publisher, date, URL" — as much as the pack knows."""
    src = pack.source
    date = ""
    if src.date:
        date = (
            meeting_date(brief, src.date, dates, weekday=False)
            if brief is not None
            else audiences.format_date(src.date, dates, weekday=False)
        )
    parts = [f"“{src.title}”", src.publisher, date, src.url or ""]
    language = brief.language if brief is not None else "en"
    return words_for(language).source + ", ".join(part for part in parts if part)


def contact_line(brief: Brief) -> str:
    s = brief.sender
    parts = [s.organization, whole(s.name), s.email, whole(s.phone), printed_url(s.website)]
    if s.register_id:
        parts.append(words_for(brief.language).register.format(id=s.register_id))
    return SEP.join(part for part in parts if part)


def chosen_blocks(pack: Pack, brief: Brief) -> list[Block]:
    """The brief's blocks in its order (the pack's defaults when it names none)."""
    ids = list(brief.blocks) or list(pack.defaults)
    seen: set[str] = set()
    blocks = []
    for index, block_id in enumerate(ids):
        if not pack.has(block_id):
            raise brief.error(f"unknown block id '{block_id}'", "blocks", index)
        if block_id in seen:
            raise brief.error(f"block '{block_id}' is chosen twice", "blocks", index)
        seen.add(block_id)
        blocks.append(pack.block(block_id))
    for block_id in brief.edits:
        if not pack.has(block_id):
            raise brief.error(f"edit for unknown block id '{block_id}'", "edits", block_id)
    return blocks


# What a page of few points shows first: a response to a misconception, a recommendation, a
# piece of evidence, then the framing and the background; each kind's first point in the brief.
FEW_POINTS_ORDER = ("misconception", "recommendation", "evidence", "framing", "context")


def few_points(blocks: list[Block], count: int) -> list[Block]:
    """``count`` of the chosen points, chosen by kind and importance rather than position: the
    first response, the first recommendation, the first evidence…, then the second of each;
    kept in the brief's order."""
    by_kind = {kind: [b for b in blocks if b.kind == kind] for kind in FEW_POINTS_ORDER}
    others = [b for b in blocks if b.kind not in by_kind]
    picked: list[Block] = []
    for rank in range(len(blocks)):
        for kind in FEW_POINTS_ORDER:
            if rank < len(by_kind[kind]) and len(picked) < count:
                picked.append(by_kind[kind][rank])
    picked += others[: count - len(picked)]
    return [b for b in blocks if b in picked]


def _texts(block: Block, brief: Brief) -> tuple[str, str]:
    edit = brief.edits.get(block.id)
    return (edit, edit) if edit else (block.short, block.long)


def _point(block: Block, text: str, role: str, bullet: str | None) -> Para:
    title = block.title.rstrip(".") + ". "
    return Para(role, (Span(title, bold=True), Span(text)), block=block.id, bullet=bullet)


def _choice(block: Block, brief: Brief, make) -> Choice:
    short, long = _texts(block, brief)
    return Choice(block.id, short=make(short), long=make(long))


def _misconception(block: Block, brief: Brief, as_table: bool) -> Choice:
    claim = block.claim or block.title

    def row(text: str) -> tuple[Row]:
        cells = (
            Para("table_cell", (Span(claim, italic=True),), block=block.id),
            Para("table_cell", (Span(block.title.rstrip(".") + ". ", bold=True), Span(text))),
        )
        return (Row(cells, block=block.id),)

    words = words_for(brief.language)

    def pair(text: str) -> tuple[Para, Para]:
        return (
            Para("myth", (Span(words.myth, bold=True), Span(claim, italic=True)), block=block.id),
            Para("fact", (Span(words.fact, bold=True), Span(text)), block=block.id),
        )

    return _choice(block, brief, row if as_table else pair)


def _section(kind: str, blocks: list[Block], brief: Brief, template: Template) -> Section | None:
    heading_text = template.headings.get(kind)
    heading = Para("heading", (Span(no_widow(heading_text)),)) if heading_text else None
    if kind == "framing":
        items = [_choice(b, brief, lambda t, b=b: (_point(b, t, "lead", None),)) for b in blocks]
    elif kind in ("evidence", "context"):
        items = [_choice(b, brief, lambda t, b=b: (_point(b, t, "bullet", "•"),)) for b in blocks]
    elif kind == "recommendations":
        items = [
            _choice(b, brief, lambda t, b=b, n=n: (_point(b, t, "bullet", f"{n}."),))
            for n, b in enumerate(blocks, 1)
        ]
    elif kind == "misconceptions" and template.misconceptions == "table":
        words = words_for(brief.language)
        header = Row(
            (
                Para("table_head", (Span(words.myth_head),)),
                Para("table_head", (Span(words.fact_head),)),
            )
        )
        rows = tuple(_misconception(b, brief, True) for b in blocks)
        return Section(kind, (Table(header, rows, (0.34, 0.66)),), heading) if rows else None
    else:
        items = [_misconception(b, brief, False) for b in blocks]
    return Section(kind, tuple(items), heading) if items else None


KIND_OF_SECTION = {
    "framing": "framing",
    "evidence": "evidence",
    "misconceptions": "misconception",
    "recommendations": "recommendation",
    "context": "context",
}


def page_for(template: Template, paper: str) -> Page:
    width, height = PAPER_SIZES[paper]
    top, bottom, left, right = template.margin_points()
    return Page(paper, width, height, top, bottom, left, right)


def compose(
    pack: Pack,
    brief: Brief,
    template: Template,
    *,
    paper: str | None = None,
    credit: str = "",
) -> Draft:
    """Build the draft plan: every section in the template's order, texts not yet chosen.
    ``credit`` names where the member's data came from when its licence asks for it
    ("HowTheyVote.eu (Open Database License)"): printed in the footer."""
    paper = paper or audiences.paper_for(brief, template.paper)
    if paper not in PAPER_SIZES:
        raise BrieferError(f"unknown paper '{paper}' (letter or a4)", field="paper")
    audience = audiences.audience_for(brief, paper)
    dates = audience.dates
    headings = {
        k: audiences.wording(heading_in(v, k, brief.language, audience.id), audience)
        for k, v in template.headings.items()
    }
    words = words_for(brief.language)
    template = template.model_copy(update={"headings": headings})
    sidebar = template.layout == "sidebar"
    blocks = chosen_blocks(pack, brief)
    warnings = []
    if template.max_points and len(blocks) > template.max_points:
        kept = few_points(blocks, template.max_points)
        left_out = [b.id for b in blocks if b not in kept]
        blocks = kept
        warnings.append(
            f"template '{template.name}' shows {template.max_points} points, one of each kind "
            f"first (a response, a recommendation, the evidence); left out: {', '.join(left_out)}"
        )
    if not brief.ask.strip():
        warnings.append("the brief has no ask: a leave-behind without an explicit ask is weak")
    elif len(brief.ask.split()) > ASK_WORDS:
        warnings.append(
            f"the ask is {len(brief.ask.split())} words: one sentence of up to about {ASK_WORDS} "
            "is read and remembered; the reasons can go in the points"
        )
    constituent_line = ""
    if brief.constituents:  # who attends from home: checked against the ZIP data
        from briefer.legislators.constituents import note_for

        constituents = note_for(brief)
        warnings.extend(constituents.warnings)
        constituent_line = constituents.line
    sections: list[Section] = []
    for kind in template.sections:
        if kind == "header":
            items = []
            if brief.sender.organization and template.banner is None:  # a banner names it
                items.append(Para("kicker", (Span(brief.sender.organization),)))
            items.append(Para("title", (Span(no_widow(pack.title)),)))
            if pack.subtitle:
                items.append(Para("subtitle", (Span(no_widow(pack.subtitle)),)))
            line = "" if sidebar else meeting_line(brief, dates)
            if line:
                items.append(Para("meta", (Span(line),)))
            if constituent_line:
                items.append(Para("meta", (Span(constituent_line),)))
            sections.append(Section("header", tuple(items)))
        elif kind == "ask":
            if brief.ask.strip() and not sidebar:  # the sidebar holds the ask
                label = Para("ask_label", (Span(words.our_ask),))
                items = [label, Para("ask", (Span(brief.ask),))]
                if brief.bill:
                    items.append(Para("meta", (Span(words.bill, bold=True), Span(brief.bill))))
                sections.append(Section("ask", tuple(items), boxed=True))
        else:
            of_kind = [b for b in blocks if b.kind == KIND_OF_SECTION[kind]]
            section = _section(kind, of_kind, brief, template)
            if section:
                sections.append(section)
    used = {KIND_OF_SECTION[k] for k in template.sections if k in KIND_OF_SECTION}
    dropped = [b.id for b in blocks if b.kind not in used]
    if dropped:
        warnings.append(f"template '{template.name}' has no place for: {', '.join(dropped)}")

    footer = []
    contact = "" if sidebar else contact_line(brief)  # the sidebar holds the contact
    if contact:
        footer.append(Para("footer", (Span(contact, bold=True),)))
    tail = []
    if brief.meeting.date:
        day = whole(meeting_date(brief, brief.meeting.date, dates))
        tail.append(words.prepared.format(date=day))
    tail.append(source_line(pack, dates, brief))
    if credit:
        tail.append(words.member_data.format(credit=credit))
    footer.append(Para("footer", (Span(SEP.join(tail)),)))

    person = who(brief)
    fit = template.fit
    sizes = []
    size = fit.max_body
    while size >= fit.min_body - 1e-9:
        sizes.append(round(size, 2))
        size -= fit.step
    draft = Draft(
        page=page_for(template, paper),
        palette=Palette(**template.palette.model_dump()),
        font=template.font,
        meta=Meta(
            title=f"{pack.title} — {person}" if person else pack.title,
            subject=brief.ask.strip() or pack.subtitle,
            author=brief.sender.name or None,
            language=pack.language if brief.language == "en" else brief.language,
            keywords=tuple(b.title for b in blocks),
        ),
        sections=tuple(sections),
        footer=tuple(footer),
        template=template.name,
        section_gap=template.section_gap,
        fit_sizes=tuple(sizes),
        prefer_long_down_to=fit.prefer_long_down_to,
        role_specs={name: RoleSpec(**role.model_dump()) for name, role in template.roles.items()},
        footer_size=fit.footer_size,
        warnings=tuple(warnings),
        titles={b.id: b.title for b in blocks},
    )
    meeting = sidebar_meeting(brief, dates) if sidebar else None
    return decorate(draft, brief, template, meeting)  # the logo, the QR code, the sidebar

"""Compose: content pack + brief + template -> draft plan (format-neutral, not yet sized)."""

from __future__ import annotations

import datetime as dt

from briefer.layout.whole import NBSP, SEP, no_widow, room, whole
from briefer.page import audience as audiences
from briefer.page import office
from briefer.page.brief import Brief, Meeting, staffer_named
from briefer.page.content import Block, Pack
from briefer.page.decor import decorate, printed_url
from briefer.page.points import KIND_OF_SECTION, labels_for, pack_in_language, section_for
from briefer.page.templates import Template
from briefer.page.words import heading as heading_in
from briefer.page.words import long_date, time_text, words_for
from briefer.plan import (
    Draft,
    Meta,
    Page,
    Palette,
    Para,
    RoleSpec,
    Section,
    Span,
)
from briefer.support.errors import BrieferError
from briefer.support.formats import PAPER_SIZES
from briefer.support.messages import QT_TRANSLATE_NOOP, Message, translate

PARTY_CODES = {"democrat": "D", "democratic": "D", "republican": "R", "independent": "I"}
# Quotation marks as each page language sets them (the source's title stays as published).
QUOTES = {"de": ("„", "“"), "fr": ("«\u202f", "\u202f»"), "pl": ("„", "”"), "lt": ("„", "“")}
# The ask is one explicit sentence; past this many words it is a paragraph, and is skimmed.
ASK_WORDS = 40
NO_ASK = Message(
    QT_TRANSLATE_NOOP(
        "core", "the brief has no ask: a leave-behind without an explicit ask is weak"
    )
)


def format_date(date: dt.date, paper: str) -> str:
    """US style for "letter" or "mdy" ("Thursday, December 3, 2026"); else day first ("Thursday 3
    December 2026"): see briefer.page.audience."""
    return audiences.format_date(date, paper)


def meeting_date(brief: Brief, date: dt.date, dates: str, weekday: bool = True) -> str:
    """A date on the page: in the brief's language (CLDR style), English as the audience says."""
    if brief.language != "en":
        return long_date(date, brief.language, weekday)
    return audiences.format_date(date, dates, weekday=weekday)


def whole_date(brief: Brief, date: dt.date, dates: str) -> str:
    """The meeting's date with the day, month and year kept whole; a line may still end after
    the weekday (a narrow sidebar broke "16 December 2026" inside the year)."""
    full = meeting_date(brief, date, dates)
    bare = meeting_date(brief, date, dates, weekday=False)
    if full.endswith(bare) and full != bare:
        return full[: -len(bare)] + whole(bare)
    return ", ".join(map(whole, full.split(", ")))  # "2026 m. gruodžio 3 d.,| ketvirtadienis"


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
    place = office.seat_place(brief)
    if office.is_state_seat(brief):
        # "(D, Illinois House District 11)": never "D-IL-11", which reads as a U.S. House seat.
        tag = ", ".join(part for part in (code or party, place) if part)
        return f"{name} ({tag})" if tag else name
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
    # the whole date: the line may break before it, never inside (only the narrow sidebar's may)
    day = whole(meeting_date(brief, m.date, paper)) if m.date else ""
    time = _unbroken(time_text(m.time, brief.language, paper == "dmy"))
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
    if m.legislator:  # the seat kept with the name: "Jeanne Shaheen (D-NH)", never "D-NH" alone
        tag = who(brief)[len(name) :].strip()  # (a column too narrow lets go: seats_fit)
        name = name.replace(m.legislator, whole(m.legislator), 1) + (NBSP + tag if tag else "")
    day = whole_date(brief, m.date, dates) if m.date else ""
    time = _unbroken(time_text(m.time, brief.language, dates == "dmy"))
    place = SEP.join(part for part in (time, room(m.location)) if part)
    staffer = words_for(brief.language).with_staffer.format(staffer=_staffer(m))
    lines = [name, staffer if staffer_named(m) else "", day, place]
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
    language = brief.language if brief is not None else "en"
    opening, closing = QUOTES.get(language, ("“", "”"))  # the title as published, quoted
    parts = [f"{opening}{src.title}{closing}", src.publisher, date, src.url or ""]
    return words_for(language).source + ", ".join(part for part in parts if part)


def contact_line(brief: Brief) -> str:
    """The contact: the organisation (unless the who-we-are line names it), name, email..."""
    s = brief.sender
    organization = s.organization if not s.about else ""  # the who-we-are line names it
    parts = [organization, whole(s.name), s.email, whole(s.phone), printed_url(s.website)]
    if s.register_id:
        parts.append(words_for(brief.language).register.format(id=s.register_id))
    return SEP.join(part for part in parts if part)


def about_line(brief: Brief) -> tuple[Span, ...]:
    """Who we are: "Belarus Freedom Forum: a nonprofit that ..." (empty without a description)."""
    s = brief.sender
    if not s.about.strip():
        return ()
    if not s.organization:
        return (Span(s.about),)
    return (Span(f"{s.organization}: ", bold=True), Span(s.about))


def _untranslated(pack: Pack, brief: Brief) -> tuple[str, ...]:
    """What the page prints in the pack's own language, not the brief's (content_fallback): the
    points' ids, "" for the pack's title."""
    if pack.language.split("-")[0] == brief.language:
        return tuple(sorted(pack.untranslated))
    return ("", *(block.id for block in pack.blocks))


def chosen_blocks(pack: Pack, brief: Brief, audience: str | None = None) -> list[Block]:
    """The brief's blocks in its order (the pack's defaults when it names none), in the words of
    ``audience`` when given."""
    ids = list(brief.blocks) or list(pack.defaults)
    seen: set[str] = set()
    blocks = []
    for index, block_id in enumerate(ids):
        if not pack.has(block_id):
            raise brief.error(Message(UNKNOWN_BLOCK, id=block_id), "blocks", index)
        if block_id in seen:
            raise brief.error(Message(TWICE, id=block_id), "blocks", index)
        seen.add(block_id)
        blocks.append(pack.block(block_id, audience))
    for block_id in brief.edits:
        if not pack.has(block_id):
            raise brief.error(Message(UNKNOWN_EDIT, id=block_id), "edits", block_id)
    return blocks


# What a page of few points shows first: a response to a misconception, a recommendation, a
# piece of evidence, then the framing and the background; each kind's first point in the brief.
UNKNOWN_BLOCK = QT_TRANSLATE_NOOP("core", "unknown block id '{id}'")
TWICE = QT_TRANSLATE_NOOP("core", "block '{id}' is chosen twice")
UNKNOWN_EDIT = QT_TRANSLATE_NOOP("core", "edit for unknown block id '{id}'")
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


def office_paras(brief: Brief, constituents: str, *, why: bool = True) -> list[Para]:
    """Why this office, and who of its constituents attend: at body size, by the ask."""
    out = []
    why = office.why_line(brief) if why else ""
    if why:
        out.append(Para("body", (Span(why),)))
    if constituents:
        out.append(Para("body", (Span(constituents),)))
    return out


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
    pack = pack_in_language(pack, brief)  # its texts in the page's language
    untranslated = _untranslated(pack, brief)
    paper = paper or audiences.paper_for(brief, template.paper)
    if paper not in PAPER_SIZES:
        unknown = QT_TRANSLATE_NOOP("core", "unknown paper '{paper}' (letter or a4)")
        raise BrieferError(Message(unknown, paper=paper), field="paper")
    audience = audiences.audience_for(brief, paper)
    dates = audience.dates
    headings = {
        k: audiences.wording(heading_in(v, k, brief.language, audience.id), audience)
        for k, v in template.headings.items()
    }
    words = words_for(brief.language)
    template = template.model_copy(update={"headings": headings})
    sidebar = template.layout == "sidebar"
    ask = office.ask_for(pack, brief, audience.id)  # the audience's, unless the brief has its own
    if ask != brief.ask:
        brief = brief.model_copy(update={"ask": ask})
    blocks = chosen_blocks(pack, brief, audience.id)
    labels = labels_for(pack, template, brief.language)
    warnings = []
    if template.max_points and len(blocks) > template.max_points:
        kept = few_points(blocks, template.max_points)
        left_out = [b.id for b in blocks if b not in kept]
        blocks = kept
        warnings.append(
            translate(
                "core",
                "template '{name}' shows %n points, one of each kind first (a response, "
                "a recommendation, the evidence); left out: {left_out}",
                None,
                template.max_points,
                name=template.name,
                left_out=", ".join(left_out),
            )
        )
    if not brief.ask.strip():
        warnings.append(NO_ASK)
    elif len(brief.ask.split()) > ASK_WORDS:
        warnings.append(
            translate(
                "core",
                "the ask is %n words: one sentence of up to about {most} is read and "
                "remembered; the reasons can go in the points",
                None,
                len(brief.ask.split()),
                most=ASK_WORDS,
            )
        )
    own = brief.ask.strip() in pack.own_asks()  # the pack's asks are actions, in any language
    if not own and brief.language == "en" and (advice := office.ask_advice(brief.ask)):
        warnings.append(advice)
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
            if sidebar and brief.ask.strip():  # the column holds why this office, by the ask
                items += office_paras(brief, constituent_line, why=False)
            elif sidebar or not brief.ask.strip():  # no ask box: this office's lines go here
                items += office_paras(brief, constituent_line)
            sections.append(Section("header", tuple(items)))
        elif kind == "ask":
            if brief.ask.strip() and not sidebar:  # the sidebar holds the ask
                label = Para("ask_label", (Span(words.our_ask),))
                items = [label, Para("ask", (Span(brief.ask),))]
                if office.bill_line(brief):
                    bill = (Span(words.bill, bold=True), Span(office.bill_line(brief)))
                    items.append(Para("meta", bill))
                items += office_paras(brief, constituent_line)
                sections.append(Section("ask", tuple(items), boxed=True))
        else:
            of_kind = [b for b in blocks if b.kind == KIND_OF_SECTION[kind]]
            section = section_for(kind, of_kind, brief, template, labels)
            if section:
                sections.append(section)
    used = {KIND_OF_SECTION[k] for k in template.sections if k in KIND_OF_SECTION}
    dropped = [b.id for b in blocks if b.kind not in used]
    if dropped:
        no_place = QT_TRANSLATE_NOOP("core", "template '{name}' has no place for: {points}")
        warnings.append(Message(no_place, name=template.name, points=", ".join(dropped)))

    # the page ends on the ask, handed to the member by name (not an ask past one sentence's
    # length, which the warning above asks to shorten: the page would carry it twice)
    close = office.closing(brief, brief.ask) if len(brief.ask.split()) <= ASK_WORDS else ""
    if close:
        sections.append(Section("close", (Para("body", (Span(close, bold=True),)),)))
    footer = []
    about = () if sidebar else about_line(brief)  # the sidebar holds who we are
    if about:
        footer.append(Para("footer", about))
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
            other_language=pack.own_language if untranslated else "",
            in_other_language=untranslated,
            ask=brief.ask.strip(),
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

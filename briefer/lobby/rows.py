"""One meetings-CSV record into the brief it builds and the slot the schedule shows, with errors.

Columns (a header row is required; only ``legislator`` must be present; any order, any case):
``legislator`` (a bioguide id or a name), ``date`` (2026-12-03, Dec 3, 2026, 12/3/2026 …),
``time``, ``duration`` (minutes, default 30), ``location``, ``staffer`` (their name),
``staffer_role`` (or ``role``: their job, "foreign policy LA"), ``attendees`` (names
separated by ``;``, each may be ``Name (ZIP)``), ``ask``, ``bill``, ``blocks`` (point ids
separated by ``;``), ``notes`` (for the schedule and the calendar, not the page), ``template``,
``paper``. Empty cells fall back to the base brief (sender, ask, bill, points) and then to the
suggestions for the member's committees; a row with its own ask and no bill has no bill.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import get_close_matches

from pydantic import ValidationError

from briefer.day import DEFAULT_MINUTES, FAILED, Attendee, Slot
from briefer.legislators.constituents import Zips, constituent_status, parse_attendee
from briefer.legislators.enrich import Enriched, enrich
from briefer.legislators.hints import Hints
from briefer.legislators.model import Legislator
from briefer.legislators.store import Directory
from briefer.lobby.carried import carried_mentions
from briefer.page.audience import mismatch
from briefer.page.brief import Brief, Constituent, Meeting, checked
from briefer.page.compose import who
from briefer.page.content import Pack
from briefer.page.words import PAGE_LANGUAGES
from briefer.support.errors import BrieferError
from briefer.support.formats import PAPERS
from briefer.support.validation import from_validation_error
from briefer.support.when import DateOrder, format_time, parse_date, parse_time

COLUMNS = (
    "legislator",
    "date",
    "time",
    "duration",
    "location",
    "staffer",
    "staffer_role",
    "role",
    "attendees",
    "ask",
    "bill",
    "blocks",
    "notes",
    "template",
    "paper",
    "language",
)
_DURATION = re.compile(r"(?:(\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*(?:m|min|mins|minutes?)?)?")
_OFFICE_TAIL = re.compile(r",?\s+Washington,?\s+D\.?C\b.*$", re.IGNORECASE)


@dataclass
class Planned:
    """One record, made into the brief it builds (or the reasons it cannot) and its slot."""

    slot: Slot
    enriched: Enriched | None = None
    template: str | None = None
    paper: str | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.slot.line

    @property
    def error(self) -> str | None:
        return "; ".join(self.errors) or None


@dataclass
class Context:
    """What every row of one batch shares."""

    base: Brief
    pack: Pack
    directory: Directory | None
    date_order: DateOrder | None = None
    zips: Zips | None = None
    template_ok: Callable[[str], str | None] = lambda _name: None  # why a template is refused
    hints: Hints | None = None
    base_member: Legislator | None = field(init=False, default=None)  # whom the base is for

    def __post_init__(self) -> None:
        if self.directory is not None and self.hints is None:
            self.hints = Hints(self.directory)
        if self.directory is not None and self.base.meeting.legislator.strip():
            self.base_member = self.directory.get(self.base.meeting.legislator)


def parse_duration(text: str) -> int:
    """'45', '45 min', '1h', '1 h 30' -> minutes (1 to 600)."""
    value = text.strip().casefold()
    match = _DURATION.fullmatch(value) if value else None
    if not match or not any(match.groups()):
        raise ValueError(f"'{text}' is not a duration: write the minutes, like 30 or 45 min")
    minutes = int(match.group(1) or 0) * 60 + int(match.group(2) or 0)
    if not 1 <= minutes <= 600:
        raise ValueError(f"'{text}' is not a duration between 1 minute and 10 hours")
    return minutes


def _seat(member: Legislator) -> Meeting:
    return Meeting(
        legislator=member.name,
        title=member.title,
        state=member.state,
        district=member.district,
        party=member.party,
    )


def _date(text: str, order: DateOrder | None) -> dt.date:
    try:
        return parse_date(text, order)
    except ValueError as exc:
        hint = " (or give the order: --date-order mdy|dmy)" if "two ways" in str(exc) else ""
        raise ValueError(f"{exc}{hint}") from None


def short_office(office: str) -> str:
    """The office without its city and ZIP: '506 Hart Senate Office Building'."""
    short = _OFFICE_TAIL.sub("", office).strip()
    return short.replace("Senate Office Building", "SOB").replace("House Office Building", "HOB")


def _failed(planned: Planned, member: Legislator | None) -> Planned:
    slot = planned.slot
    slot.status, slot.error = FAILED, planned.error or ""
    if member is not None:  # as the page would name them
        slot.legislator = who(Brief(meeting=_seat(member)))
    return planned


def make_meeting(line: int, span: int, cells: dict[str, str], ctx: Context) -> Planned:
    """The row's brief: the base brief's sender and defaults, the row's meeting, filled in.

    Every cell is read even after one fails, so the slot shows all that is known and the error
    names every problem of the line.
    """
    slot = Slot(line, span)
    planned = Planned(slot)
    errors = planned.errors

    def read(column: str, parse: Callable[[str], object]) -> object:
        text = cells.get(column, "")
        if not text:
            return None
        try:
            return parse(text)
        except ValueError as exc:
            errors.append(f"{column}: {exc}")
            return None

    name = cells.get("legislator", "")
    slot.name = slot.legislator = name
    member: Legislator | None = None
    if not name:
        errors.append("legislator: the legislator is empty")
    elif ctx.directory is not None:
        member = ctx.directory.get(name)
        if member is None:
            assert ctx.hints is not None
            errors.append(ctx.hints.message(name))
    if member is not None:
        slot.name, slot.chamber, slot.phone = member.name, member.chamber, member.phone
        slot.room = short_office(member.office)
    slot.date = read("date", lambda text: _date(text, ctx.date_order))  # type: ignore[assignment]
    slot.start = read("time", parse_time)  # type: ignore[assignment]
    slot.minutes = read("duration", parse_duration) or DEFAULT_MINUTES  # type: ignore[assignment]
    slot.room = cells.get("location", "") or slot.room
    slot.staffer = cells.get("staffer", "")
    slot.staffer_role = cells.get("staffer_role", "") or cells.get("role", "")
    slot.notes = cells.get("notes", "")
    people = []
    for text in (part.strip() for part in cells.get("attendees", "").split(";")):
        if text:
            try:
                people.append(parse_attendee(text))
            except ValueError as exc:
                errors.append(f"attendees: {exc}")
    if member is not None:
        statuses = [constituent_status(member, p, ctx.zips) for p in people]
    else:
        statuses = ["unchecked"] * len(people)
    slot.attendees = tuple(
        Attendee(p.name, p.zip, status, p.confirmed)
        for p, status in zip(people, statuses, strict=True)
    )
    blocks = [b.strip() for b in cells.get("blocks", "").split(";") if b.strip()]
    for block_id in blocks:
        if not ctx.pack.has(block_id):
            close = get_close_matches(block_id, [b.id for b in ctx.pack.blocks], 1)
            hint = f" — did you mean '{close[0]}'?" if close else ""
            errors.append(f"blocks: unknown point id '{block_id}'{hint}")
    template = cells.get("template") or None
    if template:
        problem = ctx.template_ok(template)
        if problem:
            errors.append(f"template: {problem}")
    paper = cells.get("paper", "").casefold() or None
    if paper and paper not in PAPERS:
        errors.append(f"paper: '{cells['paper']}' is not a paper: use {' or '.join(PAPERS)}")
    language = cells.get("language", "").strip().casefold() or None
    if language and language not in PAGE_LANGUAGES:
        errors.append(
            f"language: '{cells['language']}' is not a page language: use "
            f"{', '.join(PAGE_LANGUAGES)}"
        )
    base = ctx.base
    ask = cells.get("ask", "")
    slot.ask = ask or base.ask
    if errors:
        return _failed(planned, member)
    try:
        meeting = Meeting(
            legislator=name,
            date=slot.date,
            time=format_time(slot.start) if slot.start else "",
            location=cells.get("location", ""),
            staffer=slot.staffer,
            staffer_role=slot.staffer_role,
        )
        update: dict[str, object] = {
            "meeting": meeting,
            "ask": ask or base.ask,
            "bill": cells.get("bill", "") if ask else (cells.get("bill", "") or base.bill),
            "blocks": blocks or list(base.blocks),
            # attendees with a ZIP the data does not place elsewhere: the page's constituents
            "constituents": [
                Constituent(name=a.name, zip=a.zip, confirmed=a.confirmed)
                for a in slot.attendees
                if a.zip and a.constituent != "no"
            ]
            if people
            else list(base.constituents),
            "edits": {k: v for k, v in base.edits.items() if not blocks or k in blocks},
        }
        if template:
            update["template"] = template
        if paper:
            update["paper"] = paper
        if language:
            update["language"] = language
        brief = checked(base.model_copy(update=update))  # the brief's rules hold for each row
        planned.enriched = enrich(brief, ctx.pack, ctx.directory)
        if mismatch(planned.enriched.brief):  # the base's audience is not this row's member's
            brief = brief.model_copy(update={"audience": None})
            planned.enriched = enrich(brief, ctx.pack, ctx.directory)
    except (ValidationError, BrieferError) as exc:  # e.g. a cell too long, a control character
        error = from_validation_error(exc, {}, None) if isinstance(exc, ValidationError) else exc
        errors.append(f"{error.field}: {error.message}" if error.field else error.message)
    except ValueError as exc:
        errors.append(str(exc))
    if errors:
        return _failed(planned, member)
    built = planned.enriched.brief  # type: ignore[union-attr]
    slot.warnings.extend(
        carried_mentions(ctx.base, ctx.base_member, built, member, ctx.pack, own_ask=bool(ask))
    )
    slot.legislator = who(built)
    slot.room = short_office(built.meeting.location)
    planned.template, planned.paper = template, paper
    return planned

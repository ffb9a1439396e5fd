"""Filling a brief's meeting from the legislator directory, and choosing points for the office."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from briefer.legislators.model import Legislator, role_rank, too_long
from briefer.legislators.store import Directory
from briefer.legislators.stored import convert_old_store, default_store_path, load
from briefer.legislators.suggest import Suggestion, suggest, suggested_blocks
from briefer.page.brief import Brief, Filled, Meeting
from briefer.page.content import Pack
from briefer.page.office import relevant  # what bears on sanctions, defined once

BIOGUIDE = re.compile(r"^[A-Z][0-9]{6}$")


def stored_directory() -> Directory | None:
    """The imported directory (cached while the file is unchanged), or None if there is none."""
    path = default_store_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        if not convert_old_store():  # an older Briefer's store is converted once
            return None
        stamp = path.stat().st_mtime_ns
    return _load_cached(path, stamp)


@cache
def _load_cached(path: Path, _stamp: int) -> Directory:
    return load(path)


@dataclass(frozen=True)
class Enriched:
    brief: Brief
    member: Legislator | None
    suggestions: tuple[Suggestion, ...]
    warnings: tuple[str, ...] = ()  # for the page: a name the directory does not know


def committee_names(member: Legislator) -> list[str]:
    """Full committees (not subcommittees), with the member's role where there is one."""
    out = []
    for seat in member.committees:
        if seat.parent is None:
            out.append(f"{seat.name} ({seat.role})" if seat.role else seat.name)
    return out


def find_member(brief: Brief, directory: Directory | None) -> Legislator | None:
    """The directory's member for ``meeting.legislator``; an unknown bioguide id is an error."""
    name = brief.meeting.legislator.strip()
    if not name or directory is None:
        if name and BIOGUIDE.match(name):
            raise brief.error(
                f"'{name}' looks like a legislator id, but no directory is imported "
                "(briefer legislators import PATH)",
                "meeting",
                "legislator",
            )
        return None
    member = directory.get(name)
    if member is None and BIOGUIDE.match(name):
        raise brief.error(f"no legislator with the id '{name}'", "meeting", "legislator")
    return member


def subcommittee_names(member: Legislator) -> list[str]:
    """The member's subcommittees of committees that bear on sanctions, with their role where
    there is one (not the ex officio seats a committee's leaders hold on all of them)."""
    parents = {seat.id: seat.name for seat in member.committees if seat.parent is None}
    return [
        f"{seat.name} ({seat.role})" if seat.role else seat.name
        for seat in member.committees
        if seat.parent is not None
        and relevant(parents.get(seat.parent, ""))
        and role_rank(seat.role) < 5  # Ex Officio, Substitute
    ]


# The meeting fields the directory fills, and where each comes from in the member's record.
MEMBER_FIELDS: dict[str, Callable[[Legislator], Any]] = {
    "title": lambda m: m.title,
    "chamber": lambda m: m.chamber,
    "state": lambda m: m.state,
    "district": lambda m: m.district,
    "party": lambda m: m.party,
    "committees": committee_names,
    "subcommittees": subcommittee_names,
    "location": lambda m: m.office,
}


def _empty(meeting: Meeting, name: str) -> Any:
    return [] if isinstance(getattr(meeting, name), list) else ""


def from_directory(meeting: Meeting) -> set[str]:
    """The meeting fields that hold directory values (for whichever member filled them)."""
    return set(meeting.from_directory.fields) if meeting.from_directory else set()


def typed(meeting: Meeting, name: str) -> bool:
    """Whether the user typed this field's value (it is set and the directory did not fill it)."""
    return bool(getattr(meeting, name)) and name not in from_directory(meeting)


def without_stale(meeting: Meeting) -> Meeting:
    """The meeting without the values filled for another member than the one it names."""
    filled = meeting.from_directory
    if filled is None or filled.legislator == meeting.legislator:
        return meeting
    update: dict[str, Any] = {name: _empty(meeting, name) for name in filled.fields}
    return meeting.model_copy(update={**update, "from_directory": None})


def filled_with(meeting: Meeting, member: Legislator) -> Meeting:
    """The meeting with this member: every field the directory filled before (for this member or
    another) and every empty one takes the member's value; what the user typed stays."""
    update: dict[str, Any] = {"legislator": member.name}
    filled = []
    for name, read in MEMBER_FIELDS.items():
        if typed(meeting, name):
            continue
        value = read(member)
        update[name] = value or _empty(meeting, name)
        if value:
            filled.append(name)
    update["from_directory"] = Filled(legislator=member.name, fields=filled) if filled else None
    return meeting.model_copy(update=update)


def typed_by_user(meeting: Meeting, name: str) -> Meeting:
    """The meeting after the user typed ``name``: no longer a directory value; a new legislator
    drops the values filled for the old one."""
    filled = meeting.from_directory
    if filled is not None and name in filled.fields:
        rest = [field for field in filled.fields if field != name]
        meeting = meeting.model_copy(
            update={"from_directory": filled.model_copy(update={"fields": rest}) if rest else None}
        )
    return without_stale(meeting) if name == "legislator" else meeting


_FIELD_NAMES = {"office": "location", "committee": "committees"}


def _check_lengths(brief: Brief, member: Legislator) -> None:
    """A directory imported by an older Briefer may hold a value too long for the page: say which
    (importing again refuses it by name), rather than let the fit ask to drop talking points."""
    problem = too_long(member)
    if problem is None:
        return
    field, length, limit = problem
    meeting_field = _FIELD_NAMES.get(field, field)
    if meeting_field in MEMBER_FIELDS and typed(brief.meeting, meeting_field):
        return  # the user typed their own; the directory's is not used
    raise brief.error(
        f"the directory's {field} for {member.name} is too long for the page "
        f"({length} characters, at most {limit}): shorten it in the directory file and import it "
        f"again, or type the {meeting_field} in the brief",
        "meeting",
        meeting_field if meeting_field in MEMBER_FIELDS else "legislator",
    )


def enrich(brief: Brief, pack: Pack, directory: Directory | None) -> Enriched:
    """Fill the meeting from the directory (never over what the user typed); choose suggested
    points if none are chosen."""
    member = find_member(brief, directory)
    if member is not None:
        _check_lengths(brief, member)
    meeting = brief.meeting
    meeting = filled_with(meeting, member) if member is not None else without_stale(meeting)
    updated = brief.model_copy(update={"meeting": meeting})
    suggestions = suggest(pack, updated, member)
    if not brief.blocks and meeting.legislator:
        updated = updated.model_copy(update={"blocks": suggested_blocks(pack, suggestions)})
    updated._file, updated._data = brief._file, brief._data
    warnings: tuple[str, ...] = ()
    if member is None and directory is not None and meeting.legislator.strip():
        from briefer.legislators.hints import hints_for, seat_label

        name = meeting.legislator.strip()
        close = [seat_label(m) for m in hints_for(directory).closest(name)]
        hint = f" (did you mean {' or '.join(close)}?)" if close else ""
        warnings = (
            f"'{name}' is not in the imported directory{hint}; the page names them as typed, "
            "with nothing from the directory",
        )
    return Enriched(updated, member, tuple(suggestions), warnings)

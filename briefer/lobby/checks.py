"""What can go wrong on the day itself: the warnings the schedule prints beside the meetings.

- back to back on opposite sides of the Capitol: the House office buildings (Cannon, Longworth,
  Rayburn, Ford, O'Neill) and the Senate ones (Russell, Dirksen, Hart) are a 15-20 minute walk
  apart through security, so less than 20 minutes between the end of one meeting and the start of
  the next is flagged. The side comes from the room, or from the member's chamber when the room
  names no building (a meeting in the Capitol itself is left alone);
- one attendee in two meetings at once;
- duplicate slots: the same member twice at the same time.

Meetings with no attendees listed are the whole group's: they are checked for walking time with
each other, not for being at once (a group splits up).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from itertools import pairwise

from briefer.day import Slot
from briefer.legislators.model import fold
from briefer.support.when import format_time

CROSSING_MINUTES = 20
_HOUSE = re.compile(
    r"\b(cannon|longworth|rayburn|ford|o['’]?neill|[clr]hob|h-\d|house office)\b", re.IGNORECASE
)
_SENATE = re.compile(
    r"\b(russell|dirksen|hart|s[rdh]-?\d+\w*|[rdh]sob|senate office)\b", re.IGNORECASE
)
_CAPITOL = re.compile(r"\bcapitol\b", re.IGNORECASE)
_GROUP = "\0group"


def side(slot: Slot) -> str | None:
    """'House', 'Senate' or None: the side of the Capitol the meeting is on."""
    room = slot.room
    if room:
        house, senate = _HOUSE.search(room), _SENATE.search(room)
        if house and not senate:
            return "House"
        if senate and not house:
            return "Senate"
        if _CAPITOL.search(room) or (house and senate):
            return None
    return slot.chamber if slot.chamber in ("House", "Senate") else None


def _at(slot: Slot) -> str:
    return format_time(slot.start) if slot.start else ""


def _who(slot: Slot) -> str:
    return slot.name or slot.legislator or "?"


def check(slots: list[Slot]) -> list[tuple[int, str]]:
    """(line, warning) for the day, also added to each slot's ``warnings``; by line. Warnings
    a slot already has (about its page, from planning it) are among them."""
    found: dict[tuple[int, str], None] = {
        (s.line, text): None for s in slots for text in s.warnings
    }

    def warn(slot: Slot, text: str) -> None:
        if text not in slot.warnings:
            slot.warnings.append(text)
        found[(slot.line, text)] = None

    timed = sorted((s for s in slots if s.starts() is not None), key=Slot.sort_key)
    # duplicate slots: the same member at the same date and time
    seen: dict[tuple[dt.datetime | None, str], Slot] = {}
    for slot in timed:
        key = (slot.starts(), fold(_who(slot)))
        first = seen.setdefault(key, slot)
        if first is not slot:
            warn(slot, f"the same slot as line {first.line}: {_who(slot)} at {_at(slot)}")
    # per person: the meetings they go to, in time order
    by_person: dict[str, list[Slot]] = defaultdict(list)
    names: dict[str, str] = {}
    for slot in timed:
        people = [fold(a.name) for a in slot.attendees] or [_GROUP]
        for person in dict.fromkeys(people):
            by_person[person].append(slot)
        for attendee in slot.attendees:
            names.setdefault(fold(attendee.name), attendee.name)
    group = by_person.pop(_GROUP, [])
    for person, own in [*by_person.items(), (_GROUP, [])]:
        latest: Slot | None = None
        for slot in own:  # two at once: each meeting against the one ending last before it
            if latest is not None and latest.date == slot.date and slot.starts() < latest.ends():  # type: ignore[operator]
                warn(
                    slot,
                    f"{names[person]} is also at {_who(latest)} (line {latest.line}) at "
                    f"{_at(latest)}: two meetings at once",
                )
            if latest is None or slot.ends() > latest.ends():  # type: ignore[operator]
                latest = slot
        # walking: from each meeting to the next one this person (or the group) goes to
        day = sorted({id(s): s for s in own + group}.values(), key=Slot.sort_key)
        for first, second in pairwise(day):
            if first.date != second.date:
                continue
            gap = (second.starts() - first.ends()).total_seconds() / 60  # type: ignore[operator]
            one, two = side(first), side(second)
            if 0 <= gap < CROSSING_MINUTES and one and two and one != two:
                warn(
                    second,
                    f"{int(gap)} minutes after {_who(first)} (line {first.line}, {one} side) "
                    f"to cross to the {two} side of the Capitol",
                )
    return sorted(found, key=lambda item: item[0])

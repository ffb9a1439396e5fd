"""Who represents whom: an advocate's ZIP checked against a member's seat, and the page's line.

A senator's constituents live in the state; a representative's in the district. A ZIP that spans
districts (about 15 % do) makes a person a *maybe*, never a certain constituent; without ZIP data
a person is *unchecked* and taken as given. Plain data and pure functions over a
:class:`~briefer.legislators.zips.ZipTable` (anything with ``lookup(zip)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from briefer.legislators import constituent_notes as notes
from briefer.legislators.model import district_label
from briefer.legislators.zips import STATES, District, normalize_zip
from briefer.support.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from briefer.legislators.model import Legislator
    from briefer.legislators.store import Directory
    from briefer.page.brief import Brief

Status = Literal["yes", "maybe", "no", "unchecked"]
_ATTENDEE = re.compile(r"^(?P<name>[^()]*?)\s*\((?P<inside>[^()]*)\)\s*$")
_TRAILING_ZIP = re.compile(r"^(?P<town>.*?)[\s,]+(?P<zip>\d[\d-]*)$")


class Zips(Protocol):
    def lookup(self, zip_code: str) -> tuple[District, ...]: ...


class Seat(Protocol):
    """What a check needs of a seat: a Legislator, or a brief's meeting."""

    chamber: str
    state: str
    district: str


@dataclass(frozen=True)
class Person:
    name: str
    zip: str = ""
    town: str = ""
    confirmed: bool = False  # the user knows they live in a state legislator's district


def parse_attendee(text: str) -> Person:
    """'Anna Kowalska (03301)' -> Person('Anna Kowalska', '03301'); 'Anna (Concord 03301)' also
    gives the town; a plain name has no ZIP. A malformed ZIP raises a ValueError for the user."""
    value = " ".join(str(text).split())
    if not value:
        raise ValueError(notes.EMPTY_ATTENDEE)
    match = _ATTENDEE.match(value)
    if not match:
        if "(" in value or ")" in value:
            raise ValueError(Message(notes.BAD_ATTENDEE, value=value))
        return Person(value)
    name, inside = match.group("name").strip(" ,"), match.group("inside").strip(" ,")
    confirmed = inside.casefold().endswith("confirmed")  # "(60657, confirmed)": a state seat's
    if confirmed:
        inside = inside[: -len("confirmed")].strip(" ,")
    if not name:
        raise ValueError(Message(notes.NO_NAME, value=value))
    if not inside:
        return Person(name, confirmed=confirmed)
    if not re.search(r"\d", inside):
        return Person(name, town=inside, confirmed=confirmed)
    trailing = _TRAILING_ZIP.match(inside)
    town, code = (trailing.group("town"), trailing.group("zip")) if trailing else ("", inside)
    return Person(name, normalize_zip(code), town.strip(" ,"), confirmed)


def state_seat(seat: Seat) -> bool:
    """A state legislator's seat: its chamber names a state ('Illinois House'), its title is a
    state legislator's, or it came from Open States. Never decided from congressional districts."""
    from briefer.legislators.states import STATE_TITLES, names_state

    title = str(getattr(seat, "title", "") or "").strip().casefold()
    source = str(getattr(seat, "source", "") or "")
    return source.startswith("openstates:") or title in STATE_TITLES or names_state(seat.chamber)


def chamber_of(seat: Seat) -> Literal["senate", "house"] | None:
    """'senate' or 'house' of Congress from the seat's chamber (or, for a meeting, its
    district); None for a state legislator's seat and any other."""
    if state_seat(seat):
        return None
    chamber = (seat.chamber or "").strip().casefold()
    if chamber.startswith("senate"):
        return "senate"
    if chamber.startswith("house") or (seat.district or "").strip():
        return "house"
    title = str(getattr(seat, "title", "") or "").casefold()
    return "senate" if title.startswith("senator") else None


def _seat_district(seat: Seat) -> District:
    return District(seat.state.strip().upper(), district_label(seat.district))


def status_for(seat: Seat, districts: Sequence[District]) -> Status:
    """The status of someone whose ZIP lies in ``districts`` (() = ZIP not in the data)."""
    chamber = chamber_of(seat)
    if not districts or not seat.state.strip() or chamber is None:
        return "unchecked"
    if chamber == "senate":
        inside = [d.state == seat.state.strip().upper() for d in districts]
    else:
        own = _seat_district(seat)
        inside = [d == own for d in districts]
    if all(inside):
        return "yes"
    return "maybe" if any(inside) else "no"


def constituent_status(member: Legislator | Seat, person: Person, zips: Zips | None) -> Status:
    """Is ``person`` a constituent of ``member``? 'yes', 'maybe' (their ZIP spans districts or
    states), 'no', or 'unchecked' (no ZIP data, no ZIP given, or a ZIP the data lacks)."""
    if zips is None or not person.zip:
        return "unchecked"
    try:
        districts = zips.lookup(person.zip)
    except ValueError:
        return "unchecked"
    return status_for(member, districts)


# --- who represents a ZIP -------------------------------------------------------------------


@dataclass(frozen=True)
class Representative:
    member: Legislator
    ambiguous: bool  # the ZIP spans districts (or states): this member may not be theirs


@dataclass(frozen=True)
class Representation:
    zip: str
    districts: tuple[District, ...]
    members: tuple[Representative, ...]
    vacant: tuple[str, ...]  # seats ('NH-2', 'NH senator') no member in the directory holds

    @property
    def spans_districts(self) -> bool:
        return len(self.districts) > 1

    @property
    def spans_states(self) -> bool:
        return len({d.state for d in self.districts}) > 1


def members_for_zip(zip_code: str, directory: Directory, zips: Zips) -> Representation:
    """The senators and the representative (or delegate) for a ZIP: every candidate when it spans
    districts. A malformed ZIP raises ValueError; a ZIP the data lacks gives no districts."""
    five = normalize_zip(zip_code)
    districts = zips.lookup(five)
    states = list(dict.fromkeys(d.state for d in districts))
    found: list[Representative] = []
    vacant: list[str] = []
    for state in states:
        senators = [m for m in directory.in_state(state) if chamber_of(m) == "senate"]
        found += [Representative(m, len(states) > 1) for m in sorted(senators, key=_by_name)]
        if len(senators) < 2 and state not in _NO_SENATORS:
            vacant.append(Message(QT_TRANSLATE_NOOP("core", "{state} senator"), state=state))
    for district in districts:
        house = [
            m
            for m in directory.in_state(district.state)
            if chamber_of(m) == "house" and _seat_district(m) == district
        ]
        found += [Representative(m, len(districts) > 1) for m in house]
        if not house:
            vacant.append(district.code())
    return Representation(five, tuple(districts), tuple(found), tuple(vacant))


_NO_SENATORS = frozenset({"DC", "PR", "AS", "GU", "MP", "VI"})


def _by_name(member: Legislator) -> tuple[str, str]:
    return (member.last.casefold(), member.id)


def represents(member: Legislator | Seat, districts: Iterable[District]) -> bool:
    """True when ``member``'s seat covers at least one of ``districts``."""
    return status_for(member, tuple(districts)) in ("yes", "maybe")


# --- the page's line ------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    person: Person
    status: Status
    districts: tuple[District, ...] = ()


@dataclass(frozen=True)
class ConstituentNote:
    """What a meeting's attendees add to the page: the line and the build's warnings."""

    line: str
    warnings: tuple[str, ...]
    checked: tuple[Checked, ...]


def _districts_of(person: Person, zips: Zips | None) -> tuple[District, ...]:
    """The districts a person's ZIP lies in; none without ZIP data, a ZIP or a valid one."""
    if zips is None or not person.zip:
        return ()
    try:
        return zips.lookup(person.zip)
    except ValueError:
        return ()


def check_people(seat: Seat, people: Sequence[Person], zips: Zips | None) -> tuple[Checked, ...]:
    out = []
    for person in people:
        districts = _districts_of(person, zips)
        status = status_for(seat, districts) if zips is not None else "unchecked"
        given = split_town(person.town)[1]
        if status == "unchecked" and given and given != seat.state.strip().upper():
            status = "no"  # by the state the user wrote with the town
        out.append(Checked(person, status, districts))
    return tuple(out)


def join_words(words: Sequence[str]) -> str:
    """'Concord', 'Concord and Nashua', 'Concord, Nashua and Keene'."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


_TOWN_STATE = re.compile(r"^(?P<town>.*?),?\s+(?P<state>[A-Za-z]{2})$")


def split_town(town: str) -> tuple[str, str]:
    """'Concord, NH' -> ('Concord', 'NH'); 'Concord' -> ('Concord', '')."""
    text = " ".join(town.split())
    match = _TOWN_STATE.match(text)
    if match and match.group("state").upper() in STATES and match.group("town"):
        return match.group("town"), match.group("state").upper()
    return text, ""


def _towns(items: Iterable[Checked]) -> list[str]:
    towns = (split_town(c.person.town)[0] for c in items)
    return list(dict.fromkeys(town for town in towns if town))


def _from(towns: list[str], place: str) -> str:
    return f"{join_words(towns)}, {place}" if towns else place


def describe(seat: Seat, people: Sequence[Person], zips: Zips | None) -> ConstituentNote:
    """The constituent line for the page ('With constituents from Concord and Nashua, NH') and
    the warnings: people from elsewhere, people who only may live in the district (never printed
    as a doubt), ZIPs the data lacks, no ZIP data at all."""
    if not people:
        return ConstituentNote("", (), ())
    if state_seat(seat):
        return _state_note(seat, people, zips)
    checked = check_people(seat, people, zips)
    state = seat.state.strip().upper()
    chamber = chamber_of(seat)
    warnings = _warnings(seat, checked, zips)
    if not state or chamber is None:
        return ConstituentNote("", tuple(warnings), checked)
    place = _seat_district(seat).label() if chamber == "house" else state
    sure = [c for c in checked if c.status == "yes"]
    given = [c for c in checked if c.status == "unchecked"]
    maybe = [c for c in checked if c.status == "maybe" and not c.person.confirmed]
    # one the user confirmed after checking the street address (``confirmed: true``) is named
    sure += [c for c in checked if c.status == "maybe" and c.person.confirmed]
    if place == state:  # a senator: the checked and the unchecked share the state
        sure, given = sure + given, []
    groups = []
    if sure:
        groups.append(_from(_towns(sure), place))
    if given:  # taken as the user gave them: the state, never a district
        groups.append(_from(_towns(given), state))
    line = f"With constituents from {'; '.join(groups)}" if groups else ""
    where = place if chamber == "house" else state
    for item in maybe:  # a doubt is the user's to settle, never the page's
        spans = notes.and_words(d.code() for d in item.districts)
        warnings.append(
            Message(notes.MAY_LIVE, person=_label(item.person), where=where, spans=spans)
        )
    return ConstituentNote(line, tuple(warnings), checked)


def _warnings(seat: Seat, checked: Sequence[Checked], zips: Zips | None) -> list[str]:
    state = seat.state.strip().upper()
    out: list[str] = []
    if zips is None:
        out.append(notes.NO_ZIP_DATA)
    for item in checked:
        given = split_town(item.person.town)[1]
        if item.status == "no" and not item.districts and given:
            out.append(Message(notes.GIVES, person=_label(item.person), given=given, state=state))
    if zips is None:
        return out
    if not state or chamber_of(seat) is None:
        out.append(notes.NO_SEAT)
        return out
    for item in checked:
        person, label = item.person, _label(item.person)
        if item.status == "no" and not item.districts:
            continue  # reported above, by the state given with the town
        if not person.zip:
            out.append(Message(notes.NO_ZIP, person=label))
        elif not item.districts:
            out.append(Message(notes.UNKNOWN_ZIP, person=label, zip=person.zip))
        elif item.status == "no":
            states = sorted({d.state for d in item.districts})
            if state not in states:
                out.append(
                    Message(
                        notes.LIVES_ELSEWHERE,
                        person=label,
                        places=notes.or_words(states),
                        seat=state,
                    )
                )
            else:
                codes = notes.or_words(d.label() for d in item.districts)
                seat_label = _seat_district(seat).label()
                out.append(
                    Message(notes.LIVES_ELSEWHERE, person=label, places=codes, seat=seat_label)
                )
    return out


def _state_note(seat: Seat, people: Sequence[Person], zips: Zips | None) -> ConstituentNote:
    """A state seat: a ZIP tells the state only (the ZIP data maps congressional districts), so
    only the people the user confirmed are named, and never one whose ZIP or town is elsewhere."""
    from briefer.legislators.states import seat_label

    state = seat.state.strip().upper()
    place = seat_label(seat.chamber, state, seat.district)
    checked, warnings = [], []
    for person in people:
        districts = _districts_of(person, zips)
        states = sorted({d.state for d in districts}) or [
            s for s in [split_town(person.town)[1]] if s
        ]
        if states and state and state not in states:
            status: Status = "no"
            warnings.append(
                Message(
                    notes.LIVES_ELSEWHERE,
                    person=_label(person),
                    places=notes.or_words(states),
                    seat=state,
                )
            )
        elif person.confirmed:
            status = "yes"
        else:
            status = "unchecked"
            said = notes.STATE_SEAT_IN_STATE if states else notes.STATE_SEAT_UNKNOWN
            warnings.append(Message(said, person=_label(person), state=state, place=place))
        checked.append(Checked(person, status, districts))
    sure = [c for c in checked if c.status == "yes"]
    line = f"With constituents from {_from(_towns(sure), place)}" if sure else ""
    return ConstituentNote(line, tuple(warnings), tuple(checked))


def _label(person: Person) -> str:
    return f"{person.name} ({person.zip})" if person.zip else person.name


def note_for(brief: Brief, zips: Zips | str | None = "stored") -> ConstituentNote:
    """The constituent line and warnings for a brief's meeting; ``zips`` defaults to the imported
    ZIP data (opened only when the brief lists constituents)."""
    if not brief.constituents:
        return ConstituentNote("", (), ())
    if zips == "stored":
        from briefer.legislators.zips import stored_zips

        zips = stored_zips()
    people = [Person(c.name, c.zip, c.town, c.confirmed) for c in brief.constituents]
    return describe(brief.meeting, people, zips)  # type: ignore[arg-type]

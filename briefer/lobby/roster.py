"""A lobby day planned from who comes: a roster (name, ZIP, town) -> one meeting per member.

Each person's ZIP gives their two senators and their representative; a ZIP that spans districts
gives every candidate (the person is a *maybe* there). The plan has one meeting per member who
represents someone in the group, each senator once, with those people as attendees, and empty
date and time cells: the meetings CSV that ``briefer batch`` reads, to be filled in.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefer.legislators.constituents import (
    Person,
    Representative,
    Zips,
    chamber_of,
    members_for_zip,
)
from briefer.legislators.model import Legislator, clean_text, fold
from briefer.legislators.store import Directory
from briefer.legislators.zips import normalize_zip
from briefer.support.csvcells import safe_row
from briefer.support.errors import BrieferError

REQUIRED = ("name", "zip")
MEETING_COLUMNS = (
    "legislator", "date", "time", "location", "staffer", "staffer_role", "attendees", "ask",
)  # fmt: skip
MAX_PEOPLE = 5000
_SEPARATORS = (",", ";", "\t")
_EMPTY = "the roster is empty: it needs a header row (name, zip, town)"


@dataclass(frozen=True)
class Entry:
    line: int
    person: Person
    state_district: str = ""  # 'IL House 11', 'Illinois Senate 6': their state legislators


@dataclass(frozen=True)
class Problem:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}: {self.field}: " if self.field else f"line {self.line}: "
        return where + self.message


@dataclass(frozen=True)
class Meeting:
    member: Legislator
    attendees: tuple[Person, ...]
    maybe: tuple[Person, ...] = ()  # attendees whose ZIP spans districts: may be constituents


@dataclass
class RosterPlan:
    meetings: list[Meeting] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # rows not planned, by line
    notes: list[str] = field(default_factory=list)  # planned, but worth knowing
    people: int = 0  # planned


def read_roster(text: str, file: str) -> tuple[list[Entry], list[Problem]]:
    """The roster's people, and the rows that cannot be used (a missing name, a malformed ZIP).
    A file without the needed columns raises a BrieferError."""
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise BrieferError(_EMPTY, file=file, line=1)
    separator = max(_SEPARATORS, key=lines[0].count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        header = next(reader)
        rows = []
        start = reader.line_num + 1
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise BrieferError(f"not valid CSV: {exc}", file=file, line=reader.line_num) from None
    return _entries(header, rows, file)


def read_roster_file(path: Path) -> tuple[list[Entry], list[Problem], str]:
    """The roster as spreadsheets save it (UTF-8 or UTF-16 or Windows-1252; commas, semicolons
    or tabs), read like a meetings CSV: its people, the lines that cannot be used, and a notice
    about how it was read ('' when plain)."""
    from briefer.lobby.csvfile import Problem as BadLine
    from briefer.lobby.csvfile import open_csv

    try:
        source = open_csv(Path(path), ("name", "zip", "town", "state_district"))
    except BrieferError as exc:
        if exc.line == 1 and "header" in exc.message:
            raise BrieferError(_EMPTY, file=path, line=1) from None
        raise
    rows: list[tuple[int, list[str]]] = []
    broken: list[Problem] = []
    for record in source.records():
        if isinstance(record, BadLine):
            broken.append(Problem(record.line, "", record.message))
        else:
            rows.append((record.line, record.cells))
    entries, problems = _entries(source.header, rows, str(path))
    return entries, sorted([*broken, *problems], key=lambda p: p.line), source.notice


def _entries(
    header: list[str], rows: Iterable[tuple[int, list[str]]], file: str
) -> tuple[list[Entry], list[Problem]]:
    names = [cell.strip().casefold() for cell in header]
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise BrieferError(
            f"the header needs the column{'s' if len(missing) > 1 else ''} "
            f"{' and '.join(missing)} (columns: name, zip, and optionally town)",
            file=file,
            line=1,
        )
    entries: list[Entry] = []
    problems: list[Problem] = []
    for line, cells in rows:
        if not any(cell.strip() for cell in cells):
            continue
        # people's names from someone's spreadsheet: escapes, control characters, direction
        # overrides and line breaks go, as from a directory file
        row = {name: clean_text(value) for name, value in zip(names, cells, strict=False)}
        name, town = " ".join(row.get("name", "").split()), row.get("town", "")
        if not name:
            problems.append(Problem(line, "name", "the name is empty"))
            continue
        if any(char in name for char in ";()"):
            problems.append(Problem(line, "name", f"'{name}': a name may not hold ; or ( )"))
            continue
        try:
            code = normalize_zip(row.get("zip", ""))
        except ValueError as exc:
            problems.append(Problem(line, "zip", f"{name}: {exc}"))
            continue
        seats = " ".join(row.get("state_district", "").split())
        entries.append(Entry(line, Person(name, code, town), seats))
        if len(entries) > MAX_PEOPLE:
            raise BrieferError(f"more than {MAX_PEOPLE} people", file=file, line=line)
    return entries, problems


def plan_roster(entries: list[Entry], directory: Directory, zips: Zips) -> RosterPlan:
    """One meeting per member who represents someone on the roster, in a stable order: by state,
    the senators first, then the House members by district."""
    plan = RosterPlan()
    people: dict[str, list[Person]] = {}
    maybes: dict[str, list[Person]] = {}
    members: dict[str, Legislator] = {}
    for entry in entries:
        found = members_for_zip(entry.person.zip, directory, zips)
        if not found.districts:
            plan.problems.append(
                Problem(
                    entry.line,
                    "zip",
                    f"{entry.person.name}: ZIP {entry.person.zip} is not in the ZIP data "
                    "(PO-box ZIPs are missing): not planned",
                )
            )
            continue
        plan.people += 1
        if found.spans_districts:
            codes = " or ".join(d.code() for d in found.districts)
            plan.notes.append(
                f"line {entry.line}: {entry.person.name} ({entry.person.zip}) may live in "
                f"{codes}: listed with each; check the street address"
            )
        for seat in found.vacant:
            plan.notes.append(f"line {entry.line}: no member in the directory for {seat}")
        state = found.districts[0].state
        reps = list(found.members)
        for seat in (s.strip() for s in entry.state_district.split(";") if s.strip()):
            at = _state_members(seat, state, directory)
            if not at:
                plan.problems.append(
                    Problem(
                        entry.line,
                        "state_district",
                        f"{entry.person.name}: '{seat[:60]}' is no state legislator's seat in "
                        "the directory (import the Open States data; write it like IL House 11)",
                    )
                )
            # Their own district, as they gave it: a confirmed constituent of these members.
            reps += [Representative(m, False) for m in at]
        for rep in reps:
            key = rep.member.id
            members[key] = rep.member
            person = entry.person
            if rep.member.source.startswith("openstates:"):
                person = replace(person, confirmed=True)
            if person not in people.setdefault(key, []):
                people[key].append(person)
            if rep.ambiguous:
                maybes.setdefault(key, []).append(entry.person)
    for key in sorted(members, key=lambda k: _order(members[k])):
        plan.meetings.append(Meeting(members[key], tuple(people[key]), tuple(maybes.get(key, ()))))
    return plan


def _state_members(seat: str, state: str, directory: Directory) -> list[Legislator]:
    """The state legislators of a seat as a roster writes it, in the person's state unless it
    names one: 'IL House 11', 'Illinois Senate District 6', 'House 11'."""
    found = [m for m in directory.find(seat, limit=50) if m.source.startswith("openstates:")]
    if not found and state:
        found = [
            m
            for m in directory.find(f"{state} {seat}", limit=50)
            if m.source.startswith("openstates:")
        ]
    if not found or len({(m.chamber, m.district) for m in found}) > 1:
        return []  # no seat, or a name rather than one seat
    return found


def _order(member: Legislator) -> tuple[object, ...]:
    house = chamber_of(member) == "house"
    district = int(member.district) if member.district.isdigit() else 0
    state_seat = member.source.startswith("openstates:")  # after the members of Congress
    return (
        state_seat,
        member.state,
        house,
        member.chamber,
        district,
        member.district,
        fold(member.last),
        member.id,
    )


def attendee_text(person: Person) -> str:
    """'Anna Kowalska (03301)', 'Maria Lopez (60657, confirmed)' for a state legislator's
    constituent: what ``parse_attendee`` reads back."""
    if not person.zip:
        return person.name
    return f"{person.name} ({person.zip}{', confirmed' if person.confirmed else ''})"


def meetings_csv(plan: RosterPlan, directory: Directory) -> str:
    """The meetings CSV ``briefer batch`` reads: date and time left empty to fill in."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(MEETING_COLUMNS)
    for meeting in plan.meetings:
        member = meeting.member
        name = member.name if directory.get(member.name) == member else member.id
        attendees = "; ".join(attendee_text(p) for p in meeting.attendees)
        writer.writerow(safe_row([name, "", "", "", "", "", attendees, ""]))
    return out.getvalue()

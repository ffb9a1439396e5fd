"""Importing directories into the stored one: Congress, the states, the European Parliament.

Each import *adds* to what is stored and replaces only its own part: the congress-legislators
files (or a CSV) replace Congress, an Open States checkout replaces the states it holds, the
HowTheyVote.eu export replaces the MEPs. Everything is read and checked before anything is
stored, and the store is written once (atomically): a failure leaves it as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefer.legislators.model import Legislator
from briefer.legislators.store import CONGRESS, CSV, HOWTHEYVOTE, Directory
from briefer.legislators.stored import load, save
from briefer.support.errors import BrieferError

HOWTHEYVOTE_CREDIT = "HowTheyVote.eu (Open Database License)"


@dataclass
class Read:
    """What the given paths hold, before it is stored."""

    directory: Directory
    replaces: set[str] = field(default_factory=set)  # the sources it replaces
    lines: list[str] = field(default_factory=list)  # "Imported ..." for the user
    problems: list[str] = field(default_factory=list)  # "file:line: field: message"
    warnings: list[str] = field(default_factory=list)  # imported all the same: worth a look


def read_paths(paths: Sequence[Path], today: dt.date, force_csv: bool = False) -> Read:
    """Read every directory in ``paths`` (folders or files of any kind Briefer knows)."""
    from briefer.legislators.europarl import is_howtheyvote
    from briefer.legislators.openstates import is_openstates

    paths = [Path(p) for p in paths]
    for path in paths:
        if not path.exists():
            raise BrieferError("file or folder not found", file=path)
    states = [p for p in paths if not force_csv and is_openstates(p)]
    meps = [p for p in paths if not force_csv and p not in states and is_howtheyvote(p)]
    rest = [p for p in paths if p not in states and p not in meps]
    parts = [_states(p, today) for p in states]
    parts += [_meps(p, today) for p in meps]
    if rest:
        parts.append(_congress(rest, force_csv, today))
    members = [m for part in parts for m in part.directory.members]
    seen: set[str] = set()
    for member in members:
        if member.id.casefold() in seen:
            raise BrieferError(f"{member.id} is in two of the given directories")
        seen.add(member.id.casefold())
    committees: dict[str, str] = {}
    sources: dict[str, dict[str, object]] = {}
    for part in parts:
        committees.update(part.directory.committees)
        sources.update(part.directory.sources)
    return Read(
        Directory(members, committees, sources),
        {s for part in parts for s in part.replaces},
        [line for part in parts for line in part.lines],
        [problem for part in parts for problem in part.problems],
        [warning for part in parts for warning in part.warnings],
    )


def store(read: Read, path: Path | None = None) -> tuple[Directory, Path]:
    """Merge what was read into the stored directory and write it; (the new whole as stored,
    where). The whole is the file opened again: the app's first search reads the names stored
    with it rather than folding every member's name anew."""
    try:
        current = load(path)
    except BrieferError:  # none yet, or damaged: the import starts a new one
        current = Directory([])
    merged = current.replacing(read.replaces, read.directory)
    fewer = _fewer_in_congress(current, read.directory) if CONGRESS in read.replaces else None
    if fewer:
        read.warnings.append(fewer)
    target = save(merged, path)
    return load(target), target


def _fewer_in_congress(old: Directory, new: Directory) -> str | None:
    """When a new Congress has fewer members than the one it replaces: whom it lacks (members
    who left, or the end of a file cut off between two members)."""
    before = [m for m in old.members if m.source == CONGRESS]
    after = {m.id.casefold() for m in new.members if m.source == CONGRESS}
    if len(after) >= len(before):
        return None
    gone = [m.name for m in before if m.id.casefold() not in after]
    shown = ", ".join(gone[:5]) + (", ..." if len(gone) > 5 else "")
    return (
        f"the new Congress directory has {len(before) - len(after)} fewer members than the one "
        f"it replaces ({len(before)}); not in it: {shown}. Members who left, or a file cut off?"
    )


def _note(label: str, today: dt.date, members: int, **more: object) -> dict[str, object]:
    return {"label": label, "imported": today.isoformat(), "members": members, **more}


def _congress(paths: list[Path], force_csv: bool, today: dt.date) -> Read:
    from briefer.legislators.congress import import_congress
    from briefer.legislators.csv_reader import import_csv

    as_csv = [force_csv or p.suffix.casefold() == ".csv" for p in paths]
    warnings: list[str] = []
    if all(as_csv):  # another legislature: a part of its own, beside Congress
        found = _merge_csv([import_csv(p) for p in paths], paths)
        source, label = CSV, "Other legislators (CSV)"
        found = Directory([replace(m, source=CSV) for m in found.members], found.committees)
    elif any(as_csv):
        raise BrieferError("give either CSV files or congress-legislators YAML files, not both")
    else:
        source, label = CONGRESS, "Congress"
        found = import_congress(paths, warnings)
    note = {source: _note(label, today, len(found))}
    directory = Directory(found.members, found.committees, note)
    line = f"{len(found.members)} members and {len(found.committees)} committees"
    return Read(directory, {source}, [line], [], warnings)


def _merge_csv(directories: list[Directory], paths: list[Path]) -> Directory:
    members: dict[str, object] = {}
    committees: dict[str, str] = {}
    for directory, path in zip(directories, paths, strict=True):
        for member in directory.members:
            if member.id.casefold() in members:
                raise BrieferError(f"{member.id} is also in an earlier file", file=path)
            members[member.id.casefold()] = member
        committees.update(directory.committees)
    return Directory(members.values(), committees)  # type: ignore[arg-type]


def _states(path: Path, today: dt.date) -> Read:
    from briefer.legislators.data_date import checkout_date
    from briefer.legislators.openstates import SOURCE_PREFIX, import_openstates
    from briefer.legislators.states import NAMES

    found = import_openstates(path)
    if not found.members:
        raise BrieferError("no state legislators found in this Open States folder", file=path)
    taken = checkout_date(path)  # the checkout's commit; else the newest date its files hold
    data_date = taken.isoformat() if taken else found.newest
    dated = {"data_date": data_date} if data_date else {}
    notes = {
        SOURCE_PREFIX + code.casefold(): _note(NAMES[code], today, len(members), **dated)
        for code, members in found.members.items()
    }
    members = [m for state in found.members.values() for m in state]
    directory = Directory(members, found.committees, notes)
    states = len(found.members)
    named = next(iter(NAMES[c] for c in found.members)) if states == 1 else f"{states} states"
    line = (
        f"{found.count():,} state legislators ({named}) and {found.committee_files:,} committees "
        f"(members matched: {found.by_id:,} by id, {found.by_name:,} by name, "
        f"{found.unmatched:,} unmatched) from Open States"
    )
    return Read(directory, set(notes), [line], found.problems)


def _meps(path: Path, today: dt.date) -> Read:
    from briefer.legislators.europarl import import_howtheyvote

    found = import_howtheyvote(path)
    if not found.members:
        raise BrieferError(
            "no current Members of the European Parliament in this export", file=path
        )
    note = {HOWTHEYVOTE: _note("European Parliament", today, len(found.members), **found.note)}
    directory = Directory(found.members, {}, note)
    line = f"{len(found.members):,} Members of the European Parliament from {HOWTHEYVOTE_CREDIT}"
    return Read(directory, {HOWTHEYVOTE}, [line], found.problems)


def _dates(notes: Iterable[dict[str, object]]) -> str:
    """'imported 2026-12-01, data of 2026-08-05' (each a span when the states differ)."""
    notes = list(notes)

    def span(key: str) -> str:
        dates = sorted({str(note[key]) for note in notes if note.get(key)})
        return dates[-1] if len(dates) == 1 else f"{dates[0]} to {dates[-1]}" if dates else ""

    data, imported = span("data_date"), span("imported")
    return f"imported {imported}, data of {data}" if data else f"imported {imported}"


def credit_of(member: Legislator | None) -> str:
    """The credit the member's data asks for wherever it is shown ('' for CC0 and public-domain
    data): "HowTheyVote.eu (Open Database License)" for an MEP from its export."""
    return HOWTHEYVOTE_CREDIT if member is not None and member.source == HOWTHEYVOTE else ""


def credited(member: Legislator, text: str) -> str:
    """``text`` with the member's data credit, if it asks for one (a tooltip in the app)."""
    credit = credit_of(member)
    return f"{text} (data: {credit})" if credit else text


def imported_summary(directory: Directory) -> list[str]:
    """What is imported, one line a directory: 'Congress: 537 members, imported 2026-12-01',
    'States: Illinois, New Hampshire (2 of 52): 580 members, imported 2026-12-01',
    'European Parliament: 720 members, imported …; data: HowTheyVote.eu (Open Database
    License)'."""
    from briefer.legislators.openstates import SOURCE_PREFIX

    notes = directory.sources
    lines = []
    for key in (CONGRESS, CSV):
        if key in notes:
            note = notes[key]
            lines.append(f"{note['label']}: {note['members']} members, imported {note['imported']}")
    states = sorted((k, v) for k, v in notes.items() if k.startswith(SOURCE_PREFIX))
    if states:
        names = ", ".join(str(v["label"]) for _, v in states)
        if len(states) > 6:
            names = f"{len(states)} states and territories"
        total = sum(int(v.get("members", 0)) for _, v in states)  # type: ignore[call-overload]
        lines.append(f"States: {names}: {total:,} members, {_dates(v for _, v in states)}")
    if HOWTHEYVOTE in notes:
        note = notes[HOWTHEYVOTE]
        data = f", data of {note['data_date']}" if note.get("data_date") else ""
        lines.append(
            f"European Parliament: {note['members']} members, imported {note['imported']}"
            f"{data}; {HOWTHEYVOTE_CREDIT}"
        )
    return lines

"""The Open States reader: state legislators and committees from the ``openstates/people`` data.

A checkout (or download) of https://github.com/openstates/people (CC0) holds
``data/<state>/legislature/*.yml`` (one person a file) and ``data/<state>/committees/*.yml``.
Give the checkout, its ``data`` folder, or one state's folder. A person's current seat is the
legislative role without ``end_date``; committees name members by ``person_id``, some by name
only (matched by name within the chamber). ``image`` and ``links`` are web addresses: never
fetched, not even kept. ``data/us`` (Congress in the same schema) is left out: Congress comes
from the congress-legislators files.

A file that cannot be used is a *problem* — one line naming the file, the line and the field —
and the rest is imported: every person and committee is accounted for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefer.legislators.data_date import newest_iso
from briefer.legislators.model import (
    CommitteeSeat,
    Legislator,
    Office,
    clean_text,
    fold,
    normalize_role,
    short_name,
    too_long,
)
from briefer.legislators.states import NAMES, seat_names
from briefer.legislators.store import Directory

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAX_FILE = 1_000_000  # bytes: the largest real file is a few tens of kilobytes
_SEAT_TYPES = ("upper", "lower", "legislature")
# Top-level keys a directory never needs: dropped before parsing (most of each file's bytes).
_SKIPPED = frozenset({"links", "sources", "other_names", "other_identifiers", "ids", "extras"})
_SKIPPED |= {"image", "biography"}
_JURISDICTION = re.compile(r"/(?:state|district|territory):([a-z]{2})/")
_ADDRESS = re.compile(
    r"^(?P<street>.*?),?\s+(?P<city>[^,]+),\s*(?P<state>[A-Z]{2})\s+(?P<zip>\d{5}(?:-\d{4})?)$"
)
SOURCE_PREFIX = "openstates:"


@dataclass
class StateImport:
    """What one import read: members by state, problems, and how committee members matched."""

    members: dict[str, list[Legislator]] = field(default_factory=dict)  # state code -> members
    committees: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    committee_files: int = 0
    by_id: int = 0
    by_name: int = 0
    unmatched: int = 0
    newest: str = ""  # the newest start of a seat or party the files hold (ISO), for their date

    def count(self) -> int:
        return sum(len(found) for found in self.members.values())


def is_openstates(path: Path) -> bool:
    """Whether ``path`` is an Open States checkout, its ``data`` folder or one state's folder."""
    return bool(path.is_dir() and _state_folders(path))


def _state_folders(path: Path) -> list[Path]:
    if (path / "legislature").is_dir():
        return [path]
    base = path / "data" if (path / "data").is_dir() else path
    return sorted(
        child
        for child in base.iterdir()
        if child.name != "us" and len(child.name) == 2 and (child / "legislature").is_dir()
    )


def import_openstates(path: Path) -> StateImport:
    """Read every state under ``path`` (see the module's description)."""
    found = StateImport()
    seen: dict[str, Path] = {}
    for folder in _state_folders(path):
        code = folder.name.upper()
        if code not in NAMES:
            found.problems.append(f"{folder}: not a US state or territory Briefer knows")
            continue
        members = _read_people(folder, code, found, seen)
        found.members[code] = _with_committees(folder, code, members, found)
    return found


# --- people ---------------------------------------------------------------------------------


def _read_people(folder: Path, code: str, found: StateImport, seen: dict[str, Path]) -> list[Any]:
    people = []
    for file in sorted((folder / "legislature").glob("*.yml")):
        data, lines = _load(file, found)
        if data is None:
            continue
        try:
            member = _person(data, lines, file, code)
        except _Problem as problem:
            found.problems.append(str(problem))
            continue
        if member.id in seen:
            found.problems.append(
                f"{file}:{lines.get('id', 1)}: id: {member.id} is also {seen[member.id]}"
            )
            continue
        seen[member.id] = file
        people.append(member)
        for entry in (*_listed(data, "roles"), *_listed(data, "party")):
            found.newest = newest_iso(found.newest, entry.get("start_date"))
    return people


class _Problem(Exception):
    def __init__(self, file: Path, line: int, name: str, message: str):
        super().__init__(f"{file}:{line}: {name}: {message}")


def _load(file: Path, found: StateImport) -> tuple[Any, dict[str, int]]:
    """The file's data (without the keys a directory never needs) and each top-level key's line;
    (None, {}) after noting the problem."""
    try:
        if file.stat().st_size > _MAX_FILE:
            found.problems.append(f"{file}:1: file: over {_MAX_FILE:,} bytes, not read")
            return None, {}
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        found.problems.append(f"{file}:1: file: cannot read it ({getattr(exc, 'reason', exc)})")
        return None, {}
    kept, lines = _trimmed(text)
    try:
        data = yaml.load(kept, Loader=_Loader)
    except yaml.YAMLError:
        try:  # a layout the trimming misjudged: the whole file, to report it truly
            data = yaml.load(text, Loader=_Loader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else 1
            found.problems.append(f"{file}:{line}: file: not valid YAML")
            return None, {}
    if not isinstance(data, dict):
        found.problems.append(f"{file}:1: file: not a mapping of fields")
        return None, {}
    return data, lines


def _trimmed(text: str) -> tuple[str, dict[str, int]]:
    """The text with the skipped top-level keys blanked (line numbers kept), and key lines."""
    out = text.split("\n")
    lines: dict[str, int] = {}
    keep = True
    for number, line in enumerate(out):
        if line[:1] not in ("", " ", "-", "#"):
            key = line.split(":", 1)[0]
            lines.setdefault(key, number + 1)
            keep = key not in _SKIPPED
        if not keep:
            out[number] = ""
    return "\n".join(out), lines


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return clean_text(value) if isinstance(value, str | int | float) else ""


def _listed(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key)
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def _current(entries: Any) -> list[dict[str, Any]]:
    return [e for e in entries if isinstance(e, dict) and not e.get("end_date")]


def _person(data: dict[str, Any], lines: dict[str, int], file: Path, code: str) -> Legislator:
    person_id, name = _text(data, "id"), _text(data, "name")
    if not person_id:
        raise _Problem(file, lines.get("id", 1), "id", "missing")
    if not name:
        raise _Problem(file, lines.get("name", 1), "name", "missing")
    roles = data.get("roles") if isinstance(data.get("roles"), list) else []
    seats = [r for r in _current(roles) if r.get("type") in _SEAT_TYPES]
    line = lines.get("roles", 1)
    if not seats:
        raise _Problem(file, line, "roles", "no current seat (every role has an end_date)")
    role = seats[-1]
    place = _JURISDICTION.search(str(role.get("jurisdiction", "")))
    if place is None or place.group(1).upper() != code:
        where = place.group(1).upper() if place else str(role.get("jurisdiction", ""))[:60]
        raise _Problem(file, line, "roles", f"a seat in {where}, but the folder is {code}")
    chamber, title = seat_names(code, str(role["type"]))
    parties = data.get("party") if isinstance(data.get("party"), list) else []
    current_party = [p for p in _current(parties) if p.get("name")]
    capitol, district_offices = _offices(data.get("offices"), code)
    member = Legislator(
        id=person_id,
        name=name,
        first=_text(data, "given_name"),
        last=_text(data, "family_name") or name.split()[-1],
        title=title,
        chamber=chamber,
        state=code,
        district=clean_text(role.get("district", "")),
        party=clean_text(current_party[-1]["name"]) if current_party else "",
        committees=(),
        office=capitol.location() if capitol else "",
        phone=capitol.phone if capitol else "",
        email=_text(data, "email"),
        url="",
        offices=tuple(district_offices),
        source=SOURCE_PREFIX + code.casefold(),
    )
    problem = too_long(member)
    if problem is not None:
        key, length, limit = problem
        raise _Problem(
            file,
            lines.get(key, line),
            key,
            f"{short_name(name)}: {length} characters, at most {limit}",
        )
    return member


def _offices(entries: Any, code: str) -> tuple[Office | None, list[Office]]:
    """The capitol office (the meeting's default place) and the district offices."""
    capitol, others = None, []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not entry.get("address"):
            continue
        office = _office(clean_text(entry["address"]), clean_text(entry.get("voice", "")), code)
        kind = str(entry.get("classification", ""))
        if kind == "capitol" and capitol is None:
            capitol = office
        elif kind == "district":
            others.append(office)
    return capitol, others


def _office(address: str, phone: str, code: str) -> Office:
    """'Room 288-S, Stratton Office Building, Springfield, IL 62706' -> its parts."""
    parts = _ADDRESS.match(address)
    if parts is None:
        return Office(city="", state=code, address=address, phone=phone[:40])
    return Office(
        city=parts["city"].strip(),
        state=parts["state"],
        address=parts["street"].strip(" ,"),
        zip=parts["zip"],
        phone=phone[:40],
    )


# --- committees -----------------------------------------------------------------------------


def _with_committees(
    folder: Path, code: str, members: list[Legislator], found: StateImport
) -> list[Legislator]:
    from dataclasses import replace

    by_id = {m.id: m for m in members}
    by_name: dict[tuple[str, str], list[Legislator]] = {}
    for m in members:
        for key in m.name_keys():
            by_name.setdefault((m.chamber, key), []).append(m)
    seats: dict[str, list[CommitteeSeat]] = {}
    for file in sorted((folder / "committees").glob("*.yml")):
        data, lines = _load(file, found)
        if data is None:
            continue
        committee_id, name = _text(data, "id"), _text(data, "name")
        if not committee_id or not name:
            missing = "id" if not committee_id else "name"
            found.problems.append(f"{file}:{lines.get(missing, 1)}: {missing}: missing")
            continue
        found.committee_files += 1
        found.committees[committee_id] = name[:150]
        parent = _text(data, "parent") or None
        chamber = seat_names(code, str(data.get("chamber", "")))[0]
        item_lines: list[int] = []
        entries = data.get("members") if isinstance(data.get("members"), list) else []
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict) or entry.get("end_date"):
                continue
            who = _match(entry, by_id, by_name, chamber, data.get("chamber"), found)
            if who is None:
                item_lines = item_lines or _item_lines(file, lines.get("members"))
                line = item_lines[index] if index < len(item_lines) else lines.get("members", 1)
                label = short_name(clean_text(entry.get("name", "")) or "(no name)")
                found.problems.append(
                    f"{file}:{line}: members: '{label}' matches no one in the {chamber}"
                )
                continue
            seat = CommitteeSeat(
                committee_id, name[:150], normalize_role(entry.get("role")), parent
            )
            seats.setdefault(who.id, []).append(seat)
    return [replace(m, committees=tuple(seats.get(m.id, ()))) for m in members]


def _match(
    entry: dict[str, Any],
    by_id: dict[str, Legislator],
    by_name: dict[tuple[str, str], list[Legislator]],
    chamber: str,
    kind: Any,
    found: StateImport,
) -> Legislator | None:
    person = by_id.get(str(entry.get("person_id") or ""))
    if person is not None:
        found.by_id += 1
        return person
    key = fold(clean_text(entry.get("name", "")))
    if kind == "legislature":  # a joint committee: anyone of the state with this name
        hits = [m for (_, k), ms in by_name.items() if k == key for m in ms]
    else:
        hits = by_name.get((chamber, key), [])
    if len({m.id for m in hits}) == 1:
        found.by_name += 1
        return hits[0]
    found.unmatched += 1
    return None


def _item_lines(file: Path, start: int | None) -> list[int]:
    """The line of each list item under the top-level ``members:`` key."""
    if start is None:
        return []
    out = []
    with file.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if number <= start:
                continue
            if line[:1] not in ("", " ", "-", "\n"):
                break
            if line.startswith("- "):
                out.append(number)
    return out


def directory_for(found: StateImport) -> Directory:
    """The members read as a directory of their own (to merge into the stored one)."""
    members = [m for state in found.members.values() for m in state]
    return Directory(members, found.committees)

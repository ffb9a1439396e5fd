"""How a member is written as compact plain data, and the JSON store of Briefer before the
SQLite one (``legislators.json``: read, to be converted; written only by tests).

A member is a mapping of its non-empty text fields, ``committees`` as ``{id: role}`` ('' =
member) and ``offices`` as lists of their fields in order (the member's own state left out).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from typing import Any

from briefer.legislators.model import CommitteeSeat, Legislator, Office, clean_text
from briefer.legislators.store import INDEX_VERSION, Directory, entry_of
from briefer.support.errors import BrieferError

STORE_FORMAT = "briefer-legislators"
STORE_VERSION = 1
REIMPORT = "run `briefer legislators import PATH` to import the legislators"

STR_FIELDS = ("id", "name", "first", "last", "title", "chamber", "state", "district", "party")
STR_FIELDS += ("office", "phone", "email", "url", "nickname", "source")
_OFFICE_FIELDS = [f.name for f in fields(Office)]


def member_item(m: Legislator) -> dict[str, Any]:
    """The member as compact plain data (empty fields left out)."""
    item: dict[str, Any] = {k: getattr(m, k) for k in STR_FIELDS if getattr(m, k)}
    item["committees"] = {seat.id: seat.role or "" for seat in m.committees}
    if m.offices:
        item["offices"] = [
            [
                "" if name == "state" and office.state == m.state else getattr(office, name)
                for name in _OFFICE_FIELDS
            ]
            for office in m.offices
        ]
    return item


def is_clean(item: Mapping[str, Any]) -> bool:
    return all(clean_text(v) == v for k, v in item.items() if k in STR_FIELDS)


def member_of(
    item: Any, seat: Callable[[str, str], CommitteeSeat], clean: bool = True
) -> Legislator:
    """The inverse of :func:`member_item`; ``seat(id, role)`` makes a committee seat. Damaged
    data raises a ValueError (or a KeyError, TypeError, AttributeError)."""
    values = {k: item.get(k, "") for k in STR_FIELDS}
    if not all(isinstance(v, str) for v in values.values()) or not values["id"]:
        raise ValueError("a member has a missing or non-text field")
    if not clean:  # an older store
        values = {k: clean_text(v) for k, v in values.items()}
    roles = dict(item.get("committees", {}))
    if not all(isinstance(role, str) for role in roles.values()):
        raise ValueError("a committee role is not text")
    seats = tuple(seat(cid, role) for cid, role in roles.items())
    state = values["state"]
    offices = tuple(_office(entry, state) for entry in item.get("offices", []))
    return Legislator(committees=seats, offices=offices, **values)


def seat_maker(
    names: Mapping[str, str], parents: Mapping[str, str | None]
) -> Callable[[str, str], CommitteeSeat]:
    """Committee seats by (id, role), one object each."""
    made: dict[tuple[str, str], CommitteeSeat] = {}

    def seat(cid: str, role: str) -> CommitteeSeat:
        found = made.get((cid, role))
        if found is None:
            found = CommitteeSeat(cid, str(names.get(cid, cid)), role or None, parents.get(cid))
            made[(cid, role)] = found
        return found

    return seat


def committee_names(directory: Directory) -> tuple[dict[str, str], dict[str, str]]:
    """Every committee's name (the directory's, then its members' seats) and each parent."""
    names = dict(directory.committees)
    parents: dict[str, str] = {}
    for m in directory.members:
        names.update({s.id: s.name for s in m.committees if s.id not in names})
        parents.update({s.id: s.parent for s in m.committees if s.parent})
    return names, parents


def to_json(directory: Directory) -> dict[str, Any]:
    """The old JSON store's data (tests write one to check it is still read)."""
    members = [member_item(m) for m in directory.members]
    names, parents = committee_names(directory)
    return {
        "format": STORE_FORMAT,
        "version": STORE_VERSION,
        "sources": directory.sources,
        "texts": "clean" if all(is_clean(item) for item in members) else "",
        "index_version": INDEX_VERSION,
        "index": [[sorted(e.keys), e.hay] for e in (entry_of(m) for m in directory.members)],
        "committees": names,
        "parents": parents,
        "members": members,
    }


def from_json(data: Any) -> Directory:
    """The old JSON store's directory; damaged data raises a BrieferError."""
    try:
        if not isinstance(data, dict) or data.get("format") != STORE_FORMAT:
            raise ValueError("not a Briefer legislator file")
        if data.get("version") != STORE_VERSION:
            raise ValueError(f"unsupported version {data.get('version')!r}")
        seat = seat_maker(dict(data["committees"]), dict(data.get("parents", {})))
        clean = data.get("texts") == "clean"  # written by a Briefer whose readers clean
        members = [member_of(item, seat, clean) for item in data["members"]]
        sources = data.get("sources", {})
        if not isinstance(sources, dict) or not all(isinstance(v, dict) for v in sources.values()):
            raise ValueError("the list of imported sources is not a mapping")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BrieferError(f"the legislator list is damaged ({exc}); {REIMPORT}") from None
    return Directory(members, dict(data["committees"]), sources)


def _office(entry: Any, state: str) -> Office:
    if not isinstance(entry, list) or len(entry) != len(_OFFICE_FIELDS):
        raise ValueError("an office is not a list of its fields")
    if not all(isinstance(value, str) for value in entry):
        raise ValueError("an office has a non-text field")
    office = Office(**dict(zip(_OFFICE_FIELDS, entry, strict=True)))
    return office if office.state else replace(office, state=state)

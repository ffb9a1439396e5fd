"""The congress-legislators reader that builds a :class:`~briefer.legislators.store.Directory`.

**congress-legislators** (https://github.com/unitedstates/congress-legislators, CC0): give the
folder, or the files themselves. ``legislators-current.yaml``, ``committees-current.yaml`` and
``committee-membership-current.yaml`` are required; ``legislators-district-offices.yaml`` is
read when present (each member's district offices, beside the Washington one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from briefer.legislators.completeness import cut_at_end, unlisted
from briefer.legislators.model import (
    CommitteeSeat,
    Legislator,
    Office,
    clean_text,
    district_label,
    normalize_quotes,
    normalize_role,
    role_rank,
    short_name,
    too_long,
)
from briefer.legislators.store import Directory
from briefer.support.errors import BrieferError
from briefer.support.yamlio import yaml_error

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """The fast safe loader, refusing anchors reused by aliases and merge keys: the
    congress-legislators files use neither, and they are how a small file grows without bound
    (a "billion laughs" file) or refers to itself."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed in directory files", node.start_mark
            )
        return super().construct_object(node, deep)

    def flatten_mapping(self, node: yaml.MappingNode) -> None:
        for key, _value in node.value:
            if key.tag == "tag:yaml.org,2002:merge":
                raise yaml.constructor.ConstructorError(
                    None, None, "merge keys (<<) are not allowed in directory files", key.start_mark
                )
        super().flatten_mapping(node)


_MAX_BYTES = 64_000_000
_KINDS = {
    "legislators-current": "legislators",
    "committees-current": "committees",
    "committee-membership-current": "membership",
    "legislators-district-offices": "offices",
}
_REQUIRED = ("legislators", "committees", "membership")
_HOUSE_TITLES = {area: "Delegate" for area in ("AS", "DC", "GU", "MP", "VI")}
_HOUSE_TITLES["PR"] = "Resident Commissioner"


# --- congress-legislators -------------------------------------------------------------------


def import_congress(paths: Sequence[Path], warnings: list[str] | None = None) -> Directory:
    """Read the congress-legislators YAML files named by ``paths`` (folders or files). A
    ``legislators-current.yaml`` cut off inside its last entry is an error; one that lacks
    members the committee rosters name adds a warning to ``warnings``."""
    files = _congress_files([Path(p) for p in paths])
    legislators = _load_yaml(files["legislators"])
    committees = _load_yaml(files["committees"])
    membership = _load_yaml(files["membership"])

    names, parents = _committee_names(committees, files["committees"])
    seats = _seats(membership, files["membership"], names, parents)
    entries = _expect_list(legislators, files["legislators"])
    cut = cut_at_end(entries)
    if cut is not None:
        raise _fail(f"the file looks cut off: {cut}; download it again", files["legislators"], [-1])
    members = [
        _legislator(entry, index, files["legislators"], seats)
        for index, entry in enumerate(entries)
    ]
    _check_unique([m.id for m in members], files["legislators"])
    offices = _offices(_load_yaml(files["offices"]), files["offices"]) if "offices" in files else {}
    # A cut between two entries leaves no mark in the file: the other files still name the
    # members it dropped (a new member on no committee, without district offices yet, cannot
    # be missed by any file: a re-import compares with the directory it replaces).
    count, shown = unlisted([*seats, *offices], [m.id for m in members])
    if count and warnings is not None:
        members_ = "member" if count == 1 else "members"
        named_by = f"the committee rosters ({files['membership'].name})"
        if offices:
            named_by += f" and the district offices ({files['offices'].name})"
        warnings.append(
            f"{files['legislators']}: {named_by} name {count} {members_} this file lacks "
            f"({shown}): is it cut off? Download it again"
        )
    if offices:
        members = [replace(m, offices=offices.get(m.id, ())) for m in members]
    return Directory(members, names)


def _congress_files(paths: list[Path]) -> dict[str, Path]:
    if not paths:
        raise BrieferError("give the congress-legislators folder or its YAML files")
    found: dict[str, Path] = {}
    for path in paths:
        if path.is_dir():
            for stem, kind in _KINDS.items():
                for suffix in (".yaml", ".yml"):
                    if (path / (stem + suffix)).is_file() and kind not in found:
                        found[kind] = path / (stem + suffix)
        elif path.is_file():
            kind = (
                _KINDS.get(path.name.rsplit(".", 1)[0])
                if path.suffix in {".yaml", ".yml"}
                else None
            )
            if kind is None:
                expected = ", ".join(f"{stem}.yaml" for stem in _KINDS)
                raise BrieferError(
                    f"not a congress-legislators file (expected {expected})", file=path
                )
            found[kind] = path
        else:
            raise BrieferError("file or folder not found", file=path)
    missing = [kind for kind in _REQUIRED if kind not in found]
    if missing:
        wanted = ", ".join(f"{stem}.yaml" for stem, kind in _KINDS.items() if kind in missing)
        raise BrieferError(
            f"missing {wanted}; give the folder that holds all of the files", file=paths[0]
        )
    return found


def _load_yaml(path: Path) -> Any:
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise BrieferError(f"file is too large (over {_MAX_BYTES // 1_000_000} MB)", file=path)
        with path.open("rb") as handle:
            return yaml.load(handle, Loader=_Loader)
    except yaml.YAMLError as exc:
        raise yaml_error(exc, path) from None
    except RecursionError:
        raise BrieferError("not valid data: nested too deeply", file=path) from None
    except OSError as exc:
        raise BrieferError(f"cannot read: {exc.strerror or exc}", file=path) from None


def _line(path: Path, keys: Sequence[Any]) -> int | None:
    """The line of the node at ``keys`` (indexes and mapping keys), found by parsing again."""
    try:
        with path.open("rb") as handle:
            node = yaml.compose(handle, Loader=_Loader)
    except (OSError, yaml.YAMLError, RecursionError):
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for key in keys:
        if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]  # -1: the last
        elif isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(key)), None)
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _fail(message: str, path: Path, keys: Sequence[Any], field: str | None = None) -> BrieferError:
    return BrieferError(message, file=path, line=_line(path, keys), field=field)


def _expect_list(data: Any, path: Path) -> list[Any]:
    if not isinstance(data, list):
        raise _fail("expected a list of entries", path, [])
    return data


_WASHINGTON = re.compile(
    r"^(?P<street>.*?\S),?\s+Washington,?\s+D\.?C\.?,?\s+(?P<zip>\d{5}(?:-\d{4})?)$", re.IGNORECASE
)


def postal_address(office: str) -> str:
    """A Washington office as an address is written: the file's "506 Hart Senate Office Building
    Washington DC 20510" becomes "506 Hart Senate Office Building, Washington, DC 20510" (it is
    printed on the page); anything else stays as given."""
    found = _WASHINGTON.match(office)
    if found is None:
        return office
    return f"{found['street']}, Washington, DC {found['zip']}"


def _text(value: Any) -> str:
    """A value as clean text: no terminal escapes or control characters are ever stored."""
    return "" if value is None else normalize_quotes(clean_text(value))


def _committee_names(data: Any, path: Path) -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    parents: dict[str, str] = {}
    for index, committee in enumerate(_expect_list(data, path)):
        if not isinstance(committee, dict) or not committee.get("thomas_id"):
            raise _fail("a committee needs a thomas_id", path, [index], "thomas_id")
        cid = _text(committee["thomas_id"])
        names[cid] = _text(committee.get("name")) or cid
        for sub_index, sub in enumerate(committee.get("subcommittees") or []):
            if not isinstance(sub, dict) or not sub.get("thomas_id"):
                raise _fail(
                    "a subcommittee needs a thomas_id",
                    path,
                    [index, "subcommittees", sub_index],
                    "thomas_id",
                )
            sid = cid + _text(sub["thomas_id"])
            names[sid] = _text(sub.get("name")) or sid
            parents[sid] = cid
    return names, parents


def _seats(
    data: Any, path: Path, names: dict[str, str], parents: dict[str, str]
) -> dict[str, list[CommitteeSeat]]:
    if not isinstance(data, dict):
        raise _fail("expected committee ids, each with a list of members", path, [])
    seats: dict[str, list[CommitteeSeat]] = {}
    for cid, roster in data.items():
        cid = _text(cid)
        if not isinstance(roster, list):
            raise _fail("expected a list of members", path, [cid], cid)
        for index, entry in enumerate(roster):
            if not isinstance(entry, dict) or not entry.get("bioguide"):
                raise _fail(
                    "a committee member needs a bioguide id", path, [cid, index], "bioguide"
                )
            seat = CommitteeSeat(
                cid,
                names.setdefault(cid, cid),
                normalize_role(entry.get("title")),
                parents.get(cid),
            )
            seats.setdefault(_text(entry["bioguide"]), []).append(seat)
    for member_seats in seats.values():
        member_seats.sort(key=_seat_order(member_seats, names))
    return seats


def _seat_order(seats: list[CommitteeSeat], names: dict[str, str]) -> Any:
    """Committees where the member leads first, standing committees before joint and select
    ones; each committee followed by its subcommittees."""
    roles = {seat.id: seat.role for seat in seats}

    def key(seat: CommitteeSeat) -> tuple[Any, ...]:
        top = seat.parent or seat.id
        standing = top[:2] in {"HS", "SS"}
        group = (
            role_rank(roles.get(top, "Ex Officio")),
            not standing,
            names.get(top, top).casefold(),
            top,
        )
        return (*group, seat.parent is not None, role_rank(seat.role), seat.name.casefold())

    return key


def _legislator(
    entry: Any, index: int, path: Path, seats: dict[str, list[CommitteeSeat]]
) -> Legislator:
    if not isinstance(entry, dict):
        raise _fail("expected a legislator (id, name, terms)", path, [index])
    ids, name, terms = entry.get("id"), entry.get("name"), entry.get("terms")
    if not isinstance(ids, dict) or not ids.get("bioguide"):
        raise _fail("a legislator needs a bioguide id", path, [index], "id.bioguide")
    if not isinstance(name, dict) or not name.get("last"):
        raise _fail("a legislator needs a last name", path, [index, "name"], "name.last")
    if not isinstance(terms, list) or not terms or not isinstance(terms[-1], dict):
        raise _fail("a legislator needs at least one term", path, [index, "terms"], "terms")
    term = terms[-1]
    where = [index, "terms", len(terms) - 1]
    if term.get("type") not in {"sen", "rep"}:
        raise _fail("a term's type must be sen or rep", path, [*where, "type"], "type")
    state = _text(term.get("state")).upper()
    if not state:
        raise _fail("a term needs a state", path, where, "state")

    first, last = _text(name.get("first")), _text(name.get("last"))
    nickname, suffix = _text(name.get("nickname")), _text(name.get("suffix"))
    display = _text(name.get("official_full"))
    if not display:
        display = " ".join(part for part in (nickname or first, last, suffix) if part)
    if term["type"] == "sen":
        title, chamber, district = "Senator", "Senate", ""
    else:
        title, chamber = _HOUSE_TITLES.get(state, "Representative"), "House"
        district = district_label(term.get("district"))
    bioguide = _text(ids["bioguide"])
    member = Legislator(
        id=bioguide,
        name=display,
        first=first,
        last=last,
        title=title,
        chamber=chamber,
        state=state,
        district=district,
        party=_text(term.get("party")),
        committees=tuple(seats.get(bioguide, ())),
        office=postal_address(_text(term.get("address") or term.get("office"))),
        phone=_text(term.get("phone")),
        email="",
        url=_text(term.get("url") or term.get("contact_form")),
        nickname=nickname,
    )
    problem = too_long(member)
    if problem is not None:
        field, length, limit = problem
        raise _fail(
            f"{short_name(member.name)} ({short_name(bioguide)}): the {field} is too long "
            f"({length} characters, at most {limit})",
            path,
            [index],
            field,
        )
    return member


def _check_unique(ids: list[str], path: Path) -> None:
    seen: set[str] = set()
    for index, mid in enumerate(ids):
        if mid.casefold() in seen:
            raise _fail(f"the id {mid} is given twice", path, [index, "id"], "id.bioguide")
        seen.add(mid.casefold())


def _offices(data: Any, path: Path) -> dict[str, tuple[Office, ...]]:
    """Each member's district offices, by bioguide id, in the file's order."""
    found: dict[str, tuple[Office, ...]] = {}
    for index, entry in enumerate(_expect_list(data, path)):
        ids = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(ids, dict) or not ids.get("bioguide"):
            raise _fail("a member's offices need a bioguide id", path, [index], "id.bioguide")
        offices = entry.get("offices") or []
        if not isinstance(offices, list):
            raise _fail("expected a list of offices", path, [index, "offices"], "offices")
        items = []
        for number, office in enumerate(offices):
            if not isinstance(office, dict) or not _text(office.get("city")):
                where = [index, "offices", number]
                raise _fail("an office needs a city", path, where, "offices.city")
            items.append(
                Office(
                    city=_text(office["city"]),
                    state=_text(office.get("state")).upper(),
                    address=_text(office.get("address")),
                    suite=_text(office.get("suite")),
                    building=_text(office.get("building")),
                    zip=_text(office.get("zip")),
                    phone=_text(office.get("phone")),
                )
            )
        found[_text(ids["bioguide"])] = tuple(items)
    return found

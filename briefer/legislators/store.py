"""The legislator directory: who sits where, searchable, stored as one compact JSON file.

The readers build a :class:`Directory`: :mod:`briefer.legislators.congress` (the
congress-legislators YAML files) and :mod:`briefer.legislators.csv_reader` (a CSV file).
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from briefer.legislators.model import (
    SEAT_CODE,
    CommitteeSeat,
    Legislator,
    Office,
    clean_text,
    district_label,
    fold,
    normalize_quotes,
)
from briefer.legislators.states import state_code
from briefer.support.errors import BrieferError
from briefer.support.fileio import write_atomic
from briefer.support.resources import user_data_dir

STORE_FORMAT = "briefer-legislators"
STORE_VERSION = 1
_REIMPORT = "run `briefer legislators import PATH` to import the legislators"

_STR_FIELDS = ("id", "name", "first", "last", "title", "chamber", "state", "district", "party")
_STR_FIELDS += ("office", "phone", "email", "url", "nickname", "source")
CONGRESS = ""  # the source of Congress members; states are "openstates:il", MEPs below
HOWTHEYVOTE = "howtheyvote"
CSV = "csv"  # another legislature, from a CSV file


class Directory:
    """All members and committees, with lookup by id or name and ranked search."""

    def __init__(
        self,
        members: Iterable[Legislator],
        committees: Mapping[str, str] | None = None,
        sources: Mapping[str, Mapping[str, Any]] | None = None,
        index: Sequence[tuple[list[str], str]] | None = None,
    ):
        """``index``: each member's name keys and searchable text as :meth:`to_json` stored
        them (a store of thousands of members loads without folding every name again)."""
        self.members: tuple[Legislator, ...] = tuple(members)
        self.committees: dict[str, str] = dict(committees or {})
        # What was imported, by source ('' Congress): {'label', 'imported' (ISO date), ...}.
        self.sources: dict[str, dict[str, Any]] = {k: dict(v) for k, v in (sources or {}).items()}
        self._by_id = {m.id.casefold(): m for m in self.members}
        if index is not None and len(index) == len(self.members):
            self._index = [
                (m, set(keys), hay) for m, (keys, hay) in zip(self.members, index, strict=True)
            ]
        else:
            self._index = [(m, m.name_keys(), _haystack(m)) for m in self.members]
        self._by_state: dict[str, list[Legislator]] = {}
        for member in self.members:
            self._by_state.setdefault(member.state.casefold(), []).append(member)
        self._by_key: dict[str, list[Legislator]] = {}
        for member, keys, _ in self._index:
            for key in keys:
                self._by_key.setdefault(key, []).append(member)
        # Every member's searchable text in one string: a name search scans it at C speed and
        # scores only the members it hits (thousands of state legislators stay under 5 ms).
        self._blob = "\n".join(haystack for _, _, haystack in self._index)
        self._starts = list(
            itertools.accumulate((len(h) + 1 for _, _, h in self._index), initial=0)
        )

    def in_state(self, state: str) -> list[Legislator]:
        """The members of one state or country ('NH', 'Lithuania'), any chamber."""
        return self._by_state.get(state.casefold(), [])

    def replacing(self, sources: Iterable[str], new: Directory) -> Directory:
        """This directory with the members of ``sources`` replaced by ``new`` (its members,
        committees and source notes): importing a state again replaces that state only."""
        gone = set(sources)
        kept = [m for m in self.members if m.source not in gone]
        used = {seat.id for m in kept for seat in m.committees}
        dropped = {seat.id for m in self.members if m.source in gone for seat in m.committees}
        committees = {k: v for k, v in self.committees.items() if k in used or k not in dropped}
        committees.update(new.committees)
        notes = {k: v for k, v in self.sources.items() if k not in gone}
        notes.update(new.sources)
        return Directory([*kept, *new.members], committees, notes)

    def __len__(self) -> int:
        return len(self.members)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Directory):
            return NotImplemented
        return self.members == other.members and self.committees == other.committees

    __hash__ = None  # type: ignore[assignment]

    def get(self, id_or_name: str) -> Legislator | None:
        """The member with this id (any case), or the one member with exactly this name
        ("First Last", or "Last, First" as lists often have it)."""
        text = id_or_name.strip()
        found = self._by_id.get(text.casefold())
        if found is not None:
            return found
        names = [text]
        if text.count(",") == 1:
            last, first = (part.strip() for part in text.split(","))
            names.append(f"{first} {last}")
        for name in names:
            key = fold(normalize_quotes(name))
            hits = self._by_key.get(key, []) if key else []
            if len(hits) == 1:
                return hits[0]
        return None

    def find(self, text: str, limit: int = 20) -> list[Legislator]:
        """Members matching ``text``, best first: an id, a state ('NH'), a seat ('CA-12',
        'CA12', 'SD-AL'), or parts of a name (any case, accents optional, substrings allowed)."""
        query = " ".join(text.split())
        if not query or limit <= 0:
            return []
        exact = self._by_id.get(query.casefold())
        if exact is not None:
            return [exact]
        places = self._find_place(query)
        if places:
            return places[:limit]
        scored = sorted(self._score_names(fold(normalize_quotes(query))), key=lambda hit: hit[0])
        return [member for _, member in scored[:limit]]

    def _find_place(self, query: str) -> list[Legislator]:
        match = SEAT_CODE.match(query)
        if match:  # a congressional seat: 'IL-11' is never a state legislator's
            state, district = match.group(1).upper(), district_label(match.group(2))
            return [
                m
                for m in self.members
                if m.state.upper() == state and m.district == district and m.source == CONGRESS
            ]
        seat = _STATE_SEAT.match(query)
        code = state_code(seat["state"]) if seat else None
        if seat and code:  # 'IL Senate', 'Illinois House 11', 'NH House Rockingham 30'
            house, district = seat["house"].casefold(), fold(seat["district"] or "")
            hits = [
                m
                for m in self._by_state.get(code.casefold(), [])
                if m.state == code
                and _in_house(m.chamber.casefold(), house)
                and (m.source != CONGRESS or not district)  # 'IL House 11' is the state's seat
                and (not district or fold(m.district) == district)
            ]
            return sorted(hits, key=_place_order)
        code = state_code(query) or query
        hits = self._by_state.get(code.casefold(), [])
        return sorted(hits, key=_place_order)

    def _candidates(self, tokens: list[str]) -> list[tuple[Legislator, set[str], str]]:
        """The members whose text holds the query's longest word (all, for an empty query)."""
        if not tokens:
            return self._index
        longest = max(tokens, key=len)
        hits: set[int] = set()
        blob, starts = self._blob, self._starts
        at = blob.find(longest)
        while at >= 0:
            number = bisect.bisect_right(starts, at) - 1
            hits.add(number)
            at = blob.find(longest, starts[number + 1])
        return [self._index[number] for number in sorted(hits)]

    def _score_names(self, query: str) -> list[tuple[tuple[Any, ...], Legislator]]:
        tokens = query.split()
        scored = []
        for member, keys, haystack in self._candidates(tokens):
            if query in keys:
                score = 1000
            elif tokens and all(token in haystack for token in tokens):
                words, last = haystack.split(), fold(member.last).split()
                score = sum(_token_score(token, words, last) for token in tokens)
            else:
                continue
            scored.append(((-score, fold(member.last), fold(member.name), member.id), member))
        return scored

    def to_json(self) -> dict[str, Any]:
        """Compact plain data: empty fields are left out; a seat is ``id: role`` ('' = member)."""
        parents: dict[str, str] = {}
        members = []
        for m in self.members:
            item: dict[str, Any] = {k: getattr(m, k) for k in _STR_FIELDS if getattr(m, k)}
            item["committees"] = {seat.id: seat.role or "" for seat in m.committees}
            if m.offices:  # each office as its fields in order, the member's state left out
                item["offices"] = [
                    [
                        ""
                        if f.name == "state" and office.state == m.state
                        else getattr(office, f.name)
                        for f in fields(Office)
                    ]
                    for office in m.offices
                ]
            parents.update({seat.id: seat.parent for seat in m.committees if seat.parent})
            members.append(item)
        names = dict(self.committees)
        for m in self.members:
            names.update({s.id: s.name for s in m.committees if s.id not in names})
        return {
            "format": STORE_FORMAT,
            "version": STORE_VERSION,
            "sources": self.sources,
            # Readers clean what they read; a member made otherwise is cleaned when loaded.
            "texts": "clean" if all(_clean(item) for item in members) else "",
            "index_version": INDEX_VERSION,
            "index": [[sorted(keys), hay] for _, keys, hay in self._index],
            "committees": names,
            "parents": parents,
            "members": members,
        }

    @classmethod
    def from_json(cls, data: Any) -> Directory:
        """The inverse of :meth:`to_json`; damaged data raises a BrieferError."""
        try:
            if not isinstance(data, dict) or data.get("format") != STORE_FORMAT:
                raise ValueError("not a Briefer legislator file")
            if data.get("version") != STORE_VERSION:
                raise ValueError(f"unsupported version {data.get('version')!r}")
            names, parents = dict(data["committees"]), dict(data.get("parents", {}))
            members = []
            clean = data.get("texts") == "clean"  # written by a Briefer whose readers clean
            made: dict[tuple[str, str], CommitteeSeat] = {}  # one seat object per committee role
            for item in data["members"]:
                values = {k: item.get(k, "") for k in _STR_FIELDS}
                if not all(isinstance(v, str) for v in values.values()) or not values["id"]:
                    raise ValueError("a member has a missing or non-text field")
                if not clean:  # an older store
                    values = {k: clean_text(v) for k, v in values.items()}
                roles = dict(item.get("committees", {}))
                if not all(isinstance(role, str) for role in roles.values()):
                    raise ValueError("a committee role is not text")
                held = []
                for cid, role in roles.items():
                    seat = made.get((cid, role))
                    if seat is None:
                        name = str(names.get(cid, cid))
                        seat = CommitteeSeat(cid, name, role or None, parents.get(cid))
                        made[(cid, role)] = seat
                    held.append(seat)
                seats = tuple(held)
                state = values["state"]
                offices = tuple(_office(entry, state) for entry in item.get("offices", []))
                members.append(Legislator(committees=seats, offices=offices, **values))
            sources = data.get("sources", {})
            if not isinstance(sources, dict) or not all(
                isinstance(v, dict) for v in sources.values()
            ):
                raise ValueError("the list of imported sources is not a mapping")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise BrieferError(f"the legislator list is damaged ({exc}); {_REIMPORT}") from None
        return cls(members, names, sources, _stored_index(data, len(members)))


INDEX_VERSION = 1  # raise when fold() or the keys change: older stored keys are then remade


def _haystack(member: Legislator) -> str:
    return fold(" ".join((member.name, member.nickname, member.first, member.last, _words(member))))


def _stored_index(data: dict[str, Any], count: int) -> list[tuple[list[str], str]] | None:
    """The stored name keys, when this version made them and they have the expected shape."""
    index = data.get("index")
    if data.get("index_version") != INDEX_VERSION or not isinstance(index, list):
        return None
    if len(index) != count:
        return None
    for entry in index:
        if not (
            isinstance(entry, list)
            and len(entry) == 2
            and isinstance(entry[1], str)
            and isinstance(entry[0], list)
            and all(isinstance(key, str) for key in entry[0])
        ):
            return None
    return [(keys, hay) for keys, hay in index]


def _clean(item: dict[str, Any]) -> bool:
    return all(clean_text(v) == v for k, v in item.items() if k in _STR_FIELDS)


def _office(entry: Any, state: str) -> Office:
    names = [f.name for f in fields(Office)]
    if not isinstance(entry, list) or len(entry) != len(names):
        raise ValueError("an office is not a list of its fields")
    if not all(isinstance(value, str) for value in entry):
        raise ValueError("an office has a non-text field")
    office = Office(**dict(zip(names, entry, strict=True)))
    return office if office.state else replace(office, state=state)


def _token_score(token: str, words: list[str], last: list[str]) -> int:
    """Whole word beats start of a word beats inside a word; the last name counts extra."""
    if token in words:
        return 50 if token in last else 30
    if any(word.startswith(token) for word in words):
        return 20
    return 10


_STATE_SEAT = re.compile(
    r"^(?P<state>.+?)\s+(?P<house>senate|house(?: of delegates)?|(?:general )?assembly|"
    r"legislature|council|upper|lower)(?:\s+(?:district\s+)?(?P<district>.+))?$",
    re.IGNORECASE,
)


def _words(member: Legislator) -> str:
    """A district that is words ('Rockingham 30') is searchable like a name."""
    district = member.district
    return district if any(ch.isalpha() for ch in district) and district != "At-large" else ""


def _in_house(chamber: str, house: str) -> bool:
    if house == "upper":
        return "senate" in chamber
    if house == "lower":
        return "senate" not in chamber and bool(chamber)
    return house in chamber


def _place_order(member: Legislator) -> tuple[Any, ...]:
    district = member.district
    return (
        member.source != CONGRESS,  # Congress first, then each state chamber in turn
        member.chamber if member.source != CONGRESS else "",
        member.district != "",
        int(district) if district.isdigit() else 0,
        district,
        fold(member.last),
        member.id,
    )


def default_store_path() -> Path:
    """Where the imported directory lives; ``$BRIEFER_DATA_DIR`` overrides the user data folder."""
    return user_data_dir() / "legislators.json"


def save(directory: Directory, path: Path | None = None) -> Path:
    """Write the directory atomically (temporary file, then rename) and return where."""
    target = Path(path) if path is not None else default_store_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BrieferError(
            f"cannot create the folder: {exc.strerror or exc}", file=target
        ) from None
    text = json.dumps(directory.to_json(), ensure_ascii=False, separators=(",", ":"))
    write_atomic(target, text.encode("utf-8"))
    return target


def load(path: Path | None = None) -> Directory:
    """Read the stored directory; a missing store tells the user how to import one."""
    source = Path(path) if path is not None else default_store_path()
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BrieferError(f"no legislators imported yet; {_REIMPORT}", file=source) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise BrieferError(f"cannot read the legislator list: {reason}", file=source) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BrieferError(
            f"the legislator list is damaged; {_REIMPORT}", file=source, line=exc.lineno
        ) from None
    try:
        return Directory.from_json(data)
    except BrieferError as exc:
        raise BrieferError(exc.message, file=source) from None

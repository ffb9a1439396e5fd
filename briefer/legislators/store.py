"""The legislator directory: who sits where, searchable.

The readers build a :class:`Directory`: :mod:`briefer.legislators.congress` (the
congress-legislators YAML files), :mod:`briefer.legislators.openstates`,
:mod:`briefer.legislators.europarl` and :mod:`briefer.legislators.csv_reader` (a CSV file).
:mod:`briefer.legislators.stored` keeps it on disk and reads back only what is asked for.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from briefer.legislators.model import (
    SEAT_CODE,
    Legislator,
    district_label,
    fold,
    normalize_quotes,
)
from briefer.legislators.states import state_code

CONGRESS = ""  # the source of Congress members; states are "openstates:il", MEPs below
HOWTHEYVOTE = "howtheyvote"
CSV = "csv"  # another legislature, from a CSV file
INDEX_VERSION = 1  # raise when fold() or the keys change: older stored keys are then remade


class Entry(NamedTuple):
    """A member as a name search sees it: ``ref`` is the member (or, in a stored directory,
    its row, read only when it is among the answers)."""

    ref: Any
    keys: frozenset[str]  # the folded full names it answers to exactly
    hay: str  # its searchable text, folded
    last: str  # its last name, folded
    name: str  # its name, folded
    id: str


def entry_of(member: Legislator, ref: Any = None) -> Entry:
    return Entry(
        member if ref is None else ref,
        frozenset(member.name_keys()),
        _haystack(member),
        fold(member.last),
        fold(member.name),
        member.id,
    )


class Directory:
    """All members and committees, with lookup by id or name and ranked search.

    A subclass (:class:`briefer.legislators.stored.StoredDirectory`) reads members only when
    asked: it overrides ``members``, ``committees``, ``__len__`` and the ``_``-hooks below."""

    def __init__(
        self,
        members: Iterable[Legislator],
        committees: Mapping[str, str] | None = None,
        sources: Mapping[str, Mapping[str, Any]] | None = None,
    ):
        self._members: tuple[Legislator, ...] = tuple(members)
        self._committees: dict[str, str] = dict(committees or {})
        # What was imported, by source ('' Congress): {'label', 'imported' (ISO date), ...}.
        self.sources: dict[str, dict[str, Any]] = {k: dict(v) for k, v in (sources or {}).items()}
        self._by_id = {m.id.casefold(): m for m in self._members}
        self._by_state: dict[str, list[Legislator]] = {}
        for member in self._members:
            self._by_state.setdefault(member.state.casefold(), []).append(member)
        self._search: tuple[str, list[int]] | None = None
        self._entries: list[Entry] | None = None
        self._by_key: dict[str, list[Legislator]] | None = None

    @property
    def members(self) -> tuple[Legislator, ...]:
        return self._members

    @property
    def committees(self) -> dict[str, str]:
        return self._committees

    def first(self) -> Legislator | None:
        """Any one member (the first imported), or None for an empty directory."""
        return self._members[0] if self._members else None

    def in_state(self, state: str) -> list[Legislator]:
        """The members of one state or country ('NH', 'Lithuania'), any chamber."""
        return self._by_state.get(state.casefold(), [])

    # --- hooks a stored directory answers from its file ---------------------------------------

    def _with_id(self, key: str) -> Legislator | None:
        return self._by_id.get(key)

    def _only_with_name(self, key: str) -> Legislator | None:
        """The one member with this folded full name (None for none, or for two)."""
        if self._by_key is None:
            self._by_key = {}
            for entry in self.name_entries():
                for name in entry.keys:
                    self._by_key.setdefault(name, []).append(entry.ref)
        hits = self._by_key.get(key, [])
        return self.resolve([hits[0]])[0] if len(hits) == 1 else None

    def name_entries(self) -> list[Entry]:
        """Every member as a name search sees it (:meth:`resolve` makes the members)."""
        if self._entries is None:
            self._entries = [entry_of(member) for member in self._members]
        return self._entries

    def _entries_at(self, numbers: list[int]) -> list[Entry]:
        """The entries of these members (by their place in the directory)."""
        entries = self.name_entries()
        return [entries[number] for number in numbers]

    def resolve(self, refs: Sequence[Any]) -> list[Legislator]:
        """The members that these entries' refs stand for."""
        return list(refs)

    def _search_text(self) -> str:
        """Every member's searchable text, one line each in the directory's order."""
        return "\n".join(entry.hay for entry in self.name_entries())

    def _searchable(self) -> tuple[str, list[int]]:
        """Every member's searchable text in one string: a name search scans it at C speed and
        scores only the members it hits (thousands of state legislators stay under 5 ms)."""
        if self._search is None:
            blob = self._search_text()
            lines = blob.split("\n") if self else []
            starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
            self._search = (blob, starts)
        return self._search

    # -------------------------------------------------------------------------------------------

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
        return len(self._members)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Directory):
            return NotImplemented
        return self.members == other.members and self.committees == other.committees

    __hash__ = None  # type: ignore[assignment]

    def get(self, id_or_name: str) -> Legislator | None:
        """The member with this id (any case), or the one member with exactly this name
        ("First Last", or "Last, First" as lists often have it)."""
        text = id_or_name.strip()
        found = self._with_id(text.casefold())
        if found is not None:
            return found
        names = [text]
        if text.count(",") == 1:
            last, first = (part.strip() for part in text.split(","))
            names.append(f"{first} {last}")
        for name in names:
            key = fold(normalize_quotes(name))
            hit = self._only_with_name(key) if key else None
            if hit is not None:
                return hit
        return None

    def find(self, text: str, limit: int = 20) -> list[Legislator]:
        """Members matching ``text``, best first: an id, a state ('NH'), a seat ('CA-12',
        'CA12', 'SD-AL'), or parts of a name (any case, accents optional, substrings allowed)."""
        query = " ".join(text.split())
        if not query or limit <= 0:
            return []
        exact = self._with_id(query.casefold())
        if exact is not None:
            return [exact]
        places = self._find_place(query)
        if places:
            return places[:limit]
        scored = sorted(self._score_names(fold(normalize_quotes(query))), key=lambda hit: hit[0])
        return self.resolve([ref for _, ref in scored[:limit]])

    def _find_place(self, query: str) -> list[Legislator]:
        match = SEAT_CODE.match(query)
        if match:  # a congressional seat: 'IL-11' is never a state legislator's
            state, district = match.group(1).upper(), district_label(match.group(2))
            return [
                m
                for m in self.in_state(state)
                if m.state.upper() == state and m.district == district and m.source == CONGRESS
            ]
        seat = _STATE_SEAT.match(query)
        code = state_code(seat["state"]) if seat else None
        if seat and code:  # 'IL Senate', 'Illinois House 11', 'NH House Rockingham 30'
            house, district = seat["house"].casefold(), fold(seat["district"] or "")
            hits = [
                m
                for m in self.in_state(code)
                if m.state == code
                and _in_house(m.chamber.casefold(), house)
                and (m.source != CONGRESS or not district)  # 'IL House 11' is the state's seat
                and (not district or fold(m.district) == district)
            ]
            return sorted(hits, key=_place_order)
        code = state_code(query) or query
        return sorted(self.in_state(code), key=_place_order)

    def _candidates(self, tokens: list[str]) -> list[Entry]:
        """The members whose text holds the query's longest word (all, for an empty query)."""
        if not tokens:
            return self.name_entries()
        blob, starts = self._searchable()
        longest = max(tokens, key=len)
        hits: set[int] = set()
        at = blob.find(longest)
        while at >= 0:
            number = bisect.bisect_right(starts, at) - 1
            hits.add(number)
            at = blob.find(longest, starts[number + 1])
        return self._entries_at(sorted(hits))

    def _score_names(self, query: str) -> list[tuple[tuple[Any, ...], Any]]:
        tokens = query.split()
        scored = []
        for entry in self._candidates(tokens):
            haystack = entry.hay
            if query in entry.keys:
                score = 1000
            elif tokens and all(token in haystack for token in tokens):
                words, last = haystack.split(), entry.last.split()
                score = sum(_token_score(token, words, last) for token in tokens)
            else:
                continue
            scored.append(((-score, entry.last, entry.name, entry.id), entry.ref))
        return scored


def _haystack(member: Legislator) -> str:
    return fold(" ".join((member.name, member.nickname, member.first, member.last, _words(member))))


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

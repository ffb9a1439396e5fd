"""Whether a congress-legislators ``legislators-current.yaml`` is whole.

A download cut off at a line boundary is still valid YAML: it reads as a shorter list, and its
last member may have lost the end of an entry (the current term, or the party and district of
it). The last entry is the only one a cut can reach, so it is held against every other: a field
all of them have that it lacks, or a latest term that ended before the others' began, is a cut.
A cut between two entries leaves no mark in the file itself, but the committee rosters still
name the members it dropped.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

# The fields that make an entry (a contact field, say an office, may be missing from a new one).
_ENTRY_KEYS = ("id", "name", "bio", "terms")
_TERM_KEYS = ("type", "start", "end", "state", "district", "class", "party")
_CONTACT = ("url", "address", "phone", "office")
_FEW = 20  # below this many entries (a hand-made file) there is no "every other" to go by
_SHOWN = 5


def cut_at_end(entries: Sequence[Any]) -> str | None:
    """Why the last of ``entries`` (the parsed legislators-current.yaml) looks cut off, or None."""
    *others, last = [e for e in entries if isinstance(e, dict)] or [None]
    if not isinstance(last, dict) or len(others) < _FEW:
        return None
    who = _who(last)
    missing = _lacks(last, others, _ENTRY_KEYS)
    if missing:
        return f"the last member ({who}) has no {_and(missing)}, which every other member has"
    current = _current(last)
    if current is None:
        return None  # no term at all: reported as an error of its own
    alike = [t for t in map(_current, others) if t and t.get("type") == current.get("type")]
    missing = _lacks(current, alike, _TERM_KEYS)
    if missing:
        return (
            f"the last member's latest term ({who}) has no {_and(missing)}, which every other "
            "member's has"
        )
    missing = _contact_lacking(last, [t for t in map(_current, others) if t])
    if missing:
        return (
            f"the last member's latest term ({who}) has no {_and(missing)}, which every other "
            "member's has when it has any of them, or their earlier term had"
        )
    begun = [str(t["start"]) for t in map(_current, others) if t and t.get("start")]
    end = str(current.get("end") or "")
    if end and begun and end <= max(begun):
        return (
            f"the last member's latest term ({who}) ended on {end}, before the other members' "
            f"latest began (up to {max(begun)}): the terms after it are missing"
        )
    return None


def unlisted(rostered: Iterable[str], members: Collection[str]) -> tuple[int, str]:
    """How many members the committee rosters name that the member list lacks, and the first
    few of their ids ('' when there are none)."""
    known = {m.casefold() for m in members}
    missing = sorted({m for m in rostered if m.casefold() not in known})
    shown = ", ".join(missing[:_SHOWN]) + (", ..." if len(missing) > _SHOWN else "")
    return len(missing), shown


def _current(entry: dict[str, Any]) -> dict[str, Any] | None:
    terms = entry.get("terms")
    if isinstance(terms, list) and terms and isinstance(terms[-1], dict):
        return terms[-1]
    return None


def _contact_lacking(entry: dict[str, Any], others: list[dict[str, Any]]) -> list[str]:
    """The ways to reach the office the last term lacks: some given and others not, where every
    other member's term with any has them all; or none, where an earlier term of theirs had."""
    terms = [t for t in entry["terms"] if isinstance(t, dict)]
    current, earlier = terms[-1], terms[:-1]
    if any(current.get(k) is not None for k in _CONTACT):
        reached = [t for t in others if any(t.get(k) is not None for k in _CONTACT)]
        return _lacks(current, reached, _CONTACT)
    if any(t.get(k) is not None for t in earlier for k in _CONTACT):
        return list(_CONTACT)
    return []  # a new member the file has no office for yet


def _lacks(item: dict[str, Any], others: list[dict[str, Any]], keys: Sequence[str]) -> list[str]:
    """The ``keys`` every one of ``others`` has and ``item`` does not (or has empty)."""
    if not others:
        return []
    return [k for k in keys if item.get(k) is None and all(o.get(k) is not None for o in others)]


def _who(entry: dict[str, Any]) -> str:
    ids, name = entry.get("id"), entry.get("name")
    bioguide = str(ids.get("bioguide") or "") if isinstance(ids, dict) else ""
    if isinstance(name, dict):
        full = str(name.get("official_full") or "")
        full = full or " ".join(str(name[k]) for k in ("first", "last") if name.get(k))
    else:
        full = ""
    return ", ".join(part for part in (full[:80], bioguide[:20]) if part) or "no name"


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
